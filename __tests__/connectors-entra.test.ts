import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { entraConnector } from '../src/connectors/entra/connector.js'
import { entraDefaults, type EntraBlock } from '../src/connectors/entra/types.js'
import { entraGroupGrant } from '../src/connectors/entra/vocabulary.js'
import type { Scope, Step } from '../src/connectors/connector.js'
import { connectorContext } from './support/connectors.js'
import { ALICE as UPN, CLIENT, ENG, TENANT, alice, departure } from './support/entra.js'

const GRAPH = 'https://graph.microsoft.com'
const LOGIN = 'https://login.microsoftonline.com'
const SECRET = 'entra-client-secret-value'
const ACCESS = 'eyJ0eXAiOiJKV1Qi.graph-access-token'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

function setup(
  block: Partial<EntraBlock> = {},
  env: Record<string, string> = { ENTRA_SECRET: SECRET }
) {
  const config = entraDefaults({
    tenant_id: TENANT,
    client_id: CLIENT,
    credentials: { type: 'client_secret', secret_env: 'ENTRA_SECRET' },
    ...block
  })
  const { ctx, masked, lines } = connectorContext({}, env)
  const factory = entraConnector(config, { sleep: async () => undefined })
  return { ctx, masked, lines, reader: factory.reader(ctx), writer: factory.writer(ctx) }
}

/** The client-credentials sign-in the connector makes before its first Graph request. */
function signIn() {
  nock(LOGIN)
    .post(
      `/${TENANT}/oauth2/v2.0/token`,
      body =>
        body.client_id === CLIENT &&
        body.client_secret === SECRET &&
        body.scope === `${GRAPH}/.default`
    )
    .query(true)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, access_token: ACCESS })
}

const graph = () => nock(GRAPH, { reqheaders: { authorization: `Bearer ${ACCESS}` } })

const user = (over: Record<string, unknown> = {}) => ({
  id: 'u-alice',
  userPrincipalName: UPN,
  mail: 'alice@acme.example',
  otherMails: [],
  accountEnabled: true,
  onPremisesSyncEnabled: null,
  createdDateTime: '2024-01-01T00:00:00Z',
  signInSessionsValidFromDateTime: '2024-01-01T00:00:00Z',
  ...over
})
const group = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.group',
  id,
  displayName: name,
  groupTypes: [],
  mailEnabled: false,
  securityEnabled: true,
  ...over
})
const page = (...value: unknown[]) => ({ value })
const err = (code: string, message: string) => ({ error: { code, message } })

/** The one $batch a departure's discovery sends for a declared UPN, answered in order. */
function discoverBatch(answers: { status: number; body?: unknown; headers?: object }[]) {
  const at = `/users/${encodeURIComponent(UPN)}`
  graph()
    .post('/v1.0/$batch', {
      requests: [
        {
          id: '1',
          method: 'GET',
          url: `${at}?$select=id,userPrincipalName,displayName,mail,otherMails,accountEnabled,onPremisesSyncEnabled,userType,createdDateTime,signInSessionsValidFromDateTime`
        },
        { id: '2', method: 'GET', url: `${at}/memberOf?$top=999` },
        { id: '3', method: 'GET', url: `${at}/transitiveMemberOf?$top=999` },
        { id: '4', method: 'GET', url: `${at}/appRoleAssignments` },
        { id: '5', method: 'GET', url: `${at}/authentication/methods` }
      ]
    })
    .reply(200, { responses: answers.map((a, i) => ({ id: String(i + 1), ...a })) })
}
const ok = (body: unknown) => ({ status: 200, body })

function step(
  action: string,
  params: Record<string, unknown> = {},
  mode: Step['mode'] = 'auto'
): Step {
  return {
    id: `entra/alice/${action}/x`,
    platform: 'entra' as Step['platform'],
    person: 'alice',
    action,
    target: UPN,
    reason: 'because',
    after: [],
    mode,
    params: { user_id: 'u-alice', upn: UPN, ...params }
  }
}

