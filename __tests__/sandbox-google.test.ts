// The simulated Google Workspace on its own, driven with plain fetch: its methods are Google's
// (the route table against the discovery documents, every answer against the response
// schemas), the contract check catches what Google would refuse, the token endpoint checks
// the delegation, and errors and pages have Google's shapes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { signJwt, TOKEN_AUDIENCE } from '../src/connectors/google/auth.js'
import { API_ROUTES } from '../src/sandbox/google/routes.js'
import {
  createGooglePlatform,
  findUser,
  seedGoogle,
  type GoogleSimState
} from '../src/sandbox/google/index.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import {
  createGoogleDiscoveryCheck,
  loadGoogleDiscoveryFixture
} from './support/google-discovery-check.js'
import { ADMIN, seedInput } from './support/google-fixture.js'

const fixture = loadGoogleDiscoveryFixture()
const check = createGoogleDiscoveryCheck(fixture)
const SA = 'offboard@test.iam.gserviceaccount.com'
const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
})
const ALL = [...new Set(API_ROUTES.flatMap(r => r.scopes))].filter(
  s => !s.endsWith('cloud-platform')
)

let server: SimServer | undefined
afterEach(() => server?.close())

async function start(state: GoogleSimState = seedGoogle(seedInput()), delegated = ALL) {
  state.serviceAccounts.push({ email: SA, clientId: '42', publicKey, delegatedScopes: delegated })
  server = await startSimServer(createGooglePlatform(state).platform)
  return { state, url: server.url }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>

async function call(
  url: string,
  method = 'GET',
  body?: unknown,
  headers: Record<string, string> = {}
) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body !== undefined && typeof body !== 'string'
        ? { 'content-type': 'application/json' }
        : {}),
      ...headers
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Json) : undefined
  }
}

async function accessToken(url: string, claims: Json = {}) {
  const now = Math.floor(Date.now() / 1000)
  const assertion = signJwt(
    {
      iss: SA,
      sub: ADMIN,
      scope: ALL.join(' '),
      aud: TOKEN_AUDIENCE,
      iat: now,
      exp: now + 3600,
      ...claims
    },
    privateKey
  )
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    assertion
  })
  return call(`${url}/token`, 'POST', form.toString(), {
    'content-type': 'application/x-www-form-urlencoded'
  })
}

async function authed(url: string) {
  const token = (await accessToken(url)).body!.access_token as string
  return (path: string, method = 'GET', body?: unknown) =>
    call(`${url}/${path}`, method, body, { authorization: `Bearer ${token}` })
}

describe('the Google sandbox and the discovery documents', () => {
  it('serves exactly the documented methods, paths and scopes', () => {
    expect(
      API_ROUTES.map(r => ({ id: r.id, httpMethod: r.method, path: r.path, scopes: r.scopes }))
    ).toEqual(
      fixture.methods.map(m => ({
        id: m.id,
        httpMethod: m.httpMethod,
        path: m.path,
        scopes: m.scopes
      }))
    )
    expect(fixture.source.directory_v1).toMatchObject({
      revision: expect.stringMatching(/^\d{8}$/)
    })
  })

  it('answers every method as its response schema says', async () => {
    const { state, url } = await start()
    const get = await authed(url)
    const alice = findUser(state, 'alice@acme.example')!
    const codeId = alice.asps[0].codeId
    const answers: [string, Awaited<ReturnType<typeof get>>][] = [
      ['directory.users.get', await get('admin/directory/v1/users/alice%40acme.example')],
      [
        'directory.users.list',
        await get('admin/directory/v1/users?customer=my_customer&maxResults=2')
      ],
      ['directory.tokens.list', await get(`admin/directory/v1/users/${alice.id}/tokens`)],
      ['directory.asps.list', await get(`admin/directory/v1/users/${alice.id}/asps`)],
      [
        'directory.verificationCodes.list',
        await get(`admin/directory/v1/users/${alice.id}/verificationCodes`)
      ],
      ['directory.groups.list', await get(`admin/directory/v1/groups?userKey=${alice.id}`)],
      ['directory.members.list', await get('admin/directory/v1/groups/eng%40acme.example/members')],
      ['directory.roles.list', await get('admin/directory/v1/customer/my_customer/roles')],
      [
        'directory.roleAssignments.list',
        await get(`admin/directory/v1/customer/C0sandbox/roleassignments?userKey=${alice.id}`)
      ],
      ['datatransfer.applications.list', await get('admin/datatransfer/v1/applications')],
      [
        'directory.users.update',
        await get(`admin/directory/v1/users/${alice.id}`, 'PUT', { suspended: true })
      ],
      [
        'datatransfer.transfers.insert',
        await get('admin/datatransfer/v1/transfers', 'POST', {
          oldOwnerUserId: alice.id,
          newOwnerUserId: findUser(state, 'bob@acme.example')!.id,
          applicationDataTransfers: [{ applicationId: '55656082996' }]
        })
      ],
      [
        'datatransfer.transfers.list',
        await get(`admin/datatransfer/v1/transfers?oldOwnerUserId=${alice.id}`)
      ],
      [
        'directory.asps.delete',
        await get(`admin/directory/v1/users/${alice.id}/asps/${codeId}`, 'DELETE')
      ],
      ['directory.users.signOut', await get(`admin/directory/v1/users/${alice.id}/signOut`, 'POST')]
    ]
    for (const [id, answer] of answers) {
      expect([id, answer.status]).toEqual([id, answer.body ? 200 : 204])
      expect([id, check.answer(id, answer.body)]).toEqual([id, []])
    }
  })

  it("pages with maxResults and an opaque pageToken, within Google's bounds", async () => {
    const { url } = await start()
    const get = await authed(url)
    const seen: string[] = []
    let token = ''
    do {
      const page = await get(
        `admin/directory/v1/users?customer=my_customer&maxResults=1${token ? `&pageToken=${token}` : ''}`
      )
      seen.push(...page.body!.users.map((u: Json) => u.primaryEmail))
      token = page.body!.nextPageToken ?? ''
    } while (token)
    expect(seen.sort()).toEqual([
      'admin@acme.example',
      'alice@acme.example',
      'bob@acme.example',
      'mallory@acme.example'
    ])
    expect(
      (await get('admin/directory/v1/users?customer=my_customer&maxResults=501')).body
    ).toEqual({
      error: {
        code: 400,
        message: 'Invalid Input: maxResults',
        errors: [{ message: 'Invalid Input: maxResults', domain: 'global', reason: 'invalid' }]
      }
    })
  })
})

