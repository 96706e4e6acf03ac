// Apply: plan again with live discovery (the world may have changed since the review), run
// every step with connectors that can write, and turn what happened into log entries.
import type { ChangeRef, PlatformName } from './connectors/connector.js'
import { openWriters } from './connectors/index.js'
import { planChange, type ConnectorEnvironment, type Revision } from './engine.js'
import { execute, type Execution, type StepOutcome } from './execute.js'
import { entriesFrom, type ChangeInfo, type Entry } from './log/record.js'
import type { Plan } from './plan-types.js'

export interface Applied {
  plan: Plan
  /** Absent when the plan was refused: then nothing ran and nothing is logged. */
  execution?: Execution
  /** What the log receives: every step's outcome, and per platform what was found absent,
   *  could not be checked, or was refused (protected accounts, the last owner). */
  entries: Entry[]
  /** The entries that are not step outcomes (section checks and refusals). */
  checks: Entry[]
  failed: number
}

export interface ApplyOptions {
  change: ChangeInfo
  actor: string
  onOutcome?: (outcome: StepOutcome) => void
}

export async function applyChange(
  base: Revision,
  head: Revision,
  env: ConnectorEnvironment,
  options: ApplyOptions
): Promise<Applied> {
  const plan = await planChange(base, head, env)
  if (plan.refused) return { plan, entries: [], checks: [], failed: 0 }
  const change: ChangeRef = {
    base: options.change.base,
    head: options.change.head,
    ...(options.change.pr !== null ? { pr: options.change.pr } : {})
  }
  const writers = openWriters({ ...env, platforms: head.declarations.platforms, change })
  const execution = await execute(plan, writers, { onOutcome: options.onOutcome })
  const checks = sectionEntries(plan, options)
  const entries = [
    ...checks,
    ...entriesFrom(execution, { change: options.change, actor: options.actor })
  ]
  const failed = entries.filter(e => e.result === 'failed').length
  return { plan, execution, entries, checks, failed }
}

/** Evidence beyond the steps: a platform where a departing person holds nothing, or nothing
 *  left to revoke, is logged as already absent (so a rerun still leaves a trace of the check), one that could not be
 *  checked as failed (apply must not pass without looking), and each refusal as skipped. */
function sectionEntries(plan: Plan, run: ApplyOptions): Entry[] {
  const entry = (
    person: string,
    platform: PlatformName,
    fields: Pick<Entry, 'action' | 'target' | 'result' | 'detail'>
  ): Entry => ({
    at: plan.createdAt,
    person,
    change: run.change,
    actor: run.actor,
    platform,
    ...fields
  })
  return plan.people.flatMap(p =>
    p.platforms.flatMap(s => {
      const out: Entry[] = []
      if (s.status === 'no_account' && p.kind === 'departure')
        out.push(
          entry(p.person, s.platform, {
            action: 'check_account',
            target: p.person,
            result: 'already_absent',
            detail: s.reason ?? 'no account found'
          })
        )
      // An account found with nothing left on it (deactivated earlier, or revoked by an
      // urgent run before the merge) is evidence too.
      if (
        s.status === 'checked' &&
        p.kind === 'departure' &&
        s.steps.length === 0 &&
        s.refused.length === 0
      )
        out.push(
          entry(p.person, s.platform, {
            action: 'check_account',
            target: p.person,
            result: 'already_absent',
            detail: `${s.account?.display ?? p.person}: nothing left to revoke`
          })
        )
      if (s.status === 'not_checked')
        out.push(
          entry(p.person, s.platform, {
            action: 'discover',
            target: p.person,
            result: 'failed',
            detail: s.reason ?? 'not checked'
          })
        )
      for (const r of s.refused)
        out.push(
          entry(p.person, s.platform, {
            action: 'refuse',
            target: r.target,
            result: 'skipped',
            detail: r.reason
          })
        )
      return out
    })
  )
}
