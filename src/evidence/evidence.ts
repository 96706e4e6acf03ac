// The evidence an auditor samples: one row per departure in a period, from the revocation log
// (checked first: a broken chain gives no report) and the git history, bound to the chain's
// head. Nothing here asks a platform anything. Every time is UTC; a period's days are UTC days,
// both ends included.
import type { ChainHead } from '../log/record.js'
import { chainRecords, type LogFile } from '../log/verify.js'
import {
  loggedChanges,
  verifiedEverywhere,
  type LoggedDeparture,
  type StepCounts
} from './departures.js'
import { departureHistory, type DepartureHistory } from './history.js'
import { judge, type Sla } from './timing.js'

export interface EvidenceRow {
  person: string
  name?: string
  departedOn?: string
  how?: DepartureHistory['how']
  /** When it was requested: `log` from its records' `requested_at`; `commit` the commit time of
   *  its change (records written without one); absent when neither is known. */
  requestedAt?: string
  requestedFrom?: 'log' | 'commit'
  /** The later of requestedAt and the start of departedOn; dueBy is revokeWithin after it. */
  clockStart?: string
  dueBy?: string
  pr: number | null
  approvers: string[]
  urgent: boolean
  firstRevocation?: string
  lastRevocation?: string
  /** When the last platform was verified gone; absent until every platform is. */
  verifiedAt?: string
  timeToRevokeMs?: number
  sla: Sla
  steps: StepCounts
  manualOpen: { platform: string; target: string }[]
  /** Platforms whose latest re-read did not find everything gone. */
  unverified: string[]
  /** The first and last seq of its records in the log. */
  seq: [number, number]
  /** What could not be told, and why. */
  notes: string[]
}

export interface Period {
  /** YYYY-MM-DD, UTC, included. */
  since?: string
  until?: string
}

export interface Evidence extends Period {
  generatedAt: string
  revokeWithin: string
  /** The log the report is bound to. */
  log: { records: number; files: number; head?: ChainHead }
  rows: EvidenceRow[]
  totals: {
    departures: number
    late: number
    /** Not yet verified gone, deadline not passed. */
    pending: number
    /** Without a request time, or logged before offboard verified after apply. */
    unknown: number
    medianMs?: number
    worstMs?: number
  }
}

export interface EvidenceInput extends Period {
  files: LogFile[]
  dir: string
  cwd: string
  revokeWithin: string
  now: Date
}

/** A chain that does not verify: where, and what is wrong. */
export interface BrokenChain {
  where: string
  problem: string
}

export async function buildEvidence(input: EvidenceInput): Promise<Evidence | BrokenChain> {
  const read = chainRecords(input.files)
  if (!read.ok) return { where: read.where, problem: read.problem }
  const candidates = await Promise.all(
    loggedChanges(read.all).map(async d => ({
      d,
      history: await departureHistory(d, input.dir, input.cwd)
    }))
  )
  const rows = candidates
    .filter(c => c.history.departure)
    .map(c => row(c.d, c.history, input))
    .filter(r => inPeriod(r, input))
  const times = rows.flatMap(r => (r.timeToRevokeMs === undefined ? [] : [r.timeToRevokeMs]))
  return {
    generatedAt: input.now.toISOString(),
    ...(input.since ? { since: input.since } : {}),
    ...(input.until ? { until: input.until } : {}),
    revokeWithin: input.revokeWithin,
    log: {
      records: read.records,
      files: read.files,
      ...(read.head ? { head: { seq: read.head.seq, hash: read.head.hash } } : {})
    },
    rows,
    totals: {
      departures: rows.length,
      late: rows.filter(r => r.sla === 'late').length,
      pending: rows.filter(r => r.sla === 'pending').length,
      unknown: rows.filter(r => r.sla === 'unknown').length,
      ...(times.length ? { medianMs: median(times), worstMs: Math.max(...times) } : {})
    }
  }
}

function row(d: LoggedDeparture, h: DepartureHistory, input: EvidenceInput): EvidenceRow {
  const requestedAt = d.requestedAt ?? h.committedAt
  const verifiedAt = verifiedEverywhere(d)
  const timing = judge(requestedAt, h.departedOn, verifiedAt, input.revokeWithin, input.now)
  // Records written before offboard verified after apply cannot show access gone in time.
  const unverifiable = d.platforms.length > 0 && d.platforms.every(p => p.lastVerify === undefined)
  const notes = [
    ...(h.unknown ? [h.unknown] : []),
    ...(d.refused ? ['the departure was refused for this person: nothing was revoked'] : []),
    ...(!d.requestedAt && requestedAt
      ? ['logged without requested_at: requested at is the commit time of the change']
      : []),
    ...(unverifiable
      ? ['no verification recorded (records written before offboard verified after apply)']
      : [])
  ]
  return {
    person: d.person,
    ...(h.name ? { name: h.name } : {}),
    ...(h.departedOn ? { departedOn: h.departedOn } : {}),
    ...(h.how ? { how: h.how } : {}),
    ...(requestedAt
      ? { requestedAt, requestedFrom: d.requestedAt ? ('log' as const) : ('commit' as const) }
      : {}),
    ...(timing.clockStart ? { clockStart: timing.clockStart, dueBy: timing.dueBy } : {}),
    pr: d.pr,
    approvers: d.approvers,
    urgent: d.urgent,
    ...(d.firstRevocation
      ? { firstRevocation: d.firstRevocation, lastRevocation: d.lastRevocation }
      : {}),
    ...(verifiedAt ? { verifiedAt } : {}),
    ...(timing.timeToRevokeMs !== undefined ? { timeToRevokeMs: timing.timeToRevokeMs } : {}),
    sla: unverifiable ? 'unknown' : timing.sla,
    steps: d.steps,
    manualOpen: d.manualOpen,
    unverified: d.platforms.filter(p => !p.verified).map(p => p.platform),
    seq: d.seq,
    notes
  }
}

/** A departure is in the period by the UTC day it was requested, both ends included; one
 *  without a request time only in a report without a period. */
function inPeriod(r: EvidenceRow, p: Period): boolean {
  if (!p.since && !p.until) return true
  if (!r.requestedAt) return false
  const day = new Date(r.requestedAt).toISOString().slice(0, 10)
  return (!p.since || day >= p.since) && (!p.until || day <= p.until)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
