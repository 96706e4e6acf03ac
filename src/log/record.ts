// Revocation log records (SPEC section 5): one per executed step, hash-chained.
import { createHash } from 'node:crypto'
import type { Result } from '../connectors/connector.js'
import type { Execution } from '../execute.js'
import { canonicalize } from './canonical.js'
import { redact } from './redact.js'

/** The change a run applied. */
export interface ChangeInfo {
  base: string
  head: string
  /** The pull request that made the change; null when applied outside one. */
  pr: number | null
  approvers: string[]
}

export interface LogRecord {
  v: 1
  /** 1 for the first record ever, then +1 across all files. */
  seq: number
  at: string
  person: string
  change: ChangeInfo
  actor: string
  platform: string
  action: string
  target: string
  result: Result
  detail: string
  /** `hash` of the record before, GENESIS for the first. */
  prev: string
  /** SHA-256 (hex) of the record without `hash`, in canonical JSON. */
  hash: string
}

/** A record before it is chained: what happened, not yet where in the log. */
export type Entry = Omit<LogRecord, 'v' | 'seq' | 'prev' | 'hash'>

/** Where the chain stands: the last record's seq and hash. */
export interface ChainHead {
  seq: number
  hash: string
}

export const GENESIS = '0'.repeat(64)

/** The hash a record must carry: over every field but `hash` itself. */
export function recordHash(record: Record<string, unknown>): string {
  const rest = { ...record }
  delete rest.hash
  return createHash('sha256').update(canonicalize(rest), 'utf8').digest('hex')
}

/** One entry per executed step, in plan order, dated when the step finished. */
export function entriesFrom(
  execution: Execution,
  run: { change: ChangeInfo; actor: string }
): Entry[] {
  return execution.outcomes.map(o => ({
    at: o.finishedAt,
    person: o.step.person,
    change: run.change,
    actor: run.actor,
    platform: o.step.platform,
    action: o.step.action,
    target: o.step.target,
    result: o.result,
    detail: o.detail
  }))
}

/** Chains entries after `head` (or from the start); a record may be passed as an entry and
 *  is chained anew. Target and detail are redacted here, the one door into the log. Fields
 *  are in SPEC order so the lines read well (the hash does not depend on the order). */
export function chain(entries: Entry[], head?: ChainHead): LogRecord[] {
  let seq = head?.seq ?? 0
  let prev = head?.hash ?? GENESIS
  return entries.map(e => {
    const unhashed = {
      v: 1 as const,
      seq: ++seq,
      at: e.at,
      person: e.person,
      change: {
        base: e.change.base,
        head: e.change.head,
        pr: e.change.pr,
        approvers: e.change.approvers
      },
      actor: e.actor,
      platform: e.platform,
      action: e.action,
      target: redact(e.target),
      result: e.result,
      detail: redact(e.detail),
      prev
    }
    prev = recordHash(unhashed)
    return { ...unhashed, hash: prev }
  })
}
