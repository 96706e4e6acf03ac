// Sweep: what a departure left behind (a step that failed, a key created after the revocation,
// a re-invitation) revoked without a new review, because the departure itself was reviewed and
// merged. So a sweep reads only the default branch's committed declarations (never a working
// tree, never a pull request's head), sweeps only people departed there whose departure the
// log records, and only the identity that departure revoked: a departed person's file edited
// since (an account changed, a protection lifted) is refused, or a harmless-looking pull request
// could aim the next sweep at someone else. Then it plans each person as a departure is
// planned, guards, revokes and verifies as apply does (applyPlan), and logs with
// `change.kind: sweep` and the departure's own pull request.
import { applyPlan, type ApplyOptions, type Applied } from './apply.js'
import { openReaders } from './connectors/index.js'
import { loadFromGit } from './declarations/load.js'
import { git } from './declarations/files.js'
import type { Declarations, Person } from './declarations/types.js'
import type { ConnectorEnvironment, Revision } from './engine.js'
import { planSteps } from './execute.js'
import { declaredClaims } from './grants.js'
import { knownIdsFromLog } from './log/known-ids.js'
import type { ChangeInfo, LogRecord } from './log/record.js'
import { logPath } from './log/store.js'
import { BrokenLogError, chainRecords, type LogFile } from './log/verify.js'
import { buildSweepPlan, type SweepTarget } from './plan.js'
import type { PersonRefusal } from './plan-types.js'
import { identityDrift } from './trust.js'

/** A sweep refused as a whole before anything is read: a person named who is not departed at
 *  the commit, or whose departure the log does not record. */
export class SweepRefusedError extends Error {}

export interface SweepRequest {
  /** The default branch's commit, its declarations read from git. */
  revision: Revision & { commit: string }
  /** The log's files, as the locked log holds them (an intact chain). */
  log: LogFile[]
  /** Sweep only this person (an id). */
  person?: string
  /** The access directory and the checkout, to read each departure's commit. */
  dir: string
  cwd: string
}

/** A departed person the sweep leaves alone, and why (no departure of theirs in the log). */
export interface Unswept {
  person: string
  why: string
}

export interface Swept extends Applied {
  unswept: Unswept[]
}

export type SweepOptions = Omit<ApplyOptions, 'change' | 'changes' | 'requested' | 'urgent'>

export async function sweep(
  request: SweepRequest,
  env: ConnectorEnvironment,
  options: SweepOptions
): Promise<Swept> {
  const { revision, log } = request
  const chain = chainRecords(log)
  if (!chain.ok) throw new BrokenLogError(chain.where, chain.problem, 'Nothing was swept')
  const { targets, changes, unswept } = await sweepTargets(request, chain.all)
  const { declarations } = revision
  const { platforms } = declarations
  const known = knownIdsFromLog(log, `in ${logPath(request.dir)}`)
  const planned = async () =>
    buildSweepPlan({
      revision: { label: revision.label, declarations },
      readers: await openReaders({ ...env, platforms }),
      targets,
      known
    })
  const plan = await planned()
  const commit = revision.commit
  const applied = await applyPlan(
    plan,
    {
      env,
      platforms,
      claims: declaredClaims([declarations]),
      // Nothing was written: the plan's own discovery is the re-read.
      again: planSteps(plan).length > 0 ? planned : async () => plan
    },
    {
      ...options,
      change: { kind: 'sweep', base: commit, head: commit, pr: null, approvers: [], swept: commit },
      changes
    }
  )
  return { ...applied, unswept }
}

/** Who the sweep is for: every person departed at the commit (or the one named), each with
 *  the change their records will name (their departure's, `kind: sweep`), or refused. */
