import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { createGithubClient, describeError, statusOf } from '../src/connectors/github-client.js'

const API = 'http://github.test'

function client(readOnly: boolean, lines: string[] = [], paceWrites = false) {
  return createGithubClient({
    token: 'ghp_secretsecret',
    baseUrl: `${API}/`,
    readOnly,
    log: line => lines.push(line),
    retryAfterBaseValue: 10,
    paceWrites
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
