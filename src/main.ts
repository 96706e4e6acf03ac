// The action: read inputs, pick the mode, report. No logic of its own: the engine is shared
// with the command line.
import * as core from '@actions/core'
import { annotate } from './action/annotations.js'
import { applyMode } from './action/apply.js'
import { runAudit } from './action/audit.js'
import { offboardMode } from './action/offboard.js'
import { planMode } from './action/plan.js'
import { readSettings, type Mode, type Settings } from './action/settings.js'
import { loadFromDirectory } from './declarations/load.js'
import type { Declarations } from './declarations/types.js'

type ModeRunner = (settings: Settings, head: Declarations) => Promise<void>

const modes: Record<Mode, ModeRunner> = {
  plan: planMode,
  apply: applyMode,
  audit: runAudit,
  offboard: offboardMode
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const { declarations, diagnostics } = await loadFromDirectory(settings.accessDir)
    annotate(diagnostics)
    if (diagnostics.length > 0) {
      core.setFailed(
        `${diagnostics.length} problem(s) in ${settings.accessDir}: see the annotations, fix them and push again`
      )
      return
    }
    core.info(`${settings.accessDir}: valid`)
    await modes[settings.mode](settings, declarations)
  } catch (err) {
    core.setFailed(`offboard: ${(err as Error).message}`)
  }
}