describe('entra without credentials or with a bad endpoint', () => {
  it('names the variable to set, and reads nothing', async () => {
    const { reader, writer } = setup({}, {})
    expect(reader.unavailable).toBe('not checked: no credentials (set ENTRA_SECRET)')
    expect(await reader.discover(alice, departure)).toMatchObject({
      status: 'not_checked',
      reason: reader.unavailable
    })
    expect(await reader.list([])).toMatchObject({ status: 'not_checked', requests: 0 })
    expect(await writer.perform(step('disable_sign_in'))).toEqual({
      result: 'failed',
      detail: 'entra: no credentials (set ENTRA_SECRET)'
    })
  })

  it('says that federated credentials need an Actions job allowed to request an OIDC token', () => {
    const { reader } = setup({ credentials: { type: 'github_oidc' } }, {})
    expect(reader.unavailable).toMatch(
      /^not checked: no credentials \(the GitHub OIDC token is not available: .*`permissions: id-token: write`\)$/
    )
  })

  it('refuses a Graph or sign-in endpoint that is plain http off this machine', () => {
    const { reader } = setup(
      {},
      { ENTRA_SECRET: SECRET, OFFBOARD_ENTRA_GRAPH_URL: 'http://graph.example' }
    )
    expect(reader.unavailable).toBe(
      'not checked: entra: OFFBOARD_ENTRA_GRAPH_URL must be an https URL (plain http only on 127.0.0.1): http://graph.example'
    )
  })
})

