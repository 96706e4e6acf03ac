// The texts of an offboarding pull request (mode `offboard`): its title, commit message and
// body, and the comments an urgent revocation leaves on it.
import type { Person } from '../declarations/types.js'
import { verbatim } from './markdown.js'

/** The first line of the pull request body, and of the comment an urgent revocation leaves. */
export const REQUEST_MARKER = '<!-- offboard:request -->'
export const URGENT_MARKER = '<!-- offboard:urgent -->'

export interface Departure {
  person: Person
  /** YYYY-MM-DD. */
  departedOn: string
  /** Free text from the request; may be empty. */
  reason: string
  urgent: boolean
  /** The person's file, relative to the repository root. */
  path: string
  /** Who asked, and through which event (workflow_dispatch, repository_dispatch). */
  actor: string
  event: string
  /** " (run <url>)" for the workflow run, or empty. */
  runLink: string
  /** YYYY-MM-DD. */
  today: string
}

/** The pull request that marks the person departed: its title, its commit and its body. */
export function offboardingPull(d: Departure): { title: string; message: string; body: string } {
  const { person } = d
  return {
    title: `Offboard ${person.name} (${person.id})${d.urgent ? ': urgent, access revoked at once' : ''}`,
    message: `offboard: ${person.id} departed on ${d.departedOn}\n\nRequested by ${d.actor} (${d.event}).${d.reason ? `\nReason: ${d.reason}` : ''}`,
    body: requestBody(d)
  }
}

function requestBody(d: Departure): string {
  const out = [
    REQUEST_MARKER,
    `Marks **${d.person.id}** (${d.person.name}) departed on ${d.departedOn} in \`${d.path}\`.`,
    '',
    `Requested by @${d.actor} through \`${d.event}\`${d.runLink}.`,
    ''
  ]
  if (d.reason) out.push('Reason:', '', verbatim(d.reason), '')
  if (d.departedOn > d.today)
    out.push(
      '> [!WARNING]',
      `> The departure date is after today. Merging revokes at once: merge on ${d.departedOn}.`,
      ''
    )
  if (d.urgent)
    out.push(
      '> [!CAUTION]',
      '> **Urgent**: access is revoked at once, before review. The comment below lists what was revoked; the revocation log holds the records. Merging records the departure, and its apply finds everything already absent.',
      ''
    )
  out.push(
    'Merging revokes everything the plan comment lists on every platform, then appends the revocation log. Review the plan; it is refreshed on every push to this branch.'
  )
  return out.join('\n')
}

const urgent = (text: string) => `${URGENT_MARKER}\n${text}`

/** The urgent revocation the guards refused. */
export const urgentRefused = (message: string): string =>
  urgent(`Urgent revocation refused: ${message}`)

/** What the urgent revocation did, when its log could not be committed. */
export const urgentUnlogged = (counts: string, runLink: string, table: string): string =>
  urgent(
    `Urgent revocation: ${counts}. **The log could not be committed**: the records are in the job summary and artifact of ${runLink || 'the workflow run'}.\n\n${table}`
  )

/** What the urgent revocation did, and where the log records it (`logLine`). */
export function urgentRevoked(r: {
  actor: string
  runLink: string
  counts: string
  logLine: string
  table: string
  failed: number
}): string {
  const next = r.failed
    ? 'Some steps failed: re-run the workflow with urgent, or merge; the apply after merge tries everything again.'
    : 'Merging records the departure; its apply will find everything already absent.'
  return urgent(
    `### Revoked at once (urgent), before review\n\nRequested by @${r.actor}${r.runLink}: ${r.counts}. ${r.logLine}\n\n${r.table}\n\n${next}`
  )
}
