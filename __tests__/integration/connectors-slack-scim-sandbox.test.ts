// The Slack connector against the simulated Slack (Web API and Slack's SCIM API over one
// workspace), and the SCIM connector against a simulated SCIM 2.0 app: every outcome is read
// back from the simulators' state, and every rerun must send no write.
import { afterEach, describe, expect, it } from '@jest/globals'
import { slackConnector } from '../../src/connectors/slack/connector.js'
import { scimApp } from '../../src/connectors/scim/connector.js'
import type { Identity, Scope } from '../../src/connectors/connector.js'
import type { ScimAppConfig, SlackConfig } from '../../src/declarations/types.js'
import type { Grant } from '../../src/grants.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  createSlackPlatform,
  findMember,
  setDeactivated,
  slackMember,
  slackState,
  type SlackSimState,
  type SlackToken
} from '../../src/sandbox/slack/index.js'
import { createSlackScimPlatform } from '../../src/sandbox/slack/scim.js'
import {
  createScimPlatform,
  scimState,
  type ScimPlatformOptions,
  type ScimSimState
} from '../../src/sandbox/scim/index.js'
import { baseMembers, usergroupsOf } from '../support/sandbox-slack-fixture.js'
import { connectorContext, planWith, resultsByAction, revokeWith } from '../support/connectors.js'

const departure: Scope = { kind: 'departure' }
const reduction = (...remove: Grant[]): Scope => ({ kind: 'reduction', remove })
const usergroup = (value: string): Grant => ({ platform: 'slack', kind: 'slack_usergroup', value })
const channel = (value: string): Grant => ({ platform: 'slack', kind: 'slack_channel', value })

const servers: SimServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

async function serve(...platforms: Parameters<typeof startSimServer>[0][]) {
  const started = await Promise.all(platforms.map(p => startSimServer(p)))
  servers.push(...started)
  return started
}

/** Every write any simulator in this test recorded. */
const allWrites = () => servers.flatMap(s => s.writes())

// ---------------------------------------------------------------- Slack

const READ_SCOPES = [
  'users:read',
  'users:read.email',
  'usergroups:read',
  'channels:read',
  'groups:read'
]
const WRITE_SCOPES = [
  'usergroups:write',
  'channels:manage',
  'groups:write',
  'admin.users:write',
  'admin'
]

/** An Enterprise Grid org admin's user token: may reset sessions and remove members. */
const ORG_ADMIN: SlackToken = {
  token: 'xoxp-org-admin',
  user_id: 'U0ADMIN01',
  scopes: [...READ_SCOPES, ...WRITE_SCOPES],
  admin: true
}
/** A workspace admin's token: SCIM and user groups, but no `admin.*` methods. */
const WORKSPACE_ADMIN: SlackToken = { ...ORG_ADMIN, token: 'xoxp-workspace-admin', admin: false }

function seedSlack(): SlackSimState {
  return slackState({
    members: [
      ...baseMembers(),
      slackMember({ id: 'U0BOB0001', name: 'bob', profile: { email: 'bob@acme.example' } }),
      slackMember({ id: 'U0CAROL01', name: 'carol', profile: { email: 'carol@acme.example' } }),
      slackMember({ id: 'U0GONE001', name: 'gone', deleted: true })
    ],
    usergroups: [
      {
        id: 'S0BACKEND',
        handle: 'backend-team',
        name: 'Backend',
        users: ['U0ALICE01', 'U0BOB0001', 'U0CAROL01']
      },
      {
        id: 'S0FRONTND',
        handle: 'frontend-team',
        name: 'Frontend',
        users: ['U0BOB0001', 'U0ALICE01']
      },
      { id: 'S0ONCALL1', handle: 'oncall', name: 'On call', users: ['U0BOB0001'] }
    ],
    channels: [
      {
        id: 'C0BACKEND',
        name: 'backend',
        is_private: false,
        is_general: false,
        is_archived: false,
        members: ['U0ALICE01', 'U0BOB0001']
      },
      {
        id: 'C0FRONTND',
        name: 'frontend',
        is_private: true,
        is_general: false,
        is_archived: false,
        members: ['U0BOB0001', 'U0CAROL01']
      }
    ],
    tokens: [ORG_ADMIN, WORKSPACE_ADMIN]
  })
}

async function startSlack(slack: Partial<SlackConfig> = {}, token = ORG_ADMIN) {
  const state = seedSlack()
  const [api, scim] = await serve(createSlackPlatform(state), createSlackScimPlatform(state))
  const { ctx } = connectorContext(
    { slack: { deactivate_with: 'scim', protected: ['U0CAROL01'], ...slack } },
    {
      SLACK_TOKEN: token.token,
      SLACK_API_URL: `${api.url}/api/`,
      SLACK_SCIM_URL: `${scim.url}/scim/v2/`
    }
  )
  const factory = slackConnector({ sleep: async () => undefined })
  return { state, api, scim, reader: factory.reader(ctx), writer: factory.writer(ctx) }
}

