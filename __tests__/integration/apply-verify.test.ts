// apply proves what it revoked on the bundled sandbox: every platform is read back after the
// steps (one verify record each); a read that fails (GitHub answering 500 to the SAML SSO
// credential authorizations) fails the run with a discover record naming it, while the rest is
// still revoked, and a rerun once GitHub recovers finishes the job and verifies everything.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyChange } from '../../src/apply.js'
import { loadRevisions } from '../../src/engine.js'
import type { Entry, LogRecord } from '../../src/log/record.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import { startTreeSandbox } from '../support/sandbox-tree.js'
import { cli, departureCheckout, exampleAccess } from '../support/tree.js'

const PLATFORMS = [
  'github',
  'aws',
  'slack',
  'scim:jira',
  'scim:pagerduty',
  'aws_sso',
  'entra',
  'google',
  'okta'
]
const SSO_LIST = 'GET /orgs/{org}/credential-authorizations'

/** The example tree with one retry for GitHub, whose 500s are the faults here: the default
 *  budget (3 retries, backing off 1, 4 and 9 s) would only make every test wait longer. */
const withShortRetry = (person: string) =>
  departureCheckout(person, {
    'platforms.yaml': readFileSync(join(exampleAccess, 'platforms.yaml'), 'utf8').replace(
      /^github:\n/m,
      'github:\n  retry: { retries: 1, seconds: 10 }\n'
    )
  })

let sandbox: Sandbox
let env: Record<string, string>

beforeAll(async () => {
  ;({ sandbox, env } = await startTreeSandbox())
})
afterAll(() => sandbox.close())

