// The one place the Admin SDK clients (@googleapis/admin: Directory and Data Transfer APIs)
// are built, and every call to them made. Each call runs within its retry budget
// (retry-budget.ts): 429, 403 rateLimitExceeded/userRateLimitExceeded/quotaExceeded, 5xx and
// lost connections are retried with exponential backoff (Google's advice; a Retry-After is
// honoured when sent), anything else fails at once with a message saying what to do. The SDK's
// own retry is off, so that one budget counts every attempt. A read-only client refuses any
// request but GET before it leaves the process (plan and audit).
import { admin_datatransfer_v1, admin_directory_v1, type MethodOptions } from '@googleapis/admin'
import type { OAuth2Client } from 'google-auth-library'
import {
  CallBudget,
  DEFAULT_RETRY_BUDGET,
  retryAfterMs,
  sleep,
  type RetryBudget
} from '../shared/retry-budget.js'
import { GoogleAuthError } from './auth.js'

export interface GoogleClientOptions {
  auth: OAuth2Client
  /** The Admin SDK's root URL (https://admin.googleapis.com/ unless the environment says). */
  apiUrl?: string
  mode: 'read' | 'write'
  /** The admin the calls act as, for hints. */
  admin: string
  log: (line: string) => void
  budget?: RetryBudget
  /** Injected by tests; waits for real otherwise. */
  sleep?: (ms: number) => Promise<void>
}

/** Google's error reasons that mean "slow down" (Directory API: 403 or 429). */
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded'])

/** A refused or failed Google call; the message names the call and says what to do. */
export class GoogleError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly reason?: string
  ) {
    super(message)
    this.name = 'GoogleError'
  }
}

/** Thrown by a read-only client for any request but GET. */
export class GoogleReadOnlyError extends Error {
  constructor(method: string, url: string) {
    super(`google: refused ${method} ${url}: this client is read-only (plan and audit never write)`)
    this.name = 'GoogleReadOnlyError'
  }
}

/** What a failed attempt was: an HTTP answer (status, Google's reason and message), or none. */
interface Failure {
  status?: number
  reason?: string
  message: string
  retryAfter?: string | null
  /** The token services failed, not the call itself: the message says which and why. */
  auth?: boolean
}

type Call<T> = (options: MethodOptions) => Promise<{ data: T }>

