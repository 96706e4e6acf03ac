import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Discovery, Identity, Scope } from '../src/connectors/connector.js'
import {
  API,
  answer,
  connector,
  context,
  nextPage,
  type Answer
} from './support/connectors-github-fixtures.js'

const alice: Identity = {
  person: 'alice',
  name: 'Alice Liddell',
  email: 'alice@acme.example',
  account: 'Alice-GH'
}
const departure: Scope = { kind: 'departure' }
const user = { login: 'alice-gh', id: 101, type: 'User' }
const day = '2026-11-01T10:00:00Z'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

/** Every read a departure makes, with alice holding one of everything. */
function departureAnswers(overrides: Record<string, Answer | null> = {}) {
  return answer({ ...DEPARTURE_ROUTES, ...overrides })
}

const DEPARTURE_ROUTES: Record<string, Answer> = {
  'GET /users/Alice-GH': [200, user],
  'GET /orgs/acme/memberships/alice-gh': [200, { state: 'active', role: 'admin' }],
  'GET /orgs/acme/members?role=admin&per_page=100': [
    200,
    [{ login: 'alice-gh' }],
    nextPage('/orgs/acme/members?role=admin&per_page=100', 2)
  ],
  'GET /orgs/acme/members?role=admin&per_page=100&page=2': [200, [{ login: 'bob' }]],
  'GET /orgs/acme/invitations': [
    200,
    [
      {
        id: 5,
        login: null,
        email: 'ALICE@acme.example',
        role: 'direct_member',
        created_at: day,
        inviter: { login: 'bob' }
      },
      {
        id: 6,
        login: 'carol',
        email: null,
        role: 'admin',
        created_at: day,
        inviter: { login: 'bob' }
      }
    ]
  ],
  'GET /orgs/acme/credential-authorizations?login=alice-gh&per_page=100': [
    200,
    [
      {
        login: 'alice-gh',
        credential_id: 9001,
        credential_type: 'personal access token',
        token_last_eight: 'abcd1234',
        credential_accessed_at: day
      },
      {
        login: 'alice-gh',
        credential_id: 9002,
        credential_type: 'SSH key',
        fingerprint: 'SHA256:xyzw9876'
      }
    ]
  ],
  'GET /orgs/acme/personal-access-tokens?owner=alice-gh&per_page=100': [
    200,
    [
      {
        id: 31,
        owner: user,
        token_name: 'deploy',
        token_id: 3,
        token_expired: false,
        token_expires_at: null
      },
      { id: 32, owner: { login: 'someone', id: 999 }, token_name: 'x', token_expired: false }
    ]
  ],
  'GET /orgs/acme/personal-access-token-requests?owner=alice-gh&per_page=100': [
    200,
    [{ id: 41, owner: user, token_name: 'ci', token_id: 4 }]
  ],
  'GET /orgs/acme/members/alice-gh/copilot': [
    200,
    { created_at: day, assigning_team: null, pending_cancellation_date: null }
  ],
  'GET /orgs/acme/repos?type=all&per_page=100': [200, [{ name: 'api' }, { name: 'web' }]],
  'GET /repos/acme/api/keys': [
    200,
    [
      { id: 555123, title: 'ci deploy', added_by: 'Alice-GH', read_only: true, created_at: day },
      { id: 2, title: 'other', added_by: 'bob', read_only: true, created_at: day }
    ]
  ],
  'GET /repos/acme/web/keys': [404, { message: 'Not Found' }]
}

const kinds = (d: Discovery) => d.holdings.map(h => `${h.kind}:${h.id}`).sort()

