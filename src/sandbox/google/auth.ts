// The simulated token services the Google connector's credentials go through, and the access
// tokens the simulated Admin SDK accepts:
// - oauth2.token (Google's OAuth 2.0 token endpoint, RFC 7523 JWT bearer grant): the assertion
//   must be signed by a known service account (RS256, checked with its public key), name
//   Google's token endpoint as `aud`, act for an active user (`sub`), and ask only for scopes
//   delegated to that service account; the access token then carries the user and the scopes.
// - actions.idtoken (GitHub Actions' OIDC token request), sts.token (workload identity
//   federation's token exchange) and iamcredentials.signJwt (a federated token has IAM sign a
//   JWT as a service account the pool may use): the keyless way to the same assertion.
// Errors have each service's shape: OAuth's `{error, error_description}`, IAM's Google error.
import { createVerify, randomBytes } from 'node:crypto'
import { signJwt, TOKEN_AUDIENCE } from '../../connectors/google/auth.js'
import type { SimRequest, SimResponse } from '../shared/server.js'
import { googleError } from './directory.js'
import { findUser, type GoogleSimState, type SimUser } from './state.js'

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange'

interface AccessToken {
  user: string
  scopes: string[]
  expires: number
}

export interface GoogleAuthOptions {
  /** What ACTIONS_ID_TOKEN_REQUEST_TOKEN holds for the OIDC token request. */
  oidcRequestToken?: string
  now?: () => number
}

const oauthError = (status: number, error: string, error_description: string): SimResponse => ({
  status,
  body: { error, error_description }
})

