// Issues, their comments and labels on the simulated GitHub's repositories. Pull requests
// share their numbers, labels and comments, as on GitHub.
import { nextId, sameLogin, type GhIssue, type GhLabel, type GhPull, type GhRepo } from './state.js'
import {
  byDate,
  json,
  missingField,
  notFound,
  page,
  simpleUser,
  validationFailed,
  type Ctx,
  type Route
} from './http.js'
import { htmlUrl, repoRoute, repoUrl } from './repos.js'

/** Issues and pull requests share numbers, labels and comments, as on GitHub. */
type IssueLike = GhIssue | GhPull
const isPull = (x: IssueLike): x is GhPull => 'head' in x

const findIssueLike = (repo: GhRepo, n: string): IssueLike | undefined =>
  [...repo.issues, ...repo.pulls].find(i => i.number === Number(n))

function labelJson(ctx: Ctx, repo: GhRepo, l: GhLabel): Record<string, unknown> {
  return {
    id: l.id,
    node_id: Buffer.from(`010:Label${l.id}`).toString('base64'),
    url: `${repoUrl(ctx, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default ?? false,
    description: l.description
  }
}

/** The repository's label of that name; adding an unknown label to an issue creates it. */
function ensureLabel(repo: GhRepo, name: string): GhLabel {
  const found = repo.labels.find(l => l.name.toLowerCase() === name.toLowerCase())
  if (found) return found
  const label = {
    id: nextId(
      repo.labels.map(l => l.id),
      repo.id * 100
    ),
    name,
    color: 'ededed',
    description: null
  }
  repo.labels.push(label)
  return label
}

/** Label names from a request's `labels`: strings or `{name}` objects. */
const labelNames = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(v => (typeof v === 'string' ? v : String((v as { name?: unknown }).name)))
    : []

export function issueJson(ctx: Ctx, repo: GhRepo, i: IssueLike): Record<string, unknown> {
  const url = `${repoUrl(ctx, repo)}/issues/${i.number}`
  const pull = isPull(i)
  return {
    id: repo.id * 100000 + i.number,
    node_id: Buffer.from(`05:Issue${repo.id}:${i.number}`).toString('base64'),
    url,
    repository_url: repoUrl(ctx, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${htmlUrl(ctx, repo)}/${pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: pull ? null : (i.state_reason ?? null),
    title: i.title,
    body: i.body,
    user: simpleUser(ctx, i.user),
    labels: i.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n))),
    assignee: null,
    assignees: (pull ? [] : (i.assignees ?? [])).map(a => simpleUser(ctx, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter(c => c.issue_number === i.number).length,
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    author_association: 'MEMBER',
    ...(pull
      ? {
          pull_request: {
            url: `${repoUrl(ctx, repo)}/pulls/${i.number}`,
            html_url: `${htmlUrl(ctx, repo)}/pull/${i.number}`,
            diff_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.diff`,
            patch_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.patch`,
            merged_at: i.merged_at
          },
          draft: i.draft ?? false
        }
      : {})
  }
}

function commentJson(
  ctx: Ctx,
  repo: GhRepo,
  c: GhRepo['comments'][number]
): Record<string, unknown> {
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${repoUrl(ctx, repo)}/issues/comments/${c.id}`,
    html_url: `${htmlUrl(ctx, repo)}/issues/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(ctx, repo)}/issues/${c.issue_number}`,
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'MEMBER'
  }
}

/** Title, body, state and labels of an issue or pull request, from a create or edit body. */
function applyIssueEdit(ctx: Ctx, repo: GhRepo, i: IssueLike): void {
  const b = ctx.body
  const now = ctx.now().toISOString()
  if (b.title !== undefined && b.title !== null) i.title = String(b.title)
  if (b.body !== undefined) i.body = b.body as string | null
  if (b.labels !== undefined) i.labels = labelNames(b.labels).map(n => ensureLabel(repo, n).name)
  if (!isPull(i) && Array.isArray(b.assignees)) i.assignees = b.assignees as string[]
  if (b.state === 'open' || b.state === 'closed') {
    if (b.state !== i.state) i.closed_at = b.state === 'closed' ? now : null
    i.state = b.state
    if (!isPull(i))
      i.state_reason =
        (b.state_reason as GhIssue['state_reason']) ??
        (b.state === 'closed' ? 'completed' : 'reopened')
  }
  i.updated_at = now
}

