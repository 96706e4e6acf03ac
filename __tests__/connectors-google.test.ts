// The Google Workspace connector's reads against nock: discovery (by the declared account, by
// email or alias, never of someone else's account), Google's error answers (401, 403, 404,
// 429 and 403 rate limits, 5xx, a dropped connection), the plan it makes of what it found, and
// the audit's listing. Credentials are connectors-google-auth.test.ts's, writes
// connectors-google-perform.test.ts's.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Identity, Scope } from '../src/connectors/connector.js'
import { groupGrant } from '../src/connectors/google/declared.js'
import { containmentFirst } from '../src/graph.js'
import { alice } from './support/google-fixture.js'
import { aliceUser, api, D, enc, googleError, setup, tokenEndpoint } from './support/google-nock.js'

const departure: Scope = { kind: 'departure' }
const USER = `${D}/users/${enc('alice@acme.example')}`

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

/** The token, then alice's user as Google answers it. */
function userFound(user = aliceUser()) {
  tokenEndpoint()
  return api().get(USER).query(true).reply(200, user)
}

/** Every read of a departure after the user, answering nothing held (`tokens`: that answer). */
function emptyReads(tokens: [number, object] = [200, {}], userId = '111') {
  return api()
    .get(`${D}/groups`)
    .query({ userKey: userId, maxResults: 200 })
    .reply(200, { kind: 'admin#directory#groups' })
    .get(`${D}/users/${userId}/tokens`)
    .reply(...tokens)
    .get(`${D}/users/${userId}/asps`)
    .reply(200, {})
    .get(`${D}/users/${userId}/verificationCodes`)
    .reply(200, {})
    .get(`${D}/customer/C0sandbox/roleassignments`)
    .query({ userKey: userId, maxResults: 200 })
    .reply(200, {})
}

