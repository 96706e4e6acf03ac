// The Google Workspace connector's credentials against nock: their absence, the delegation a
// service account key signs (for google.admin, with read-only scopes where Google has them),
// what Google's refusals of it say to do, the read-only guard, and keyless credentials: the
// GitHub OIDC token, STS, IAM signJwt and the OAuth 2.0 token endpoint, every token masked.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createVerify } from 'node:crypto'
import nock from 'nock'
import type { Scope } from '../src/connectors/connector.js'
import { googleAuth, scopesFor } from '../src/connectors/google/auth.js'
import { GoogleClient, GoogleReadOnlyError } from '../src/connectors/google/client.js'
import { GOOGLE } from '../src/connectors/google/declared.js'
import { alice, ADMIN, config } from './support/google-fixture.js'
import {
  ACCESS_TOKEN,
  api,
  assertionClaims,
  D,
  googleError,
  KEY,
  OAUTH,
  publicKey,
  setup,
  tokenEndpoint
} from './support/google-nock.js'

const departure: Scope = { kind: 'departure' }
const USER = `${D}/users/alice%40acme.example`

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

describe('google credentials', () => {
  it('without the key, says which variable to set, and neither reads nor writes', async () => {
    const { reader, writer } = setup({}, { GOOGLE_SERVICE_ACCOUNT_KEY: '' })
    expect(reader.unavailable).toBe('not checked: no credentials (set GOOGLE_SERVICE_ACCOUNT_KEY)')
    expect(await reader.discover(alice, departure)).toMatchObject({ status: 'not_checked' })
    expect(await reader.list([])).toMatchObject({ status: 'not_checked', requests: 0 })
    const step = {
      id: 'google/alice/sign_out/alice@acme.example',
      platform: GOOGLE,
      person: 'alice',
      action: 'sign_out',
      target: 'alice@acme.example',
      reason: '',
      after: [],
      mode: 'auto' as const,
      params: { user: 'alice@acme.example', user_id: '111' }
    }
    expect(await writer.perform(step)).toEqual({
      result: 'failed',
      detail: 'google: no credentials (set GOOGLE_SERVICE_ACCOUNT_KEY)'
    })
  })

  it('says what a key must be when the variable holds something else, and masks it', async () => {
    const { reader, masked } = setup({}, { GOOGLE_SERVICE_ACCOUNT_KEY: 'not-json-secret' })
    expect(reader.unavailable).toMatch(
      /GOOGLE_SERVICE_ACCOUNT_KEY does not hold a service account key/
    )
    expect(masked).toContain('not-json-secret')
  })

  it('keyless, asks for the id-token permission when the workflow gives no OIDC token', () => {
    const { reader } = setup({
      credentials: {
        workload_identity: {
          audience: '//iam.googleapis.com/x',
          service_account: 'sa@p.iam.gserviceaccount.com'
        }
      }
    })
    expect(reader.unavailable).toMatch(/permissions: id-token: write/)
  })

  it('signs the delegation for google.admin with read-only scopes where Google has them', async () => {
    let claims: Record<string, unknown> = {}
    let verified = false
    nock(OAUTH)
      .post('/token', (body: Record<string, string>) => {
        claims = assertionClaims(body)
        const [h, p, sig] = body.assertion.split('.')
        verified = createVerify('RSA-SHA256')
          .update(`${h}.${p}`)
          .verify(publicKey, sig, 'base64url')
        return body.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer'
      })
      .reply(200, { access_token: ACCESS_TOKEN, expires_in: 3599 })
    api().get(USER).query({ projection: 'basic' }).reply(404, googleError(404, 'notFound'))
    const { reader, masked } = setup()
    expect(await reader.discover(alice, departure)).toMatchObject({ status: 'no_account' })
    expect(verified).toBe(true)
    expect(claims).toMatchObject({
      iss: 'offboard@acme-ops.iam.gserviceaccount.com',
      sub: ADMIN,
      aud: 'https://oauth2.googleapis.com/token'
    })
    expect(String(claims.scope).split(' ')).toEqual([
      'https://www.googleapis.com/auth/admin.directory.user.readonly',
      'https://www.googleapis.com/auth/admin.directory.user.security',
      'https://www.googleapis.com/auth/admin.directory.group.readonly',
      'https://www.googleapis.com/auth/admin.directory.group.member.readonly',
      'https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly'
    ])
    expect(masked).toEqual(expect.arrayContaining([KEY, ACCESS_TOKEN]))
    expect(masked.filter(m => m.split('.').length === 3)).toHaveLength(1) // the assertion
  })

  it('names the missing domain-wide delegation, with the scopes to add', async () => {
    nock(OAUTH)
      .post('/token')
      .reply(401, { error: 'unauthorized_client', error_description: 'Client is unauthorized' })
    const d = await setup().reader.discover(alice, departure)
    expect(d.status).toBe('not_checked')
    expect(d.reason).toMatch(
      /could not read alice@acme.example: google: directory.users.get alice@acme.example: the OAuth 2.0 token endpoint answered 401 \(unauthorized_client: Client is unauthorized\): the service account \(client id 1234567890\) may not act for admin@acme.example .*Domain-wide delegation.*admin.directory.user.readonly,/
    )
  })

  it('says to check google.admin when Google refuses the user the delegation names', async () => {
    nock(OAUTH)
      .post('/token')
      .reply(400, { error: 'invalid_grant', error_description: 'Invalid email or User ID' })
    const d = await setup().reader.discover(alice, departure)
    expect(d.reason).toMatch(
      /invalid_grant.*check that google.admin \(admin@acme.example\) is an active super admin/
    )
  })
})

