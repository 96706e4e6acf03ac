// What a run did, as a Markdown table: the job summary of apply, and the comment an urgent
// revocation leaves on its pull request.
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
