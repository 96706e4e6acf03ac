// Okta's guards end to end, through the command line on the bundled sandbox: the org's last
// active super administrator is signed out but kept (refused in the plan, or, when two leave
// together, counted live before each write), and a protected login gets no write at all.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LogRecord } from '../../src/log/record.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import type { OktaSimState, OktaSimUser } from '../../src/sandbox/okta/index.js'
import { commitAll, initRepo } from '../support/git.js'
import { editAccess, startTreeSandbox } from '../support/sandbox-tree.js'
import { cli, scratchTree } from '../support/tree.js'

const APPLY = ['apply', '--base', 'HEAD~1', '--head', 'HEAD']
const LAST_ADMIN = /is the last active super administrator of the Okta org/

let sandbox: Sandbox | undefined
afterEach(() => sandbox?.close())

async function org(): Promise<{ okta: OktaSimState; env: Record<string, string> }> {
  const started = await startTreeSandbox()
  sandbox = started.sandbox
  return { okta: started.sandbox.states.okta!, env: started.env }
}

const user = (okta: OktaSimState, login: string): OktaSimUser =>
  okta.users.find(u => u.profile.login === login)!
const groupsOf = (okta: OktaSimState, u: OktaSimUser) =>
  okta.groups.filter(g => g.type !== 'BUILT_IN' && g.members.includes(u.id)).map(g => g.name)

/** Makes `admins` the org's only super administrators, the API token acting for the first. */
function superAdmins(okta: OktaSimState, ...admins: string[]): void {
  for (const u of okta.users) u.roles = admins.includes(u.profile.login) ? ['SUPER_ADMIN'] : []
  okta.apiTokens[0].userId = user(okta, admins[0]).id
}

/** A repository holding the example tree (its platforms.yaml edited), whose last commit
 *  departs `people`. */
function departing(people: string[], platforms: (text: string) => string = t => t): string {
  const cwd = scratchTree()
  editAccess(cwd, 'platforms.yaml', platforms)
  initRepo(cwd)
  for (const id of people)
    editAccess(cwd, `people/${id}.yaml`, t =>
      t.replace('status: active', 'status: departed\ndeparted_on: 2026-11-25')
    )
  commitAll(cwd, `${people.join(' and ')} leave`)
  return cwd
}