describe('entra discovery', () => {
  it('signs in, masks the secret and the token, and reads all of a user in one $batch', async () => {
    signIn()
    discoverBatch([
      ok(user()),
      ok(
        page(group(ENG, 'Engineering'), {
          '@odata.type': '#microsoft.graph.directoryRole',
          id: 'r-ga',
          displayName: 'Global Administrator',
          roleTemplateId: '62e90394-69f5-4237-9190-012177145e10'
        })
      ),
      ok(page(group(ENG, 'Engineering'), group('g-all', 'Everyone'))),
      ok(
        page({
          id: 'ara1',
          resourceDisplayName: 'Salesforce',
          appRoleId: '00000000-0000-0000-0000-000000000000',
          resourceId: 'sp1'
        })
      ),
      ok(
        page({
          '@odata.type': '#microsoft.graph.fido2AuthenticationMethod',
          id: 'm1',
          displayName: 'YubiKey 5',
          createdDateTime: '2025-03-01T00:00:00Z'
        })
      )
    ])
    graph()
      .get('/v1.0/directoryRoles/r-ga/members/microsoft.graph.user')
      .query({ $select: 'id,userPrincipalName,accountEnabled' })
      .reply(
        200,
        page({ id: 'u-alice', accountEnabled: true }, { id: 'u-bg', accountEnabled: true })
      )
    const { reader, masked } = setup()
    const found = await reader.discover(alice, departure)
    expect(masked).toEqual(expect.arrayContaining([SECRET, ACCESS]))
    expect(found.holdings.map(h => h.label)).toEqual([
      `Entra user ${UPN} (sign-in allowed)`,
      'member of group "Engineering"',
      'directory role "Global Administrator"',
      'assigned to app "Salesforce"',
      'authentication method: fido2 "YubiKey 5", added 2025-03-01'
    ])
    expect(found.holdings[0].details).toMatchObject({
      global_admin: true,
      other_global_admins: 1,
      administrator: true
    })
    expect(found.notes).toEqual([
      'through nested groups, also in: "Everyone" (these end with the direct memberships)',
      '1 registered authentication method stays registered: with sign-in blocked and sessions revoked they open nothing, and deleting the user removes them',
      expect.stringMatching(/holds a directory role: .*Privileged Authentication Administrator/)
    ])
    expect(reader.planSteps(found, departure).refused).toEqual([])
  })

  it('reports a user Graph does not have as no account', async () => {
    signIn()
    const gone = {
      status: 404,
      body: err('Request_ResourceNotFound', `Resource '${UPN}' does not exist`)
    }
    discoverBatch([gone, gone, gone, gone, gone])
    const found = await setup().reader.discover(alice, departure)
    expect(found).toMatchObject({ status: 'no_account', reason: `Entra ID has no user ${UPN}` })
  })

  it('finds a renamed user by the id the log knows', async () => {
    signIn()
    const gone = { status: 404, body: err('Request_ResourceNotFound', 'gone') }
    discoverBatch([gone, gone, gone, gone, gone])
    graph()
      .get('/v1.0/users/u-alice')
      .query(true)
      .reply(200, user({ userPrincipalName: 'aliddell@acme.onmicrosoft.com' }))
    graph()
      .post('/v1.0/$batch', b => b.requests[0].url.startsWith('/users/u-alice?'))
      .reply(200, {
        responses: [ok(user()), ok(page()), ok(page()), ok(page()), ok(page())].map((a, i) => ({
          id: String(i + 1),
          ...a
        }))
      })
    const found = await setup().reader.discover({ ...alice, knownIds: ['u-alice'] }, departure)
    expect(found.status).toBe('checked')
    expect(found.notes[0]).toMatch(
      /^renamed: Entra user alice@acme.onmicrosoft.com is not found, but .* is now named aliddell@acme.onmicrosoft.com/
    )
  })

  it('cannot plan without the memberships, but plans without the authentication methods', async () => {
    signIn()
    const denied = {
      status: 403,
      body: err('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
    }
    discoverBatch([ok(user()), denied, ok(page()), ok(page()), ok(page())])
    const found = await setup().reader.discover(alice, departure)
    expect(found).toMatchObject({ status: 'not_checked', holdings: [] })
    expect(found.reason).toMatch(
      /GET \/users\/.*\/memberOf answered 403 .*; the app probably lacks GroupMember\.Read\.All/
    )

    signIn()
    discoverBatch([ok(user()), ok(page()), ok(page()), ok(page()), denied])
    const partly = await setup().reader.discover(alice, departure)
    expect(partly.status).toBe('checked')
    expect(partly.unread).toEqual([
      {
        what: 'authentication methods',
        error: expect.stringMatching(/lacks UserAuthenticationMethod\.Read\.All/)
      }
    ])
    expect(
      setup()
        .reader.planSteps(partly, departure)
        .steps.map(s => s.action)
    ).toEqual(['disable_sign_in', 'revoke_sign_in_sessions'])
  })

  it('looks a person up by mail, UPN or other mails, as an advanced query', async () => {
    signIn()
    graph()
      .matchHeader('consistencylevel', 'eventual')
      .get('/v1.0/users')
      .query({
        $filter:
          "mail eq 'alice@acme.example' or userPrincipalName eq 'alice@acme.example' or otherMails/any(m:m eq 'alice@acme.example')",
        $select: /userPrincipalName/,
        $count: 'true'
      })
      .reply(200, { '@odata.count': 1, value: [user({ mail: 'ALICE@acme.example' })] })
    graph()
      // The user is not read again: its memberships, nested groups, apps and methods are.
      .post(
        '/v1.0/$batch',
        b => b.requests.length === 4 && b.requests[0].url === '/users/u-alice/memberOf?$top=999'
      )
      .reply(200, {
        responses: [ok(page()), ok(page()), ok(page()), ok(page())].map((a, i) => ({
          id: String(i + 1),
          ...a
        }))
      })
    const found = await setup().reader.discover({ ...alice, account: undefined }, departure)
    expect(found).toMatchObject({ status: 'checked', account: { id: 'u-alice', display: UPN } })
    expect(found.holdings[0].details).toMatchObject({ found_by: 'lookup' })
  })

  it('reads only the user and its memberships for a reduction', async () => {
    signIn()
    graph()
      .post(
        '/v1.0/$batch',
        b =>
          b.requests.map((r: { url: string }) => r.url.split('?')[0].split('/').pop()).join() ===
          `${encodeURIComponent(UPN)},memberOf,transitiveMemberOf`
      )
      .reply(200, {
        responses: [
          ok(user()),
          ok(page(group(ENG, 'Engineering'))),
          ok(page(group(ENG, 'Engineering')))
        ].map((a, i) => ({ id: String(i + 1), ...a }))
      })
    const scope: Scope = { kind: 'reduction', remove: [entraGroupGrant(ENG)] }
    const { reader } = setup()
    const found = await reader.discover(alice, scope)
    expect(reader.planSteps(found, scope).steps.map(s => [s.action, s.params.group_id])).toEqual([
      ['remove_group_member', ENG]
    ])
  })
})

describe('entra perform', () => {
  const writes: [string, string, () => nock.Interceptor, unknown][] = [
    [
      'disable_sign_in',
      'PATCH',
      () => graph().patch('/v1.0/users/u-alice', { accountEnabled: false }),
      undefined
    ],
    [
      'revoke_sign_in_sessions',
      'POST',
      () => graph().post('/v1.0/users/u-alice/revokeSignInSessions'),
      { value: true }
    ],
    [
      'remove_group_member',
      'DELETE',
      () => graph().delete(`/v1.0/groups/${ENG}/members/u-alice/$ref`),
      undefined
    ],
    [
      'remove_app_role_assignment',
      'DELETE',
      () => graph().delete('/v1.0/users/u-alice/appRoleAssignments/ara1'),
      undefined
    ],
    ['delete_user', 'DELETE', () => graph().delete('/v1.0/users/u-alice'), undefined]
  ]
  const params = { group_id: ENG, assignment_id: 'ara1' }

  it.each(writes)('%s sends its one %s', async (action, _method, call, answer) => {
    signIn()
    call().reply(answer ? 200 : 204, answer as nock.Body)
    expect(await setup().writer.perform(step(action, params))).toEqual({
      result: 'revoked',
      detail: ''
    })
  })

  it('counts a 404 as already absent only once a read shows it gone', async () => {
    signIn()
    graph()
      .delete(`/v1.0/groups/${ENG}/members/u-alice/$ref`)
      .twice()
      .reply(
        404,
        err('Request_ResourceNotFound', 'One or more removed object references do not exist')
      )
    graph()
      .get('/v1.0/users/u-alice/memberOf')
      .query({ $top: '999' })
      .reply(200, page(group('g-other', 'Other')))
    graph()
      .get('/v1.0/users/u-alice/memberOf')
      .query({ $top: '999' })
      .reply(200, page(group(ENG, 'Engineering')))
    const { writer } = setup()
    expect(await writer.perform(step('remove_group_member', params))).toEqual({
      result: 'already_absent',
      detail: 'Graph answered 404; read back: gone'
    })
    expect(await writer.perform(step('remove_group_member', params))).toEqual({
      result: 'failed',
      detail: `remove_group_member ${UPN}: Graph answered 404 but the group membership is still there: the app probably lacks GroupMember.ReadWrite.All`
    })
  })

  it('reads a deleted user back as gone', async () => {
    signIn()
    graph().patch('/v1.0/users/u-alice').reply(404, err('Request_ResourceNotFound', 'gone'))
    graph()
      .get('/v1.0/users/u-alice')
      .query(true)
      .reply(404, err('Request_ResourceNotFound', 'gone'))
    expect(await setup().writer.perform(step('disable_sign_in'))).toMatchObject({
      result: 'already_absent'
    })
  })

  it('fails a write Graph refuses, naming the administrator role an administrator needs', async () => {
    signIn()
    graph()
      .patch('/v1.0/users/u-alice')
      .reply(
        403,
        err('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
      )
    const outcome = await setup().writer.perform(step('disable_sign_in', { administrator: true }))
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toMatch(
      /the app probably lacks User\.EnableDisableAccount\.All, or \(as alice@acme\.onmicrosoft\.com is an administrator\) the Privileged Authentication Administrator role/
    )
  })

  it('re-counts the Global Administrators first, and never blocks the last', async () => {
    signIn()
    const members = () =>
      graph().get('/v1.0/directoryRoles/r-ga/members/microsoft.graph.user').query(true)
    members().reply(
      200,
      page({ id: 'u-alice', accountEnabled: true }, { id: 'u-bg', accountEnabled: false })
    )
    members().reply(503, err('serviceNotAvailable', 'down')).persist()
    const { writer } = setup()
    const ga = { global_admin_role: 'r-ga' }
    expect(await writer.perform(step('disable_sign_in', ga))).toEqual({
      result: 'skipped',
      detail: `${UPN} is the last enabled Global Administrator of the tenant: sign-in is not blocked and the user is not deleted (make someone else Global Administrator first, then rerun)`
    })
    const unreadable = await writer.perform(step('delete_user', ga))
    expect(unreadable.result).toBe('failed')
    expect(unreadable.detail).toMatch(
      /^could not count the other Global Administrators, so alice@acme.onmicrosoft.com was not changed: entra: gave up after 3 retries/
    )
    nock.cleanAll()
  })

  it('sends nothing for a manual step, a protected user or an account another person declares', async () => {
    const { ctx } = connectorContext({}, { ENTRA_SECRET: SECRET })
    ctx.claims = new Map([['entra' as Step['platform'], new Map([[UPN, ['mallory']]])]])
    const config = entraDefaults({
      tenant_id: TENANT,
      client_id: CLIENT,
      credentials: { type: 'client_secret', secret_env: 'ENTRA_SECRET' },
      protected: ['U-ALICE']
    })
    const writer = entraConnector(config).writer(ctx)
    expect(await writer.perform(step('remove_group_member', params, 'manual'))).toEqual({
      result: 'skipped',
      detail: 'needs a human: because'
    })
    expect(await writer.perform(step('delete_user'))).toMatchObject({
      result: 'skipped',
      detail: expect.stringMatching(/is protected/)
    })
    const free = entraConnector({ ...config, protected: [] }).writer(ctx)
    expect(await free.perform(step('delete_user', { found_by: 'lookup' }))).toMatchObject({
      result: 'failed',
      detail: expect.stringMatching(/^refused: .* mallory declares it/)
    })
  })
})

describe('entra list', () => {
  it('lists every user page by page and the declared groups in one $batch', async () => {
    signIn()
    graph()
      .get('/v1.0/users')
      .query({
        $select: 'id,userPrincipalName,displayName,mail,accountEnabled,userType',
        $top: '999'
      })
      .reply(200, {
        value: [user()],
        '@odata.nextLink': `${GRAPH}/v1.0/users?$top=999&$skiptoken=p2`
      })
      .get('/v1.0/users')
      .query({ $top: '999', $skiptoken: 'p2' })
      .reply(
        200,
        page(
          user({
            id: 'u-old',
            userPrincipalName: 'old@acme.onmicrosoft.com',
            accountEnabled: false
          })
        )
      )
    const missing = '0e9b8c1a-0000-4000-8000-00000000dead'
    graph()
      .post(
        '/v1.0/$batch',
        b =>
          b.requests.length === 2 &&
          b.requests[0].url ===
            `/groups/${ENG}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`
      )
      .reply(200, {
        responses: [
          { id: '1', status: 200, body: page({ id: 'u-alice' }, { id: 'u-old' }) },
          { id: '2', status: 404, body: err('Request_ResourceNotFound', 'gone') }
        ]
      })
    const inventory = await setup().reader.list([entraGroupGrant(ENG), entraGroupGrant(missing)])
    expect(inventory).toMatchObject({
      status: 'checked',
      requests: 3,
      notes: [`Entra group ${missing} is declared but does not exist in the tenant`]
    })
    expect(inventory.accounts.map(a => [a.account, a.active, a.grants.map(g => g.value)])).toEqual([
      [UPN, true, [ENG]],
      ['old@acme.onmicrosoft.com', false, []]
    ])
  })

  it('is not checked when a declared group cannot be read', async () => {
    signIn()
    graph().get('/v1.0/users').query(true).reply(200, page(user()))
    graph()
      .post('/v1.0/$batch')
      .reply(200, {
        responses: [
          {
            id: '1',
            status: 403,
            body: err(
              'Authorization_RequestDenied',
              'Insufficient privileges to complete the operation.'
            )
          }
        ]
      })
    const inventory = await setup().reader.list([entraGroupGrant(ENG)])
    expect(inventory.status).toBe('not_checked')
    expect(inventory.reason).toMatch(
      /^could not list Entra ID: could not read the members of Entra group .*lacks GroupMember\.Read\.All/
    )
  })

  it('says why sign-in failed', async () => {
    nock(LOGIN)
      .post(`/${TENANT}/oauth2/v2.0/token`)
      .query(true)
      .reply(401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215]
      })
    const inventory = await setup().reader.list([])
    expect(inventory.reason).toMatch(
      /^could not list Entra ID: entra: could not sign in: .*AADSTS7000215: Invalid client secret provided/
    )
  })
})
