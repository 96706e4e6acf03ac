// The simulated Okta on its own, driven with plain fetch: it serves exactly the operations of
// Okta's API description it claims (the fixture), signs callers in as Okta does, pages with
// Link headers, sends X-Rate-Limit-* headers and a 429 with X-Rate-Limit-Reset, and keeps
// Okta's lifecycle rules; the contract check catches requests Okta would refuse.
import { afterEach, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, sign } from 'node:crypto'
import { createRequire } from 'node:module'
import { CALL_SCOPES } from '../src/connectors/okta/errors.js'
import { startSimServer, type SimRequest, type SimServer } from '../src/sandbox/shared/server.js'
import {
  CONTRACT_VIOLATION_STATUS,
  createOktaPlatform,
  oktaOperations,
  oktaRouteScopes,
  seedOkta,
  type OktaSimState
} from '../src/sandbox/okta/index.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { oktaConnector } from '../src/connectors/okta/connector.js'
import part from '../src/sandbox/okta/scenario-schema.json' with { type: 'json' }
import { okta } from '../src/sandbox/okta/index.js'
import { checkOkta } from '../src/sandbox/okta/scenario.js'
import { connectorContext } from './support/connectors.js'
import { declarations, person, platforms, role } from './support/declarations.js'
import { createOktaOpenapiCheck, loadOktaOpenapiFixture } from './support/okta-openapi-check.js'

const TOKEN = 'sandbox-okta-api-token-1'
let sim: SimServer | undefined
let state: OktaSimState
afterEach(() => sim?.close())

function seed() {
  const seeded = seedOkta({
    people: [
      {
        login: 'alice@acme.example',
        email: 'alice@acme.example',
        name: 'Alice Liddell',
        active: true,
        groups: ['Engineering']
      },
      { email: 'bob@acme.example', name: 'Bob', active: true, groups: ['Engineering'] },
      { email: 'carol@acme.example', name: 'Carol', active: true, groups: [] }
    ],
    groups: ['Engineering'],
    okta: { app_groups: ['AD Staff'] },
    others: [
      { login: 'admin@acme.example', admin: ['super_admin'] },
      { login: 'old@acme.example', status: 'deprovisioned', groups: ['AD Staff'] }
    ]
  })
  seeded.state.apiTokens.push({ token: TOKEN, userId: seeded.tokenOwner })
  return seeded.state
}

async function start(options: Parameters<typeof createOktaPlatform>[1] = {}, knobs = {}) {
  state = seed()
  sim = await startSimServer(createOktaPlatform(state, options), { knobs })
  return sim.url
}

// Response bodies are free-form JSON; the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

async function call(
  path: string,
  method = 'GET',
  auth: string | undefined = `SSWS ${TOKEN}`,
  body?: string
) {
  const res = await fetch(`${sim!.url}${path}`, {
    method,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
    },
    body
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    body: (text ? JSON.parse(text) : undefined) as Json
  }
}

const request = (method: string, url: string, body = ''): SimRequest => {
  const u = new URL(url, 'http://sandbox')
  return { method, path: u.pathname, query: u.searchParams, headers: {}, body: Buffer.from(body) }
}

describe("Okta's API description", () => {
  const fixture = loadOktaOpenapiFixture()

  it('describes exactly the operations the simulator serves, from the installed SDK version', () => {
    expect(fixture.operations.map(o => `${o.method} ${o.path}`).sort()).toEqual(
      oktaOperations().sort()
    )
    const sdk = createRequire(import.meta.url)('@okta/okta-sdk-nodejs/package.json') as {
      version: string
    }
    expect(fixture.source.tag).toBe(`okta-sdk-nodejs-${sdk.version}`)
  })

  it('names the scopes the simulator asks for and the connector names in its hints', () => {
    const routes = oktaRouteScopes()
    for (const op of fixture.operations.filter(o => o.plan === 'management')) {
      const key = `${op.method} ${op.path}`
      expect([key, routes[key]]).toEqual([key, op.scopes[0]])
      expect([key, CALL_SCOPES[`${op.method} ${op.path.replace(/\{\w+\}/g, '{id}')}`]]).toEqual([
        key,
        op.scopes[0]
      ])
    }
  })

  it('catches requests Okta would refuse', () => {
    const check = createOktaOpenapiCheck(fixture)
    expect(check(request('GET', '/api/v1/users?search=x&limit=200&after=00u1'))).toEqual([])
    expect(check(request('DELETE', '/api/v1/users/00u1/sessions?oauthTokens=true'))).toEqual([])
    expect(check(request('GET', '/api/v1/users?limit=many'))).toEqual([
      expect.stringMatching(/limit.*must be integer/)
    ])
    expect(check(request('DELETE', '/api/v1/users/00u1/sessions?oauthTokens=yes'))).toEqual([
      expect.stringMatching(/oauthTokens.*must be boolean/)
    ])
    expect(check(request('GET', '/api/v1/users/00u1/sessions'))).toEqual([
      expect.stringMatching(/no such operation/)
    ])
    expect(check(request('GET', '/api/v1/groups?name=x'))).toEqual([
      expect.stringMatching(/unknown query parameter name/)
    ])
    const form = 'grant_type=client_credentials&client_assertion=x'
    expect(check(request('POST', '/oauth2/v1/token', `${form}&scope=okta.users.read`))).toEqual([])
    expect(check(request('POST', '/oauth2/v1/token', form))).toEqual([
      expect.stringMatching(/must have required property 'scope'/)
    ])
    expect(check(request('POST', '/oauth2/v1/token', 'grant_type=magic&scope=x'))).toEqual([
      expect.stringMatching(/grant_type must be equal to one of the allowed values/)
    ])
  })

  it('answers a request the check refuses with the violations, never as Okta would', async () => {
    await start({ checkRequest: createOktaOpenapiCheck(fixture) })
    const bad = await call('/api/v1/users?limit=many')
    expect(bad.status).toBe(CONTRACT_VIOLATION_STATUS)
    expect(bad.body.sandbox_contract_violations).toEqual([expect.stringMatching(/limit/)])
  })
})

