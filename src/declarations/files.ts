// Where declaration files come from: a directory on disk (the working tree) or a git commit,
// read without checking it out (change detection compares two commits).
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs'
import { isAbsolute, posix, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The most output a git command may print. */
const MAX_GIT_OUTPUT = 256 * 1024 * 1024

/** Runs git in `cwd` and returns its output. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT })
  return stdout
}

/** A file of the access tree: `path` as shown to users, `rel` inside the access dir (posix). */
export interface TreeFile {
  path: string
  rel: string
  /** Not a regular file (symlink, submodule): never read, always reported. */
  irregular?: 'symlink' | 'submodule' | 'other'
  /** Its git blob id, when it comes from a commit: the same id is the same contents. */
  oid?: string
  /** Its size in bytes, when it comes from a commit. */
  size?: number
}

export interface FileSource {
  /** `dir` or `git:<ref>`. */
  origin: string
  /** The access dir as shown to users (e.g. `access`). */
  root: string
  exists: boolean
  files: TreeFile[]
  /** Calls `visit` with each file's index in `files` and its contents, as they arrive (the
   *  caller works on one while git reads the next), and resolves once all were visited. A file
   *  over MAX_FILE_BYTES is cut to MAX_FILE_BYTES + 1 bytes, never read whole: the caller sees
   *  it is too large without holding it. */
  read(files: TreeFile[], visit: (index: number, bytes: Buffer) => void): Promise<void>
}

/** The contents of `files` by `rel`. */
export async function readAll(source: FileSource, files: TreeFile[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  await source.read(files, (i, bytes) => out.set(files[i]!.rel, bytes))
  return out
}

/** The largest declaration file read at all. */
export const MAX_FILE_BYTES = 1024 * 1024

const toPosix = (p: string) => p.replaceAll('\\', '/')

export function directorySource(dir: string, cwd = process.cwd()): FileSource {
  const absRoot = resolve(cwd, dir)
  // Paths are shown as the user named the directory: relative to cwd, or absolute.
  const shownRoot = toPosix(isAbsolute(dir) ? absRoot : relative(cwd, absRoot)) || '.'
  const files: TreeFile[] = []
  let exists = true
  // Synchronous on purpose: for thousands of small files it is several times faster than
  // fs/promises, and nothing else runs meanwhile.
  // Paths are joined as strings: path.join for every one of thousands of files shows in profiles.
  const walk = (rel: string): void => {
    const absDir = rel ? `${absRoot}${sep}${rel.split('/').join(sep)}` : absRoot
    let entries: Dirent[]
    try {
      entries = readdirSync(absDir, { withFileTypes: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && absDir === absRoot) {
        exists = false
        return
      }
      throw err
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name
      const path = `${shownRoot}/${child}`
      if (e.isDirectory()) walk(child)
      else if (e.isFile()) files.push({ path, rel: child })
      else files.push({ path, rel: child, irregular: e.isSymbolicLink() ? 'symlink' : 'other' })
    }
  }
  walk('')
  return {
    origin: dir,
    root: shownRoot,
    exists,
    files,
    read: async (wanted, visit) =>
      wanted.forEach((f, i) =>
        visit(i, readCapped(`${absRoot}${sep}${f.rel.split('/').join(sep)}`))
      )
  }
}

/** One scratch buffer for all reads: declaration files are small, so most fit in one read
 *  and no fstat is needed to size them. */
const scratch = Buffer.allocUnsafe(MAX_FILE_BYTES + 1)

function readCapped(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    let filled = 0
    while (filled < scratch.length) {
      const n = readSync(fd, scratch, filled, scratch.length - filled, null)
      if (n === 0) break
      filled += n
    }
    return Buffer.from(scratch.subarray(0, filled))
  } finally {
    closeSync(fd)
  }
}

/** The full commit id `ref` names, or an error that says how to make it available. */
export async function resolveCommit(ref: string, cwd = process.cwd()): Promise<string> {
  try {
    return (await git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)).trim()
  } catch {
    throw new Error(
      `git: "${ref}" is not a commit in this repository: fetch it (actions/checkout with fetch-depth: 0) or name another --base/--head`
    )
  }
}

/** When `commit` was committed (its committer date), in UTC ISO form. */
export async function commitTime(commit: string, cwd = process.cwd()): Promise<string> {
  const text = (await git(cwd, 'show', '-s', '--format=%cI', commit, '--')).trim()
  return new Date(text).toISOString()
}

/** A commit's listing of the access dir: the next commit's is worked out from what differs. */
export interface GitListing {
  commit: string
  dir: string
  cwd: string
  files: TreeFile[]
}

/** The access dir as it is in commit `ref` of the repository around `cwd`. With `since`, the
 *  listing of another commit of the same dir, only what differs between the two is listed:
 *  in a tree of 100,000 files a change touches a few, and listing them all again is most of
 *  the time. The files the change leaves alone are the same objects in both listings. */
export async function gitSource(
  ref: string,
  dir: string,
  cwd = process.cwd(),
  since?: GitListing
): Promise<FileSource & { listing: GitListing }> {
  const commit = await resolveCommit(ref, cwd)
  const root = toPosix(dir).replace(/\/+$/, '')
  const files =
    (since && (await listDifference(since, commit, dir, cwd, root))) ??
    (await listTree(commit, dir, cwd, root))
  return {
    origin: `git:${ref}`,
    root,
    exists: files.length > 0,
    files,
    listing: { commit, dir, cwd, files },
    async read(wanted, visit) {
      const small: number[] = []
      wanted.forEach((f, i) => {
        if ((f.size ?? 0) <= MAX_FILE_BYTES) small.push(i)
        else visit(i, Buffer.alloc(MAX_FILE_BYTES + 1))
      })
      await catFileBatch(
        cwd,
        small.map(i => wanted[i]!.oid ?? ''),
        (n, bytes) => visit(small[n]!, bytes)
      )
    }
  }
}

/** One entry of a listing, from its mode, blob id and size as git prints them. */
function treeFile(root: string, path: string, mode: string, oid: string, size: number): TreeFile {
  // Git lists paths below dir, nearly always written as dir is: a slice, not path.relative
  // 100,000 times.
  const rel = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : posix.relative(root, path)
  if (mode === '160000') return { path, rel, irregular: 'submodule' }
  if (mode === '120000') return { path, rel, irregular: 'symlink' }
  return { path, rel, oid, size }
}

/** Every file below dir at `commit`, in git's order (by path, byte by byte). */
async function listTree(commit: string, dir: string, cwd: string, root: string) {
  // ls-tree prints paths relative to cwd, as users see them. Read as bytes: a path or id
  // sliced from one string of the whole listing would keep all of it alive as long as a
  // person's position names the file.
  const { stdout: out } = await run('git', ['ls-tree', '-r', '-l', '-z', commit, '--', dir], {
    cwd,
    encoding: 'buffer',
    maxBuffer: MAX_GIT_OUTPUT
  })
  const files: TreeFile[] = []
  for (let at = 0, end; at < out.length; at = end + 1) {
    end = out.indexOf(0, at)
    if (end < 0) end = out.length
    if (end === at) continue
    // <mode> <type> <object> <size, padded>\t<path>, read with indexOf: 100,000 times.
    const tab = out.indexOf(9, at)
    const type = out.indexOf(32, at)
    const oid = out.indexOf(32, type + 1)
    const size = out.indexOf(32, oid + 1)
    files.push(
      treeFile(
        root,
        toPosix(out.toString('utf8', tab + 1, end)),
        out.toString('latin1', at, type),
        out.toString('latin1', oid + 1, size),
        Number(out.toString('latin1', size + 1, tab))
      )
    )
  }
  return files
}

/** The listing at `commit`: `since`'s, with what `git diff-tree` says differs applied. Undefined
 *  when it cannot be worked out so (another dir, or one outside cwd, which --relative leaves
 *  out): then the tree is listed whole. */
async function listDifference(
  since: GitListing,
  commit: string,
  dir: string,
  cwd: string,
  root: string
): Promise<TreeFile[] | undefined> {
  if (
    since.dir !== dir ||
    since.cwd !== cwd ||
    isAbsolute(dir) ||
    /^\.\.(\/|$)/.test(posix.normalize(root))
  )
    return undefined
  // --relative: paths relative to cwd, as ls-tree prints them; --no-renames: a rename is a
  // deletion and an addition, as two listings would show it; --ignore-submodules=none: a
  // submodule entry is listed whatever .gitmodules or the configuration say of it.
  const { stdout: out } = await run(
    'git',
    [
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--relative',
      '--ignore-submodules=none',
      since.commit,
      commit,
      '--',
      dir
    ],
    { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT }
  )
  // :<old mode> <new mode> <old id> <new id> <status>\0<path>\0, for each file that differs.
  const changed: { path: string; mode: string; oid: string }[] = []
  for (let at = 0; at < out.length;) {
    const meta = out.indexOf(0, at)
    const end = out.indexOf(0, meta + 1)
    if (out[at] !== 0x3a /* : */ || meta < 0 || end < 0)
      throw new Error(`git diff-tree: unexpected output at byte ${at}`)
    const [, mode, , oid] = out.toString('latin1', at + 1, meta).split(' ')
    changed.push({ path: toPosix(out.toString('utf8', meta + 1, end)), mode: mode!, oid: oid! })
    at = end + 1
  }
  if (!changed.length) return since.files
  // Regular files (mode 100644, 100755) are the ones read, and so the ones sized.
  const sizes = await blobSizes(
    cwd,
    changed.filter(c => c.mode.startsWith('100')).map(c => c.oid)
  )
  const now = new Map<string, TreeFile | undefined>()
  for (const c of changed) {
    now.set(
      c.path,
      c.mode === '000000' ? undefined : treeFile(root, c.path, c.mode, c.oid, sizes.get(c.oid) ?? 0)
    )
  }
  // Files the change deleted or altered are replaced where they stand; the ones it added go
  // where git lists them.
  const files: TreeFile[] = []
  for (const f of since.files) {
    if (!now.has(f.path)) files.push(f)
    else {
      const replaced = now.get(f.path)
      if (replaced) files.push(replaced)
      now.delete(f.path)
    }
  }
  const added = [...now.values()].filter((f): f is TreeFile => f !== undefined)
  if (!added.length) return files
  // Nearly in order already: the sort's runs make this about one comparison a file.
  return [...files, ...added].sort((a, b) => inGitOrder(a.path, b.path))
}

/** Git lists paths by their UTF-8 bytes, which is code point order. UTF-16 units compare so
 *  too, except surrogates (code points above U+FFFF), which rank above every other unit. */
function inGitOrder(a: string, b: string): number {
  const rank = (unit: number) => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x10000 : unit)
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return rank(x) - rank(y)
  }
  return a.length - b.length
}

