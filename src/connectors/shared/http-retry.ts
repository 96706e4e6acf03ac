// One HTTP request within its retry budget, for the clients that call fetch themselves (the
// SCIM client, Okta's request executor, Entra ID's sign-in requests): each attempt within its
// time and never redirected, a lost connection and the answers worth another attempt (429,
// 5xx) tried again while the budget allows, waiting as long as the answer asks when that fits.
import { CallBudget, isTimeout, retryAfterMs, type RetryBudget } from './retry-budget.js'

/** Answers worth another attempt: rate limits and server errors. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504])

export interface RetriedFetch {
  budget: RetryBudget
  sleep: (ms: number) => Promise<void>
  /** The call as lines and errors name it: `GET /Users`. */
  what: string
  /** Says each retry (without the platform's prefix, which the caller adds). */
  log?: (line: string) => void
  /** How long a retryable answer asks to wait (default: its Retry-After). */
  askedMs?: (response: Response) => number | undefined
  /** Before each attempt; `previous` is the retryable answer that made it a retry. */
  beforeAttempt?: (call: CallBudget, previous: Response | undefined) => void
  /** The error thrown when no attempt got an answer within the budget. */
  unreachable: (message: string, cause: unknown) => Error
}

/** The last answer: ok, not worth another attempt, or retryable with no room left in the
 *  budget (then `call.stopped`, and `call.gaveUp()` says so). */
export async function fetchWithRetry(
  url: URL,
  init: RequestInit,
  o: RetriedFetch
): Promise<{ response: Response; call: CallBudget }> {
  const call = new CallBudget(o.budget)
  let previous: Response | undefined
  for (;;) {
    o.beforeAttempt?.(call, previous)
    let response: Response
    try {
      response = await fetch(url, { ...init, redirect: 'error', signal: call.attemptSignal() })
    } catch (err) {
      const why = isTimeout(err) ? call.noAnswer() : causeText(err)
      const unreachable = `${o.what} could not reach ${url.origin}: ${why}`
      const wait = call.backoffMs()
      if (!call.retry(wait)) throw o.unreachable(call.gaveUp(unreachable), err)
      o.log?.(`${unreachable}, retrying in ${wait} ms`)
      await o.sleep(wait)
      continue
    }
    if (!RETRYABLE_STATUSES.has(response.status)) return { response, call }
    const asked = o.askedMs
      ? o.askedMs(response)
      : retryAfterMs(response.headers.get('retry-after'))
    const wait = asked ?? call.backoffMs()
    if (!call.retry(wait, asked !== undefined)) return { response, call }
    await response.arrayBuffer()
    o.log?.(`${o.what} answered ${response.status}, retrying in ${wait} ms`)
    previous = response
    await o.sleep(wait)
  }
}

/** What fetch says went wrong: undici puts the reason (ECONNREFUSED, ...) in `cause`. */
function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return error.cause instanceof Error ? error.cause.message : String(error.cause ?? error.message)
}
