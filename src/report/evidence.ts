// The evidence report (`offboard evidence`, and the scheduled audit's job summary): Markdown,
// JSON and CSV of the same rows (docs/evidence.md says what each column means). Times are
// UTC; names come from people's files and are shown as data.
import { formatSpan } from '../duration.js'
import type { Evidence, EvidenceRow } from '../evidence/evidence.js'
import type { Sla } from '../evidence/timing.js'
import { csv } from './csv.js'
import { cell } from './markdown.js'
import { printable } from './printable.js'
import { plural } from './words.js'

const SLA_WORD: Record<Sla, string> = {
  within: 'yes',
  late: 'no',
  pending: 'pending',
  unknown: 'unknown'
}

/** `2026-11-26 05:00:01Z`: an ISO time, shorter for a table. */
const short = (iso: string | undefined) =>
  iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''

const steps = (r: EvidenceRow) =>
  `${r.steps.revoked} revoked, ${r.steps.already_absent} already absent, ${r.steps.skipped} skipped, ${r.steps.failed} failed`

const manual = (r: EvidenceRow) => r.manualOpen.map(m => `${m.platform} ${m.target}`).join('; ')

const period = (e: Evidence) =>
  e.since || e.until
    ? `requested from ${e.since ?? 'the first record'} to ${e.until ?? 'today'} (UTC days, both included)`
    : 'every departure in the log'

const chainLine = (e: Evidence) =>
  e.log.head
    ? `${plural(e.log.records, 'record')} in ${plural(e.log.files, 'file')}, chain head seq ${e.log.head.seq} hash \`${e.log.head.hash}\``
    : 'empty'

/** The totals, one line. */
export function evidenceTotals(e: Evidence): string {
  const t = e.totals
  const times =
    t.medianMs !== undefined
      ? `; time to revoke: median ${formatSpan(t.medianMs)}, worst ${formatSpan(t.worstMs!)}`
      : ''
  return `${plural(t.departures, 'departure')}: ${t.late} late, ${t.pending} pending, ${t.unknown} unknown (no request time or no verification recorded)${times}`
}

export function evidenceMarkdown(e: Evidence): string {
  const out = [
    `### offboard evidence: ${period(e)}`,
    '',
    `SLA \`policy.revoke_within: ${e.revokeWithin}\`. Log: ${chainLine(e)} (verified; \`offboard verify-log\` prints the same). Generated ${short(e.generatedAt)}; every time is UTC.`,
    ''
  ]
  if (e.rows.length === 0) out.push('No departure in the period.')
  else
    out.push(
      '| Person | Departed on | Requested at | Pull request (approvers) | Urgent | First / last revocation | Verified at | Time to revoke | Within SLA | Steps | Manual steps open |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...e.rows
        .map(r =>
          [
            `**${cell(r.person)}**${r.name ? ` (${cell(r.name)})` : ''}`,
            r.departedOn ?? (r.how === 'deleted' ? 'file deleted' : ''),
            short(r.requestedAt) + (r.requestedFrom === 'commit' ? ' (commit)' : ''),
            r.pr === null
              ? ''
              : `#${r.pr}${r.approvers.length ? ` (${r.approvers.map(cell).join(', ')})` : ''}`,
            r.urgent ? 'yes' : 'no',
            r.firstRevocation ? `${short(r.firstRevocation)} / ${short(r.lastRevocation)}` : '',
            short(r.verifiedAt) ||
              (r.unverified.length ? `not yet: ${cell(r.unverified.join(', '))}` : ''),
            r.timeToRevokeMs !== undefined ? formatSpan(r.timeToRevokeMs) : '',
            `**${SLA_WORD[r.sla]}**${r.dueBy ? ` (due ${short(r.dueBy)})` : ''}`,
            steps(r),
            cell(manual(r))
          ].join(' | ')
        )
        .map(line => `| ${line} |`)
    )
  out.push('', `**Totals**: ${evidenceTotals(e)}.`)
  const notes = e.rows.flatMap(r =>
    r.notes.map(n => `- ${cell(r.person)} (log seq ${r.seq[0]}-${r.seq[1]}): ${cell(n)}`)
  )
  if (notes.length) out.push('', ...notes)
  return out.map(printable).join('\n')
}

/** The `--format json` output. Bump `version` when a field changes meaning or goes away. */
export function evidenceJson(e: Evidence): string {
  return JSON.stringify(
    {
      version: 1,
      generated_at: e.generatedAt,
      since: e.since ?? null,
      until: e.until ?? null,
      revoke_within: e.revokeWithin,
      log: { records: e.log.records, files: e.log.files, head: e.log.head ?? null },
      totals: {
        departures: e.totals.departures,
        late: e.totals.late,
        pending: e.totals.pending,
        unknown: e.totals.unknown,
        median_seconds: seconds(e.totals.medianMs),
        worst_seconds: seconds(e.totals.worstMs)
      },
      departures: e.rows.map(r => ({
        person: r.person,
        name: r.name ?? null,
        departed_on: r.departedOn ?? null,
        how: r.how ?? null,
        requested_at: r.requestedAt ?? null,
        requested_from: r.requestedFrom ?? null,
        clock_start: r.clockStart ?? null,
        due_by: r.dueBy ?? null,
        pr: r.pr,
        approvers: r.approvers,
        urgent: r.urgent,
        first_revocation: r.firstRevocation ?? null,
        last_revocation: r.lastRevocation ?? null,
        verified_at: r.verifiedAt ?? null,
        time_to_revoke_seconds: seconds(r.timeToRevokeMs),
        within_sla: SLA_WORD[r.sla],
        steps: r.steps,
        manual_open: r.manualOpen,
        unverified: r.unverified,
        log_seq: r.seq,
        notes: r.notes
      }))
    },
    null,
    2
  )
}

const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 1000))

export const CSV_COLUMNS = [
  'person',
  'name',
  'departed_on',
  'how',
  'requested_at',
  'requested_from',
  'clock_start',
  'due_by',
  'pr',
  'approvers',
  'urgent',
  'first_revocation',
  'last_revocation',
  'verified_at',
  'time_to_revoke_seconds',
  'within_sla',
  'steps_revoked',
  'steps_already_absent',
  'steps_skipped',
  'steps_failed',
  'manual_open',
  'unverified',
  'log_seq_first',
  'log_seq_last',
  'log_head_seq',
  'log_head_hash',
  'notes'
]

/** One line per departure; the chain head on every line binds each to the log. */
export function evidenceCsv(e: Evidence): string {
  return csv(
    CSV_COLUMNS,
    e.rows.map(r => [
      r.person,
      r.name,
      r.departedOn,
      r.how,
      r.requestedAt,
      r.requestedFrom,
      r.clockStart,
      r.dueBy,
      r.pr,
      r.approvers.join(' '),
      r.urgent ? 'yes' : 'no',
      r.firstRevocation,
      r.lastRevocation,
      r.verifiedAt,
      seconds(r.timeToRevokeMs),
      SLA_WORD[r.sla],
      r.steps.revoked,
      r.steps.already_absent,
      r.steps.skipped,
      r.steps.failed,
      manual(r),
      r.unverified.join(' '),
      r.seq[0],
      r.seq[1],
      e.log.head?.seq,
      e.log.head?.hash,
      r.notes.join('; ')
    ])
  )
}
