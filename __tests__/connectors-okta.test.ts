// The Okta connector against nock: every call it makes and every error answer Okta gives
// (401, 403, 404 where Okta documents it as gone, 429 with X-Rate-Limit-Reset, 500, a dropped
// connection), the read-only and same-origin guards, the retry budget, paging, and a service
// app's token request.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import nock from 'nock'
import {
  alice,
  client,
  connector,
  departure,
  holdings,
  NOT_FOUND,
  oktaError,
  ORG,
  SSWS,
  step,
  TOKEN,
  user
} from './support/okta-nock.js'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('discover', () => {
  it('reads the user by login, then everything they hold at once, with the API token', async () => {
    nock(ORG, SSWS)
      .get('/api/v1/users/ALICE%40acme.example')
      .reply(200, user('00u1', 'alice@acme.example'))
    holdings('00u1', {
      groups: [
        { id: '00g0', type: 'BUILT_IN', profile: { name: 'Everyone' } },
        { id: '00g1', type: 'OKTA_GROUP', profile: { name: 'Engineering' } },
        { id: '00g2', type: 'APP_GROUP', profile: { name: 'AD Staff' } }
      ],
      appLinks: [{ appInstanceId: '0oa1', label: 'Salesforce', appName: 'salesforce' }],
      factors: [{ id: 'opf1', factorType: 'push', provider: 'OKTA', status: 'ACTIVE' }],
      grants: [{ id: 'oag1', clientId: '0oac1', scopeId: 'openid', issuer: ORG }],
      clients: [{ client_id: '0oac1', client_name: 'Expenses' }]
    })
    const { reader, masked } = connector()
    const found = await reader.discover({ ...alice, account: 'ALICE@acme.example' }, departure)
    expect(masked).toContain(TOKEN)
    expect(found.status).toBe('checked')
    expect(found.account).toEqual({ id: '00u1', display: 'alice@acme.example' })
    expect(found.holdings.map(h => h.label)).toEqual([
      'user alice@acme.example (active, last sign-in 2026-01-05)',
      'group Engineering',
      'group AD Staff (APP_GROUP)',
      'app Salesforce (salesforce)',
      'factor push (OKTA, ACTIVE)',
      'consent grant of openid to the app Expenses',
      'OAuth tokens or grants held by the app Expenses'
    ])
    expect(found.notes).toEqual([
      "1 app assignment: deactivation unassigns every app (and deprovisions the account where the app's provisioning is on)",
      '1 factor enrolled (push): deactivation keeps them enrolled but unusable, since the user cannot sign in; reset them before ever reactivating the user'
    ])
  })

  it('refuses a user Okta found by a login shortname: it may be someone else', async () => {
    nock(ORG).get('/api/v1/users/alice').reply(200, user('00u9', 'alice@contractor.example'))
    const found = await connector().reader.discover({ ...alice, account: 'alice' }, departure)
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(
      /resolved "alice" to the user alice@contractor.example \(a login shortname\): nothing is touched/
    )
  })

  it('looks a person without a login up by email: exactly one match, or nothing', async () => {
    const search = (reply: unknown[]) =>
      nock(ORG)
        .get('/api/v1/users')
        .query({ search: 'profile.email eq "alice@acme.example"', limit: '200' })
        .reply(200, reply)
    search([])
    const { reader } = connector()
    expect(await reader.discover(alice, departure)).toMatchObject({
      status: 'no_account',
      notes: [
        'no Okta login declared: looked up alice@acme.example',
        'no Okta user has the email alice@acme.example'
      ]
    })
    search([user('00u1', 'alice@acme.example'), user('00u2', 'alice.l@acme.example')])
    expect(await reader.discover(alice, departure)).toMatchObject({
      status: 'not_checked',
      reason: expect.stringMatching(
        /2 Okta users have the email alice@acme.example \(alice@acme.example, alice.l@acme.example\): nothing is touched; declare alice's login as accounts.okta/
      )
    })
  })

  it('does not use a user found by email whom another person declares', async () => {
    nock(ORG)
      .get('/api/v1/users')
      .query(true)
      .reply(200, [user('00u7', 'shared@acme.example')])
    const claims = new Map([['shared@acme.example', ['bob']]])
    const found = await connector().reader.discover(
      { ...alice, email: 'shared@acme.example', claims },
      departure
    )
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(/answered shared@acme.example, which bob declares: it is not used/)
  })

  it('finds a renamed user by the id the log knows, and says so', async () => {
    nock(ORG)
      .get('/api/v1/users/alice%40acme.example')
      .reply(404, NOT_FOUND)
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice.liddell@acme.example'))
    holdings('00u1')
    const found = await connector().reader.discover(
      { ...alice, account: 'alice@acme.example', knownIds: ['00u1'] },
      departure
    )
    expect(found.account).toEqual({ id: '00u1', display: 'alice.liddell@acme.example' })
    expect(found.notes[0]).toMatch(
      /^renamed: Okta user alice@acme.example is not found, but the account the revocation log knows as alice's \(id 00u1\) is now named alice.liddell@acme.example/
    )
  })

  it('records a secondary read that failed as unread and still plans the rest', async () => {
    nock(ORG).get('/api/v1/users/00u1').reply(200, user('00u1', 'alice@acme.example'))
    nock(ORG)
      .get('/api/v1/users/00u1/groups')
      .reply(200, [])
      .get('/api/v1/users/00u1/appLinks')
      .reply(200, [])
      .get('/api/v1/users/00u1/factors')
      .reply(
        403,
        oktaError('E0000006', 'You do not have permission to perform the requested action')
      )
      .get('/api/v1/users/00u1/grants')
      .query(true)
      .reply(200, [])
      .get('/api/v1/users/00u1/clients')
      .reply(200, [])
      .get('/api/v1/users/00u1/roles')
      .reply(200, [])
    const { reader } = connector()
    const found = await reader.discover({ ...alice, account: '00u1' }, departure)
    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([
      {
        what: 'factors',
        error:
          'okta: GET /api/v1/users/{id}/factors answered 403 (E0000006 You do not have permission to perform the requested action); the admin the API token in OKTA_API_TOKEN acts for has no role that allows this (okta.users.read): see docs/okta.md'
      }
    ])
    expect(reader.planSteps(found, departure).steps.map(s => s.action)).toEqual([
      'clear_sessions',
      'suspend_user',
      'deactivate_user'
    ])
  })

  it('is not checked when the user cannot be read, and says what to fix for a 401', async () => {
    nock(ORG)
      .get('/api/v1/users/alice%40acme.example')
      .reply(401, oktaError('E0000011', 'Invalid token provided'))
    const found = await connector().reader.discover(
      { ...alice, account: 'alice@acme.example' },
      departure
    )
    expect(found).toMatchObject({
      status: 'not_checked',
      reason:
        'okta: GET /api/v1/users/{id} answered 401 (E0000011 Invalid token provided); the API token in OKTA_API_TOKEN was rejected: check that it is current (Okta revokes tokens unused for 30 days, and those of deactivated admins)'
    })
  })

  it('counts the active super administrators of a super administrator, for the guard', async () => {
    nock(ORG).get('/api/v1/users/00u1').reply(200, user('00u1', 'alice@acme.example'))
    holdings('00u1', {
      roles: [
        { id: 'ra1', type: 'SUPER_ADMIN', label: 'Super Administrator', assignmentType: 'USER' }
      ]
    })
    nock(ORG)
      .get('/api/v1/iam/assignees/users')
      .query({ limit: '100' })
      .reply(200, {
        value: [{ id: '00u1' }],
        _links: { next: { href: `${ORG}/api/v1/iam/assignees/users?after=00u1&limit=100` } }
      })
      .get('/api/v1/iam/assignees/users')
      .query({ after: '00u1', limit: '100' })
      .reply(200, { value: [{ id: '00u2' }], _links: {} })
      .get('/api/v1/users/00u1/roles')
      .reply(200, [{ id: 'ra1', type: 'SUPER_ADMIN' }])
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice@acme.example'))
      .get('/api/v1/users/00u2/roles')
      .reply(200, [{ id: 'ra2', type: 'SUPER_ADMIN' }])
      .get('/api/v1/users/00u2')
      .reply(200, user('00u2', 'root@acme.example', 'SUSPENDED'))
    const { reader } = connector()
    const found = await reader.discover({ ...alice, account: '00u1' }, departure)
    expect(found.holdings[0].details).toMatchObject({ super_admin: true, super_admins: 1 })
    const plan = reader.planSteps(found, departure)
    expect(plan.steps.map(s => s.action)).toEqual(['clear_sessions'])
    expect(plan.refused.map(r => r.reason)).toEqual([
      expect.stringMatching(/^alice@acme.example is the last active super administrator/),
      expect.stringMatching(/last active super administrator/)
    ])
  })
})

