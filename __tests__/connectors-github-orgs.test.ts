// Several GitHub organizations and their enterprise, against answers registered with nock: each
// organization read with its own token, revoked with its own last-owner guard, the enterprise
// after every organization, an EMU user deprovisioned through SCIM, and a read that failed
// anywhere failing the discovery or the listing (never "nothing there").
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Identity, Scope, Step } from '../src/connectors/connector.js'
import { API, connector, context, type Answer } from './support/connectors-github-fixtures.js'
import type { GithubConfig } from '../src/declarations/types.js'

const alice: Identity = {
  person: 'alice',
  name: 'Alice Liddell',
  email: 'alice@acme.example',
  account: 'alice-gh'
}
const departure: Scope = { kind: 'departure' }
const TOKENS = { acme: 'ghs_acmeinstallation01', beta: 'ghs_betainstallation02' }
const ENTERPRISE_TOKEN = 'ghp_enterpriseowner0003'
const env = {
  GITHUB_API_URL: API,
  GITHUB_TOKEN_ACME: TOKENS.acme,
  GITHUB_TOKEN_BETA: TOKENS.beta,
  GITHUB_ENTERPRISE_TOKEN: ENTERPRISE_TOKEN
}
const two: Partial<GithubConfig> = { org: undefined, orgs: ['acme', 'beta'] }
const ent: Partial<GithubConfig> = { ...two, enterprise: 'acme-co' }

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

/** Answers that only `token` gets: an organization's installation token, the enterprise's. */
function answer(token: string, routes: Record<string, Answer | null>) {
  const scope = nock(API, { reqheaders: { authorization: `token ${token}` } })
  for (const [key, route] of Object.entries(routes)) {
    if (!route) continue
    const [status, body, headers] = route
    const [method, target] = key.split(' ')
    const [path, query] = target.split('?')
    const i = scope.intercept(path, method)
    ;(query ? i.query(new URLSearchParams(query)) : i.query(true)).reply(
      status,
      body as nock.Body,
      headers
    )
  }
  return scope
}

/** Every read of a departure in `org`, alice an owner beside `owners`. */
function orgReads(org: 'acme' | 'beta', owners: string[], overrides: Record<string, Answer> = {}) {
  return answer(TOKENS[org], {
    'GET /users/alice-gh': [200, { login: 'alice-gh', id: 101 }],
    [`GET /orgs/${org}/memberships/alice-gh`]: [200, { state: 'active', role: 'admin' }],
    [`GET /orgs/${org}/members?role=admin&per_page=100`]: [
      200,
      ['alice-gh', ...owners].map(login => ({ login }))
    ],
    [`GET /orgs/${org}/invitations`]: [200, []],
    [`GET /orgs/${org}/credential-authorizations`]: [404, { message: 'Not Found' }],
    [`GET /orgs/${org}/personal-access-tokens`]: [200, []],
    [`GET /orgs/${org}/personal-access-token-requests`]: [200, []],
    [`GET /orgs/${org}/members/alice-gh/copilot`]: [404, { message: 'Not Found' }],
    [`GET /orgs/${org}/repos`]: [200, []],
    ...overrides
  })
}

const reader = (github: Partial<GithubConfig>) => connector.reader(context(github, env).ctx)
const ids = (steps: Step[]) => steps.map(s => s.id)

