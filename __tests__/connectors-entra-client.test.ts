import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { GraphClient } from '../src/connectors/entra/client.js'
import { EntraError } from '../src/connectors/entra/errors.js'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'

const GRAPH = 'https://graph.microsoft.com'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

function client(mode: 'read' | 'write' = 'write', budget = DEFAULT_RETRY_BUDGET) {
  const waits: number[] = []
  const lines: string[] = []
  const graph = new GraphClient({
    graphUrl: new URL(GRAPH),
    getToken: async () => 'graph-token',
    mode,
    budget,
    log: l => lines.push(l),
    sleep: async ms => void waits.push(ms)
  })
  return { graph, waits, lines }
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: unknown) => e as EntraError
  )

describe('the read-only Graph client of plan and audit', () => {
  it('refuses every write before it leaves the process', async () => {
    const { graph } = client('read')
    for (const write of [
      graph.patch('users/u1', { accountEnabled: false }),
      graph.post('users/u1/revokeSignInSessions', undefined),
      graph.delete('groups/g1/members/u1/$ref')
    ])
      expect((await failure(write)).message).toMatch(
        /^entra: refused (PATCH|POST|DELETE) \/v1\.0\/.*: this Graph client is read-only/
      )
  })

  it('sends a $batch of GETs, and refuses one that holds a write', async () => {
    const { graph } = client('read')
    nock(GRAPH)
      .post('/v1.0/$batch', { requests: [{ id: '1', method: 'GET', url: '/users/u1' }] })
      .reply(200, { responses: [{ id: '1', status: 200, body: { id: 'u1' } }] })
    const answers = await graph.batch([{ id: 'user', url: '/users/u1' }])
    expect(answers.get('user')).toEqual({ status: 200, body: { id: 'u1' } })
    const sneaky = graph.post('$batch', {
      requests: [{ id: '1', method: 'DELETE', url: '/users/u1' }]
    })
    expect((await failure(sneaky)).message).toMatch(
      /refused POST \/v1\.0\/\$batch holding DELETE \/users\/u1: this Graph client is read-only/
    )
  })
})

describe('Graph answers', () => {
  it('sends the token to Graph only, and encodes query values', async () => {
    const { graph } = client()
    nock(GRAPH, { reqheaders: { authorization: 'Bearer graph-token' } })
      .get('/v1.0/users')
      .query({ $filter: "mail eq 'o''hara+x@acme.example'", $select: 'id' })
      .reply(200, { value: [{ id: 'u1' }] })
    const users = await graph.all('users', {
      query: { $filter: "mail eq 'o''hara+x@acme.example'", $select: 'id' }
    })
    expect(users).toEqual([{ id: 'u1' }])
  })

  it('follows next links within the same Graph, and refuses one that leaves it', async () => {
    const { graph } = client()
    nock(GRAPH)
      .get('/v1.0/users')
      .reply(200, {
        value: [{ id: 'u1' }],
        '@odata.nextLink': `${GRAPH}/v1.0/users?$skiptoken=abc`
      })
      .get('/v1.0/users')
      .query({ $skiptoken: 'abc' })
      .reply(200, { value: [{ id: 'u2' }], '@odata.nextLink': 'https://evil.example/v1.0/users' })
    const error = await failure(graph.all('users'))
    expect(error.message).toBe(
      `entra: Graph sent a next page link outside ${GRAPH}/v1.0/: not followed`
    )
  })

  it('names what a 401 and a 403 mean, and the permission the call needs', async () => {
    const { graph } = client()
    nock(GRAPH)
      .get('/v1.0/users/u1')
      .reply(401, {
        error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' }
      })
      .patch('/v1.0/users/u1')
      .reply(403, {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.'
        }
      })
    expect((await failure(graph.get('users/u1'))).message).toBe(
      'entra: GET users/u1 answered 401 (InvalidAuthenticationToken: Access token is empty.); the app was not signed in: check tenant_id, client_id and its credentials'
    )
    const denied = await failure(
      graph.patch('users/u1', { accountEnabled: false }, 'User.EnableDisableAccount.All')
    )
    expect(denied.status).toBe(403)
    expect(denied.message).toMatch(
      /; the app probably lacks User\.EnableDisableAccount\.All \(see docs\/entra\.md\)$/
    )
  })

  it('answers 404 on a read as absent, and every other error as an error', async () => {
    const { graph } = client()
    nock(GRAPH)
      .get('/v1.0/users/gone')
      .reply(404, {
        error: { code: 'Request_ResourceNotFound', message: "Resource 'gone' does not exist" }
      })
      .get('/v1.0/users/odd')
      .reply(400, { error: { code: 'Request_BadRequest', message: 'Invalid object identifier' } })
    expect(await graph.getOrAbsent('users/gone')).toBeUndefined()
    expect((await failure(graph.getOrAbsent('users/odd'))).message).toMatch(
      /answered 400 \(Request_BadRequest/
    )
  })
})

