// A stand-in for @actions/core that records what the action reports: the outputs it sets,
// failures, warnings, notices, and each job summary as written (write empties the buffer,
// as in @actions/core). Each action test file installs it before importing the action:
//
//   const action = fakeActionsCore()
//   jest.unstable_mockModule('@actions/core', () => action.core)
import { jest } from '@jest/globals'

export function fakeActionsCore() {
  const inputs: Record<string, string> = {}
  const outputs: Record<string, unknown> = {}
  const failures: string[] = []
  const warnings: string[] = []
  /** Every job summary written, in order. */
  const summaries: string[] = []
  let buffer = ''
  const summary = {
    addHeading(text: string, level = 1) {
      buffer += `${'#'.repeat(level)} ${text}\n`
      return summary
    },
    addRaw(text: string, addEol = false) {
      buffer += addEol ? `${text}\n` : text
      return summary
    },
    async write() {
      summaries.push(buffer)
      buffer = ''
      return summary
    }
  }
  const core = {
    getInput: jest.fn((name: string) => inputs[name] ?? ''),
    setSecret: jest.fn(),
    setOutput: jest.fn((k: string, v: unknown) => void (outputs[k] = v)),
    setFailed: jest.fn((m: string) => void failures.push(m)),
    error: jest.fn(),
    warning: jest.fn((m: string) => void warnings.push(m)),
    notice: jest.fn(),
    info: jest.fn(),
    debug: jest.fn(),
    group: jest.fn(async (_name: string, fn: () => Promise<unknown>) => fn()),
    summary
  }
  /** Forgets the last run's outcome and sets the inputs of the next one. */
  const reset = (given: Record<string, string> = {}) => {
    for (const record of [inputs, outputs]) for (const k of Object.keys(record)) delete record[k]
    failures.length = warnings.length = summaries.length = 0
    buffer = ''
    Object.assign(inputs, given)
    jest.clearAllMocks()
  }
  return { core, inputs, outputs, failures, warnings, summaries, reset }
}