describe('two organizations', () => {
  it('reads each with its own token, and revokes in both with each one’s last-owner guard', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', [])
    const r = reader(two)
    const found = await r.discover(alice, departure)
    expect(found.status).toBe('checked')
    expect(found.unread).toBeUndefined()
    expect(found.holdings.map(h => h.label)).toEqual([
      'acme: active owner of acme',
      'beta: active owner of beta'
    ])
    const plan = r.planSteps(found, departure)
    expect(plan.steps.map(s => [s.action, s.target, s.params.org])).toEqual([
      ['remove_org_membership', 'acme: alice-gh', 'acme']
    ])
    expect(plan.refused).toEqual([
      expect.objectContaining({
        target: 'beta: alice-gh',
        reason: expect.stringMatching(/last owner of beta/)
      })
    ])
    expect(found.notes).toContain(
      'beta: SAML SSO credential authorizations: not applicable (beta does not use SAML single sign-on)'
    )

    // Apply counts each organization's owners again, with that organization's token.
    const w = connector.writer(context(two, env).ctx)
    answer(TOKENS.acme, {
      'GET /orgs/acme/members?role=admin&per_page=100': [
        200,
        [{ login: 'alice-gh' }, { login: 'bob' }]
      ],
      'DELETE /orgs/acme/memberships/alice-gh': [204]
    })
    answer(TOKENS.beta, {
      'GET /orgs/beta/members?role=admin&per_page=100': [200, [{ login: 'alice-gh' }]]
    })
    expect(await w.perform(plan.steps[0])).toEqual({ result: 'revoked', detail: '' })
    const beta = {
      ...plan.steps[0],
      target: 'beta: alice-gh',
      params: { org: 'beta', login: 'alice-gh' }
    }
    expect(await w.perform(beta)).toEqual({
      result: 'skipped',
      detail: expect.stringMatching(/last owner of beta/)
    })
  })

  it('a failed read of one organization is an unread record naming it; the other is still planned', async () => {
    orgReads('acme', ['bob'])
    answer(TOKENS.beta, {
      'GET /users/alice-gh': [200, { login: 'alice-gh', id: 101 }],
      'GET /orgs/beta/memberships/alice-gh': [
        403,
        { message: 'Resource not accessible by integration' }
      ]
    })
    const r = reader(two)
    const found = await r.discover(alice, departure)
    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([
      {
        what: 'what alice holds in beta',
        error: expect.stringMatching(/could not read beta on GitHub: GitHub answered 403/)
      }
    ])
    expect(ids(r.planSteps(found, departure).steps)).toEqual([
      'github/alice/remove_org_membership/acme: alice-gh'
    ])
  })

  it('an organization without a token is not checked, by name, while the other is read', async () => {
    orgReads('acme', ['bob'])
    const { ctx } = context(two, { GITHUB_API_URL: API, GITHUB_TOKEN_ACME: TOKENS.acme })
    const found = await connector.reader(ctx).discover(alice, departure)
    expect(found.unread).toEqual([
      {
        what: 'what alice holds in beta',
        error: 'not checked: no credentials (set GITHUB_TOKEN_BETA or GITHUB_TOKEN)'
      }
    ])
  })

  it('lists both for the audit, each account naming its organization; a failed list fails', async () => {
    const lists = (org: 'acme' | 'beta', members: Answer) =>
      answer(TOKENS[org], {
        [`GET /orgs/${org}/members?role=admin&per_page=100`]: [200, [{ login: 'owner', id: 1 }]],
        [`GET /orgs/${org}/members?role=member&per_page=100`]: members,
        [`GET /orgs/${org}/outside_collaborators`]: [200, []],
        [`GET /orgs/${org}/invitations`]: [200, []]
      })
    lists('acme', [200, []])
    lists('beta', [200, [{ login: 'mallory', id: 7 }]])
    const inv = await reader(two).list([])
    expect(inv.status).toBe('checked')
    expect(inv.accounts.map(a => [a.account, a.where, a.grants.map(g => g.value)])).toEqual([
      ['owner', 'in acme', ['acme']],
      ['owner', 'in beta', ['beta']],
      ['mallory', 'in beta', []]
    ])

    lists('acme', [200, []])
    lists('beta', [502, { message: 'Bad Gateway' }])
    answer(TOKENS.beta, { 'GET /orgs/beta/members?role=member&per_page=100': [502, {}] })
    answer(TOKENS.beta, { 'GET /orgs/beta/members?role=member&per_page=100': [502, {}] })
    answer(TOKENS.beta, { 'GET /orgs/beta/members?role=member&per_page=100': [502, {}] })
    const failed = await reader(two).list([])
    expect(failed.status).toBe('not_checked')
    expect(failed.reason).toMatch(/could not list beta on GitHub/)
  })
})

