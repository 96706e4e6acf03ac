// Git objects as git stores them: every blob, tree and commit is named by the SHA-1 of its
// canonical encoding, so the simulator's SHAs are real content addresses and ancestry
// (fast-forward checks, "which PR holds this commit") is computed, not declared.
import { createHash } from 'node:crypto'
import type {
  GhCommit,
  GhGitStore,
  GhPerson,
  GhRepo,
  GhTreeEntry,
  GhTreeMode
} from './github-state.js'

/** A request git would refuse; the handler answers it with `status` and `message`. */
export class GitDataError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

function hashObject(type: 'blob' | 'tree' | 'commit', content: Buffer): string {
  const header = Buffer.from(`${type} ${content.length}\0`)
  return createHash('sha1').update(header).update(content).digest('hex')
}

export function putBlob(git: GhGitStore, content: Buffer): string {
  const sha = hashObject('blob', content)
  git.blobs[sha] = content.toString('base64')
  return sha
}

export const blobContent = (git: GhGitStore, sha: string): Buffer | undefined =>
  git.blobs[sha] === undefined ? undefined : Buffer.from(git.blobs[sha], 'base64')

/** Git orders tree entries by name, comparing a subtree as if its name ended in '/'. */
const sortKey = (e: GhTreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name)

export function putTree(git: GhGitStore, entries: GhTreeEntry[]): string {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b)))
  )
  const body = Buffer.concat(
    sorted.flatMap(e => [
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`),
      Buffer.from(e.sha, 'hex')
    ])
  )
  const sha = hashObject('tree', body)
  git.trees[sha] = sorted
  return sha
}

/** `Name <email> 1700000000 +0000`, keeping the offset the ISO date was written with. */
function signature(p: GhPerson): string {
  const seconds = Math.floor(Date.parse(p.date) / 1000)
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(p.date)
  const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000'
  return `${p.name} <${p.email}> ${seconds} ${zone}`
}

export function putCommit(git: GhGitStore, commit: GhCommit): string {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map(p => `parent ${p}`),
    `author ${signature(commit.author)}`,
    `committer ${signature(commit.committer)}`
  ]
  const sha = hashObject('commit', Buffer.from(`${lines.join('\n')}\n\n${commit.message}`))
  git.commits[sha] = commit
  return sha
}

/** One change to a tree, as POST /git/trees takes it; `path` may name nested folders. */
export interface TreeChange {
  path: string
  mode: GhTreeMode
  type: 'blob' | 'tree' | 'commit'
  /** null deletes the path. */
  sha?: string | null
  /** Creates a blob with this UTF-8 content instead of naming one by sha. */
  content?: string
}

interface Folder {
  entries: Map<string, GhTreeEntry | Folder>
}

const isFolder = (x: GhTreeEntry | Folder): x is Folder => 'entries' in x

function openFolder(git: GhGitStore, sha: string | undefined): Folder {
  const entries = new Map<string, GhTreeEntry | Folder>()
  if (sha !== undefined) {
    const tree = git.trees[sha]
    if (!tree) throw new GitDataError(422, `Invalid tree info: ${sha} is not a tree`)
    for (const e of tree) entries.set(e.name, e)
  }
  return { entries }
}

function writeFolder(git: GhGitStore, folder: Folder): string | undefined {
  const entries: GhTreeEntry[] = []
  for (const [name, item] of folder.entries) {
    if (!isFolder(item)) entries.push(item)
    else {
      const sha = writeFolder(git, item)
      // Git keeps no empty folders.
      if (sha !== undefined) entries.push({ name, mode: '040000', type: 'tree', sha })
    }
  }
  return entries.length === 0 ? undefined : putTree(git, entries)
}

function checkObject(git: GhGitStore, type: TreeChange['type'], sha: string): void {
  const known = type === 'blob' ? git.blobs[sha] : type === 'tree' ? git.trees[sha] : 'submodule'
  if (known === undefined) throw new GitDataError(422, `tree.sha ${sha} is not a valid ${type}`)
}

/** The tree `base` (or an empty one) with `changes` applied; returns its SHA. */
export function buildTree(
  git: GhGitStore,
  base: string | undefined,
  changes: TreeChange[]
): string {
  const root = openFolder(git, base)
  for (const change of changes) {
    const parts = change.path.split('/').filter(p => p !== '')
    if (parts.length === 0)
      throw new GitDataError(422, `tree.path "${change.path}" is not a valid path`)
    const name = parts.pop() as string
    let folder = root
    for (const part of parts) {
      const item = folder.entries.get(part)
      const next =
        item && isFolder(item)
          ? item
          : openFolder(git, item?.type === 'tree' ? item.sha : undefined)
      folder.entries.set(part, next)
      folder = next
    }
    if (change.sha === null) {
      folder.entries.delete(name)
      continue
    }
    let sha = change.sha
    if (change.content !== undefined) sha = putBlob(git, Buffer.from(change.content, 'utf8'))
    if (sha === undefined)
      throw new GitDataError(422, `tree.sha or tree.content is required for "${change.path}"`)
    checkObject(git, change.type, sha)
    folder.entries.set(name, { name, mode: change.mode, type: change.type, sha })
  }
  return writeFolder(git, root) ?? putTree(git, [])
}

/** Every commit reachable from `from`, itself included. */
function reachable(git: GhGitStore, from: string, stop: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>()
  const queue = [from]
  while (queue.length > 0) {
    const sha = queue.pop() as string
    if (seen.has(sha) || stop.has(sha)) continue
    seen.add(sha)
    queue.push(...(git.commits[sha]?.parents ?? []))
  }
  return seen
}

/** Whether `ancestor` is `descendant` or reachable through its parents. */
export const isAncestor = (git: GhGitStore, ancestor: string, descendant: string): boolean =>
  reachable(git, descendant).has(ancestor)

/** Commits reachable from `head` but not from `base`: the commits a pull request adds. */
export const commitsBetween = (git: GhGitStore, base: string, head: string): Set<string> =>
  reachable(git, head, reachable(git, base))

/** A branch, tag, full ref or commit SHA, as the `ref` query parameter takes it. */
export function resolveCommitish(git: GhGitStore, ref: string): string | undefined {
  for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    if (git.refs[name] !== undefined) return git.refs[name]
  }
  return git.commits[ref] ? ref : undefined
}

export interface TreeItem {
  path: string
  mode: GhTreeMode
  type: GhTreeEntry['type']
  sha: string
  size?: number
}

/** The entries of a tree; with `recursive`, every nested entry with its full path. */
export function listTree(
  git: GhGitStore,
  sha: string,
  recursive: boolean,
  prefix = ''
): TreeItem[] {
  const out: TreeItem[] = []
  for (const e of git.trees[sha] ?? []) {
    const path = prefix + e.name
    const size = e.type === 'blob' ? blobContent(git, e.sha)?.length : undefined
    out.push({
      path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(size === undefined ? {} : { size })
    })
    if (recursive && e.type === 'tree') out.push(...listTree(git, e.sha, true, `${path}/`))
  }
  return out
}

/** The entry at `path` below the tree `root` (the root itself for an empty path). */
export function entryAt(git: GhGitStore, root: string, path: string): GhTreeEntry | undefined {
  let entry: GhTreeEntry = { name: '', mode: '040000', type: 'tree', sha: root }
  for (const part of path.split('/').filter(p => p !== '')) {
    if (entry.type !== 'tree') return undefined
    const next = git.trees[entry.sha]?.find(e => e.name === part)
    if (!next) return undefined
    entry = next
  }
  return entry
}

/** Seeds a commit on `branch` that writes `files` over its tree; a new branch starts from
 *  the default branch. Returns the commit SHA. */
export function commitFiles(
  repo: GhRepo,
  options: {
    branch?: string
    files: Record<string, string | Buffer>
    /** Paths to delete. */
    remove?: string[]
    message: string
    author?: GhPerson
  }
): string {
  const git = repo.git
  const ref = `refs/heads/${options.branch ?? repo.default_branch}`
  const parent = git.refs[ref] ?? git.refs[`refs/heads/${repo.default_branch}`]
  const changes: TreeChange[] = [
    ...Object.entries(options.files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: putBlob(git, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
    })),
    ...(options.remove ?? []).map(path => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: null
    }))
  ]
  const author = options.author ?? {
    name: 'Sandbox',
    email: 'sandbox@example.test',
    date: new Date().toISOString()
  }
  const tree = buildTree(git, parent === undefined ? undefined : git.commits[parent]?.tree, changes)
  const sha = putCommit(git, {
    tree,
    parents: parent === undefined ? [] : [parent],
    message: options.message,
    author,
    committer: author
  })
  git.refs[ref] = sha
  return sha
}
