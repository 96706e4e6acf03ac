import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordHash, type LogRecord } from '../src/log/record.js'
import { readLog } from '../src/log/store.js'
import { verifyLog, type LogFile } from '../src/log/verify.js'
import { appendToLog, entries, scratchLog } from './support/log.js'
import { cli } from './support/tree.js'

const made: string[] = []
afterAll(() => made.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A log of 3 records in 2025.jsonl and 4 in 2026.jsonl. */
async function twoYears(): Promise<{ cwd: string; files: LogFile[]; records: LogRecord[] }> {
  const cwd = scratchLog()
  made.push(cwd)
  const records = await appendToLog('access', cwd, [
    ...entries('alice', '2025-12-31T23:59:57.000Z', 3),
    ...entries('bob', '2026-01-02T09:00:00.000Z', 4)
  ])
  return { cwd, files: await readLog('access', cwd), records }
}

/** The log with the lines of one year's file changed by `edit`. */
function tampered(files: LogFile[], year: number, edit: (lines: string[]) => string[]): LogFile[] {
  return files.map(f => {
    if (!f.path.endsWith(`${year}.jsonl`)) return f
    return { ...f, text: `${edit(f.text.split('\n').slice(0, -1)).join('\n')}\n` }
  })
}

const editLine = (i: number, change: (r: Record<string, unknown>) => void) => (lines: string[]) =>
  lines.map((l, j) => {
    if (j !== i) return l
    const r = JSON.parse(l) as Record<string, unknown>
    change(r)
    return JSON.stringify(r)
  })

let log: Awaited<ReturnType<typeof twoYears>>
beforeAll(async () => {
  log = await twoYears()
})

describe('verifyLog', () => {
  it('finds an intact log intact, across both files', () => {
    expect(verifyLog(log.files)).toEqual({
      ok: true,
      records: 7,
      files: 2,
      head: { seq: 7, hash: log.records[6].hash, year: 2026 }
    })
  })

  it.each<[string, () => LogFile[], string, RegExp]>([
    [
      'an edited field',
      () =>
        tampered(
          log.files,
          2026,
          editLine(1, r => (r.result = 'already_absent'))
        ),
      'access/log/2026.jsonl:2',
      /^edited: the hash does not match the record's content \(seq 5\)/
    ],
    [
      'an edited field with its hash recomputed',
      () =>
        tampered(
          log.files,
          2026,
          editLine(1, r => {
            r.person = 'mallory'
            r.hash = recordHash(r)
          })
        ),
      'access/log/2026.jsonl:3',
      /^out of chain: prev is not the hash of the record before it/
    ],
    [
      'a deleted record',
      () => tampered(log.files, 2026, lines => lines.filter((_, i) => i !== 1)),
      'access/log/2026.jsonl:2',
      /^out of chain: seq is 6, 5 expected; prev is not the hash.*deleted, reordered or rewritten/
    ],
    [
      'two records swapped',
      () => tampered(log.files, 2026, ([a, b, c, d]) => [a, c, b, d]),
      'access/log/2026.jsonl:2',
      /^out of chain: seq is 6, 5 expected/
    ],
    [
      'a truncated line',
      () => tampered(log.files, 2026, lines => lines.map((l, i) => (i === 2 ? l.slice(0, 80) : l))),
      'access/log/2026.jsonl:3',
      /^malformed JSON \(.*\): the line was cut or edited/
    ],
    [
      'the first record deleted',
      () => tampered(log.files, 2025, lines => lines.slice(1)),
      'access/log/2025.jsonl:1',
      /^out of chain: seq is 2, 1 expected/
    ],
    [
      'a whole earlier year file deleted',
      () => log.files.filter(f => f.path.endsWith('2026.jsonl')),
      'access/log/2026.jsonl:1',
      /^out of chain: seq is 4, 1 expected/
    ],
    [
      'an empty line',
      () => tampered(log.files, 2025, ([a, ...rest]) => [a, '', ...rest]),
      'access/log/2025.jsonl:2',
      /^malformed: empty line/
    ],
    [
      'a field removed',
      () =>
        tampered(
          log.files,
          2025,
          editLine(2, r => delete r.prev)
        ),
      'access/log/2025.jsonl:3',
      /^malformed: missing or mistyped prev \(string\)/
    ],
    [
      'a record of another version',
      () =>
        tampered(
          log.files,
          2025,
          editLine(0, r => (r.v = 3))
        ),
      'access/log/2025.jsonl:1',
      /^unknown record version 3/
    ],
    [
      'a version-2 field of the wrong type',
      () =>
        tampered(
          log.files,
          2026,
          editLine(1, r => (r.requested_at = 1764547200000))
        ),
      'access/log/2026.jsonl:2',
      /^malformed: mistyped requested_at \(string\)/
    ],
    [
      'an urgent flag that is not true',
      () =>
        tampered(
          log.files,
          2026,
          editLine(1, r => (r.urgent = 'yes'))
        ),
      'access/log/2026.jsonl:2',
      /^malformed: urgent is not true/
    ],
    [
      'a change of a kind nobody writes',
      () =>
        tampered(
          log.files,
          2026,
          editLine(1, r => ((r.change as Record<string, unknown>).kind = 'revert'))
        ),
      'access/log/2026.jsonl:2',
      /^malformed: unknown change\.kind "revert" \(sweep is the only one\)/
    ],
    [
      'a file outside the year scheme',
      () => [...log.files, { path: 'access/log/old.jsonl', text: '' }],
      'access/log/old.jsonl',
      /^not a <YYYY>.jsonl file/
    ]
  ])('names the first broken record: %s', (_what, files, where, problem) => {
    const checked = verifyLog(files())
    expect(checked).toMatchObject({ ok: false, where })
    expect(checked.ok ? '' : checked.problem).toMatch(problem)
  })
})

describe('records of a sweep', () => {
  it('are chained with the kind and the commit swept in their change, and verify', async () => {
    const cwd = scratchLog()
    made.push(cwd)
    const change = {
      kind: 'sweep' as const,
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      pr: 17,
      approvers: ['bob'],
      swept: 'c'.repeat(40)
    }
    const [one, two] = entries('alice', '2026-03-01T06:17:00.000Z', 2)
    const records = await appendToLog('access', cwd, [one, { ...two, change }])
    expect(records[1].change).toEqual(change)
    expect(records[0].change.kind).toBeUndefined()
    const checked = verifyLog(await readLog('access', cwd))
    expect(checked).toMatchObject({ ok: true, records: 2 })
  })
})

describe('a chain of both record versions', () => {
  /** A version-1 record as written before version 2: no optional fields. */
  const v1 = (seq: number, prev: string): LogRecord => {
    const rest = {
      v: 1 as const,
      seq,
      at: '2026-01-01T00:00:00.000Z',
      person: 'alice',
      change: { base: 'a'.repeat(40), head: 'b'.repeat(40), pr: null, approvers: [] },
      actor: 'github-actions',
      platform: 'aws',
      action: 'delete_user',
      target: 'alice',
      result: 'revoked' as const,
      detail: '',
      prev
    }
    return { ...rest, hash: recordHash(rest) }
  }

  it('is intact when version-2 records follow version-1 records', async () => {
    const cwd = scratchLog()
    made.push(cwd)
    const first = v1(1, '0'.repeat(64))
    const second = v1(2, first.hash)
    writeFileSync(
      join(cwd, 'access', 'log', '2026.jsonl'),
      `${JSON.stringify(first)}\n${JSON.stringify(second)}\n`
    )
    const [appended] = await appendToLog('access', cwd, [
      {
        ...entries('alice', '2026-01-02T00:00:00.000Z', 1)[0],
        result: 'verified',
        requested_at: '2026-01-01T09:00:00.000Z',
        account_id: 'AIDAEXAMPLE'
      }
    ])
    expect(appended).toMatchObject({
      v: 2,
      seq: 3,
      prev: second.hash,
      result: 'verified',
      requested_at: '2026-01-01T09:00:00.000Z',
      account_id: 'AIDAEXAMPLE'
    })
    expect(verifyLog(await readLog('access', cwd))).toMatchObject({ ok: true, records: 3 })
  })

  it("chains a record's review, and finds one whose review is not an object malformed", async () => {
    const cwd = scratchLog()
    made.push(cwd)
    const review = {
      merged: true,
      pr_head: 'a'.repeat(40),
      author: 'dave',
      approved: true,
      plan: 'b'.repeat(64),
      posted_plan: 'b'.repeat(64),
      plan_matches: true
    }
    const [appended] = await appendToLog('access', cwd, [
      { ...entries('alice', '2026-01-02T00:00:00.000Z', 1)[0], review }
    ])
    expect(appended).toMatchObject({ v: 2, seq: 1, review })
    const files = await readLog('access', cwd)
    expect(verifyLog(files)).toMatchObject({ ok: true, records: 1 })
    // The review is hashed like every other field.
    const edited = tampered(
      files,
      2026,
      editLine(0, r => ((r.review as typeof review).approved = false))
    )
    expect(verifyLog(edited)).toMatchObject({ ok: false })
    const mistyped = tampered(
      files,
      2026,
      editLine(0, r => {
        r.review = 'approved'
        r.hash = recordHash(r)
      })
    )
    expect(verifyLog(mistyped)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/malformed: mistyped review \(object\)/)
    })
  })
})

describe('offboard verify-log', () => {
  it('says the log is intact, with the counts and the last hash, and exits 0', async () => {
    const { code, out } = await cli(['verify-log'], log.cwd)
    expect(code).toBe(0)
    expect(out).toBe(`intact: 7 records in 2 files, last hash ${log.records[6].hash} (seq 7)`)
  })

  it('names the first broken record and what is wrong, and exits 1', async () => {
    const { cwd, files } = await twoYears()
    const broken = tampered(files, 2025, ([a, b, c]) => [a, c, b])
    writeFileSync(join(cwd, broken[0].path), broken[0].text)
    const { code, out, err } = await cli(['verify-log', '--dir', 'access'], cwd)
    expect(code).toBe(1)
    expect(out).toMatch(/^access\/log\/2025.jsonl:2: out of chain: seq is 3, 2 expected/)
    expect(err).toMatch(/restore the file from git history/)
  })

  it('finds no log intact and empty', async () => {
    const cwd = scratchLog()
    made.push(cwd)
    const { code, out } = await cli(['verify-log'], cwd)
    expect([code, out]).toEqual([0, 'intact: 0 records in 0 files'])
  })
})
