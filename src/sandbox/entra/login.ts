// The simulated Microsoft identity platform, as the app's client-credentials sign-in uses it:
// the tenant's OpenID configuration, the v2.0 token endpoint (a client secret, a certificate-
// signed assertion, or a federated GitHub OIDC token as the assertion), and the GitHub Actions
// OIDC token endpoint that hands the job its token. Access tokens are random and remembered
// with the app's permissions; AADSTS errors come in the identity platform's own shape.
import {
  createHash,
  createHmac,
  constants,
  randomBytes,
  timingSafeEqual,
  verify
} from 'node:crypto'
import type { SimRequest, SimResponse } from '../shared/server.js'
import type { EntraSimApp, EntraSimState } from './state.js'

const TOKEN_SECONDS = 3599
export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com'
export const OIDC_PATH = '/_actions/idtoken'

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url')
const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): SimResponse => ({
  status,
  headers: { 'cache-control': 'no-store', ...headers },
  body
})

/** An AADSTS error as the token endpoint sends it. */
export function aadError(status: number, error: string, code: number, description: string) {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
    trace_id: crypto.randomUUID(),
    correlation_id: crypto.randomUUID()
  })
}

/** `/{tenant}/...` paths of the identity platform, and the Actions OIDC endpoint. */
export function loginOperation(req: SimRequest): string | undefined {
  if (req.path === OIDC_PATH) return `GET ${OIDC_PATH}`
  if (/^\/[^/]+\/v2\.0\/\.well-known\/openid-configuration$/.test(req.path))
    return 'GET /{tenant}/v2.0/.well-known/openid-configuration'
  if (/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(req.path)) return 'POST /{tenant}/oauth2/v2.0/token'
  return undefined
}

export function handleLogin(state: EntraSimState, req: SimRequest, now: () => Date): SimResponse {
  if (req.path === OIDC_PATH) return actionsToken(state, req, now)
  const tenant = decodeURIComponent(req.path.split('/')[1])
  if (tenant !== state.tenantId)
    return aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`)
  // MSAL is told the authority is https (see the connector's auth.ts): so are its endpoints.
  const base = `https://${String(req.headers.host)}/${tenant}`
  if (req.path.endsWith('/openid-configuration'))
    return json(200, {
      issuer: `${base}/v2.0`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
      response_types_supported: ['code', 'id_token', 'code id_token'],
      grant_types_supported: ['client_credentials']
    })
  if (req.method !== 'POST')
    return aadError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.')
  return token(
    state,
    new URLSearchParams(req.body.toString('utf8')),
    `${base}/oauth2/v2.0/token`,
    now
  )
}

function token(
  state: EntraSimState,
  form: URLSearchParams,
  endpoint: string,
  now: () => Date
): SimResponse {
  if (form.get('grant_type') !== 'client_credentials')
    return aadError(
      400,
      'unsupported_grant_type',
      70003,
      'The app requested an unsupported grant type.'
    )
  const app = state.apps.find(a => a.clientId === form.get('client_id'))
  if (!app)
    return aadError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${form.get('client_id')}' was not found in the directory '${state.tenantId}'.`
    )
  if (!form.get('scope')?.endsWith('/.default'))
    return aadError(
      400,
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid: client credentials need <resource>/.default.'
    )
  const problem = form.has('client_secret')
    ? secretProblem(app, String(form.get('client_secret')))
    : assertionProblem(state, app, form, endpoint, now)
  if (problem) return problem
  const access = `sandbox-graph-${randomBytes(24).toString('base64url')}`
  state.issued.set(access, {
    clientId: app.clientId,
    expires: now().getTime() + TOKEN_SECONDS * 1000
  })
  return json(200, {
    token_type: 'Bearer',
    expires_in: TOKEN_SECONDS,
    ext_expires_in: TOKEN_SECONDS,
    access_token: access
  })
}

function secretProblem(app: EntraSimApp, secret: string): SimResponse | undefined {
  const want = app.secret
  if (
    want &&
    secret.length === want.length &&
    timingSafeEqual(Buffer.from(secret), Buffer.from(want))
  )
    return undefined
  return aadError(
    401,
    'invalid_client',
    7000215,
    'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'
  )
}

function decodeJwt(jwt: string) {
  const [h, p, s] = jwt.split('.')
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    return { header, payload, signed: `${h}.${p}`, signature: Buffer.from(s ?? '', 'base64url') }
  } catch {
    return undefined
  }
}

function assertionProblem(
  state: EntraSimState,
  app: EntraSimApp,
  form: URLSearchParams,
  endpoint: string,
  now: () => Date
): SimResponse | undefined {
  const invalid = (code: number, why: string) => aadError(401, 'invalid_client', code, why)
  if (
    form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
  )
    return invalid(
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
    )
  const jwt = decodeJwt(String(form.get('client_assertion')))
  if (!jwt) return invalid(50027, 'JWT token is invalid or malformed.')
  const exp = Number(jwt.payload.exp)
  if (!(exp * 1000 > now().getTime()))
    return invalid(700024, 'Client assertion is not within its valid time range.')
  const cert = app.certificate
  const x5t = jwt.header['x5t#S256']
  if (typeof x5t === 'string') {
    if (!cert || x5t !== b64url(Buffer.from(cert.thumbprintSha256, 'hex')))
      return invalid(
        700027,
        'The certificate with identifier used to sign the client assertion is not registered on application.'
      )
    const good = verify(
      'sha256',
      Buffer.from(jwt.signed),
      {
        key: cert.publicKeyPem,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST
      },
      jwt.signature
    )
    if (!good || jwt.payload.iss !== app.clientId || jwt.payload.aud !== endpoint)
      return invalid(700027, 'Client assertion failed signature validation.')
    return undefined
  }
  const federated = app.federated
  const mac = createHmac('sha256', state.oidc.key).update(jwt.signed).digest()
  if (
    !federated ||
    jwt.payload.iss !== OIDC_ISSUER ||
    jwt.signature.length !== mac.length ||
    !timingSafeEqual(mac, jwt.signature)
  )
    return invalid(
      700211,
      `No matching federated identity record found for presented assertion issuer '${String(jwt.payload.iss)}'.`
    )
  if (jwt.payload.aud !== federated.audience)
    return invalid(
      700212,
      `No matching federated identity record found for presented assertion audience '${String(jwt.payload.aud)}'.`
    )
  return undefined
}

/** GitHub Actions' OIDC token endpoint: the job's request token in, a signed token out. */
function actionsToken(state: EntraSimState, req: SimRequest, now: () => Date): SimResponse {
  const auth = String(req.headers.authorization ?? '')
  if (auth !== `Bearer ${state.oidc.requestToken}`) return json(401, { message: 'Bad credentials' })
  const audience = req.query.get('audience')
  if (!audience) return json(400, { message: 'audience is required' })
  const iat = Math.floor(now().getTime() / 1000)
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'sandbox' }))
  const payload = b64url(
    JSON.stringify({
      iss: OIDC_ISSUER,
      aud: audience,
      sub: 'repo:acme/access:ref:refs/heads/main',
      iat,
      nbf: iat,
      exp: iat + 300,
      jti: createHash('sha256').update(randomBytes(8)).digest('hex').slice(0, 32)
    })
  )
  const signature = createHmac('sha256', state.oidc.key)
    .update(`${header}.${payload}`)
    .digest('base64url')
  return json(200, { count: 1, value: `${header}.${payload}.${signature}` })
}