async function sweepTargets(
  request: SweepRequest,
  records: readonly LogRecord[]
): Promise<{ targets: SweepTarget[]; changes: Map<string, ChangeInfo>; unswept: Unswept[] }> {
  const { revision, person: named } = request
  const label = revision.label
  const people = [...revision.declarations.people.values()]
  let departed = people.filter(p => p.status === 'departed').sort((a, b) => (a.id < b.id ? -1 : 1))
  if (named !== undefined) {
    const person = revision.declarations.people.get(named)
    if (!person)
      throw new SweepRefusedError(
        `no person "${named}" at ${label}: a sweep finishes only departures committed to the default branch`
      )
    if (person.status !== 'departed')
      throw new SweepRefusedError(
        `${named} is not departed at ${label} (status: ${person.status}): a sweep finishes only departures already merged into the default branch, never one in a working tree or a pull request; merge the departure, and its apply revokes`
      )
    departed = [person]
  }
  const targets: SweepTarget[] = []
  const changes = new Map<string, ChangeInfo>()
  const unswept: Unswept[] = []
  const atCommit = new Map<string, Promise<Declarations | undefined>>()
  const declarationsAt = (commit: string) => {
    if (!atCommit.has(commit)) atCommit.set(commit, readAt(commit, request.dir, request.cwd))
    return atCommit.get(commit)!
  }
  for (const person of departed) {
    const mine = records.filter(r => r.person === person.id)
    // Every record of a departure carries requested_at; a sweep's records repeat it.
    const last = mine.findLast(r => r.requested_at !== undefined && r.change.kind !== 'sweep')
    if (!last) {
      const why = `no departure of ${person.id} in the log (departed before offboard managed the tree, or revoked elsewhere), so no reviewed revocation to finish: the audit lists what they still hold`
      if (named !== undefined) throw new SweepRefusedError(why)
      unswept.push({ person: person.id, why })
      continue
    }
    const departure = last.change
    const ref = departure.pr !== null ? `#${departure.pr}` : `applied at ${short(departure.head)}`
    changes.set(person.id, {
      kind: 'sweep',
      base: departure.base,
      head: departure.head,
      pr: departure.pr,
      approvers: departure.approvers,
      swept: revision.commit
    })
    const sameChange = (r: LogRecord) =>
      r.change.base === departure.base &&
      r.change.head === departure.head &&
      r.change.pr === departure.pr
    const refused = mine.some(r => sameChange(r) && r.action === 'refuse_departure')
      ? {
          rule: 'departure_refused' as const,
          message: `${person.id}'s departure (${ref}) was refused by its apply (see the refuse_departure record in the log): a sweep never revokes a departure apply refused. Fix what the refusal says in a pull request of its own, then mark ${person.id} active and depart them again`
        }
      : await identityRefusal(
          person,
          departure,
          ref,
          revision,
          await declarationsAt(departure.head)
        )
    targets.push({
      person,
      why: `departed${person.departed_on ? ` on ${person.departed_on}` : ''}: sweep of the departure ${ref}`,
      ...(last.requested_at ? { requestedAt: last.requested_at } : {}),
      ...(refused ? { refused } : {})
    })
  }
  return { targets, changes, unswept }
}

/** Why the person's identity now is not the one their departure revoked, if it is not. */
async function identityRefusal(
  person: Person,
  departure: ChangeInfo,
  ref: string,
  revision: Revision,
  then: Declarations | undefined
): Promise<PersonRefusal | undefined> {
  const id = person.id
  const atDeparture = then?.people.get(id)
  if (!then || !atDeparture)
    return {
      rule: 'departure_unreadable',
      message: `the departure of ${id} (${ref}) names head ${SHA.test(departure.head) ? `commit ${short(departure.head)}` : `"${departure.head}"`}, ${!SHA.test(departure.head) ? 'not a commit (applied from a working tree)' : !then ? 'which this clone does not hold (fetch the whole history: git fetch origin, or actions/checkout with fetch-depth: 0)' : `where ${id} is not declared`}, so the identity it revoked cannot be compared with ${id}'s file now: nothing is swept for ${id}`
    }
  const drift = identityDrift(atDeparture, person, then.platforms, revision.declarations.platforms)
  if (!drift) return undefined
  return {
    rule: drift.rule,
    message: `since the departure of ${id} (${ref}), the default branch ${drift.what}. A sweep revokes only the identity that departure's reviewers approved, so nothing is swept for ${id}: to revoke what ${id}'s file declares now, mark ${id} active in one pull request and depart them again in the next (its plan shows reviewers what it revokes)`
  }
}

const SHA = /^[0-9a-f]{40}$/
const short = (commit: string) => (SHA.test(commit) ? commit.slice(0, 12) : commit)

/** The declarations at a departure's head commit; undefined when it is no commit this clone
 *  holds. */
async function readAt(commit: string, dir: string, cwd: string): Promise<Declarations | undefined> {
  if (!SHA.test(commit)) return undefined
  const held = await git(cwd, 'cat-file', '-e', `${commit}^{commit}`).then(
    () => true,
    () => false
  )
  if (!held) return undefined
  // Valid when its apply ran (apply validates both revisions); only the person and the
  // protected lists are read.
  return (await loadFromGit(commit, dir, cwd)).declarations
}
