// The account ids the revocation log knows: read from an intact chain only, at a commit (not
// from the working tree), newest first.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { knownIdsAt, knownIdsFromLog, knownIdsOf } from '../src/log/known-ids.js'
import { chain, type Entry } from '../src/log/record.js'
import { commitAll, initRepo } from './support/git.js'
import { entry } from './support/log.js'

const at = (i: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + i * 1000).toISOString()
const withId = (person: string, id: string | undefined, platform = 'github', i = 0): Entry => ({
  ...entry(person, at(i)),
  platform,
  ...(id ? { account_id: id } : {})
})
const logText = (entries: Entry[]) =>
  chain(entries)
    .map(r => `${JSON.stringify(r)}\n`)
    .join('')
const file = (text: string) => [{ path: 'access/log/2026.jsonl', text }]

describe('knownIdsFromLog', () => {
  it('gives each person the ids recorded per platform, newest first, each once', () => {
    const known = knownIdsFromLog(
      file(
        logText([
          withId('alice', '101', 'github', 0),
          withId('alice', undefined, 'github', 1),
          withId('alice', '202', 'github', 2),
          withId('alice', '101', 'github', 3),
          withId('alice', 'AIDAALICE', 'aws', 4),
          withId('bob', '303', 'github', 5)
        ])
      ),
      'at base'
    )
    expect(known.ignored).toBeUndefined()
    expect(knownIdsOf(known, 'github', 'alice')).toEqual(['101', '202'])
    expect(knownIdsOf(known, 'aws', 'alice')).toEqual(['AIDAALICE'])
    expect(knownIdsOf(known, 'github', 'bob')).toEqual(['303'])
    expect(knownIdsOf(known, 'slack', 'alice')).toEqual([])
  })

  it('ignores a broken chain altogether, and says where it breaks', () => {
    const text = logText([withId('alice', '101')]).replace('"101"', '"666"')
    const known = knownIdsFromLog(file(text), 'at 1a2b3c4d5e6f')
    expect(knownIdsOf(known, 'github', 'alice')).toEqual([])
    expect(known.ignored).toMatch(
      /^the revocation log at 1a2b3c4d5e6f is broken at access\/log\/2026\.jsonl:1 \(edited: .*\), so the account ids it records were not used/
    )
  })
})

describe('knownIdsAt', () => {
  it("reads the log at the commit given, never the working tree's", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offboard-known-'))
    mkdirSync(join(cwd, 'access', 'log'), { recursive: true })
    writeFileSync(join(cwd, 'access', 'log', '2026.jsonl'), logText([withId('alice', '101')]))
    writeFileSync(join(cwd, 'access', 'log', 'README.md'), 'not a log file')
    const base = initRepo(cwd)
    // What a pull request's head could write: another id, never read for the plan.
    writeFileSync(join(cwd, 'access', 'log', '2026.jsonl'), logText([withId('alice', '666')]))
    commitAll(cwd, 'head rewrites the log')
    const known = await knownIdsAt(base, 'access', cwd)
    expect(knownIdsOf(known, 'github', 'alice')).toEqual(['101'])

    const empty = mkdtempSync(join(tmpdir(), 'offboard-known-'))
    writeFileSync(join(empty, 'x'), '')
    const none = await knownIdsAt(initRepo(empty), 'access', empty)
    expect(none).toEqual({ byPerson: new Map() })
  })
})
