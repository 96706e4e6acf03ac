// The flow shared by the command line and the action: declarations at two revisions ->
// change -> plan (read-only connectors). Apply builds on it.
import { auditPlatforms, type Drift } from './audit/index.js'
import type { ConnectorContext } from './connectors/connector.js'
import { openReaders } from './connectors/index.js'
import type { ClaimIndex } from './declarations/checks.js'
import { commitTime, resolveCommit } from './declarations/files.js'
import {
  loadFromDirectory,
  loadFromGit,
  newLoadCache,
  type LoadCache,
  type Loaded
} from './declarations/load.js'
import type { Declarations, Diagnostic, Platforms } from './declarations/types.js'
import { knownIdsAt, knownIdsFromLog, type KnownAccountIds } from './log/known-ids.js'
import { logPath, readLog } from './log/store.js'
import { chainRecords } from './log/verify.js'
import { waitingSteps } from './log/waiting.js'
import { buildPlan } from './plan.js'
import type { Plan, RequestTimes } from './plan-types.js'
import { trustedSettings } from './trust.js'

export interface Revision {
  /** As shown to people: `HEAD~1 (1a2b3c4)`, or `working tree`. */
  label: string
  /** Full commit id, absent for the working tree. */
  commit?: string
  /** When `commit` was committed (UTC ISO), absent for the working tree. */
  committedAt?: string
  declarations: Declarations
  /** Base only: the account ids its revocation log records (renamed accounts). */
  knownIds?: KnownAccountIds
  /** Who claims which account, as the loader's cross-file checks indexed them (base, loaded in
   *  full): the plan's lookups read it instead of going through every person again. */
  claims?: ClaimIndex
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
  cache: LoadCache,
  ref?: string,
  withLog = false
): Promise<[Revision, Loaded]> {
  if (ref === undefined) {
    const loaded = workingTree
      ? { declarations: workingTree, diagnostics: [] }
      : await loadFromDirectory(dir, cwd, cache)
    return [{ label: 'working tree', declarations: loaded.declarations }, loaded]
  }
  const commit = await resolveCommit(ref, cwd)
  const [loaded, knownIds, committedAt] = await Promise.all([
    loadFromGit(commit, dir, cwd, cache),
    withLog ? knownIdsAt(commit, dir, cwd) : undefined,
    commitTime(commit, cwd)
  ])
  const label = ref.startsWith(commit.slice(0, 7))
    ? commit.slice(0, 12)
    : `${ref} (${commit.slice(0, 7)})`
  return [
    {
      label,
      commit,
      committedAt,
      declarations: loaded.declarations,
      ...(knownIds && { knownIds })
    },
    loaded
  ]
}

/** Both revisions, each fully valid: nothing is planned from declarations with problems. */
export async function loadRevisions(input: RevisionsInput): Promise<Revisions> {
  // Head is read after base, through the same cache: only the files the change touches are
  // parsed again, and the rest are the same objects in both revisions.
  const cache = newLoadCache()
  const [base, baseLoaded] = await revision(input, cache, input.base, true)
  const checked = cache.clean?.decl === base.declarations ? cache.clean.claims : undefined
  const [head, headLoaded] = await revision(input, cache, input.head)
  if (headLoaded.diagnostics.length)
    return { ok: false, which: 'head', diagnostics: headLoaded.diagnostics }
  if (baseLoaded.diagnostics.length)
    return { ok: false, which: 'base', diagnostics: baseLoaded.diagnostics }
  return { ok: true, base: checked ? { ...base, claims: checked } : base, head }
}

export type ConnectorEnvironment = Omit<ConnectorContext, 'platforms'>

/** Detect the change and plan it with read-only connectors (or from the declarations alone). */
export async function planChange(
  base: Revision,
  head: Revision,
  env: ConnectorEnvironment,
  options: { declaredOnly?: boolean; requested?: RequestTimes } = {}
): Promise<Plan> {
  const readers = await openReaders({ ...env, platforms: connectorPlatforms(base, head) })
  return buildPlan({
    base,
    head,
    readers,
    declaredOnly: options.declaredOnly,
    known: base.knownIds,
    requested: options.requested ?? commitRequest(head)
  })
}

/** Outside a pull request, a departure is requested by the commit that makes it; a change
 *  in the working tree, when it is planned. */
export const commitRequest = (head: Revision): RequestTimes => ({
  at: head.committedAt ?? new Date().toISOString()
})

/** The platforms.yaml connectors are opened with, for plan and apply alike: base's (head's
 *  author could otherwise aim a credential anywhere), protected lists from both. */
export const connectorPlatforms = (base: Revision, head: Revision): Platforms =>
  trustedSettings(base.declarations.platforms, head.declarations.platforms).platforms

/** The audit both the command and the action run: every configured platform, read-only, with
 *  what the revocation log of the checkout (the default branch) adds: the manual steps left to
 *  a human, read back until they are done, and the account ids that recognise renamed accounts. */
export async function auditDeclarations(
  declarations: Declarations,
  env: ConnectorEnvironment,
  checkout: { dir: string; cwd: string }
): Promise<Drift> {
  const files = await readLog(checkout.dir, checkout.cwd)
  const chain = chainRecords(files)
  const readers = await openReaders({ ...env, platforms: declarations.platforms })
  return auditPlatforms(declarations, readers, {
    waiting: waitingSteps(files),
    known: knownIdsFromLog(files, `in ${logPath(checkout.dir)}`),
    ...(chain.ok ? { records: chain.all } : {})
  })
}