describe('google discover', () => {
  it('finds the user and everything a departure revokes; backup codes are masked, not shown', async () => {
    tokenEndpoint()
    api()
      .get(USER)
      .query({ projection: 'basic' })
      .reply(200, aliceUser())
      .get(`${D}/groups`)
      .query({ userKey: '111', maxResults: 200 })
      .reply(200, {
        groups: [{ email: 'eng@acme.example', name: 'Engineering' }],
        nextPageToken: 'p2'
      })
      .get(`${D}/groups`)
      .query({ userKey: '111', maxResults: 200, pageToken: 'p2' })
      .reply(200, { groups: [{ email: 'ops@acme.example' }] })
      .get(`${D}/users/111/tokens`)
      .reply(200, {
        items: [
          { clientId: 'c1.apps.googleusercontent.com', displayText: 'Slack', scopes: ['a', 'b'] }
        ]
      })
      .get(`${D}/users/111/asps`)
      .reply(200, {
        items: [
          { codeId: 7, name: 'Thunderbird', creationTime: '1714521600000', lastTimeUsed: '0' }
        ]
      })
      .get(`${D}/users/111/verificationCodes`)
      .reply(200, { items: [{ verificationCode: '12345678' }, { verificationCode: '87654321' }] })
      .get(`${D}/customer/C0sandbox/roleassignments`)
      .query({ userKey: '111', maxResults: 200 })
      .reply(200, { items: [{ roleAssignmentId: '9', roleId: '5', scopeType: 'CUSTOMER' }] })
      .get(`${D}/customer/C0sandbox/roles`)
      .query({ maxResults: 100 })
      .reply(200, { items: [{ roleId: '5', roleName: 'Groups Admin' }] })
    const { reader, masked } = setup()
    const d = await reader.discover(alice, departure)
    expect(d.status).toBe('checked')
    expect(d.holdings.map(h => h.label)).toEqual([
      'Google account alice@acme.example (active)',
      'OAuth token for "Slack" (client c1.apps.googleusercontent.com, 2 scopes)',
      'app password "Thunderbird" (created 2024-05-01, last used never)',
      '2 backup verification codes',
      'admin role "Groups Admin" (whole customer)',
      'member of group eng@acme.example ("Engineering")',
      'member of group ops@acme.example'
    ])
    expect(masked).toEqual(expect.arrayContaining(['12345678', '87654321']))
    expect(JSON.stringify(d)).not.toMatch(/12345678|87654321/)
    expect(d.notes).toEqual([
      'admin roles (Groups Admin) are not removed: they stop working with the suspension and go with the account when it is deleted',
      "Drive: ownership of alice@acme.example's files is not transferred (google.transfer_drive_to names nobody): they stay in the suspended account"
    ])
  })

  it('looks the person up by email when no account is declared, alias included', async () => {
    tokenEndpoint()
    const who: Identity = { ...alice, account: undefined, email: 'a.liddell@acme.example' }
    api()
      .get(`${D}/users/${enc('a.liddell@acme.example')}`)
      .query(true)
      .reply(200, aliceUser())
    emptyReads()
    const d = await setup().reader.discover(who, departure)
    expect(d.notes[0]).toBe('no Google account declared: looked up a.liddell@acme.example')
    expect(d.holdings[0].details).toMatchObject({ found_by: 'lookup' })
  })

  it('never uses an account found by email that someone else declares', async () => {
    tokenEndpoint()
    const who: Identity = {
      person: 'eve',
      name: 'Eve',
      email: 'alice@acme.example',
      claims: alice.claims
    }
    api().get(USER).query(true).reply(200, aliceUser())
    const d = await setup().reader.discover(who, departure)
    expect(d).toMatchObject({ status: 'not_checked', holdings: [] })
    expect(d.reason).toMatch(/answered alice@acme.example, which alice declares: it is not used/)
  })

  it('reads unread what it could not read, and still plans the rest', async () => {
    userFound()
    emptyReads([403, googleError(403, 'forbidden', 'Not Authorized to access this resource/api')])
    const { reader } = setup()
    const d = await reader.discover(alice, departure)
    expect(d.unread).toEqual([
      {
        what: 'OAuth tokens',
        error:
          'google: directory.tokens.list 111 answered 403 (forbidden: Not Authorized to access this resource/api); admin@acme.example (google.admin) may not do this, or the scope is not delegated to the service account: see docs/google.md'
      }
    ])
    expect(reader.planSteps(d, departure).steps.map(s => s.action)).toEqual([
      'sign_out',
      'suspend_user'
    ])
  })

  it.each([
    [401, 'authError', /answered 401 \(authError: authError\); the access token was refused/],
    [403, 'forbidden', /answered 403 .*google.admin\) may not do this/]
  ])('reports a %i on the user as not checked, with what to do', async (status, reason, said) => {
    tokenEndpoint()
    api().get(USER).query(true).reply(status, googleError(status, reason))
    const d = await setup().reader.discover(alice, departure)
    expect(d.status).toBe('not_checked')
    expect(d.reason).toMatch(said)
  })

  it('backs off on 429 and 403 rate limits, honours Retry-After, and retries a dropped connection', async () => {
    tokenEndpoint()
    api()
      .get(USER)
      .query(true)
      .reply(429, googleError(429, 'rateLimitExceeded'))
      .get(USER)
      .query(true)
      .reply(403, googleError(403, 'userRateLimitExceeded'), { 'Retry-After': '2' })
      .get(USER)
      .query(true)
      .replyWithError('socket hang up')
      .get(USER)
      .query(true)
      .reply(200, aliceUser())
    emptyReads()
    const { reader, waits } = setup({}, {})
    const d = await reader.discover(alice, departure)
    expect(d.status).toBe('checked')
    expect(waits).toEqual([500, 2000, 2000])
  })

  it('gives an answer that does not come its attempt time, and says so', async () => {
    tokenEndpoint()
    api().get(USER).query(true).delayConnection(500).reply(200, aliceUser())
    const { reader } = setup({ retry: { retries: 0, attempt_seconds: 0.1 } })
    expect((await reader.discover(alice, departure)).reason).toBe(
      'could not read alice@acme.example: google: gave up after 0 retries / 60 s: directory.users.get alice@acme.example no answer within 0.1 s'
    )
  })

  it('gives up on a server that keeps failing, within the retry budget', async () => {
    tokenEndpoint()
    api()
      .get(USER)
      .query(true)
      .times(4)
      .reply(503, googleError(503, 'backendError', 'Backend Error'))
    const d = await setup().reader.discover(alice, departure)
    expect(d.reason).toBe(
      'could not read alice@acme.example: google: gave up after 3 retries / 60 s: directory.users.get alice@acme.example answered 503 (backendError: Backend Error); Google failed: run again later'
    )
  })
})

