import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import {
  ScimClient,
  ScimReadOnlyError,
  type ScimClientOptions
} from '../src/connectors/shared/scim-client.js'

// Loopback only: if an interceptor were missing, nothing could leave the machine.
const ORIGIN = 'http://127.0.0.1:9'
const BASE = `${ORIGIN}/scim/v2`
const TOKEN = 'scim-test-token'

function client(over: Partial<ScimClientOptions> = {}) {
  const waits: number[] = []
  const c = new ScimClient({
    platform: 'scim:jira',
    baseUrl: BASE,
    token: TOKEN,
    tokenEnv: 'JIRA_SCIM_TOKEN',
    mode: 'write',
    sleep: async ms => {
      waits.push(ms)
    },
    ...over
  })
  return { c, waits }
}

const user = (id: string, userName: string, active = true) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id,
  userName,
  active,
  displayName: `Name ${id}`,
  emails: [{ value: `${userName}@x.test`, primary: true }],
  meta: { resourceType: 'User', location: `${BASE}/Users/${id}` }
})
const list = (resources: unknown[], total: number, startIndex = 1) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: total,
  startIndex,
  itemsPerPage: resources.length,
  Resources: resources
})
const scimError = (status: number, detail: string, scimType?: string) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
  status: String(status),
  detail,
  ...(scimType ? { scimType } : {})
})

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('ScimClient reads', () => {
  it('finds a user by userName with an escaped filter and the bearer token', async () => {
    nock(ORIGIN, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .get('/scim/v2/Users')
      .query({ filter: 'userName eq "al\\"ice"' })
      .reply(200, list([user('u1', 'AL"ICE')], 1))
    const { c } = client()
    const found = await c.findUser('al"ice')
    expect(found).toMatchObject({
      id: 'u1',
      userName: 'AL"ICE',
      active: true,
      email: 'AL"ICE@x.test'
    })
  })

  it('returns nothing when no user matches, and when a read answers 404', async () => {
    nock(ORIGIN).get('/scim/v2/Users').query(true).reply(200, list([], 0))
    nock(ORIGIN).get('/scim/v2/Users/gone').reply(404, scimError(404, 'Resource gone not found'))
    const { c } = client()
    expect(await c.findUser('nobody')).toBeUndefined()
    expect(await c.getUser('gone')).toBeUndefined()
  })

  it('lists every user page by page, following what the server returns per page', async () => {
    nock(ORIGIN)
      .get('/scim/v2/Users')
      .query({ startIndex: '1', count: '1000' })
      .reply(200, list([user('u1', 'a'), user('u2', 'b')], 3))
      .get('/scim/v2/Users')
      .query({ startIndex: '3', count: '1000' })
      .reply(200, list([user('u3', 'c', false)], 3, 3))
    const { c } = client({ mode: 'read' })
    const users = await c.listUsers()
    expect(users.map(u => [u.userName, u.active])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false]
    ])
    expect(c.requests).toBe(2)
  })
})

