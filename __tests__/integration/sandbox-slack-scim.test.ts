// Slack's SCIM API sim and Web API sim over one workspace state, each on its own server as
// on Slack, driven by plain fetch and the real WebClient; plus the WebClient against the
// fault knobs (429 + Retry-After, 500).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { WebClient, WebClientEvent } from '@slack/web-api'
import { SCIM_PATCH_SCHEMA } from '../../src/sandbox/scim/index.js'
import { baseMembers, silentLogger, usergroupsOf } from '../support/sandbox-slack-fixture.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { createSlackScimPlatform } from '../../src/sandbox/slack/scim.js'
import {
  createSlackPlatform,
  findMember,
  slackMember,
  slackState,
  type SlackSimState
} from '../../src/sandbox/slack/index.js'

let state: SlackSimState
let api: SimServer
let scim: SimServer

beforeEach(async () => {
  state = slackState({
    members: [
      ...baseMembers(),
      slackMember({
        id: 'U0BOB0001',
        name: 'bob',
        real_name: 'Bob Builder',
        profile: { email: 'bob@acme.example' }
      })
    ],
    usergroups: [
      {
        id: 'S0BACKEND',
        handle: 'backend-team',
        name: 'Backend',
        users: ['U0ALICE01', 'U0BOB0001']
      }
    ],
    channels: [
      {
        id: 'C0BACKEND',
        name: 'backend',
        is_private: false,
        is_general: false,
        is_archived: false,
        members: ['U0ALICE01']
      }
    ],
    tokens: [
      {
        token: 'xoxb-bot',
        user_id: 'U0BOT0001',
        scopes: ['users:read', 'users:read.email'],
        admin: false,
        bot: true
      },
      {
        token: 'xoxp-scim',
        user_id: 'U0ADMIN01',
        scopes: ['admin', 'users:read', 'users:read.email'],
        admin: false
      }
    ]
  })
  api = await startSimServer(createSlackPlatform(state))
  scim = await startSimServer(createSlackScimPlatform(state))
})
afterEach(async () => {
  await api.close()
  await scim.close()
})

const web = (options: ConstructorParameters<typeof WebClient>[1] = {}) =>
  new WebClient('xoxb-bot', {
    slackApiUrl: `${api.url}/api/`,
    logger: silentLogger,
    retryConfig: { retries: 0 },
    ...options
  })