describe('google read-only client', () => {
  it('refuses a write before it leaves the process', async () => {
    tokenEndpoint()
    const made = googleAuth({
      config: config(),
      env: { GOOGLE_SERVICE_ACCOUNT_KEY: KEY },
      maskSecret: () => {},
      scopes: scopesFor('read', false),
      attemptMs: 1000
    })
    if (!('auth' in made)) throw new Error(made.unavailable)
    const client = new GoogleClient({ auth: made.auth, mode: 'read', admin: ADMIN, log: () => {} })
    await expect(
      client.call('directory.users.signOut 111', o =>
        client.directory.users.signOut({ userKey: '111' }, o)
      )
    ).rejects.toThrow(GoogleReadOnlyError)
    expect(client.requests).toBe(0)
  })
})

describe('google keyless credentials (workload identity federation)', () => {
  const AUDIENCE =
    '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/offboard'
  const SA = 'offboard@acme-ops.iam.gserviceaccount.com'
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.test/idtoken?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
  }
  const keyless = {
    credentials: { workload_identity: { audience: AUDIENCE, service_account: SA } }
  }

  it('exchanges the GitHub OIDC token, has IAM sign the delegation, and masks every token', async () => {
    nock('https://pipelines.actions.test', {
      reqheaders: { authorization: 'bearer request-token' }
    })
      .get('/idtoken')
      .query({ 'api-version': '2.0', audience: `https:${AUDIENCE}` })
      .reply(200, { value: 'github-oidc-jwt' })
    nock('https://sts.googleapis.com')
      .post(
        '/v1/token',
        (b: Record<string, string>) =>
          b.subject_token === 'github-oidc-jwt' && b.audience === AUDIENCE
      )
      .reply(200, { access_token: 'federated-token', token_type: 'Bearer', expires_in: 3600 })
    let payload: Record<string, unknown> = {}
    nock('https://iamcredentials.googleapis.com', {
      reqheaders: { authorization: 'Bearer federated-token' }
    })
      .post(
        `/v1/projects/-/serviceAccounts/${encodeURIComponent(SA)}:signJwt`,
        (b: { payload: string }) => !!(payload = JSON.parse(b.payload))
      )
      .reply(200, { keyId: 'k1', signedJwt: 'signed.delegation.jwt' })
    nock(OAUTH)
      .post('/token', {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: 'signed.delegation.jwt'
      })
      .reply(200, { access_token: ACCESS_TOKEN, expires_in: 3599 })
    api()
      .get(`${D}/users/alice%40acme.example`)
      .query(true)
      .reply(404, googleError(404, 'notFound'))
    const { reader, masked } = setup(keyless, env)
    expect(reader.unavailable).toBeUndefined()
    expect(await reader.discover(alice, departure)).toMatchObject({ status: 'no_account' })
    expect(payload).toMatchObject({
      iss: SA,
      sub: ADMIN,
      aud: 'https://oauth2.googleapis.com/token'
    })
    expect(masked).toEqual(
      expect.arrayContaining([
        'request-token',
        'github-oidc-jwt',
        'federated-token',
        'signed.delegation.jwt',
        ACCESS_TOKEN
      ])
    )
  })

  it('says what to check when the pool refuses the token', async () => {
    nock('https://pipelines.actions.test')
      .get('/idtoken')
      .query(true)
      .reply(200, { value: 'github-oidc-jwt' })
    nock('https://sts.googleapis.com').post('/v1/token').reply(400, {
      error: 'invalid_grant',
      error_description: 'The audience in ID Token does not match.'
    })
    const d = await setup(keyless, env).reader.discover(alice, departure)
    expect(d.reason).toMatch(
      /workload identity pool .* refused the GitHub OIDC token \(400\): invalid_grant: The audience in ID Token does not match.; check the audience/
    )
  })
})
