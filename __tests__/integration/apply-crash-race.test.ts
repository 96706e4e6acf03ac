// apply as real processes against the sandbox: killed with SIGKILL while its writes are in
// flight, it leaves a valid chain with a record for every write that reached a platform, and
// a rerun finishes the job without repeating a write; four at once on one checkout leave one
// chain; two at once, each departing one of the organization's two owners, cannot remove both.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createGithubPlatform, newGithubState } from '../../src/sandbox/github/index.js'
import type { LogRecord } from '../../src/log/record.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { buildCli, runBuilt, type BuiltCli } from '../support/build.js'
import { commitAll, git, initRepo } from '../support/git.js'
import { cli, departureCheckout, repoRoot } from '../support/tree.js'

let built: BuiltCli
const sandboxes: Sandbox[] = []
const servers: SimServer[] = []

beforeAll(() => {
  built = buildCli()
})

afterAll(async () => {
  built.remove()
  await Promise.all([...sandboxes, ...servers].map(s => s.close()))
})

const APPLY = ['apply', '--base', 'HEAD~1', '--head', 'HEAD']
const LATENCY_MS = 40

/** Writes a platform may make unnecessary with an earlier one of the same run. */
const ENDED_BY_AN_EARLIER_WRITE: Record<string, true> = {
  'okta DELETE /api/v1/users/{userId}/clients/{clientId}/tokens': true
}
/** The writes that end sessions, and the steps that make them. */
const SESSION_ENDING: Record<string, string> = {
  'aws-iam PutUserPolicy': 'revoke_sessions',
  'slack admin.users.session.reset': 'reset_sessions',
  'aws-sso PutInlinePolicyToPermissionSet': 'deny_sessions',
  'aws-sso ProvisionPermissionSet': 'deny_sessions',
  'google directory.users.signOut': 'sign_out',
  'okta DELETE /api/v1/users/{userId}/sessions': 'clear_sessions'
}

/** A step's second write, after the one its record announced: the provisioning of the
 *  permission set whose inline policy the step has just written. */
const FOLLOW_UP = new Set(['ProvisionPermissionSet'])

/** The platform a sandbox server's requests are logged under. */
const platformOf = (server: string) =>
  server === 'aws-iam'
    ? 'aws'
    : server === 'slack-scim'
      ? 'slack'
      : server === 'aws-sso'
        ? 'aws_sso'
        : server

/** The bundled sandbox, slowed down, and a checkout whose last commit departs alice. */
async function departure(): Promise<{
  sandbox: Sandbox
  cwd: string
  env: Record<string, string>
}> {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', repoRoot),
    latencyMs: LATENCY_MS
  })
  sandboxes.push(sandbox)
  const cwd = departureCheckout()
  return { sandbox, cwd, env: { ...sandbox.env } }
}

/** The list a bulk write names its items in: one request may carry several steps' items,
 *  and how a run batches them depends on its timing. */
const BULK_ITEMS = ['pat_ids', 'pat_request_ids', 'selected_usernames']

/** How many items one write carries: a bulk write's list, otherwise one. */
function itemsOf(body: string): number {
  if (!body.startsWith('{')) return 1
  const parsed = JSON.parse(body) as Record<string, unknown>
  const list = BULK_ITEMS.map(k => parsed[k]).find(Array.isArray)
  return list ? list.length : 1
}

/** Every item the sandbox's servers were sent to write, per server and operation. */
function writeCounts(sandbox: Sandbox): Record<string, number> {
  const out: Record<string, number> = {}
  for (const s of Object.values(sandbox.servers))
    for (const w of s.writes())
      out[`${s.name} ${w.operation}`] = (out[`${s.name} ${w.operation}`] ?? 0) + itemsOf(w.body)
  return out
}

const totalWrites = (sandbox: Sandbox) =>
  Object.values(sandbox.servers).reduce((n, s) => n + s.writes().length, 0)

/** Calls `then` once the servers together have recorded `n` writes (a write is recorded
 *  once the server has carried it out, just before it answers). */
function onWrite(sandbox: Sandbox, n: number, then: () => void): void {
  for (const s of Object.values(sandbox.servers)) {
    const push = s.requests.push.bind(s.requests)
    s.requests.push = (...items) => {
      const length = push(...items)
      if (items.some(r => r.write) && totalWrites(sandbox) === n) then()
      return length
    }
  }
}

/** Resolves once the servers have recorded nothing new for a while: writes that were in
 *  flight when the client died are still carried out. */
async function settled(sandbox: Sandbox): Promise<void> {
  const count = () => Object.values(sandbox.servers).reduce((n, s) => n + s.requests.length, 0)
  for (let last = -1; last !== count();) {
    last = count()
    await new Promise(r => setTimeout(r, LATENCY_MS * 4))
  }
}

