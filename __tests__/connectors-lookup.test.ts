// Lookups never cross people, and renamed accounts are found by the id the log knows: the
// connectors against answers a platform could give (nock), one rule at a time.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { AccountClaims, Identity, Scope, Step } from '../src/connectors/connector.js'
import { scimApp } from '../src/connectors/scim/connector.js'
import { slackConnector } from '../src/connectors/slack/connector.js'
import { declaredClaims } from '../src/grants.js'
import { declarations, person, platforms } from './support/declarations.js'
import { connectorContext } from './support/connectors.js'
import {
  answer,
  connector as github,
  context as githubContext
} from './support/connectors-github-fixtures.js'

const ORIGIN = 'http://127.0.0.1:9'
const departure: Scope = { kind: 'departure' }

// carol declares U0CAROL01 on Slack and alice@acme.example as her Jira userName; alice
// declares neither, so both platforms look her up by email.
const people = [
  person('alice'),
  person('carol', {
    accounts: { github: 'carol-n', slack: 'U0CAROL01', scim: { jira: 'alice@acme.example' } }
  })
]
const claims = declaredClaims([declarations(platforms(), people)])
const claimsOn = (platform: 'slack' | 'github' | 'scim:jira'): AccountClaims =>
  claims.get(platform) ?? new Map()
const alice = (platform: 'slack' | 'github' | 'scim:jira', fields: Partial<Identity> = {}) => ({
  person: 'alice',
  name: 'Alice',
  email: 'alice@acme.example',
  claims: claimsOn(platform),
  ...fields
})

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

// ---------------------------------------------------------------- Slack

const SLACK_TOKEN = 'xoxp-test-token'
function slack() {
  const { ctx } = connectorContext(
    { slack: { deactivate_with: 'scim', protected: [], retry: { retries: 0 } } },
    { SLACK_TOKEN, SLACK_API_URL: `${ORIGIN}/api`, SLACK_SCIM_URL: `${ORIGIN}/scim/v2/` }
  )
  const factory = slackConnector()
  return {
    reader: factory.reader(ctx),
    writer: factory.writer({ ...ctx, claims })
  }
}
const member = (id: string, email: string) => ({
  id,
  name: id.toLowerCase(),
  real_name: `Real ${id}`,
  team_id: 'T1',
  deleted: false,
  profile: { email }
})
const lookupAnswers = (user: object) =>
  nock(ORIGIN)
    .post('/api/users.lookupByEmail', body => body.email === 'alice@acme.example')
    .reply(200, { ok: true, user })

describe('Slack lookup by email', () => {
  it("answered with carol's declared member: not used, nothing planned, the reason names carol", async () => {
    lookupAnswers(member('U0CAROL01', 'alice@acme.example'))
    const { reader } = slack()
    const found = await reader.discover(alice('slack'), departure)
    expect(found.status).toBe('not_checked')
    expect(found.reason).toBe(
      "not checked: users.lookupByEmail for alice@acme.example answered U0CAROL01, which carol declares: it is not used, so nothing of carol's is touched; declare alice's own account as accounts.slack in people/alice.yaml, or correct carol's"
    )
    expect(found.holdings).toEqual([])
    expect(reader.planSteps(found, departure)).toEqual({ steps: [], refused: [] })
  })

  it('answered with a member whose email is not the person’s: not used', async () => {
    lookupAnswers(member('U0OTHER01', 'mallory@evil.example'))
    const found = await slack().reader.discover(alice('slack'), departure)
    expect(found).toMatchObject({ status: 'not_checked', holdings: [] })
    expect(found.reason).toMatch(
      /answered U0OTHER01, whose email is mallory@evil\.example, not alice@acme\.example: it is not used; declare alice's own account as accounts\.slack/
    )
  })

  it("the person's own member (email in another case, nobody else's) is used and marked as looked up", async () => {
    lookupAnswers(member('U0ALICE01', 'Alice@Acme.example'))
    nock(ORIGIN).post('/api/usergroups.list').reply(200, { ok: true, usergroups: [] })
    const { reader } = slack()
    const found = await reader.discover(alice('slack'), departure)
    expect(found).toMatchObject({ status: 'checked', account: { id: 'U0ALICE01' } })
    const { steps } = reader.planSteps(found, departure)
    expect(steps.map(s => [s.action, s.params.found_by])).toEqual([
      ['reset_sessions', 'lookup'],
      ['deactivate_user', 'lookup']
    ])
  })

  it("perform refuses a looked-up step aimed at carol's member, without a call", async () => {
    const step: Step = {
      id: 'slack/alice/reset_sessions/U0CAROL01',
      platform: 'slack',
      person: 'alice',
      action: 'reset_sessions',
      target: 'U0CAROL01',
      reason: '',
      after: [],
      mode: 'auto',
      params: { user_id: 'U0CAROL01', found_by: 'lookup' }
    }
    const outcome = await slack().writer.perform(step)
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toMatch(
      /^refused: U0CAROL01 was found by lookup for alice, but carol declares it/
    )
  })
})