/** The enterprise's reads for a departure (not EMU), with `token`; `only` some of them. */
function enterpriseReads(
  overrides: Record<string, Answer> = {},
  token = ENTERPRISE_TOKEN,
  only?: string[]
) {
  const reads: Record<string, Answer> = {
    'GET /enterprises/acme-co/members/alice-gh/copilot': [
      200,
      { assignee: { login: 'alice-gh' }, assigning_team: null, pending_cancellation_date: null }
    ],
    'GET /enterprises/acme-co/consumed-licenses?per_page=100&page=1': [
      200,
      { users: [{ github_com_login: 'Alice-GH', github_com_enterprise_roles: ['Member'] }] }
    ],
    ...overrides
  }
  return answer(
    token,
    Object.fromEntries(Object.entries(reads).filter(([key]) => !only || only.includes(key)))
  )
}

/** The ids lookup's answer: the enterprise and alice. */
const IDS: Answer = [
  200,
  { data: { enterprise: { id: 'E_acme' }, user: { id: 'U_alice', databaseId: 101 } } }
]

/** GraphQL answers for the enterprise's token, in turn; each request's body lands in `sent`. */
function graphql(sent: unknown[], ...answers: Answer[]) {
  const scope = nock(API, { reqheaders: { authorization: `token ${ENTERPRISE_TOKEN}` } })
  for (const [status, body] of answers)
    scope.post('/graphql', (b: unknown) => (sent.push(b), true)).reply(status, body as nock.Body)
}

