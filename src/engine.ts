// The flow shared by the command line and the action: declarations at two revisions ->
// change -> plan (read-only connectors). Apply builds on it.
import { auditPlatforms, type Drift } from './audit.js'
import type { ConnectorContext } from './connectors/connector.js'
import { openReaders } from './connectors/index.js'
import { resolveCommit } from './declarations/files.js'
import { loadFromDirectory, loadFromGit, type Loaded } from './declarations/load.js'
import type { Declarations, Diagnostic } from './declarations/types.js'
import { buildPlan } from './plan.js'
import type { Plan } from './plan-types.js'

export interface Revision {
  /** As shown to people: `HEAD~1 (1a2b3c4)`, or `working tree`. */
  label: string
  /** Full commit id, absent for the working tree. */
  commit?: string
  declarations: Declarations
}

export interface RevisionsInput {
  cwd: string
  dir: string
  base: string
  /** A git ref; the working tree when absent. */
  head?: string
  /** The working tree's declarations, when the caller has already loaded and checked them. */
  workingTree?: Declarations
}

export type Revisions =
  | { ok: true; base: Revision; head: Revision }
  | { ok: false; which: 'base' | 'head'; diagnostics: Diagnostic[] }

async function revision(
  { cwd, dir, workingTree }: RevisionsInput,
  ref?: string
): Promise<[Revision, Loaded]> {
  if (ref === undefined) {
    const loaded = workingTree
      ? { declarations: workingTree, diagnostics: [] }
      : await loadFromDirectory(dir, cwd)
    return [{ label: 'working tree', declarations: loaded.declarations }, loaded]
  }
  const commit = await resolveCommit(ref, cwd)
  const loaded = await loadFromGit(commit, dir, cwd)
  const label = ref.startsWith(commit.slice(0, 7))
    ? commit.slice(0, 12)
    : `${ref} (${commit.slice(0, 7)})`
  return [{ label, commit, declarations: loaded.declarations }, loaded]
}

/** Both revisions, each fully valid: nothing is planned from declarations with problems. */
export async function loadRevisions(input: RevisionsInput): Promise<Revisions> {
  const [[base, baseLoaded], [head, headLoaded]] = await Promise.all([
    revision(input, input.base),
    revision(input, input.head)
  ])
  if (headLoaded.diagnostics.length)
    return { ok: false, which: 'head', diagnostics: headLoaded.diagnostics }
  if (baseLoaded.diagnostics.length)
    return { ok: false, which: 'base', diagnostics: baseLoaded.diagnostics }
  return { ok: true, base, head }
}

export type ConnectorEnvironment = Omit<ConnectorContext, 'platforms'>

/** Detect the change and plan it with read-only connectors (or from the declarations alone). */
export async function planChange(
  base: Revision,
  head: Revision,
  env: ConnectorEnvironment,
  options: { declaredOnly?: boolean } = {}
): Promise<Plan> {
  // Head's platforms.yaml says what is managed now; a platform removed by this very change is
  // no longer planned for.
  const readers = openReaders({ ...env, platforms: head.declarations.platforms })
  return buildPlan({ base, head, readers, declaredOnly: options.declaredOnly })
}

/** The audit both the command and the action run: every configured platform, read-only. */
export function auditDeclarations(
  declarations: Declarations,
  env: ConnectorEnvironment
): Promise<Drift> {
  return auditPlatforms(declarations, openReaders({ ...env, platforms: declarations.platforms }))
}