const oktaRecords = (cwd: string): LogRecord[] =>
  readFileSync(join(cwd, 'access/log', `${new Date().getUTCFullYear()}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as LogRecord)
    .filter(r => r.platform === 'okta')
const oktaWrites = () => sandbox!.servers.okta.writes().map(w => w.operation)

describe('the last active super administrator', () => {
  it('is signed out, their tokens and grants revoked, but never suspended, deactivated or taken out of a group', async () => {
    const { okta, env } = await org()
    superAdmins(okta, 'alice@acme.example')
    const cwd = departing(['alice'])
    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.out).toMatch(
      /! refused alice@acme\.example: alice@acme\.example is the last active super administrator/
    )

    const applied = await cli(APPLY, cwd, env)
    // Okta's verification fails: she still holds the org, as the plan said she would.
    expect(applied.code).toBe(1)
    const records = oktaRecords(cwd)
    expect(records.filter(r => r.action === 'refuse').map(r => [r.target, r.result])).toEqual([
      ['alice@acme.example', 'skipped'],
      ['group Engineering', 'skipped'],
      ['group Oncall', 'skipped'],
      ['alice@acme.example', 'skipped']
    ])
    for (const r of records.filter(r => r.action === 'refuse')) expect(r.detail).toMatch(LAST_ADMIN)
    expect(oktaWrites().sort()).toEqual([
      'DELETE /api/v1/users/{userId}/clients/{clientId}/tokens',
      'DELETE /api/v1/users/{userId}/clients/{clientId}/tokens',
      'DELETE /api/v1/users/{userId}/grants',
      'DELETE /api/v1/users/{userId}/sessions'
    ])
    const alice = user(okta, 'alice@acme.example')
    expect([alice.status, alice.sessions, alice.tokens, alice.grants]).toEqual([
      'ACTIVE',
      0,
      [],
      []
    ])
    expect(groupsOf(okta, alice)).toEqual(['Engineering', 'Oncall'])
    expect(records.find(r => r.action === 'verify')).toMatchObject({ result: 'failed' })
  }, 60_000)

  it('of two leaving together, is the one counted last: the other is deactivated', async () => {
    const { okta, env } = await org()
    // The token acts for an org administrator who is no super administrator.
    superAdmins(okta, 'alice@acme.example', 'bob@acme.example')
    user(okta, 'breakglass@acme.example').roles = ['ORG_ADMIN']
    okta.apiTokens[0].userId = user(okta, 'breakglass@acme.example').id
    const cwd = departing(['alice', 'bob'], t =>
      t.replace('max_departure_ratio: 0.2', 'max_departure_ratio: 0.5')
    )
    // Each plan sees the other as a remaining super administrator: both are planned in full.
    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.out).not.toMatch(LAST_ADMIN)

    const applied = await cli(APPLY, cwd, env)
    expect(applied.code).toBe(1)
    const statuses = ['alice@acme.example', 'bob@acme.example'].map(l => user(okta, l).status)
    expect(statuses.sort()).toEqual(['ACTIVE', 'DEPROVISIONED'])
    const kept = [user(okta, 'alice@acme.example'), user(okta, 'bob@acme.example')].find(
      u => u.status === 'ACTIVE'
    )!
    expect(kept.sessions).toBe(0)
    expect(groupsOf(okta, kept)).not.toEqual([])
    // Its suspension, group removals and deactivation were skipped, each saying why.
    const keptPerson = kept.profile.login.split('@')[0]
    const skipped = oktaRecords(cwd).filter(r => r.person === keptPerson && r.result === 'skipped')
    expect(skipped.map(r => r.action).sort()).toEqual([
      'deactivate_user',
      'remove_from_group',
      'remove_from_group',
      'suspend_user'
    ])
    for (const r of skipped) expect(r.detail).toMatch(LAST_ADMIN)
    expect(
      okta.users.filter(u => u.status === 'ACTIVE' && u.roles.includes('SUPER_ADMIN'))
    ).toEqual([kept])
  }, 90_000)
})

describe('a protected login', () => {
  const protect = (login: string) => (t: string) =>
    t.replace(
      'protected: [breakglass@acme.example]',
      `protected: [breakglass@acme.example, ${login}]`
    )

  it('declared by a departing person refuses the change before anything is revoked', async () => {
    const { env } = await org()
    const cwd = departing(['alice'], protect('ALICE@acme.example'))
    const applied = await cli(APPLY, cwd, env)
    expect(applied.code).not.toBe(0)
    expect(applied.out).toMatch(
      /alice\.yaml:\d+:\d+: Okta login alice@acme\.example is protected \(platforms\.yaml okta\.protected\) and is never revoked/
    )
    for (const server of Object.values(sandbox!.servers))
      expect({ server: server.name, writes: server.writes() }).toEqual({
        server: server.name,
        writes: []
      })
  }, 60_000)

  it('found by email gets no Okta write, while the other platforms revoke', async () => {
    const { okta, env } = await org()
    const cwd = departing(['bob'], protect('bob@acme.example'))
    const applied = await cli(APPLY, cwd, env)
    expect(applied.out).toMatch(/bob {2}aws {2}delete_user {2}bob {2}revoked/)
    expect(applied.out).toMatch(
      /bob {2}okta {2}refuse {2}bob@acme\.example {2}skipped {2}bob@acme\.example is protected \(okta\.protected in platforms\.yaml\)/
    )
    expect(oktaWrites()).toEqual([])
    const bob = user(okta, 'bob@acme.example')
    expect([bob.status, bob.sessions, groupsOf(okta, bob)]).toEqual([
      'ACTIVE',
      1,
      ['Engineering', 'Oncall']
    ])
    expect(oktaRecords(cwd).filter(r => !['refuse', 'verify'].includes(r.action))).toEqual([])
  }, 60_000)
})
