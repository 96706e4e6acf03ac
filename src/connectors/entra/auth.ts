// How the Entra connector signs in: an @azure/identity credential for the app registration,
// from the GitHub Actions OIDC token (workload identity federation: nothing stored), a client
// secret or a certificate. Every secret it reads or receives (the secret, the certificate's
// PEM, the OIDC request token, each OIDC token, each Graph token) goes to maskSecret first.
// Every sign-in request (the OpenID configuration, the token, the OIDC token) is sent within
// the retry budget as Graph's are, and a failed sign-in names the answer that failed it
// (MSAL's own errors do not).
import {
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  type ClientSecretCredentialOptions,
  type TokenCredential
} from '@azure/identity'
import { fetchWithRetry } from '../shared/http-retry.js'
import { sleep, type RetryBudget } from '../shared/retry-budget.js'
import { endpoint, isLoopback, OIDC_TOKEN_ENV, OIDC_URL_ENV, type EntraConfig } from './types.js'

type HttpClient = NonNullable<ClientSecretCredentialOptions['httpClient']>
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>

export interface SignIn {
  config: EntraConfig
  /** The app to sign in as: the writer's, or the read-only app of plan and audit. */
  clientId: string
  env: Record<string, string | undefined>
  maskSecret: (value: string) => void
  /** The sign-in endpoint's root (https://login.microsoftonline.com, or the sandbox's). */
  authority: URL
  /** Graph's root: the token is asked for `<origin>/.default`. */
  graph: URL
  /** Each sign-in request's retries and time. */
  budget: RetryBudget
  /** Injected by tests; waits for real otherwise. */
  sleep?: (ms: number) => Promise<void>
}

/** An access token source for Graph, or why there is none (`no credentials (set X)`). */
export type Credentials = { getToken: () => Promise<string> } | { problem: string }

export function graphCredentials(s: SignIn): Credentials {
  const { config, env, maskSecret } = s
  const c = config.credentials
  let credential: TokenCredential
  const http = new SignInHttp(s.budget, s.sleep ?? sleep)
  const options = identityOptions(s.authority, http)
  if (c.type === 'client_secret') {
    const secret = env[c.secret_env]
    if (!secret) return { problem: `no credentials (set ${c.secret_env})` }
    maskSecret(secret)
    credential = new ClientSecretCredential(config.tenant_id, s.clientId, secret, options)
  } else if (c.type === 'certificate') {
    const pem = env[c.certificate_env]
    if (!pem) return { problem: `no credentials (set ${c.certificate_env})` }
    maskSecret(pem)
    for (const block of pem.match(
      /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
    ) ?? [])
      maskSecret(block)
    credential = new ClientCertificateCredential(
      config.tenant_id,
      s.clientId,
      { certificate: pem },
      options
    )
  } else {
    const url = env[OIDC_URL_ENV]
    const requestToken = env[OIDC_TOKEN_ENV]
    if (!url || !requestToken)
      return {
        problem: `no credentials (the GitHub OIDC token is not available: ${OIDC_URL_ENV} and ${OIDC_TOKEN_ENV} are set only in a job with \`permissions: id-token: write\`)`
      }
    maskSecret(requestToken)
    // MSAL asks for the assertion more than once per sign-in: one OIDC token serves until
    // shortly before it expires.
    let cached: { value: string; renewAt: number } | undefined
    const assertion = async () => {
      if (cached && Date.now() < cached.renewAt) return cached.value
      const value = await githubOidcToken(s, http, c.audience)
      cached = { value, renewAt: expiresAt(value) - RENEW_ASSERTION_BEFORE_MS }
      return value
    }
    credential = new ClientAssertionCredential(config.tenant_id, s.clientId, assertion, options)
  }
  const scope = `${s.graph.origin}/.default`
  // One sign-in serves every request until the token is about to expire: requests sent at
  // once share it, and MSAL is not asked again (it would fetch a new OIDC token each time).
  let token: { value: string; renewAt: number } | undefined
  let pending: Promise<string> | undefined
  const acquire = async () => {
    http.last = undefined
    let got: Awaited<ReturnType<TokenCredential['getToken']>>
    try {
      got = await credential.getToken(scope)
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error)
      const last = http.last && !said.includes(http.last) ? `: ${http.last}` : ''
      throw new Error(`${said}${last}`, { cause: error })
    }
    if (!got) throw new Error(`no Graph token for app ${s.clientId}`)
    maskSecret(got.token)
    token = { value: got.token, renewAt: got.expiresOnTimestamp - RENEW_BEFORE_MS }
    return got.token
  }
  return {
    getToken: () =>
      token && Date.now() < token.renewAt
        ? Promise.resolve(token.value)
        : (pending ??= acquire().finally(() => (pending = undefined)))
  }
}