describe('google plan', () => {
  async function discovered(over: Record<string, unknown>, block = {}) {
    userFound(aliceUser(over))
    emptyReads()
    const { reader } = setup(block)
    return { reader, d: await reader.discover(alice, departure) }
  }

  it('signs out and suspends first, as containment steps run before any other platform step', async () => {
    userFound()
      .get(`${D}/groups`)
      .query(true)
      .reply(200, { groups: [{ email: 'eng@acme.example' }] })
      .get(`${D}/users/111/tokens`)
      .reply(200, { items: [{ clientId: 'c1.apps.googleusercontent.com', displayText: 'Slack' }] })
      .get(`${D}/users/111/asps`)
      .reply(200, {})
      .get(`${D}/users/111/verificationCodes`)
      .reply(200, {})
      .get(`${D}/customer/C0sandbox/roleassignments`)
      .query(true)
      .reply(200, {})
    const { reader } = setup({ on_departure: 'delete' })
    const { steps } = reader.planSteps(await reader.discover(alice, departure), departure)
    const { first, rest } = containmentFirst(steps)
    expect(first.map(s => [s.action, s.after])).toEqual([
      ['sign_out', []],
      ['suspend_user', ['google/alice/sign_out/alice@acme.example']]
    ])
    expect(first.every(s => s.contain)).toBe(true)
    expect(rest.map(s => [s.action, s.contain])).toEqual([
      ['delete_oauth_token', undefined],
      ['remove_group_membership', undefined],
      ['delete_user', undefined]
    ])
  })

  it('never suspends or deletes the last active super admin', async () => {
    api()
      .get(`${D}/users`)
      .query({ customer: 'C0sandbox', query: 'isAdmin=true isSuspended=false', maxResults: 3 })
      .reply(200, { users: [{ id: '111' }] })
    const { reader, d } = await discovered({ isAdmin: true }, { on_departure: 'delete' })
    const plan = reader.planSteps(d, departure)
    expect(plan.steps.map(s => s.action)).toEqual(['sign_out'])
    expect(plan.refused).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/last active super admin/) })
    ])
  })

  it('touches nothing of a protected account', async () => {
    const { reader, d } = await discovered({}, { protected: ['ALICE@acme.example'] })
    expect(reader.planSteps(d, departure)).toEqual({
      steps: [],
      refused: [
        expect.objectContaining({
          target: 'alice@acme.example',
          reason: expect.stringMatching(/google.protected/)
        })
      ]
    })
  })

  it('removes only the groups no role grants any more in a reduction', async () => {
    userFound()
      .get(`${D}/groups`)
      .query(true)
      .reply(200, { groups: [{ email: 'eng@acme.example' }, { email: 'ops@acme.example' }] })
    const { reader } = setup()
    const scope: Scope = { kind: 'reduction', remove: [groupGrant('ENG@acme.example')] }
    const plan = reader.planSteps(await reader.discover(alice, scope), scope)
    expect(plan.steps).toEqual([
      expect.objectContaining({
        id: 'google/alice/remove_group_membership/eng@acme.example',
        after: [],
        params: { user_id: '111', user: 'alice@acme.example', group: 'eng@acme.example' }
      })
    ])
  })
})

describe('google list', () => {
  it('pages every user at 500 and the members of each declared group at 200', async () => {
    tokenEndpoint()
    api()
      .get(`${D}/users`)
      .query({ customer: 'C0sandbox', maxResults: 500, projection: 'basic' })
      .reply(200, { users: [aliceUser()], nextPageToken: 'u2' })
      .get(`${D}/users`)
      .query({ customer: 'C0sandbox', maxResults: 500, projection: 'basic', pageToken: 'u2' })
      .reply(200, { users: [{ id: '222', primaryEmail: 'gone@acme.example', suspended: true }] })
      .get(`${D}/groups/${enc('eng@acme.example')}/members`)
      .query({ maxResults: 200 })
      .reply(200, { members: [{ id: '111', email: 'alice@acme.example', type: 'USER' }] })
      .get(`${D}/groups/${enc('nope@acme.example')}/members`)
      .query({ maxResults: 200 })
      .reply(404, googleError(404, 'notFound', 'Resource Not Found: groupKey'))
    const inv = await setup().reader.list([
      groupGrant('eng@acme.example'),
      groupGrant('nope@acme.example')
    ])
    expect(inv).toMatchObject({
      status: 'checked',
      requests: 4,
      notes: ['group nope@acme.example is declared but does not exist']
    })
    expect(inv.accounts).toEqual([
      expect.objectContaining({
        account: 'alice@acme.example',
        id: '111',
        active: true,
        grants: [groupGrant('eng@acme.example')]
      }),
      expect.objectContaining({ account: 'gone@acme.example', active: false, grants: [] })
    ])
  })

  it('is not checked when the users cannot be listed', async () => {
    tokenEndpoint()
    api().get(`${D}/users`).query(true).reply(403, googleError(403, 'forbidden'))
    const inv = await setup().reader.list([])
    expect(inv.status).toBe('not_checked')
    expect(inv.reason).toMatch(
      /^could not list Google Workspace users: google: directory.users.list C0sandbox answered 403/
    )
  })
})