describe('github discover', () => {
  it('finds everything a departing login holds, read-only, with the numeric user id', async () => {
    departureAnswers()
    const { ctx, masked } = context()
    const reader = connector.reader(ctx)
    const found = await reader.discover(alice, departure)

    expect(found.status).toBe('checked')
    expect(found.account).toEqual({ id: '101', display: 'alice-gh' })
    expect(kinds(found)).toEqual([
      'copilot_seat:alice-gh',
      'deploy_key:api/555123',
      'invitation:5',
      'org_membership:alice-gh',
      'sso_authorization:9001',
      'sso_authorization:9002',
      'token_grant:31',
      'token_request:41'
    ])
    const membership = found.holdings.find(h => h.kind === 'org_membership')
    expect(membership?.details).toMatchObject({ role: 'admin', owners: 2 })
    // GitHub answers 404 for a repository whose keys the token cannot read, too.
    expect(found.unread).toEqual([
      {
        what: 'deploy keys of 1 of 2 repositories (web)',
        error: 'GitHub answered 404: Not Found'
      }
    ])
    expect(masked).toEqual(['ghs_installationtoken1234'])
    expect(JSON.stringify(found)).not.toMatch(/abcd1234|xyzw9876/)
  })

  it('notes only documented absences: SSO 404 and Copilot 404 are notes, an App token refused token grants is unread', async () => {
    departureAnswers({
      'GET /orgs/acme/memberships/alice-gh': [200, { state: 'active', role: 'member' }],
      'GET /orgs/acme/credential-authorizations?login=alice-gh&per_page=100': [
        404,
        { message: 'Not Found' }
      ],
      'GET /orgs/acme/personal-access-tokens?owner=alice-gh&per_page=100': [
        403,
        { message: 'Resource not accessible by personal access token' }
      ],
      'GET /orgs/acme/members/alice-gh/copilot': [404, { message: 'Not Found' }],
      // a plain member: no owner count is read
      'GET /orgs/acme/members?role=admin&per_page=100': null,
      'GET /orgs/acme/members?role=admin&per_page=100&page=2': null
    })
    const found = await connector.reader(context().ctx).discover(alice, departure)

    expect(found.status).toBe('checked')
    expect(found.holdings.find(h => h.kind === 'org_membership')?.details?.owners).toBeNull()
    expect(
      found.holdings.some(h => h.kind === 'token_grant' || h.kind === 'sso_authorization')
    ).toBe(false)
    expect(found.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /SAML SSO credential authorizations: not applicable \(acme does not use SAML/
        ),
        'Copilot: alice-gh has no seat in acme'
      ])
    )
    // An App token may read token grants; a 403 means a permission is missing: a failure.
    expect(found.unread).toHaveLength(2)
    expect(found.unread).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'deploy keys of 1 of 2 repositories (web)' }),
        {
          what: 'fine-grained token grants',
          error: expect.stringMatching(
            /GitHub answered 403: Resource not accessible .*\(the token lacks a permission this call needs: see the GitHub permissions\)/
          )
        }
      ])
    )
    expect(found.notes.join('\n')).not.toMatch(/token grants/)
  })

  it('a 403 that only says "not for this kind of token" is a note: token lists for a classic token, SSO for an App', async () => {
    const forbidden: Answer = [403, { message: 'Resource not accessible by personal access token' }]
    departureAnswers({
      'GET /orgs/acme/personal-access-tokens?owner=alice-gh&per_page=100': forbidden,
      'GET /orgs/acme/personal-access-token-requests?owner=alice-gh&per_page=100': forbidden
    })
    const classic = await connector
      .reader(context({}, { GITHUB_TOKEN: 'ghp_classictoken12345678', GITHUB_API_URL: API }).ctx)
      .discover(alice, departure)
    expect(classic.unread ?? []).toEqual([
      expect.objectContaining({ what: expect.stringMatching(/^deploy keys of 1 of 2/) })
    ])
    expect(classic.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^fine-grained token grants: not readable with a personal access token/
        ),
        expect.stringMatching(
          /^fine-grained token requests: not readable with a personal access token/
        )
      ])
    )

    departureAnswers({
      'GET /orgs/acme/credential-authorizations?login=alice-gh&per_page=100': [
        403,
        { message: 'Resource not accessible by integration' }
      ]
    })
    const app = await connector.reader(context().ctx).discover(alice, departure)
    expect(app.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^SAML SSO credential authorizations: not readable with this kind of token/
        )
      ])
    )
    // The same 403 to a classic token (which GitHub serves) is a failed read.
    departureAnswers({
      'GET /orgs/acme/credential-authorizations?login=alice-gh&per_page=100': [
        403,
        { message: 'Must have admin rights' }
      ]
    })
    const denied = await connector
      .reader(context({}, { GITHUB_TOKEN: 'ghp_classictoken12345678', GITHUB_API_URL: API }).ctx)
      .discover(alice, departure)
    expect(denied.unread?.map(u => u.what)).toContain('SAML SSO credential authorizations')
  })

  it.each([
    ['pending invitations', 'GET /orgs/acme/invitations'],
    ['SAML SSO credential authorizations', 'GET /orgs/acme/credential-authorizations'],
    ['fine-grained token grants', 'GET /orgs/acme/personal-access-tokens'],
    ['fine-grained token requests', 'GET /orgs/acme/personal-access-token-requests'],
    ['Copilot seat', 'GET /orgs/acme/members/alice-gh/copilot'],
    ['organization owners (for the last-owner guard)', 'GET /orgs/acme/members'],
    ['deploy keys', 'GET /orgs/acme/repos']
  ])(
    'GitHub answering 500 to %s: unread with the error, and everything else still found and planned',
    async (what, route) => {
      const [method, path] = route.split(' ')
      // The client retries a 500 three times: every attempt fails.
      nock(API).intercept(path, method).query(true).times(4).reply(500, { message: 'Server Error' })
      departureAnswers({
        [`${route}`]: null,
        ...Object.fromEntries(
          Object.keys(DEPARTURE_ROUTES)
            .filter(k => k.split('?')[0] === route)
            .map(k => [k, null])
        ),
        ...(what === 'deploy keys'
          ? { 'GET /repos/acme/api/keys': null, 'GET /repos/acme/web/keys': null }
          : {})
      })
      const reader = connector.reader(context().ctx)
      const found = await reader.discover(alice, departure)
      expect(found.status).toBe('checked')
      expect(found.unread).toEqual(
        expect.arrayContaining([
          { what, error: 'gave up after 3 retries / 60 s: GitHub answered 500: Server Error' }
        ])
      )
      expect(found.notes.join('\n')).not.toMatch(/500/)
      // Containment still happens: the membership removal (and the other credentials) planned.
      const { steps } = reader.planSteps(found, departure)
      expect(steps.map(s => s.action)).toContain('remove_org_membership')
      expect(steps.length).toBeGreaterThan(3)
    }
  )

  it('nothing found, but a read failed: checked with the unread read, never no_account', async () => {
    nock(API)
      .get('/orgs/acme/invitations')
      .query(true)
      .times(4)
      .reply(502, { message: 'Bad Gateway' })
    answer({ 'GET /users/Alice-GH': [404, { message: 'Not Found' }] })
    const found = await connector.reader(context().ctx).discover(alice, departure)
    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([
      {
        what: 'pending invitations',
        error: 'gave up after 3 retries / 60 s: GitHub answered 502: Bad Gateway'
      }
    ])
  })

  it('counts the owners while it reads the credentials, not before', async () => {
    let credentialsAsked!: () => void
    const asked = new Promise<void>(resolve => (credentialsAsked = resolve))
    let overlapped = false
    departureAnswers({
      'GET /orgs/acme/members?role=admin&per_page=100': null,
      'GET /orgs/acme/members?role=admin&per_page=100&page=2': null
    }).on('request', (req: { path: string }) => {
      if (req.path.includes('/credential-authorizations')) credentialsAsked()
    })
    // The owner count answers only once the credential read has been sent (or after 2 s).
    nock(API)
      .get('/orgs/acme/members')
      .query({ role: 'admin', per_page: 100 })
      .reply(async () => {
        overlapped = await Promise.race([
          asked.then(() => true),
          new Promise<boolean>(resolve => setTimeout(() => resolve(false), 2000))
        ])
        return [200, [{ login: 'alice-gh' }, { login: 'bob' }]]
      })
    const found = await connector.reader(context().ctx).discover(alice, departure)
    expect(overlapped).toBe(true)
    expect(found.holdings.find(h => h.kind === 'org_membership')?.details?.owners).toBe(2)
  })

  it('finds an outside collaborator across pages and bounds the deploy-key scan', async () => {
    answer({
      'GET /users/Alice-GH': [200, user],
      'GET /orgs/acme/memberships/alice-gh': [404, { message: 'Not Found' }],
      'GET /orgs/acme/outside_collaborators?per_page=100': [
        200,
        [{ login: 'zed', id: 7 }],
        nextPage('/orgs/acme/outside_collaborators?per_page=100', 2)
      ],
      'GET /orgs/acme/outside_collaborators?per_page=100&page=2': [
        200,
        [{ login: 'alice-gh', id: 101 }]
      ],
      'GET /orgs/acme/invitations': [200, []],
      'GET /orgs/acme/credential-authorizations': [403, { message: 'Forbidden' }],
      'GET /orgs/acme/personal-access-tokens': [200, []],
      'GET /orgs/acme/personal-access-token-requests': [200, []],
      'GET /orgs/acme/members/alice-gh/copilot': [422, { message: 'Copilot is not enabled' }],
      'GET /orgs/acme/repos?type=all&per_page=100': [200, [{ name: 'api' }, { name: 'web' }]],
      'GET /repos/acme/api/keys': [200, []]
    })
    const { ctx } = context({ repository_scan_limit: 1 })
    const found = await connector.reader(ctx).discover(alice, departure)

    expect(kinds(found)).toEqual(['outside_collaborator:alice-gh'])
    expect(found.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/acme has more than 1 repositories; only the first 1 were checked/),
        expect.stringMatching(
          /SAML SSO credential authorizations: not readable with this kind of token/
        ),
        'Copilot: not enabled in acme, or seats are not managed per user'
      ])
    )
  })

  it('reduction: reads only the team memberships and the owner count it needs', async () => {
    answer({
      'GET /users/Alice-GH': [200, user],
      'GET /orgs/acme/memberships/alice-gh': [200, { state: 'active', role: 'admin' }],
      'GET /orgs/acme/members?role=admin&per_page=100': [
        200,
        [{ login: 'alice-gh' }, { login: 'bob' }]
      ],
      'GET /orgs/acme/teams/backend/memberships/alice-gh': [
        200,
        { state: 'active', role: 'member' }
      ],
      'GET /orgs/acme/teams/infra/memberships/alice-gh': [404, { message: 'Not Found' }]
    })
    const scope: Scope = {
      kind: 'reduction',
      remove: [
        { platform: 'github', kind: 'github_team', value: 'backend' },
        { platform: 'github', kind: 'github_team', value: 'infra' },
        { platform: 'github', kind: 'github_org_admin', value: 'acme' }
      ]
    }
    const found = await connector.reader(context().ctx).discover(alice, scope)
    expect(kinds(found)).toEqual(['org_membership:alice-gh', 'team_membership:backend'])
    // The owner count the plan needs to refuse demoting the last owner.
    expect(found.holdings.find(h => h.kind === 'org_membership')?.details?.owners).toBe(2)
  })

  it('reduction: a team membership that cannot be read is unread; the other team is still planned', async () => {
    answer({
      'GET /users/Alice-GH': [200, user],
      'GET /orgs/acme/memberships/alice-gh': [200, { state: 'active', role: 'member' }],
      'GET /orgs/acme/teams/backend/memberships/alice-gh': [
        200,
        { state: 'active', role: 'member' }
      ],
      'GET /orgs/acme/teams/infra/memberships/alice-gh': [
        403,
        { message: 'Resource not accessible by integration' }
      ]
    })
    const scope: Scope = {
      kind: 'reduction',
      remove: [
        { platform: 'github', kind: 'github_team', value: 'backend' },
        { platform: 'github', kind: 'github_team', value: 'infra' }
      ]
    }
    const reader = connector.reader(context().ctx)
    const found = await reader.discover(alice, scope)
    expect(found.unread).toEqual([
      { what: 'membership of team infra', error: expect.stringMatching(/^GitHub answered 403/) }
    ])
    expect(reader.planSteps(found, scope).steps.map(s => s.target)).toEqual(['team backend'])
  })

  it('outside collaborators that cannot be listed: unread, and deploy keys are read anyway', async () => {
    answer({
      'GET /users/Alice-GH': [200, user],
      'GET /orgs/acme/memberships/alice-gh': [404, { message: 'Not Found' }],
      'GET /orgs/acme/outside_collaborators': [403, { message: 'Must be an owner' }],
      'GET /orgs/acme/invitations': [200, []],
      'GET /orgs/acme/credential-authorizations': [404, {}],
      'GET /orgs/acme/personal-access-tokens': [200, []],
      'GET /orgs/acme/personal-access-token-requests': [200, []],
      'GET /orgs/acme/members/alice-gh/copilot': [404, {}],
      'GET /orgs/acme/repos?type=all&per_page=100': [200, [{ name: 'api' }]],
      'GET /repos/acme/api/keys': [
        200,
        [{ id: 77, title: 'ci', added_by: 'alice-gh', read_only: false, created_at: day }]
      ]
    })
    const found = await connector.reader(context().ctx).discover(alice, departure)
    expect(found.status).toBe('checked')
    expect(found.unread?.map(u => u.what)).toEqual(['outside collaborator access to acme'])
    expect(kinds(found)).toEqual(['deploy_key:api/77'])
  })

  it('no GitHub user: no_account, unless an invitation went to the email', async () => {
    answer({
      'GET /users/Alice-GH': [404, { message: 'Not Found' }],
      'GET /orgs/acme/invitations': [200, []]
    })
    const none = await connector.reader(context().ctx).discover(alice, departure)
    expect(none).toMatchObject({ status: 'no_account', reason: 'GitHub has no user Alice-GH' })

    answer({
      'GET /orgs/acme/invitations': [
        200,
        [
          {
            id: 8,
            login: null,
            email: 'alice@acme.example',
            role: 'direct_member',
            created_at: day,
            inviter: { login: 'bob' }
          }
        ]
      ]
    })
    const invited = await connector
      .reader(context().ctx)
      .discover({ ...alice, account: undefined }, departure)
    expect(invited.status).toBe('checked')
    expect(kinds(invited)).toEqual(['invitation:8'])
  })

  it('a user who holds nothing in the org is no_account, with the account recorded', async () => {
    answer({
      'GET /users/Alice-GH': [200, user],
      'GET /orgs/acme/memberships/alice-gh': [404, { message: 'Not Found' }],
      'GET /orgs/acme/outside_collaborators': [200, []],
      'GET /orgs/acme/invitations': [200, []],
      'GET /orgs/acme/credential-authorizations': [404, {}],
      'GET /orgs/acme/personal-access-tokens': [200, []],
      'GET /orgs/acme/personal-access-token-requests': [200, []],
      'GET /orgs/acme/members/alice-gh/copilot': [404, {}]
    })
    const found = await connector.reader(context().ctx).discover(alice, departure)
    expect(found).toMatchObject({
      status: 'no_account',
      account: { id: '101', display: 'alice-gh' },
      reason: 'alice-gh holds nothing in acme'
    })
  })

  it('a failing core read makes the discovery not_checked with the reason', async () => {
    answer({ 'GET /users/Alice-GH': [401, { message: 'Bad credentials' }] })
    const found = await connector.reader(context().ctx).discover(alice, departure)
    expect(found.status).toBe('not_checked')
    expect(found.reason).toBe(
      'could not read acme on GitHub: GitHub answered 401: Bad credentials (the token is invalid or expired: check GITHUB_TOKEN)'
    )
  })

  it('without a token: not checked, no request made, and the writer fails its steps', async () => {
    const { ctx } = context({}, {})
    const reader = connector.reader(ctx)
    const reason = 'not checked: no credentials (set GITHUB_TOKEN)'
    expect(reader.unavailable).toBe(reason)
    expect(await reader.discover(alice, departure)).toMatchObject({ status: 'not_checked', reason })
    expect(await reader.list([])).toMatchObject({ status: 'not_checked', reason, requests: 0 })
    const writer = connector.writer(ctx)
    const step = {
      id: 's',
      platform: 'github' as const,
      person: 'alice',
      action: 'remove_org_membership',
      target: 'alice-gh',
      reason: '',
      after: [],
      mode: 'auto' as const,
      params: { org: 'acme', login: 'alice-gh' }
    }
    expect(await writer.perform(step)).toEqual({ result: 'failed', detail: reason })
  })

  it('the reader cannot write: it has no perform, and plan + discover send only GETs', async () => {
    const methods: string[] = []
    departureAnswers().on('request', (req: { method: string }) => methods.push(req.method))
    const reader = connector.reader(context().ctx)
    const found = await reader.discover(alice, departure)
    reader.planSteps(found, departure)
    expect('perform' in reader).toBe(false)
    expect(methods.length).toBeGreaterThan(5)
    expect(methods.filter(m => m !== 'GET')).toEqual([])
  })
})