const slackPerson = (account: string, person = account): Identity => ({
  person,
  name: person,
  email: `${person}@acme.example`,
  account
})
const alice = slackPerson('U0ALICE01', 'alice')

describe('Slack departure', () => {
  it("resets sessions and deactivates through Slack's SCIM API; a rerun sends no write", async () => {
    const { state, writer, scim } = await startSlack()
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect(resultsByAction(plan, outcomes)).toEqual({
      reset_sessions: ['revoked'],
      deactivate_user: ['revoked']
    })
    expect(state.sessionResets.map(r => r.user_id)).toEqual(['U0ALICE01'])
    expect(findMember(state, 'U0ALICE01')?.deleted).toBe(true)
    expect(usergroupsOf(state, 'U0ALICE01')).toEqual([])
    expect(scim.writes().map(w => w.operation)).toEqual(['DELETE /Users/{id}'])

    servers.forEach(s => s.resetRecord())
    const again = await revokeWith(writer, alice, departure)
    expect(again.found.notes).toContain('U0ALICE01 is already deactivated')
    expect(again.plan).toEqual({ steps: [], refused: [] })
    expect(allWrites()).toEqual([])
  })

  it('skips the session reset, saying why, when the token is not an org admin', async () => {
    const { state, writer } = await startSlack({}, WORKSPACE_ADMIN)
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    const reset = outcomes.get(plan.steps.find(s => s.action === 'reset_sessions')!.id)
    expect(reset).toEqual({
      result: 'skipped',
      detail: expect.stringMatching(
        /admin\.users\.session\.reset answered not_allowed_token_type: needs an org-level user token.*deactivation signs the member out/
      )
    })
    expect(state.sessionResets).toEqual([])
    expect(findMember(state, 'U0ALICE01')?.deleted).toBe(true)
  })

  it('deactivate_with admin removes the member with admin.users.remove', async () => {
    const { state, writer, api, scim } = await startSlack({ deactivate_with: 'admin' })
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect(resultsByAction(plan, outcomes)).toEqual({
      reset_sessions: ['revoked'],
      remove_from_workspace: ['revoked']
    })
    expect(findMember(state, 'U0ALICE01')?.deleted).toBe(true)
    expect(api.writes().map(w => w.operation)).toEqual([
      'admin.users.session.reset',
      'admin.users.remove'
    ])
    expect(scim.requests).toEqual([])

    servers.forEach(s => s.resetRecord())
    expect((await planWith(writer, alice, departure)).plan.steps).toEqual([])
    expect(allWrites()).toEqual([])
  })

  it('finds a person who declares no member id by email, and not again once deactivated', async () => {
    const { state, writer } = await startSlack()
    const bob = { person: 'bob', name: 'Bob', email: 'BOB@acme.example' }
    const { found, outcomes } = await revokeWith(writer, bob, departure)
    expect(found.account?.id).toBe('U0BOB0001')
    expect([...outcomes.values()].map(o => o.result)).toEqual(['revoked', 'revoked'])
    expect(findMember(state, 'U0BOB0001')?.deleted).toBe(true)

    servers.forEach(s => s.resetRecord())
    const again = await revokeWith(writer, bob, departure)
    expect(again.found.status).toBe('no_account')
    expect(allWrites()).toEqual([])
  })

  it('a member deactivated between plan and apply is already absent, not a failure', async () => {
    const { state, writer } = await startSlack({ deactivate_with: 'admin' })
    const { plan } = await planWith(writer, alice, departure)
    setDeactivated(state, findMember(state, 'U0ALICE01')!, true)
    const removal = plan.steps.find(s => s.action === 'remove_from_workspace')!
    expect(await writer.perform(removal)).toEqual({
      result: 'already_absent',
      detail: 'user_already_deleted'
    })
  })

  it('refuses the primary owner and protected members with the reason', async () => {
    const { writer, state } = await startSlack()
    const owner = await revokeWith(writer, slackPerson('U0ADMIN01', 'admin'), departure)
    expect(owner.plan.refused).toEqual([
      expect.objectContaining({
        target: 'U0ADMIN01',
        reason: expect.stringContaining('primary owner, whom Slack lets no one deactivate')
      })
    ])
    const carol = await revokeWith(writer, slackPerson('U0CAROL01', 'carol'), departure)
    expect(carol.plan.refused).toEqual([
      expect.objectContaining({
        target: 'U0CAROL01',
        reason: expect.stringContaining('protected (slack.protected in platforms.yaml)')
      })
    ])
    expect([...owner.plan.steps, ...carol.plan.steps]).toEqual([])
    expect(allWrites()).toEqual([])
    expect(findMember(state, 'U0CAROL01')?.deleted).toBe(false)
  })
})