/** The size of each blob, by id, from one `git cat-file --batch-check`. */
async function blobSizes(cwd: string, oids: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  if (!oids.length) return sizes
  const text = await new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd })
    const chunks: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString('latin1'))
        : reject(new Error(`git cat-file --batch-check exited with ${code}`))
    )
    child.stdin.end(oids.map(o => `${o}\n`).join(''))
  })
  // <id> <type> <size>, a line each.
  for (const line of text.split('\n')) {
    const [oid, type, size] = line.split(' ')
    if (oid && type === 'blob') sizes.set(oid, Number(size))
  }
  for (const oid of oids)
    if (!sizes.has(oid)) throw new Error(`git cat-file --batch-check: no blob ${oid}`)
  return sizes
}

/** Reads many blobs with one `git cat-file --batch` process, handing each to `visit` as soon as
 *  it has all arrived: the whole output is never held. Each blob is a view of the output as it
 *  came, not a copy: nothing writes to it, and most are parsed and dropped at once. */
function catFileBatch(
  cwd: string,
  oids: string[],
  visit: (index: number, bytes: Buffer) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    // --buffer: git flushes its output when its buffer fills, not after every blob.
    const child = spawn('git', ['cat-file', '--batch', '--buffer'], { cwd })
    let seen = 0
    let failed: unknown
    let rest: Buffer = Buffer.alloc(0)
    child.stdout.on('data', (chunk: Buffer) => {
      const data = rest.length ? Buffer.concat([rest, chunk]) : chunk
      let at = 0
      try {
        while (!failed && seen < oids.length) {
          const nl = data.indexOf(10, at)
          if (nl < 0) break
          // <id> blob <size>: the size is after the last space.
          const space = data.lastIndexOf(32, nl)
          const size = space > at ? Number(data.toString('latin1', space + 1, nl)) : NaN
          if (!Number.isFinite(size))
            failed = new Error(`git cat-file: ${data.toString('utf8', at, nl)}`)
          // The blob, then a newline.
          else if (nl + 1 + size < data.length) {
            visit(seen++, data.subarray(nl + 1, nl + 1 + size))
            at = nl + 1 + size + 1
          } else break
        }
      } catch (err) {
        // The visitor's own failure ends the read: nothing after it is handed on.
        failed = err
        child.kill()
      }
      rest = data.subarray(at)
    })
    child.on('error', reject)
    child.on('close', code => {
      if (failed) return reject(failed)
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`))
      if (seen < oids.length) return reject(new Error('git cat-file: its output ends early'))
      resolve()
    })
    child.stdin.end(oids.map(o => `${o}\n`).join(''))
  })
}

/** The id git gives a blob of these contents (SHA-1 repositories): a file of the working tree
 *  unchanged since a commit has the id that commit lists. */
export const blobId = (bytes: Buffer): string =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

/** `source` with some of its files (by `rel`) holding other contents: the tree as an edit
 *  not yet committed anywhere leaves it. */
export function withContents(source: FileSource, contents: Map<string, Buffer>): FileSource {
  return {
    ...source,
    // An edited file no longer has the contents its blob id names.
    files: source.files.map(f => (contents.has(f.rel) ? { ...f, oid: undefined } : f)),
    async read(wanted, visit) {
      const kept: number[] = []
      wanted.forEach((f, i) => {
        const edited = contents.get(f.rel)
        if (edited) visit(i, edited)
        else kept.push(i)
      })
      await source.read(
        kept.map(i => wanted[i]!),
        (n, bytes) => visit(kept[n]!, bytes)
      )
    }
  }
}
