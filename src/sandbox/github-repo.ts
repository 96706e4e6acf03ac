// Repository endpoints of the simulated GitHub: deploy keys, issues and labels, pull requests,
// contents, and the git data API over real content-addressed objects.
import { orgRoute, teamJson } from './github-org.js'
import type { SimResponse } from './server.js'
import type { GhIssue, GhLabel, GhPull, GhRepo, GhTreeEntry } from './github-state.js'
import { nextId, sameLogin } from './github-state.js'
import {
  type Ctx,
  type Route,
  byDate,
  error,
  findUser,
  json,
  missingField,
  noContent,
  notFound,
  orgUser,
  page,
  simpleUser,
  validationFailed
} from './github-http.js'
import {
  GitDataError,
  blobContent,
  buildTree,
  commitsBetween,
  entryAt,
  isAncestor,
  listTree,
  putBlob,
  putCommit,
  resolveCommitish,
  type TreeChange
} from './github-git.js'

type RepoHandler = (ctx: Ctx, repo: GhRepo) => SimResponse

const repoUrl = (ctx: Ctx, repo: GhRepo) => `${ctx.api}/repos/${ctx.state.org.login}/${repo.name}`
const htmlUrl = (ctx: Ctx, repo: GhRepo) => `https://github.com/${ctx.state.org.login}/${repo.name}`

/** A repository route: 404 unless the owner is the org and the repository exists. */
function repoRoute(method: string, template: string, handler: RepoHandler): Route {
  return {
    method,
    template,
    handler: ctx => {
      const repo = ctx.state.repos.find(r => r.name.toLowerCase() === ctx.params.repo.toLowerCase())
      if (!sameLogin(ctx.params.owner, ctx.state.org.login) || !repo) return notFound()
      try {
        return handler(ctx, repo)
      } catch (err) {
        if (err instanceof GitDataError) return error(err.status, err.message)
        throw err
      }
    }
  }
}

