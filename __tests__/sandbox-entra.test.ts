// The simulated Entra ID on its own: its routes against Microsoft's description of Graph v1.0,
// the sign-in it accepts and refuses, its OData answers and $batch, and the seed.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { SimRequest, SimResponse } from '../src/sandbox/shared/server.js'
import {
  createEntraPlatform,
  GLOBAL_ADMINISTRATOR,
  seedEntra,
  type EntraSeed
} from '../src/sandbox/entra/index.js'
import { GRAPH_ROUTES } from '../src/sandbox/entra/graph.js'
import { createEntraMetadataCheck } from './support/entra-metadata-check.js'

const TENANT = '11111111-2222-4333-8444-555555555555'
const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const G1 = '0e9b8c1a-0000-4000-8000-000000000001'
const G2 = '0e9b8c1a-0000-4000-8000-000000000002'

const check = createEntraMetadataCheck()

function request(
  method: string,
  target: string,
  body?: unknown,
  headers: Record<string, string> = {}
): SimRequest {
  const url = new URL(target, 'http://127.0.0.1:9')
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: { host: '127.0.0.1:9', ...headers },
    body: Buffer.from(
      body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    )
  }
}

function tenant(over: Partial<EntraSeed> = {}) {
  const seeded = seedEntra({
    tenantId: TENANT,
    clientId: CLIENT,
    credentials: { type: 'client_secret', secret_env: 'S' },
    declaredGroups: [G1],
    groups: [{ id: G2, name: 'Everyone', groups: [G1] }],
    people: [
      {
        upn: 'alice@acme.onmicrosoft.com',
        name: 'Alice',
        email: 'alice@acme.example',
        active: true,
        groups: [G1]
      }
    ],
    others: [
      { userPrincipalName: 'root@acme.onmicrosoft.com', directory_roles: ['Global Administrator'] }
    ],
    ...over
  })
  const sim = createEntraPlatform(seeded.state)
  // Answers are read as JSON the way a client would: loosely typed.
  type Answer = SimResponse & { body: any } // eslint-disable-line @typescript-eslint/no-explicit-any
  const send = async (req: SimRequest) => (await sim.platform.handle(req)) as Answer
  const signIn = async (secret = seeded.secret!) => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: secret,
      scope: 'http://127.0.0.1:9/.default'
    })
    return send(request('POST', `/${TENANT}/oauth2/v2.0/token`, form.toString()))
  }
  const token = async () => `Bearer ${(await signIn()).body.access_token}`
  return { seeded, sim, send, signIn, token }
}

describe('the simulated Graph against Microsoft’s description of Graph v1.0', () => {
  it.each(GRAPH_ROUTES.map(r => [`${r.method} ${r.template}`, r] as const))(
    '%s exists there',
    (_name, route) => {
      const path = route.template.replace(/\{\w+\}/g, 'x1')
      const body = route.method === 'PATCH' ? { accountEnabled: false } : undefined
      expect(check({ method: route.method, path, query: new URLSearchParams(), body })).toEqual([])
    }
  )

  it('catches what would break against Graph', () => {
    const q = (s: string) => new URLSearchParams(s)
    expect(
      check({ method: 'DELETE', path: '/groups/g/members/u', query: q(''), body: undefined })
    ).toEqual(['DELETE of a member without /$ref: Graph would delete the member object itself'])
    expect(
      check({ method: 'PATCH', path: '/users/u', query: q(''), body: { accountEnabled: 'no' } })
    ).toEqual(['body: accountEnabled must be Edm.Boolean, got "no"'])
    expect(
      check({
        method: 'GET',
        path: '/users',
        query: q("$select=id,bogus&$filter=nope eq 'x'"),
        body: undefined
      })
    ).toEqual(['$select: user has no property bogus', '$filter: user has no property nope'])
    expect(
      check({ method: 'GET', path: '/users/u/revokeSignInSession', query: q(''), body: undefined })
    ).toEqual(['user has no navigation property or bound action "revokeSignInSession"'])
    expect(
      check({
        method: 'GET',
        path: '/groups/g/members/microsoft.graph.team',
        query: q(''),
        body: undefined
      })
    ).toEqual(['cast to team, a type the fixture does not know'])
  })
})