describe('the simulated org', () => {
  it("signs in with an API token, and answers 401 in Okta's error shape without one", async () => {
    await start()
    const denied = await call('/api/v1/users', 'GET', '')
    expect(denied.status).toBe(401)
    expect(denied.body).toMatchObject({
      errorCode: 'E0000011',
      errorSummary: 'Invalid token provided',
      errorCauses: []
    })
    expect((await call('/api/v1/users')).status).toBe(200)
  })

  it('finds users by id, login or an unambiguous shortname, and by search; lists leave out deactivated ones', async () => {
    await start()
    expect((await call('/api/v1/users/ALICE%40acme.example')).body.profile.login).toBe(
      'alice@acme.example'
    )
    expect((await call('/api/v1/users/alice')).body.profile.login).toBe('alice@acme.example')
    expect((await call('/api/v1/users/nobody')).body).toMatchObject({
      errorCode: 'E0000007',
      errorSummary: 'Not found: Resource not found: nobody (User)'
    })
    const search = encodeURIComponent('profile.email eq "BOB@acme.example"')
    expect(
      (await call(`/api/v1/users?search=${search}`)).body.map((u: Json) => u.profile.login)
    ).toEqual(['bob@acme.example'])
    const all = (await call('/api/v1/users')).body.map((u: Json) => u.profile.login)
    expect(all).not.toContain('old@acme.example')
    const gone = await call(
      `/api/v1/users?filter=${encodeURIComponent('status eq "DEPROVISIONED"')}`
    )
    expect(gone.body.map((u: Json) => u.profile.login)).toEqual(['old@acme.example'])
    expect((await call('/api/v1/users?search=nonsense')).body.errorCode).toBe('E0000031')
  })

  it('pages with limit and after, naming both pages in Link headers', async () => {
    const base = await start()
    const first = await call('/api/v1/users?limit=2')
    expect(first.body).toHaveLength(2)
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1]
    expect(next).toBe(`${base}/api/v1/users?limit=2&after=${first.body[1].id}`)
    const second = await call(next!.slice(base.length))
    // carol holds nothing in Okta, so seeding made no user for her.
    expect(second.body.map((u: Json) => u.profile.login)).toEqual(['admin@acme.example'])
    expect(second.headers.get('link')).not.toMatch(/rel="next"/)
  })

  it('sends X-Rate-Limit-* on every answer, and a 429 with the reset once a bucket is spent', async () => {
    let now = Date.parse('2026-03-01T10:00:30Z')
    await start({ rateLimit: 2, now: () => now })
    const ok = await call('/api/v1/users')
    expect([
      ok.headers.get('x-rate-limit-limit'),
      ok.headers.get('x-rate-limit-remaining')
    ]).toEqual(['2', '1'])
    await call('/api/v1/users/alice')
    expect((await call('/api/v1/groups')).status).toBe(200) // another bucket
    const spent = await call('/api/v1/users')
    expect(spent.status).toBe(429)
    expect(spent.body.errorCode).toBe('E0000047')
    expect(spent.headers.get('x-rate-limit-reset')).toBe(
      String(Date.parse('2026-03-01T10:01:00Z') / 1000)
    )
    expect(spent.headers.get('date')).toBe('Sun, 01 Mar 2026 10:00:30 GMT')
    now += 30_000
    expect((await call('/api/v1/users')).status).toBe(200)
  })

  it("keeps Okta's lifecycle rules", async () => {
    await start()
    const bob = state.users.find(u => u.profile.login === 'bob@acme.example')!
    expect((await call(`/api/v1/users/${bob.id}/lifecycle/suspend`, 'POST')).status).toBe(200)
    expect((await call(`/api/v1/users/${bob.id}/lifecycle/suspend`, 'POST')).body).toMatchObject({
      errorCode: 'E0000001',
      errorCauses: [{ errorSummary: 'Cannot suspend a user that is not active' }]
    })
    expect((await call(`/api/v1/users/${bob.id}`, 'DELETE')).status).toBe(204)
    expect(bob.status).toBe('DEPROVISIONED') // the first delete deactivates
    expect(
      (await call(`/api/v1/users/${bob.id}/lifecycle/deactivate?sendEmail=false`, 'POST')).status
    ).toBe(404)
    expect(
      (await call(`/api/v1/users/${bob.id}/groups`)).body.map((g: Json) => g.profile.name)
    ).toEqual(['Everyone', 'Engineering'])
    expect((await call(`/api/v1/users/${bob.id}`, 'DELETE')).status).toBe(204)
    expect((await call(`/api/v1/users/${bob.id}`)).status).toBe(404)
    const old = state.users.find(u => u.profile.login === 'old@acme.example')!
    const adStaff = state.groups.find(g => g.name === 'AD Staff')!
    expect((await call(`/api/v1/groups/${adStaff.id}/users/${old.id}`, 'DELETE')).status).toBe(400)
  })

  it('refuses the API token of a deactivated admin', async () => {
    await start()
    const admin = state.users.find(u => u.profile.login === 'admin@acme.example')!
    admin.status = 'DEPROVISIONED'
    expect((await call('/api/v1/users')).status).toBe(401)
  })

  it("issues a service app's token for a valid assertion and its granted scopes only, then checks each call's scope", async () => {
    const base = await start()
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    state.serviceApps.push({
      clientId: '0oaservice1',
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      scopes: ['okta.users.read']
    })
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const assertion = (aud = `${base}/oauth2/v1/token`) => {
      const signed = `${b64({ alg: 'RS256' })}.${b64({ iss: '0oaservice1', sub: '0oaservice1', aud, exp: Date.now() / 1000 + 300 })}`
      return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`
    }
    const form = (scope: string, jwt = assertion()) =>
      new URLSearchParams({
        grant_type: 'client_credentials',
        scope,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: jwt
      }).toString()
    const token = await call('/oauth2/v1/token', 'POST', '', form('okta.users.read'))
    expect(token.body).toMatchObject({ token_type: 'Bearer', scope: 'okta.users.read' })
    expect(
      (await call('/oauth2/v1/token', 'POST', '', form('okta.users.manage'))).body
    ).toMatchObject({ error: 'invalid_scope' })
    expect(
      (
        await call(
          '/oauth2/v1/token',
          'POST',
          undefined,
          form('okta.users.read', assertion('https://other.example/oauth2/v1/token'))
        )
      ).body
    ).toMatchObject({ error: 'invalid_client' })
    const bearer = `Bearer ${token.body.access_token}`
    expect((await call('/api/v1/users', 'GET', bearer)).status).toBe(200)
    const denied = await call('/api/v1/groups', 'GET', bearer)
    expect(denied.status).toBe(403)
    expect(denied.headers.get('www-authenticate')).toMatch(
      /error="insufficient_scope".*scope="okta.groups.read"/
    )
  })

  it("answers the knobs' faults in Okta's shape: a throttle names its reset, the echo goes in errorSummary", async () => {
    await start({}, { throttleRate: 1, retryAfterSeconds: 30, echo: true })
    const throttled = await call('/api/v1/users?limit=1')
    expect(throttled.status).toBe(429)
    const wait =
      Number(throttled.headers.get('x-rate-limit-reset')) * 1000 -
      Date.parse(throttled.headers.get('date')!)
    expect(wait).toBeGreaterThanOrEqual(30_000)
    expect(throttled.body.errorSummary).toContain(`authorization: SSWS ${TOKEN}`)
  })

  it('needs a super administrator for its API token', () => {
    expect(() => seedOkta({ people: [], groups: [], others: [] })).toThrow(
      /no super administrator for its API token: add a user with admin: \[super_admin\] under others.okta/
    )
  })
})

describe('its sandbox descriptor', () => {
  const block = { org_url: 'https://acme.okta.com', token_env: 'OKTA_API_TOKEN' }
  const decl = (okta: object) =>
    declarations(
      platforms({ okta } as never),
      [
        person('alice', { roles: ['eng'], accounts: { okta: 'alice@acme.example' } }),
        person('bob', { roles: ['eng'] }),
        person('judy', { status: 'departed', departed_on: '2026-01-01', roles: ['eng'] }),
        person('carol')
      ],
      [role('eng', { okta: { groups: ['Engineering'] } })]
    )
  const scenario = {
    version: 1 as const,
    people: {
      alice: { okta: { factors: ['push'] } },
      judy: { okta: { status: 'suspended' as const } }
    },
    others: { okta: [{ login: 'admin@acme.example', admin: ['super_admin'] }] }
  }
  const seedFrom = (d: ReturnType<typeof decl>) =>
    okta.seed({ decl: d, scenario, now: new Date(), seed: 1, accessFiles: {} })

  it('seeds from the declarations and the scenario, and points a connector at the org', async () => {
    const d = decl(block)
    expect(okta.servers(d)).toEqual(['okta'])
    const seeded = seedFrom(d)!
    const logins = seeded.state.users.map(u => [u.profile.login, u.status, u.factors.length])
    expect(logins).toEqual([
      ['alice@acme.example', 'ACTIVE', 1],
      ['bob@acme.example', 'ACTIVE', 0],
      ['judy@acme.example', 'SUSPENDED', 0],
      ['admin@acme.example', 'ACTIVE', 0]
    ])
    const started = okta.start(seeded, {
      decl: d,
      options: {},
      seed: 1,
      token: p => `${p}sandbox-okta-token`
    })
    sim = await startSimServer(started.servers[0].platform)
    const env = started.servers[0].env(sim.url)
    expect(env).toEqual({ OKTA_API_TOKEN: '00sandbox-okta-token', OFFBOARD_OKTA_URL: sim.url })
    const { ctx } = connectorContext({}, env)
    const found = await oktaConnector(block)
      .reader(ctx)
      .discover({ person: 'bob', name: 'bob', email: 'bob@acme.example' }, { kind: 'departure' })
    expect(found.holdings.map(h => h.label)).toEqual([
      'user bob@acme.example (active, last sign-in 2026-01-05)',
      'group Engineering'
    ])
  })

  it('registers a service app with a key made up for the run, when the block names one', async () => {
    const app = {
      org_url: 'https://acme.okta.com',
      client_id: '0oaoffboard1',
      private_key_env: 'OKTA_KEY'
    }
    const d = decl(app)
    const started = okta.start(seedFrom(d)!, { decl: d, options: {}, seed: 1, token: p => p })
    sim = await startSimServer(started.servers[0].platform)
    const env = started.servers[0].env(sim.url)
    expect(env.OKTA_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    expect(started.tokens).toBe(env.OKTA_KEY)
    const { ctx } = connectorContext({}, env)
    expect((await oktaConnector(app).reader(ctx).list([])).accounts).toHaveLength(4)
  })

  it('has its part of the scenario schema, as scripts/scenario-schema.mjs will assemble it', () => {
    const ajv = new Ajv2020({ allErrors: true })
    ;(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv)
    const validate = ajv.compile({
      type: 'object',
      properties: { okta: part.block, person: part.person, others: part.others.okta },
      $defs: part.$defs
    })
    expect(
      validate({
        okta: { token_owner: 'admin@acme.example' },
        person: scenario.people.alice.okta,
        others: scenario.others.okta
      })
    ).toBe(true)
    expect(validate({ person: { factor: ['push'] } })).toBe(false)
    expect(validate({ person: { status: 'gone' } })).toBe(false)
    expect(validate({ others: [{ email: 'x@acme.example' }] })).toBe(false)
  })

  it('checks that the scenario fits: okta configured, and a super administrator as the token owner', () => {
    const problems: string[] = []
    const check = (okConfigured: boolean, s: object) =>
      checkOkta(
        {
          scenario: s as never,
          decl: decl(block),
          people: [],
          problem: (path, message) => void problems.push(`${path.join('.')}: ${message}`),
          unconfigured: (path, b) => void problems.push(`${path.join('.')}: no ${b} block`),
          needsAccount: () => undefined,
          notDeclared: () => undefined
        },
        okConfigured,
        () => undefined
      )
    check(true, { ...scenario, okta: { token_owner: 'alice@acme.example' } })
    check(false, scenario)
    expect(problems).toEqual([
      'okta.token_owner: alice@acme.example is not an Okta super administrator in the scenario: name a user with admin: [super_admin]',
      'others.okta: no okta block'
    ])
  })
})