export const issueRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
    const q = ctx.req.query
    const state = q.get('state') ?? 'open'
    const labels = (q.get('labels') ?? '').split(',').filter(l => l !== '')
    const creator = q.get('creator')
    const since = q.get('since')
    const items = [...repo.issues, ...repo.pulls]
      .filter(i => state === 'all' || i.state === state)
      .filter(i => labels.every(l => i.labels.some(x => x.toLowerCase() === l.toLowerCase())))
      .filter(i => !creator || sameLogin(i.user, creator))
      .filter(i => !since || i.updated_at >= since)
    const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at'
    return page(
      ctx,
      byDate(ctx, items, i => i[field]).map(i => issueJson(ctx, repo, i))
    )
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
    if (ctx.body.title === undefined || ctx.body.title === '') return missingField('Issue', 'title')
    const now = ctx.now().toISOString()
    const issue: GhIssue = {
      number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
      title: '',
      body: null,
      labels: [],
      state: 'open',
      user: ctx.viewer,
      created_at: now,
      updated_at: now,
      closed_at: null
    }
    applyIssueEdit(ctx, repo, issue)
    repo.issues.push(issue)
    return json(201, issueJson(ctx, repo, issue))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
    const issue = findIssueLike(repo, ctx.params.issue_number)
    return issue ? json(200, issueJson(ctx, repo, issue)) : notFound()
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
    const issue = findIssueLike(repo, ctx.params.issue_number)
    if (!issue) return notFound()
    applyIssueEdit(ctx, repo, issue)
    return json(200, issueJson(ctx, repo, issue))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
    const issue = findIssueLike(repo, ctx.params.issue_number)
    if (!issue) return notFound()
    const since = ctx.req.query.get('since')
    const comments = repo.comments.filter(
      c => c.issue_number === issue.number && (!since || c.updated_at >= since)
    )
    return page(
      ctx,
      comments.map(c => commentJson(ctx, repo, c))
    )
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
    const issue = findIssueLike(repo, ctx.params.issue_number)
    if (!issue) return notFound()
    if (typeof ctx.body.body !== 'string') return missingField('IssueComment', 'body')
    const now = ctx.now().toISOString()
    const comment = {
      id: nextId(
        repo.comments.map(c => c.id),
        repo.id * 1000
      ),
      issue_number: issue.number,
      body: ctx.body.body,
      user: ctx.viewer,
      created_at: now,
      updated_at: now
    }
    repo.comments.push(comment)
    return json(201, commentJson(ctx, repo, comment))
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx, repo) => {
    const comment = repo.comments.find(c => c.id === Number(ctx.params.comment_id))
    if (!comment) return notFound()
    if (typeof ctx.body.body !== 'string') return missingField('IssueComment', 'body')
    comment.body = ctx.body.body
    comment.updated_at = ctx.now().toISOString()
    return json(200, commentJson(ctx, repo, comment))
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (ctx, repo) => {
    const issue = findIssueLike(repo, ctx.params.issue_number)
    if (!issue) return notFound()
    for (const name of labelNames(ctx.body.labels)) {
      const label = ensureLabel(repo, name)
      if (!issue.labels.some(l => l.toLowerCase() === label.name.toLowerCase()))
        issue.labels.push(label.name)
    }
    return json(
      200,
      issue.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n)))
    )
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/labels', (ctx, repo) =>
    page(
      ctx,
      repo.labels.map(l => labelJson(ctx, repo, l))
    )
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/labels', (ctx, repo) => {
    const name = ctx.body.name
    if (typeof name !== 'string' || name === '') return missingField('Label', 'name')
    if (repo.labels.some(l => l.name.toLowerCase() === name.toLowerCase())) {
      return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }])
    }
    const label = ensureLabel(repo, name)
    label.color =
      typeof ctx.body.color === 'string' ? ctx.body.color.replace(/^#/, '') : label.color
    label.description = typeof ctx.body.description === 'string' ? ctx.body.description : null
    return json(201, labelJson(ctx, repo, label))
  })
]
