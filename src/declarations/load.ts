// Loads an access tree (from a directory or a git commit) into typed Declarations, with
// every problem as a Diagnostic. Nothing here throws on bad input.
import { platformDescriptors } from '../connectors/registry.js'
import { checkAcrossFiles, type CleanRevision } from './checks.js'
import {
  blobId,
  directorySource,
  gitSource,
  MAX_FILE_BYTES,
  readAll,
  type FileSource,
  type GitListing,
  type TreeFile
} from './files.js'
import { controlCharacterProblems, unusableId } from './names.js'
import { printable } from '../report/printable.js'
import { fieldName, schemaProblems, type FileKind } from './schema.js'
import type {
  Declarations,
  Diagnostic,
  Person,
  Platforms,
  Policy,
  RetryBudget,
  Role,
  SourcePos
} from './types.js'
import { carefulParserLoaded, loadCarefulParser, locatable, parseYaml } from './yaml.js'

export interface Loaded {
  /** Everything that parsed and matched its schema; check `diagnostics` before trusting it. */
  declarations: Declarations
  /** Sorted by file, line, column. Empty when the tree is valid. */
  diagnostics: Diagnostic[]
}

export const loadFromDirectory = async (
  dir: string,
  cwd?: string,
  cache?: LoadCache
): Promise<Loaded> => loadDeclarations(directorySource(dir, cwd), cache)

export async function loadFromGit(
  ref: string,
  dir: string,
  cwd?: string,
  cache?: LoadCache
): Promise<Loaded> {
  const source = await gitSource(ref, dir, cwd, cache?.listing)
  if (cache) cache.listing = source.listing
  return loadDeclarations(source, cache)
}

const ID = /^[a-z0-9][a-z0-9._-]{0,62}$/

/** What a file of the tree is, or the problem with it. */
type Classified = { kind: FileKind } | { ignore: true } | { problem: string }

// Read with indexOf, and the same answer object for every person: 100,000 times a revision.
const PERSON: Classified = { kind: 'person' }
const ROLE: Classified = { kind: 'role' }

function classify(f: TreeFile): Classified {
  const { rel } = f
  const first = rel.indexOf('/')
  const last = rel.lastIndexOf('/')
  const name = rel.slice(last + 1)
  if (rel === 'platforms.yaml') return { kind: 'platforms' }
  if (rel === 'platforms.yml')
    return { problem: 'rename this file to platforms.yaml: only .yaml is read' }
  const dir = first < 0 ? rel : rel.slice(0, first)
  if (dir !== 'people' && dir !== 'roles') return { ignore: true } // log/, README, CODEOWNERS...
  if (name.startsWith('.') || /^readme(\.md)?$/i.test(name)) return { ignore: true }
  const what = dir === 'people' ? 'person' : 'role'
  if (first !== last)
    return { problem: `${dir}/ holds files only, no folders: move this file to ${dir}/${name}` }
  if (name.endsWith('.yml'))
    return {
      problem: `rename this file to ${name.slice(0, -4)}.yaml: only .yaml files are read, so this ${what} would be ignored`
    }
  if (!name.endsWith('.yaml'))
    return { problem: `${dir}/ holds only <id>.yaml files: move or delete this file` }
  const id = name.slice(0, -5)
  if (!ID.test(id))
    return {
      problem: `"${id}" is not a valid ${what} id: file names use lowercase letters, digits, '.', '_' or '-' (at most 63) and end in .yaml`
    }
  const unusable = unusableId(id)
  if (unusable)
    return {
      problem: `"${id}" cannot be a ${what} id: ${unusable.why}. Choose another id (e.g. ${unusable.instead}), rename the file and set id: to match`
    }
  return what === 'person' ? PERSON : ROLE
}

/** What a valid file declares. Not its text: in a large tree that would be most of the memory,
 *  and the cross-file checks need it only to point at a problem (loadDeclarations). */
type Declared =
  | { kind: 'platforms'; value: Platforms }
  | { kind: 'person'; value: Person }
  | { kind: 'role'; value: Role }

/** One file as read: its problems, and what it declares when it is valid. */
interface ReadFile {
  problems: readonly Diagnostic[]
  declared?: Declared
}

/** Files already read, by path and contents: loading a change's two revisions with one cache
 *  parses, validates and converts only the files that differ, and the revisions share the
 *  objects of the others (change detection compares those by identity). The last revision
 *  loaded in full without a problem is kept too: the cross-file checks of the next one look
 *  only at what differs from it. */
export interface LoadCache {
  files: Map<string, { path: string; read: ReadFile }>
  clean?: CleanRevision
  /** The last commit's listing: the next commit's is worked out from what differs. */
  listing?: GitListing
}

