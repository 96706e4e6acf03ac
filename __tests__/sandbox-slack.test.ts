// The Slack Web API sim, driven through the real @slack/web-api WebClient.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { WebClient } from '@slack/web-api'
import { baseMembers, silentLogger, usergroupsOf } from './support/sandbox-slack-fixture.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import {
  createSlackPlatform,
  findChannel,
  findMember,
  findUsergroup,
  slackMember,
  slackState,
  type SlackSimState
} from '../src/sandbox/slack/index.js'

const READ = ['users:read', 'users:read.email', 'usergroups:read', 'channels:read', 'team:read']

function seed(): SlackSimState {
  const people = Array.from({ length: 7 }, (_, i) =>
    slackMember({
      id: `U0PERSON${i}`,
      name: `person${i}`,
      real_name: `Person ${i}`,
      profile: { email: `person${i}@acme.example` }
    })
  )
  return slackState({
    team: { id: 'T0ACME001', name: 'Acme', domain: 'acme', enterprise_id: 'E0ACME001' },
    members: [...baseMembers(), ...people],
    usergroups: [
      {
        id: 'S0BACKEND',
        handle: 'backend-team',
        name: 'Backend',
        users: ['U0ALICE01', 'U0PERSON1']
      },
      { id: 'S0OLD0001', handle: 'old-team', name: 'Old', users: ['U0PERSON2'], disabled: true }
    ],
    channels: [
      {
        id: 'C0GENERAL',
        name: 'general',
        is_private: false,
        is_general: true,
        is_archived: false,
        members: ['U0ALICE01', 'U0BOT0001']
      },
      {
        id: 'C0BACKEND',
        name: 'backend',
        is_private: false,
        is_general: false,
        is_archived: false,
        members: ['U0ALICE01', 'U0BOT0001', ...people.map(p => p.id)]
      },
      {
        id: 'G0SECRET1',
        name: 'secret',
        is_private: true,
        is_general: false,
        is_archived: false,
        members: ['U0ALICE01']
      }
    ],
    tokens: [
      { token: 'xoxb-reader', user_id: 'U0BOT0001', scopes: READ, admin: false, bot: true },
      {
        token: 'xoxb-writer',
        user_id: 'U0BOT0001',
        scopes: [...READ, 'usergroups:write', 'channels:manage', 'groups:read', 'groups:write'],
        admin: false,
        bot: true
      },
      {
        token: 'xoxb-noemail',
        user_id: 'U0BOT0001',
        scopes: ['users:read'],
        admin: false,
        bot: true
      },
      {
        token: 'xoxp-orgadmin',
        user_id: 'U0ADMIN01',
        scopes: [...READ, 'admin.users:write', 'channels:write'],
        admin: true
      }
    ]
  })
}

let state: SlackSimState
let sim: SimServer

const client = (token: string) =>
  new WebClient(token, {
    slackApiUrl: `${sim.url}/api/`,
    logger: silentLogger,
    retryConfig: { retries: 0 }
  })