// ---------------------------------------------------------------- SCIM

const JIRA_TOKEN = 'jira-secret-token'
function jira(on_departure: 'deactivate' | 'delete' = 'deactivate') {
  const config = {
    name: 'jira',
    base_url: `${ORIGIN}/scim/v2/`,
    token_env: 'JIRA_SCIM_TOKEN',
    on_departure
  }
  const { ctx } = connectorContext({ scim: [config] }, { JIRA_SCIM_TOKEN: JIRA_TOKEN })
  const factory = scimApp(config, { sleep: async () => undefined })
  return { reader: factory.reader(ctx), writer: factory.writer({ ...ctx, claims }) }
}
const scimUser = (id: string, userName: string, email?: string) => ({
  id,
  userName,
  active: true,
  ...(email ? { emails: [{ value: email, primary: true }] } : {})
})
const filtered = (userName: string, ...users: object[]) =>
  nock(ORIGIN)
    .get('/scim/v2/Users')
    .query({ filter: `userName eq "${userName}"` })
    .reply(200, { totalResults: users.length, Resources: users })

describe('SCIM lookup by email', () => {
  it("finds carol's declared userName alice@acme.example: not used, carol's account untouched", async () => {
    filtered('alice@acme.example', scimUser('c1', 'alice@acme.example', 'carol@acme.example'))
    const { reader } = jira()
    const found = await reader.discover(alice('scim:jira'), departure)
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(
      /answered alice@acme\.example, which carol declares: it is not used, so nothing of carol's is touched; declare alice's own account as accounts\.scim\.jira in people\/alice\.yaml/
    )
    expect(reader.planSteps(found, departure).steps).toEqual([])
  })

  it('an account whose email is someone else’s is not used; one without emails is judged by its userName', async () => {
    filtered('alice@acme.example', scimUser('x1', 'alice@acme.example', 'bob@acme.example'))
    const other = await jira().reader.discover(alice('scim:jira', { claims: new Map() }), departure)
    expect(other.status).toBe('not_checked')
    expect(other.reason).toMatch(/whose email is bob@acme\.example, not alice@acme\.example/)

    filtered('alice@acme.example', scimUser('a1', 'ALICE@acme.example'))
    const { reader } = jira()
    const own = await reader.discover(alice('scim:jira', { claims: new Map() }), departure)
    expect(own).toMatchObject({ status: 'checked', account: { id: 'a1' } })
    expect(reader.planSteps(own, departure).steps[0].params).toMatchObject({
      user_id: 'a1',
      found_by: 'lookup'
    })
  })

  it("perform refuses a looked-up deactivation of carol's userName, without a call", async () => {
    const outcome = await jira().writer.perform({
      id: 'scim:jira/alice/deactivate_user/alice@acme.example',
      platform: 'scim:jira',
      person: 'alice',
      action: 'deactivate_user',
      target: 'alice@acme.example',
      reason: '',
      after: [],
      mode: 'auto',
      params: { user_id: 'c1', user_name: 'alice@acme.example', found_by: 'lookup' }
    })
    expect(outcome).toMatchObject({ result: 'failed' })
    expect(outcome.detail).toMatch(/carol declares it: nothing was changed/)
  })
})

describe('SCIM renamed account', () => {
  const declared = (knownIds: string[]) =>
    alice('scim:jira', { account: 'alice.old@acme.example', knownIds })

  it('the id the log knows, under a new userName: revoked as the same account, with a note', async () => {
    filtered('alice.old@acme.example')
    nock(ORIGIN).get('/scim/v2/Users/u9').reply(404, {})
    nock(ORIGIN)
      .get('/scim/v2/Users/u1')
      .reply(200, scimUser('u1', 'alice.liddell@acme.example', 'alice@acme.example'))
    const { reader } = jira()
    const found = await reader.discover(declared(['u9', 'u1']), departure)
    expect(found).toMatchObject({ status: 'checked', account: { id: 'u1' } })
    expect(found.notes).toContain(
      "renamed: jira user alice.old@acme.example is not found, but the account the revocation log knows as alice's (id u1) is now named alice.liddell@acme.example; the same account is revoked under its new name (update accounts.scim.jira in people/alice.yaml)"
    )
    const { steps } = reader.planSteps(found, departure)
    expect(steps.map(s => [s.action, s.target, s.params.user_id])).toEqual([
      ['deactivate_user', 'alice.liddell@acme.example', 'u1']
    ])
  })

  it("not checked when the new userName is carol's; no account when the id is gone too", async () => {
    filtered('alice.old@acme.example')
    nock(ORIGIN).get('/scim/v2/Users/u1').reply(200, scimUser('u1', 'Alice@acme.example'))
    const claimed = await jira().reader.discover(declared(['u1']), departure)
    expect(claimed.status).toBe('not_checked')
    expect(claimed.reason).toMatch(
      /is now named Alice@acme\.example, which carol declares: nothing is touched/
    )

    filtered('alice.old@acme.example')
    nock(ORIGIN).get('/scim/v2/Users/u1').reply(404, {})
    expect(await jira().reader.discover(declared(['u1']), departure)).toMatchObject({
      status: 'no_account'
    })
  })
})

