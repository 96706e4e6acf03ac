// The simulated org authorization server's token endpoint, as far as an API service app uses
// it: the client credentials grant with a private_key_jwt client assertion, checked as Okta
// does (issuer and subject are the client id, audience is the token endpoint, not expired,
// signed with the app's registered key), and scopes no wider than the app was granted.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto'
import type { SimRequest, SimResponse } from '../shared/server.js'
import type { OktaServiceApp, OktaSimState } from './state.js'

export const TOKEN_PATH = '/oauth2/v1/token'
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

const oauthError = (status: number, error: string, error_description: string): SimResponse => ({
  status,
  headers: { 'cache-control': 'no-store' },
  body: { error, error_description }
})

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function publicKey(app: OktaServiceApp): KeyObject {
  return typeof app.publicKey === 'string'
    ? createPublicKey(app.publicKey)
    : createPublicKey({ key: app.publicKey as import('node:crypto').JsonWebKey, format: 'jwk' })
}

/** Why the assertion does not authenticate the app, or undefined when it does. */
function assertionProblem(jwt: string, app: OktaServiceApp, audience: string): string | undefined {
  const [h, p, s] = jwt.split('.')
  const header = h ? decode(h) : undefined
  const payload = p ? decode(p) : undefined
  if (!header || !payload || !s) return 'The client_assertion is not a JWT.'
  if (payload.iss !== app.clientId || payload.sub !== app.clientId)
    return "The client_assertion token's iss and sub must be the client_id."
  if (payload.aud !== audience) return `The audience claim must be ${audience}.`
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now())
    return 'The client_assertion token is expired.'
  const alg = header.alg
  if (alg !== 'RS256' && alg !== 'ES256')
    return `The signing algorithm ${String(alg)} is not supported.`
  const ok = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: publicKey(app), ...(alg === 'ES256' ? { dsaEncoding: 'ieee-p1363' as const } : {}) },
    Buffer.from(s, 'base64url')
  )
  return ok ? undefined : 'The client_assertion signature is invalid.'
}

/** POST /oauth2/v1/token. `orgUrl` is the org as the client addresses it. */
export function issueToken(state: OktaSimState, req: SimRequest, orgUrl: string): SimResponse {
  const form = new URLSearchParams(req.body.toString('utf8'))
  if (form.get('grant_type') !== 'client_credentials')
    return oauthError(
      400,
      'unsupported_grant_type',
      'The grant type is not supported by the authorization server.'
    )
  if (form.get('client_assertion_type') !== ASSERTION_TYPE || !form.get('client_assertion'))
    return oauthError(
      401,
      'invalid_client',
      'Client authentication failed: a private_key_jwt client assertion is required.'
    )
  const assertion = String(form.get('client_assertion'))
  const clientId = decode(assertion.split('.')[1] ?? '')?.sub
  const app = state.serviceApps.find(a => a.clientId === clientId)
  if (!app) return oauthError(401, 'invalid_client', 'The client_id is not known to this org.')
  const problem = assertionProblem(assertion, app, `${orgUrl}${TOKEN_PATH}`)
  if (problem) return oauthError(401, 'invalid_client', problem)
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
  const ungranted = scopes.filter(s => !app.scopes.includes(s))
  if (scopes.length === 0 || ungranted.length)
    return oauthError(
      400,
      'invalid_scope',
      scopes.length
        ? `The following scopes are not granted to the client: ${ungranted.join(' ')}`
        : 'One or more scopes are required.'
    )
  const token = `sim-okta-at.${randomBytes(24).toString('base64url')}`
  state.accessTokens.push({ token, clientId: app.clientId, scopes })
  return {
    status: 200,
    headers: { 'cache-control': 'no-store' },
    body: { token_type: 'Bearer', expires_in: 3600, access_token: token, scope: scopes.join(' ') }
  }
}

/** Whether `scopes` allow a call needing `needed`: a `.manage` scope includes its `.read`. */
export function scopeAllows(scopes: readonly string[], needed: string): boolean {
  return scopes.includes(needed) || scopes.includes(needed.replace(/\.read$/, '.manage'))
}
