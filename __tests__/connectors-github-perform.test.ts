import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Step } from '../src/connectors/connector.js'
import {
  API,
  answer,
  connector,
  context,
  type Answer
} from './support/connectors-github-fixtures.js'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

function step(action: string, params: Record<string, unknown> = {}, login = 'alice-gh'): Step {
  return {
    id: `github/alice/${action}/x`,
    platform: 'github',
    person: 'alice',
    action,
    target: 'x',
    reason: 'test',
    after: [],
    mode: 'auto',
    params: { org: 'acme', login, ...params }
  }
}

const writer = () => connector.writer(context({ protected: ['acme-bot'] }).ctx)
const owners = (...logins: string[]) => [200, logins.map(login => ({ login }))] as const
const OWNERS = 'GET /orgs/acme/members?role=admin&per_page=100'

/** Each action's one write: method, path, body sent, and GitHub's success answer. */
const writes: [string, Record<string, unknown>, string, string, unknown, [number, unknown?]][] = [
  [
    'deny_token_request',
    { id: '41' },
    'POST',
    '/orgs/acme/personal-access-token-requests',
    { pat_request_ids: [41], action: 'deny', reason: 'The requester has left the organization.' },
    [202, {}]
  ],
  [
    'revoke_token_grant',
    { id: '31' },
    'POST',
    '/orgs/acme/personal-access-tokens',
    { action: 'revoke', pat_ids: [31] },
    [202, {}]
  ],
  [
    'revoke_sso_authorization',
    { id: '9001' },
    'DELETE',
    '/orgs/acme/credential-authorizations/9001',
    undefined,
    [204]
  ],
  ['cancel_invitation', { id: '5' }, 'DELETE', '/orgs/acme/invitations/5', undefined, [204]],
  [
    'remove_copilot_seat',
    {},
    'DELETE',
    '/orgs/acme/copilot/billing/selected_users',
    { selected_usernames: ['alice-gh'] },
    [200, { seats_cancelled: 1 }]
  ],
  [
    'remove_team_membership',
    { team: 'backend' },
    'DELETE',
    '/orgs/acme/teams/backend/memberships/alice-gh',
    undefined,
    [204]
  ],
  [
    'remove_outside_collaborator',
    {},
    'DELETE',
    '/orgs/acme/outside_collaborators/alice-gh',
    undefined,
    [204]
  ]
]

const seatHeld = { created_at: '2026-11-01T10:00:00Z', assigning_team: null }
/** Per action: the read that shows whether the write's target is still there, its answer when
 *  gone, and its answer while it is still there. */
const READ_BACK: Record<string, [string, Answer, Answer]> = {
  deny_token_request: [
    'GET /orgs/acme/personal-access-token-requests',
    [200, []],
    [200, [{ id: 41, owner: { id: 101 }, token_name: 'ci', token_id: 4 }]]
  ],
  revoke_token_grant: [
    'GET /orgs/acme/personal-access-tokens',
    [200, []],
    [
      200,
      [
        {
          id: 31,
          owner: { id: 101 },
          token_name: 'deploy',
          token_id: 3,
          token_expired: false,
          token_expires_at: null
        }
      ]
    ]
  ],
  revoke_sso_authorization: [
    'GET /orgs/acme/credential-authorizations',
    // The organization has no SAML SSO (any more): no authorization either.
    [404, { message: 'Not Found' }],
    [200, [{ login: 'alice-gh', credential_id: 9001, credential_type: 'SSH key' }]]
  ],
  cancel_invitation: [
    'GET /orgs/acme/invitations',
    [200, []],
    [
      200,
      [
        {
          id: 5,
          login: 'alice-gh',
          email: null,
          role: 'direct_member',
          created_at: '2026-11-01T10:00:00Z',
          inviter: { login: 'bob' }
        }
      ]
    ]
  ],
  remove_copilot_seat: [
    'GET /orgs/acme/members/alice-gh/copilot',
    [200, { ...seatHeld, pending_cancellation_date: '2026-12-01' }],
    [200, { ...seatHeld, pending_cancellation_date: null }]
  ],
  remove_team_membership: [
    'GET /orgs/acme/teams/backend/memberships/alice-gh',
    [404, { message: 'Not Found' }],
    [200, { state: 'active', role: 'member' }]
  ],
  remove_outside_collaborator: [
    'GET /orgs/acme/outside_collaborators',
    [200, [{ login: 'zed', id: 7 }]],
    [200, [{ login: 'Alice-GH', id: 101 }]]
  ]
}

