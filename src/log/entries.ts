// The revocation log's entries of one apply, built in one place and in the order they are
// recorded: first what the plan itself is evidence of (before any write), then a `started`
// entry before each write and the step's outcome once it is answered, then one `verify` entry
// per person and platform read again after the steps. Every entry is stamped in one place
// with what the whole run shares.
import type { Step } from '../connectors/connector.js'
import type { StepOutcome } from '../execute.js'
import type { Plan } from '../plan-types.js'
import type { Verdict } from '../verify.js'
import type { ChangeInfo, Entry, LogRecord, ReviewEvidence } from './record.js'

/** Who ran the change: what every entry of one apply shares. */
export interface RunInfo {
  change: ChangeInfo
  /** Per person, the change their records name instead of `change`: a sweep's people each
   *  finish a departure of their own. */
  changes?: ReadonlyMap<string, ChangeInfo>
  actor: string
  /** Revoked before review (mode `offboard` with urgent): said on each departure's records. */
  urgent?: boolean
  /** How the change was reviewed (the action's apply); the plan's side is added here. */
  review?: Omit<ReviewEvidence, 'plan' | 'plan_matches'>
}

/** What an entry says happened, before the run's stamp. */
type Happened = Omit<Entry, 'change' | 'actor'>

/** The entries of one apply of a plan. */
export interface RunEntries {
  /** Before the first write, in this order: each departure refused for its person, each write
   *  an earlier run left in doubt that discovery now finds done, and per platform section
   *  what was found absent, could not be read, or was refused. */
  checks: Entry[]
  /** Before a step's write is sent: the step, result `started`. */
  started(step: Step, at: string): Entry
  /** A step's outcome, dated when the step finished. */
  outcome(outcome: StepOutcome): Entry
  /** The re-read after apply: one `verify` entry per verdict. */
  verified(verdicts: Verdict[]): Entry[]
}

/** The entries of applying `plan` for `run`; `inDoubt` are the writes earlier runs started
 *  and never saw answered (LogAppender.unanswered). */
export function runEntries(
  plan: Plan,
  run: RunInfo,
  inDoubt: readonly LogRecord[] = []
): RunEntries {
  const ids = accountIds(plan)
  const departures = new Map(
    plan.people.filter(p => p.kind === 'departure').map(p => [p.person, p] as const)
  )
  const review: ReviewEvidence | undefined = run.review && {
    ...run.review,
    plan: plan.hash,
    plan_matches: run.review.posted_plan === plan.hash
  }
  // The one place the fields every entry of the run carries are set. An entry keeps the id
  // of an account it names itself; otherwise it gets the one its plan section found, so
  // that a later rename is recognised. Every record of a departure says when it was
  // requested (the start of its time to revoke) and whether it was urgent.
  const stamp = (e: Happened): Entry => {
    const accountId = e.account_id ?? ids.get(key(e.platform, e.person))
    const departure = departures.get(e.person)
    return {
      ...e,
      change: run.changes?.get(e.person) ?? run.change,
      actor: run.actor,
      ...(departure?.requestedAt ? { requested_at: departure.requestedAt } : {}),
      ...(departure && run.urgent ? { urgent: true } : {}),
      ...(accountId ? { account_id: accountId } : {}),
      ...(review ? { review } : {})
    }
  }
  const ofStep = (step: Step, at: string, result: Entry['result'], detail: string) =>
    stamp({
      at,
      person: step.person,
      platform: step.platform,
      action: step.action,
      target: step.target,
      result,
      detail
    })
  return {
    checks: [
      ...refusedDepartures(plan),
      ...settledWrites(plan, inDoubt),
      ...sectionChecks(plan, run.change.kind === 'sweep')
    ].map(stamp),
    started: (step, at) => ofStep(step, at, 'started', ''),
    outcome: o => ofStep(o.step, o.finishedAt, o.result, o.detail),
    verified: verdicts =>
      verdicts.map(v =>
        stamp({
          at: v.at,
          person: v.person,
          platform: v.platform,
          action: 'verify',
          target: v.person,
          result: v.result,
          detail: v.detail,
          ...(v.accountId ? { account_id: v.accountId } : {})
        })
      )
  }
}

const key = (platform: string, person: string) => `${platform} ${person}`

/** The id of the account each plan section found, by platform and person. */
function accountIds(plan: Plan): Map<string, string> {
  const ids = new Map<string, string>()
  for (const p of plan.people)
    for (const s of p.platforms) if (s.account) ids.set(key(s.platform, p.person), s.account.id)
  return ids
}

/** A departure refused for its person (src/trust.ts) did not happen: a failed record says so
 *  and why, so neither the run nor an auditor takes it for done. */
const refusedDepartures = (plan: Plan): Happened[] =>
  plan.people.flatMap(p =>
    p.refused
      ? [
          {
            at: plan.createdAt,
            person: p.person,
            platform: 'offboard',
            action: 'refuse_departure',
            target: p.person,
            result: 'failed' as const,
            detail: `refused: ${p.refused.message}`
          }
        ]
      : []
  )

/** The writes left in doubt that discovery found done: on a platform this plan checked, their
 *  step is neither planned again nor refused (what it acts on is gone). */
function settledWrites(plan: Plan, inDoubt: readonly LogRecord[]): Happened[] {
  return inDoubt.flatMap(w => {
    const section = plan.people
      .find(p => p.person === w.person)
      ?.platforms.find(s => s.platform === w.platform)
    // A platform with a read that failed may hide the write's target: nothing is concluded.
    const checked =
      (section?.status === 'checked' || section?.status === 'no_account') && !section.unread?.length
    const again =
      section?.steps.some(s => s.action === w.action && s.target === w.target) ||
      section?.refused.some(r => r.target === w.target)
    if (!checked || again) return []
    return [
      {
        at: plan.createdAt,
        person: w.person,
        platform: w.platform,
        action: w.action,
        target: w.target,
        result: 'already_absent' as const,
        detail: `the write started at seq ${w.seq} was never answered (its run stopped): discovery finds it done`
      }
    ]
  })
}

/** Evidence beyond the steps: a platform where a departing person holds nothing, or nothing
 *  left to revoke (deactivated earlier, or revoked by an urgent run before the merge), is
 *  logged as already absent, so a rerun still leaves a trace of the check (not by a sweep,
 *  whose `verify` record is that trace: a sweep that finds nothing logs one record per
 *  platform); one that could not be checked, and each read that failed, as failed (apply
 *  must not pass without looking); each refusal as skipped. */
function sectionChecks(plan: Plan, sweep: boolean): Happened[] {
  return plan.people.flatMap(p =>
    p.platforms.flatMap(s => {
      const entry = (fields: Pick<Entry, 'action' | 'target' | 'result' | 'detail'>) => ({
        at: plan.createdAt,
        person: p.person,
        platform: s.platform,
        ...fields
      })
      const out: Happened[] = []
      const nothingLeft =
        s.status === 'checked' &&
        s.steps.length === 0 &&
        s.refused.length === 0 &&
        !s.unread?.length
      if (!sweep && p.kind === 'departure' && (s.status === 'no_account' || nothingLeft))
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
      for (const u of s.unread ?? [])
        out.push(entry({ action: 'discover', target: u.what, result: 'failed', detail: u.error }))
      for (const r of s.refused)
        out.push(entry({ action: 'refuse', target: r.target, result: 'skipped', detail: r.reason }))
      return out
    })
  )
}
