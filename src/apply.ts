// Apply: plan again with live discovery (the world may have changed since the review), run
// every step with connectors that can write, verify by discovering again, and hand the log
// what happened (log/entries.ts) as it happens.
import type { ChangeRef, Claims } from './connectors/connector.js'
import type { Platforms } from './declarations/types.js'
import { openWriters } from './connectors/index.js'
import {
  connectorPlatforms,
  planChange,
  type ConnectorEnvironment,
  type Revision
} from './engine.js'
import { execute, type Execution, type StepOutcome } from './execute.js'
import { declaredClaims } from './grants.js'
import { runEntries, type RunInfo } from './log/entries.js'
import type { Entry, LogRecord } from './log/record.js'
import type { Plan, RequestTimes } from './plan-types.js'
import { verifyApplied, type VerifyOptions } from './verify.js'

export interface Applied {
  plan: Plan
  /** Absent when the plan was refused: then nothing ran and nothing is logged. */
  execution?: Execution
  /** What the log receives: every step's outcome, and per platform what was found absent,
   *  could not be checked, or was refused (protected accounts, the last owner). */
  entries: Entry[]
  /** The entries that are not step outcomes (section checks and refusals). */
  checks: Entry[]
  /** One `verify` entry per person and platform, from discovering again after the steps. */
  verify: Entry[]
  failed: number
  /** Outcomes and verify entries `onRecord` could not record (the log failed during the run). */
  unrecorded: Entry[]
}

/** The change and the actor, stamped on every entry; the rest is how the run reports. */
export interface ApplyOptions extends RunInfo {
  onOutcome?: (outcome: StepOutcome) => void
  /** Receives each log entry as it happens and resolves once it is recorded: the checks
   *  before the first write (a rejection stops the run, nothing revoked), a `started` entry
   *  before each write (the write is sent only once it is recorded, and not at all if that
   *  fails), then each step's outcome as it finishes, then the verify entries. */
  onRecord?: (entry: Entry) => Promise<unknown>
  /** Writes earlier runs left in doubt (`started`, never answered: LogAppender.unanswered).
   *  Each one this plan does not repeat, on a platform it read completely, is logged as
   *  already absent: discovery found it done. */
  inDoubt?: readonly LogRecord[]
  /** When the departures were requested (default: the commit time of head, see
   *  commitRequest): stamped on their records as `requested_at`. */
  requested?: RequestTimes
  /** Tuning of the re-read after apply (tests). */
  verify?: Pick<VerifyOptions, 'settle' | 'sleep'>
}

export async function applyChange(
  base: Revision,
  head: Revision,
  env: ConnectorEnvironment,
  options: ApplyOptions
): Promise<Applied> {
  const plan = await planChange(base, head, env, { requested: options.requested })
  return applyPlan(
    plan,
    {
      env,
      platforms: connectorPlatforms(base, head),
      claims: declaredClaims([base.declarations, head.declarations], base.claims),
      again: () => planChange(base, head, env)
    },
    options
  )
}

/** Where a plan is applied: the connectors' environment and settings, and how to plan the
 *  same thing again, read-only, to verify. */
export interface PlanTarget {
  env: ConnectorEnvironment
  platforms: Platforms
  claims: Claims
  again: () => Promise<Plan>
}

/** Runs a plan made by planChange (apply) or buildSweepPlan (sweep): nothing when it is
 *  refused; otherwise the checks, each step with its `started` record first, then verify. */
export async function applyPlan(
  plan: Plan,
  target: PlanTarget,
  options: Omit<ApplyOptions, 'requested'>
): Promise<Applied> {
  if (plan.refused) return { plan, entries: [], checks: [], verify: [], failed: 0, unrecorded: [] }
  const change: ChangeRef = {
    base: options.change.base,
    head: options.change.head,
    ...(options.change.pr !== null ? { pr: options.change.pr } : {})
  }
  const { env, platforms, claims } = target
  const writers = await openWriters({ ...env, platforms, change, claims })
  const log = runEntries(
    plan,
    {
      change: options.change,
      ...(options.changes ? { changes: options.changes } : {}),
      actor: options.actor,
      urgent: options.urgent,
      review: options.review
    },
    options.inDoubt
  )
  const record = options.onRecord
  const { checks } = log
  await Promise.all(checks.map(c => record?.(c)))
  const unrecorded: Entry[] = []
  const execution = await execute(plan, writers, {
    beforeWrite: record && (step => record(log.started(step, new Date().toISOString()))),
    onOutcome: async o => {
      const entry = log.outcome(o)
      await record?.(entry).catch(() => unrecorded.push(entry))
      options.onOutcome?.(o)
    }
  })
  // The steps ran: verify's entries go to the log as they are made, so that a crash later
  // leaves them on disk too.
  const verify = log.verified(await verifyApplied(plan, execution, target.again, options.verify))
  for (const v of verify) await record?.(v).catch(() => unrecorded.push(v))
  const entries = [...checks, ...execution.outcomes.map(log.outcome), ...verify]
  const failed = entries.filter(e => e.result === 'failed').length
  return { plan, execution, entries, checks, verify, failed, unrecorded }
}