describe('Slack reduction', () => {
  it('removes exactly the dropped user group and channel; a last member is reported', async () => {
    const { state, writer, api } = await startSlack()
    const scope = reduction(usergroup('frontend-team'), usergroup('oncall'), channel('C0FRONTND'))
    const bob = slackPerson('U0BOB0001', 'bob')
    const { found, plan, outcomes } = await revokeWith(writer, bob, scope)
    expect(found.notes).toContain(
      'U0BOB0001 is the only member of @oncall: Slack cannot empty a user group, so the removal will be reported, not made'
    )
    expect(resultsByAction(plan, outcomes)).toEqual({
      remove_from_usergroup: ['revoked', 'skipped'],
      remove_from_channel: ['revoked']
    })
    const oncall = plan.steps.find(s => s.target === '@oncall')!
    expect(outcomes.get(oncall.id)?.detail).toContain('only member of @oncall')
    expect(usergroupsOf(state, 'U0BOB0001').sort()).toEqual(['backend-team', 'oncall'])
    expect(state.usergroups.find(g => g.handle === 'frontend-team')?.users).toEqual(['U0ALICE01'])
    expect(state.channels.map(c => [c.id, c.members])).toEqual([
      ['C0BACKEND', ['U0ALICE01', 'U0BOB0001']],
      ['C0FRONTND', ['U0CAROL01']]
    ])
    expect(
      api
        .writes()
        .map(w => w.operation)
        .sort()
    ).toEqual(['conversations.kick', 'usergroups.users.update'])

    api.resetRecord()
    await revokeWith(writer, bob, scope)
    expect(api.writes()).toEqual([])
  })
})

describe('Slack reading', () => {
  it('lists members, bots and deactivated members, with declared groups and channels', async () => {
    const { reader, api } = await startSlack()
    const inventory = await reader.list([
      usergroup('backend-team'),
      usergroup('missing-team'),
      channel('C0FRONTND')
    ])
    expect(inventory.status).toBe('checked')
    expect(inventory.requests).toBe(api.requests.length)
    const listed = inventory.accounts
      .map(
        a =>
          `${a.kind} ${a.account} ${a.active ? 'active' : 'deactivated'}: ${a.grants.map(g => g.value).sort()}`
      )
      .sort()
    expect(listed).toEqual([
      'bot U0BOT0001 active: ',
      'member U0ADMIN01 active: ',
      'member U0ALICE01 active: backend-team',
      'member U0BOB0001 active: C0FRONTND,backend-team',
      'member U0CAROL01 active: C0FRONTND,backend-team',
      'member U0GONE001 deactivated: '
    ])
    expect(inventory.accounts.find(a => a.account === 'U0ALICE01')?.email).toBe(
      'alice@acme.example'
    )
    expect(inventory.notes).toEqual(['declared user group @missing-team not found'])
  })

  it('plan mode writes nothing: discover, plan and list through a reader', async () => {
    const { reader, api, scim } = await startSlack()
    for (const who of [alice, slackPerson('U0ADMIN01', 'admin'), slackPerson('U0CAROL01')]) {
      const { plan } = await planWith(reader, who, departure)
      expect(plan.steps.length + plan.refused.length).toBeGreaterThan(0)
    }
    const bob = slackPerson('U0BOB0001', 'bob')
    const { plan } = await planWith(
      reader,
      bob,
      reduction(usergroup('oncall'), channel('C0FRONTND'))
    )
    expect(plan.steps).toHaveLength(2)
    await reader.list([usergroup('backend-team'), channel('C0BACKEND')])
    expect(api.requests.length).toBeGreaterThan(5)
    expect(api.writes()).toEqual([])
    expect(scim.requests).toEqual([])
  })
})

// ---------------------------------------------------------------- SCIM app

const SCIM_TOKEN = 'scim-app-token'

function seedScim(): ScimSimState {
  return scimState([
    {
      userName: 'alice@acme.example',
      displayName: 'Alice Liddell',
      emails: [{ value: 'alice@acme.example', primary: true }]
    },
    { userName: 'bob@acme.example', displayName: 'Bob' },
    { userName: 'old@acme.example', active: false }
  ])
}

async function startScim(
  on_departure: ScimAppConfig['on_departure'],
  options: Partial<ScimPlatformOptions> = {}
) {
  const state = seedScim()
  const [server] = await serve(
    createScimPlatform(state, { name: 'scim:jira', tokens: [SCIM_TOKEN], ...options })
  )
  // In real use base_url comes from platforms.yaml; here it is the simulator's.
  const config: ScimAppConfig = {
    name: 'jira',
    base_url: `${server.url}/scim/v2`,
    token_env: 'JIRA_SCIM_TOKEN',
    on_departure
  }
  const { ctx } = connectorContext({ scim: [config] }, { JIRA_SCIM_TOKEN: SCIM_TOKEN })
  const factory = scimApp(config)
  return { state, server, reader: factory.reader(ctx), writer: factory.writer(ctx) }
}

