// The Google connector's access token: domain-wide delegation, i.e. a JWT that names the admin
// to act as (`sub`) and the scopes, signed by the service account and exchanged at Google's
// OAuth 2.0 token endpoint (RFC 7523). A service account key signs it here; keyless, the
// workflow's GitHub OIDC token is exchanged for a federated token (workload identity
// federation: google-auth-library's IdentityPoolClient), with which IAM signs it (signJwt).
// google-auth-library's JWT client covers only the key, and posts to a token URL fixed in its
// code, which the sandbox cannot take over: so both ways are done here, one code path for
// Google and the sandbox, behind an OAuth2Client the Admin SDK uses like any other. Every key,
// token and signed assertion goes to maskSecret.
import { createSign } from 'node:crypto'
import { IdentityPoolClient, OAuth2Client } from 'google-auth-library'
import { AUTH_URL_ENV, type GoogleConfig } from './types.js'

/** What Google's token endpoint expects as the assertion's `aud`, wherever it is sent. */
export const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token'
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
const HOSTS = {
  oauth: 'https://oauth2.googleapis.com',
  sts: 'https://sts.googleapis.com',
  iam: 'https://iamcredentials.googleapis.com'
}

const scope = (name: string) => `https://www.googleapis.com/auth/${name}`

/** The scopes each client asks for; docs/google.md says why each is needed. Tokens, ASPs and
 *  backup codes have no read-only scope: the read-only client guard keeps plan from writing. */
export function scopesFor(mode: 'read' | 'write', transfers: boolean): string[] {
  const read = mode === 'read'
  return [
    scope(read ? 'admin.directory.user.readonly' : 'admin.directory.user'),
    scope('admin.directory.user.security'),
    scope('admin.directory.group.readonly'),
    scope(read ? 'admin.directory.group.member.readonly' : 'admin.directory.group.member'),
    scope('admin.directory.rolemanagement.readonly'),
    ...(transfers ? [scope(read ? 'admin.datatransfer.readonly' : 'admin.datatransfer')] : [])
  ]
}

/** A token service's refusal; `status` undefined when it could not be reached, `retryAfter`
 *  its Retry-After header when it sent one. */
export class GoogleAuthError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfter?: string | null
  ) {
    super(message)
    this.name = 'GoogleAuthError'
  }
}

export interface AuthContext {
  config: Pick<GoogleConfig, 'admin' | 'credentials'>
  env: Record<string, string | undefined>
  maskSecret: (value: string) => void
  scopes: string[]
  /** How long one token request may wait for an answer. */
  attemptMs: number
}

/** A signer of delegation claims, and what hints name when Google refuses them. */
interface Signer {
  sign(claims: Record<string, unknown>): Promise<string>
  iss: string
  /** Where the credentials come from, for messages: `GOOGLE_SERVICE_ACCOUNT_KEY`, ... */
  source: string
  /** The service account's OAuth client id (the Admin console's domain-wide delegation list
   *  names it), when known. */
  clientId?: string
}

/** The client the Admin SDK authenticates with, or why there is none. */
export function googleAuth(ctx: AuthContext): { auth: OAuth2Client } | { unavailable: string } {
  const creds = ctx.config.credentials
  const signer =
    'key_env' in creds
      ? keySigner(ctx, creds.key_env)
      : federatedSigner(ctx, creds.workload_identity)
  if ('unavailable' in signer) return signer
  const auth = new OAuth2Client({ transporterOptions: { timeout: ctx.attemptMs } })
  let pending: Promise<{ access_token: string; expiry_date: number }> | undefined
  // Called when there is no token or it is about to expire; concurrent requests share one.
  auth.refreshHandler = () =>
    (pending ??= delegatedToken(ctx, signer).finally(() => (pending = undefined)))
  return { auth }
}

