// The action: read inputs, pick the mode, report. No logic of its own: the engine is shared
// with the command line.
import * as core from '@actions/core'
import { formatDiagnostic, loadFromDirectory } from './declarations/load.js'
import type { Diagnostic } from './declarations/types.js'

const MODES = ['plan', 'apply', 'audit', 'offboard'] as const
type Mode = (typeof MODES)[number]

export interface Settings {
  mode: Mode
  accessDir: string
}

export function readSettings(): Settings {
  const mode = core.getInput('mode', { required: true }).trim()
  if (!(MODES as readonly string[]).includes(mode))
    throw new Error(`input "mode" is "${mode}": use one of ${MODES.join(', ')}`)
  const accessDir = core.getInput('access-dir').trim() || 'access'
  return { mode: mode as Mode, accessDir }
}

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

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const { diagnostics } = await loadFromDirectory(settings.accessDir)
    annotate(diagnostics)
    if (diagnostics.length > 0) {
      core.setFailed(
        `${diagnostics.length} problem(s) in ${settings.accessDir}: see the annotations, fix them and push again`
      )
      return
    }
    core.info(`${settings.accessDir}: valid`)
    core.setFailed(`mode "${settings.mode}" is not available in this version yet`)
  } catch (err) {
    core.setFailed(`offboard: ${(err as Error).message}`)
  }
}