/** A token this close to its expiry is renewed first: a request may take the retry budget. */
const RENEW_BEFORE_MS = 5 * 60_000
const RENEW_ASSERTION_BEFORE_MS = 60_000

/** When a JWT says it expires (ms); now when it says nothing readable. */
function expiresAt(jwt: string): number {
  try {
    const exp = (
      JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown }
    ).exp
    return typeof exp === 'number' ? exp * 1000 : Date.now()
  } catch {
    return Date.now()
  }
}

/** The job's OIDC token for `audience`, as GitHub Actions hands it out. */
async function githubOidcToken(s: SignIn, http: SignInHttp, audience: string): Promise<string> {
  const url = endpoint(s.env, OIDC_URL_ENV, '', { query: true })
  url.searchParams.set('audience', audience)
  const what = `the GitHub OIDC token (${OIDC_URL_ENV})`
  let response: Response
  try {
    response = await http.fetch(url, {
      headers: { authorization: `Bearer ${s.env[OIDC_TOKEN_ENV]}`, accept: 'application/json' }
    })
  } catch (error) {
    throw new Error(
      `could not fetch ${what}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    )
  }
  const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined
  if (!response.ok || typeof body?.value !== 'string')
    throw new Error(
      `could not fetch ${what}: ${response.ok ? `answered ${response.status} without a token` : http.last} (the job needs \`permissions: id-token: write\`)`
    )
  s.maskSecret(body.value)
  return body.value
}

/** Microsoft's sign-in endpoint as it is, its requests sent by SignInHttp (the identity
 *  client's own retries are off: they know no budget). On loopback (the sandbox) MSAL still
 *  insists on an https authority, so it is given one and the requests go out as plain http to
 *  that same loopback origin only; instance discovery asks Microsoft about the authority: not
 *  there. */
function identityOptions(authority: URL, http: SignInHttp): ClientSecretCredentialOptions {
  const options = { httpClient: identityHttp(authority, http), retryOptions: { maxRetries: 0 } }
  if (authority.protocol === 'https:') return { ...options, authorityHost: authority.origin }
  const secure = new URL(authority.origin)
  secure.protocol = 'https:'
  return { ...options, authorityHost: secure.origin, disableInstanceDiscovery: true }
}

/** Sends the identity client's requests to `authority`'s origin only (over plain http on
 *  loopback). */
function identityHttp(authority: URL, http: SignInHttp): HttpClient {
  return {
    async sendRequest(request) {
      const url = new URL(request.url)
      if (url.host !== authority.host)
        throw new Error(`entra: refused to send a sign-in request to ${url.origin}`)
      if (authority.protocol === 'http:' && isLoopback(url)) url.protocol = 'http:'
      const response = await http.fetch(url, {
        method: request.method,
        headers: request.headers.toJSON(),
        body: typeof request.body === 'string' ? request.body : undefined
      })
      const headers = Object.assign(new Headers(response.headers), {
        toJSON: () => Object.fromEntries(response.headers)
      })
      return {
        request,
        status: response.status,
        headers: headers as unknown as PipelineResponse['headers'],
        bodyAsText: await response.text()
      }
    }
  }
}

/** The sign-in's requests, each within the budget: 429 and 5xx waited out (Retry-After
 *  first), lost connections and answers that do not come retried with backoff. `last` keeps
 *  the last failure, which MSAL's errors leave out. */
class SignInHttp {
  last: string | undefined

  constructor(
    private readonly budget: RetryBudget,
    private readonly sleep: (ms: number) => Promise<void>
  ) {}

  async fetch(url: URL, init: RequestInit): Promise<Response> {
    const what = `${init.method ?? 'GET'} ${url.pathname}`
    const { response, call } = await fetchWithRetry(url, init, {
      budget: this.budget,
      sleep: this.sleep,
      what,
      unreachable: (message, cause) => {
        this.last = message
        return new Error(message, { cause })
      }
    })
    if (!response.ok) {
      const failed = `${what} answered ${response.status}`
      this.last = call.stopped ? call.gaveUp(failed) : failed
    }
    return response
  }
}
