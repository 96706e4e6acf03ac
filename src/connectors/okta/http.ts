// The HTTP layer under the Okta SDK (the SDK's RequestExecutor seam). The SDK's own executor
// cannot do what offboard needs, so this one replaces it:
// - plan and audit must never write: it refuses every request but GET (and the OAuth token
//   request, which reads nothing and changes nothing) before it leaves the process;
// - a Link header naming another host would get the token sent there: it refuses any request
//   outside the org's origin;
// - the SDK retries a 429 twice for as long as Okta asks, and never a 5xx or a lost
//   connection, with no timeout per attempt: here every request keeps to its retry budget
//   (retry-budget.ts), waiting out a 429 until Okta's X-Rate-Limit-Reset (against the
//   answer's own Date, so that clock skew does not matter) when that fits;
// - it turns any error answer into an OktaError naming the call and what to do, and registers
//   the access token a service app receives as a secret.
import { fetchWithRetry } from '../shared/http-retry.js'
import { sleep, type RetryBudget } from '../shared/retry-budget.js'
import { describeAnswer, OktaError, TOKEN_PATH, type ErrorContext } from './errors.js'

export interface ExecutorOptions extends ErrorContext {
  /** The org's origin: every request must go there. */
  origin: string
  mode: 'read' | 'write'
  budget: RetryBudget
  log: (line: string) => void
  maskSecret: (value: string) => void
  /** Injected by tests; waits for real otherwise. */
  sleep?: (ms: number) => Promise<void>
}

/** What the SDK hands its executor (a RequestContext or the OAuth module's request). */
export interface SdkRequest {
  url: string
  method?: string
  httpMethod?: string
  headers?: Record<string, string>
  body?: string
}

/** Thrown for a request the guards refuse: it never reaches the network. */
export class OktaRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OktaRefusedError'
  }
}

/** Path segments that are names, not ids, in the paths offboard calls. */
const WORDS = new Set([
  ...['api', 'v1', 'oauth2', 'token', 'iam', 'assignees', 'lifecycle', 'suspend', 'deactivate'],
  ...['users', 'groups', 'sessions', 'grants', 'clients', 'tokens', 'roles', 'factors', 'appLinks']
])

/** `/api/v1/users/00u1/groups` -> `/api/v1/users/{id}/groups`, for messages and hints. */
export function template(path: string): string {
  return path
    .split('/')
    .map(s => (s === '' || WORDS.has(s) ? s : '{id}'))
    .join('/')
}

export class OktaExecutor {
  /** HTTP requests sent, retries included. */
  requests = 0
  private readonly wait: (ms: number) => Promise<void>

  constructor(private readonly opts: ExecutorOptions) {
    this.wait = opts.sleep ?? sleep
  }

  /** The SDK's `requestExecutor.fetch`: the answer when it is 2xx, else an OktaError. */
  async fetch(request: SdkRequest): Promise<Response> {
    const { origin, mode, budget, log } = this.opts
    const method = (request.method ?? request.httpMethod ?? 'GET').toUpperCase()
    const url = new URL(request.url)
    const call = `${method} ${template(url.pathname)}`
    if (url.origin !== origin)
      throw new OktaRefusedError(
        `okta: refused ${method} ${url.origin}${url.pathname}: not the org ${origin} (a Link header or a redirect pointed elsewhere)`
      )
    const token = url.pathname === TOKEN_PATH && method === 'POST'
    if (mode === 'read' && method !== 'GET' && !token)
      throw new OktaRefusedError(
        `okta: refused ${call}: this client only reads (plan and audit never write)`
      )
    const headers: Record<string, string> = { ...request.headers }
    const { response, call: budgeted } = await fetchWithRetry(
      url,
      { method, headers, body: request.body },
      {
        budget,
        sleep: this.wait,
        what: call,
        log: line => log(`okta: ${line}`),
        // Until X-Rate-Limit-Reset, when Okta names it; else the budget's backoff.
        askedMs: r => (r.status === 429 ? rateLimitWaitMs(r.headers) : undefined),
        beforeAttempt: (attempt, previous) => {
          this.requests++
          if (!previous) return
          // As Okta's SDKs do, so that Okta can tell retries apart in its request logs.
          const requestId = previous.headers.get('x-okta-request-id')
          if (requestId) headers['X-Okta-Retry-For'] ??= requestId
          headers['X-Okta-Retry-Count'] = String(attempt.retries)
        },
        unreachable: message => new OktaError(`okta: ${message}`, 0, call)
      }
    )
    if (response.ok) {
      if (token) await this.maskAccessToken(response)
      return response
    }
    const body = await readJson(response)
    const described = describeAnswer(call, response.status, body, this.opts)
    const message = budgeted.stopped ? budgeted.gaveUp(described) : described
    throw new OktaError(
      `okta: ${message}`,
      response.status,
      call,
      typeof body?.errorCode === 'string' ? body.errorCode : undefined
    )
  }

  /** The service app's access token is a secret like the key that got it. */
  private async maskAccessToken(response: Response): Promise<void> {
    const body = await readJson(response.clone())
    if (typeof body?.access_token === 'string') this.opts.maskSecret(body.access_token)
  }
}

/**
 * How long a 429 asks to wait: until X-Rate-Limit-Reset (epoch seconds), measured against the
 * answer's Date header (the same clock; whole seconds, so never too short), else against our
 * clock. Undefined when Okta named no reset: the budget's backoff applies.
 */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const reset = Number(headers.get('x-rate-limit-reset'))
  if (!headers.get('x-rate-limit-reset') || !Number.isFinite(reset)) return undefined
  const date = Date.parse(headers.get('date') ?? '')
  return Math.max(0, reset * 1000 - (Number.isNaN(date) ? now : date))
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  const text = await response.text()
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