/** The Slack error code a call fails with, or 'ok'. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { data?: { error?: string } }) => e.data?.error ?? String(e)
  )

beforeAll(async () => {
  state = seed()
  sim = await startSimServer(createSlackPlatform(state, { maxPageSize: 5 }))
})
beforeEach(() => {
  // Each test starts from the seeded workspace; the server reads the same object.
  Object.assign(state, seed())
  sim.resetRecord()
})
afterAll(() => sim.close())

describe('authentication and scopes', () => {
  it('auth.test names the token owner and team', async () => {
    const r = await client('xoxb-reader').auth.test()
    expect(r).toMatchObject({
      ok: true,
      user_id: 'U0BOT0001',
      team_id: 'T0ACME001',
      user: 'offboard-bot'
    })
    expect(r.bot_id).toBeDefined()
  })

  it('an unknown token is invalid_auth, a missing one not_authed', async () => {
    expect(await outcome(client('xoxb-forged').auth.test())).toBe('invalid_auth')
    expect(await outcome(client('').users.list({}))).toBe('not_authed')
  })

  it('a token without the scope gets missing_scope with needed and provided', async () => {
    const err = await client('xoxb-noemail')
      .users.lookupByEmail({ email: 'alice@acme.example' })
      .catch((e: { data: Record<string, unknown> }) => e.data)
    expect(err).toMatchObject({
      ok: false,
      error: 'missing_scope',
      needed: 'users:read.email',
      provided: 'users:read'
    })
  })

  it('reports the token scopes in headers, as Slack does', async () => {
    const r = await client('xoxb-noemail').users.info({ user: 'U0ALICE01' })
    expect(r.response_metadata?.scopes).toEqual(['users:read'])
  })

  it('admin methods refuse a non-admin token with not_allowed_token_type', async () => {
    const bot = client('xoxb-writer')
    expect(await outcome(bot.admin.users.session.reset({ user_id: 'U0ALICE01' }))).toBe(
      'not_allowed_token_type'
    )
    expect(
      await outcome(bot.admin.users.remove({ team_id: 'T0ACME001', user_id: 'U0ALICE01' }))
    ).toBe('not_allowed_token_type')
    expect(state.sessionResets).toEqual([])
    expect(findMember(state, 'U0ALICE01')?.deleted).toBe(false)
  })

  it('accepts a JSON body with the token in it', async () => {
    const res = await fetch(`${sim.url}/api/users.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'xoxb-reader', user: 'U0ALICE01' })
    })
    expect(await res.json()).toMatchObject({ ok: true, user: { id: 'U0ALICE01' } })
  })
})

describe('users', () => {
  it('users.info returns the member fields, email only with users:read.email', async () => {
    const { user } = await client('xoxb-reader').users.info({ user: 'U0ALICE01' })
    expect(user).toMatchObject({
      id: 'U0ALICE01',
      name: 'alice',
      real_name: 'Alice Liddell',
      deleted: false,
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_bot: false,
      is_restricted: false,
      profile: { email: 'alice@acme.example' }
    })
    const hidden = await client('xoxb-noemail').users.info({ user: 'U0ALICE01' })
    expect(hidden.user?.profile?.email).toBeUndefined()
  })

  it('users.info of an unknown member is user_not_found; a missing argument invalid_arguments', async () => {
    expect(await outcome(client('xoxb-reader').users.info({ user: 'U0NOBODY0' }))).toBe(
      'user_not_found'
    )
    expect(await outcome(client('xoxb-reader').apiCall('users.info', {}))).toBe('invalid_arguments')
  })

  it('users.lookupByEmail finds active members case-insensitively, else users_not_found', async () => {
    const r = await client('xoxb-reader').users.lookupByEmail({ email: 'Alice@ACME.example' })
    expect(r.user?.id).toBe('U0ALICE01')
    expect(
      await outcome(client('xoxb-reader').users.lookupByEmail({ email: 'zed@acme.example' }))
    ).toBe('users_not_found')
    findMember(state, 'U0ALICE01')!.deleted = true
    expect(
      await outcome(client('xoxb-reader').users.lookupByEmail({ email: 'alice@acme.example' }))
    ).toBe('users_not_found')
  })

  it('users.list pages with next_cursor until every member is seen once', async () => {
    const pages: string[][] = []
    for await (const page of client('xoxb-reader').paginate('users.list', { limit: 4 })) {
      pages.push((page as { members?: { id: string }[] }).members!.map(m => m.id))
    }
    expect(pages.map(p => p.length)).toEqual([4, 4, 2])
    expect(pages.flat()).toEqual(state.members.map(m => m.id))
    expect(sim.counts()['users.list']).toBe(3)
  })

  it('users.list caps a page at the largest size and rejects a forged cursor', async () => {
    const r = await client('xoxb-reader').users.list({ limit: 500 })
    expect(r.members).toHaveLength(5)
    expect(r.response_metadata?.next_cursor).not.toBe('')
    expect(await outcome(client('xoxb-reader').users.list({ cursor: 'bm9wZQ==' }))).toBe(
      'invalid_cursor'
    )
  })
})

describe('usergroups', () => {
  it('usergroups.list leaves out disabled groups and includes users on request', async () => {
    const r = await client('xoxb-reader').usergroups.list({ include_users: true })
    expect(r.usergroups?.map(g => [g.handle, g.users])).toEqual([
      ['backend-team', ['U0ALICE01', 'U0PERSON1']]
    ])
    const all = await client('xoxb-reader').usergroups.list({ include_disabled: true })
    expect(all.usergroups?.map(g => g.handle)).toEqual(['backend-team', 'old-team'])
    expect(all.usergroups?.[0].users).toBeUndefined()
  })

  it('usergroups.users.list lists members; an unknown group is no_such_subteam', async () => {
    const r = await client('xoxb-reader').usergroups.users.list({ usergroup: 'S0BACKEND' })
    expect(r.users).toEqual(['U0ALICE01', 'U0PERSON1'])
    expect(
      await outcome(client('xoxb-reader').usergroups.users.list({ usergroup: 'S0NOPE' }))
    ).toBe('no_such_subteam')
  })

  it('usergroups.users.update replaces the whole list', async () => {
    const r = await client('xoxb-writer').usergroups.users.update({
      usergroup: 'S0BACKEND',
      users: 'U0PERSON1,U0PERSON3'
    })
    expect(r.usergroup?.users).toEqual(['U0PERSON1', 'U0PERSON3'])
    expect(usergroupsOf(state, 'U0ALICE01')).toEqual([])
    expect(sim.writes().map(w => w.operation)).toEqual(['usergroups.users.update'])
  })

  it('usergroups.users.update refuses an empty list, unknown users and a read-only token', async () => {
    const writer = client('xoxb-writer')
    expect(
      await outcome(writer.usergroups.users.update({ usergroup: 'S0BACKEND', users: '' }))
    ).toBe('invalid_users')
    // An array argument goes out JSON-encoded (`users=[]`), as the WebClient sends arrays.
    expect(
      await outcome(
        writer.apiCall('usergroups.users.update', { usergroup: 'S0BACKEND', users: [] })
      )
    ).toBe('invalid_users')
    expect(
      await outcome(writer.usergroups.users.update({ usergroup: 'S0BACKEND', users: 'U0NOBODY0' }))
    ).toBe('invalid_users')
    expect(
      await outcome(
        client('xoxb-reader').usergroups.users.update({
          usergroup: 'S0BACKEND',
          users: 'U0PERSON1'
        })
      )
    ).toBe('missing_scope')
    expect(findUsergroup(state, 'backend-team')?.users).toEqual(['U0ALICE01', 'U0PERSON1'])
  })
})

describe('conversations', () => {
  it('conversations.info describes the channel; a private one needs groups:read', async () => {
    const r = await client('xoxb-reader').conversations.info({ channel: 'C0BACKEND' })
    expect(r.channel).toMatchObject({
      id: 'C0BACKEND',
      name: 'backend',
      is_private: false,
      is_general: false
    })
    expect(await outcome(client('xoxb-reader').conversations.info({ channel: 'G0SECRET1' }))).toBe(
      'missing_scope'
    )
    expect(await outcome(client('xoxb-writer').conversations.info({ channel: 'C0NOPE' }))).toBe(
      'channel_not_found'
    )
  })

  it('conversations.members pages with a cursor (default page 100, here capped at 5)', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const r = await client('xoxb-reader').conversations.members({
        channel: 'C0BACKEND',
        limit: 3,
        cursor
      })
      seen.push(...(r.members ?? []))
      cursor = r.response_metadata?.next_cursor || undefined
    } while (cursor)
    expect(seen).toEqual(findChannel(state, 'C0BACKEND')!.members)
    expect(sim.counts()['conversations.members']).toBe(3)
  })

  it('conversations.kick removes a member once; then not_in_channel', async () => {
    const bot = client('xoxb-writer')
    expect(await outcome(bot.conversations.kick({ channel: 'C0BACKEND', user: 'U0ALICE01' }))).toBe(
      'ok'
    )
    expect(findChannel(state, 'C0BACKEND')!.members).not.toContain('U0ALICE01')
    expect(await outcome(bot.conversations.kick({ channel: 'C0BACKEND', user: 'U0ALICE01' }))).toBe(
      'not_in_channel'
    )
  })

  it('conversations.kick refuses self, #general, unknown users and channels', async () => {
    const bot = client('xoxb-writer')
    expect(await outcome(bot.conversations.kick({ channel: 'C0BACKEND', user: 'U0BOT0001' }))).toBe(
      'cant_kick_self'
    )
    expect(await outcome(bot.conversations.kick({ channel: 'C0GENERAL', user: 'U0ALICE01' }))).toBe(
      'cant_kick_from_general'
    )
    expect(await outcome(bot.conversations.kick({ channel: 'C0BACKEND', user: 'U0NOBODY0' }))).toBe(
      'user_not_found'
    )
    expect(await outcome(bot.conversations.kick({ channel: 'C0NOPE', user: 'U0ALICE01' }))).toBe(
      'channel_not_found'
    )
    expect(
      await outcome(
        client('xoxb-reader').conversations.kick({ channel: 'C0BACKEND', user: 'U0ALICE01' })
      )
    ).toBe('missing_scope')
    expect(findChannel(state, 'C0GENERAL')!.members).toContain('U0ALICE01')
  })
})

describe('admin methods and team', () => {
  it('admin.users.session.reset records the reset; bots and the primary owner are refused', async () => {
    const admin = client('xoxp-orgadmin')
    await admin.admin.users.session.reset({ user_id: 'U0ALICE01', web_only: true })
    expect(state.sessionResets).toEqual([
      { user_id: 'U0ALICE01', mobile_only: false, web_only: true }
    ])
    expect(await outcome(admin.admin.users.session.reset({ user_id: 'U0BOT0001' }))).toBe(
      'cannot_reset_bot'
    )
    expect(await outcome(admin.admin.users.session.reset({ user_id: 'U0NOBODY0' }))).toBe(
      'user_not_found'
    )
  })

  it('admin.users.remove deactivates and drops usergroups; twice is user_already_deleted', async () => {
    const admin = client('xoxp-orgadmin')
    await admin.admin.users.remove({ team_id: 'T0ACME001', user_id: 'U0ALICE01' })
    const { user } = await admin.users.info({ user: 'U0ALICE01' })
    expect(user?.deleted).toBe(true)
    expect(usergroupsOf(state, 'U0ALICE01')).toEqual([])
    expect(
      await outcome(admin.admin.users.remove({ team_id: 'T0ACME001', user_id: 'U0ALICE01' }))
    ).toBe('user_already_deleted')
    expect(
      await outcome(admin.admin.users.remove({ team_id: 'T0OTHER01', user_id: 'U0PERSON1' }))
    ).toBe('team_not_found')
    expect(
      await outcome(admin.admin.users.remove({ team_id: 'T0ACME001', user_id: 'U0ADMIN01' }))
    ).toBe('cannot_modify_primary_owner')
  })

  it('team.info describes the workspace', async () => {
    const r = await client('xoxb-reader').team.info()
    expect(r.team).toMatchObject({ id: 'T0ACME001', name: 'Acme', domain: 'acme' })
  })

  it('records reads and writes by method name', async () => {
    await client('xoxb-reader').users.info({ user: 'U0ALICE01' })
    await client('xoxb-writer').conversations.kick({ channel: 'C0BACKEND', user: 'U0PERSON1' })
    expect(sim.requests.map(r => [r.operation, r.write, r.status])).toEqual([
      ['users.info', false, 200],
      ['conversations.kick', true, 200]
    ])
  })

  it('an unknown method is unknown_method', async () => {
    expect(await outcome(client('xoxb-reader').apiCall('users.explode', {}))).toBe('unknown_method')
  })
})