describe('the HTTP layer', () => {
  it("waits out a 429 until X-Rate-Limit-Reset, measured against the answer's Date", async () => {
    const date = new Date('2026-03-01T10:00:00Z')
    const retried: (string | string[] | undefined)[] = []
    nock(ORG)
      .get('/api/v1/users/00u1')
      .reply(429, oktaError('E0000047', 'API call exceeded rate limit due to too many requests.'), {
        date: date.toUTCString(),
        'x-rate-limit-limit': '600',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(date.getTime() / 1000 + 7),
        'x-okta-request-id': 'req-1'
      })
      .get('/api/v1/users/00u1')
      .reply(function () {
        retried.push(this.req.headers['x-okta-retry-for'], this.req.headers['x-okta-retry-count'])
        return [200, user('00u1', 'alice@acme.example')]
      })
    const { c, waits } = client()
    expect((await c.user('00u1'))?.login).toBe('alice@acme.example')
    expect(waits).toEqual([7000])
    expect(retried).toEqual(['req-1', '1'])
    expect(c.requests).toBe(2)
  })

  it('fails at once when the reset is further away than the budget allows', async () => {
    const now = Date.now()
    nock(ORG)
      .post('/api/v1/users/00u1/lifecycle/deactivate')
      .query(true)
      .reply(429, oktaError('E0000047', 'API call exceeded rate limit due to too many requests.'), {
        date: new Date(now).toUTCString(),
        'x-rate-limit-reset': String(Math.floor(now / 1000) + 120)
      })
    const { writer, waits } = connector()
    const outcome = await writer.perform(step('deactivate_user'))
    expect(waits).toEqual([])
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toMatch(
      /^okta: gave up after 0 retries \/ 60 s \(asked to wait 1[12]\d(\.\d)? s\): POST \/api\/v1\/users\/\{id\}\/lifecycle\/deactivate answered 429 \(E0000047 API call exceeded rate limit due to too many requests.\); still rate limited: run again later$/
    )
  })

  it('retries a 500 and a dropped connection with backoff, within the budget', async () => {
    nock(ORG)
      .get('/api/v1/users/00u1/groups')
      .reply(500, oktaError('E0000009', 'Internal Server Error'))
      .get('/api/v1/users/00u1/groups')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get('/api/v1/users/00u1/groups')
      .reply(200, [{ id: '00g1', type: 'OKTA_GROUP', profile: { name: 'Engineering' } }])
    const { c, waits } = client()
    expect(await c.userGroups('00u1')).toEqual([
      { id: '00g1', name: 'Engineering', type: 'OKTA_GROUP' }
    ])
    expect(waits).toEqual([500, 1000])
  })

  it('gives up on a 500 that persists, and says so', async () => {
    nock(ORG)
      .delete('/api/v1/users/00u1/sessions')
      .query({ oauthTokens: 'true' })
      .times(4)
      .reply(500, oktaError('E0000009', 'Internal Server Error'))
    const { writer, waits } = connector()
    const outcome = await writer.perform(step('clear_sessions'))
    expect(waits).toEqual([500, 1000, 2000])
    expect(outcome).toEqual({
      result: 'failed',
      detail:
        'okta: gave up after 3 retries / 60 s: DELETE /api/v1/users/{id}/sessions answered 500 (E0000009 Internal Server Error); Okta failed: run again later'
    })
  })

  it('refuses every write in read mode before anything is sent', async () => {
    const { c } = client('read')
    await expect(c.clearSessions('00u1')).rejects.toThrow(
      'okta: refused DELETE /api/v1/users/{id}/sessions: this client only reads (plan and audit never write)'
    )
    await expect(c.deactivate('00u1')).rejects.toThrow(/refused POST/)
  })

  it('follows Link headers at the largest page size, but never to another host', async () => {
    nock(ORG)
      .get('/api/v1/users')
      .query({ limit: '200' })
      .reply(200, [user('00u1', 'a@acme.example')], {
        link: `<${ORG}/api/v1/users?limit=200>; rel="self", <${ORG}/api/v1/users?after=00u1&limit=200>; rel="next"`
      })
      .get('/api/v1/users')
      .query({ after: '00u1', limit: '200' })
      .reply(200, [user('00u2', 'b@acme.example')])
      .get('/api/v1/users')
      .query({ filter: 'status eq "DEPROVISIONED"', limit: '200' })
      .reply(200, [user('00u3', 'c@acme.example', 'DEPROVISIONED')], {
        link: '<https://elsewhere.example/api/v1/users?after=00u3>; rel="next"'
      })
    const { c } = client('read')
    await expect(c.users()).rejects.toThrow(
      'okta: refused GET https://elsewhere.example/api/v1/users: not the org http://127.0.0.1:9 (a Link header or a redirect pointed elsewhere)'
    )
  })
})

