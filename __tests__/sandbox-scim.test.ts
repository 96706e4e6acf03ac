// The generic SCIM 2.0 sim (an app with its own users), driven with plain fetch.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import {
  createScimPlatform,
  SCIM_ERROR_SCHEMA,
  SCIM_PATCH_SCHEMA,
  scimState,
  type ScimPlatformOptions,
  type ScimSimState
} from '../src/sandbox/scim/index.js'

const TOKEN = 'jira-scim-token'
let sim: SimServer | undefined
let state: ScimSimState

async function start(options: Partial<ScimPlatformOptions> = {}, users = 5) {
  state = scimState(
    Array.from({ length: users }, (_, i) => ({
      userName: `user${i + 1}@acme.example`,
      emails: [{ value: `user${i + 1}@acme.example`, primary: true }],
      name: { givenName: `User`, familyName: `${i + 1}` },
      active: i !== 2
    }))
  )
  sim = await startSimServer(
    createScimPlatform(state, { name: 'scim:jira', tokens: [TOKEN], ...options })
  )
  return `${sim.url}/scim/v2`
}
afterEach(() => sim?.close())

// Response bodies are free-form JSON; the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>

async function call(url: string, method = 'GET', body?: unknown, token = TOKEN) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {})
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

const patchActive = (active: boolean | string, withPath = true) => ({
  schemas: [SCIM_PATCH_SCHEMA],
  Operations: [
    withPath
      ? { op: 'replace', path: 'active', value: active }
      : { op: 'replace', value: { active } }
  ]
})

describe('GET /Users', () => {
  it('filters by userName, emails.value and active', async () => {
    const base = await start()
    const q = async (f: string) =>
      (
        (await call(`${base}/Users?filter=${encodeURIComponent(f)}`)).body!.Resources as {
          userName: string
        }[]
      ).map(u => u.userName)
    expect(await q('userName eq "USER2@acme.example"')).toEqual(['user2@acme.example'])
    expect(await q('emails.value eq "user4@acme.example"')).toEqual(['user4@acme.example'])
    expect(await q('active eq false')).toEqual(['user3@acme.example'])
    expect(await q('userName eq "nobody@acme.example"')).toEqual([])
  })

  it('answers a bad filter with 400 invalidFilter in the SCIM error schema', async () => {
    const base = await start()
    for (const f of ['userName eq', 'userName is "x"', 'shoeSize eq 42']) {
      const r = await call(`${base}/Users?filter=${encodeURIComponent(f)}`)
      expect(r.status).toBe(400)
      expect(r.body).toMatchObject({
        schemas: [SCIM_ERROR_SCHEMA],
        status: '400',
        scimType: 'invalidFilter'
      })
      expect(r.body!.detail).toEqual(expect.any(String))
    }
  })

  it('pages with startIndex and count in a ListResponse', async () => {
    const base = await start({ maxResults: 3 })
    const r = await call(`${base}/Users?startIndex=2&count=2`)
    expect(r.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 5,
      itemsPerPage: 2,
      startIndex: 2
    })
    expect(r.body!.Resources.map((u: { id: string }) => u.id)).toEqual(['2', '3'])
    // No count: the server's maximum; past the end: an empty page with the total.
    expect((await call(`${base}/Users`)).body).toMatchObject({ itemsPerPage: 3, totalResults: 5 })
    expect((await call(`${base}/Users?startIndex=9`)).body).toMatchObject({
      itemsPerPage: 0,
      totalResults: 5
    })
    expect((await call(`${base}/Users?count=0`)).body).toMatchObject({
      itemsPerPage: 0,
      Resources: []
    })
  })

  it('walks every user exactly once by startIndex', async () => {
    const base = await start({ maxResults: 2 }, 7)
    const ids: string[] = []
    for (let start = 1; ; start += 2) {
      const page = (await call(`${base}/Users?startIndex=${start}&count=2`)).body!
      ids.push(...page.Resources.map((u: { id: string }) => u.id))
      if (start + page.itemsPerPage > page.totalResults) break
    }
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6', '7'])
  })
})

describe('authentication and errors', () => {
  it('requires the bearer token', async () => {
    const base = await start()
    for (const token of ['', 'wrong']) {
      const r = await call(`${base}/Users`, 'GET', undefined, token)
      expect(r.status).toBe(401)
      expect(r.body).toMatchObject({ schemas: [SCIM_ERROR_SCHEMA], status: '401' })
    }
  })

  it('answers an unknown user with 404 and malformed JSON with 400 invalidSyntax', async () => {
    const base = await start()
    expect((await call(`${base}/Users/999`)).body).toMatchObject({ status: '404' })
    expect((await call(`${base}/Users`, 'POST', '{nope')).body).toMatchObject({
      status: '400',
      scimType: 'invalidSyntax'
    })
  })

  it('answers 429 with Retry-After when throttled', async () => {
    const base = await start()
    sim!.knobs.throttleRate = 1
    sim!.knobs.retryAfterSeconds = 7
    const r = await call(`${base}/Users`)
    expect(r.status).toBe(429)
    expect(r.headers.get('retry-after')).toBe('7')
    expect(r.body).toMatchObject({ schemas: [SCIM_ERROR_SCHEMA], status: '429' })
  })
})