describe('sign-in to the simulated tenant', () => {
  it('issues a token for the app’s secret, and refuses another', async () => {
    const t = tenant()
    expect((await t.signIn()).body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 })
    const wrong = await t.signIn('guess')
    expect(wrong.status).toBe(401)
    expect(wrong.body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/)
  })

  it('accepts a federated GitHub OIDC token for its audience only', async () => {
    const t = tenant({
      credentials: { type: 'github_oidc', audience: 'api://AzureADTokenExchange' }
    })
    const oidc = async (audience: string) =>
      (
        await t.send(
          request('GET', `/_actions/idtoken?audience=${audience}`, undefined, {
            authorization: `Bearer ${t.seeded.state.oidc.requestToken}`
          })
        )
      ).body.value as string
    const exchange = async (assertion: string) =>
      t.send(
        request(
          'POST',
          `/${TENANT}/oauth2/v2.0/token`,
          new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: CLIENT,
            scope: 'x/.default',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: assertion
          }).toString()
        )
      )
    expect((await exchange(await oidc('api://AzureADTokenExchange'))).status).toBe(200)
    expect((await exchange(await oidc('api://other'))).body.error_description).toMatch(
      /^AADSTS700212: .*audience 'api:\/\/other'/
    )
    const [h, p] = (await oidc('api://AzureADTokenExchange')).split('.')
    expect((await exchange(`${h}.${p}.forged`)).body.error_description).toMatch(/^AADSTS700211:/)
    const anonymous = await t.send(request('GET', '/_actions/idtoken?audience=x'))
    expect(anonymous.status).toBe(401)
  })

  it('answers Graph only with a token it issued, within the app’s permissions', async () => {
    const t = tenant({ permissions: ['User.Read.All'] })
    expect((await t.send(request('GET', '/v1.0/users'))).body.error.code).toBe(
      'InvalidAuthenticationToken'
    )
    const authorization = await t.token()
    expect((await t.send(request('GET', '/v1.0/users', undefined, { authorization }))).status).toBe(
      200
    )
    const denied = await t.send(
      request(
        'PATCH',
        '/v1.0/users/alice@acme.onmicrosoft.com',
        { accountEnabled: false },
        { authorization }
      )
    )
    expect(denied).toMatchObject({
      status: 403,
      body: { error: { code: 'Authorization_RequestDenied' } }
    })
  })

  it('lets the app disable an administrator only when it holds Privileged Authentication Administrator', async () => {
    const t = tenant({ appRoles: [] })
    const authorization = await t.token()
    const root = await t.send(
      request(
        'PATCH',
        '/v1.0/users/root@acme.onmicrosoft.com',
        { accountEnabled: false },
        { authorization }
      )
    )
    expect(root.status).toBe(403)
    const alice = await t.send(
      request(
        'PATCH',
        '/v1.0/users/alice@acme.onmicrosoft.com',
        { accountEnabled: false },
        { authorization }
      )
    )
    expect(alice.status).toBe(204)
  })
})