describe('a service app', () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const app = {
    token_env: undefined,
    client_id: '0oaservice1',
    private_key_env: 'OKTA_PRIVATE_KEY'
  }
  const ACCESS = 'okta-access-token-for-the-service-app-0001'

  it('signs a client assertion with its key, asks plan for the read scopes only, and masks the token', async () => {
    const forms: URLSearchParams[] = []
    nock(ORG)
      .post('/oauth2/v1/token', body => forms.push(new URLSearchParams(body as string)) > 0)
      .reply(200, { token_type: 'Bearer', expires_in: 3600, access_token: ACCESS, scope: 'x' })
    nock(ORG, { reqheaders: { authorization: `Bearer ${ACCESS}` } })
      .get('/api/v1/users/alice%40acme.example')
      .reply(404, NOT_FOUND)
    const { reader, masked } = connector(app, { OKTA_PRIVATE_KEY: pem })
    const found = await reader.discover(
      { ...alice, account: 'alice@acme.example' },
      { kind: 'reduction', remove: [] }
    )
    expect(found.status).toBe('no_account')
    const [form] = forms
    expect(form.get('grant_type')).toBe('client_credentials')
    expect(form.get('scope')).toBe('okta.users.read okta.groups.read okta.roles.read')
    expect(form.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    )
    const [h, p, sig] = String(form.get('client_assertion')).split('.')
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>
    expect(claims).toMatchObject({
      iss: '0oaservice1',
      sub: '0oaservice1',
      aud: `${ORG}/oauth2/v1/token`
    })
    const { verify } = await import('node:crypto')
    expect(
      verify('sha256', Buffer.from(`${h}.${p}`), pair.publicKey, Buffer.from(sig, 'base64url'))
    ).toBe(true)
    expect(masked).toEqual(expect.arrayContaining([pem, ACCESS]))
  })

  it('says what to check when Okta refuses the app (whose key may be stored on one line)', async () => {
    nock(ORG)
      .post('/oauth2/v1/token')
      .times(2) // the SDK asks once more after a 401
      .reply(401, {
        error: 'invalid_client',
        error_description: 'The client_assertion signature is invalid.'
      })
    const { writer } = connector(app, { OKTA_PRIVATE_KEY: pem.replace(/\n/g, '\\n') })
    const outcome = await writer.perform(step('clear_sessions'))
    expect(outcome).toEqual({
      result: 'failed',
      detail:
        "okta: POST /oauth2/v1/token answered 401 (invalid_client: The client_assertion signature is invalid.); Okta does not accept the service app 0oaservice1's credentials: check client_id, and that the app's public key matches the private key in OKTA_PRIVATE_KEY (and key_id)"
    })
  })

  it('is not checked without its key, nor over plain http to another host', () => {
    expect(connector(app).reader.unavailable).toBe(
      'not checked: no credentials (set OKTA_PRIVATE_KEY)'
    )
    const remote = connector({}, { OFFBOARD_OKTA_URL: 'http://okta.example' })
    expect(remote.reader.unavailable).toBe(
      'not checked: http://okta.example is not https: Okta is reached over https only (plain http only to a loopback test server)'
    )
    expect(connector({ client_id: '0oaservice1' }).reader.unavailable).toBe(
      'not checked: give either token_env (an API token) or client_id with private_key_env (a service app), not both'
    )
  })
})