describe('writes', () => {
  it('POST creates a user (201, Location) and refuses a duplicate userName (409 uniqueness)', async () => {
    const base = await start()
    const created = await call(`${base}/Users`, 'POST', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'new@acme.example',
      emails: [{ value: 'new@acme.example', primary: true }]
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ id: '6', userName: 'new@acme.example', active: true })
    expect(created.headers.get('location')).toBe(`${base}/Users/6`)
    expect((await call(created.headers.get('location')!)).body!.userName).toBe('new@acme.example')
    const dup = await call(`${base}/Users`, 'POST', { userName: 'NEW@acme.example' })
    expect(dup.status).toBe(409)
    expect(dup.body!.scimType).toBe('uniqueness')
  })

  it.each([
    ['with a path', true],
    ['without a path', false]
  ])('PATCH replace of active %s deactivates', async (_label, withPath) => {
    const base = await start()
    const r = await call(`${base}/Users/1`, 'PATCH', patchActive(false, withPath))
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ id: '1', active: false, userName: 'user1@acme.example' })
    expect(state.users[0]).toMatchObject({
      active: false,
      emails: [{ value: 'user1@acme.example' }]
    })
  })

  it('PATCH takes "False" as identity providers send it, and refuses a body without PatchOp', async () => {
    const base = await start()
    expect((await call(`${base}/Users/1`, 'PATCH', patchActive('False'))).body!.active).toBe(false)
    const bad = await call(`${base}/Users/2`, 'PATCH', {
      Operations: [{ op: 'replace', path: 'active', value: false }]
    })
    expect(bad.status).toBe(400)
    expect(state.users[1].active).toBe(true)
  })

  it('PUT replaces the user', async () => {
    const base = await start()
    const current = (await call(`${base}/Users/2`)).body!
    const r = await call(`${base}/Users/2`, 'PUT', {
      ...current,
      active: false,
      displayName: 'Gone'
    })
    expect(r.body).toMatchObject({
      id: '2',
      active: false,
      displayName: 'Gone',
      userName: 'user2@acme.example'
    })
    expect((await call(`${base}/Users/2`, 'PUT', { active: false })).status).toBe(400)
  })

  it("PUT and PATCH refuse another user's userName (409 uniqueness), but keep one's own", async () => {
    const base = await start()
    const put = await call(`${base}/Users/2`, 'PUT', { userName: 'USER1@acme.example' })
    expect(put.status).toBe(409)
    expect(put.body).toMatchObject({ schemas: [SCIM_ERROR_SCHEMA], scimType: 'uniqueness' })
    const patch = await call(`${base}/Users/2`, 'PATCH', {
      schemas: [SCIM_PATCH_SCHEMA],
      Operations: [{ op: 'replace', path: 'userName', value: 'user1@acme.example' }]
    })
    expect(patch.status).toBe(409)
    expect(state.users[1].userName).toBe('user2@acme.example')
    const own = await call(`${base}/Users/2`, 'PUT', { userName: 'User2@acme.example' })
    expect(own.status).toBe(200)
    expect(state.users[1].userName).toBe('User2@acme.example')
  })

  it('DELETE removes the user: 204, then 404', async () => {
    const base = await start()
    expect((await call(`${base}/Users/4`, 'DELETE')).status).toBe(204)
    expect((await call(`${base}/Users/4`)).status).toBe(404)
    expect((await call(`${base}/Users/4`, 'DELETE')).status).toBe(404)
    expect(state.users.map(u => u.id)).toEqual(['1', '2', '3', '5'])
  })

  it('classifies requests by method and resource, writes being the non-GETs', async () => {
    const base = await start()
    await call(`${base}/Users?filter=${encodeURIComponent('userName eq "user1@acme.example"')}`)
    await call(`${base}/Users/1`, 'PATCH', patchActive(false))
    expect(sim!.requests.map(r => [r.operation, r.write])).toEqual([
      ['GET /Users', false],
      ['PATCH /Users/{id}', true]
    ])
  })
})

describe('discovery and PATCH support', () => {
  it('ServiceProviderConfig, Schemas and ResourceTypes describe the Users endpoint', async () => {
    const base = await start()
    const spc = (await call(`${base}/ServiceProviderConfig`)).body!
    expect(spc).toMatchObject({
      patch: { supported: true },
      filter: { supported: true, maxResults: 100 }
    })
    expect((await call(`${base}/Schemas`)).body!.Resources[0].id).toBe(
      'urn:ietf:params:scim:schemas:core:2.0:User'
    )
    expect((await call(`${base}/ResourceTypes`)).body!.Resources[0]).toMatchObject({
      name: 'User',
      endpoint: '/Users'
    })
  })

  it.each([
    ['not_implemented', 501],
    ['method_not_allowed', 405]
  ] as const)(
    'without PATCH (%s) PATCH answers %i and PUT still deactivates',
    async (mode, status) => {
      const base = await start({ patch: mode })
      expect((await call(`${base}/ServiceProviderConfig`)).body!.patch).toEqual({
        supported: false
      })
      const r = await call(`${base}/Users/1`, 'PATCH', patchActive(false))
      expect(r.status).toBe(status)
      expect(state.users[0].active).toBe(true)
      const current = (await call(`${base}/Users/1`)).body!
      expect(
        (await call(`${base}/Users/1`, 'PUT', { ...current, active: false })).body!.active
      ).toBe(false)
      expect(state.users[0].active).toBe(false)
    }
  )
})