describe('the enterprise', () => {
  it('comes last: its steps wait for every step of every organization', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', ['carol'])
    enterpriseReads()
    const r = reader(ent)
    const found = await r.discover(alice, departure)
    const plan = r.planSteps(found, departure)
    const orgSteps = plan.steps.filter(s => s.params.org !== undefined)
    expect(orgSteps.map(s => s.target)).toEqual(['acme: alice-gh', 'beta: alice-gh'])
    const entSteps = plan.steps.filter(s => s.params.enterprise === 'acme-co')
    expect(entSteps.map(s => [s.action, s.target, s.mode])).toEqual([
      ['remove_enterprise_copilot_seat', 'enterprise acme-co: alice-gh copilot seat', 'auto'],
      ['remove_enterprise_member', 'enterprise acme-co: alice-gh', 'auto']
    ])
    expect(entSteps[0].after).toEqual(ids(orgSteps))
    // The membership goes last of all, after the enterprise's seat too.
    expect(entSteps[1].after).toEqual([...ids(orgSteps), entSteps[0].id])

    const w = connector.writer(context(ent, env).ctx)
    const sent: unknown[] = []
    answer(ENTERPRISE_TOKEN, {
      'DELETE /enterprises/acme-co/copilot/billing/selected_users': [200, { seats_cancelled: 1 }]
    })
    graphql(sent, IDS, [200, { data: { removeEnterpriseMember: { user: { login: 'alice-gh' } } } }])
    expect(await w.perform(entSteps[0])).toEqual({ result: 'revoked', detail: '' })
    expect(await w.perform(entSteps[1])).toEqual({
      result: 'revoked',
      detail: 'removed from enterprise acme-co and its organizations'
    })
    // The ids looked up are the ones removed.
    expect(sent[1]).toMatchObject({
      query: expect.stringContaining('removeEnterpriseMember('),
      variables: { enterpriseId: 'E_acme', userId: 'U_alice' }
    })
  })

  it('waits while an organization could not be read: the person may be its last owner', async () => {
    orgReads('acme', ['bob'])
    answer(TOKENS.beta, {
      'GET /users/alice-gh': [200, { login: 'alice-gh', id: 101 }],
      'GET /orgs/beta/memberships/alice-gh': [500, { message: 'Server Error' }]
    })
    enterpriseReads()
    const r = reader(ent)
    const plan = r.planSteps(await r.discover(alice, departure), departure)
    expect(plan.steps.some(s => s.action === 'remove_enterprise_member')).toBe(false)
    expect(plan.refused.find(x => x.target === 'enterprise acme-co: alice-gh')?.reason).toMatch(
      /whether they are the last owner of beta could not be read: run again/
    )
    // What does not end the memberships still goes.
    expect(plan.steps.map(s => s.action)).toContain('remove_enterprise_copilot_seat')
  })

  /** The member step of a departure planned with `env`. */
  async function memberStep(environment = env): Promise<Step> {
    orgReads('acme', ['bob'])
    orgReads('beta', ['carol'])
    enterpriseReads({}, environment.GITHUB_ENTERPRISE_TOKEN)
    const r = connector.reader(context(ent, environment).ctx)
    const plan = r.planSteps(await r.discover(alice, departure), departure)
    return plan.steps.find(s => s.action === 'remove_enterprise_member')!
  }
  const perform = (step: Step) => connector.writer(context(ent, env).ctx).perform(step)

  it('leaves the removal to a human when the token cannot remove members, saying why', async () => {
    const installation = { ...env, GITHUB_ENTERPRISE_TOKEN: 'ghs_enterpriseinstall04' }
    const step = await memberStep(installation)
    expect(step.mode).toBe('manual')
    expect(step.reason).toMatch(
      /only for an enterprise owner's classic token \(admin:enterprise\), and GITHUB_ENTERPRISE_TOKEN is a GitHub App installation token/
    )
  })

  it('a GraphQL error or an HTTP error fails the removal', async () => {
    const step = await memberStep()
    graphql([], IDS, [
      200,
      {
        data: { removeEnterpriseMember: null },
        errors: [{ type: 'FORBIDDEN', message: 'Must be an enterprise owner' }]
      }
    ])
    expect(await perform(step)).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /^remove_enterprise_member enterprise acme-co: alice-gh: .*Must be an enterprise owner/
      )
    })
    graphql([], [401, { message: 'Bad credentials' }])
    expect(await perform(step)).toEqual({
      result: 'failed',
      detail: expect.stringMatching(/looking up .* ids failed: GitHub answered 401/)
    })
  })

  it('"not a member" is already absent only when the members read back without them', async () => {
    const step = await memberStep()
    const notMember = [
      200,
      {
        data: { removeEnterpriseMember: null },
        errors: [
          { type: 'UNPROCESSABLE', message: 'alice-gh is not a member of the acme-co enterprise.' }
        ]
      }
    ] as Answer
    graphql([], IDS, notMember)
    enterpriseReads({}, ENTERPRISE_TOKEN, [
      'GET /enterprises/acme-co/consumed-licenses?per_page=100&page=1'
    ])
    expect(await perform(step)).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /not a member .*", but alice-gh still holds a license of enterprise acme-co$/
      )
    })
    graphql([], IDS, notMember)
    answer(ENTERPRISE_TOKEN, {
      'GET /enterprises/acme-co/consumed-licenses?per_page=100&page=1': [200, { users: [] }]
    })
    expect(await perform(step)).toMatchObject({ result: 'already_absent' })
  })

  it('refuses a login that names another account than discovery found', async () => {
    const step = await memberStep()
    graphql(
      [],
      [200, { data: { enterprise: { id: 'E_acme' }, user: { id: 'U_other', databaseId: 999 } } }]
    )
    expect(await perform(step)).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /alice-gh is no longer the GitHub user 101 that discovery found/
      )
    })
  })

  it('a failed enterprise read is unread, never "not a member"', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', ['carol'])
    enterpriseReads({
      'GET /enterprises/acme-co/consumed-licenses?per_page=100&page=1': [
        403,
        { message: 'Must have admin rights' }
      ]
    })
    const found = await reader(ent).discover(alice, departure)
    expect(found.unread).toEqual([
      { what: 'enterprise acme-co: members', error: expect.stringMatching(/GitHub answered 403/) }
    ])
  })

  it('lists its members for the audit, each named as the enterprise’s', async () => {
    const lists = (org: 'acme' | 'beta') =>
      answer(TOKENS[org], {
        [`GET /orgs/${org}/members?role=admin&per_page=100`]: [200, [{ login: 'owner', id: 1 }]],
        [`GET /orgs/${org}/members?role=member&per_page=100`]: [200, []],
        [`GET /orgs/${org}/outside_collaborators`]: [200, []],
        [`GET /orgs/${org}/invitations`]: [200, []]
      })
    lists('acme')
    lists('beta')
    answer(ENTERPRISE_TOKEN, {
      'GET /enterprises/acme-co/consumed-licenses?per_page=100&page=1': [
        200,
        { users: [{ github_com_login: 'ghost-admin', github_com_user: true }] }
      ]
    })
    const inv = await reader(ent).list([])
    expect(inv.accounts.at(-1)).toMatchObject({
      account: 'ghost-admin',
      where: 'in enterprise acme-co',
      kind: 'member'
    })
  })
})