const random = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`

/** A JWT's parts, or undefined when it is not one. */
function parseJwt(jwt: string) {
  const parts = jwt.split('.')
  if (parts.length !== 3) return undefined
  try {
    const [header, claims] = parts
      .slice(0, 2)
      .map(p => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>)
    return { header, claims, signed: `${parts[0]}.${parts[1]}`, signature: parts[2] }
  } catch {
    return undefined
  }
}

export function createGoogleAuth(state: GoogleSimState, options: GoogleAuthOptions = {}) {
  const now = options.now ?? Date.now
  const access = new Map<string, AccessToken>()
  /** OIDC tokens minted -> their audience; federated tokens -> their pool's audience. */
  const oidc = new Map<string, string>()
  const federated = new Map<string, string>()

  const form = (req: SimRequest) => new URLSearchParams(req.body.toString('utf8'))

  function token(req: SimRequest): SimResponse {
    const f = form(req)
    if (f.get('grant_type') !== JWT_BEARER)
      return oauthError(400, 'unsupported_grant_type', 'Invalid grant_type.')
    const jwt = parseJwt(f.get('assertion') ?? '')
    if (!jwt) return oauthError(400, 'invalid_grant', 'Invalid JWT: malformed.')
    const { claims } = jwt
    const sa = state.serviceAccounts.find(s => s.email === claims.iss)
    const verified =
      sa &&
      jwt.header.alg === 'RS256' &&
      createVerify('RSA-SHA256').update(jwt.signed).verify(sa.publicKey, jwt.signature, 'base64url')
    if (!sa || !verified) return oauthError(400, 'invalid_grant', 'Invalid JWT Signature.')
    const t = now() / 1000
    if (claims.aud !== TOKEN_AUDIENCE)
      return oauthError(400, 'invalid_grant', `Invalid JWT: audience must be ${TOKEN_AUDIENCE}.`)
    if (
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number' ||
      claims.exp < t ||
      claims.exp - claims.iat > 3600
    )
      return oauthError(
        400,
        'invalid_grant',
        'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.'
      )
    const user = typeof claims.sub === 'string' ? findUser(state, claims.sub) : undefined
    if (!user || user.suspended) return oauthError(400, 'invalid_grant', 'Invalid email or User ID')
    const scopes = String(claims.scope ?? '')
      .split(' ')
      .filter(Boolean)
    if (!scopes.length || scopes.some(s => !sa.delegatedScopes.includes(s)))
      return oauthError(
        401,
        'unauthorized_client',
        'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.'
      )
    const accessToken = random('ya29.sandbox-')
    access.set(accessToken, { user: user.id, scopes, expires: now() + 3600_000 })
    return {
      status: 200,
      body: { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' }
    }
  }

  function idToken(req: SimRequest): SimResponse {
    const auth = String(req.headers.authorization ?? '')
    if (
      !options.oidcRequestToken ||
      auth.toLowerCase() !== `bearer ${options.oidcRequestToken.toLowerCase()}`
    )
      return { status: 401, body: { message: 'Bad credentials' } }
    const audience = req.query.get('audience') ?? ''
    const value = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({
        iss: 'https://token.actions.githubusercontent.com',
        aud: audience,
        sub: 'repo:acme/access:ref:refs/heads/main'
      })
    ).toString('base64url')}.${randomBytes(32).toString('base64url')}`
    oidc.set(value, audience)
    return { status: 200, body: { count: 1, value } }
  }

  function sts(req: SimRequest): SimResponse {
    const f = form(req)
    if (f.get('grant_type') !== TOKEN_EXCHANGE)
      return oauthError(400, 'unsupported_grant_type', 'Invalid grant_type.')
    const audience = f.get('audience') ?? ''
    if (!state.pools.some(p => p.audience === audience))
      return oauthError(
        400,
        'invalid_target',
        'The target service indicated by the "audience" parameters is invalid.'
      )
    const aud = oidc.get(f.get('subject_token') ?? '')
    if (aud === undefined)
      return oauthError(400, 'invalid_grant', 'ID Token issued by an unknown issuer or expired.')
    if (aud !== `https:${audience}`)
      return oauthError(
        400,
        'invalid_grant',
        `The audience in ID Token [${aud}] does not match the expected audience.`
      )
    const t = random('ya29.federated-')
    federated.set(t, audience)
    return {
      status: 200,
      body: {
        access_token: t,
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3599
      }
    }
  }

  function iamSignJwt(req: SimRequest, serviceAccount: string): SimResponse {
    const auth = String(req.headers.authorization ?? '')
    const audience = federated.get(auth.replace(/^Bearer /, ''))
    if (audience === undefined)
      return googleError(401, 'Request had invalid authentication credentials.', 'authError')
    const pool = state.pools.find(p => p.audience === audience)
    const sa = state.serviceAccounts.find(s => s.email === serviceAccount)
    if (!pool?.serviceAccounts.includes(serviceAccount) || !sa?.privateKey)
      return googleError(
        403,
        `Permission 'iam.serviceAccounts.signJwt' denied on resource (or it may not exist).`,
        'forbidden'
      )
    let payload: unknown
    try {
      payload = JSON.parse(
        String((JSON.parse(req.body.toString('utf8')) as { payload?: unknown }).payload)
      )
    } catch {
      return googleError(400, 'Invalid JSON payload received.', 'badRequest')
    }
    return {
      status: 200,
      body: { keyId: sa.clientId, signedJwt: signJwt(payload as object, sa.privateKey) }
    }
  }

  return {
    handle(id: string, req: SimRequest, params: Record<string, string>): SimResponse {
      if (id === 'oauth2.token') return token(req)
      if (id === 'sts.token') return sts(req)
      if (id === 'actions.idtoken') return idToken(req)
      return iamSignJwt(req, params.serviceAccount)
    },
    /** The admin an API request acts for, if its token allows one of `scopes`; else Google's
     *  401 (no valid token) or 403 (a scope missing, or not an admin). */
    caller(req: SimRequest, scopes: string[]): SimUser | SimResponse {
      const auth = String(req.headers.authorization ?? '')
      const granted = access.get(auth.replace(/^Bearer /, ''))
      const user = granted && granted.expires > now() ? findUser(state, granted.user) : undefined
      if (!granted || !user)
        return googleError(
          401,
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
          'authError',
          {
            'www-authenticate': 'Bearer realm="https://accounts.google.com/"'
          }
        )
      if (!scopes.some(s => granted.scopes.includes(s)))
        return googleError(
          403,
          'Request had insufficient authentication scopes.',
          'insufficientPermissions'
        )
      if (!user.isAdmin || user.suspended)
        return googleError(403, 'Not Authorized to access this resource/api', 'forbidden')
      return user
    }
  }
}
