// Revocation log entries and scratch log folders for the log tests.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Entry } from '../../src/log/record.js'

export const CHANGE = {
  base: '3f786850e387550fdab836ed7e6dc881de23001b',
  head: '89e6c98d92887913cadf06b2adb97f26cde4849b',
  pr: 17,
  approvers: ['bob']
}

/** An entry for `person` at `at`, one action per call. */
export function entry(person: string, at: string, action = 'remove_org_membership'): Entry {
  return {
    at,
    person,
    change: CHANGE,
    actor: 'github-actions',
    platform: 'github',
    action,
    target: `${person}-gh`,
    result: 'revoked',
    detail: ''
  }
}

/** `n` entries for `person`, a second apart from `start`. */
export const entries = (person: string, start: string, n: number): Entry[] =>
  Array.from({ length: n }, (_, i) =>
    entry(person, new Date(Date.parse(start) + i * 1000).toISOString(), `action_${i}`)
  )

/** A scratch working directory with `access/log/<name>` files. */
export function scratchLog(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'offboard-log-'))
  mkdirSync(join(cwd, 'access', 'log'), { recursive: true })
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(cwd, 'access', 'log', name), text)
  return cwd
}
