// The Okta connector (reader and writer, through the Okta SDK) against the simulated Okta org,
// with every request checked against Okta's API description: discover and plan without a
// write, perform every step, read each outcome back from the org's state, rerun to find
// nothing left, sign in as a service app, survive faults, and list the org for an audit.
import { afterEach, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import type { Identity, Scope } from '../../src/connectors/connector.js'
import { oktaConnector } from '../../src/connectors/okta/connector.js'
import type { OktaBlock } from '../../src/connectors/okta/types.js'
import { OKTA, OKTA_GROUP } from '../../src/connectors/okta/vocabulary.js'
import { startSimServer, type Knobs, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  createOktaPlatform,
  seedOkta,
  type OktaSeedInput,
  type OktaSimState
} from '../../src/sandbox/okta/index.js'
import { connectorContext, planWith, resultsByAction, revokeWith } from '../support/connectors.js'
import { createOktaOpenapiCheck } from '../support/okta-openapi-check.js'

const TOKEN = 'sandbox-okta-api-token-0001'
const departure: Scope = { kind: 'departure' }
const group = (value: string) => ({ platform: OKTA, kind: OKTA_GROUP, value })
const alice: Identity = {
  person: 'alice',
  name: 'Alice Liddell',
  email: 'alice@acme.example',
  account: 'alice@acme.example'
}
const bob: Identity = { person: 'bob', name: 'Bob', email: 'bob@acme.example' }

const ORG: OktaSeedInput = {
  people: [
    {
      login: 'alice@acme.example',
      email: 'alice@acme.example',
      name: 'Alice Liddell',
      active: true,
      groups: ['Engineering', 'Oncall'],
      holds: {
        groups: ['AD Staff'],
        apps: ['Salesforce'],
        factors: ['push', 'webauthn'],
        sessions: 2,
        grants: ['Expenses'],
        tokens: ['Expenses', 'Okta CLI']
      }
    },
    { email: 'bob@acme.example', name: 'Bob', active: true, groups: ['Engineering'] },
    {
      login: 'judy@acme.example',
      email: 'judy@acme.example',
      name: 'Judy',
      active: false,
      groups: [],
      holds: { groups: ['Engineering'] }
    }
  ],
  groups: ['Engineering', 'Oncall'],
  okta: { app_groups: ['AD Staff'] },
  others: [
    { login: 'admin@acme.example', admin: ['super_admin'] },
    { login: 'mallory@partner.example', groups: ['Engineering'] }
  ]
}

let server: SimServer | undefined
let state: OktaSimState
afterEach(() => server?.close())

async function org(seed: OktaSeedInput = ORG, knobs: Partial<Knobs> = {}) {
  const seeded = seedOkta(seed)
  state = seeded.state
  state.apiTokens.push({ token: TOKEN, userId: seeded.tokenOwner })
  server = await startSimServer(
    createOktaPlatform(state, { checkRequest: createOktaOpenapiCheck() }),
    { knobs }
  )
  return server
}

function connector(block: Partial<OktaBlock> = {}, env: Record<string, string> = {}) {
  const waits: number[] = []
  const { ctx, masked, lines } = connectorContext(
    {},
    { OKTA_API_TOKEN: TOKEN, OFFBOARD_OKTA_URL: server!.url, ...env }
  )
  const factory = oktaConnector(
    { org_url: 'https://acme.okta.com', token_env: 'OKTA_API_TOKEN', ...block },
    { sleep: async ms => void waits.push(ms) }
  )
  return { reader: factory.reader(ctx), writer: factory.writer(ctx), masked, lines, waits }
}

const userOf = (login: string) => state.users.find(u => u.profile.login === login)
const groupsOf = (login: string) =>
  state.groups.filter(g => g.members.includes(userOf(login)?.id ?? '')).map(g => g.name)
/** Responses that break Okta's API description, or the simulator. */
const violations = () => server!.requests.filter(r => r.status >= 599)

describe('a departure', () => {
  it('plans without a write, blocks sign-in first, revokes everything, and a rerun finds nothing', async () => {
    await org()
    const { reader, writer } = connector()
    const { found, plan } = await planWith(reader, alice, departure)
    expect(server!.writes()).toEqual([])
    expect(found.holdings.map(h => h.kind)).toEqual([
      'user',
      'group_membership',
      'group_membership',
      'group_membership',
      'app_assignment',
      'factor',
      'factor',
      'consent_grant',
      'app_tokens',
      'app_tokens'
    ])
    expect(plan.steps.filter(s => s.after.length === 0).map(s => s.action)).toEqual([
      'clear_sessions',
      'suspend_user'
    ])

    const { plan: applied, outcomes } = await revokeWith(writer, alice, departure)
    expect(resultsByAction(applied, outcomes)).toEqual({
      clear_sessions: ['revoked'],
      suspend_user: ['revoked'],
      revoke_consent_grants: ['revoked'],
      revoke_app_tokens: ['revoked', 'revoked'],
      remove_from_group: ['revoked', 'revoked', 'skipped'],
      deactivate_user: ['revoked']
    })
    // The first two writes are the ones that lock the person out.
    expect(
      server!
        .writes()
        .slice(0, 2)
        .map(w => w.operation)
        .sort()
    ).toEqual([
      'DELETE /api/v1/users/{userId}/sessions',
      'POST /api/v1/users/{userId}/lifecycle/suspend'
    ])
    const a = userOf('alice@acme.example')!
    expect([a.status, a.sessions, a.tokens, a.grants, a.apps]).toEqual([
      'DEPROVISIONED',
      0,
      [],
      [],
      []
    ])
    // Okta cannot change an imported group's members: a human removes them at the source.
    expect(groupsOf('alice@acme.example')).toEqual(['Everyone', 'AD Staff'])
    expect(violations()).toEqual([])

    server!.resetRecord()
    const rerun = await revokeWith(writer, alice, departure)
    expect(rerun.plan.steps.map(s => `${s.action} ${s.mode}`)).toEqual(['remove_from_group manual'])
    expect(rerun.found.notes).toContain('alice@acme.example is already deactivated in Okta')
    expect(server!.writes()).toEqual([])
  })

  it('with on_departure: delete, deletes after deactivating; a rerun finds no account', async () => {
    await org()
    const { writer } = connector({ on_departure: 'delete' })
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect(resultsByAction(plan, outcomes).delete_user).toEqual(['revoked'])
    expect(userOf('alice@acme.example')).toBeUndefined()
    expect(state.events.map(e => e.type).slice(-2)).toEqual(['user.deactivated', 'user.deleted'])
    expect((await writer.discover(alice, departure)).status).toBe('no_account')
  })

  it('finds a person without a login by email, and with on_departure: suspend keeps the user', async () => {
    await org()
    const { writer } = connector({ on_departure: 'suspend' })
    const { found, plan, outcomes } = await revokeWith(writer, bob, departure)
    expect(found.notes[0]).toBe('no Okta login declared: looked up bob@acme.example')
    expect(plan.steps.every(s => s.params.found_by === 'lookup')).toBe(true)
    expect(resultsByAction(plan, outcomes)).toEqual({
      clear_sessions: ['revoked'],
      suspend_user: ['revoked'],
      remove_from_group: ['revoked']
    })
    expect(userOf('bob@acme.example')?.status).toBe('SUSPENDED')
  })

  it('never touches the last super administrator beyond their sessions and tokens', async () => {
    await org({
      ...ORG,
      people: [{ ...ORG.people[0], holds: { ...ORG.people[0].holds, admin: ['super_admin'] } }],
      others: [],
      okta: { token_owner: 'alice@acme.example' }
    })
    const { writer } = connector()
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect(Object.keys(resultsByAction(plan, outcomes))).toEqual([
      'clear_sessions',
      'revoke_consent_grants',
      'revoke_app_tokens'
    ])
    expect(plan.refused.map(r => r.target)).toContain('alice@acme.example')
    expect(userOf('alice@acme.example')?.status).toBe('ACTIVE')
  })
})

describe('a reduction', () => {
  it('leaves only the groups no role grants any more', async () => {
    await org()
    const { writer } = connector()
    const scope: Scope = { kind: 'reduction', remove: [group('Oncall')] }
    const { plan, outcomes } = await revokeWith(writer, alice, scope)
    expect(resultsByAction(plan, outcomes)).toEqual({ remove_from_group: ['revoked'] })
    expect(groupsOf('alice@acme.example')).toEqual(['Everyone', 'Engineering', 'AD Staff'])
    expect(userOf('alice@acme.example')?.status).toBe('ACTIVE')
  })
})

describe('a service app', () => {
  it('signs in with its private key: plan with read scopes only, apply with its scopes', async () => {
    await org()
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    state.serviceApps.push({
      clientId: '0oaoffboard1',
      publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      scopes: [
        'okta.users.read',
        'okta.groups.read',
        'okta.roles.read',
        'okta.users.manage',
        'okta.groups.manage'
      ]
    })
    const block = { token_env: undefined, client_id: '0oaoffboard1', private_key_env: 'OKTA_KEY' }
    const { reader, writer, masked } = connector(block, { OKTA_KEY: pem })
    await planWith(reader, alice, departure)
    expect(state.accessTokens.map(t => t.scopes.join(' '))).toEqual([
      'okta.users.read okta.groups.read okta.roles.read'
    ])
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect([...outcomes.values()].filter(o => o.result === 'failed')).toEqual([])
    expect(plan.steps).toHaveLength(9)
    expect(userOf('alice@acme.example')?.status).toBe('DEPROVISIONED')
    expect(masked).toEqual(expect.arrayContaining([pem, ...state.accessTokens.map(t => t.token)]))
    expect(violations()).toEqual([])
  })
})

describe('faults', () => {
  it('waits out a 429 until X-Rate-Limit-Reset, retries a 500 and a dropped connection, and a rerun finishes what failed', async () => {
    await org(ORG, {
      faults: [
        {
          operation: 'DELETE /api/v1/users/{userId}/sessions',
          status: 429,
          retryAfterSeconds: 5,
          times: 1
        },
        { operation: 'POST /api/v1/users/{userId}/lifecycle/suspend', status: 500, times: 1 },
        { operation: 'DELETE /api/v1/users/{userId}/grants', drop: true, times: 1 },
        { operation: 'DELETE /api/v1/groups/{groupId}/users/{userId}', status: 503 }
      ]
    })
    const { writer, waits } = connector()
    const first = await revokeWith(writer, alice, departure)
    expect(resultsByAction(first.plan, first.outcomes)).toMatchObject({
      clear_sessions: ['revoked'],
      suspend_user: ['revoked'],
      revoke_consent_grants: ['revoked'],
      remove_from_group: ['failed', 'failed', 'skipped'],
      deactivate_user: ['revoked']
    })
    expect(waits[0]).toBeGreaterThanOrEqual(5000)
    expect(waits.filter(w => w === 500).length).toBeGreaterThanOrEqual(2)
    server!.knobs.faults = []
    const rerun = await revokeWith(writer, alice, departure)
    expect(resultsByAction(rerun.plan, rerun.outcomes)).toEqual({
      remove_from_group: ['revoked', 'revoked', 'skipped']
    })
    expect(groupsOf('alice@acme.example')).toEqual(['Everyone', 'AD Staff'])
  })
})

describe('the audit listing', () => {
  it('lists every user with the declared groups each is in, strays and departed ones too', async () => {
    await org()
    const { reader } = connector()
    const inventory = await reader.list([group('Engineering'), group('Oncall'), group('Ghosts')])
    expect(server!.writes()).toEqual([])
    expect(inventory.status).toBe('checked')
    expect(inventory.notes).toEqual(['declared Okta group Ghosts not found'])
    expect(inventory.requests).toBe(5)
    expect(
      inventory.accounts.map(a => [a.account, a.active, a.grants.map(g => g.value).join(',')])
    ).toEqual([
      ['alice@acme.example', true, 'Engineering,Oncall'],
      ['bob@acme.example', true, 'Engineering'],
      ['judy@acme.example', true, 'Engineering'],
      ['admin@acme.example', true, ''],
      ['mallory@partner.example', true, 'Engineering']
    ])
    expect(violations()).toEqual([])
  })
})
