import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { createGithubClient, describeError, statusOf } from '../src/connectors/github/client.js'
import type { RetryBudget } from '../src/connectors/shared/retry-budget.js'

const API = 'http://github.test'

function client(readOnly: boolean, lines: string[] = [], paceWrites = false, budget?: RetryBudget) {
  return createGithubClient({
    token: 'ghp_secretsecret',
    baseUrl: `${API}/`,
    readOnly,
    log: line => lines.push(line),
    retryAfterBaseValue: 10,
    paceWrites,
    budget
  })
}

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('github client', () => {
  it('sends the token and answers from GITHUB_API_URL', async () => {
    nock(API, { reqheaders: { authorization: 'token ghp_secretsecret' } })
      .get('/users/alice')
      .reply(200, { login: 'alice', id: 7 })
    const { data } = await client(true).rest.users.getByUsername({ username: 'alice' })
    expect(data.id).toBe(7)
  })

  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and then succeeds', async () => {
    const reset = Math.floor(Date.now() / 1000)
    nock(API)
      .get('/users/alice')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
      )
      .get('/users/alice')
      .reply(200, { login: 'alice', id: 7 })
    const lines: string[] = []
    const octokit = client(true, lines)
    const { data } = await octokit.rest.users.getByUsername({ username: 'alice' })
    expect(data.login).toBe('alice')
    expect(lines.join('\n')).toMatch(/primary rate limit: waiting \d+s before retrying GET/)
    expect(octokit.stats.requests).toBe(2)
  })

  it('waits out a 429 with retry-after, even without GitHub wording, and then succeeds', async () => {
    nock(API)
      .delete('/orgs/acme/memberships/alice')
      .reply(429, { message: 'Too Many Requests' }, { 'retry-after': '1' })
      .delete('/orgs/acme/memberships/alice')
      .reply(204)
    const lines: string[] = []
    const res = await client(false, lines).rest.orgs.removeMembershipForUser({
      org: 'acme',
      username: 'alice'
    })
    expect(res.status).toBe(204)
    expect(lines.join('\n')).toMatch(/secondary rate limit: waiting 1s/)
  })

  it('waits out a secondary rate limit answered as 403', async () => {
    nock(API)
      .get('/orgs/acme/members')
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' })
      .get('/orgs/acme/members')
      .reply(200, [])
    const res = await client(true).rest.orgs.listMembers({ org: 'acme' })
    expect(res.data).toEqual([])
  })

  it('retries a server error and then succeeds', async () => {
    nock(API)
      .get('/orgs/acme/invitations')
      .reply(502, { message: 'Bad Gateway' })
      .get('/orgs/acme/invitations')
      .reply(200, [])
    const res = await client(true).rest.orgs.listPendingInvitations({ org: 'acme' })
    expect(res.data).toEqual([])
  })

  it('spaces writes a second apart by default, as GitHub asks', async () => {
    nock(API)
      .delete(/\/orgs\/acme\/memberships\/.*/)
      .times(2)
      .reply(204)
    const octokit = client(false, [], true)
    const started = Date.now()
    await Promise.all(
      ['a', 'b'].map(username =>
        octokit.rest.orgs.removeMembershipForUser({ org: 'acme', username })
      )
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('spaces writes that notify people a second apart too, one at a time', async () => {
    const at: number[] = []
    nock(API)
      .delete(/\/orgs\/acme\/invitations\/\d+/)
      .times(3)
      .reply(() => {
        at.push(Date.now())
        return [204]
      })
    const octokit = client(false, [], true)
    await Promise.all(
      [1, 2, 3].map(invitation_id =>
        octokit.rest.orgs.cancelInvitation({ org: 'acme', invitation_id })
      )
    )
    const gaps = at.slice(1).map((t, i) => t - at[i]!)
    // The throttling plugin's own queue for them would space them three seconds apart.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(900)
    expect(at.at(-1)! - at[0]!).toBeLessThan(2 * 2500)
  }, 15_000)

  it('a read-only client refuses a write before it is sent', async () => {
    const scope = nock(API).delete('/orgs/acme/memberships/alice').reply(204)
    await expect(
      client(true).rest.orgs.removeMembershipForUser({ org: 'acme', username: 'alice' })
    ).rejects.toThrow(/refused DELETE .*read-only/)
    expect(scope.isDone()).toBe(false)
    nock.cleanAll()
  })

  it('describes errors with status and message, never the token', async () => {
    nock(API).get('/users/ghost').reply(404, { message: 'Not Found' })
    const error = await client(true)
      .rest.users.getByUsername({ username: 'ghost' })
      .catch((e: unknown) => e)
    expect(statusOf(error)).toBe(404)
    expect(describeError(error)).toBe('GitHub answered 404: Not Found')
    expect(describeError(error)).not.toContain('ghp_')
  })
})

describe('github client: the retry budget', () => {
  // Waits are scaled to 10 ms per second (retryAfterBaseValue), the budget is not.
  const budget: RetryBudget = { retries: 3, seconds: 5, attempt_seconds: 0.3 }
  const failure = (call: Promise<unknown>) => call.then(() => 'succeeded', describeError)

  it('gives up at once on a Retry-After longer than the budget, saying so', async () => {
    nock(API)
      .delete('/orgs/acme/memberships/alice')
      .reply(429, { message: 'Too Many Requests' }, { 'retry-after': '3600' })
    const lines: string[] = []
    const octokit = client(false, lines, false, budget)
    const said = await failure(
      octokit.rest.orgs.removeMembershipForUser({ org: 'acme', username: 'alice' })
    )
    expect(said).toBe(
      'gave up after 0 retries / 5 s (asked to wait 36 s): GitHub answered 429: Too Many Requests'
    )
    expect(octokit.stats.requests).toBe(1)
    expect(lines.join('\n')).toMatch(/secondary rate limit: gave up .*not waiting 3600s/)
  })

  it('gives up at once when the primary rate limit resets after the budget', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    nock(API)
      .get('/orgs/acme/members')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
      )
    const said = await failure(
      client(true, [], false, budget).rest.orgs.listMembers({ org: 'acme' })
    )
    expect(said).toMatch(
      /^gave up after 0 retries \/ 5 s \(asked to wait 36 s\): GitHub answered 403: API rate limit exceeded$/
    )
  })

  it('retries repeated server errors as often as the budget says, then fails naming the last', async () => {
    nock(API).get('/orgs/acme/invitations').times(4).reply(500, { message: 'Server Error' })
    const octokit = client(true, [], false, budget)
    const said = await failure(octokit.rest.orgs.listPendingInvitations({ org: 'acme' }))
    expect(said).toBe('gave up after 3 retries / 5 s: GitHub answered 500: Server Error')
    expect(octokit.stats.requests).toBe(4)
  })

  it('retries a dropped connection, then fails naming it', async () => {
    nock(API)
      .delete('/orgs/acme/invitations/7')
      .times(2)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    const octokit = client(false, [], false, { ...budget, retries: 1 })
    const said = await failure(
      octokit.rest.orgs.cancelInvitation({ org: 'acme', invitation_id: 7 })
    )
    expect(said).toMatch(/^gave up after 1 retry \/ 5 s: could not reach GitHub: .*socket hang up/)
    expect(octokit.stats.requests).toBe(2)
  })

  it('stops waiting for an answer that does not come, within the budget', async () => {
    nock(API).get('/users/alice').times(2).delay(1000).reply(200, { login: 'alice' })
    const octokit = client(true, [], false, { retries: 1, seconds: 5, attempt_seconds: 0.2 })
    const said = await failure(octokit.rest.users.getByUsername({ username: 'alice' }))
    expect(said).toBe('gave up after 1 retry / 5 s: could not reach GitHub: no answer within 0.2 s')
    expect(octokit.stats.requests).toBe(2)
  })

  it('counts rate-limit waits and server-error retries against one budget per request', async () => {
    nock(API)
      .get('/orgs/acme/members')
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' })
      .get('/orgs/acme/members')
      .reply(502, { message: 'Bad Gateway' })
      .get('/orgs/acme/members')
      .reply(502, { message: 'Bad Gateway' })
    const octokit = client(true, [], false, { ...budget, retries: 2 })
    const said = await failure(octokit.rest.orgs.listMembers({ org: 'acme' }))
    expect(said).toBe('gave up after 2 retries / 5 s: GitHub answered 502: Bad Gateway')
    // The next request has a budget of its own.
    nock(API).get('/orgs/acme/members').reply(502, {}).get('/orgs/acme/members').reply(200, [])
    expect((await octokit.rest.orgs.listMembers({ org: 'acme' })).data).toEqual([])
  })

  it('does not count the time a write waits for its turn (pacing) against its budget', async () => {
    nock(API)
      .delete(/\/orgs\/acme\/memberships\/.*/)
      .times(3)
      .delay(200)
      .reply(204)
    // The third write waits about 2 s for its turn, four times its budget.
    const octokit = client(false, [], true, { retries: 0, seconds: 0.5, attempt_seconds: 0.5 })
    const results = await Promise.all(
      ['a', 'b', 'c'].map(username =>
        octokit.rest.orgs.removeMembershipForUser({ org: 'acme', username }).then(r => r.status)
      )
    )
    expect(results).toEqual([204, 204, 204])
  })
})