describe('ScimClient writes', () => {
  it('deactivates with a PATCH replacing active, and reads ServiceProviderConfig once', async () => {
    const bodies: unknown[] = []
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(200, { patch: { supported: true } })
      .patch('/scim/v2/Users/u1', b => bodies.push(b) > 0)
      .reply(204)
      .patch('/scim/v2/Users/u2')
      .reply(200, user('u2', 'b', false))
    const { c } = client()
    expect(await c.deactivate('u1')).toBe('revoked')
    expect(await c.deactivate('u2')).toBe('revoked')
    expect(bodies[0]).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'active', value: false }]
    })
  })

  it('a PATCH answered 404 is already_absent only when a GET finds the user gone or inactive', async () => {
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(404)
      .patch('/scim/v2/Users/gone')
      .reply(404, scimError(404, 'not found'))
      .get('/scim/v2/Users/gone')
      .reply(404, scimError(404, 'not found'))
      .patch('/scim/v2/Users/off')
      .reply(404, scimError(404, 'not found'))
      .get('/scim/v2/Users/off')
      .reply(200, user('off', 'carol', false))
      .patch('/scim/v2/Users/u1')
      .reply(404, scimError(404, 'not found'))
      .get('/scim/v2/Users/u1')
      .reply(200, user('u1', 'alice'))
    const { c } = client()
    expect(await c.deactivate('gone')).toBe('already_absent')
    expect(await c.deactivate('off')).toBe('already_absent')
    await expect(c.deactivate('u1')).rejects.toThrow(
      'scim:jira: PATCH Users/u1 answered 404 but the user alice is still there and active: the token in JIRA_SCIM_TOKEN probably lacks the right to change users'
    )
  })

  it('replaces the user with PUT (active false, no meta) when ServiceProviderConfig has no PATCH', async () => {
    let put: Record<string, unknown> = {}
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(200, { patch: { supported: false } })
      .get('/scim/v2/Users/u1')
      .reply(200, user('u1', 'alice'))
      .put('/scim/v2/Users/u1', b => {
        put = b
        return true
      })
      .reply(200, user('u1', 'alice', false))
    expect(await client().c.deactivate('u1')).toBe('revoked')
    expect(put).toMatchObject({ id: 'u1', userName: 'alice', active: false })
    expect(put).not.toHaveProperty('meta')
  })

  it('falls back to PUT when PATCH answers 501, and skips the PUT for an inactive user', async () => {
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(200, {})
      .patch('/scim/v2/Users/u1')
      .reply(501, scimError(501, 'PATCH not implemented'))
      .get('/scim/v2/Users/u1')
      .reply(200, user('u1', 'alice'))
      .put('/scim/v2/Users/u1')
      .reply(200, user('u1', 'alice', false))
      .patch('/scim/v2/Users/u2')
      .reply(501)
      .get('/scim/v2/Users/u2')
      .reply(200, user('u2', 'bob', false))
    const { c } = client()
    expect(await c.deactivate('u1')).toBe('revoked')
    expect(await c.deactivate('u2')).toBe('already_absent')
  })

  it('deletes; a DELETE answered 404 is already_absent only when a GET finds no user', async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/u1')
      .reply(204)
      .delete('/scim/v2/Users/u1')
      .reply(404)
      .get('/scim/v2/Users/u1')
      .reply(404)
      .delete('/scim/v2/Users/u1')
      .reply(404)
      .get('/scim/v2/Users/u1')
      .reply(200, user('u1', 'alice', false))
    const { c } = client()
    expect(await c.deleteUser('u1')).toBe('revoked')
    expect(await c.deleteUser('u1')).toBe('already_absent')
    // Deactivated is not deleted: the account is still there.
    await expect(c.deleteUser('u1')).rejects.toThrow(
      /DELETE Users\/u1 answered 404 but the user alice is still there: the token in JIRA_SCIM_TOKEN/
    )
  })

  it('waits out 429 with Retry-After in seconds or as a date, then succeeds', async () => {
    const date = new Date(Date.now() + 5000).toUTCString()
    nock(ORIGIN)
      .delete('/scim/v2/Users/u1')
      .reply(429, scimError(429, 'slow down'), { 'Retry-After': '2' })
      .delete('/scim/v2/Users/u1')
      .reply(429, '', { 'Retry-After': date })
      .delete('/scim/v2/Users/u1')
      .reply(204)
    const { c, waits } = client()
    expect(await c.deleteUser('u1')).toBe('revoked')
    expect(waits[0]).toBe(2000)
    expect(waits[1]).toBeGreaterThan(2000)
    expect(waits[1]).toBeLessThanOrEqual(5000)
    expect(c.requests).toBe(3)
  })
})

