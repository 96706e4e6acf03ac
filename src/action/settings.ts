// The action's inputs as one typed settings object, with clear errors (as actions/checkout's
// input helper does).
import * as core from '@actions/core'

export const MODES = ['plan', 'apply', 'audit', 'offboard'] as const
export type Mode = (typeof MODES)[number]

export interface Settings {
  mode: Mode
  accessDir: string
  /** Token for this repository: pull request comments, the drift issue, the log commit. */
  repoToken: string
}

export function readSettings(): Settings {
  const mode = core.getInput('mode', { required: true }).trim()
  if (!(MODES as readonly string[]).includes(mode))
    throw new Error(`input "mode" is "${mode}": use one of ${MODES.join(', ')}`)
  const accessDir = core.getInput('access-dir').trim() || 'access'
  const repoToken = core.getInput('repo-token').trim()
  if (repoToken) core.setSecret(repoToken)
  return { mode: mode as Mode, accessDir, repoToken }
}
