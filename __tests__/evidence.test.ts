// offboard evidence against a repository whose history departs four people in four ways and
// whose log holds their records: a late revocation after a merged pull request, a departure by
// deleted file committed in another time zone, an urgent offboarding finished after merge,
// and one logged in version 1 (no request time, no verification), in one chain.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chain, recordHash, type Entry, type LogRecord } from '../src/log/record.js'
import { cli, scratchTree } from './support/tree.js'

/** Commits everything in `cwd` as committed at `date` (ISO, any offset). */
function commitAt(cwd: string, date: string, message: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
  const run = (...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' })
  run('add', '-A')
  run('commit', '-q', '--allow-empty', '-m', message)
  return run('rev-parse', 'HEAD').trim()
}

function depart(cwd: string, person: string, on: string, name?: string): void {
  const file = join(cwd, 'access/people', `${person}.yaml`)
  let text = readFileSync(file, 'utf8').replace(
    'status: active',
    `status: departed\ndeparted_on: ${on}`
  )
  if (name) text = text.replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`)
  writeFileSync(file, text)
}

/** An alice name built to break a spreadsheet and a naive CSV writer. */
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","Alice, the \\"boss\\"")'
const HOSTILE_CELL = '"\'=HYPERLINK(""http://evil.example"",""Alice, the \\""boss\\"""")"'

let cwd: string
let head: LogRecord

beforeAll(() => {
  cwd = scratchTree()
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd })
  const c0 = commitAt(cwd, '2026-01-01T00:00:00Z', 'the access tree')
  depart(cwd, 'dave', '2026-01-09')
  const dave = commitAt(cwd, '2026-01-10T00:00:00Z', 'dave leaves')
  depart(cwd, 'alice', '2026-03-02', HOSTILE_NAME)
  const alice = commitAt(cwd, '2026-03-02T10:00:00Z', 'alice leaves (#7)')
  rmSync(join(cwd, 'access/people/bob.yaml'))
  // 23:59:59 UTC on 4 March, already 5 March where it was committed.
  const bob = commitAt(cwd, '2026-03-05T08:59:59+09:00', 'bob leaves')
  depart(cwd, 'carol', '2026-03-10')
  const carol = commitAt(cwd, '2026-03-10T12:00:00Z', 'carol leaves (#12)')

  const change = (base: string, headSha: string, pr: number | null, approvers: string[] = []) => ({
    base,
    head: headSha,
    pr,
    approvers
  })
  const rec = (
    e: Partial<Entry> & Pick<Entry, 'at' | 'person' | 'platform' | 'action' | 'result' | 'change'>
  ): Entry => ({
    actor: 'github-actions',
    target: e.person,
    detail: '',
    ...e
  })
  // dave, version 1: no requested_at, no verify records; chained by hand as v1 hashes them.
  const daveChange = change(c0, dave, null)
  const v1: LogRecord[] = []
  for (const [i, e] of [
    rec({
      at: '2026-01-10T09:00:00.000Z',
      person: 'dave',
      platform: 'aws',
      action: 'delete_user',
      result: 'revoked',
      change: daveChange
    }),
    rec({
      at: '2026-01-10T09:00:01.000Z',
      person: 'dave',
      platform: 'slack',
      action: 'deactivate_user',
      result: 'revoked',
      change: daveChange
    })
  ].entries()) {
    const unhashed = { v: 1 as const, seq: i + 1, ...e, prev: v1[i - 1]?.hash ?? '0'.repeat(64) }
    v1.push({ ...unhashed, hash: recordHash(unhashed) })
  }
  // alice: merged #7 at 10:00:05, revoked and verified the next day at 11:00: late.
  const aliceChange = change(dave, alice, 7, ['bob'])
  const aliceAt = { change: aliceChange, requested_at: '2026-03-02T10:00:05.000Z', person: 'alice' }
  // bob: file deleted, applied from the command line (no pull request), 10 minutes later.
  const bobChange = change(alice, bob, null)
  const bobAt = { change: bobChange, requested_at: '2026-03-04T23:59:59.000Z', person: 'bob' }
  // carol: urgent before review at 08:00 (aws left), finished by the apply after merge.
  const urgent = {
    change: change(bob, carol, 12),
    requested_at: '2026-03-10T08:00:00.000Z',
    person: 'carol',
    urgent: true as const
  }
  const merged = {
    change: change(bob, carol, 12, ['erin']),
    requested_at: '2026-03-10T08:00:00.000Z',
    person: 'carol'
  }
  const v2 = chain(
    [
      rec({
        ...aliceAt,
        at: '2026-03-03T11:00:00.000Z',
        platform: 'github',
        action: 'remove_org_membership',
        result: 'started'
      }),
      rec({
        ...aliceAt,
        at: '2026-03-03T11:00:01.000Z',
        platform: 'github',
        action: 'remove_org_membership',
        result: 'revoked'
      }),
      rec({
        ...aliceAt,
        at: '2026-03-03T11:00:01.000Z',
        platform: 'github',
        action: 'review_deploy_key',
        target: 'api deploy key 1',
        result: 'skipped',
        detail: 'needs a human: rotate it'
      }),
      rec({
        ...aliceAt,
        at: '2026-03-03T11:00:10.000Z',
        platform: 'github',
        action: 'verify',
        result: 'verified',
        detail: 'alice-gh: nothing left; waiting for a human: api deploy key 1'
      }),
      // frank lost a role in the same change: a reduction, not a departure.
      rec({
        change: bobChange,
        at: '2026-03-05T00:00:00.000Z',
        person: 'frank',
        platform: 'slack',
        action: 'remove_from_usergroup',
        result: 'revoked'
      }),
      rec({
        ...bobAt,
        at: '2026-03-05T00:09:00.000Z',
        platform: 'aws',
        action: 'delete_user',
        result: 'started'
      }),
      rec({
        ...bobAt,
        at: '2026-03-05T00:09:01.000Z',
        platform: 'aws',
        action: 'delete_user',
        result: 'revoked'
      }),
      rec({
        ...bobAt,
        at: '2026-03-05T00:09:59.000Z',
        platform: 'aws',
        action: 'verify',
        result: 'verified',
        detail: 'bob: nothing left'
      }),
      rec({
        ...urgent,
        at: '2026-03-10T08:01:00.000Z',
        platform: 'github',
        action: 'remove_org_membership',
        result: 'revoked'
      }),
      rec({
        ...urgent,
        at: '2026-03-10T08:01:00.000Z',
        platform: 'aws',
        action: 'delete_access_key',
        target: 'carol/AKIA...WXYZ',
        result: 'failed',
        detail: 'throttled'
      }),
      rec({
        ...urgent,
        at: '2026-03-10T08:02:00.000Z',
        platform: 'github',
        action: 'verify',
        result: 'verified',
        detail: 'nothing left'
      }),
      rec({
        ...urgent,
        at: '2026-03-10T08:02:00.000Z',
        platform: 'aws',
        action: 'verify',
        result: 'failed',
        detail: 'still there: carol/AKIA...WXYZ'
      }),
      rec({
        ...merged,
        at: '2026-03-10T12:00:10.000Z',
        platform: 'github',
        action: 'check_account',
        result: 'already_absent'
      }),
      rec({
        ...merged,
        at: '2026-03-10T12:00:20.000Z',
        platform: 'aws',
        action: 'delete_access_key',
        target: 'carol/AKIA...WXYZ',
        result: 'revoked'
      }),
      rec({
        ...merged,
        at: '2026-03-10T12:00:30.000Z',
        platform: 'github',
        action: 'verify',
        result: 'verified',
        detail: 'nothing left'
      }),
      rec({
        ...merged,
        at: '2026-03-10T12:00:30.000Z',
        platform: 'aws',
        action: 'verify',
        result: 'verified',
        detail: 'nothing left'
      })
    ],
    v1[v1.length - 1]
  )
  const all = [...v1, ...v2]
  head = all[all.length - 1]
  mkdirSync(join(cwd, 'access/log'))
  writeFileSync(join(cwd, 'access/log/2026.jsonl'), all.map(r => `${JSON.stringify(r)}\n`).join(''))
})

afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const evidence = async (...args: string[]) => cli(['evidence', ...args], cwd)

interface Row {
  person: string
  [k: string]: unknown
}
const rowsOf = async (...args: string[]) => {
  const { code, out, err } = await evidence('--format', 'json', ...args)
  expect({ code, err }).toEqual({ code: 0, err: '' })
  return JSON.parse(out) as {
    departures: Row[]
    totals: Record<string, unknown>
    log: Record<string, unknown>
  }
}

describe('offboard evidence', () => {
  it('reads the log as a mixed v1/v2 chain: one row per departure, none for a reduction, bound to the chain head', async () => {
    const report = await rowsOf()
    expect(report.departures.map(r => r.person)).toEqual(['dave', 'alice', 'bob', 'carol'])
    expect(report.log).toEqual({ records: 18, files: 1, head: { seq: 18, hash: head.hash } })
    const { out } = await cli(['verify-log'], cwd)
    expect(out).toContain(`last hash ${head.hash} (seq 18)`)
  })

  it('reports a late revocation: verified a day after the merge that requested it', async () => {
    const alice = (await rowsOf()).departures.find(r => r.person === 'alice')!
    expect(alice).toMatchObject({
      departed_on: '2026-03-02',
      how: 'marked_departed',
      requested_at: '2026-03-02T10:00:05.000Z',
      requested_from: 'log',
      due_by: '2026-03-03T10:00:05.000Z',
      pr: 7,
      approvers: ['bob'],
      urgent: false,
      first_revocation: '2026-03-03T11:00:01.000Z',
      verified_at: '2026-03-03T11:00:10.000Z',
      time_to_revoke_seconds: 25 * 3600 + 5,
      within_sla: 'no',
      steps: { revoked: 1, already_absent: 0, skipped: 1, failed: 0 },
      manual_open: [{ platform: 'github', target: 'api deploy key 1' }]
    })
  })

  it('reports a departure by deleted file, its request time the commit time in UTC', async () => {
    const bob = (await rowsOf()).departures.find(r => r.person === 'bob')!
    expect(bob).toMatchObject({
      name: 'Bob Okafor',
      departed_on: null,
      how: 'deleted',
      requested_at: '2026-03-04T23:59:59.000Z',
      pr: null,
      verified_at: '2026-03-05T00:09:59.000Z',
      time_to_revoke_seconds: 600,
      within_sla: 'yes'
    })
  })

  it('reports an urgent offboarding as one departure with the merge that finished it', async () => {
    const carol = (await rowsOf()).departures.find(r => r.person === 'carol')!
    expect(carol).toMatchObject({
      urgent: true,
      pr: 12,
      approvers: ['erin'],
      requested_at: '2026-03-10T08:00:00.000Z',
      first_revocation: '2026-03-10T08:01:00.000Z',
      last_revocation: '2026-03-10T12:00:20.000Z',
      // aws was verified gone only after the merge: that is when everything was.
      verified_at: '2026-03-10T12:00:30.000Z',
      time_to_revoke_seconds: 4 * 3600 + 30,
      within_sla: 'yes',
      steps: { revoked: 2, already_absent: 1, skipped: 0, failed: 1 },
      unverified: []
    })
  })

  it('reports a version-1 departure from the history: requested at its commit, no verification to judge', async () => {
    const dave = (await rowsOf()).departures.find(r => r.person === 'dave')!
    expect(dave).toMatchObject({
      departed_on: '2026-01-09',
      requested_at: '2026-01-10T00:00:00.000Z',
      requested_from: 'commit',
      verified_at: null,
      within_sla: 'unknown'
    })
    expect(dave.notes).toEqual([
      'logged without requested_at: requested at is the commit time of the change',
      'no verification recorded (records written before offboard verified after apply)'
    ])
  })

  it('takes --since and --until as UTC days, both included', async () => {
    const people = async (...args: string[]) =>
      (await rowsOf(...args)).departures.map(r => r.person)
    // dave was requested at 00:00:00 on 10 January, bob at 23:59:59 on 4 March (UTC).
    expect(await people('--since', '2026-01-10', '--until', '2026-01-10')).toEqual(['dave'])
    expect(await people('--until', '2026-01-09')).toEqual([])
    expect(await people('--since', '2026-03-04', '--until', '2026-03-04')).toEqual(['bob'])
    // 5 March where bob's commit was made, but 4 March in UTC.
    expect(await people('--since', '2026-03-05')).toEqual(['carol'])
  })

  it('prints the totals and the chain head in Markdown', async () => {
    const { code, out } = await evidence()
    expect(code).toBe(0)
    expect(out).toContain(`chain head seq 18 hash \`${head.hash}\``)
    expect(out).toMatch(
      /\| \*\*alice\*\* \([^|]*\) \| 2026-03-02 \| 2026-03-02 10:00:05Z \| #7 \(bob\) \| no \|[^\n]*\| 1d 01h \| \*\*no\*\* \(due 2026-03-03 10:00:05Z\) \|/
    )
    expect(out).toMatch(/\| \*\*bob\*\* \(Bob Okafor\) \| file deleted \|/)
    expect(out).toContain(
      '**Totals**: 4 departures: 1 late, 0 pending, 1 unknown (no request time or no verification recorded); time to revoke: median 4h 00m, worst 1d 01h.'
    )
  })

  it('writes RFC 4180 CSV and neutralises a name that would run as a formula', async () => {
    const { code, out, err } = await evidence('--format', 'csv')
    expect(code).toBe(0)
    const lines = out.split('\r\n')
    expect(lines[0]).toMatch(/^person,name,departed_on,how,requested_at,/)
    expect(lines).toHaveLength(5)
    expect(lines[2]).toContain(`alice,${HOSTILE_CELL},2026-03-02,marked_departed,`)
    expect(lines[2]).toContain(`,18,${head.hash},`)
    expect(err).toMatch(/^offboard evidence: 4 departures: 1 late/)
  })

  it('refuses a tampered log, naming the record, and prints no report', async () => {
    const file = join(cwd, 'access/log/2026.jsonl')
    const text = readFileSync(file, 'utf8')
    try {
      writeFileSync(
        file,
        text
          .replace('"verified_at"', '')
          .replace('2026-03-03T11:00:10.000Z', '2026-03-02T11:00:10.000Z')
      )
      const { code, out, err } = await evidence()
      expect(code).toBe(1)
      expect(out).toMatch(/^access\/log\/2026\.jsonl:6: edited: the hash does not match/)
      expect(err).toMatch(/is broken, so it is no evidence/)
    } finally {
      writeFileSync(file, text)
    }
  })

  it('refuses a wrong date or format with a pointer to what to write', async () => {
    expect(await evidence('--since', '2026-02-30')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--since is "2026-02-30": give a date as YYYY-MM-DD (UTC)')
    })
    expect(await evidence('--format', 'xlsx')).toMatchObject({
      code: 2,
      err: expect.stringContaining('use md, json or csv')
    })
    expect(await evidence('--since', '2026-03-02', '--until', '2026-03-01')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--since 2026-03-02 is after --until 2026-03-01')
    })
  })
})
