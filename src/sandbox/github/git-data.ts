// The git data API of the simulated GitHub (refs, commits, trees, blobs) over the real
// content-addressed objects of git.ts.
import type { GhRepo } from './state.js'
import {
  error,
  findUser,
  json,
  missingField,
  notFound,
  validationFailed,
  wrapped,
  type Ctx,
  type Route
} from './http.js'
import {
  blobContent,
  buildTree,
  isAncestor,
  listTree,
  putBlob,
  putCommit,
  resolveCommitish,
  setRef,
  type TreeChange
} from './git.js'
import { htmlUrl, repoRoute, repoUrl } from './repos.js'

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

export const gitRoutes: Route[] = [
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
    setRef(repo, ref, sha, ctx.now())
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
    setRef(repo, name, sha, ctx.now())
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
