// What a run did: a line per outcome as it happens, one line of counts (the command line, the
// action), and a Markdown table (the job summary of apply, and the comment an urgent
// revocation leaves on its pull request).
import { formatSpan } from '../duration.js'
import { loggedChanges, verifiedEverywhere } from '../evidence/departures.js'
import type { StepOutcome } from '../execute.js'
import { isWaiting } from '../graph.js'
import type { Entry, LogRecord } from '../log/record.js'
import type { Plan } from '../plan-types.js'
import { cell } from './markdown.js'
import { printable } from './printable.js'

/** One progress line: person, platform, action, target, result and detail. */
export const progressLine = (o: StepOutcome): string => outcomeLine({ ...o.step, ...o })

/** One line for any outcome worth showing, a step's or a check's (the log's fields); what
 *  platforms named is shown escaped, so it cannot forge another line. */
export const outcomeLine = (o: {
  person: string
  platform: string
  action: string
  target: string
  result: string
  detail: string
}): string =>
  printable(
    [o.person, o.platform, o.action, o.target, o.result, o.detail].filter(x => x !== '').join('  ')
  )

/** Manual steps the run left to a human (deploy keys): listed apart, so nobody forgets them. */
export const waitingForHuman = (entries: Entry[]): Entry[] => entries.filter(isWaiting)

/** One line per step waiting for a human, for the terminal and the job log (a deploy key's
 *  title is the platform's text: shown escaped). */
export function waitingLines(entries: Entry[]): string[] {
  const waiting = waitingForHuman(entries)
  if (!waiting.length) return []
  return [
    `waiting for a human: ${waiting.length} (the audit reports each as manual_step_pending until it is done)`,
    ...waiting.map(e => printable(`  ${e.person}  ${e.platform}  ${e.action}  ${e.target}`))
  ]
}

export function appliedMarkdown(entries: Entry[]): string {
  const rows = entries.map(
    e =>
      `| ${[e.person, e.platform, e.action, e.target, `**${e.result}**`, e.detail].map(cell).join(' | ')} |`
  )
  const waiting = waitingForHuman(entries).map(
    e =>
      `- **${cell(e.person)}** ${cell(e.platform)} \`${e.action}\` ${cell(e.target)}: ${cell(e.detail)}`
  )
  return [
    '| person | platform | action | target | result | detail |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(waiting.length
      ? [
          '',
          `**Waiting for a human** (${waiting.length}): the scheduled audit reports each as \`manual_step_pending\` until it is done.`,
          '',
          ...waiting
        ]
      : [])
  ].join('\n')
}

/** `3 revoked, 1 already absent, 0 skipped, 0 failed` (and `, 4 verified` when checked). */
export function tally(entries: Entry[]): string {
  // A `started` record is counted by the outcome that follows it.
  const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0, verified: 0, started: 0 }
  for (const e of entries) counts[e.result]++
  return `${counts.revoked} revoked, ${counts.already_absent} already absent, ${counts.skipped} skipped, ${counts.failed} failed${counts.verified ? `, ${counts.verified} verified` : ''}`
}

/** Per departure of the run: how long each platform took, from its first write sent to its
 *  re-read finding nothing left, and whether everything was verified gone by the plan's due
 *  time (policy.revoke_within). One line each. `records` are the run's log records. */
export function revocationTimes(plan: Plan, records: readonly LogRecord[]): string[] {
  const logged = loggedChanges(records)
  return plan.people.flatMap(p => {
    const d = logged.find(l => l.person === p.person)
    if (p.kind !== 'departure' || !d || d.refused) return []
    const platforms = d.platforms.map(s => {
      if (!s.verified) return `${s.platform} not verified`
      return s.firstRequest
        ? `${s.platform} ${formatSpan(Date.parse(s.verifiedAt!) - Date.parse(s.firstRequest))}`
        : `${s.platform} nothing to revoke`
    })
    const verifiedAt = verifiedEverywhere(d)
    const when = verifiedAt ? `; verified gone everywhere at ${verifiedAt}` : ''
    const asked = p.requestedAt ? `, requested ${p.requestedAt}` : ''
    const sla = p.dueBy ? `: ${slaText(verifiedAt, p.dueBy, plan.revokeWithin)}` : ''
    return [
      printable(
        `${p.person}: ${platforms.join(', ')} (first write to verified)${when}${asked}${sla}`
      )
    ]
  })
}

function slaText(verifiedAt: string | undefined, dueBy: string, within: string): string {
  const policy = `policy.revoke_within ${within}`
  if (!verifiedAt) return `not verified gone everywhere; due ${dueBy} (${policy})`
  return Date.parse(verifiedAt) <= Date.parse(dueBy)
    ? `within ${policy} (due ${dueBy})`
    : `LATE: due ${dueBy} (${policy})`
}

/** The same for the job summary: a list under its heading, or nothing. */
export function timesMarkdown(plan: Plan, records: readonly LogRecord[]): string {
  const lines = revocationTimes(plan, records)
  return lines.length
    ? `\n**Time to revoke** (per platform, first write sent to verified gone):\n\n${lines.map(l => `- ${cell(l)}`).join('\n')}\n`
    : ''
}

/** The comment apply leaves on the merged pull request: what the review was, every outcome,
 *  and the commit of the log that records them. */
export function appliedComment(c: {
  review: string[]
  entries: Entry[]
  logCommit: string
  branch: string
  runLink: string
}): string {
  return [
    `### offboard applied this pull request: ${tally(c.entries)}`,
    '',
    ...c.review,
    '',
    appliedMarkdown(c.entries),
    '',
    `The revocation log records it in ${c.logCommit} on \`${cell(c.branch)}\`${c.runLink}.`
  ].join('\n')
}
