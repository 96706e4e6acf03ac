// Pull requests and their reviews on the simulated GitHub's repositories.
import type { SimResponse } from '../shared/server.js'
import { nextId, sameLogin, type GhPull, type GhRepo } from './state.js'
import {
  byDate,
  error,
  findUser,
  json,
  notFound,
  orgUser,
  page,
  simpleUser,
  validationFailed,
  type Ctx,
  type Route
} from './http.js'
import {
  commitsBetween,
  isAncestor,
  mergeTree,
  putCommit,
  resolveCommitish,
  setRef
} from './git.js'
import { teamJson } from './org.js'
import { htmlUrl, repoJson, repoRoute, repoUrl } from './repos.js'
import { issueJson } from './issues.js'

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

const REVIEW_EVENTS = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED'
} as const

/** A review, as GitHub takes one: of the head commit unless another is named, submitted when
 *  it has an event (pending otherwise); an author may not approve or reject their own. */
function createReview(ctx: Ctx, repo: GhRepo, pull: GhPull): SimResponse {
  const event = ctx.body.event as keyof typeof REVIEW_EVENTS | undefined
  if (event !== undefined && !(event in REVIEW_EVENTS))
    return validationFailed([{ resource: 'PullRequestReview', field: 'event', code: 'invalid' }])
  if (event && event !== 'COMMENT' && sameLogin(ctx.viewer, pull.user))
    return error(422, 'Unprocessable Entity', {
      errors: [
        `Can not ${event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request`
      ]
    })
  const commit = typeof ctx.body.commit_id === 'string' ? ctx.body.commit_id : pull.head.sha
  const review = {
    id: nextId(
      repo.pulls.flatMap(p => p.reviews.map(r => r.id)),
      repo.id * 10
    ),
    user: ctx.viewer,
    state: event ? REVIEW_EVENTS[event] : ('PENDING' as const),
    body: typeof ctx.body.body === 'string' ? ctx.body.body : '',
    commit_id: commit,
    submitted_at: event ? ctx.now().toISOString() : null
  }
  pull.reviews.push(review)
  return json(200, reviewJson(ctx, repo, pull, review))
}

/** Merges an open pull request into its base branch: a merge commit (parents: the base's tip,
 *  the head), or one squashed commit on the base's tip; refused when the head is not the
 *  `sha` given, or when a file changed on both sides. */
function mergePull(ctx: Ctx, repo: GhRepo, pull: GhPull): SimResponse {
  if (pull.state !== 'open') return error(405, 'Pull Request is not mergeable')
  if (typeof ctx.body.sha === 'string' && ctx.body.sha !== pull.head.sha)
    return error(409, 'Head branch was modified. Review and try the merge again.')
  const method = ctx.body.merge_method ?? 'merge'
  if (method !== 'merge' && method !== 'squash')
    return error(405, `Merge method ${String(method)} is not allowed on this simulated repository`)
  const baseRef = `refs/heads/${pull.base.ref}`
  const tip = repo.git.refs[baseRef]
  if (!tip) return error(422, `Base branch ${pull.base.ref} does not exist`)
  const merged = mergeTree(repo.git, tip, pull.head.sha)
  if ('conflicts' in merged) return error(405, 'Pull Request is not mergeable')
  const user = findUser(ctx.state, ctx.viewer)
  const date = ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
  const who = {
    name: user?.name ?? ctx.viewer,
    email: user?.email ?? `${ctx.viewer}@users.noreply.github.com`,
    date
  }
  const title =
    typeof ctx.body.commit_title === 'string'
      ? ctx.body.commit_title
      : method === 'squash'
        ? `${pull.title} (#${pull.number})`
        : `Merge pull request #${pull.number} from ${ctx.state.org.login}/${pull.head.ref}`
  const detail = typeof ctx.body.commit_message === 'string' ? ctx.body.commit_message : ''
  const sha = putCommit(repo.git, {
    tree: merged.tree,
    parents: method === 'squash' ? [tip] : [tip, pull.head.sha],
    message: detail ? `${title}\n\n${detail}` : title,
    author: who,
    committer: who
  })
  setRef(repo, baseRef, sha, ctx.now())
  const now = ctx.now().toISOString()
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    merged_at: now,
    merged_by: ctx.viewer,
    merge_commit_sha: sha,
    closed_at: now,
    updated_at: now
  })
  return json(200, { sha, merged: true, message: 'Pull Request successfully merged' })
}

export const pullRoutes: Route[] = [
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
  repoRoute('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx, repo) => {
    const pull = findPull(repo, ctx.params.pull_number)
    return pull ? createReview(ctx, repo, pull) : notFound()
  }),
  repoRoute('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/merge', (ctx, repo) => {
    const pull = findPull(repo, ctx.params.pull_number)
    return pull ? mergePull(ctx, repo, pull) : notFound()
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
