// Loads an access tree (from a directory or a git commit) into typed Declarations, with
// every problem as a Diagnostic. Nothing here throws on bad input.
import { checkAcrossFiles } from './checks.js'
import {
  directorySource,
  gitSource,
  MAX_FILE_BYTES,
  type FileSource,
  type TreeFile
} from './files.js'
import { schemaProblems, type FileKind } from './schema.js'
import type { Declarations, Diagnostic, Person, Platforms, Role, SourcePos } from './types.js'
import { carefulParserLoaded, loadCarefulParser, parseYaml, type ParsedYaml } from './yaml.js'

export interface Loaded {
  /** Everything that parsed and matched its schema; check `diagnostics` before trusting it. */
  declarations: Declarations
  /** Sorted by file, line, column. Empty when the tree is valid. */
  diagnostics: Diagnostic[]
}

export const loadFromDirectory = async (dir: string, cwd?: string): Promise<Loaded> =>
  loadDeclarations(directorySource(dir, cwd))

export const loadFromGit = async (ref: string, dir: string, cwd?: string): Promise<Loaded> =>
  loadDeclarations(await gitSource(ref, dir, cwd))

const ID = /^[a-z0-9][a-z0-9._-]{0,62}$/

/** What a file of the tree is, or the problem with it. */
type Classified = { kind: FileKind } | { ignore: true } | { problem: string }

function classify(f: TreeFile): Classified {
  const parts = f.rel.split('/')
  const name = parts[parts.length - 1]
  if (f.rel === 'platforms.yaml') return { kind: 'platforms' }
  if (f.rel === 'platforms.yml')
    return { problem: 'rename this file to platforms.yaml: only .yaml is read' }
  const dir = parts[0]
  if (dir !== 'people' && dir !== 'roles') return { ignore: true } // log/, README, CODEOWNERS...
  if (name.startsWith('.') || /^readme(\.md)?$/i.test(name)) return { ignore: true }
  const what = dir === 'people' ? 'person' : 'role'
  if (parts.length > 2)
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
  return { kind: what }
}

export async function loadDeclarations(source: FileSource): Promise<Loaded> {
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

  const contents = await source.read(toRead.map(r => r.file))
  const parsed: { doc: ParsedYaml; kind: FileKind }[] = []
  for (const { file, kind } of toRead) {
    const bytes = contents.get(file.rel) ?? Buffer.alloc(0)
    if (bytes.length > MAX_FILE_BYTES) {
      problemAt(file.path, 'the file is over the 1 MiB limit: a declaration file is small, fix it')
      continue
    }
    let result = parseYaml(file.path, bytes)
    if (result.needsCareful) {
      await loadCarefulParser()
      result = parseYaml(file.path, bytes)
    }
    const { parsed: doc, problems } = result
    diagnostics.push(...problems)
    if (!doc) continue
    let schema = schemaProblems(kind, doc)
    // Problems need exact positions, which the careful parser gives.
    if (schema.length > 0 && !carefulParserLoaded()) {
      await loadCarefulParser()
      schema = schemaProblems(kind, doc)
    }
    diagnostics.push(...schema)
    if (schema.length === 0) parsed.push({ doc, kind })
  }

  for (const { doc, kind } of parsed) {
    const at = { file: doc.file, ...doc.locate([]) }
    if (kind === 'platforms') declarations.platforms = toPlatforms(doc.value as RawPlatforms, at)
    else if (kind === 'person') {
      const person = toPerson(doc.value as RawPerson, at)
      declarations.people.set(person.id, person)
    } else {
      const role = toRole(doc.value as RawRole, at)
      declarations.roles.set(role.id, role)
    }
  }
  const docs = parsed.map(p => p.doc)
  let across = checkAcrossFiles(declarations, docs)
  if (across.length > 0 && !carefulParserLoaded()) {
    await loadCarefulParser()
    across = checkAcrossFiles(declarations, docs)
  }
  diagnostics.push(...across)
  diagnostics.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column
  )
  return { declarations, diagnostics }
}

/** Renders a diagnostic the way editors and CI logs link it. */
export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column}: ${d.message}`

// The raw shapes after schema validation (optional keys not yet defaulted).
type RawPlatforms = {
  github?: { org: string; protected?: string[]; repository_scan_limit?: number }
  aws?: {
    on_departure?: 'delete' | 'disable'
    revoke_sessions?: boolean
    protected?: string[]
    stale_key_days?: number
  }
  slack?: { deactivate_with?: 'scim' | 'admin' | 'none'; protected?: string[] }
  scim?: {
    name: string
    base_url: string
    token_env: string
    on_departure?: 'deactivate' | 'delete'
  }[]
  policy?: { max_departures_per_change?: number; max_departure_ratio?: number }
}
type RawPerson = Omit<Person, 'roles' | 'accounts' | 'at'> & {
  roles?: string[]
  accounts?: Person['accounts']
}
type RawRole = Omit<Role, 'grants' | 'at'> & { grants: RawGrants }
type RawGrants = {
  github?: { teams?: string[]; org_role?: 'member' | 'admin' }
  aws?: { groups?: string[]; policies?: string[] }
  slack?: { usergroups?: string[]; channels?: string[] }
  scim?: string[]
}

function defaultPlatforms(at: SourcePos): Platforms {
  return {
    version: 1,
    scim: [],
    policy: { max_departures_per_change: 5, max_departure_ratio: 0.2 },
    at
  }
}

function toPlatforms(raw: RawPlatforms, at: SourcePos): Platforms {
  const p = defaultPlatforms(at)
  if (raw.github)
    p.github = {
      org: raw.github.org,
      protected: raw.github.protected ?? [],
      repository_scan_limit: raw.github.repository_scan_limit ?? 200
    }
  if (raw.aws)
    p.aws = {
      on_departure: raw.aws.on_departure ?? 'delete',
      revoke_sessions: raw.aws.revoke_sessions ?? true,
      protected: raw.aws.protected ?? [],
      stale_key_days: raw.aws.stale_key_days ?? 90
    }
  if (raw.slack)
    p.slack = {
      deactivate_with: raw.slack.deactivate_with ?? 'scim',
      protected: raw.slack.protected ?? []
    }
  p.scim = (raw.scim ?? []).map(a => ({ ...a, on_departure: a.on_departure ?? 'deactivate' }))
  p.policy = { ...p.policy, ...raw.policy }
  return p
}

function toPerson(raw: RawPerson, at: SourcePos): Person {
  return { ...raw, roles: raw.roles ?? [], accounts: raw.accounts ?? {}, at }
}

function toRole(raw: RawRole, at: SourcePos): Role {
  const g = raw.grants ?? {}
  const grants: Role['grants'] = {}
  if (g.github)
    grants.github = { teams: g.github.teams ?? [], org_role: g.github.org_role ?? 'member' }
  if (g.aws) grants.aws = { groups: g.aws.groups ?? [], policies: g.aws.policies ?? [] }
  if (g.slack)
    grants.slack = { usergroups: g.slack.usergroups ?? [], channels: g.slack.channels ?? [] }
  if (g.scim) grants.scim = g.scim
  return { id: raw.id, description: raw.description, grants, at }
}
