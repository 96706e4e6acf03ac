// The whole sandbox from the example tree and the bundled scenario, driven through each
// platform's official client, then through the connectors with nothing but its environment;
// and its knobs: latency, faults on one server while the others answer, the write record.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GetUserCommand,
  IAMClient,
  ListServiceSpecificCredentialsCommand,
  ListUsersCommand,
  UpdateAccessKeyCommand
} from '@aws-sdk/client-iam'
import { Octokit } from '@octokit/rest'
import { WebClient } from '@slack/web-api'
import { aws } from '../../src/connectors/aws/connector.js'
import type { ConnectorContext, Identity } from '../../src/connectors/connector.js'
import { createGithubConnector } from '../../src/connectors/github/connector.js'
import { scimApp } from '../../src/connectors/scim/connector.js'
import { slack } from '../../src/connectors/slack/connector.js'
import { loadFromDirectory } from '../../src/declarations/load.js'
import type { Declarations } from '../../src/declarations/types.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { BUNDLED_SCENARIO, bundledScenarioText, parseScenario } from '../../src/sandbox/scenario.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { holdings } from '../support/sandbox-aws-iam-fixtures.js'
import { silentLogger } from '../support/sandbox-slack-fixture.js'
import { exampleAccess } from '../support/tree.js'
import { declaredAccount } from '../../src/grants.js'

let decl: Declarations
let sandbox: Sandbox
let octokit: Octokit
let iam: IAMClient
let web: WebClient

beforeAll(async () => {
  decl = (await loadFromDirectory(exampleAccess)).declarations
  sandbox = await startSandbox(
    decl,
    await parseScenario(bundledScenarioText(), BUNDLED_SCENARIO, decl),
    {
      seed: 11,
      accessFiles: await readAccessTree(exampleAccess)
    }
  )
  const env = sandbox.env
  octokit = new Octokit({ auth: env.GITHUB_TOKEN, baseUrl: env.GITHUB_API_URL, log: silentLogger })
  iam = new IAMClient({
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_IAM,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
    maxAttempts: 1
  })
  web = new WebClient(env.SLACK_TOKEN, {
    slackApiUrl: env.SLACK_API_URL,
    logger: silentLogger,
    retryConfig: { retries: 0 }
  })
})
afterAll(() => sandbox.close())

interface ScimUser {
  id: string
  userName: string
  active: boolean
}
/** A SCIM answer: a user, or a list of them. */
type ScimBody = Partial<ScimUser> & { totalResults?: number; Resources?: ScimUser[] }

/** A SCIM request with the token the sandbox hands out for that server. */
async function scim(url: string, token: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${url.replace(/\/$/, '')}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' }
  })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as ScimBody }
}
const jira = (path: string, init?: RequestInit) =>
  scim(sandbox.env.OFFBOARD_SCIM_JIRA_URL, sandbox.env.JIRA_SCIM_TOKEN, path, init)
const byUserName = (name: string) => `/Users?filter=${encodeURIComponent(`userName eq "${name}"`)}`

