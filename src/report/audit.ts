// The audit's drift as terminal text, as JSON (shape documented in docs/audit.md), and as
// Markdown for the job summary and the drift issue.
import {
  atLeast,
  blocking,
  FAIL_AT,
  SEVERITIES,
  type Drift,
  type Finding,
  type PlatformResult,
  type Severity
} from '../audit/index.js'
import { cell } from './markdown.js'
import { printable } from './printable.js'
import { plural } from './words.js'

export type SeverityCounts = Record<Severity, number>

/** The `--json` output. Bump `version` when a field changes meaning or goes away. */
export interface AuditJson {
  version: 1
  at: string
  /** Where the declarations were read from (a directory, or `git:<ref>`). */
  declarations: string
  stale_key_days: number
  /** Findings of this severity or above fail `--fail-on-drift` and open the drift issue. */
  fail_at: Severity
  /** Whether any finding is of severity `fail_at` or above. */
  drift: boolean
  summary: SeverityCounts & { total: number }
  platforms: {
    platform: string
    status: 'checked' | 'not_checked'
    reason?: string
    accounts: number
    /** HTTP requests this audit made to the platform (retries included). */
    requests: number
    findings: SeverityCounts
    notes: string[]
  }[]
  findings: {
    severity: Severity
    kind: Finding['kind']
    platform: string
    account: string
    person: string | null
    target: string | null
    detail: string
  }[]
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as SeverityCounts
  for (const f of findings) counts[f.severity]++
  return counts
}

export function auditJson(drift: Drift, origin: string): AuditJson {
  return {
    version: 1,
    at: drift.at,
    declarations: origin,
    stale_key_days: drift.staleKeyDays,
    fail_at: FAIL_AT,
    drift: blocking(drift).length > 0,
    summary: { ...countBySeverity(drift.findings), total: drift.findings.length },
    platforms: drift.platforms.map(p => ({
      platform: p.platform,
      status: p.status,
      ...(p.reason ? { reason: p.reason } : {}),
      accounts: p.accounts,
      requests: p.requests,
      findings: countBySeverity(drift.findings.filter(f => f.platform === p.platform)),
      notes: p.notes
    })),
    findings: drift.findings.map(f => ({
      severity: f.severity,
      kind: f.kind,
      platform: f.platform,
      account: f.account,
      person: f.person ?? null,
      target: f.target ?? null,
      detail: f.detail
    }))
  }
}

/** One line: how many findings of which severity, or "no drift". */
export function headline(drift: Drift): string {
  const counts = countBySeverity(drift.findings)
  const parts = SEVERITIES.filter(s => counts[s] > 0).map(s => `${counts[s]} ${s}`)
  const unchecked = drift.platforms.filter(p => p.status === 'not_checked').length
  const clean =
    unchecked === 0
      ? 'no drift'
      : unchecked < drift.platforms.length
        ? 'no drift on the platforms checked'
        : 'nothing checked'
  const found = parts.length
    ? `${plural(drift.findings.length, 'finding')} (${parts.join(', ')})`
    : clean
  return `${found}${unchecked ? `; ${plural(unchecked, 'platform')} not checked` : ''}`
}

export function auditText(drift: Drift, origin: string): string {
  const lines = [`offboard audit of ${origin} at ${drift.at}: ${headline(drift)}`, '']
  const width = Math.max(8, ...drift.platforms.map(p => p.platform.length))
  for (const p of drift.platforms)
    lines.push(
      p.status === 'checked'
        ? `  ${p.platform.padEnd(width)}  checked: ${plural(p.accounts, 'account')}, ${plural(p.requests, 'request')}`
        : `  ${p.platform.padEnd(width)}  NOT CHECKED: ${whyNot(p)}`
    )
  for (const p of drift.platforms)
    for (const note of p.notes) lines.push(`  note: ${p.platform}: ${note}`)
  if (drift.findings.length) lines.push('')
  for (const f of drift.findings)
    lines.push(
      `${f.severity.toUpperCase().padEnd(8)} ${f.kind.padEnd(21)} ${f.platform} ${f.account}${f.person ? ` (${f.person})` : ''}: ${f.detail}`
    )
  return lines.map(printable).join('\n')
}

export interface MarkdownOptions {
  /** Longest text to return (GitHub issue bodies take 65,536 characters); rows that do not
   *  fit are counted instead of shown. */
  maxChars?: number
}

/** The job summary and the drift issue body: a table by platform and severity, then the
 *  findings in <details>, most severe first. */
export function auditMarkdown(drift: Drift, origin: string, opts: MarkdownOptions = {}): string {
  const head: string[] = [
    `### offboard audit: ${headline(drift)}`,
    '',
    `Declarations: \`${origin}\`, audited at ${drift.at}. Findings of severity **${FAIL_AT}** or above are drift to fix; \`info\` findings are for reviewers.`,
    '',
    `| platform | status | accounts | requests | ${SEVERITIES.join(' | ')} |`,
    `|---|---|--:|--:|${SEVERITIES.map(() => '--:').join('|')}|`
  ]
  for (const p of drift.platforms) {
    const counts = countBySeverity(drift.findings.filter(f => f.platform === p.platform))
    const status = p.status === 'checked' ? 'checked' : `**not checked**: ${cell(whyNot(p))}`
    head.push(
      `| ${p.platform} | ${status} | ${p.accounts} | ${p.requests} | ${SEVERITIES.map(s => counts[s] || '').join(' | ')} |`
    )
  }
  const notes = drift.platforms.flatMap(p => p.notes.map(n => `- ${p.platform}: ${cell(n)}`))
  if (notes.length)
    head.push('', '<details><summary>Notes</summary>', '', ...notes, '', '</details>')

  const limit = opts.maxChars ?? Infinity
  let size = head.join('\n').length
  const sections: string[] = []
  let left = 0
  for (const severity of SEVERITIES) {
    const findings = drift.findings.filter(f => f.severity === severity)
    if (!findings.length) continue
    const open = `<details${atLeast(severity, 'high') ? ' open' : ''}><summary><b>${severity}</b>: ${plural(findings.length, 'finding')}</summary>\n\n| kind | platform | account | person | detail |\n|---|---|---|---|---|`
    const rows: string[] = []
    // Room for this section's frame and the closing "not shown" line.
    let room = limit - size - open.length - 200
    for (const f of findings) {
      const row = `| ${f.kind} | ${f.platform} | ${cell(f.account)} | ${cell(f.person ?? '')} | ${cell(f.detail)} |`
      if (row.length + 1 > room) {
        left += findings.length - rows.length
        break
      }
      rows.push(row)
      room -= row.length + 1
    }
    if (!rows.length) continue
    const section = [open, ...rows, '', '</details>'].join('\n')
    sections.push(section)
    size += section.length + 2
  }
  const tail = left
    ? [`_${plural(left, 'more finding')} not shown here: run \`offboard audit --json\` for all._`]
    : []
  return [...head, '', ...sections.flatMap(s => [s, '']), ...tail].join('\n').trimEnd() + '\n'
}

/** Connectors word their reasons "not checked: ..."; the report says that once. */
const whyNot = (p: PlatformResult) => (p.reason ?? 'no reason given').replace(/^not checked: /, '')