export const newLoadCache = (): LoadCache => ({ files: new Map() })

/** Parses, validates and converts one file; the result depends on its path and bytes alone.
 *  At once, unless it needs the careful parser loaded first: the loader parses each file as it
 *  arrives, and a promise for each of 100,000 files would only add to the work. */
function readFile(file: TreeFile, kind: FileKind, bytes: Buffer): ReadFile | Promise<ReadFile> {
  if (bytes.length > MAX_FILE_BYTES)
    return {
      problems: [
        {
          file: file.path,
          line: 1,
          column: 1,
          message: 'the file is over the 1 MiB limit: a declaration file is small, fix it'
        }
      ]
    }
  const { parsed: doc, problems, needsCareful, plain } = parseYaml(file.path, bytes)
  if (needsCareful) return withCarefulParser(file, kind, bytes)
  if (!doc) return { problems }
  const schema = schemaProblems(kind, doc)
  // A plainly read file holds printable words only: walking its strings would find nothing.
  if (!plain) schema.push(...controlCharacterProblems(doc, fieldName))
  // Problems need exact positions, which the careful parser gives.
  if (schema.length > 0 && !carefulParserLoaded()) return withCarefulParser(file, kind, bytes)
  if (schema.length > 0) return { problems: [...problems, ...schema] }
  const at = { file: doc.file, ...doc.locate([]) }
  const declared: Declared =
    kind === 'platforms'
      ? { kind, value: toPlatforms(doc.value as RawPlatforms, at) }
      : kind === 'person'
        ? { kind, value: toPerson(doc.value as RawPerson, at) }
        : { kind: 'role', value: toRole(doc.value as RawRole, at) }
  // A valid file parsed without problems: all of them share one empty list.
  return { problems: problems.length ? problems : NO_PROBLEMS, declared }
}

const NO_PROBLEMS: readonly Diagnostic[] = Object.freeze([])

/** readFile once the careful parser is loaded. */
async function withCarefulParser(file: TreeFile, kind: FileKind, bytes: Buffer) {
  await loadCarefulParser()
  return readFile(file, kind, bytes)
}

export async function loadDeclarations(source: FileSource, cache?: LoadCache): Promise<Loaded> {
  const diagnostics: Diagnostic[] = []
  const problemAt = (file: string, message: string, line = 1, column = 1) =>
    diagnostics.push({ file, line, column, message })

  const platformsPath = `${source.root}/platforms.yaml`
  const declarations: Declarations = {
    origin: source.origin,
    platforms: defaultPlatforms({ file: platformsPath, line: 1, column: 1 }),
    people: new Map(),
    roles: new Map()
  }
  if (!source.exists) {
    problemAt(
      source.root,
      `no access directory "${source.root}" (in ${source.origin}): create it with platforms.yaml, people/ and roles/, or pass --dir`
    )
    return { declarations, diagnostics }
  }

  const toRead: { file: TreeFile; kind: FileKind }[] = []
  for (const f of source.files) {
    const c = classify(f)
    if ('ignore' in c) continue
    if ('problem' in c) problemAt(f.path, c.problem)
    else if (f.irregular)
      problemAt(
        f.path,
        `${f.irregular === 'symlink' ? 'symbolic links are' : 'this entry is'} not read: replace it with a regular file`
      )
    else toRead.push({ file: f, kind: c.kind })
  }
  if (!toRead.some(r => r.kind === 'platforms'))
    problemAt(platformsPath, 'platforms.yaml is missing: create it (at least "version: 1")')

  // A file the cache holds under its blob id is not read again; one without an id (the working
  // tree) is looked up by the id of the contents read. The key is the id alone (a string the
  // source holds, not one joined anew for each of 100,000 files), used only for the path it
  // was read at.
  const cached = (f: TreeFile, oid: string | undefined) => {
    // The first revision loaded finds the cache empty: 100,000 lookups would find nothing.
    const entry = oid === undefined || !cache?.files.size ? undefined : cache.files.get(oid)
    return entry?.path === f.path ? entry.read : undefined
  }
  const reads: (ReadFile | Promise<ReadFile> | undefined)[] = toRead.map(r =>
    cached(r.file, r.file.oid)
  )
  const unread = reads.flatMap((hit, i) => (hit ? [] : [i]))
  // Each file is parsed as it arrives, while git reads the ones after it.
  await source.read(
    unread.map(i => toRead[i]!.file),
    (n, bytes) => {
      const i = unread[n]!
      const { file, kind } = toRead[i]!
      const oid = file.oid ?? (cache && blobId(bytes))
      const remember = (read: ReadFile) => {
        if (oid !== undefined) cache?.files.set(oid, { path: file.path, read })
        return read
      }
      // A file with a blob id was looked up before its read; one without, by the id read.
      const read = (file.oid === undefined && cached(file, oid)) || readFile(file, kind, bytes)
      if (!(read instanceof Promise)) return void (reads[i] = remember(read))
      // Awaited once every file has arrived; until then a failure is not "unhandled".
      const later = read.then(remember)
      later.catch(() => undefined)
      reads[i] = later
    }
  )
  const parsed: { file: TreeFile; declared: Declared }[] = []
  for (let i = 0; i < toRead.length; i++) {
    const { file } = toRead[i]!
    const pending = reads[i]!
    const read = pending instanceof Promise ? await pending : pending
    if (read.problems.length) diagnostics.push(...read.problems)
    if (read.declared) parsed.push({ file, declared: read.declared })
  }

  for (const { declared: d } of parsed) {
    if (d.kind === 'platforms') declarations.platforms = d.value
    else if (d.kind === 'person') declarations.people.set(d.value.id, d.value)
    else declarations.roles.set(d.value.id, d.value)
  }
  // Without the files' text, every position is the start of its file: enough to learn whether
  // there is anything to report. If there is, the files are read again and the checks run
  // again with exact positions.
  const since = cache?.clean
  let across = checkAcrossFiles(declarations, [], since)
  if (across.diagnostics.length > 0) {
    await loadCarefulParser()
    const again = await readAll(
      source,
      parsed.map(p => p.file)
    )
    const docs = parsed.map(({ file, declared: { value } }) =>
      locatable(file.path, again.get(file.rel) ?? Buffer.alloc(0), value, value.at)
    )
    across = checkAcrossFiles(declarations, docs, since)
  }
  diagnostics.push(...across.diagnostics)
  if (cache && across.clean && diagnostics.length === 0) cache.clean = across.clean
  diagnostics.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column
  )
  return { declarations, diagnostics }
}