// ---------------------------------------------------------------- GitHub

const invitation = (id: number, login: string | null, email: string | null) => ({
  id,
  login,
  email,
  role: 'direct_member',
  created_at: '2026-11-01T10:00:00Z',
  inviter: { login: 'bob' }
})

describe('GitHub invitations matched by email', () => {
  it("an invitation to carol's login that carries alice's email is not alice's: not checked", async () => {
    answer({
      'GET /orgs/acme/invitations': [
        200,
        [invitation(8, 'carol-n', 'alice@acme.example'), invitation(9, null, 'bob@acme.example')]
      ]
    })
    const reader = github.reader(githubContext().ctx)
    const found = await reader.discover(alice('github'), departure)
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(
      /the pending invitation to alice@acme\.example answered carol-n, which carol declares: it is not used/
    )
    expect(reader.planSteps(found, departure).steps).toEqual([])
  })

  it('an invitation by email alone is cancelled, marked as looked up', async () => {
    answer({ 'GET /orgs/acme/invitations': [200, [invitation(8, null, 'Alice@acme.example')]] })
    const reader = github.reader(githubContext().ctx)
    const found = await reader.discover(alice('github'), departure)
    expect(found.status).toBe('checked')
    const { steps } = reader.planSteps(found, departure)
    expect(steps.map(s => [s.action, s.params.found_by])).toEqual([['cancel_invitation', 'lookup']])
  })
})

describe('GitHub renamed login', () => {
  const declared = (knownIds?: string[]) =>
    alice('github', { account: 'alice-gh', ...(knownIds ? { knownIds } : {}) })

  it('404 for the declared login, but the id the log knows is a user under a new login: revoked', async () => {
    answer({
      'GET /users/alice-gh': [404, { message: 'Not Found' }],
      'GET /user/101': [200, { login: 'alice-new', id: 101, type: 'User' }],
      'GET /orgs/acme/memberships/alice-new': [200, { state: 'active', role: 'member' }],
      'GET /orgs/acme/invitations': [200, []],
      'GET /orgs/acme/credential-authorizations': [404, {}],
      'GET /orgs/acme/personal-access-tokens': [200, []],
      'GET /orgs/acme/personal-access-token-requests': [200, []],
      'GET /orgs/acme/members/alice-new/copilot': [404, {}],
      'GET /orgs/acme/repos': [200, []]
    })
    const reader = github.reader(githubContext().ctx)
    const found = await reader.discover(declared(['101']), departure)
    expect(found).toMatchObject({ status: 'checked', account: { id: '101', display: 'alice-new' } })
    expect(found.notes).toContain(
      "renamed: GitHub user alice-gh is not found, but the account the revocation log knows as alice's (id 101) is now named alice-new; the same account is revoked under its new name (update accounts.github in people/alice.yaml)"
    )
    const { steps } = reader.planSteps(found, departure)
    expect(steps.map(s => [s.action, s.target])).toEqual([['remove_org_membership', 'alice-new']])
  })

  it("the new login is carol's: not checked; without a known id: no account, as before", async () => {
    answer({
      'GET /users/alice-gh': [404, { message: 'Not Found' }],
      'GET /user/101': [200, { login: 'Carol-N', id: 101, type: 'User' }]
    })
    const claimed = await github.reader(githubContext().ctx).discover(declared(['101']), departure)
    expect(claimed.status).toBe('not_checked')
    expect(claimed.reason).toMatch(/is now named Carol-N, which carol declares/)

    answer({
      'GET /users/alice-gh': [404, { message: 'Not Found' }],
      'GET /orgs/acme/invitations': [200, []]
    })
    expect(await github.reader(githubContext().ctx).discover(declared(), departure)).toMatchObject({
      status: 'no_account',
      reason: 'GitHub has no user alice-gh'
    })
  })
})