describe('github perform', () => {
  it.each(writes)(
    '%s sends its one write and reports revoked',
    async (action, params, method, path, body, reply) => {
      nock(API)
        .intercept(path, method, body as nock.RequestBodyMatcher)
        .reply(reply[0], reply[1] as nock.Body)
      expect((await writer().perform(step(action, params))).result).toBe('revoked')
    }
  )

  it.each(writes)(
    '%s: a 404 read back as gone is already_absent',
    async (action, params, method, path) => {
      nock(API).intercept(path, method).reply(404, { message: 'Not Found' })
      const [route, gone] = READ_BACK[action]
      answer({ [route]: gone })
      expect(await writer().perform(step(action, params))).toEqual({
        result: 'already_absent',
        detail: 'GitHub answered 404; read back: gone'
      })
    }
  )

  it.each(writes)(
    '%s: a 404 while the thing is still there fails, naming the permission',
    async (action, params, method, path) => {
      nock(API).intercept(path, method).reply(404, { message: 'Not Found' })
      const [route, , there] = READ_BACK[action]
      answer({ [route]: there })
      const outcome = await writer().perform(step(action, params))
      expect(outcome.result).toBe('failed')
      expect(outcome.detail).toMatch(
        /^GitHub answered 404 but the .+ \(x\) is still there: the token probably lacks .*(permission|admin:org)/
      )
    }
  )

  it('a 404 whose read-back fails is a failure with both answers', async () => {
    answer({
      'DELETE /orgs/acme/invitations/5': [404, { message: 'Not Found' }],
      'GET /orgs/acme/invitations': [403, { message: 'Must have admin rights' }]
    })
    const outcome = await writer().perform(step('cancel_invitation', { id: '5' }))
    expect(outcome).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /^cancel_invitation x: GitHub answered 404, and reading back whether the invitation is gone failed: GitHub answered 403: Must have admin rights/
      )
    })
  })

  it('a Copilot cancellation that cancels nothing is already_absent', async () => {
    answer({ 'DELETE /orgs/acme/copilot/billing/selected_users': [200, { seats_cancelled: 0 }] })
    expect(await writer().perform(step('remove_copilot_seat'))).toEqual({
      result: 'already_absent',
      detail: 'no Copilot seat to cancel'
    })
  })

  describe('writes GitHub takes in batches', () => {
    const grant = (n: number, login = `p${n}-gh`) =>
      step('revoke_token_grant', { id: String(n) }, login)

    it('steps started together share one request, and each reports its own outcome', async () => {
      nock(API)
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [31, 32, 33] })
        .reply(202, {})
        .post('/orgs/acme/personal-access-token-requests', {
          pat_request_ids: [41, 42],
          action: 'deny',
          reason: 'The requester has left the organization.'
        })
        .reply(202, {})
        .delete('/orgs/acme/copilot/billing/selected_users', {
          selected_usernames: ['p1-gh', 'p2-gh']
        })
        .reply(200, { seats_cancelled: 2 })
      const w = writer()
      const outcomes = await Promise.all([
        w.perform(grant(31)),
        w.perform(grant(32)),
        w.perform(grant(33)),
        w.perform(step('deny_token_request', { id: '41' }, 'p1-gh')),
        w.perform(step('deny_token_request', { id: '42' }, 'p2-gh')),
        w.perform(step('remove_copilot_seat', {}, 'p1-gh')),
        w.perform(step('remove_copilot_seat', {}, 'p2-gh'))
      ])
      expect(outcomes.map(o => o.result)).toEqual(Array(7).fill('revoked'))
    })

    it('a batch refused with a 404 is sent again one item at a time, each read back on its own', async () => {
      nock(API)
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [31, 32] })
        .reply(404, { message: 'Not Found' })
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [31] })
        .reply(202, {})
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [32] })
        .reply(404, { message: 'Not Found' })
      answer({ 'GET /orgs/acme/personal-access-tokens': [200, []] })
      const w = writer()
      expect(await Promise.all([w.perform(grant(31)), w.perform(grant(32))])).toEqual([
        { result: 'revoked', detail: '' },
        { result: 'already_absent', detail: 'GitHub answered 404; read back: gone' }
      ])
    })

    it('a batch that fails for every item (a 403) fails every step once, without a request per item', async () => {
      nock(API)
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [31, 32] })
        .reply(403, { message: 'Resource not accessible by integration' })
      const w = writer()
      const outcomes = await Promise.all([w.perform(grant(31)), w.perform(grant(32))])
      expect(outcomes.map(o => o.result)).toEqual(['failed', 'failed'])
      expect(outcomes[1].detail).toMatch(/403/)
    })

    it('Copilot: fewer seats cancelled than asked, and each login is asked again alone', async () => {
      nock(API)
        .delete('/orgs/acme/copilot/billing/selected_users', {
          selected_usernames: ['p1-gh', 'p2-gh']
        })
        .reply(200, { seats_cancelled: 1 })
        .delete('/orgs/acme/copilot/billing/selected_users', { selected_usernames: ['p1-gh'] })
        .reply(200, { seats_cancelled: 1 })
        .delete('/orgs/acme/copilot/billing/selected_users', { selected_usernames: ['p2-gh'] })
        .reply(200, { seats_cancelled: 0 })
      const w = writer()
      const outcomes = await Promise.all([
        w.perform(step('remove_copilot_seat', {}, 'p1-gh')),
        w.perform(step('remove_copilot_seat', {}, 'p2-gh'))
      ])
      expect(outcomes.map(o => o.result)).toEqual(['revoked', 'already_absent'])
    })

    it('another organization, or another action, is another request', async () => {
      nock(API)
        .post('/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [31] })
        .reply(202, {})
        .post('/orgs/acme/personal-access-token-requests', {
          pat_request_ids: [31],
          action: 'deny',
          reason: 'The requester has left the organization.'
        })
        .reply(202, {})
      const w = writer()
      const outcomes = await Promise.all([
        w.perform(grant(31)),
        w.perform(step('deny_token_request', { id: '31' }))
      ])
      expect(outcomes.map(o => o.result)).toEqual(['revoked', 'revoked'])
    })
  })

  it('a 422 fails with GitHub’s message; a 403 fails with a permissions hint', async () => {
    answer({
      'DELETE /orgs/acme/outside_collaborators/alice-gh': [
        422,
        {
          message: 'You cannot specify an organization member to remove as an outside collaborator.'
        }
      ],
      'DELETE /orgs/acme/invitations/5': [403, { message: 'Must have admin rights to Repository.' }]
    })
    const w = writer()
    const unprocessable = await w.perform(step('remove_outside_collaborator'))
    expect(unprocessable.result).toBe('failed')
    expect(unprocessable.detail).toMatch(
      /GitHub answered 422: You cannot specify an organization member/
    )
    const forbidden = await w.perform(step('cancel_invitation', { id: '5' }))
    expect(forbidden.result).toBe('failed')
    expect(forbidden.detail).toMatch(/403: Must have admin rights.*the token lacks a permission/)
  })

  it('removes a membership after re-checking the owners live; a 404 is read back', async () => {
    answer({ [OWNERS]: [...owners('bob')], 'DELETE /orgs/acme/memberships/alice-gh': [204] })
    expect((await writer().perform(step('remove_org_membership'))).result).toBe('revoked')
    answer({
      [OWNERS]: [...owners('bob')],
      'DELETE /orgs/acme/memberships/alice-gh': [404, {}],
      'GET /orgs/acme/memberships/alice-gh': [404, { message: 'Not Found' }]
    })
    expect((await writer().perform(step('remove_org_membership'))).result).toBe('already_absent')
    // A token without Members: write may be answered 404 while the member stays.
    answer({
      [OWNERS]: [...owners('bob')],
      'DELETE /orgs/acme/memberships/alice-gh': [404, { message: 'Not Found' }],
      'GET /orgs/acme/memberships/alice-gh': [200, { state: 'active', role: 'member' }]
    })
    expect(await writer().perform(step('remove_org_membership'))).toEqual({
      result: 'failed',
      detail:
        'GitHub answered 404 but the membership (x) is still there: the token probably lacks the GitHub App permission "Members: write" (classic token: admin:org)'
    })
  })

  it('removes a member found so without counting the owners again', async () => {
    answer({ 'DELETE /orgs/acme/memberships/alice-gh': [204] })
    expect((await writer().perform(step('remove_org_membership', { role: 'member' }))).result).toBe(
      'revoked'
    )
  })

  it('never removes or demotes the last owner, re-checked right before the write', async () => {
    nock(API)
      .get('/orgs/acme/members')
      .query({ role: 'admin', per_page: 100 })
      .times(2)
      .reply(...owners('Alice-GH'))
    const w = writer()
    for (const action of ['remove_org_membership', 'demote_org_admin']) {
      const outcome = await w.perform(step(action))
      expect(outcome.result).toBe('skipped')
      expect(outcome.detail).toMatch(/alice-gh is the last owner of acme/)
    }
  })

  it('two owners leaving at once: the second removal sees it would be the last and stops', async () => {
    answer({ 'DELETE /orgs/acme/memberships/alice-gh': [204] })
    nock(API)
      .get('/orgs/acme/members')
      .query(true)
      .reply(...owners('alice-gh', 'bob'))
      .get('/orgs/acme/members')
      .query(true)
      .reply(...owners('bob'))
    const w = writer()
    const [first, second] = await Promise.all([
      w.perform(step('remove_org_membership')),
      w.perform(step('remove_org_membership', {}, 'bob'))
    ])
    expect(first.result).toBe('revoked')
    expect(second).toMatchObject({
      result: 'skipped',
      detail: expect.stringMatching(/bob is the last owner/)
    })
  })

  it('demotes an owner to member, and leaves a non-owner alone instead of inviting them', async () => {
    nock(API)
      .get('/orgs/acme/members')
      .query(true)
      .reply(...owners('alice-gh', 'bob'))
      .put('/orgs/acme/memberships/alice-gh', { role: 'member' })
      .reply(200, { role: 'member', state: 'active' })
    expect((await writer().perform(step('demote_org_admin'))).result).toBe('revoked')

    answer({ [OWNERS]: [...owners('bob', 'carol')] })
    expect(await writer().perform(step('demote_org_admin'))).toEqual({
      result: 'already_absent',
      detail: 'alice-gh is not an owner of acme'
    })
  })

  it('skips protected logins and manual steps without a request', async () => {
    const w = writer()
    expect(await w.perform(step('remove_org_membership', {}, 'ACME-BOT'))).toMatchObject({
      result: 'skipped',
      detail: expect.stringMatching(/ACME-BOT is protected/)
    })
    expect(await w.perform({ ...step('review_deploy_key'), mode: 'manual' })).toMatchObject({
      result: 'skipped',
      detail: 'needs a human: test'
    })
  })

  it('a rate-limited write is waited out and still revokes', async () => {
    const { ctx, lines } = context()
    answer({
      'DELETE /orgs/acme/credential-authorizations/9001': [
        429,
        { message: 'Too Many Requests' },
        { 'retry-after': '1' }
      ]
    })
    answer({ 'DELETE /orgs/acme/credential-authorizations/9001': [204] })
    expect(
      (await connector.writer(ctx).perform(step('revoke_sso_authorization', { id: '9001' }))).result
    ).toBe('revoked')
    expect(lines.join('\n')).toMatch(/rate limit: waiting 1s/)
  })
})
