// What a sandbox is seeded from: the access tree and a scenario, both checked.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadFromDirectory } from '../declarations/load.js'
import type { Declarations, Diagnostic } from '../declarations/types.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  ScenarioError,
  type Scenario
} from './scenario.js'

export type SandboxInputs =
  | { ok: true; declarations: Declarations; scenario: Scenario; scenarioName: string }
  | { ok: false; diagnostics: Diagnostic[]; message: string }

/** The declarations in `dir` and the scenario in `file` (the bundled one when absent). */
export async function loadSandboxInputs(
  dir: string,
  cwd: string,
  file?: string
): Promise<SandboxInputs> {
  const { declarations, diagnostics } = await loadFromDirectory(dir, cwd)
  if (diagnostics.length > 0)
    return {
      ok: false,
      diagnostics,
      message: `${dir} is invalid: fix it (offboard validate) and start the sandbox again`
    }
  try {
    const text = file ? await readFile(resolve(cwd, file)) : bundledScenarioText()
    const scenario = await parseScenario(text, file ?? BUNDLED_SCENARIO, declarations)
    return {
      ok: true,
      declarations,
      scenario,
      scenarioName: file ?? `${BUNDLED_SCENARIO} (bundled)`
    }
  } catch (err) {
    if (err instanceof ScenarioError)
      return {
        ok: false,
        diagnostics: err.diagnostics,
        message: `the scenario does not fit ${dir}: see docs/sandbox.md for its format`
      }
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR')
      return {
        ok: false,
        diagnostics: [],
        message: `cannot read the scenario ${file}: no such file`
      }
    throw err
  }
}