/** Renders a diagnostic the way editors and CI logs link it; a file name or value quoted in
 *  it is shown escaped, so a hostile tree cannot drive the terminal that prints it. */
export const formatDiagnostic = (d: Diagnostic): string =>
  printable(`${d.file}:${d.line}:${d.column}: ${d.message}`)

// The raw shapes after schema validation (optional keys not yet defaulted); each platform's
// block and grants are its descriptor's to default (connectors/registry.ts).
type RawPlatforms = Record<string, unknown> & {
  policy?: Partial<Omit<Policy, 'retry'>> & { retry?: Partial<RetryBudget> }
}
type RawPerson = Omit<Person, 'roles' | 'accounts' | 'at'> & {
  roles?: string[]
  accounts?: Person['accounts']
}
type RawRole = Omit<Role, 'grants' | 'at'> & { grants?: Record<string, unknown> }

/** Every platform's block as absent (SCIM's then lists no apps), and the default policy. */
/** policy.max_sweep_per_run when platforms.yaml leaves it out. */
export const DEFAULT_MAX_SWEEP = 5

const defaultPlatforms = (at: SourcePos): Platforms => toPlatforms({}, at)

function toPlatforms(raw: RawPlatforms, at: SourcePos): Platforms {
  const blocks: Record<string, unknown> = {}
  for (const platform of platformDescriptors()) {
    const settings = platform.settings(raw[platform.key])
    if (settings !== undefined) blocks[platform.key] = settings
  }
  const policy = {
    max_departures_per_change: 5,
    max_departure_ratio: 0.2,
    max_sweep_per_run: DEFAULT_MAX_SWEEP,
    revoke_within: '24h',
    ...raw.policy
  }
  return { version: 1, ...blocks, policy, at } as Platforms
}

/** The schema's fields written out, in the schema's order: one shape for every person (a spread
 *  or copy of documents of several shapes gives each person a hidden class of its own), its
 *  fields in the object itself, and the roles cut to their length (the parser grows a list as
 *  it reads it). In a tree of 80,000 people that is a third of their memory. */
function toPerson(raw: RawPerson, at: SourcePos): Person {
  const { id, name, email, status, departed_on } = raw
  const roles = raw.roles ? raw.roles.slice() : []
  const accounts = raw.accounts ?? {}
  return departed_on === undefined
    ? { id, name, email, status, roles, accounts, at }
    : { id, name, email, status, departed_on, roles, accounts, at }
}

function toRole(raw: RawRole, at: SourcePos): Role {
  const grants: Record<string, unknown> = {}
  for (const platform of platformDescriptors()) {
    const block = raw.grants?.[platform.key]
    if (block !== undefined) grants[platform.key] = platform.grants(block)
  }
  return { id: raw.id, description: raw.description, grants: grants as Role['grants'], at }
}
