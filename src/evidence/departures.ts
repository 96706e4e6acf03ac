// The departures the revocation log records, read back from its records alone: one per
// person and change (its pull request, else its head commit), across every run that applied
// it (an urgent revocation and the apply after merge; reruns after a failure). A pure
// function over records; the evidence report and the audit's late_revocation build on it.
import { isWaiting } from '../graph.js'
import type { ChangeInfo, LogRecord } from '../log/record.js'

/** One platform of a departure: when the first write was sent, and whether its latest
 *  re-read after apply found nothing left. */
export interface PlatformEvidence {
  platform: string
  /** The first `started` record (a write sent); absent when nothing had to be revoked. */
  firstRequest?: string
  /** The latest `verify` record says nothing is left. */
  verified: boolean
  /** Since when: the first `verified` record after the last failed one. */
  verifiedAt?: string
  /** The latest `verify` record's detail (what is left, or what waits for a human). */
  lastVerify?: string
}

export interface StepCounts {
  revoked: number
  already_absent: number
  skipped: number
  failed: number
}

export interface LoggedDeparture {
  person: string
  /** The pull request, null for a change applied outside one. */
  pr: number | null
  /** Every change (base, head) its records name, in the order first seen. */
  changes: ChangeInfo[]
  /** Everyone any of its records names as an approver, sorted. */
  approvers: string[]
  /** Some record says it was revoked before review. */
  urgent: boolean
  /** The earliest `requested_at` its records carry; absent for records written without one
   *  (version 1, or before offboard recorded it): the history then tells (history.ts). */
  requestedAt?: string
  /** The first and the last `revoked` record. */
  firstRevocation?: string
  lastRevocation?: string
  platforms: PlatformEvidence[]
  /** Step outcomes, `started` and `verify` records aside. */
  steps: StepCounts
  /** Steps left to a human that the latest re-read of their platform still lists. */
  manualOpen: { platform: string; target: string }[]
  /** Seq of its first and last record: where an auditor finds them in the log. */
  seq: [number, number]
  /** The departure was refused for its person (a `refuse_departure` record). */
  refused: boolean
}

/** The platform that holds no account: a departure refused for its person. */
const OFFBOARD = 'offboard'

/** Every change a person's records belong to, grouped: by pull request, else by head. */
const groupKey = (r: LogRecord) =>
  JSON.stringify([r.person, r.change.pr ?? `head ${r.change.head}`])

/** The records grouped per person and change, in the order their first record appears. A
 *  group with `requestedAt` is a departure; one without is a departure or a reduction
 *  logged before offboard recorded request times, which only the history can tell. */
export function loggedChanges(records: readonly LogRecord[]): LoggedDeparture[] {
  const groups = new Map<string, LogRecord[]>()
  for (const r of records) {
    const key = groupKey(r)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return [...groups.values()].map(summarise)
}

function summarise(records: LogRecord[]): LoggedDeparture {
  const first = records[0]
  const changes = new Map<string, ChangeInfo>()
  for (const r of records) changes.set(`${r.change.base} ${r.change.head}`, r.change)
  const requested = records.flatMap(r => (r.requested_at ? [r.requested_at] : [])).sort()
  const revoked = records.filter(r => r.result === 'revoked').map(r => r.at)
  const steps: StepCounts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 }
  for (const r of records)
    if (r.action !== 'verify' && r.result !== 'started' && r.result !== 'verified')
      steps[r.result]++
  const platforms = [...new Set(records.map(r => r.platform))]
    .filter(p => p !== OFFBOARD)
    .map(p => platformEvidence(p, records))
  return {
    person: first.person,
    pr: first.change.pr,
    changes: [...changes.values()],
    approvers: [...new Set(records.flatMap(r => r.change.approvers))].sort(),
    urgent: records.some(r => r.urgent === true),
    ...(requested.length ? { requestedAt: requested[0] } : {}),
    ...(revoked.length ? { firstRevocation: min(revoked), lastRevocation: max(revoked) } : {}),
    platforms,
    steps,
    manualOpen: manualOpen(records, platforms),
    seq: [first.seq, records[records.length - 1].seq],
    refused: records.some(r => r.action === 'refuse_departure')
  }
}

function platformEvidence(platform: string, all: LogRecord[]): PlatformEvidence {
  const records = all.filter(r => r.platform === platform)
  const started = records.filter(r => r.result === 'started').map(r => r.at)
  const verifies = records.filter(r => r.action === 'verify')
  const last = verifies[verifies.length - 1]
  const lastFailed = verifies.map(r => r.result).lastIndexOf('failed')
  const since = verifies.slice(lastFailed + 1).find(r => r.result === 'verified')
  return {
    platform,
    ...(started.length ? { firstRequest: min(started) } : {}),
    verified: last?.result === 'verified',
    ...(last?.result === 'verified' && since ? { verifiedAt: since.at } : {}),
    ...(last ? { lastVerify: last.detail } : {})
  }
}

/** The steps left to a human whose platform's latest re-read still names them (or was never
 *  read again): each once. */
function manualOpen(records: LogRecord[], platforms: PlatformEvidence[]) {
  const open = new Map<string, { platform: string; target: string }>()
  for (const r of records.filter(isWaiting)) {
    const read = platforms.find(p => p.platform === r.platform)?.lastVerify
    if (read === undefined || read.includes(r.target))
      open.set(JSON.stringify([r.platform, r.target]), { platform: r.platform, target: r.target })
  }
  return [...open.values()]
}

/** When the departure was verified gone everywhere: the last platform's `verifiedAt`, once
 *  every platform is verified; undefined before (or for one with no platform: refused). */
export function verifiedEverywhere(d: LoggedDeparture): string | undefined {
  if (d.platforms.length === 0 || !d.platforms.every(p => p.verified)) return undefined
  return max(d.platforms.map(p => p.verifiedAt!))
}

const min = (times: string[]) => times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a))
const max = (times: string[]) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
