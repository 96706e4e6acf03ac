// The action's inputs as one typed settings object, with clear errors (as actions/checkout's
// input helper does).
import * as core from './core.js'
import { isDate } from '../duration.js'

export const MODES = ['plan', 'apply', 'audit', 'offboard', 'sweep'] as const
export type Mode = (typeof MODES)[number]

export interface Settings {
  mode: Mode
  accessDir: string
  /** Token for this repository: pull request comments, the drift issue, the log commit. */
  repoToken: string
  /** Mode `offboard` only: who leaves, and how. */
  offboard?: OffboardRequest
  /** Mode `sweep` only: the one person to sweep, when not every departed person. */
  sweep?: { person?: string }
}

export interface OffboardRequest {
  /** A person id, or an email (matched without regard to case). */
  person: string
  /** YYYY-MM-DD. */
  departedOn: string
  /** Free text for the pull request and the commit; may be empty. */
  reason: string
  /** Revoke at once, before review. */
  urgent: boolean
  /** The label the pull request gets. */
  label: string
}

/** GitHub refuses label names longer than this. */
const MAX_LABEL = 50
/** A reason is a sentence or two; anything longer belongs in the HR system. */
const MAX_REASON = 1000

export function readSettings(now = new Date()): Settings {
  const mode = core.getInput('mode', { required: true }).trim()
  if (!(MODES as readonly string[]).includes(mode))
    throw new Error(`input "mode" is "${mode}": use one of ${MODES.join(', ')}`)
  const accessDir = core.getInput('access-dir').trim() || 'access'
  const repoToken = core.getInput('repo-token').trim()
  if (repoToken) core.setSecret(repoToken)
  const settings: Settings = { mode: mode as Mode, accessDir, repoToken }
  if (mode === 'offboard') settings.offboard = readOffboardRequest(now)
  if (mode === 'sweep') {
    const person = core.getInput('person').trim()
    settings.sweep = person ? { person } : {}
  }
  return settings
}

function readOffboardRequest(now: Date): OffboardRequest {
  const person = core.getInput('person').trim()
  if (!person)
    throw new Error(
      'input "person" is empty: mode "offboard" needs the id or email of the person who leaves, e.g. person: ${{ inputs.person || github.event.client_payload.person }}'
    )
  const today = now.toISOString().slice(0, 10)
  const departedOn = core.getInput('departed-on').trim() || today
  if (!isDate(departedOn))
    throw new Error(
      `input "departed-on" is "${departedOn}": give the departure date as YYYY-MM-DD, or leave it empty for today (${today})`
    )
  const urgent = parseBoolean('urgent', core.getInput('urgent'))
  if (urgent && departedOn > today)
    throw new Error(
      `input "departed-on" is ${departedOn}, after today (${today}), but "urgent" revokes now: leave the date empty, or drop urgent and merge the pull request on the day`
    )
  const reason = core.getInput('reason').trim()
  if (reason.length > MAX_REASON)
    throw new Error(
      `input "reason" has ${reason.length} characters: keep it under ${MAX_REASON} (it is shown to everyone who can read the repository)`
    )
  const label = core.getInput('label').trim() || 'offboarding'
  if (label.length > MAX_LABEL)
    throw new Error(`input "label" is longer than ${MAX_LABEL} characters: GitHub refuses it`)
  return { person, departedOn, reason, urgent, label }
}

/** true/false as YAML 1.2 spells them; empty is false. */
function parseBoolean(name: string, input: string): boolean {
  const value = input.trim()
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (value === '' || /^(false|False|FALSE)$/.test(value)) return false
  throw new Error(`input "${name}" is "${value}": use true or false`)
}
