import * as core from './core.js'
import { formatDiagnostic } from '../declarations/load.js'
import type { Diagnostic } from '../declarations/types.js'

/** Problems become annotations on the pull request's diff, and lines in the log. */
export function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    core.error(d.message, {
      title: 'offboard: invalid declaration',
      file: d.file,
      startLine: d.line,
      startColumn: d.column
    })
    core.info(formatDiagnostic(d))
  }
}