describe('retries within the budget', () => {
  it('waits as long as Retry-After says on 429, then goes on', async () => {
    const { graph, waits, lines } = client()
    nock(GRAPH)
      .post('/v1.0/users/u1/revokeSignInSessions')
      .reply(
        429,
        { error: { code: 'TooManyRequests', message: 'slow down' } },
        { 'retry-after': '7' }
      )
      .post('/v1.0/users/u1/revokeSignInSessions')
      .reply(200, { value: true })
    expect(await graph.post('users/u1/revokeSignInSessions', undefined)).toEqual({ value: true })
    expect(waits).toEqual([7000])
    expect(lines).toEqual([
      'entra: POST /v1.0/users/u1/revokeSignInSessions answered 429, retrying in 7000 ms'
    ])
    expect(graph.requests).toBe(2)
  })

  it('fails at once when Retry-After asks for more than the budget allows', async () => {
    const { graph, waits } = client()
    nock(GRAPH)
      .delete('/v1.0/users/u1')
      .reply(
        429,
        { error: { code: 'TooManyRequests', message: 'slow down' } },
        { 'retry-after': '120' }
      )
    const error = await failure(graph.delete('users/u1'))
    expect(error.message).toBe(
      'entra: gave up after 0 retries / 60 s (asked to wait 120 s): DELETE users/u1 answered 429 (TooManyRequests: slow down); Graph kept throttling: run again later'
    )
    expect(waits).toEqual([])
  })

  it('retries server errors with backoff, and gives up after the budget', async () => {
    const { graph, waits } = client()
    nock(GRAPH)
      .get('/v1.0/users/u1')
      .times(4)
      .reply(503, { error: { code: 'serviceNotAvailable', message: 'try later' } })
    const error = await failure(graph.get('users/u1'))
    expect(error.message).toMatch(
      /^entra: gave up after 3 retries \/ 60 s: GET users\/u1 answered 503 .*; Graph failed: run again later$/
    )
    expect(waits).toEqual([500, 1000, 2000])
  })

  it('retries a dropped connection, and says so when it never answers', async () => {
    const { graph } = client()
    nock(GRAPH)
      .patch('/v1.0/users/u1')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .patch('/v1.0/users/u1')
      .reply(204)
    await graph.patch('users/u1', { accountEnabled: false })
    nock(GRAPH)
      .get('/v1.0/users/u2')
      .times(4)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
    expect((await failure(graph.get('users/u2'))).message).toMatch(
      /^entra: gave up after 3 retries \/ 60 s: GET \/v1\.0\/users\/u2 could not reach https:\/\/graph\.microsoft\.com: /
    )
  })

  it('sends again in a later $batch only the requests that asked to wait, after the longest wait', async () => {
    const { graph, waits } = client()
    nock(GRAPH)
      .post('/v1.0/$batch', b => b.requests.length === 3)
      .reply(200, {
        responses: [
          { id: '1', status: 200, body: { id: 'u1' } },
          {
            id: '2',
            status: 429,
            headers: { 'Retry-After': '2' },
            body: { error: { code: 'TooManyRequests' } }
          },
          { id: '3', status: 503, body: { error: { code: 'serviceNotAvailable' } } }
        ]
      })
      .post('/v1.0/$batch', {
        requests: [
          { id: '1', method: 'GET', url: '/users/u1/memberOf' },
          { id: '2', method: 'GET', url: '/users/u1/appRoleAssignments' }
        ]
      })
      .reply(200, {
        responses: [
          { id: '2', status: 200, body: { value: [] } },
          { id: '1', status: 200, body: { value: [{ id: 'g1' }] } }
        ]
      })
    const answers = await graph.batch([
      { id: 'user', url: '/users/u1' },
      { id: 'memberOf', url: '/users/u1/memberOf' },
      { id: 'appRoles', url: '/users/u1/appRoleAssignments' }
    ])
    expect(waits).toEqual([2000])
    expect(answers.get('memberOf')).toEqual({ status: 200, body: { value: [{ id: 'g1' }] } })
    expect(answers.get('appRoles')).toEqual({ status: 200, body: { value: [] } })
  })

  it('keeps a batched answer the budget gave up on, and says so in its error', async () => {
    const { graph } = client('write', { ...DEFAULT_RETRY_BUDGET, retries: 0 })
    nock(GRAPH)
      .post('/v1.0/$batch')
      .reply(200, {
        responses: [
          {
            id: '1',
            status: 429,
            headers: { 'retry-after': '1' },
            body: { error: { code: 'TooManyRequests', message: 'slow' } }
          }
        ]
      })
    const request = { id: 'user', url: '/users/u1', needs: 'User.Read.All' }
    const answers = await graph.batch([request])
    expect(() => graph.answerOf(request, answers.get('user'))).toThrow(
      'entra: gave up after 0 retries / 60 s: GET /users/u1 answered 429 (TooManyRequests: slow); Graph kept throttling: run again later'
    )
  })

  it('splits more than 20 requests into several batches sent at once', async () => {
    const { graph } = client()
    const sizes: number[] = []
    nock(GRAPH)
      .post('/v1.0/$batch')
      .times(2)
      .reply(200, (_uri, body) => {
        const requests = (body as { requests: { id: string }[] }).requests
        sizes.push(requests.length)
        return { responses: requests.map(r => ({ id: r.id, status: 200, body: { value: [] } })) }
      })
    const reads = Array.from({ length: 25 }, (_, i) => ({
      id: `g${i}`,
      url: `/groups/g${i}/transitiveMembers`
    }))
    const answers = await graph.batch(reads)
    expect(sizes.sort()).toEqual([20, 5])
    expect([...answers.keys()]).toHaveLength(25)
  })
})