// The `*_url` fields of a repository: name and path below the repository URL.
const REPO_URLS: Array<[string, string]> = [
  ['archive_url', '/{archive_format}{/ref}'],
  ['assignees_url', '/assignees{/user}'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['branches_url', '/branches{/branch}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['comments_url', '/comments{/number}'],
  ['commits_url', '/commits{/sha}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['contents_url', '/contents/{+path}'],
  ['contributors_url', '/contributors'],
  ['deployments_url', '/deployments'],
  ['downloads_url', '/downloads'],
  ['events_url', '/events'],
  ['forks_url', '/forks'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['hooks_url', '/hooks'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['issue_events_url', '/issues/events{/number}'],
  ['issues_url', '/issues{/number}'],
  ['keys_url', '/keys{/key_id}'],
  ['labels_url', '/labels{/name}'],
  ['languages_url', '/languages'],
  ['merges_url', '/merges'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['pulls_url', '/pulls{/number}'],
  ['releases_url', '/releases{/id}'],
  ['stargazers_url', '/stargazers'],
  ['statuses_url', '/statuses/{sha}'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['tags_url', '/tags'],
  ['teams_url', '/teams'],
  ['trees_url', '/git/trees{/sha}']
]

function repoJson(ctx: Ctx, repo: GhRepo): Record<string, unknown> {
  const url = repoUrl(ctx, repo)
  const html = htmlUrl(ctx, repo)
  const openIssues = repo.issues.filter(i => i.state === 'open').length
  const lastPush = Object.values(repo.git.commits).reduce(
    (max, c) => (c.committer.date > max ? c.committer.date : max),
    repo.created_at
  )
  return {
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: `${ctx.state.org.login}/${repo.name}`,
    private: repo.visibility !== 'public',
    owner: orgUser(ctx),
    html_url: html,
    description: repo.description,
    fork: false,
    url,
    ...Object.fromEntries(REPO_URLS.map(([k, suffix]) => [k, url + suffix])),
    git_url: `git://github.com/${ctx.state.org.login}/${repo.name}.git`,
    ssh_url: `git@github.com:${ctx.state.org.login}/${repo.name}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    size: 0,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    open_issues_count: openIssues,
    open_issues: openIssues,
    default_branch: repo.default_branch,
    visibility: repo.visibility,
    archived: repo.archived ?? false,
    disabled: false,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    license: null,
    allow_forking: false,
    web_commit_signoff_required: false,
    network_count: 0,
    subscribers_count: 0,
    pushed_at: lastPush,
    created_at: repo.created_at,
    updated_at: lastPush,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true }
  }
}

// ---- issues and labels ----

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

function issueJson(ctx: Ctx, repo: GhRepo, i: IssueLike): Record<string, unknown> {
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

const issueRoutes: Route[] = [
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

// ---- pull requests ----

function branchJson(
  ctx: Ctx,
  repo: GhRepo,
  b: { ref: string; sha: string }
): Record<string, unknown> {
  return {
    label: `${ctx.state.org.login}:${b.ref}`,
    ref: b.ref,
    sha: b.sha,
    user: orgUser(ctx),
    repo: repoJson(ctx, repo)
  }
}

function pullJson(ctx: Ctx, repo: GhRepo, p: GhPull): Record<string, unknown> {
  const url = `${repoUrl(ctx, repo)}/pulls/${p.number}`
  const html = `${htmlUrl(ctx, repo)}/pull/${p.number}`
  const issue = issueJson(ctx, repo, p)
  return {
    url,
    id: repo.id * 100000 + p.number,
    node_id: Buffer.from(`011:PullRequest${repo.id}:${p.number}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue.url,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(ctx, repo)}/pulls/comments{/number}`,
    comments_url: issue.comments_url,
    statuses_url: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: issue.user,
    body: p.body,
    labels: issue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: p.requested_reviewers.map(r => simpleUser(ctx, r)),
    requested_teams: (p.requested_teams ?? []).flatMap(slug => {
      const team = ctx.state.teams.find(t => t.slug === slug)
      return team ? [teamJson(ctx, team)] : []
    }),
    head: branchJson(ctx, repo, p.head),
    base: branchJson(ctx, repo, p.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue.url },
      comments: { href: issue.comments_url },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl(ctx, repo)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}` }
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: p.draft ?? false,
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: p.merged_by ? simpleUser(ctx, p.merged_by) : null,
    comments: issue.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: commitsBetween(repo.git, p.base.sha, p.head.sha).size,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

function reviewJson(
  ctx: Ctx,
  repo: GhRepo,
  p: GhPull,
  r: GhPull['reviews'][number]
): Record<string, unknown> {
  const html = `${htmlUrl(ctx, repo)}/pull/${p.number}#pullrequestreview-${r.id}`
  const pullUrl = `${repoUrl(ctx, repo)}/pulls/${p.number}`
  return {
    id: r.id,
    node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString('base64'),
    user: simpleUser(ctx, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: r.submitted_at,
    commit_id: r.commit_id,
    author_association: 'MEMBER'
  }
}

/** `head` is `owner:branch` or a bare branch name. */
const headBranch = (head: string) => head.slice(head.indexOf(':') + 1)

const findPull = (repo: GhRepo, n: string) => repo.pulls.find(p => p.number === Number(n))

const pullRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
    const q = ctx.req.query
    const state = q.get('state') ?? 'open'
    const head = q.get('head')
    const base = q.get('base')
    const items = repo.pulls
      .filter(p => state === 'all' || p.state === state)
      .filter(p => !head || p.head.ref === headBranch(head))
      .filter(p => !base || p.base.ref === base)
    const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at'
    return page(
      ctx,
      byDate(ctx, items, p => p[field]).map(p => pullJson(ctx, repo, p))
    )
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
    const head = headBranch(String(ctx.body.head ?? ''))
    const base = String(ctx.body.base ?? '')
    const headSha = repo.git.refs[`refs/heads/${head}`]
    const baseSha = repo.git.refs[`refs/heads/${base}`]
    if (!headSha)
      return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    if (!baseSha)
      return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    if (repo.pulls.some(p => p.state === 'open' && p.head.ref === head && p.base.ref === base)) {
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${ctx.state.org.login}:${head}.`
        }
      ])
    }
    if (isAncestor(repo.git, headSha, baseSha)) {
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${head}`
        }
      ])
    }
    const now = ctx.now().toISOString()
    const pull: GhPull = {
      number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
      title: typeof ctx.body.title === 'string' ? ctx.body.title : head,
      body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
      state: 'open',
      user: ctx.viewer,
      head: { ref: head, sha: headSha },
      base: { ref: base, sha: baseSha },
      draft: ctx.body.draft === true,
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      labels: [],
      requested_reviewers: [],
      reviews: [],
      created_at: now,
      updated_at: now,
      closed_at: null
    }
    repo.pulls.push(pull)
    return json(201, pullJson(ctx, repo, pull))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (ctx, repo) => {
    const pull = findPull(repo, ctx.params.pull_number)
    return pull ? json(200, pullJson(ctx, repo, pull)) : notFound()
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx, repo) => {
    const pull = findPull(repo, ctx.params.pull_number)
    if (!pull) return notFound()
    return page(
      ctx,
      pull.reviews.map(r => reviewJson(ctx, repo, pull, r))
    )
  }),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    (ctx, repo) => {
      const pull = findPull(repo, ctx.params.pull_number)
      if (!pull) return notFound()
      const reviewers = Array.isArray(ctx.body.reviewers) ? (ctx.body.reviewers as string[]) : []
      const teams = Array.isArray(ctx.body.team_reviewers)
        ? (ctx.body.team_reviewers as string[])
        : []
      if (reviewers.some(r => sameLogin(r, pull.user))) {
        return validationFailed(
          [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'Review cannot be requested from pull request author.'
            }
          ],
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.'
        )
      }
      const users = reviewers.map(login => findUser(ctx.state, login))
      const found = teams.map(slug =>
        ctx.state.teams.find(t => t.slug.toLowerCase() === slug.toLowerCase())
      )
      if (users.some(u => !u) || found.some(t => !t))
        return validationFailed(
          [
            {
              resource: 'PullRequest',
              field: users.some(u => !u) ? 'reviewers' : 'team_reviewers',
              code: 'invalid'
            }
          ],
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.'
        )
      for (const user of users)
        if (!pull.requested_reviewers.some(r => sameLogin(r, user!.login)))
          pull.requested_reviewers.push(user!.login)
      for (const team of found)
        if (!(pull.requested_teams ??= []).includes(team!.slug))
          pull.requested_teams.push(team!.slug)
      return json(201, pullJson(ctx, repo, pull))
    }
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx, repo) => {
    // A commit seeded only as a pull request's merge or head commit exists on GitHub too.
    const seeded = repo.pulls.some(
      p => p.merge_commit_sha === ctx.params.commit_sha || p.head.sha === ctx.params.commit_sha
    )
    const sha =
      resolveCommitish(repo.git, ctx.params.commit_sha) ??
      (seeded ? ctx.params.commit_sha : undefined)
    if (!sha)
      return validationFailed(
        [{ resource: 'Commit', field: 'commit_sha', code: 'invalid' }],
        `No commit found for SHA: ${ctx.params.commit_sha}`
      )
    // The merged pull request that brought the commit in, or the open ones that carry it.
    const pulls = repo.pulls.filter(
      p =>
        p.merge_commit_sha === sha ||
        p.head.sha === sha ||
        commitsBetween(repo.git, p.base.sha, p.head.sha).has(sha)
    )
    return page(
      ctx,
      pulls.map(p => pullJson(ctx, repo, p))
    )
  })
]

