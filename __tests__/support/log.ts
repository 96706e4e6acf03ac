// Revocation log entries, scratch log folders and appending without a run, for the log tests.
import { afterAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Entry, LogRecord } from '../../src/log/record.js'
import { openLog } from '../../src/log/store.js'

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

/** scratchLog for the tests of one file: the folders go once they have run. */
export function scratchLogs(): (files?: Record<string, string>) => string {
  const made: string[] = []
  afterAll(() => made.forEach(d => rmSync(d, { recursive: true, force: true })))
  return files => {
    const cwd = scratchLog(files)
    made.push(cwd)
    return cwd
  }
}

/** A pid that no process of this host has any more: a lock holder that died. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

/** Appends entries to the log below `dir` (relative to `cwd`); returns the records. */
export async function appendToLog(
  dir: string,
  cwd: string,
  entries: Entry[]
): Promise<LogRecord[]> {
  const log = await openLog(dir, cwd)
  try {
    return await Promise.all(entries.map(e => log.append(e)))
  } finally {
    await log.close()
  }
}
