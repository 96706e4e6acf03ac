// Apply: plan again with live discovery (the world may have changed since the review), run
// every step with connectors that can write, and turn what happened into log entries.
import type { ChangeRef } from './connectors/connector.js'
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
 *  left to revoke (deactivated earlier, or revoked by an urgent run before the merge), is
 *  logged as already absent, so a rerun still leaves a trace of the check; one that could not
 *  be checked as failed (apply must not pass without looking); each refusal as skipped. */
function sectionEntries(plan: Plan, run: ApplyOptions): Entry[] {
  return plan.people.flatMap(p =>
    p.platforms.flatMap(s => {
      const entry = (fields: Pick<Entry, 'action' | 'target' | 'result' | 'detail'>): Entry => ({
        at: plan.createdAt,
        person: p.person,
        change: run.change,
        actor: run.actor,
        platform: s.platform,
        ...fields
      })
      const out: Entry[] = []
      const nothingLeft = s.status === 'checked' && s.steps.length === 0 && s.refused.length === 0
      if (p.kind === 'departure' && (s.status === 'no_account' || nothingLeft))
        out.push(
          entry({
            action: 'check_account',
            target: p.person,
            result: 'already_absent',
            detail: nothingLeft
              ? `${s.account?.display ?? p.person}: nothing left to revoke`
              : (s.reason ?? 'no account found')
          })
        )
      if (s.status === 'not_checked')
        out.push(
          entry({
            action: 'discover',
            target: p.person,
            result: 'failed',
            detail: s.reason ?? 'not checked'
          })
        )
      for (const r of s.refused)
        out.push(entry({ action: 'refuse', target: r.target, result: 'skipped', detail: r.reason }))
      return out
    })
  )
}