// ---- deploy keys and contents ----

/** Base64 as GitHub sends file content: wrapped at 60 characters. */
const wrapped = (content: Buffer) =>
  (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'

const CONTENT_TYPES: Record<GhTreeEntry['type'], string> = {
  blob: 'file',
  tree: 'dir',
  commit: 'submodule'
}

function contentJson(
  ctx: Ctx,
  repo: GhRepo,
  path: string,
  e: GhTreeEntry,
  ref: string
): Record<string, unknown> {
  const url = `${repoUrl(ctx, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${repoUrl(ctx, repo)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
  const html = `${htmlUrl(ctx, repo)}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`
  const isFile = e.type === 'blob'
  return {
    type: e.mode === '120000' ? 'symlink' : CONTENT_TYPES[e.type],
    size: isFile ? (blobContent(repo.git, e.sha)?.length ?? 0) : 0,
    name: path.split('/').pop(),
    path,
    sha: e.sha,
    url,
    git_url: gitUrl,
    html_url: html,
    download_url: isFile
      ? `https://raw.githubusercontent.com/${ctx.state.org.login}/${repo.name}/${ref}/${path}`
      : null,
    _links: { self: url, git: gitUrl, html }
  }
}

const contentRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/keys', (ctx, repo) =>
    page(
      ctx,
      repo.deployKeys.map(k => ({
        verified: true,
        ...k,
        url: `${repoUrl(ctx, repo)}/keys/${k.id}`,
        added_by: k.added_by,
        last_used: k.last_used,
        enabled: true
      }))
    )
  ),
  repoRoute('DELETE', '/repos/{owner}/{repo}/keys/{key_id}', (ctx, repo) => {
    const key = repo.deployKeys.find(k => k.id === Number(ctx.params.key_id))
    if (!key) return notFound()
    repo.deployKeys.splice(repo.deployKeys.indexOf(key), 1)
    return noContent()
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx, repo) => {
    const ref = ctx.req.query.get('ref') ?? repo.default_branch
    const sha = resolveCommitish(repo.git, ref)
    if (!sha) return error(404, `No commit found for the ref ${ref}`)
    const path = ctx.params.path.replace(/^\/+|\/+$/g, '')
    const entry = entryAt(repo.git, repo.git.commits[sha].tree, path)
    if (!entry) return notFound()
    if (entry.type !== 'tree') {
      const content = blobContent(repo.git, entry.sha) ?? Buffer.alloc(0)
      return json(200, {
        ...contentJson(ctx, repo, path, entry, ref),
        content: wrapped(content),
        encoding: 'base64'
      })
    }
    const children = repo.git.trees[entry.sha] ?? []
    return json(
      200,
      children.map(c => contentJson(ctx, repo, path ? `${path}/${c.name}` : c.name, c, ref))
    )
  })
]

