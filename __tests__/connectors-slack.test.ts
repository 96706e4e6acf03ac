import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'
import { SlackApi } from '../src/connectors/slack/client.js'
import { slackConnector } from '../src/connectors/slack/connector.js'
import type { Discovery, Identity, Scope, Step } from '../src/connectors/connector.js'
import type { SlackConfig } from '../src/declarations/types.js'
import { connectorContext } from './support/connectors.js'

// Loopback only: a missing interceptor can never reach a real Slack.
const ORIGIN = 'http://127.0.0.1:9'
const TOKEN = 'xoxp-test-token'

function setup(
  slack: Partial<SlackConfig> = {},
  env: Record<string, string> = { SLACK_TOKEN: TOKEN }
) {
  const {
    ctx,
    lines: log,
    masked
  } = connectorContext(
    { slack: { deactivate_with: 'scim', protected: [], ...slack } },
    { SLACK_API_URL: `${ORIGIN}/api`, SLACK_SCIM_URL: `${ORIGIN}/scim/v2/`, ...env }
  )
  const waits: number[] = []
  const factory = slackConnector({ sleep: async ms => void waits.push(ms) })
  return { masked, log, waits, reader: factory.reader(ctx), writer: factory.writer(ctx) }
}

/** A Slack method answering `answer` once; `args` must match the form-encoded body. */
function method(name: string, answer: object, args?: Record<string, string>) {
  return nock(ORIGIN, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
    .post(`/api/${name}`, args ?? (() => true))
    .reply(200, answer)
}
const ok = (body: object = {}) => ({ ok: true, ...body })
const err = (error: string, extra: object = {}) => ({ ok: false, error, ...extra })

const member = (id: string, extra: object = {}) => ({
  id,
  name: id.toLowerCase(),
  real_name: `Real ${id}`,
  team_id: 'T1',
  deleted: false,
  is_admin: false,
  is_owner: false,
  is_primary_owner: false,
  is_bot: false,
  profile: { email: `${id.toLowerCase()}@acme.test` },
  ...extra
})

const alice: Identity = { person: 'alice', name: 'Alice', email: 'alice@acme.test', account: 'U1' }
const departure: Scope = { kind: 'departure' }
const reduction = (...remove: [string, string][]): Scope => ({
  kind: 'reduction',
  remove: remove.map(([kind, value]) => ({
    platform: 'slack',
    kind: kind as 'slack_channel',
    value
  }))
})

function discovered(holdings: Discovery['holdings'], person = 'alice'): Discovery {
  return { platform: 'slack', person, status: 'checked', holdings, notes: [] }
}
const memberHolding = (details: object = {}) => ({
  kind: 'member',
  id: 'U1',
  label: 'member U1',
  details: { deleted: false, is_primary_owner: false, team_id: 'T1', ...details }
})

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('slack without credentials', () => {
  it('says which variable to set and makes no call', async () => {
    const { reader, writer } = setup({}, {})
    expect(reader.unavailable).toBe('not checked: no credentials (set SLACK_TOKEN)')
    expect(await reader.discover(alice, departure)).toMatchObject({
      status: 'not_checked',
      reason: reader.unavailable
    })
    expect(await reader.list([])).toMatchObject({ status: 'not_checked', requests: 0 })
    const step = { action: 'reset_sessions', params: { user_id: 'U1' } } as unknown as Step
    expect(await writer.perform(step)).toEqual({
      result: 'failed',
      detail: 'slack: no credentials (set SLACK_TOKEN)'
    })
  })
})

describe('slack discover', () => {
  it('masks the token; finds the member by id with their roles and every user group on departure', async () => {
    method('users.info', ok({ user: member('U1', { is_admin: true }) }), { user: 'U1' })
    method(
      'usergroups.list',
      ok({
        usergroups: [
          { id: 'S1', handle: 'backend', users: ['U1', 'U2'] },
          { id: 'S2', handle: 'oncall', users: ['U2'] },
          { id: 'S3', handle: 'solo', users: ['U1'] }
        ]
      }),
      { include_users: 'true' }
    )
    const { reader, masked } = setup()
    expect(masked).toContain(TOKEN)
    const d = await reader.discover(alice, departure)
    expect(d).toMatchObject({ status: 'checked', account: { id: 'U1', display: 'Real U1' } })
    expect(d.holdings.map(h => [h.kind, h.id])).toEqual([
      ['member', 'U1'],
      ['usergroup_membership', 'backend'],
      ['usergroup_membership', 'solo']
    ])
    expect(d.holdings[0].label).toBe('member U1 (Real U1): admin')
    expect(d.holdings[0].details).toMatchObject({
      is_admin: true,
      is_owner: false,
      is_bot: false,
      deleted: false
    })
    expect(d.notes).toContain(
      'deactivation signs the member out and removes them from every channel'
    )
  })

  it('looks the member up by email when the person declares no member id', async () => {
    method(
      'users.lookupByEmail',
      ok({ user: member('U7', { profile: { email: 'Bob@acme.test' } }) }),
      { email: 'bob@acme.test' }
    )
    method('usergroups.list', ok({ usergroups: [] }))
    const d = await setup().reader.discover(
      { person: 'bob', name: 'Bob', email: 'bob@acme.test' },
      departure
    )
    expect(d.account?.id).toBe('U7')
  })

  it('reports no account for users_not_found (email) and user_not_found (id)', async () => {
    method('users.lookupByEmail', err('users_not_found'))
    method('users.info', err('user_not_found'))
    const { reader } = setup()
    const byEmail = await reader.discover(
      { person: 'bob', name: 'Bob', email: 'bob@acme.test' },
      departure
    )
    expect(byEmail).toMatchObject({
      status: 'no_account',
      notes: ['no Slack member with email bob@acme.test']
    })
    const byId = await reader.discover(alice, departure)
    expect(byId).toMatchObject({
      status: 'no_account',
      notes: ['no Slack member with member id U1']
    })
  })

  it('on a reduction checks only the removed user groups and channels, paging channel members', async () => {
    method('users.info', ok({ user: member('U1') }))
    method(
      'usergroups.list',
      ok({
        usergroups: [
          { id: 'S1', handle: 'backend', users: ['U1'] },
          { id: 'S2', handle: 'frontend', users: ['U1', 'U2'] }
        ]
      })
    )
    method(
      'conversations.members',
      ok({ members: ['U2'], response_metadata: { next_cursor: 'c2' } }),
      {
        channel: 'C1',
        limit: '1000'
      }
    )
    method(
      'conversations.members',
      ok({ members: ['U1'], response_metadata: { next_cursor: '' } }),
      {
        channel: 'C1',
        limit: '1000',
        cursor: 'c2'
      }
    )
    method('conversations.members', err('channel_not_found'), { channel: 'C9', limit: '1000' })
    const scope = reduction(
      ['slack_usergroup', 'backend'],
      ['slack_usergroup', 'gone'],
      ['slack_channel', 'C1'],
      ['slack_channel', 'C9']
    )
    const d = await setup().reader.discover(alice, scope)
    expect(d.holdings.map(h => [h.kind, h.id])).toEqual([
      ['member', 'U1'],
      ['usergroup_membership', 'backend'],
      ['channel_membership', 'C1']
    ])
    // A channel the token cannot see is a failed read, never "not a member".
    expect(d.status).toBe('checked')
    expect(d.unread).toEqual([
      {
        what: 'members of channel C9',
        error:
          "slack: conversations.members answered channel_not_found: the channel does not exist, or the token cannot see it (a private channel needs the token's user as a member)"
      }
    ])
    expect(d.notes.join('\n')).not.toMatch(/C9/)
    expect(d.notes).toEqual(
      expect.arrayContaining([
        'user group @gone not found',
        'U1 is the only member of @backend: Slack cannot empty a user group, so the removal will be reported, not made'
      ])
    )
  })

  it('user groups that cannot be listed are unread on a departure, and the deactivation still planned', async () => {
    method('users.info', ok({ user: member('U1') }), { user: 'U1' })
    method('usergroups.list', err('ratelimited_forever'))
    const { reader } = setup()
    const d = await reader.discover(alice, departure)
    expect(d.status).toBe('checked')
    expect(d.unread).toEqual([
      { what: 'user groups', error: 'slack: usergroups.list answered ratelimited_forever' }
    ])
    expect(reader.planSteps(d, departure).steps.map(s => s.action)).toEqual([
      'reset_sessions',
      'deactivate_user'
    ])
  })

  it('a plan without user groups (plan_upgrade_required) is a note, not a failed read', async () => {
    method('users.info', ok({ user: member('U1') }), { user: 'U1' })
    method('usergroups.list', err('plan_upgrade_required'))
    const d = await setup().reader.discover(alice, departure)
    expect(d.unread ?? []).toEqual([])
    expect(d.notes).toContain('user groups: not available on this Slack plan, so none is held')
  })

  it('reports a rejected token as not checked, with a hint and without the token', async () => {
    method('users.info', err('invalid_auth'))
    const d = await setup().reader.discover(alice, departure)
    expect(d.status).toBe('not_checked')
    expect(d.reason).toBe(
      'slack: users.info answered invalid_auth: SLACK_TOKEN was rejected: check that it is current'
    )
  })
})

describe('slack plan', () => {
  it('departure: reset sessions, then deactivate through SCIM', () => {
    const { reader } = setup()
    const plan = reader.planSteps(discovered([memberHolding()]), departure)
    expect(plan.refused).toEqual([])
    expect(plan.steps.map(s => [s.id, s.action, s.target, s.after, s.mode])).toEqual([
      ['slack/alice/reset_sessions/U1', 'reset_sessions', 'U1', [], 'auto'],
      [
        'slack/alice/deactivate_user/U1',
        'deactivate_user',
        'U1',
        ['slack/alice/reset_sessions/U1'],
        'auto'
      ]
    ])
  })

  it('deactivate_with admin removes from the workspace; none leaves a manual step', () => {
    const admin = setup({ deactivate_with: 'admin' }).reader.planSteps(
      discovered([memberHolding()]),
      departure
    )
    expect(admin.steps[1]).toMatchObject({
      action: 'remove_from_workspace',
      params: { user_id: 'U1', team_id: 'T1' }
    })
    const none = setup({ deactivate_with: 'none' }).reader.planSteps(
      discovered([memberHolding()]),
      departure
    )
    expect(none.steps[1]).toMatchObject({ action: 'deactivate_user', mode: 'manual' })
  })

  it('refuses protected members and the primary owner, on departure and reduction alike', () => {
    const holdings = [
      memberHolding(),
      { kind: 'usergroup_membership', id: 'backend', label: '', details: { usergroup_id: 'S1' } }
    ]
    const protectedPlan = setup({ protected: ['U1'] }).reader.planSteps(
      discovered(holdings),
      departure
    )
    expect(protectedPlan.steps).toEqual([])
    expect(protectedPlan.refused).toEqual([
      {
        platform: 'slack',
        person: 'alice',
        target: 'U1',
        reason: 'U1 is protected (slack.protected in platforms.yaml): never touched'
      }
    ])
    const owner = setup().reader.planSteps(
      discovered([memberHolding({ is_primary_owner: true }), holdings[1]]),
      reduction(['slack_usergroup', 'backend'])
    )
    expect(owner.steps).toEqual([])
    expect(owner.refused[0].reason).toContain('primary owner')
  })

  it('plans nothing for a member who is already deactivated', () => {
    expect(
      setup().reader.planSteps(discovered([memberHolding({ deleted: true })]), departure)
    ).toEqual({ steps: [], refused: [] })
  })

  it('reduction: one removal per user group and channel found', () => {
    const plan = setup().reader.planSteps(
      discovered([
        memberHolding(),
        { kind: 'usergroup_membership', id: 'backend', label: '', details: { usergroup_id: 'S1' } },
        { kind: 'channel_membership', id: 'C1', label: '' }
      ]),
      reduction(['slack_usergroup', 'backend'], ['slack_channel', 'C1'])
    )
    expect(plan.steps.map(s => [s.id, s.params])).toEqual([
      [
        'slack/alice/remove_from_usergroup/@backend',
        { user_id: 'U1', usergroup_id: 'S1', handle: 'backend' }
      ],
      ['slack/alice/remove_from_channel/C1', { user_id: 'U1', channel: 'C1' }]
    ])
  })
})

describe('slack perform', () => {
  const step = (action: string, params: Record<string, unknown> = {}): Step => ({
    id: `slack/alice/${action}/x`,
    platform: 'slack',
    person: 'alice',
    action,
    target: 'x',
    reason: 'departure',
    after: [],
    mode: 'auto',
    params: { user_id: 'U1', ...params }
  })

  it('resets sessions; a plan or token type that cannot is skipped, a missing scope fails', async () => {
    method('admin.users.session.reset', ok(), { user_id: 'U1' })
    method('admin.users.session.reset', err('missing_scope', { needed: 'admin.users:write' }))
    method('admin.users.session.reset', err('not_allowed_token_type'))
    method('admin.users.session.reset', err('user_not_found'))
    method('admin.users.session.reset', err('fatal_error'))
    const { writer } = setup()
    expect(await writer.perform(step('reset_sessions'))).toEqual({ result: 'revoked', detail: '' })
    expect(await writer.perform(step('reset_sessions'))).toEqual({
      result: 'failed',
      detail:
        'slack: admin.users.session.reset answered missing_scope: the token lacks the scope admin.users:write'
    })
    expect(await writer.perform(step('reset_sessions'))).toMatchObject({
      result: 'skipped',
      detail: expect.stringContaining('not_allowed_token_type: needs an org-level user token')
    })
    expect(await writer.perform(step('reset_sessions'))).toEqual({
      result: 'already_absent',
      detail: 'user_not_found'
    })
    expect(await writer.perform(step('reset_sessions'))).toEqual({
      result: 'failed',
      detail: 'slack: admin.users.session.reset answered fatal_error'
    })
  })

  it("deactivates with a DELETE on Slack's SCIM API; a 404 is already_absent only once a GET agrees", async () => {
    const notFound = { Errors: { description: 'user not found', code: 404 } }
    nock(ORIGIN, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .delete('/scim/v2/Users/U1')
      .reply(204)
      .delete('/scim/v2/Users/U1')
      .reply(404, notFound)
      .get('/scim/v2/Users/U1')
      .reply(200, { id: 'U1', userName: 'alice', active: false })
      .delete('/scim/v2/Users/U1')
      .reply(404, notFound)
      .get('/scim/v2/Users/U1')
      .reply(200, { id: 'U1', userName: 'alice', active: true })
    const { writer } = setup()
    expect(await writer.perform(step('deactivate_user'))).toEqual({ result: 'revoked', detail: '' })
    expect(await writer.perform(step('deactivate_user'))).toEqual({
      result: 'already_absent',
      detail: 'no active member'
    })
    expect(await writer.perform(step('deactivate_user'))).toEqual({
      result: 'failed',
      detail:
        'slack: DELETE Users/U1 answered 404 but the user alice is still there and active: the token in SLACK_TOKEN probably lacks the right to change users'
    })
  })

  it("waits out a 429 from Slack's SCIM API instead of failing", async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/U1')
      .reply(429, '', { 'Retry-After': '3' })
      .delete('/scim/v2/Users/U1')
      .reply(204)
    const { writer, waits } = setup()
    expect(await writer.perform(step('deactivate_user'))).toEqual({ result: 'revoked', detail: '' })
    expect(waits).toEqual([3000])
  })

  it('removes from the workspace with admin.users.remove', async () => {
    method('admin.users.remove', ok(), { team_id: 'T1', user_id: 'U1' })
    method('admin.users.remove', err('user_not_found'))
    const { writer } = setup({ deactivate_with: 'admin' })
    expect(await writer.perform(step('remove_from_workspace', { team_id: 'T1' }))).toMatchObject({
      result: 'revoked'
    })
    expect(await writer.perform(step('remove_from_workspace', { team_id: 'T1' }))).toMatchObject({
      result: 'already_absent'
    })
  })

  it('removes from a user group by re-reading its members right before the update', async () => {
    method('usergroups.users.list', ok({ users: ['U2', 'U1', 'U3'] }), {
      usergroup: 'S1',
      include_disabled: 'true'
    })
    method('usergroups.users.update', ok(), { usergroup: 'S1', users: 'U2,U3' })
    const outcome = await setup().writer.perform(
      step('remove_from_usergroup', { usergroup_id: 'S1', handle: 'backend' })
    )
    expect(outcome).toEqual({ result: 'revoked', detail: '' })
  })

  it('reports the last member of a user group instead of failing, and makes no update', async () => {
    method('usergroups.users.list', ok({ users: ['U1'] }))
    const outcome = await setup().writer.perform(
      step('remove_from_usergroup', { usergroup_id: 'S1', handle: 'backend' })
    )
    expect(outcome.result).toBe('skipped')
    expect(outcome.detail).toContain('U1 is the only member of @backend')
  })

  it('a user group the person already left, or that is gone, is already_absent', async () => {
    method('usergroups.users.list', ok({ users: ['U2'] }))
    method('usergroups.users.list', err('no_such_subteam'))
    const { writer } = setup()
    const s = step('remove_from_usergroup', { usergroup_id: 'S1', handle: 'backend' })
    expect(await writer.perform(s)).toEqual({ result: 'already_absent', detail: 'not in @backend' })
    expect(await writer.perform(s)).toEqual({
      result: 'already_absent',
      detail: 'user group @backend no longer exists'
    })
  })

  it('kicks from a channel; not_in_channel is already_absent; other errors fail', async () => {
    method('conversations.kick', ok(), { channel: 'C1', user: 'U1' })
    method('conversations.kick', err('not_in_channel'))
    method('conversations.kick', err('restricted_action'))
    const { writer } = setup()
    const s = step('remove_from_channel', { channel: 'C1' })
    expect(await writer.perform(s)).toEqual({ result: 'revoked', detail: '' })
    expect(await writer.perform(s)).toEqual({ result: 'already_absent', detail: 'not_in_channel' })
    expect(await writer.perform(s)).toEqual({
      result: 'failed',
      detail: 'slack: conversations.kick answered restricted_action'
    })
  })

  it('waits out a rate-limited Slack call (429 + Retry-After) and records it as revoked', async () => {
    nock(ORIGIN)
      .post('/api/conversations.kick')
      .reply(429, err('ratelimited'), { 'Retry-After': '1' })
    method('conversations.kick', ok())
    const { writer, log, waits } = setup()
    expect(await writer.perform(step('remove_from_channel', { channel: 'C1' }))).toEqual({
      result: 'revoked',
      detail: ''
    })
    expect(waits).toEqual([1000])
    expect(log.join('\n')).toContain('conversations.kick answered 429 (ratelimited')
    expect(log.join('\n')).not.toContain(TOKEN)
  })
})

describe('slack readers refuse writes', () => {
  it('a reader has no perform', () => {
    expect('perform' in setup().reader).toBe(false)
  })

  it('a read-mode client refuses every write method before sending anything', async () => {
    const api = new SlackApi({
      token: TOKEN,
      apiUrl: `${ORIGIN}/api/`,
      mode: 'read',
      log: () => undefined,
      budget: DEFAULT_RETRY_BUDGET
    })
    for (const m of [
      'admin.users.session.reset',
      'admin.users.remove',
      'usergroups.users.update',
      'conversations.kick'
    ] as const)
      await expect(api.call(m, { user_id: 'U1' })).rejects.toThrow(
        `slack: refused ${m}: this client only reads`
      )
    expect(api.requests).toBe(0)
  })
})

describe('slack list', () => {
  it('lists every member with declared user groups and channels as grants, counting requests', async () => {
    method(
      'users.list',
      ok({
        members: [member('U1'), member('B1', { is_bot: true })],
        response_metadata: { next_cursor: 'p2' }
      }),
      { limit: '1000' }
    )
    method('users.list', ok({ members: [member('U2', { deleted: true }), member('USLACKBOT')] }), {
      limit: '1000',
      cursor: 'p2'
    })
    method(
      'usergroups.list',
      ok({
        usergroups: [
          { id: 'S1', handle: 'backend', users: ['U1', 'U2'] },
          { id: 'S2', handle: 'other', users: ['U1'] }
        ]
      }),
      { include_users: 'true' }
    )
    method(
      'conversations.members',
      ok({ members: ['U1'], response_metadata: { next_cursor: 'x' } }),
      { channel: 'C1', limit: '1000' }
    )
    method('conversations.members', ok({ members: ['B1'] }), {
      channel: 'C1',
      limit: '1000',
      cursor: 'x'
    })
    const inv = await setup().reader.list([
      { platform: 'slack', kind: 'slack_usergroup', value: 'backend' },
      { platform: 'slack', kind: 'slack_usergroup', value: 'missing' },
      { platform: 'slack', kind: 'slack_channel', value: 'C1' },
      { platform: 'github', kind: 'github_team', value: 'backend' }
    ])
    expect(inv).toMatchObject({
      platform: 'slack',
      status: 'checked',
      requests: 5,
      notes: ['declared user group @missing not found']
    })
    expect(
      inv.accounts.map(a => [
        a.account,
        a.kind,
        a.active,
        a.email,
        a.grants.map(g => `${g.kind}:${g.value}`)
      ])
    ).toEqual([
      ['U1', 'member', true, 'u1@acme.test', ['slack_usergroup:backend', 'slack_channel:C1']],
      ['B1', 'bot', true, 'b1@acme.test', ['slack_channel:C1']],
      ['U2', 'member', false, 'u2@acme.test', ['slack_usergroup:backend']],
      ['USLACKBOT', 'bot', true, 'uslackbot@acme.test', []]
    ])
  })

  it('makes no user group or channel calls when none are declared', async () => {
    method('users.list', ok({ members: [member('U1')] }))
    const inv = await setup().reader.list([])
    expect(inv.requests).toBe(1)
  })
})

describe('slack: the retry budget', () => {
  const budget = { retries: 3, seconds: 5, attempt_seconds: 0.3 }
  const kick: Step = {
    id: 'slack/alice/remove_from_channel/C1',
    platform: 'slack',
    person: 'alice',
    action: 'remove_from_channel',
    target: 'C1',
    reason: 'no role grants this channel any more',
    after: [],
    mode: 'auto',
    params: { user_id: 'U1', channel: 'C1' }
  }
  const kickCall = () => nock(ORIGIN).post('/api/conversations.kick')

  it('gives up at once on a 429 whose Retry-After is longer than the budget', async () => {
    kickCall().reply(429, err('ratelimited'), { 'Retry-After': '3600' })
    const { writer, waits } = setup({ retry: budget })
    expect(await writer.perform(kick)).toEqual({
      result: 'failed',
      detail:
        'slack: gave up after 0 retries / 5 s (asked to wait 3600 s): conversations.kick answered 429 (ratelimited, retry after 3600 s)'
    })
    expect(waits).toEqual([])
  })

  it('retries repeated server errors as often as the budget says, then fails naming the last', async () => {
    kickCall().times(4).reply(500, err('internal_error'))
    const { writer, waits } = setup({ retry: budget })
    expect(await writer.perform(kick)).toEqual({
      result: 'failed',
      detail: 'slack: gave up after 3 retries / 5 s: conversations.kick answered HTTP 500'
    })
    expect(waits).toEqual([500, 1000, 2000])
  })

  it('retries a dropped connection, then fails naming it', async () => {
    kickCall()
      .times(2)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    const { writer } = setup({ retry: { ...budget, retries: 1 } })
    expect(await writer.perform(kick)).toMatchObject({
      result: 'failed',
      detail: expect.stringMatching(
        /^slack: gave up after 1 retry \/ 5 s: conversations\.kick: could not reach Slack: .*socket hang up/
      )
    })
  })

  it('stops waiting for an answer that does not come, within the budget', async () => {
    kickCall().times(2).delay(1000).reply(200, ok())
    const { writer } = setup({ retry: { retries: 1, seconds: 5, attempt_seconds: 0.2 } })
    expect(await writer.perform(kick)).toEqual({
      result: 'failed',
      detail: 'slack: gave up after 1 retry / 5 s: conversations.kick: no answer within 0.2 s'
    })
  })

  it("bounds Slack's SCIM API by the same budget", async () => {
    nock(ORIGIN)
      .delete('/scim/v2/Users/U1')
      .reply(503, { detail: 'down' }, { 'Retry-After': '3600' })
    const { writer } = setup({ retry: budget })
    const deactivate = { ...kick, action: 'deactivate_user', target: 'U1' }
    expect(await writer.perform(deactivate)).toMatchObject({
      result: 'failed',
      detail: expect.stringMatching(
        /^slack: gave up after 0 retries \/ 5 s \(asked to wait 3600 s\): DELETE Users\/U1 answered 503/
      )
    })
  })
})