const scimPerson = (account: string): Identity => ({
  person: account.split('@')[0],
  name: account,
  email: account,
  account
})
const jira: Grant = { platform: 'scim:jira', kind: 'scim_app', value: 'jira' }
const userOf = (state: ScimSimState, userName: string) =>
  state.users.find(u => u.userName === userName)

describe('SCIM app', () => {
  it('deactivates a departing person with PATCH; a rerun sends no write', async () => {
    const { state, server, writer } = await startScim('deactivate')
    const who = scimPerson('alice@acme.example')
    const { plan, outcomes } = await revokeWith(writer, who, departure)
    expect(resultsByAction(plan, outcomes)).toEqual({ deactivate_user: ['revoked'] })
    expect(userOf(state, 'alice@acme.example')?.active).toBe(false)
    expect(userOf(state, 'bob@acme.example')?.active).toBe(true)
    expect(server.writes().map(w => w.operation)).toEqual(['PATCH /Users/{id}'])

    server.resetRecord()
    const again = await revokeWith(writer, who, departure)
    expect(again.found.notes).toContain('alice@acme.example is already deactivated in jira')
    expect(again.plan.steps).toEqual([])
    expect(server.writes()).toEqual([])
  })

  it.each(['not_implemented', 'method_not_allowed'] as const)(
    'replaces the user with PUT when PATCH is unsupported (%s)',
    async patch => {
      const { state, server, writer } = await startScim('deactivate', { patch })
      const { outcomes } = await revokeWith(writer, scimPerson('alice@acme.example'), departure)
      expect([...outcomes.values()]).toEqual([{ result: 'revoked', detail: '' }])
      const alice = userOf(state, 'alice@acme.example')
      // The rest of the resource survives the replacement.
      expect(alice).toMatchObject({
        active: false,
        displayName: 'Alice Liddell',
        emails: [{ value: 'alice@acme.example', primary: true }]
      })
      expect(server.writes().map(w => `${w.operation} ${w.status}`)).toEqual([
        'PUT /Users/{id} 200'
      ])
    }
  )

  it('deletes a departing person when on_departure is delete; a rerun finds no account', async () => {
    const { state, server, writer } = await startScim('delete')
    const who = scimPerson('alice@acme.example')
    const { plan, outcomes } = await revokeWith(writer, who, departure)
    expect(resultsByAction(plan, outcomes)).toEqual({ delete_user: ['revoked'] })
    expect(state.users.map(u => u.userName)).toEqual(['bob@acme.example', 'old@acme.example'])

    server.resetRecord()
    const again = await revokeWith(writer, who, departure)
    expect(again.found.status).toBe('no_account')
    expect(server.writes()).toEqual([])
  })

  it('deactivates on a reduction that removes the app, and only then', async () => {
    const { state, server, writer } = await startScim('deactivate')
    const bob = scimPerson('bob@acme.example')
    const kept = await revokeWith(writer, bob, reduction(usergroup('backend-team')))
    expect(kept.plan.steps).toEqual([])
    expect(server.requests).toEqual([])
    const { plan, outcomes } = await revokeWith(writer, bob, reduction(jira))
    expect(resultsByAction(plan, outcomes)).toEqual({ deactivate_user: ['revoked'] })
    expect(userOf(state, 'bob@acme.example')?.active).toBe(false)
  })

  it('lists every user with its state, counting the requests the app saw', async () => {
    const { reader, server } = await startScim('deactivate', { maxResults: 2 })
    const inventory = await reader.list([jira])
    expect(inventory.status).toBe('checked')
    expect(inventory.requests).toBe(server.requests.length)
    expect(server.requests.length).toBe(2)
    expect(inventory.accounts.map(a => [a.account, a.active, a.grants.length])).toEqual([
      ['alice@acme.example', true, 1],
      ['bob@acme.example', true, 1],
      ['old@acme.example', false, 0]
    ])
  })

  it('plan mode writes nothing: discover, plan and list through a reader', async () => {
    const { reader, server } = await startScim('delete')
    for (const account of ['alice@acme.example', 'old@acme.example', 'nobody@acme.example'])
      await planWith(reader, scimPerson(account), departure)
    const { plan } = await planWith(reader, scimPerson('bob@acme.example'), reduction(jira))
    expect(plan.steps.map(s => s.action)).toEqual(['delete_user'])
    await reader.list([jira])
    expect(server.requests.length).toBeGreaterThan(4)
    expect(server.writes()).toEqual([])
  })
})
