// The contract check itself: it covers every route the sandbox serves, and it catches the
// mistakes a client can make against GitHub (unknown route, wrong enum, bad body).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { startSimServer, type SimRequest, type SimServer } from '../src/sandbox/shared/server.js'
import {
  CONTRACT_VIOLATION_STATUS,
  createGithubPlatform,
  githubOperations,
  newGithubState,
  type GithubSim
} from '../src/sandbox/github/index.js'
import {
  createGithubOpenapiCheck,
  loadGithubOpenapiFixture,
  toJsonSchema
} from './support/github-openapi-check.js'

const fixture = loadGithubOpenapiFixture()
const check = createGithubOpenapiCheck(fixture)

function request(method: string, url: string, body?: unknown): SimRequest {
  const parsed = new URL(url, 'http://sandbox')
  return {
    method,
    path: parsed.pathname,
    query: parsed.searchParams,
    headers: {},
    body: Buffer.from(body === undefined ? '' : JSON.stringify(body))
  }
}

describe('GitHub OpenAPI fixture', () => {
  it('describes exactly the operations the sandbox serves, from a named package version', () => {
    const described = fixture.operations.map(o => `${o.method} ${o.path}`).sort()
    expect(described).toEqual(githubOperations().sort())
    expect(fixture.source.package).toBe('@octokit/openapi')
    expect(fixture.source.version).toMatch(/^\d+\.\d+\.\d+$/)
    // SAML SSO authorizations and the enterprise's operations are Enterprise Cloud's; the rest
    // are api.github.com's.
    const ghec = fixture.operations.filter(o => o.plan === 'ghec').map(o => o.path)
    expect(new Set(ghec)).toEqual(
      new Set([
        '/orgs/{org}/credential-authorizations',
        '/orgs/{org}/credential-authorizations/{credential_id}',
        '/enterprises/{enterprise}/consumed-licenses',
        '/enterprises/{enterprise}/members/{username}/copilot',
        '/enterprises/{enterprise}/copilot/billing/selected_users',
        '/scim/v2/enterprises/{enterprise}/Users',
        '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}'
      ])
    )
  })
})

describe('GitHub contract check', () => {
  it('accepts requests GitHub accepts', () => {
    expect(
      check(request('GET', '/orgs/acme/members?filter=2fa_disabled&role=admin&per_page=100&page=2'))
    ).toEqual([])
    expect(check(request('PUT', '/orgs/acme/memberships/alice', { role: 'admin' }))).toEqual([])
    expect(check(request('GET', '/orgs/acme/personal-access-tokens?owner=a,b&owner[]=c'))).toEqual(
      []
    )
    expect(
      check(request('GET', '/repos/acme/access/contents/access%2Fpeople%2Fa.yaml?ref=main'))
    ).toEqual([])
    expect(check(request('GET', '/repos/acme/access/git/ref/heads/feature/x'))).toEqual([])
    // OpenAPI 3.0 `nullable`: a null reason is allowed.
    const review = { action: 'deny', reason: null }
    expect(check(request('POST', '/orgs/acme/personal-access-token-requests/5', review))).toEqual(
      []
    )
  })

  it('catches an unknown route', () => {
    expect(check(request('GET', '/orgs/acme/people'))).toEqual([
      expect.stringMatching(/no such operation .* GET \/orgs\/acme\/people/)
    ])
    expect(check(request('PATCH', '/orgs/acme/memberships/alice', {}))).toHaveLength(1)
  })

  it('catches a value outside an enum, and a wrong parameter type', () => {
    expect(check(request('GET', '/orgs/acme/members?role=owner'))).toEqual([
      expect.stringMatching(/query parameter role="owner": .*allowed values/)
    ])
    expect(check(request('GET', '/orgs/acme/members?per_page=many'))).toEqual([
      expect.stringMatching(/per_page.*must be integer/)
    ])
    expect(check(request('DELETE', '/orgs/acme/invitations/abc'))).toEqual([
      expect.stringMatching(/path parameter invitation_id="abc"/)
    ])
    expect(check(request('GET', '/orgs/acme/members?rol=admin'))).toEqual([
      expect.stringMatching(/unknown query parameter rol/)
    ])
  })

  it('catches a bad request body', () => {
    expect(check(request('PUT', '/orgs/acme/memberships/alice', { role: 'owner' }))).toEqual([
      expect.stringMatching(/request body: \/role must be equal to one of the allowed values/)
    ])
    expect(check(request('POST', '/orgs/acme/personal-access-tokens/5', {}))).toEqual([
      expect.stringMatching(/must have required property 'action'/)
    ])
    expect(
      check(request('PATCH', '/repos/acme/access/git/refs/heads%2Fmain', { sha: 'x', froce: true }))
    ).toEqual([expect.stringMatching(/must NOT have additional properties/)])
    expect(check(request('DELETE', '/orgs/acme/memberships/alice', { role: 'admin' }))).toEqual([
      expect.stringMatching(/takes no request body/)
    ])
    expect(check(request('POST', '/repos/acme/access/git/blobs'))).toEqual([
      expect.stringMatching(/missing request body/)
    ])
  })

  it('turns nullable into a null alternative', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null]
    })
    expect(
      toJsonSchema({ oneOf: [{ type: 'string' }, { type: 'integer' }], nullable: true })
    ).toEqual({
      anyOf: [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'null' }]
    })
  })
})

describe('GitHub sandbox with the contract check on', () => {
  let sim: GithubSim
  let server: SimServer
  let octokit: Octokit

  beforeAll(async () => {
    const state = newGithubState('acme')
    state.users.push({ login: 'owner', id: 1, email: null })
    state.members.push({ login: 'owner', role: 'admin', state: 'active' })
    sim = createGithubPlatform(state, { checkRequest: check })
    server = await startSimServer(sim.platform)
    const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
    octokit = new Octokit({ auth: 'token', baseUrl: server.url, log })
  })
  afterAll(() => server.close())

  it('answers a request that breaks the contract loudly, and keeps the violation', async () => {
    const bad = octokit.rest.orgs.listMembers({ org: 'acme', role: 'owner' as 'admin' })
    await expect(bad).rejects.toMatchObject({ status: CONTRACT_VIOLATION_STATUS })
    expect(sim.violations).toEqual([
      expect.stringMatching(/^GET \/orgs\/acme\/members: query parameter role/)
    ])
    expect(server.requests.at(-1)).toMatchObject({
      operation: 'GET /orgs/{org}/members',
      status: 599
    })

    const good = await octokit.rest.orgs.listMembers({ org: 'acme', role: 'admin' })
    expect(good.data.map(m => m.login)).toEqual(['owner'])
    expect(sim.violations).toHaveLength(1)
  })
})
