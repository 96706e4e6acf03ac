// Deploy keys and file contents of the simulated GitHub's repositories.
import type { GhDeployKey, GhRepo, GhTreeEntry } from './state.js'
import { error, json, noContent, notFound, page, wrapped, type Ctx, type Route } from './http.js'
import { blobContent, entryAt, resolveCommitish } from './git.js'
import { htmlUrl, repoRoute, repoUrl } from './repos.js'

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

const deployKeyJson = (ctx: Ctx, repo: GhRepo, k: GhDeployKey) => ({
  verified: true,
  ...k,
  url: `${repoUrl(ctx, repo)}/keys/${k.id}`,
  added_by: k.added_by,
  last_used: k.last_used,
  enabled: true
})

export const contentRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/keys', (ctx, repo) =>
    page(
      ctx,
      repo.deployKeys.map(k => deployKeyJson(ctx, repo, k))
    )
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/keys/{key_id}', (ctx, repo) => {
    const key = repo.deployKeys.find(k => k.id === Number(ctx.params.key_id))
    return key ? json(200, deployKeyJson(ctx, repo, key)) : notFound()
  }),
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