function logRecords(cwd: string): LogRecord[] {
  const text = readFileSync(join(cwd, `access/log/${new Date().getUTCFullYear()}.jsonl`), 'utf8')
  return text
    .split('\n')
    .filter(l => l !== '')
    .map(l => JSON.parse(l) as LogRecord)
}

/** What an uninterrupted apply of the departure writes: the measure of a finished job. */
let reference: Record<string, number>
/** ... and how many write requests it sends. */
let referenceRequests: number

describe('apply killed with SIGKILL', () => {
  beforeAll(async () => {
    const { sandbox, cwd, env } = await departure()
    const done = await runBuilt(built, APPLY, cwd, env).done
    expect(done.err).toBe('')
    expect(done.code).toBe(0)
    reference = writeCounts(sandbox)
    referenceRequests = totalWrites(sandbox)
  }, 60_000)

  it.each([
    ['the first', () => 1],
    ['the third', () => 3],
    ['the last', () => referenceRequests]
  ])(
    'after %s write reached the sandbox: a valid chain holds a record of every write it received, and a rerun finishes without repeating one',
    async (_, at) => {
      const { sandbox, cwd, env } = await departure()
      const run = runBuilt(built, APPLY, cwd, env)
      onWrite(sandbox, at(), () => run.child.kill('SIGKILL'))
      expect((await run.done).signal).toBe('SIGKILL')
      await settled(sandbox)
      const received = writeCounts(sandbox)

      const verified = await cli(['verify-log'], cwd)
      expect(verified.code).toBe(0)
      expect(verified.out).toMatch(/^intact: \d+ records/)
      // Every write the platforms received was announced first (each step makes one write,
      // and a permission set's provisioning follows the write it completes).
      const started = logRecords(cwd).filter(r => r.result === 'started')
      const servers = Object.values(sandbox.servers)
      for (const platform of new Set(servers.map(s => platformOf(s.name)))) {
        const writes = servers
          .filter(s => platformOf(s.name) === platform)
          .reduce((n, s) => n + s.writes().filter(w => !FOLLOW_UP.has(w.operation)).length, 0)
        const announced = started.filter(r => r.platform === platform).length
        expect({ platform, unannounced: Math.max(0, writes - announced) }).toEqual({
          platform,
          unannounced: 0
        })
      }

      for (const s of Object.values(sandbox.servers)) s.resetRecord()
      const rerun = await cli(APPLY, cwd, env)
      expect(rerun.err).toMatch(
        /an earlier run stopped before \d+ writes? (was|were) answered \(log seq [\d, ]+\)/
      )
      expect(rerun.code).toBe(0)
      // Nothing the first run carried out is sent again, and together they did the whole job.
      // Except what ends sessions: while the account is there, every run ends all its sessions
      // again, at its own time (sessions cannot be listed).
      const again = writeCounts(sandbox)
      for (const op of new Set([...Object.keys(received), ...Object.keys(again)])) {
        if (op in SESSION_ENDING && again[op] > 0) {
          expect({ op, writes: again[op] }).toEqual({ op, writes: reference[op] })
          continue
        }
        const writes = (received[op] ?? 0) + (again[op] ?? 0)
        // Okta's clearing of sessions with oauthTokens=true also revokes every app's refresh
        // tokens: a rerun after it finds fewer apps' tokens to revoke, never more.
        if (op in ENDED_BY_AN_EARLIER_WRITE) {
          expect({ op, repeated: writes > reference[op] }).toEqual({ op, repeated: false })
          continue
        }
        expect({ op, writes }).toEqual({ op, writes: reference[op] })
      }
      const step = (r: LogRecord) => [r.person, r.platform, r.action, r.target].join(' ')
      const records = logRecords(cwd)
      const firstRun = records[0].run
      const done = records
        .filter(
          r =>
            r.run === firstRun &&
            r.result === 'revoked' &&
            !Object.values(SESSION_ENDING).includes(r.action)
        )
        .map(step)
      const restarted = records.filter(r => r.run !== firstRun && r.result === 'started').map(step)
      expect(restarted.filter(s => done.includes(s))).toEqual([])

      const final = await cli(['verify-log'], cwd)
      expect(final.code).toBe(0)
      expect(final.out).not.toMatch(/in doubt/)

      for (const s of Object.values(sandbox.servers)) s.resetRecord()
      const third = await cli(APPLY, cwd, env)
      expect(third.code).toBe(0)
      expect(totalWrites(sandbox)).toBe(0)
    },
    60_000
  )
})

