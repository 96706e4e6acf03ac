// What a run did: one line of counts (the command line, the action), and a Markdown table (the
// job summary of apply, and the comment an urgent revocation leaves on its pull request).
import type { Entry } from '../log/record.js'
import { cell } from './markdown.js'

export function appliedMarkdown(entries: Entry[]): string {
  const rows = entries.map(
    e =>
      `| ${[e.person, e.platform, e.action, e.target, `**${e.result}**`, e.detail].map(cell).join(' | ')} |`
  )
  return [
    '| person | platform | action | target | result | detail |',
    '|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

/** `3 revoked, 1 already absent, 0 skipped, 0 failed`. */
export function tally(entries: Entry[]): string {
  const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 }
  for (const e of entries) counts[e.result]++
  return `${counts.revoked} revoked, ${counts.already_absent} already absent, ${counts.skipped} skipped, ${counts.failed} failed`
}
