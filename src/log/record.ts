// Revocation log records (SPEC section 5): one per executed step or check, hash-chained; the
// entries of a run are built in entries.ts.
// Version 2 adds optional fields; one chain may hold records of both versions.
import { createHash } from 'node:crypto'
import type { Result } from '../connectors/connector.js'
import { canonicalize } from './canonical.js'
import { redactDeep } from './redact.js'

/** The change a run applied. */
export interface ChangeInfo {
  base: string
  head: string
  /** The pull request that made the change; null when applied outside one. */
  pr: number | null
  approvers: string[]
  /** v2: `sweep` for a run of `offboard sweep`, which finishes a departure already merged:
   *  base, head, pr and approvers are then that departure's (read from its records), and
   *  `swept` is the default branch's commit the sweep read. Absent for a change applied. */
  kind?: 'sweep'
  swept?: string
}

/** How the change an apply of the action ran was reviewed, and whether the plan it applied is
 *  the one reviewers last saw. */
export interface ReviewEvidence {
  /** A merged pull request brought the change (`change.pr`); false for a push without one. */
  merged: boolean
  /** That pull request's head commit: what its reviewers saw. */
  pr_head?: string
  /** Who opened it. */
  author?: string
  /** Someone other than the author and the people the change departs approved the head
   *  commit (`change.approvers` lists who approved it). */
  approved: boolean
  /** The hash of the plan applied. */
  plan: string
  /** The hash of the plan offboard last posted on the pull request for its head; absent when
   *  it posted none for that commit. */
  posted_plan?: string
  /** `plan` equals `posted_plan`. */
  plan_matches: boolean
}

/** What a record says happened: a step's result, `verified` for a check after apply that
 *  found nothing left, or `started` for a write about to be sent (its outcome follows in a
 *  record of the same run; without one, the run stopped before the platform answered). */
export type LogResult = Result | 'verified' | 'started'

export interface LogRecord {
  /** 2 for every record written now; 1 for records written before version 2. */
  v: 1 | 2
  /** 1 for the first record ever, then +1 across all files. */
  seq: number
  at: string
  person: string
  change: ChangeInfo
  actor: string
  platform: string
  action: string
  target: string
  result: LogResult
  detail: string
  /** v2: when the departure was requested (ISO), for time-to-revoke evidence; on every
   *  record of a departure (src/plan-types.ts RequestTimes). */
  requested_at?: string
  /** v2: `true` on the records of a departure revoked before review (mode `offboard` with
   *  urgent); absent otherwise. */
  urgent?: true
  /** v2: the immutable id of the platform account concerned (GitHub user id, IAM user id,
   *  Slack member id, SCIM id), so a later rename is recognised. */
  account_id?: string
  /** v2: the apply run that wrote the record, the same for all its records, so a `started`
   *  record is matched with its outcome. */
  run?: string
  /** v2, apply in the action: how the change was reviewed (ReviewEvidence). */
  review?: ReviewEvidence
  /** `hash` of the record before, GENESIS for the first. */
  prev: string
  /** SHA-256 (hex) of the record without `hash`, in canonical JSON. */
  hash: string
}

/** A record before it is chained: what happened, not yet where in the log. */
export type Entry = Omit<LogRecord, 'v' | 'seq' | 'prev' | 'hash'>

/** The version-2 fields a record carries only when they are known. */
const OPTIONAL = ['requested_at', 'urgent', 'account_id', 'run', 'review'] as const

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

/** Chains entries after `head` (or from the start); a record may be passed as an entry and
 *  is chained anew. Every string field is redacted here, the one door into the log. Fields
 *  are in SPEC order so the lines read well (the hash does not depend on the order). */
export function chain(entries: Entry[], head?: ChainHead): LogRecord[] {
  let seq = head?.seq ?? 0
  let prev = head?.hash ?? GENESIS
  return entries.map(entry => {
    const e = redactDeep(entry)
    const optional: Partial<Pick<LogRecord, (typeof OPTIONAL)[number]>> = {}
    for (const k of OPTIONAL) if (e[k] !== undefined) Object.assign(optional, { [k]: e[k] })
    const unhashed = {
      v: 2 as const,
      seq: ++seq,
      at: e.at,
      person: e.person,
      change: {
        ...(e.change.kind ? { kind: e.change.kind } : {}),
        base: e.change.base,
        head: e.change.head,
        pr: e.change.pr,
        approvers: e.change.approvers,
        ...(e.change.swept ? { swept: e.change.swept } : {})
      },
      actor: e.actor,
      platform: e.platform,
      action: e.action,
      target: e.target,
      result: e.result,
      detail: e.detail,
      ...optional,
      prev
    }
    prev = recordHash(unhashed)
    return { ...unhashed, hash: prev }
  })
}