describe('seeded state, through the official clients', () => {
  it('GitHub (Octokit): members, owners, strays, alice credentials, the access repository', async () => {
    const members = await octokit.paginate(octokit.rest.orgs.listMembers, { org: 'acme' })
    expect(members.map(m => m.login)).toEqual(
      expect.arrayContaining(['alice-gh', 'judy-a', 'mallory-x', 'acme-bot'])
    )
    const owners = await octokit.paginate(octokit.rest.orgs.listMembers, {
      org: 'acme',
      role: 'admin'
    })
    expect(owners.map(m => m.login).sort()).toEqual(['acme-bot', 'bobokafor', 'ghopper'])
    const { data: viewer } = await octokit.rest.users.getAuthenticated()
    expect(viewer.login).toBe('acme-bot')

    const invitations = await octokit.paginate(octokit.rest.orgs.listPendingInvitations, {
      org: 'acme'
    })
    expect(invitations.map(i => i.email).sort()).toEqual([
      'alice@acme.example',
      'mallory.x@gmail.example'
    ])
    const sso = await octokit.request('GET /orgs/{org}/credential-authorizations', { org: 'acme' })
    expect(sso.data.map((c: { credential_type: string }) => c.credential_type).sort()).toEqual([
      'SSH key',
      'personal access token'
    ])
    const grants = await octokit.paginate(octokit.rest.orgs.listPatGrants, {
      org: 'acme',
      owner: ['alice-gh']
    })
    expect(grants.map(g => g.token_name).sort()).toEqual(['laptop-cli', 'release-scripts'])
    const seats = await octokit.rest.copilot.listCopilotSeats({ org: 'acme' })
    expect(seats.data.seats?.map(seat => seat.assignee?.login)).toEqual(['alice-gh'])
    const keys = await octokit.rest.repos.listDeployKeys({ owner: 'acme', repo: 'api' })
    expect(keys.data).toHaveLength(1)

    const { owner, repo, branch } = sandbox.accessRepo!
    const judy = await octokit.rest.repos.getContent({
      owner,
      repo,
      ref: branch,
      path: 'access/people/judy.yaml'
    })
    const content = Buffer.from((judy.data as { content: string }).content, 'base64')
    expect(content.toString()).toContain('status: departed')
  })

  it('AWS IAM (SDK): alice holds every credential type, judy her key, the strays exist', async () => {
    expect(await holdings(iam, 'alice')).toEqual({
      accessKeys: ['Active', 'Inactive'],
      loginProfile: true,
      signingCertificates: ['Active'],
      sshPublicKeys: ['Active'],
      mfaDevices: 1,
      inlinePolicies: ['alice-debug-s3'],
      attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      groups: ['developers']
    })
    const creds = await iam.send(new ListServiceSpecificCredentialsCommand({ UserName: 'alice' }))
    expect(creds.ServiceSpecificCredentials).toHaveLength(1)
    const { User } = await iam.send(new GetUserCommand({ UserName: 'alice' }))
    expect(User?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(
      'arn:aws:iam::aws:policy/PowerUserAccess'
    )
    expect(await holdings(iam, 'judy')).toMatchObject({
      accessKeys: ['Active'],
      loginProfile: false,
      groups: ['developers']
    })
    const users = await iam.send(new ListUsersCommand({}))
    expect(users.Users?.map(u => u.UserName)).toEqual(
      expect.arrayContaining(['breakglass', 'old-contractor', 'terraform-ci'])
    )
  })

  it('Slack (WebClient) and its SCIM API: judy deactivated, ivan by email, the primary owner', async () => {
    expect((await web.auth.test()).user_id).toBe('U0ADMIN01')
    expect((await web.users.info({ user: 'U0JUDY001' })).user?.deleted).toBe(true)
    const ivan = await web.users.lookupByEmail({ email: 'ivan@acme.example' })
    const groups = await web.usergroups.list({ include_users: true })
    const product = groups.usergroups?.find(g => g.handle === 'product')
    expect(product?.users).toEqual(['U0FRANK01', ivan.user?.id])
    const members = await web.conversations.members({ channel: 'C0BACKEND' })
    expect(members.members).toEqual(['U0ALICE01', 'U0DAVE001', 'U0GRACE01'])
    const judy = await scim(sandbox.env.SLACK_SCIM_URL, sandbox.env.SLACK_TOKEN, '/Users/U0JUDY001')
    expect(judy.body).toMatchObject({ userName: 'judy', active: false })
  })

  it('SCIM (fetch): judy still active in Jira, a stray, pagerduty for SREs only', async () => {
    const judy = await jira(byUserName('judy@acme.example'))
    expect(judy.body.Resources).toEqual([expect.objectContaining({ active: true })])
    const stray = await jira(byUserName('contractor@partner.example'))
    expect(stray.body.totalResults).toBe(1)
    const pd = await scim(
      sandbox.env.OFFBOARD_SCIM_PAGERDUTY_URL,
      sandbox.env.PAGERDUTY_SCIM_TOKEN,
      '/Users'
    )
    expect(pd.body.Resources?.map(u => u.userName)).toEqual([
      'bob@acme.example',
      'erin@acme.example'
    ])
  })
})

describe('the connectors, given only the environment', () => {
  const ctx = (): ConnectorContext => ({
    platforms: decl.platforms,
    env: sandbox.env,
    maskSecret: () => {},
    log: () => {}
  })
  const who = (id: string, platform: 'github' | 'aws' | 'slack' | 'jira'): Identity => {
    const p = decl.people.get(id)!
    const account = declaredAccount(p, platform === 'jira' ? 'scim:jira' : platform)
    return { person: id, name: p.name, email: p.email, account }
  }
  const departure = { kind: 'departure' } as const
  const kinds = (holdings: { kind: string }[]) => holdings.map(h => h.kind).sort()

  it("find every credential of alice's, and judy's leftovers", async () => {
    const gh = createGithubConnector({ paceWrites: false }).reader(ctx())
    // Team memberships end with the org membership, so a departure does not list them. The
    expect(kinds((await gh.discover(who('alice', 'github'), departure)).holdings)).toEqual([
      'copilot_seat',
      'deploy_key',
      'invitation',
      'org_membership',
      'sso_authorization',
      'sso_authorization',
      'token_grant',
      'token_grant'
    ])
    const iamFound = await aws.reader(ctx()).discover(who('alice', 'aws'), departure)
    expect(new Set(kinds(iamFound.holdings))).toEqual(
      new Set([
        'access_key',
        'group',
        'inline_policy',
        'login_profile',
        'managed_policy',
        'mfa_device',
        'permissions_boundary',
        'service_credential',
        'signing_certificate',
        'ssh_public_key'
      ])
    )
    const judySlack = await slack.reader(ctx()).discover(who('judy', 'slack'), departure)
    expect(judySlack.status).toBe('checked')
    const jiraApp = decl.platforms.scim.find(a => a.name === 'jira')!
    const judyJira = await scimApp(jiraApp).reader(ctx()).discover(who('judy', 'jira'), departure)
    expect(judyJira.holdings).toEqual([
      expect.objectContaining({
        kind: 'app_account',
        details: expect.objectContaining({ active: true })
      })
    ])
  })
})

describe('knobs and the request record', () => {
  it('adds latency to one server only', async () => {
    const pd = sandbox.servers['scim:pagerduty']
    pd.knobs.latencyMs = 100
    try {
      const started = performance.now()
      await scim(
        sandbox.env.OFFBOARD_SCIM_PAGERDUTY_URL,
        sandbox.env.PAGERDUTY_SCIM_TOKEN,
        '/Users'
      )
      expect(performance.now() - started).toBeGreaterThanOrEqual(100)
    } finally {
      pd.knobs.latencyMs = 0
    }
  })

  it('fails every request of one server while the others answer', async () => {
    const server = sandbox.servers['aws-iam']
    server.knobs.serverErrorRate = 1
    try {
      await expect(iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
        name: 'ServiceFailureException',
        $metadata: expect.objectContaining({ httpStatusCode: 500 })
      })
      expect((await octokit.rest.orgs.get({ org: 'acme' })).status).toBe(200)
      expect((await web.auth.test()).ok).toBe(true)
      expect((await jira('/Users?count=1')).status).toBe(200)
    } finally {
      server.knobs.serverErrorRate = 0
    }
    expect((await iam.send(new ListUsersCommand({}))).Users?.length).toBeGreaterThan(0)
  })

  it('records writes apart from reads, per server', async () => {
    for (const s of Object.values(sandbox.servers)) s.resetRecord()
    await octokit.rest.teams.removeMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'backend',
      username: 'mallory-x'
    })
    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'old-contractor',
        AccessKeyId: sandbox.states.iam!.users.get('old-contractor')!.accessKeys[0].accessKeyId,
        Status: 'Inactive'
      })
    )
    const stray = await jira(byUserName('contractor@partner.example'))
    await jira(`/Users/${stray.body.Resources![0].id}`, { method: 'DELETE' })

    const writes = (name: string) => sandbox.servers[name].writes().map(w => w.operation)
    expect(writes('github')).toEqual([
      'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}'
    ])
    expect(writes('aws-iam')).toEqual(['UpdateAccessKey'])
    expect(writes('scim:jira')).toEqual(['DELETE /Users/{id}'])
    expect(writes('slack')).toEqual([])
    expect(sandbox.servers['aws-iam'].requests).toHaveLength(1)
    expect(sandbox.servers.slack.requests).toHaveLength(0)
    expect(sandbox.states.iam!.users.get('old-contractor')!.accessKeys[0].status).toBe('Inactive')
    expect(
      sandbox.states.scim.jira.users.some(u => u.userName === 'contractor@partner.example')
    ).toBe(false)
  })
})
