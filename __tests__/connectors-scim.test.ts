import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { scimApp, scimUrlEnv } from '../src/connectors/scim/connector.js'
import type { Identity, Scope } from '../src/connectors/connector.js'
import type { ScimAppConfig } from '../src/declarations/types.js'
import { connectorContext } from './support/connectors.js'

const ORIGIN = 'http://127.0.0.1:9'
const TOKEN = 'jira-secret-token'

function setup(
  over: Partial<ScimAppConfig> = {},
  env: Record<string, string> = { JIRA_SCIM_TOKEN: TOKEN }
) {
  const config: ScimAppConfig = {
    name: 'jira',
    base_url: `${ORIGIN}/scim/v2/`,
    token_env: 'JIRA_SCIM_TOKEN',
    on_departure: 'deactivate',
    ...over
  }
  const { ctx, masked } = connectorContext({ scim: [config] }, env)
  const factory = scimApp(config, { sleep: async () => undefined })
  return { ctx, masked, reader: factory.reader(ctx), writer: factory.writer(ctx) }
}

const alice: Identity = {
  person: 'alice',
  name: 'Alice',
  email: 'alice@acme.test',
  account: 'alice@acme.test'
}
const departure: Scope = { kind: 'departure' }
const scimUser = (id: string, userName: string, active = true) => ({
  id,
  userName,
  active,
  displayName: userName
})
const found = (...users: unknown[]) => ({ totalResults: users.length, Resources: users })

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('scim app without credentials', () => {
  it('says which variable to set, and neither reads nor writes', async () => {
    const { reader, writer } = setup({}, {})
    expect(reader.platform).toBe('scim:jira')
    expect(reader.unavailable).toBe('not checked: no credentials (set JIRA_SCIM_TOKEN)')
    expect(await reader.discover(alice, departure)).toMatchObject({
      status: 'not_checked',
      reason: reader.unavailable
    })
    expect(await reader.list([])).toMatchObject({ status: 'not_checked', requests: 0 })
    const step = {
      id: 's',
      platform: 'scim:jira' as const,
      person: 'alice',
      action: 'deactivate_user',
      target: 'alice',
      reason: '',
      after: [],
      mode: 'auto' as const,
      params: { user_id: 'u1' }
    }
    expect(await writer.perform(step)).toEqual({
      result: 'failed',
      detail: 'scim:jira: no credentials (set JIRA_SCIM_TOKEN)'
    })
  })
})

describe('scim app departure', () => {
  it('masks the token, finds the account by userName and plans a deactivation', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query({ filter: 'userName eq "alice@acme.test"' })
      .reply(200, found(scimUser('u1', 'alice@acme.test')))
    const { reader, masked } = setup()
    expect(masked).toContain(TOKEN)
    const d = await reader.discover(alice, departure)
    expect(d).toMatchObject({
      status: 'checked',
      account: { id: 'u1', display: 'alice@acme.test' }
    })
    const plan = reader.planSteps(d, departure)
    expect(plan.steps).toEqual([
      expect.objectContaining({
        id: 'scim:jira/alice/deactivate_user/alice@acme.test',
        action: 'deactivate_user',
        target: 'alice@acme.test',
        mode: 'auto',
        params: { user_id: 'u1', user_name: 'alice@acme.test' }
      })
    ])
  })

  it('plans a delete when on_departure is delete, even for a deactivated account', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query(true)
      .reply(200, found(scimUser('u1', 'alice@acme.test', false)))
    const { reader } = setup({ on_departure: 'delete' })
    const d = await reader.discover(alice, departure)
    expect(reader.planSteps(d, departure).steps.map(s => s.action)).toEqual(['delete_user'])
  })

  it('plans nothing for an account that is already deactivated', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query(true)
      .reply(200, found(scimUser('u1', 'alice@acme.test', false)))
    const { reader } = setup()
    const d = await reader.discover(alice, departure)
    expect(d.notes).toContain('alice@acme.test is already deactivated in jira')
    expect(reader.planSteps(d, departure).steps).toEqual([])
  })

  it('looks the person up by email when no userName is declared, and reports no account', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query({ filter: 'userName eq "bob@acme.test"' })
      .reply(200, found())
    const { reader } = setup()
    const d = await reader.discover(
      { person: 'bob', name: 'Bob', email: 'bob@acme.test' },
      departure
    )
    expect(d.status).toBe('no_account')
    expect(reader.planSteps(d, departure).steps).toEqual([])
  })

  it('reports a server it cannot read as not checked, with the reason', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query(true)
      .reply(403, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '403',
        detail: 'forbidden'
      })
    const d = await setup().reader.discover(alice, departure)
    expect(d.status).toBe('not_checked')
    expect(d.reason).toContain('scim:jira: GET Users answered 403 (forbidden)')
  })
})

