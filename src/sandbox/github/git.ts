// Git objects as git stores them: every blob, tree and commit is named by the SHA-1 of its
// canonical encoding, so the simulator's SHAs are real content addresses and ancestry
// (fast-forward checks, "which PR holds this commit") is computed, not declared.
import { createHash } from 'node:crypto'
import type { GhCommit, GhGitStore, GhPerson, GhRepo, GhTreeEntry, GhTreeMode } from './state.js'

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

/** A tree's entries as git encodes them (already in git's order). */
const encodeTree = (sorted: GhTreeEntry[]): Buffer =>
  Buffer.concat(
    sorted.flatMap(e => [
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`),
      Buffer.from(e.sha, 'hex')
    ])
  )

export function putTree(git: GhGitStore, entries: GhTreeEntry[]): string {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b)))
  )
  const sha = hashObject('tree', encodeTree(sorted))
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

function encodeCommit(commit: GhCommit): Buffer {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map(p => `parent ${p}`),
    `author ${signature(commit.author)}`,
    `committer ${signature(commit.committer)}`
  ]
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`)
}

export function putCommit(git: GhGitStore, commit: GhCommit): string {
  const sha = hashObject('commit', encodeCommit(commit))
  git.commits[sha] = commit
  return sha
}

/** Every object of the store as git stores it (type and content, which hash to its SHA), so
 *  that a test can copy the simulated repository into a real one, as a fetch would. */
export function* gitObjects(
  git: GhGitStore
): Generator<{ sha: string; type: 'blob' | 'tree' | 'commit'; content: Buffer }> {
  for (const [sha, b64] of Object.entries(git.blobs))
    yield { sha, type: 'blob', content: Buffer.from(b64, 'base64') }
  for (const [sha, entries] of Object.entries(git.trees))
    yield { sha, type: 'tree', content: encodeTree(entries) }
  for (const [sha, commit] of Object.entries(git.commits))
    yield { sha, type: 'commit', content: encodeCommit(commit) }
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

/** Points `ref` at `sha`, as a push does: every open pull request from that branch follows it
 *  (its head is the branch's tip, as on GitHub). */
export function setRef(repo: GhRepo, ref: string, sha: string, now = new Date()): void {
  repo.git.refs[ref] = sha
  const branch = ref.replace(/^refs\/heads\//, '')
  if (branch === ref) return
  for (const p of repo.pulls)
    if (p.state === 'open' && p.head.ref === branch && p.head.sha !== sha) {
      p.head = { ...p.head, sha }
      p.updated_at = now.toISOString()
    }
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
  setRef(repo, ref, sha)
  return sha
}

/** The newest commit reachable from both (breadth first from `b`): the base of a merge. */
function mergeBase(git: GhGitStore, a: string, b: string): string | undefined {
  const fromA = reachable(git, a)
  const queue = [b]
  const seen = new Set<string>()
  while (queue.length > 0) {
    const sha = queue.shift() as string
    if (fromA.has(sha)) return sha
    if (seen.has(sha)) continue
    seen.add(sha)
    queue.push(...(git.commits[sha]?.parents ?? []))
  }
  return undefined
}

type Files = Map<string, { sha: string; mode: GhTreeMode }>

const filesOf = (git: GhGitStore, commit: string | undefined): Files =>
  new Map(
    commit === undefined
      ? []
      : listTree(git, git.commits[commit].tree, true)
          .filter(e => e.type === 'blob')
          .map(e => [e.path, { sha: e.sha, mode: e.mode }])
  )

/** The tree of merging `theirs` into `ours`, file by file as git's three-way merge decides
 *  when no file changed on both sides; the paths changed on both sides otherwise. */
export function mergeTree(
  git: GhGitStore,
  ours: string,
  theirs: string
): { tree: string } | { conflicts: string[] } {
  const [base, mine, other] = [mergeBase(git, ours, theirs), ours, theirs].map(c => filesOf(git, c))
  const same = (x?: { sha: string; mode: string }, y?: { sha: string; mode: string }) =>
    x?.sha === y?.sha && x?.mode === y?.mode
  const changes: TreeChange[] = []
  const conflicts: string[] = []
  for (const path of new Set([...base.keys(), ...mine.keys(), ...other.keys()])) {
    const [b, o, t] = [base.get(path), mine.get(path), other.get(path)]
    // Both sides agree, or only one side changed the file (a deletion included).
    const result = same(o, t) || same(t, b) ? o : same(o, b) ? t : null
    if (result === null) conflicts.push(path)
    else if (result) changes.push({ path, mode: result.mode, type: 'blob', sha: result.sha })
  }
  if (conflicts.length > 0) return { conflicts: conflicts.sort() }
  return { tree: buildTree(git, undefined, changes) }
}