describe('the contract check', () => {
  const req = (method: string, path: string, body?: unknown) => {
    const u = new URL(path, 'http://sandbox')
    return {
      method,
      path: u.pathname,
      query: u.searchParams,
      headers: {},
      body: Buffer.from(body === undefined ? '' : JSON.stringify(body))
    }
  }
  it('accepts what Google accepts, and names what it would refuse', () => {
    expect(
      check.request(
        req('GET', '/admin/directory/v1/users?customer=my_customer&maxResults=500&projection=basic')
      )
    ).toEqual([])
    expect(check.request(req('PUT', '/admin/directory/v1/users/1', { suspended: true }))).toEqual(
      []
    )
    expect(
      check.request(
        req('GET', '/admin/directory/v1/users?maxResults=501&projection=all&per_page=3')
      )
    ).toEqual([
      'maxResults=501 is above 500',
      'projection="all" is not one of basic, custom, full',
      'unknown query parameter per_page for directory.users.list'
    ])
    expect(check.request(req('DELETE', '/admin/directory/v1/users/1/asps/seven'))).toEqual([
      'codeId="seven" is not an integer'
    ])
    expect(check.request(req('PUT', '/admin/directory/v1/users/1', { suspend: true }))).toEqual([
      'request body: (root) must NOT have additional properties'
    ])
    expect(check.request(req('POST', '/admin/directory/v1/users/1/logout'))).toEqual([
      "no such method in Google's discovery documents: POST /admin/directory/v1/users/1/logout"
    ])
  })
})

describe('the simulated token endpoint and errors', () => {
  it('checks the signature, the audience, the user and the delegated scopes', async () => {
    const { url } = await start(undefined, ALL.slice(1))
    expect((await accessToken(url)).body).toMatchObject({ error: 'unauthorized_client' })
    expect((await accessToken(url, { scope: ALL[1] })).status).toBe(200)
    expect(
      (await accessToken(url, { scope: ALL[1], sub: 'nobody@acme.example' })).body
    ).toMatchObject({ error: 'invalid_grant', error_description: 'Invalid email or User ID' })
    expect((await accessToken(url, { scope: ALL[1], aud: url })).body).toMatchObject({
      error: 'invalid_grant'
    })
    const forged = signJwt(
      { iss: SA, sub: ADMIN, scope: ALL[1], aud: TOKEN_AUDIENCE, iat: 1, exp: 2 ** 40 },
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem'
      }) as string
    )
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: forged
    })
    expect(
      (
        await call(`${url}/token`, 'POST', form.toString(), {
          'content-type': 'application/x-www-form-urlencoded'
        })
      ).body
    ).toEqual({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' })
  })

  it('answers Google errors: no token, a missing scope, an unknown user, a throttle', async () => {
    const { url } = await start(undefined, [ALL[0]])
    expect((await call(`${url}/admin/directory/v1/users/x`)).body!.error).toMatchObject({
      code: 401,
      errors: [{ reason: 'authError' }]
    })
    const token = (await accessToken(url, { scope: ALL[0] })).body!.access_token
    const as = { authorization: `Bearer ${token}` }
    expect(
      (await call(`${url}/admin/directory/v1/users/x/tokens`, 'GET', undefined, as)).body!.error
    ).toMatchObject({ code: 403, errors: [{ reason: 'insufficientPermissions' }] })
    expect(
      (await call(`${url}/admin/directory/v1/users/x`, 'GET', undefined, as)).body!.error
    ).toMatchObject({ code: 404, message: 'Resource Not Found: userKey' })
    server!.knobs.faults = [
      { operation: 'directory.users.get', status: 403, code: 'userRateLimitExceeded' }
    ]
    expect(
      (await call(`${url}/admin/directory/v1/users/x`, 'GET', undefined, as)).body!.error.errors
    ).toEqual([
      {
        message: 'Not Authorized to access this resource/api',
        domain: 'global',
        reason: 'userRateLimitExceeded'
      }
    ])
    server!.knobs.faults = []
    server!.knobs.throttleRate = 1
    const throttled = await call(`${url}/admin/directory/v1/users/x`, 'GET', undefined, as)
    expect([
      throttled.status,
      throttled.headers.get('retry-after'),
      throttled.body!.error.errors[0].reason
    ]).toEqual([429, '1', 'rateLimitExceeded'])
  })
})
