// Markdown pieces the reports share.
import { printable } from './printable.js'

/** Text safe in a Markdown table cell: no pipes, newlines, HTML or control characters. */
export function cell(text: string): string {
  return printable(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

/** Text from outside (a reason typed into a form) shown verbatim: in a fence longer than any
 *  run of backticks inside, so it renders no Markdown, no HTML and no @mentions. */
export function verbatim(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${text}\n${fence}`
}