function keySigner(ctx: AuthContext, name: string): Signer | { unavailable: string } {
  const raw = ctx.env[name]
  if (!raw) return { unavailable: `no credentials (set ${name})` }
  ctx.maskSecret(raw)
  let key: { client_email?: unknown; private_key?: unknown; client_id?: unknown }
  try {
    key = JSON.parse(raw) as typeof key
  } catch {
    key = {}
  }
  const { client_email: iss, private_key: pem, client_id: clientId } = key
  if (typeof pem === 'string') ctx.maskSecret(pem)
  if (typeof iss !== 'string' || typeof pem !== 'string')
    return {
      unavailable: `${name} does not hold a service account key: set it to the key's JSON (with client_email and private_key)`
    }
  return {
    iss,
    source: name,
    clientId: typeof clientId === 'string' ? clientId : undefined,
    sign: async claims => signJwt(claims, pem)
  }
}

/** A JWT of `claims`, signed RS256 with a service account's private key (PEM). */
export function signJwt(claims: object, pem: string): string {
  const body = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}`
  return `${body}.${createSign('RSA-SHA256').update(body).sign(pem, 'base64url')}`
}

function federatedSigner(
  ctx: AuthContext,
  { audience, service_account: sa }: { audience: string; service_account: string }
): Signer | { unavailable: string } {
  const requestUrl = ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = ctx.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!requestUrl || !requestToken)
    return {
      unavailable:
        "no credentials (workload identity federation needs the workflow's OIDC token: give the job `permissions: id-token: write`)"
    }
  ctx.maskSecret(requestToken)
  const source = `workload identity pool ${audience}`
  // google-auth-library exchanges the OIDC token at STS and caches the federated token until
  // it expires. Its own retry of the exchange (3 retries, seconds of backoff) is turned off
  // below, so that the call's budget counts every attempt and a Retry-After is honoured, as
  // for every other call.
  const idp = new IdentityPoolClient({
    type: 'external_account',
    audience,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${host(ctx, 'sts')}/v1/token`,
    transporterOptions: { timeout: ctx.attemptMs },
    subject_token_supplier: {
      getSubjectToken: async () => {
        const url = new URL(requestUrl)
        url.searchParams.set('audience', `https:${audience}`)
        const said = await tokenCall(ctx, url.toString(), 'the GitHub OIDC token', {
          method: 'GET',
          headers: { authorization: `bearer ${requestToken}` }
        })
        return secret(ctx, said.value, 'the GitHub OIDC token')
      }
    }
  })
  // The exchange goes through the client's own StsCredentials, whose transporter is not the
  // client's and takes neither its timeout nor its options: its retry is turned off there.
  const sts = (idp as unknown as { stsCredential: { transporter: OAuth2Client['transporter'] } })
    .stsCredential
  sts.transporter.interceptors.request.add({
    resolved: async config => ({
      ...config,
      retry: false,
      retryConfig: { retry: 0 },
      timeout: ctx.attemptMs
    })
  })
  return {
    iss: sa,
    source,
    sign: async claims => {
      let federated: string
      try {
        federated = secret(ctx, (await idp.getAccessToken()).token, 'a federated token')
      } catch (err) {
        throw exchangeError(err, source)
      }
      const url = `${host(ctx, 'iam')}/v1/projects/-/serviceAccounts/${encodeURIComponent(sa)}:signJwt`
      const said = await tokenCall(ctx, url, `IAM signJwt for ${sa}`, {
        headers: { authorization: `Bearer ${federated}`, 'content-type': 'application/json' },
        body: JSON.stringify({ payload: JSON.stringify(claims) })
      })
      return secret(ctx, said.signedJwt, `IAM signJwt for ${sa}`)
    }
  }
}

async function delegatedToken(ctx: AuthContext, signer: Signer) {
  const now = Math.floor(Date.now() / 1000)
  const assertion = await signer.sign({
    iss: signer.iss,
    sub: ctx.config.admin,
    scope: ctx.scopes.join(' '),
    aud: TOKEN_AUDIENCE,
    iat: now,
    exp: now + 3600
  })
  ctx.maskSecret(assertion)
  const said = await tokenCall(ctx, `${host(ctx, 'oauth')}/token`, 'the OAuth 2.0 token endpoint', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString(),
    refusal: said => delegationHint(ctx, signer, said)
  })
  const expiresIn = typeof said.expires_in === 'number' ? said.expires_in : 3600
  return {
    access_token: secret(ctx, said.access_token, 'the OAuth 2.0 token endpoint'),
    expiry_date: Date.now() + expiresIn * 1000
  }
}