async function scimCall(path: string, method = 'GET', body?: unknown, token = 'xoxp-scim') {
  const res = await fetch(`${scim.url}/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined
  }
}

const deactivate = {
  schemas: [SCIM_PATCH_SCHEMA],
  Operations: [{ op: 'replace', path: 'active', value: false }]
}

describe("Slack's SCIM API shares the workspace with the Web API", () => {
  it('lists members (not bots) as SCIM users: id = member id, userName = name', async () => {
    const r = await scimCall(
      `/Users?filter=${encodeURIComponent('emails.value eq "alice@acme.example"')}`
    )
    expect(r.body).toMatchObject({
      totalResults: 1,
      Resources: [
        {
          id: 'U0ALICE01',
          userName: 'alice',
          active: true,
          emails: [{ value: 'alice@acme.example' }]
        }
      ]
    })
    const all = await scimCall('/Users')
    expect((all.body!.Resources as { id: string }[]).map(u => u.id)).toEqual([
      'U0ADMIN01',
      'U0ALICE01',
      'U0BOB0001'
    ])
  })

  it('DELETE deactivates: users.info shows deleted, the SCIM record stays inactive', async () => {
    expect((await scimCall('/Users/U0ALICE01', 'DELETE')).status).toBe(204)
    const { user } = await web().users.info({ user: 'U0ALICE01' })
    expect(user?.deleted).toBe(true)
    const list = await web().users.list({})
    expect(list.members?.find(m => m.id === 'U0ALICE01')?.deleted).toBe(true)
    expect((await scimCall('/Users/U0ALICE01')).body).toMatchObject({
      id: 'U0ALICE01',
      active: false
    })
    expect(usergroupsOf(state, 'U0ALICE01')).toEqual([])
    await expect(web().users.lookupByEmail({ email: 'alice@acme.example' })).rejects.toMatchObject({
      data: { error: 'users_not_found' }
    })
  })

  it('PATCH active false deactivates and active true reactivates', async () => {
    const r = await scimCall('/Users/U0BOB0001', 'PATCH', deactivate)
    expect(r.body).toMatchObject({ active: false })
    expect((await web().users.info({ user: 'U0BOB0001' })).user?.deleted).toBe(true)
    await scimCall('/Users/U0BOB0001', 'PATCH', {
      schemas: [SCIM_PATCH_SCHEMA],
      Operations: [{ op: 'replace', value: { active: true } }]
    })
    expect(findMember(state, 'U0BOB0001')?.deleted).toBe(false)
  })

  it('refuses to deactivate the primary owner', async () => {
    const r = await scimCall('/Users/U0ADMIN01', 'DELETE')
    expect(r.status).toBe(403)
    expect(r.body).toMatchObject({ status: '403' })
    expect(findMember(state, 'U0ADMIN01')?.deleted).toBe(false)
  })

  it('takes only tokens with the admin scope; bots and unknown ids are 404', async () => {
    expect((await scimCall('/Users', 'GET', undefined, 'xoxb-bot')).status).toBe(401)
    expect((await scimCall('/Users/U0BOT0001')).status).toBe(404)
    expect((await scimCall('/Users/U0NOBODY0', 'DELETE')).status).toBe(404)
  })

  it('POST creates a workspace member the Web API then sees', async () => {
    const r = await scimCall('/Users', 'POST', {
      userName: 'carol',
      name: { givenName: 'Carol', familyName: 'Danvers' },
      emails: [{ value: 'carol@acme.example', primary: true }]
    })
    expect(r.status).toBe(201)
    const found = await web().users.lookupByEmail({ email: 'carol@acme.example' })
    expect(found.user).toMatchObject({
      id: r.body!.id,
      name: 'carol',
      real_name: 'Carol Danvers',
      deleted: false
    })
  })

  it('records SCIM requests on their own server, writes apart', async () => {
    await scimCall('/Users/U0ALICE01')
    await scimCall('/Users/U0ALICE01', 'DELETE')
    expect(scim.writes().map(w => w.operation)).toEqual(['DELETE /Users/{id}'])
    expect(api.requests).toEqual([])
  })
})

describe('the WebClient against the fault knobs', () => {
  it('waits out a 429 for Retry-After seconds, then succeeds', async () => {
    let calls = 0
    api.knobs.throttleRate = 1
    api.knobs.retryAfterSeconds = 1
    api.knobs.faultOnly = () => calls++ === 0
    const client = web({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } })
    const announced: number[] = []
    client.on(WebClientEvent.RATE_LIMITED, (seconds: number) => announced.push(seconds))
    const started = Date.now()
    const r = await client.users.info({ user: 'U0ALICE01' })
    expect(r.user?.id).toBe('U0ALICE01')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(announced).toEqual([1])
    expect(api.requests.map(q => q.status)).toEqual([429, 200])
  })

  it('a client that rejects rate-limited calls sees the Retry-After value', async () => {
    api.knobs.throttleRate = 1
    api.knobs.retryAfterSeconds = 30
    await expect(
      web({ rejectRateLimitedCalls: true }).users.info({ user: 'U0ALICE01' })
    ).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 30
    })
  })

  it('retries a 500 and gets the answer', async () => {
    let calls = 0
    api.knobs.serverErrorRate = 1
    api.knobs.faultOnly = () => calls++ === 0
    const r = await web({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } }).users.info(
      { user: 'U0BOB0001' }
    )
    expect(r.user?.name).toBe('bob')
    expect(api.requests.map(q => q.status)).toEqual([500, 200])
  })
})