describe('github list', () => {
  it('lists members with roles, outside collaborators, invitations and declared teams, 100 a page', async () => {
    answer({
      'GET /orgs/acme/members?role=admin&per_page=100': [200, [{ login: 'Owner1', type: 'User' }]],
      'GET /orgs/acme/members?role=member&per_page=100': [
        200,
        [{ login: 'alice-gh', type: 'User' }],
        nextPage('/orgs/acme/members?role=member&per_page=100', 2)
      ],
      'GET /orgs/acme/members?role=member&per_page=100&page=2': [
        200,
        [
          { login: 'deploy-app[bot]', type: 'User' },
          { login: 'robot', type: 'Bot' }
        ]
      ],
      'GET /orgs/acme/outside_collaborators?per_page=100': [
        200,
        [{ login: 'contractor', type: 'User' }]
      ],
      'GET /orgs/acme/invitations?per_page=100': [
        200,
        [{ id: 9, login: null, email: 'new@acme.example', role: 'direct_member' }]
      ],
      'GET /orgs/acme/teams/backend/members?per_page=100': [
        200,
        [{ login: 'ALICE-GH' }, { login: 'owner1' }]
      ],
      'GET /orgs/acme/teams/gone/members?per_page=100': [404, { message: 'Not Found' }]
    })
    const inventory = await connector.reader(context().ctx).list([
      { platform: 'github', kind: 'github_team', value: 'backend' },
      { platform: 'github', kind: 'github_team', value: 'Backend' },
      { platform: 'github', kind: 'github_team', value: 'gone' },
      { platform: 'aws', kind: 'aws_group', value: 'dev' }
    ])
    expect(inventory.reason).toBeUndefined()
    expect(inventory.requests).toBe(7)
    expect(inventory.notes).toEqual(['team gone is declared but does not exist in acme'])
    const byLogin = Object.fromEntries(inventory.accounts.map(a => [a.account, a]))
    expect(byLogin.Owner1.grants).toEqual([
      { platform: 'github', kind: 'github_org_admin', value: 'acme' },
      { platform: 'github', kind: 'github_team', value: 'backend' }
    ])
    expect(byLogin['alice-gh']).toMatchObject({ kind: 'member', active: true })
    expect(byLogin['alice-gh'].grants).toEqual([
      { platform: 'github', kind: 'github_team', value: 'backend' }
    ])
    expect(byLogin['deploy-app[bot]'].kind).toBe('bot')
    expect(byLogin.robot.kind).toBe('bot')
    expect(byLogin.contractor.kind).toBe('outside_collaborator')
    expect(byLogin['new@acme.example']).toMatchObject({
      kind: 'invitation',
      email: 'new@acme.example'
    })
  })

  it('is not_checked with the reason when the organization cannot be listed', async () => {
    answer({
      'GET /orgs/acme/members?role=admin&per_page=100': [
        403,
        { message: 'Must have admin rights' }
      ],
      'GET /orgs/acme/members?role=member&per_page=100': [
        403,
        { message: 'Must have admin rights' }
      ],
      'GET /orgs/acme/outside_collaborators': [200, []],
      'GET /orgs/acme/invitations': [200, []]
    })
    const inventory = await connector.reader(context().ctx).list([])
    expect(inventory.status).toBe('not_checked')
    expect(inventory.reason).toMatch(
      /could not list acme on GitHub: GitHub answered 403: Must have admin rights \(the token lacks a permission/
    )
    expect(inventory.requests).toBe(4)
  })
})