describe('the simulated Graph’s answers', () => {
  it('filters users as an advanced query, without regard to case, and pages them', async () => {
    const t = tenant({
      others: Array.from({ length: 5 }, (_, i) => ({
        userPrincipalName: `u${i}@acme.onmicrosoft.com`,
        mail: i === 3 ? "O'Hara@acme.example" : undefined
      }))
    })
    const authorization = await t.token()
    const filter = encodeURIComponent(
      "mail eq 'o''hara@ACME.example' or otherMails/any(m:m eq 'x@y')"
    )
    const bare = await t.send(
      request('GET', `/v1.0/users?$filter=${filter}&$count=true`, undefined, { authorization })
    )
    expect(bare.body.error.message).toMatch(/ConsistencyLevel: eventual/)
    const found = await t.send(
      request('GET', `/v1.0/users?$filter=${filter}&$count=true&$select=id,mail`, undefined, {
        authorization,
        consistencylevel: 'eventual'
      })
    )
    expect(found.body).toMatchObject({
      '@odata.count': 1,
      value: [{ mail: "O'Hara@acme.example" }]
    })
    expect(Object.keys(found.body.value[0]).sort()).toEqual(['@odata.type', 'id', 'mail'])

    const first = await t.send(request('GET', '/v1.0/users?$top=4', undefined, { authorization }))
    expect(first.body.value).toHaveLength(4)
    const next = new URL(first.body['@odata.nextLink'])
    const rest = await t.send(
      request('GET', `${next.pathname}${next.search}`, undefined, { authorization })
    )
    expect(rest.body.value).toHaveLength(2)
    expect(rest.body['@odata.nextLink']).toBeUndefined()
    const unsupported = await t.send(
      request(
        'GET',
        `/v1.0/users?$filter=${encodeURIComponent("startswith(mail,'a')")}`,
        undefined,
        { authorization }
      )
    )
    expect(unsupported.body.error.code).toBe('Request_UnsupportedQuery')
  })

  it('answers each request of a $batch as alone, and no more than 20', async () => {
    const t = tenant()
    const authorization = await t.token()
    const batch = (requests: unknown[]) =>
      request('POST', '/v1.0/$batch', { requests }, { authorization })
    const reads = [
      { id: '1', method: 'GET', url: '/users/alice@acme.onmicrosoft.com/transitiveMemberOf' },
      { id: '2', method: 'GET', url: '/users/nobody@acme.onmicrosoft.com' }
    ]
    const answer = await t.send(batch(reads))
    expect(
      answer.body.responses.map((r: { id: string; status: number }) => [r.id, r.status])
    ).toEqual([
      ['1', 200],
      ['2', 404]
    ])
    expect(answer.body.responses[0].body.value.map((g: { id: string }) => g.id).sort()).toEqual([
      G1,
      G2
    ])
    expect(t.sim.platform.classify(batch(reads)).write).toBe(false)
    expect(
      t.sim.platform.classify(batch([{ id: '1', method: 'DELETE', url: '/users/x' }])).write
    ).toBe(true)
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: '/users'
    }))
    expect((await t.send(batch(many))).status).toBe(400)
  })

  it('seeds a Global Administrator role, nested groups and the app', () => {
    const { state } = tenant().seeded
    expect(state.roles.find(r => r.roleTemplateId === GLOBAL_ADMINISTRATOR)!.members).toHaveLength(
      1
    )
    expect(state.groups.find(g => g.id === G2)!.members).toEqual([G1])
    expect(state.apps[0]).toMatchObject({
      clientId: CLIENT,
      directoryRoles: ['Privileged Authentication Administrator']
    })
  })
})

describe('the scenario schema part', () => {
  it('fits into schemas/scenario.schema.json as scripts/scenario-schema.mjs assembles it', () => {
    const read = (rel: string) => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'))
    const schema = read('../schemas/scenario.schema.json')
    const part = read('../src/sandbox/entra/scenario-schema.json')
    schema.properties.entra = part.block
    schema.properties.people.additionalProperties.properties.entra = part.person
    Object.assign(schema.properties.others.properties, part.others)
    Object.assign(schema.$defs, part.$defs)
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true })
    ;(addFormatsModule as unknown as (a: Ajv2020, f: string[]) => void)(ajv, [
      'email',
      'date',
      'uri'
    ])
    const validate = ajv.compile(schema)
    const valid = {
      version: 1,
      entra: {
        groups: [{ id: G1, name: 'Engineering', dynamic: true }],
        permissions: ['User.Read.All']
      },
      people: {
        alice: {
          entra: {
            enabled: true,
            groups: [G2],
            directory_roles: ['Global Administrator'],
            methods: ['fido2']
          }
        }
      },
      others: {
        entra: [{ userPrincipalName: 'stray@acme.onmicrosoft.com', app_roles: ['Salesforce'] }]
      }
    }
    expect(validate(valid)).toBe(true)
    expect(validate({ version: 1, people: { alice: { entra: { group: [G1] } } } })).toBe(false)
    expect(validate({ version: 1, entra: { groups: [{ id: 'Engineering' }] } })).toBe(false)
  })
})
