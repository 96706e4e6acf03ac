// The action: read inputs + event, pick the mode, report. No logic of its own: the engine is
// shared with the command line.
import * as core from './action/core.js'
import * as github from '@actions/github'
import { annotate } from './action/annotations.js'
import { applyMode } from './action/apply.js'
import { runAudit } from './action/audit.js'
import { refusedEvent } from './action/events.js'
import { offboardMode } from './action/offboard.js'
import { planMode } from './action/plan.js'
import { readSettings, type Mode, type Settings } from './action/settings.js'
import { sweepMode } from './action/sweep.js'
import { loadFromDirectory } from './declarations/load.js'
import type { Declarations } from './declarations/types.js'

type ModeRunner = (settings: Settings, checkout: Declarations) => Promise<void>

/** The modes that start from the checkout's declarations, validated here. Plan validates the
 *  pull request's head itself, so that its comment can say there is no plan for it. */
const modes: Record<Exclude<Mode, 'plan'>, ModeRunner> = {
  apply: applyMode,
  audit: runAudit,
  offboard: offboardMode,
  sweep: sweepMode
}

export async function run(): Promise<void> {
  try {
    core.registerEnvironmentSecrets()
    // Before anything else is read, the inputs of the mode included.
    const refused = refusedEvent(core.getInput('mode').trim(), github.context.eventName)
    if (refused) {
      core.setFailed(refused)
      return
    }
    const settings = readSettings()
    if (settings.mode === 'plan') {
      await planMode(settings)
      return
    }
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