describe('ScimClient: the retry budget', () => {
  const budget = { retries: 3, seconds: 5, attempt_seconds: 0.3 }

  it('gives up at once on a Retry-After longer than the budget, saying so', async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/u1')
      .reply(429, scimError(429, 'too many requests'), { 'Retry-After': '3600' })
    const { c, waits } = client({ budget })
    await expect(c.deleteUser('u1')).rejects.toThrow(
      'scim:jira: gave up after 0 retries / 5 s (asked to wait 3600 s): DELETE Users/u1 answered 429 (too many requests); still rate limited: run again later'
    )
    expect(waits).toEqual([])
    expect(c.requests).toBe(1)
  })

  it('retries repeated server errors as often as the budget says, then fails naming the last', async () => {
    nock(ORIGIN)
      .patch('/scim/v2/Users/u1')
      .times(4)
      .reply(500, scimError(500, 'internal server error'))
    nock(ORIGIN).get('/scim/v2/ServiceProviderConfig').reply(200, {})
    const { c, waits } = client({ budget })
    await expect(c.deactivate('u1')).rejects.toThrow(
      'scim:jira: gave up after 3 retries / 5 s: PATCH Users/u1 answered 500 (internal server error); the SCIM server failed: run again later'
    )
    expect(waits).toEqual([500, 1000, 2000])
  })

  it('stops waiting for an answer that does not come, within the budget', async () => {
    nock(ORIGIN).get('/scim/v2/Users').query(true).times(2).delay(1000).reply(200, list([], 0))
    const { c } = client({ budget: { retries: 1, seconds: 5, attempt_seconds: 0.2 } })
    await expect(c.findUser('alice')).rejects.toThrow(
      'scim:jira: gave up after 1 retry / 5 s: GET Users could not reach http://127.0.0.1:9: no answer within 0.2 s'
    )
    expect(c.requests).toBe(2)
  })
})

describe('ScimClient errors', () => {
  it('retries a dropped connection, then names the server it could not reach', async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/u1')
      .replyWithError('socket hang up')
      .delete('/scim/v2/Users/u1')
      .reply(204)
      .delete('/scim/v2/Users/u2')
      .times(2)
      .replyWithError('socket hang up')
    const { c, waits } = client({ budget: { retries: 1, seconds: 60, attempt_seconds: 20 } })
    expect(await c.deleteUser('u1')).toBe('revoked')
    await expect(c.deleteUser('u2')).rejects.toThrow(
      'scim:jira: gave up after 1 retry / 60 s: DELETE Users/u2 could not reach http://127.0.0.1:9'
    )
    expect(waits).toEqual([500, 500])
  })

  it('turns a SCIM error body into a message with platform, call, scimType and detail', async () => {
    nock(ORIGIN)
      .patch('/scim/v2/Users/u1')
      .reply(400, scimError(400, 'Attribute active is readOnly', 'mutability'))
    nock(ORIGIN).get('/scim/v2/ServiceProviderConfig').reply(200, {})
    await expect(client().c.deactivate('u1')).rejects.toThrow(
      'scim:jira: PATCH Users/u1 answered 400 (mutability: Attribute active is readOnly)'
    )
  })

  it('says which token was rejected on 401, without the token', async () => {
    nock(ORIGIN).get('/scim/v2/Users').query(true).reply(401, scimError(401, 'bad credentials'))
    const err = await client()
      .c.findUser('a')
      .catch((e: Error) => e)
    expect(String(err)).toContain('the token in JIRA_SCIM_TOKEN was rejected')
    expect(String(err)).not.toContain(TOKEN)
  })

  it('flags an answer that is not SCIM at all (wrong base_url)', async () => {
    nock(ORIGIN).get('/scim/v2/Users').query(true).reply(400, '<html>nope</html>')
    await expect(client().c.findUser('a')).rejects.toThrow('check base_url')
  })
})

describe('ScimClient in read mode', () => {
  it('refuses PATCH, PUT and DELETE before sending anything', async () => {
    nock(ORIGIN)
      .get('/scim/v2/ServiceProviderConfig')
      .reply(200, { patch: { supported: true } })
    const { c } = client({ mode: 'read' })
    await expect(c.deleteUser('u1')).rejects.toBeInstanceOf(ScimReadOnlyError)
    expect(c.requests).toBe(0)
    // Reading ServiceProviderConfig is allowed; the PATCH that would follow is not.
    await expect(c.deactivate('u1')).rejects.toThrow(
      'scim:jira: refused PATCH Users/u1: this SCIM client is read-only'
    )
    expect(c.requests).toBe(1)
  })
})