export class GoogleClient {
  /** HTTP requests sent to the Admin SDK, retries included. */
  requests = 0
  readonly directory: admin_directory_v1.Admin
  readonly datatransfer: admin_datatransfer_v1.Admin
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly opts: GoogleClientOptions) {
    this.sleep = opts.sleep ?? sleep
    opts.auth.transporter.interceptors.request.add({
      resolved: async config => {
        const method = (config.method ?? 'GET').toUpperCase()
        if (opts.mode === 'read' && method !== 'GET')
          throw new GoogleReadOnlyError(method, String(config.url))
        this.requests++
        return config
      }
    })
    const root = opts.apiUrl ? { rootUrl: opts.apiUrl.replace(/\/*$/, '/') } : {}
    this.directory = new admin_directory_v1.Admin({ auth: opts.auth, ...root })
    this.datatransfer = new admin_datatransfer_v1.Admin({ auth: opts.auth, ...root })
  }

  /** One call within its budget. `what` names it in messages: the method and its object,
   *  e.g. `directory.users.get alice@acme.example`. */
  async call<T>(what: string, run: Call<T>): Promise<T> {
    const call = new CallBudget(this.opts.budget ?? DEFAULT_RETRY_BUDGET)
    for (;;) {
      const signal = call.attemptSignal()
      try {
        return (await run({ retry: false, signal })).data
      } catch (err) {
        if (err instanceof GoogleReadOnlyError) throw err
        // Only the budget aborts the signal: its attempt got no answer in time.
        const failure = signal.aborted ? { message: call.noAnswer() } : failureOf(err)
        if (!retryable(failure)) throw this.error(what, failure)
        const asked = retryAfterMs(failure.retryAfter)
        const wait = asked ?? call.backoffMs()
        if (!call.retry(wait, asked !== undefined))
          throw this.error(what, failure, call.gaveUp.bind(call))
        this.opts.log(`google: ${what}: ${failure.message}, retrying in ${wait} ms`)
        await this.sleep(wait)
      }
    }
  }

  /** Every item of a paged list: `nextPageToken` followed until Google gives none. */
  async all<P extends { nextPageToken?: string | null }, T>(
    what: string,
    page: (pageToken: string | undefined, options: MethodOptions) => Promise<{ data: P }>,
    items: (data: P) => T[] | null | undefined
  ): Promise<T[]> {
    const out: T[] = []
    let token: string | undefined
    do {
      const data = await this.call(what, options => page(token, options))
      out.push(...(items(data) ?? []))
      token = data.nextPageToken ?? undefined
    } while (token)
    return out
  }

  private error(what: string, f: Failure, gaveUp?: (last: string) => string): GoogleError {
    const said = f.auth
      ? `: ${f.message}`
      : f.status === undefined
        ? ` ${f.message}`
        : ` answered ${f.status}${describe(f)}`
    const hint = f.auth ? '' : this.hint(f)
    const message = `${what}${said}${hint ? `; ${hint}` : ''}`
    return new GoogleError(`google: ${gaveUp ? gaveUp(message) : message}`, f.status, f.reason)
  }

  private hint({ status, reason }: Failure): string {
    if (status === undefined) return ''
    if (status === 401)
      return 'the access token was refused: check the credentials (docs/google.md)'
    if (RATE_REASONS.has(reason ?? '') || status === 429)
      return 'still rate limited: run again later'
    if (status === 403)
      return `${this.opts.admin} (google.admin) may not do this, or the scope is not delegated to the service account: see docs/google.md`
    if (status >= 500) return 'Google failed: run again later'
    return ''
  }
}

function retryable(f: Failure): boolean {
  if (f.status === undefined) return true
  return f.status === 429 || f.status >= 500 || RATE_REASONS.has(f.reason ?? '')
}

const describe = (f: Failure) => {
  const said = [f.reason, f.message].filter(Boolean).join(': ')
  return said ? ` (${said})` : ''
}

/** An error of the SDK (gaxios) or of the token services, as a Failure. */
function failureOf(err: unknown): Failure {
  if (err instanceof GoogleAuthError)
    return { status: err.status, message: err.message, auth: true, retryAfter: err.retryAfter }
  const e = err as {
    response?: { status: number; data?: unknown; headers?: { get?(name: string): string | null } }
    code?: unknown
    message?: string
  }
  if (!e.response) {
    const code = typeof e.code === 'string' ? ` (${e.code})` : ''
    return { message: `could not reach Google: ${e.message ?? String(err)}${code}` }
  }
  const body = (e.response.data as { error?: unknown } | undefined)?.error
  const google =
    body && typeof body === 'object'
      ? (body as { message?: unknown; errors?: { reason?: unknown }[] })
      : undefined
  const reason = google?.errors?.find(x => typeof x?.reason === 'string')?.reason as
    string | undefined
  const message =
    typeof google?.message === 'string'
      ? google.message
      : typeof body === 'string'
        ? body
        : 'the answer is not a Google error: check OFFBOARD_GOOGLE_API_URL if it is set'
  return {
    status: e.response.status,
    reason,
    message,
    retryAfter: e.response.headers?.get?.('retry-after')
  }
}

/** The HTTP status of a failed call, or undefined. */
export function statusOf(err: unknown): number | undefined {
  return err instanceof GoogleError ? err.status : undefined
}

/** The answer, or undefined when Google answered 404 (the thing does not exist). */
export async function absentOn404<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call
  } catch (err) {
    if (statusOf(err) === 404) return undefined
    throw err
  }
}

/** A short, secret-free description of an error for reasons, unread records and outcomes. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