const logOf = (cwd: string): LogRecord[] =>
  readFileSync(join(cwd, 'access/log', `${new Date().getUTCFullYear()}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as LogRecord)

const verifyResults = (records: LogRecord[]) =>
  Object.fromEntries(records.filter(r => r.action === 'verify').map(r => [r.platform, r.result]))

describe('apply verifies by reading every platform back', () => {
  it('a departure on the bundled sandbox ends with a verified record on every platform', async () => {
    const cwd = departureCheckout('bob')
    const applied = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)
    const records = logOf(cwd)
    expect(verifyResults(records)).toEqual(Object.fromEntries(PLATFORMS.map(p => [p, 'verified'])))
    const github = records.find(r => r.action === 'verify' && r.platform === 'github')!
    expect(github).toMatchObject({ v: 2, person: 'bob', target: 'bob' })
    expect(github.detail).toMatch(/^bobokafor: nothing left; bobokafor holds nothing in acme$/)
    // The verify records come after every step, in the same chain.
    const lastStep = Math.max(...records.filter(r => r.action !== 'verify').map(r => r.seq))
    expect(Math.min(...records.filter(r => r.action === 'verify').map(r => r.seq))).toBe(
      lastStep + 1
    )
    expect((await cli(['verify-log'], cwd)).code).toBe(0)
  })

  it('hands each verify record to the log once every step is answered; one the log cannot take is unrecorded, not lost', async () => {
    const cwd = departureCheckout('dave')
    const revisions = await loadRevisions({ cwd, dir: 'access', base: 'HEAD~1', head: 'HEAD' })
    if (!revisions.ok) throw new Error(`invalid declarations at ${revisions.which}`)
    const recorded: Entry[] = []
    const applied = await applyChange(
      revisions.base,
      revisions.head,
      { env, log: () => {}, maskSecret: () => {} },
      {
        change: { base: 'base', head: 'head', pr: null, approvers: [] },
        actor: 'test',
        // The log fails for Slack's verify record only (a full disk at that moment).
        onRecord: async e => {
          if (e.action === 'verify' && e.platform === 'slack') throw new Error('disk full')
          recorded.push(e)
        },
        verify: { settle: [] }
      }
    )
    const isVerify = (e: Entry) => e.action === 'verify'
    expect(recorded.filter(isVerify).map(e => [e.platform, e.result])).toEqual(
      PLATFORMS.filter(p => p !== 'slack').map(p => [p, 'verified'])
    )
    // After every step's outcome, as the last records of the run.
    expect(recorded.findIndex(isVerify)).toBeGreaterThan(recorded.findLastIndex(e => !isVerify(e)))
    expect(applied.unrecorded).toEqual([
      expect.objectContaining({ action: 'verify', platform: 'slack', result: 'verified' })
    ])
    expect(applied.entries.filter(isVerify)).toEqual(applied.verify)
    expect(applied.failed).toBe(0)
  })

  it('a write left in doubt is settled only by a platform read completely: a failed read may hide it', async () => {
    const cwd = withShortRetry('carol')
    const revisions = await loadRevisions({ cwd, dir: 'access', base: 'HEAD~1', head: 'HEAD' })
    if (!revisions.ok) throw new Error(`invalid declarations at ${revisions.which}`)
    const change = { base: 'base', head: 'head', pr: null, approvers: [] }
    const started = (seq: number, platform: string, action: string, target: string) => ({
      v: 2 as const,
      seq,
      at: '2026-11-26T05:00:00.000Z',
      person: 'carol',
      change,
      actor: 'test',
      platform,
      action,
      target,
      result: 'started' as const,
      detail: '',
      prev: '',
      hash: ''
    })
    const github = sandbox.servers.github
    github.knobs.faultOnly = c => c.operation === SSO_LIST
    github.knobs.serverErrorRate = 1
    try {
      const applied = await applyChange(
        revisions.base,
        revisions.head,
        { env, log: () => {}, maskSecret: () => {} },
        {
          change,
          actor: 'test',
          inDoubt: [
            // What the SSO listing would show, and GitHub cannot list it now.
            started(
              7,
              'github',
              'revoke_sso_authorization',
              'sso credential 424242 (token ...beef)'
            ),
            // Slack is read completely and shows no such user group: settled.
            started(8, 'slack', 'remove_from_usergroup', '@gone-group')
          ],
          verify: { settle: [] }
        }
      )
      const settled = applied.checks.filter(c => /was never answered/.test(c.detail))
      expect(settled.map(c => [c.platform, c.target, c.result])).toEqual([
        ['slack', '@gone-group', 'already_absent']
      ])
      expect(applied.checks).toContainEqual(
        expect.objectContaining({
          platform: 'github',
          action: 'discover',
          target: 'SAML SSO credential authorizations',
          result: 'failed'
        })
      )
    } finally {
      github.knobs.serverErrorRate = 0
      github.knobs.faultOnly = undefined
    }
  }, 120_000)

  it('GitHub answering 500 to the SSO authorizations: apply exits 1 with a failed discover record; a rerun after recovery exits 0, verified everywhere', async () => {
    const cwd = withShortRetry('alice')
    const github = sandbox.servers.github
    github.knobs.faultOnly = c => c.operation === SSO_LIST
    github.knobs.serverErrorRate = 1
    const first = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(first.code).toBe(1)
    const records = logOf(cwd)
    const discover = records.filter(r => r.action === 'discover')
    expect(discover).toEqual([
      expect.objectContaining({
        platform: 'github',
        target: 'SAML SSO credential authorizations',
        result: 'failed',
        detail: expect.stringMatching(/^gave up after 1 retry \/ 10 s: GitHub answered 500/)
      })
    ])
    // Containment still happened: the membership is gone, the other platforms verified.
    expect(first.out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    expect(first.out).toMatch(/alice {2}github {2}revoke_token_grant {2}.* {2}revoked/)
    expect(sandbox.states.github!.members.map(m => m.login)).not.toContain('alice-gh')
    expect(verifyResults(records)).toEqual({
      ...Object.fromEntries(PLATFORMS.map(p => [p, 'verified'])),
      github: 'failed'
    })
    expect(records.find(r => r.action === 'verify' && r.platform === 'github')?.detail).toMatch(
      /could not read: SAML SSO credential authorizations \(gave up after 1 retry \/ 10 s: GitHub answered 500/
    )
    expect(first.err).toMatch(/2 failed: /)

    // GitHub recovers: the rerun reads the SSO authorizations, finds that they ended with the
    // membership, and verifies.
    github.knobs.serverErrorRate = 0
    github.knobs.faultOnly = undefined
    github.resetRecord()
    const second = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(second.err).toBe('')
    expect(second.code).toBe(0)
    const rerun = logOf(cwd).slice(records.length)
    expect(verifyResults(rerun)).toEqual(Object.fromEntries(PLATFORMS.map(p => [p, 'verified'])))
    // Nothing repeated on GitHub, and nothing left to write.
    expect(github.writes()).toEqual([])
    expect((await cli(['verify-log'], cwd)).code).toBe(0)

    // The deploy key alice added was left to a human: the audit reports it until it is gone.
    const pending = (out: string) =>
      out.split('\n').filter(l => /manual_step_pending +github alice-gh/.test(l))
    const before = await cli(['audit'], cwd, env)
    expect(pending(before.out)).toEqual([
      expect.stringMatching(/^MEDIUM .*api deploy key \d+ "alice-gh deploy key": left to a human/)
    ])
    const api = sandbox.states.github!.repos.find(r => r.name === 'api')!
    api.deployKeys = api.deployKeys.filter(k => k.added_by !== 'alice-gh')
    expect(pending((await cli(['audit'], cwd, env)).out)).toEqual([])
  }, 120_000)
})