describe('scim app base URL override', () => {
  it('OFFBOARD_SCIM_<NAME>_URL replaces base_url for reads and writes', async () => {
    const other = 'http://127.0.0.1:10'
    expect(scimUrlEnv('jira-cloud')).toBe('OFFBOARD_SCIM_JIRA_CLOUD_URL')
    nock(other)
      .get('/elsewhere/Users')
      .query(true)
      .reply(200, found(scimUser('u1', 'alice@acme.test')))
      .delete('/elsewhere/Users/u1')
      .reply(204)
    const { reader, writer } = setup(
      { on_departure: 'delete' },
      { JIRA_SCIM_TOKEN: TOKEN, OFFBOARD_SCIM_JIRA_URL: `${other}/elsewhere` }
    )
    const d = await reader.discover(alice, departure)
    const [step] = reader.planSteps(d, departure).steps
    expect(await writer.perform(step)).toEqual({ result: 'revoked', detail: '' })
  })
})

describe('scim app reduction', () => {
  const losing: Scope = {
    kind: 'reduction',
    remove: [{ platform: 'scim:jira', kind: 'scim_app', value: 'jira' }]
  }
  const other: Scope = {
    kind: 'reduction',
    remove: [{ platform: 'slack', kind: 'slack_channel', value: 'C1' }]
  }

  it('does nothing, not even a read, when the reduction leaves the app granted', async () => {
    const { reader } = setup()
    const d = await reader.discover(alice, other)
    expect(d).toMatchObject({ status: 'checked', holdings: [] })
    expect(reader.planSteps(d, other).steps).toEqual([])
  })

  it('deactivates when the scim_app grant is removed', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query(true)
      .reply(200, found(scimUser('u1', 'alice@acme.test')))
    const { reader } = setup()
    const d = await reader.discover(alice, losing)
    const [step] = reader.planSteps(d, losing).steps
    expect(step.action).toBe('deactivate_user')
    expect(step.reason).toContain('no role grants jira any more')
  })
})

describe('scim app perform', () => {
  const step = (action: string) => ({
    id: `scim:jira/alice/${action}/alice`,
    platform: 'scim:jira' as const,
    person: 'alice',
    action,
    target: 'alice',
    reason: 'departure',
    after: [],
    mode: 'auto' as const,
    params: { user_id: 'u1', user_name: 'alice' }
  })

  it('deactivates with PATCH and deletes with DELETE; gone users are already_absent', async () => {
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(200, { patch: { supported: true } })
      .patch('/scim/v2/Users/u1')
      .reply(200, scimUser('u1', 'alice', false))
      .delete('/scim/v2/Users/u1')
      .reply(404)
      .get('/scim/v2/Users/u1')
      .reply(404)
    const { writer } = setup()
    expect(await writer.perform(step('deactivate_user'))).toEqual({ result: 'revoked', detail: '' })
    expect(await writer.perform(step('delete_user'))).toEqual({
      result: 'already_absent',
      detail: 'no such user'
    })
  })

  it('records a SCIM error as failed with its message', async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/u1')
      .reply(409, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '409',
        detail: 'user owns projects'
      })
    const outcome = await setup().writer.perform(step('delete_user'))
    expect(outcome).toEqual({
      result: 'failed',
      detail: 'scim:jira: DELETE Users/u1 answered 409 (user owns projects)'
    })
  })

  it('a reader has no perform at all', () => {
    const { reader } = setup()
    expect('perform' in reader).toBe(false)
  })
})

describe('scim app list', () => {
  it('lists every user with the largest pages; only active accounts hold the app grant', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query({ startIndex: '1', count: '1000' })
      .reply(200, {
        totalResults: 2,
        Resources: [{ ...scimUser('u1', 'alice'), emails: [{ value: 'alice@acme.test' }] }]
      })
      .get('/scim/v2/Users')
      .query({ startIndex: '2', count: '1000' })
      .reply(200, { totalResults: 2, Resources: [scimUser('u2', 'bob', false)] })
    const inv = await setup().reader.list([])
    expect(inv).toMatchObject({ platform: 'scim:jira', status: 'checked', requests: 2 })
    expect(inv.accounts).toEqual([
      {
        platform: 'scim:jira',
        account: 'alice',
        id: 'u1',
        email: 'alice@acme.test',
        name: 'alice',
        kind: 'user',
        active: true,
        grants: [{ platform: 'scim:jira', kind: 'scim_app', value: 'jira' }],
        credentials: []
      },
      {
        platform: 'scim:jira',
        account: 'bob',
        id: 'u2',
        email: undefined,
        name: 'bob',
        kind: 'user',
        active: false,
        grants: [],
        credentials: []
      }
    ])
  })
})