// ---- git data ----

function refJson(ctx: Ctx, repo: GhRepo, name: string): Record<string, unknown> {
  const sha = repo.git.refs[name]
  return {
    ref: name,
    node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString('base64'),
    url: `${repoUrl(ctx, repo)}/git/${name}`,
    object: { type: 'commit', sha, url: `${repoUrl(ctx, repo)}/git/commits/${sha}` }
  }
}

function commitJson(ctx: Ctx, repo: GhRepo, sha: string): Record<string, unknown> {
  const c = repo.git.commits[sha]
  const base = repoUrl(ctx, repo)
  return {
    sha,
    node_id: Buffer.from(`06:Commit${repo.id}:${sha}`).toString('base64'),
    url: `${base}/git/commits/${sha}`,
    html_url: `${htmlUrl(ctx, repo)}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map(p => ({
      sha: p,
      url: `${base}/git/commits/${p}`,
      html_url: `${htmlUrl(ctx, repo)}/commit/${p}`
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    }
  }
}

function treeJson(
  ctx: Ctx,
  repo: GhRepo,
  sha: string,
  recursive: boolean
): Record<string, unknown> {
  const base = repoUrl(ctx, repo)
  return {
    sha,
    url: `${base}/git/trees/${sha}`,
    tree: listTree(repo.git, sha, recursive).map(item => ({
      ...item,
      url: `${base}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`
    })),
    truncated: false
  }
}

const fullRef = (ref: string) => `refs/${ref.replace(/^refs\//, '')}`

/** Author or committer of a new commit; GitHub fills in the token owner and the time. */
function person(
  ctx: Ctx,
  given: unknown,
  fallback?: { name: string; email: string; date: string }
) {
  const user = findUser(ctx.state, ctx.viewer)
  const p = (given ?? {}) as { name?: string; email?: string; date?: string }
  return {
    name: p.name ?? fallback?.name ?? user?.name ?? ctx.viewer,
    email: p.email ?? fallback?.email ?? user?.email ?? `${ctx.viewer}@users.noreply.github.com`,
    date:
      p.date ??
      fallback?.date ??
      ctx
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
  }
}

const gitRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (ctx, repo) => {
    const name = fullRef(ctx.params.ref)
    return repo.git.refs[name] ? json(200, refJson(ctx, repo, name)) : notFound()
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (ctx, repo) => {
    const prefix = fullRef(ctx.params.ref)
    const names = Object.keys(repo.git.refs)
      .filter(n => n.startsWith(prefix))
      .sort()
    return json(
      200,
      names.map(n => refJson(ctx, repo, n))
    )
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/git/refs', (ctx, repo) => {
    const ref = String(ctx.body.ref ?? '')
    const sha = String(ctx.body.sha ?? '')
    if (!/^refs\/[^/]+\/.+/.test(ref)) return error(422, `${ref} is not a valid ref name.`)
    if (repo.git.refs[ref]) return error(422, 'Reference already exists')
    if (!repo.git.commits[sha]) return error(422, 'Object does not exist')
    repo.git.refs[ref] = sha
    return json(201, refJson(ctx, repo, ref))
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (ctx, repo) => {
    const name = fullRef(ctx.params.ref)
    const current = repo.git.refs[name]
    const sha = String(ctx.body.sha ?? '')
    if (!current) return error(422, 'Reference does not exist')
    if (!repo.git.commits[sha]) return error(422, 'Object does not exist')
    if (ctx.body.force !== true && !isAncestor(repo.git, current, sha)) {
      return error(422, 'Update is not a fast forward')
    }
    repo.git.refs[name] = sha
    return json(200, refJson(ctx, repo, name))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', (ctx, repo) =>
    repo.git.commits[ctx.params.commit_sha]
      ? json(200, commitJson(ctx, repo, ctx.params.commit_sha))
      : notFound()
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/git/commits', (ctx, repo) => {
    const tree = String(ctx.body.tree ?? '')
    const parents = Array.isArray(ctx.body.parents) ? (ctx.body.parents as string[]) : []
    if (!repo.git.trees[tree]) return error(422, 'Tree SHA does not exist')
    if (parents.some(p => !repo.git.commits[p]))
      return error(422, 'Parent SHA does not exist or is not a commit object')
    const author = person(ctx, ctx.body.author)
    const sha = putCommit(repo.git, {
      tree,
      parents,
      message: String(ctx.body.message ?? ''),
      author,
      committer: person(ctx, ctx.body.committer, author)
    })
    return json(201, commitJson(ctx, repo, sha))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', (ctx, repo) => {
    const given = ctx.params.tree_sha
    const commit = repo.git.trees[given] ? undefined : resolveCommitish(repo.git, given)
    const sha = commit ? repo.git.commits[commit].tree : given
    if (!repo.git.trees[sha]) return notFound()
    // GitHub treats any value of `recursive` as "yes".
    return json(200, treeJson(ctx, repo, sha, ctx.req.query.has('recursive')))
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/git/trees', (ctx, repo) => {
    const changes = (Array.isArray(ctx.body.tree) ? ctx.body.tree : []) as TreeChange[]
    const base = typeof ctx.body.base_tree === 'string' ? ctx.body.base_tree : undefined
    const sha = buildTree(repo.git, base, changes)
    return json(201, treeJson(ctx, repo, sha, false))
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', (ctx, repo) => {
    const sha = ctx.params.file_sha
    const content = blobContent(repo.git, sha)
    if (!content) return notFound()
    return json(200, {
      sha,
      node_id: Buffer.from(`04:Blob${repo.id}:${sha}`).toString('base64'),
      size: content.length,
      url: `${repoUrl(ctx, repo)}/git/blobs/${sha}`,
      content: wrapped(content),
      encoding: 'base64'
    })
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/git/blobs', (ctx, repo) => {
    const encoding = ctx.body.encoding ?? 'utf-8'
    if (typeof ctx.body.content !== 'string') return missingField('Blob', 'content')
    if (encoding !== 'utf-8' && encoding !== 'base64') {
      return validationFailed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }])
    }
    const sha = putBlob(
      repo.git,
      Buffer.from(ctx.body.content, encoding === 'base64' ? 'base64' : 'utf8')
    )
    return json(201, { sha, url: `${repoUrl(ctx, repo)}/git/blobs/${sha}` })
  })
]

export const repoRoutes: Route[] = [
  orgRoute('GET', '/orgs/{org}/repos', ctx => {
    const type = ctx.req.query.get('type') ?? 'all'
    const repos = ctx.state.repos.filter(r =>
      type !== 'public' && type !== 'private'
        ? type !== 'forks'
        : (r.visibility === 'public') === (type === 'public')
    )
    const sort = ctx.req.query.get('sort') ?? 'created'
    const ordered =
      sort === 'full_name'
        ? [...repos].sort((a, b) => a.name.localeCompare(b.name))
        : byDate(ctx, repos, r => r.created_at)
    if (sort === 'full_name' && ctx.req.query.get('direction') === 'desc') ordered.reverse()
    return page(
      ctx,
      ordered.map(r => repoJson(ctx, r))
    )
  }),
  repoRoute('GET', '/repos/{owner}/{repo}', (ctx, repo) =>
    json(200, {
      ...repoJson(ctx, repo),
      organization: orgUser(ctx)
    })
  ),
  ...contentRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...gitRoutes
]
