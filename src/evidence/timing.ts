// When a departure's revocation is due. The clock starts when the departure was requested,
// or at the start of its departure day (00:00 UTC) when that is later: a departure announced
// ahead of the day is due on the day, not before. Every time is UTC.
import { durationMs } from '../duration.js'

/** When the time to revoke starts: `requestedAt`, or `departedOn` (YYYY-MM-DD) at 00:00 UTC
 *  when that is later. */
export function clockStart(requestedAt: string, departedOn?: string): string {
  const day = departedOn ? `${departedOn}T00:00:00.000Z` : undefined
  return day && Date.parse(day) > Date.parse(requestedAt) ? day : requestedAt
}

/** By when access must be verified gone: `within` (policy.revoke_within) after clockStart. */
export function dueBy(requestedAt: string, departedOn: string | undefined, within: string): string {
  return new Date(
    Date.parse(clockStart(requestedAt, departedOn)) + durationMs(within)
  ).toISOString()
}

/** Whether access was verified gone in time: `pending` while it is not and the deadline has
 *  not passed, `unknown` without a request time. */
export type Sla = 'within' | 'late' | 'pending' | 'unknown'

export interface Timing {
  clockStart?: string
  dueBy?: string
  /** From clockStart to verified gone everywhere (0 when verified before the clock started). */
  timeToRevokeMs?: number
  sla: Sla
}

/** How a departure requested at `requestedAt` and verified gone at `verifiedAt` (if it was)
 *  stands against `within`, at `now`. */
export function judge(
  requestedAt: string | undefined,
  departedOn: string | undefined,
  verifiedAt: string | undefined,
  within: string,
  now: Date
): Timing {
  if (!requestedAt) return { sla: 'unknown' }
  const start = clockStart(requestedAt, departedOn)
  const due = dueBy(requestedAt, departedOn, within)
  if (!verifiedAt)
    return {
      clockStart: start,
      dueBy: due,
      sla: now.getTime() > Date.parse(due) ? 'late' : 'pending'
    }
  return {
    clockStart: start,
    dueBy: due,
    timeToRevokeMs: Math.max(0, Date.parse(verifiedAt) - Date.parse(start)),
    sla: Date.parse(verifiedAt) > Date.parse(due) ? 'late' : 'within'
  }
}
