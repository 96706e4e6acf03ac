import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execute } from '../src/execute.js'
import { runEntries } from '../src/log/entries.js'
import { chain, GENESIS, type LogRecord } from '../src/log/record.js'
import { planAppend, readLog } from '../src/log/store.js'
import { BrokenLogError, verifyLog } from '../src/log/verify.js'
import { appendToLog, CHANGE, entries, entry, scratchLog } from './support/log.js'
import { planOf, step, ticking, writersFor } from './support/plan.js'

const made: string[] = []
const scratch = (files: Record<string, string> = {}) => {
  const cwd = scratchLog(files)
  made.push(cwd)
  return cwd
}
afterAll(() => made.forEach(d => rmSync(d, { recursive: true, force: true })))

/** SHA-256 of the record without `hash`, keys sorted: written out independently of
 *  canonical.ts (records hold only strings, whole numbers, arrays and objects). */
function expectedHash(record: LogRecord): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map(k => [k, sorted((v as Record<string, unknown>)[k])])
          )
        : v
  const rest: Partial<LogRecord> = { ...record }
  delete rest.hash
  return createHash('sha256')
    .update(JSON.stringify(sorted(rest)))
    .digest('hex')
}

const lines = (cwd: string, year: number) =>
  readFileSync(join(cwd, 'access', 'log', `${year}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)

describe('records', () => {
  it('are built from an execution exactly as SPEC section 5 lays them out', async () => {
    const key = step('aws', 'alice', 'delete_access_key', 'alice/AKIA...WXYZ')
    const user = step('aws', 'alice', 'delete_user', 'alice', { after: [key.id] })
    const plan = planOf([key, user])
    const execution = await execute(
      plan,
      writersFor('aws', async s =>
        s.action === 'delete_user'
          ? { result: 'failed', detail: 'DeleteConflict' }
          : { result: 'revoked', detail: '' }
      ),
      { now: ticking('2026-11-26T05:00:00.000Z') }
    )
    const log = runEntries(plan, { change: CHANGE, actor: 'github-actions' })
    const records = chain(execution.outcomes.map(log.outcome))
    expect(Object.keys(records[0])).toEqual([
      'v',
      'seq',
      'at',
      'person',
      'change',
      'actor',
      'platform',
      'action',
      'target',
      'result',
      'detail',
      'prev',
      'hash'
    ])
    expect(records[0]).toMatchObject({
      v: 2,
      seq: 1,
      person: 'alice',
      change: CHANGE,
      actor: 'github-actions',
      platform: 'aws',
      action: 'delete_access_key',
      target: 'alice/AKIA...WXYZ',
      result: 'revoked',
      detail: '',
      prev: GENESIS
    })
    expect(records[1]).toMatchObject({
      seq: 2,
      action: 'delete_user',
      result: 'failed',
      detail: 'DeleteConflict'
    })
    // Dated when each step finished.
    expect(records.map(r => r.at)).toEqual(execution.outcomes.map(o => o.finishedAt))
    expect(records[0].at < records[1].at).toBe(true)
    for (const r of records) expect(r.hash).toBe(expectedHash(r))
    expect(records[1].prev).toBe(records[0].hash)
    expect(records[0].hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('chain after a given head, and the hash changes with any field', () => {
    const [a] = chain([entry('alice', '2026-01-01T00:00:00.000Z')], {
      seq: 41,
      hash: 'f'.repeat(64)
    })
    expect(a).toMatchObject({ seq: 42, prev: 'f'.repeat(64) })
    const [b] = chain([{ ...entry('alice', '2026-01-01T00:00:00.000Z'), detail: 'x' }], {
      seq: 41,
      hash: 'f'.repeat(64)
    })
    expect(b.hash).not.toBe(a.hash)
  })
})

describe('the log on disk', () => {
  it('starts at seq 1 and continues seq and prev across year files', async () => {
    const cwd = scratch()
    const first = await appendToLog('access', cwd, entries('alice', '2025-12-31T23:59:58.000Z', 4))
    expect(first.map(r => r.seq)).toEqual([1, 2, 3, 4])
    expect(first[0].prev).toBe(GENESIS)
    // Two records on New Year's Eve, two on New Year's Day.
    expect(lines(cwd, 2025)).toHaveLength(2)
    expect(lines(cwd, 2026)).toHaveLength(2)
    expect((JSON.parse(lines(cwd, 2026)[0]) as LogRecord).prev).toBe(first[1].hash)

    const second = await appendToLog('access', cwd, entries('bob', '2026-03-01T10:00:00.000Z', 2))
    expect(second.map(r => [r.seq, r.prev])).toEqual([
      [5, first[3].hash],
      [6, second[0].hash]
    ])
    const checked = verifyLog(await readLog('access', cwd))
    expect(checked).toEqual({
      ok: true,
      records: 6,
      files: 2,
      head: { seq: 6, hash: second[1].hash, year: 2026 }
    })
  })

  it('only ever adds lines at the end of a file', async () => {
    const cwd = scratch()
    await appendToLog('access', cwd, entries('alice', '2026-02-01T00:00:00.000Z', 3))
    const before = readFileSync(join(cwd, 'access/log/2026.jsonl'), 'utf8')
    await appendToLog('access', cwd, entries('bob', '2026-02-02T00:00:00.000Z', 2))
    const after = readFileSync(join(cwd, 'access/log/2026.jsonl'), 'utf8')
    expect(after.startsWith(before)).toBe(true)
    expect(after.slice(before.length).split('\n')).toHaveLength(3)
  })

  it('keeps files in chain order when a record dated earlier follows one in a later file', async () => {
    const cwd = scratch()
    await appendToLog('access', cwd, [entry('alice', '2027-01-01T00:00:01.000Z')])
    // A run that finished before midnight, chained after the run that finished after it.
    const late = await appendToLog('access', cwd, [entry('bob', '2026-12-31T23:59:59.000Z')])
    expect(lines(cwd, 2027)).toHaveLength(2)
    expect(late[0].seq).toBe(2)
    expect(verifyLog(await readLog('access', cwd)).ok).toBe(true)
  })

  it('gives a last line without its newline one before appending', async () => {
    const [r] = chain([entry('alice', '2026-05-01T00:00:00.000Z')])
    const cwd = scratch({ '2026.jsonl': JSON.stringify(r) })
    await appendToLog('access', cwd, [entry('bob', '2026-05-02T00:00:00.000Z')])
    expect(lines(cwd, 2026)).toHaveLength(2)
    expect(verifyLog(await readLog('access', cwd))).toMatchObject({ ok: true, records: 2 })
  })

  it('refuses to append onto a broken chain and leaves the files as they are', async () => {
    const cwd = scratch()
    await appendToLog('access', cwd, entries('alice', '2026-02-01T00:00:00.000Z', 3))
    const file = join(cwd, 'access/log/2026.jsonl')
    const edited = readFileSync(file, 'utf8').replace('"person":"alice"', '"person":"mallory"')
    writeFileSync(file, edited)
    const append = appendToLog('access', cwd, [entry('bob', '2026-02-02T00:00:00.000Z')])
    await expect(append).rejects.toBeInstanceOf(BrokenLogError)
    await expect(append).rejects.toThrow(
      /the revocation log is broken at access\/log\/2026.jsonl:1: edited.*Nothing was appended/
    )
    expect(readFileSync(file, 'utf8')).toBe(edited)
  })

  it('reads no log as an empty one, and plans appends without touching disk', async () => {
    const cwd = scratch()
    rmSync(join(cwd, 'access', 'log'), { recursive: true })
    expect(await readLog('access', cwd)).toEqual([])
    const { records, appends } = planAppend(
      [],
      [entry('alice', '2026-05-01T00:00:00.000Z')],
      'access/log'
    )
    expect(appends).toEqual([
      { path: 'access/log/2026.jsonl', text: `${JSON.stringify(records[0])}\n` }
    ])
  })
})
