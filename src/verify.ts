// Verify after apply: every person of the applied plan is discovered again, with the same
// read-only readers plan uses, and what is found becomes one verdict per person and platform
// (a `verify` entry of the log): `verified` when nothing the change revokes is left, `failed`
// naming what remains or what could not be read. A fresh plan is the measure: what it would still do or refuse is
// left; its manual steps (and those of the applied plan) wait for a human and fail nothing.
import type { PlatformName, Step } from './connectors/connector.js'
import type { Execution } from './execute.js'
import type { PersonPlan, Plan, PlatformSection } from './plan-types.js'

/** What reading one person's platform again after apply found. */
export interface Verdict {
  /** When it was read. */
  at: string
  person: string
  platform: PlatformName
  result: 'verified' | 'failed'
  detail: string
  /** The immutable id of the account read, when one was found. */
  accountId?: string
}

export interface VerifyOptions {
  /** Waits (ms) before reading again while something is still listed: IAM and GitHub may show
   *  a removal a few seconds late. Default 1 s, then 4 s; [] reads once. */
  settle?: number[]
  sleep?: (ms: number) => Promise<void>
  now?: () => Date
}

const DEFAULT_SETTLE = [1000, 4000]

/** The verdicts on an applied plan; `again` plans the same change anew, read-only. */
export async function verifyApplied(
  applied: Plan,
  execution: Execution | undefined,
  again: () => Promise<Plan>,
  options: VerifyOptions = {}
): Promise<Verdict[]> {
  if (!applied.people.some(p => p.platforms.length > 0)) return []
  const sleep = options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const now = options.now ?? (() => new Date())
  // The steps already ran: whatever happens here, their records must still reach the log.
  const read = () =>
    again().then(
      found => judge(applied, found, execution),
      (err: unknown) => unverifiable(applied, err)
    )
  let readings = await read()
  for (const wait of options.settle ?? DEFAULT_SETTLE) {
    if (!readings.some(r => r.settling)) break
    await sleep(wait)
    readings = await read()
  }
  const at = now().toISOString()
  return readings.map(({ verdict }) => ({ at, ...verdict }))
}

interface Reading {
  verdict: Omit<Verdict, 'at'>
  /** Failed only because something is still listed: worth reading again after a wait. */
  settling: boolean
}

function judge(applied: Plan, found: Plan, execution: Execution | undefined): Reading[] {
  const skipped = new Set(
    (execution?.outcomes ?? []).filter(o => o.result === 'skipped').map(o => o.step.id)
  )
  return applied.people.flatMap(p =>
    p.platforms.map(s => {
      const again = found.people
        .find(q => q.person === p.person && q.kind === p.kind)
        ?.platforms.find(x => x.platform === s.platform)
      return verdict(p, s, again, skipped)
    })
  )
}

/** Every section failed: the fresh plan could not be made at all. */
function unverifiable(applied: Plan, err: unknown): Reading[] {
  const why = err instanceof Error ? err.message : String(err)
  return applied.people.flatMap(p =>
    p.platforms.map(s => ({
      verdict: {
        person: p.person,
        platform: s.platform,
        result: 'failed' as const,
        detail: `could not read ${s.platform} again: ${why}`
      },
      settling: false
    }))
  )
}

function verdict(
  person: PersonPlan,
  applied: PlatformSection,
  found: PlatformSection | undefined,
  skipped: Set<string>
): Reading {
  const account = found?.account ?? applied.account
  const verdict = (result: Verdict['result'], detail: string) => ({
    person: person.person,
    platform: applied.platform,
    result,
    detail: account ? `${account.display}: ${detail}` : detail,
    ...(account ? { accountId: account.id } : {})
  })
  const failed = (detail: string): Reading => ({
    verdict: verdict('failed', detail),
    settling: false
  })
  if (applied.status === 'not_checked')
    return failed(
      `not verified: nothing was revoked here (${applied.reason ?? 'not checked'}); rerun apply once ${applied.platform} can be read`
    )
  if (!found || found.status === 'not_checked' || found.status === 'declared_only')
    return failed(
      `could not read ${applied.platform} again: ${found?.reason ?? 'not discovered again'}`
    )

  const waiting = waitingSteps(applied, found, skipped)
  const waitingIds = new Set(waiting.map(s => s.id))
  // An automatic step a manual one waits for belongs to the human's work (Slack's session
  // reset before a deactivation left to the identity provider).
  const awaited = new Set(waiting.flatMap(s => s.after))
  const left = [
    ...found.steps
      .filter(s => s.mode === 'auto' && !waitingIds.has(s.id) && !awaited.has(s.id))
      .map(s => `${s.target} (${s.action})`),
    ...found.refused.map(r => `${r.target} (refused: ${r.reason})`)
  ]
  const unread = (found.unread ?? []).map(u => `${u.what} (${u.error})`)
  const human = waiting.length
    ? [`waiting for a human: ${waiting.map(s => s.target).join(', ')}`]
    : []
  if (left.length || unread.length)
    return {
      verdict: verdict(
        'failed',
        [
          ...(left.length ? [`still there: ${left.join(', ')}`] : []),
          ...(unread.length ? [`could not read: ${unread.join('; ')}`] : []),
          ...human
        ].join('; ')
      ),
      settling: unread.length === 0 && found.refused.length === 0
    }
  const facts =
    found.status === 'no_account'
      ? (found.reason ?? 'no account')
      : found.holdings.length
        ? `still listed, giving no access: ${found.holdings.map(h => h.label).join(', ')}`
        : ''
  return {
    verdict: verdict('verified', ['nothing left', facts, ...human].filter(Boolean).join('; ')),
    settling: false
  }
}

/** Manual steps of the applied plan that were skipped for a human, and those the fresh plan
 *  still holds (a deploy key is found only while its author is a member). */
function waitingSteps(
  applied: PlatformSection,
  found: PlatformSection,
  skipped: Set<string>
): Step[] {
  const byId = new Map<string, Step>()
  for (const s of applied.steps) if (s.mode === 'manual' && skipped.has(s.id)) byId.set(s.id, s)
  for (const s of found.steps) if (s.mode === 'manual') byId.set(s.id, s)
  return [...byId.values()]
}