describe('Enterprise Managed Users', () => {
  const emu: Partial<GithubConfig> = { ...ent, emu: true }
  const scimList = (resources: unknown[]) => ({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
    totalResults: resources.length,
    Resources: resources,
    startIndex: 1,
    itemsPerPage: resources.length
  })
  const scim = (resources: unknown[]): Answer => [200, scimList(resources)]

  it('deprovisions the SCIM identity whose userName is exactly the email, instead of removing memberships', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', ['carol'])
    answer(ENTERPRISE_TOKEN, {
      'GET /enterprises/acme-co/members/alice-gh/copilot': [404, { message: 'Not Found' }]
    })
    // The filter GitHub is asked, exactly; a loose answer is matched again here.
    answer(ENTERPRISE_TOKEN, {})
      .get('/scim/v2/enterprises/acme-co/Users')
      .query({ filter: 'userName eq "alice@acme.example"' })
      .reply(
        200,
        scimList([
          { id: 'other', userName: 'alice@acme.example.org', active: true },
          { id: 'u-1', userName: 'Alice@acme.example', externalId: 'e-1', active: true }
        ])
      )
    const r = reader(emu)
    const found = await r.discover(alice, departure)
    const plan = r.planSteps(found, departure)
    // The memberships go with the suspension: no step removes them one by one.
    expect(plan.steps.map(s => [s.action, s.target])).toEqual([
      ['deprovision_scim_user', 'enterprise acme-co: scim user Alice@acme.example']
    ])
    expect(plan.steps[0].params).toMatchObject({ id: 'u-1', enterprise: 'acme-co' })

    const w = connector.writer(context(emu, env).ctx)
    answer(ENTERPRISE_TOKEN, {})
      .patch('/scim/v2/enterprises/acme-co/Users/u-1', {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: false }]
      })
      .reply(200, { id: 'u-1', active: false })
    expect(await w.perform(plan.steps[0])).toMatchObject({ result: 'revoked' })
  })

  it('refuses to suspend the last owner of an organization', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', [])
    answer(ENTERPRISE_TOKEN, {
      'GET /enterprises/acme-co/members/alice-gh/copilot': [404, { message: 'Not Found' }],
      'GET /scim/v2/enterprises/acme-co/Users': scim([
        { id: 'u-1', userName: 'alice@acme.example', active: true }
      ])
    })
    const r = reader(emu)
    const plan = r.planSteps(await r.discover(alice, departure), departure)
    expect(plan.steps).toEqual([])
    expect(plan.refused.map(x => x.target)).toEqual([
      'beta: alice-gh',
      'enterprise acme-co: scim user alice@acme.example'
    ])
    expect(plan.refused[1].reason).toMatch(/last owner of beta/)
  })

  it('a SCIM answer GitHub could not give is a failed read', async () => {
    orgReads('acme', ['bob'])
    orgReads('beta', ['carol'])
    answer(ENTERPRISE_TOKEN, {
      'GET /enterprises/acme-co/members/alice-gh/copilot': [404, { message: 'Not Found' }],
      'GET /scim/v2/enterprises/acme-co/Users': [401, { message: 'Bad credentials' }]
    })
    const r = reader(emu)
    const found = await r.discover(alice, departure)
    expect(found.unread).toEqual([
      {
        what: 'enterprise acme-co: SCIM identity alice@acme.example',
        error: expect.stringMatching(/401/)
      }
    ])
    // Without the identity, the memberships are removed one by one.
    expect(r.planSteps(found, departure).steps.map(s => s.action)).toEqual([
      'remove_org_membership',
      'remove_org_membership'
    ])
  })
})
