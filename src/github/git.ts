// Files of the access repository, read and committed through the API alone: no checkout, no
// push credentials. A commit is written with the git data API (tree, commit, then the ref),
// so that it lands on the branch as one commit whatever else the branch holds.
import { describeError, type Repo, type RepoClient } from './client.js'

/** Where a branch stands: its commit and that commit's tree. */
export interface Tip {
  commit: string
  tree: string
}

export async function branchTip(client: RepoClient, repo: Repo, branch: string): Promise<Tip> {
  const ref = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
  const commit = ref.data.object.sha
  const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: commit })
  return { commit, tree: data.tree.sha }
}

export interface FilesCommit {
  /** The branch that ends on the new commit. */
  branch: string
  /** The commit the new one follows (branchTip). */
  parent: Tip
  message: string
  /** The whole new text of each file written; every other file stays as in `parent`. */
  files: { path: string; content: string }[]
  /** `fast-forward`: the branch must still be at `parent`; when another commit landed
   *  meanwhile the update is refused (branchMoved). `replace`: a branch offboard owns, created,
   *  or moved to the new commit whatever it held. */
  move: 'fast-forward' | 'replace'
}

/** Writes the files onto `parent` as one commit and moves the branch to it; its sha. */
export async function commitFiles(client: RepoClient, repo: Repo, c: FilesCommit): Promise<string> {
  const { data: tree } = await client.rest.git.createTree({
    ...repo,
    base_tree: c.parent.tree,
    tree: c.files.map(f => ({
      path: f.path,
      mode: '100644' as const,
      type: 'blob' as const,
      content: f.content
    }))
  })
  const { data: commit } = await client.rest.git.createCommit({
    ...repo,
    message: c.message,
    tree: tree.sha,
    parents: [c.parent.commit]
  })
  if (c.move === 'fast-forward')
    await client.rest.git.updateRef({
      ...repo,
      ref: `heads/${c.branch}`,
      sha: commit.sha,
      force: false
    })
  else await replaceBranch(client, repo, c.branch, commit.sha)
  return commit.sha
}

/** Points `branch` at `sha`: created, or (a leftover, say from a closed pull request) moved. */
async function replaceBranch(client: RepoClient, repo: Repo, branch: string, sha: string) {
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
  } catch (err) {
    const { status, message } = err as { status?: number; message?: string }
    if (status !== 422 || !/already exists/i.test(message ?? '')) throw err
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true })
  }
}

/** The branch moved (or is being moved) under a fast-forward commit: read again and retry. */
export function branchMoved(err: unknown): boolean {
  const e = err as { status?: number; message?: string }
  return e.status === 409 || (e.status === 422 && /fast.forward/i.test(e.message ?? ''))
}

/** The files directly below `folder` in `tree` whose name `keep` accepts, with their text;
 *  none when the folder does not exist. */
export async function filesBelow(
  client: RepoClient,
  repo: Repo,
  tree: string,
  folder: string,
  keep: (name: string) => boolean
): Promise<{ path: string; text: string }[]> {
  let sha = tree
  for (const part of folder.split('/')) {
    const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha })
    const next = data.tree.find(e => e.path === part && e.type === 'tree')
    if (!next?.sha) return []
    sha = next.sha
  }
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha })
  const blobs = data.tree.filter(e => e.type === 'blob' && e.path !== undefined && keep(e.path))
  return Promise.all(
    blobs.map(async e => {
      const blob = await client.rest.git.getBlob({ ...repo, file_sha: e.sha! })
      const text = Buffer.from(blob.data.content, blob.data.encoding as BufferEncoding)
      return { path: `${folder}/${e.path}`, text: text.toString('utf8') }
    })
  )
}

/** The text of the file at `path` on `ref`. */
export async function fileAt(
  client: RepoClient,
  repo: Repo,
  path: string,
  ref: string
): Promise<string> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new Error('not a file')
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (err) {
    throw new Error(
      `cannot read ${path} at ${ref.slice(0, 7)} in ${repo.owner}/${repo.repo}: ${describeError(err)} (the token needs contents: read)`,
      { cause: err }
    )
  }
}
