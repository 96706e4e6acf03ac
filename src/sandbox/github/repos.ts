// Repository endpoints of the simulated GitHub: the org's repositories and one repository,
// and what every repository route shares (the owner and name check, the repository's JSON).
// Issues, pull requests, contents and the git data API have files of their own.
import { sameLogin, type GhRepo } from './state.js'
import { byDate, error, json, notFound, orgUser, page, type Ctx, type Route } from './http.js'
import { GitDataError } from './git.js'
import { orgRoute } from './org.js'
import type { SimResponse } from '../shared/server.js'

export type RepoHandler = (ctx: Ctx, repo: GhRepo) => SimResponse

export const repoUrl = (ctx: Ctx, repo: GhRepo) =>
  `${ctx.api}/repos/${ctx.state.org.login}/${repo.name}`
export const htmlUrl = (ctx: Ctx, repo: GhRepo) =>
  `https://github.com/${ctx.state.org.login}/${repo.name}`

/** A repository route: 404 unless the owner is the org and the repository exists. */
export function repoRoute(method: string, template: string, handler: RepoHandler): Route {
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

export function repoJson(ctx: Ctx, repo: GhRepo): Record<string, unknown> {
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
  )
]
