// The audit against the simulated Slack (Web API and SCIM API over one workspace) and a
// generic SCIM app: drift found, fixed on the platforms, then gone.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { auditPlatforms, type Drift } from '../../src/audit/index.js'
import { openReaders } from '../../src/connectors/index.js'
import { createScimPlatform, scimState, type ScimSimState } from '../../src/sandbox/scim/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { createSlackScimPlatform } from '../../src/sandbox/slack/scim.js'
import {
  createSlackPlatform,
  findChannel,
  findMember,
  slackMember,
  slackState,
  type SlackSimState
} from '../../src/sandbox/slack/index.js'
import { declarations, person, platforms, role } from '../support/declarations.js'
import { baseMembers } from '../support/sandbox-slack-fixture.js'

const SLACK_TOKEN = 'xoxp-admin'
const JIRA_TOKEN = 'jira-scim-token'

let slack: SlackSimState
let jira: ScimSimState
const servers: SimServer[] = []

const member = (id: string, name: string, email: string) =>
  slackMember({ id, name, real_name: name, profile: { email } })

beforeEach(async () => {
  slack = slackState({
    members: [
      ...baseMembers(),
      member('U0FRANK01', 'frank', 'frank@acme.example'),
      member('U0STRANGE', 'stranger', 'stranger@else.example'),
      { ...member('U0OLDHAND', 'oldhand', 'oldhand@acme.example'), deleted: true },
      member('U0ERIN001', 'erin', 'Erin@acme.example')
    ],
    usergroups: [
      {
        id: 'S0BACKEND',
        handle: 'backend-team',
        name: 'Backend',
        users: ['U0ALICE01', 'U0FRANK01']
      },
      { id: 'S0ONCALL0', handle: 'oncall', name: 'On call', users: ['U0ERIN001', 'U0ALICE01'] }
    ],
    channels: ['C0BACKEND', 'C0INCIDENT'].map(id => ({
      id,
      name: id.toLowerCase(),
      is_private: false,
      is_general: false,
      is_archived: false,
      members: ['U0ALICE01', 'U0ERIN001']
    })),
    tokens: [
      {
        token: SLACK_TOKEN,
        user_id: 'U0ADMIN01',
        scopes: ['admin', 'users:read', 'users:read.email', 'usergroups:read', 'channels:read'],
        admin: true
      }
    ]
  })
  jira = scimState([
    { userName: 'alice@acme.example' },
    { userName: 'Frank@Acme.example' },
    { userName: 'stranger@else.example' },
    { userName: 'erin@acme.example', active: false }
  ])
  servers.push(
    await startSimServer(createSlackPlatform(slack)),
    await startSimServer(createSlackScimPlatform(slack)),
    await startSimServer(createScimPlatform(jira, { name: 'scim:jira', tokens: [JIRA_TOKEN] }))
  )
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

describe('audit of Slack and a SCIM app (simulated)', () => {
  it('reports departed, undeclared and extra access; nothing once it is fixed', async () => {
    const [api, slackScim, jiraServer] = servers
    const config = platforms({
      slack: { deactivate_with: 'scim', protected: ['U0ADMIN01'] },
      scim: [
        {
          name: 'jira',
          base_url: `${jiraServer!.url}/scim/v2`,
          token_env: 'JIRA_TOKEN',
          on_departure: 'deactivate'
        }
      ]
    })
    const decl = declarations(
      config,
      [
        person('alice', {
          roles: ['backend'],
          accounts: { slack: 'U0ALICE01', scim: { jira: 'ALICE@acme.example' } }
        }),
        // No Slack id declared: found by email. No Jira account: the role gives none.
        person('erin', { roles: ['oncall'] }),
        person('frank', {
          status: 'departed',
          departed_on: '2026-11-20',
          roles: ['backend'],
          accounts: { slack: 'U0FRANK01', scim: { jira: 'frank@acme.example' } }
        })
      ],
      [
        role('backend', {
          slack: { usergroups: ['backend-team'], channels: ['C0BACKEND'] },
          scim: ['jira']
        }),
        role('oncall', { slack: { usergroups: ['oncall'], channels: ['C0INCIDENT'] } })
      ]
    )
    const ctx = {
      platforms: config,
      env: { SLACK_TOKEN, SLACK_API_URL: `${api!.url}/api/`, JIRA_TOKEN },
      maskSecret: () => {},
      log: () => {}
    }
    const audit = async () => auditPlatforms(decl, await openReaders({ ...ctx, platforms: config }))
    const brief = (d: Drift) =>
      d.findings.map(
        f =>
          `${f.severity} ${f.kind} ${f.platform} ${f.account} ${f.person ?? '-'} ${f.target ?? '-'}`
      )

    const before = await audit()
    expect(before.platforms.map(p => [p.platform, p.status, p.accounts])).toEqual([
      ['slack', 'checked', 7],
      ['scim:jira', 'checked', 4]
    ])
    // users.list, usergroups.list, one conversations.members per declared channel.
    expect(before.platforms[0]!.requests).toBe(4)
    expect(brief(before)).toEqual([
      'critical departed_still_active scim:jira Frank@Acme.example frank -',
      'critical departed_still_active slack U0FRANK01 frank -',
      'high undeclared_account scim:jira stranger@else.example - -',
      'high undeclared_account slack U0STRANGE - -',
      'medium extra_grant slack U0ALICE01 alice slack_channel C0INCIDENT',
      'medium extra_grant slack U0ALICE01 alice slack_usergroup oncall',
      'medium extra_grant slack U0ERIN001 erin slack_channel C0BACKEND'
    ])

    // Fixed on the platforms: Frank and the stranger deactivated through Slack's SCIM API
    // and the app's, the extra memberships removed.
    for (const id of ['U0FRANK01', 'U0STRANGE']) {
      const res = await fetch(`${slackScim!.url}/scim/v2/Users/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${SLACK_TOKEN}` }
      })
      expect(res.status).toBe(204)
    }
    for (const u of jira.users.filter(u => /frank|stranger/i.test(u.userName)))
      await fetch(`${jiraServer!.url}/scim/v2/Users/${u.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${JIRA_TOKEN}`, 'content-type': 'application/scim+json' },
        body: JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', path: 'active', value: false }]
        })
      })
    slack.usergroups[1]!.users = ['U0ERIN001']
    findChannel(slack, 'C0INCIDENT')!.members = ['U0ERIN001']
    findChannel(slack, 'C0BACKEND')!.members = ['U0ALICE01']
    expect(findMember(slack, 'U0FRANK01')!.deleted).toBe(true)

    expect(brief(await audit())).toEqual([])
  })
})