/** What to do about a refused delegation (RFC 6749 error codes, as Google words them). */
function delegationHint(ctx: AuthContext, signer: Signer, said: Record<string, unknown>): string {
  const code = String(said.error ?? '')
  const client = signer.clientId ? ` (client id ${signer.clientId})` : ''
  if (code === 'unauthorized_client')
    return `the service account${client} may not act for ${ctx.config.admin} with these scopes: add them to its domain-wide delegation in the Admin console (Security > API controls > Domain-wide delegation): ${ctx.scopes.join(',')}`
  if (code === 'invalid_grant')
    return `check that google.admin (${ctx.config.admin}) is an active super admin, and the credentials in ${signer.source}`
  return `check the credentials in ${signer.source}`
}

function host(ctx: AuthContext, which: keyof typeof HOSTS): string {
  return (ctx.env[AUTH_URL_ENV] || HOSTS[which]).replace(/\/+$/, '')
}

/** A token service's JSON answer; its refusals become GoogleAuthError, secret-free. */
async function tokenCall(
  ctx: AuthContext,
  url: string,
  what: string,
  init: RequestInit & { refusal?: (said: Record<string, unknown>) => string }
): Promise<Record<string, unknown>> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      redirect: 'error',
      signal: AbortSignal.timeout(ctx.attemptMs),
      ...init
    })
  } catch (err) {
    const why = err instanceof Error ? String(err.cause ?? err.message) : String(err)
    throw new GoogleAuthError(`could not reach ${what} (${new URL(url).origin}): ${why}`)
  }
  const text = await response.text()
  let said: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object') said = parsed as Record<string, unknown>
  } catch {
    // Not JSON: the status says enough.
  }
  if (response.ok) return said
  const error = said.error
  const detail =
    typeof error === 'string'
      ? [error, said.error_description].filter(Boolean).join(': ')
      : typeof (error as { message?: unknown })?.message === 'string'
        ? (error as { message: string }).message
        : ''
  // What to do about a refusal; a rate limit or a failure of the service is no refusal.
  const refused = response.status < 500 && response.status !== 429
  const hint = refused ? init.refusal?.(said) : undefined
  throw new GoogleAuthError(
    `${what} answered ${response.status}${detail ? ` (${detail})` : ''}${hint ? `: ${hint}` : ''}`,
    response.status,
    response.headers.get('retry-after')
  )
}

/** A token-like string from an answer, masked; a missing one is an error. */
function secret(ctx: AuthContext, value: unknown, what: string): string {
  if (typeof value !== 'string' || !value)
    throw new GoogleAuthError(`${what} answered without a token`)
  ctx.maskSecret(value)
  return value
}

/** google-auth-library's error from the STS exchange, as a GoogleAuthError. */
function exchangeError(err: unknown, source: string): GoogleAuthError {
  if (err instanceof GoogleAuthError) return err
  const e = err as {
    response?: {
      status?: number
      data?: Record<string, unknown>
      headers?: { get?(name: string): string | null }
    }
  }
  const message = err instanceof Error ? err.message : String(err)
  if (!e.response)
    return new GoogleAuthError(`could not reach the token exchange of ${source}: ${message}`)
  const { status, data } = e.response
  const detail = data ? [data.error, data.error_description].filter(Boolean).join(': ') : ''
  // A rate limit or a failure of STS says nothing about the token.
  const said =
    status !== undefined && (status >= 500 || status === 429)
      ? `the token exchange of ${source} answered ${status} (${detail || message})`
      : `${source} refused the GitHub OIDC token (${status}): ${detail || message}; check the audience, and the provider's attribute condition for this repository`
  return new GoogleAuthError(said, status, e.response.headers?.get?.('retry-after'))
}

const b64url = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