describe('applies at once on one checkout', () => {
  it('four leave one valid chain: one of them revokes, the others wait and find nothing left', async () => {
    const { sandbox, cwd, env } = await departure()
    const runs = await Promise.all([1, 2, 3, 4].map(() => runBuilt(built, APPLY, cwd, env).done))
    expect(runs.map(r => r.code)).toEqual([0, 0, 0, 0])
    expect(
      runs.filter(r =>
        /access\/log\/\.lock is held by another run \(apply, pid \d+ on .+, started .+\): waiting up to 300 s/.test(
          r.err
        )
      )
    ).not.toHaveLength(0)
    expect(writeCounts(sandbox)).toEqual(reference)
    const verified = await cli(['verify-log'], cwd)
    expect(verified.code).toBe(0)
    const records = logRecords(cwd)
    expect(new Set(records.map(r => r.seq)).size).toBe(records.length)
    expect(new Set(records.map(r => r.run)).size).toBe(4)
  }, 60_000)

  it('two departing the only two owners of the organization: the one that plans second is refused as the last owner', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offboard-owners-'))
    const files: Record<string, string> = {
      'platforms.yaml': 'version: 1\ngithub:\n  org: acme\npolicy:\n  max_departure_ratio: 0.5\n',
      'roles/owner.yaml': 'id: owner\ngrants:\n  github:\n    org_role: admin\n',
      'roles/dev.yaml': 'id: dev\ngrants:\n  github:\n    teams: []\n'
    }
    const person = (id: string, role: string, status = 'active') =>
      `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-25\n' : ''}roles: [${role}]\naccounts:\n  github: ${id}-gh\n`
    const people = { ann: 'owner', ben: 'owner', cid: 'dev', dee: 'dev' }
    for (const [id, role] of Object.entries(people)) files[`people/${id}.yaml`] = person(id, role)
    const write = (rel: string, text: string) => {
      mkdirSync(dirname(join(cwd, 'access', rel)), { recursive: true })
      writeFileSync(join(cwd, 'access', rel), text)
    }
    Object.entries(files).forEach(([rel, text]) => write(rel, text))
    initRepo(cwd)
    const base = git(cwd, 'rev-parse', 'HEAD')
    const depart = (id: string) => {
      git(cwd, 'checkout', '-q', base)
      write(`people/${id}.yaml`, person(id, 'owner', 'departed'))
      return commitAll(cwd, `${id} leaves`)
    }
    const heads = [depart('ann'), depart('ben')]

    // A token that acts as an owner without being one of them, as a GitHub App's does.
    const state = newGithubState('acme')
    for (const [i, [id, role]] of Object.entries(people).entries()) {
      state.users.push({ login: `${id}-gh`, id: 10 + i, email: `${id}@acme.example` })
      const admin = role === 'owner' ? ('admin' as const) : ('member' as const)
      state.members.push({ login: `${id}-gh`, role: admin, state: 'active' })
    }
    const github = await startSimServer(createGithubPlatform(state).platform, {
      knobs: { latencyMs: 100 }
    })
    servers.push(github)
    const env = {
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: 'ghs_app',
      OFFBOARD_GITHUB_PACE_WRITES: 'false'
    }

    const runs = await Promise.all(
      heads.map(head => runBuilt(built, ['apply', '--base', base, '--head', head], cwd, env).done)
    )
    const removals = github
      .writes()
      .filter(w => w.operation === 'DELETE /orgs/{org}/memberships/{username}')
    expect(removals).toHaveLength(1)
    const owners = state.members.filter(m => m.role === 'admin' && m.state === 'active')
    expect(owners).toHaveLength(1)
    expect(logRecords(cwd).filter(r => r.action === 'refuse')).toEqual([
      expect.objectContaining({
        person: owners[0].login.replace(/-gh$/, ''),
        result: 'skipped',
        detail: expect.stringMatching(/is the last owner of acme/)
      })
    ])
    // The refused owner still holds the organization: the verification after apply says so,
    // and that run exits 1; the other verifies its departure.
    const last = owners[0].login.replace(/-gh$/, '')
    expect(logRecords(cwd).filter(r => r.action === 'verify')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: last, result: 'failed' }),
        expect.objectContaining({ person: last === 'ann' ? 'ben' : 'ann', result: 'verified' })
      ])
    )
    expect(logRecords(cwd).find(r => r.action === 'verify' && r.person === last)?.detail).toMatch(
      /still there: .*refused: .*is the last owner of acme/
    )
    expect(runs.map(r => r.code).sort()).toEqual([0, 1])
    expect((await cli(['verify-log'], cwd)).code).toBe(0)
  }, 60_000)
})
