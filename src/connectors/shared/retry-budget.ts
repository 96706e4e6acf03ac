// How long one platform call may take. Every client (Octokit, the AWS SDK, the Slack
// WebClient, the SCIM client) retries throttling and transient failures within one budget per
// call: at most `retries` retries, `seconds` in all, `attempt_seconds` per attempt. A wait a
// platform asks for (Retry-After, GitHub's rate-limit reset) is honoured only when it fits;
// otherwise the call fails at once, and its error says so: "gave up after 3 retries / 60 s:
// <the last error>". The step then fails and apply goes on with the others.
import type { Platforms, RetryBudget } from '../../declarations/types.js'

export type { RetryBudget }

/** A job's worth: a revocation that cannot get through in a minute is better failed, logged
 *  and rerun than left holding apply up. */
export const DEFAULT_RETRY_BUDGET: Readonly<RetryBudget> = {
  retries: 3,
  seconds: 60,
  attempt_seconds: 20
}

/** The budget of one platform: its block's `retry` over `policy.retry`. */
export function retryBudget(platforms: Platforms, own?: Partial<RetryBudget>): RetryBudget {
  return { ...DEFAULT_RETRY_BUDGET, ...platforms.policy.retry, ...own }
}

/** First wait between retries without a Retry-After; doubles with each retry. */
const BACKOFF_MS = 500

/** Marks an error that a budget stopped retrying; see gaveUpPrefix. */
const GAVE_UP = Symbol('offboard.gaveUp')

/** One call's share of a budget. The clock starts with the first attempt (time a request
 *  spends queued for pacing is not the platform's). */
export class CallBudget {
  /** Retries granted so far. */
  retries = 0
  /** Whether the budget refused a retry: the call's error is then reported as given up. */
  stopped = false
  private started: number | undefined
  private attemptMs = 0
  private refusedWait: number | undefined

  constructor(
    readonly budget: RetryBudget,
    private readonly now: () => number = Date.now
  ) {}

  /** Milliseconds left for the call (the whole budget before the first attempt). */
  remainingMs(): number {
    const total = this.budget.seconds * 1000
    return this.started === undefined ? total : total - (this.now() - this.started)
  }

  /** How long the next attempt may wait for an answer; starts the clock. */
  attemptTimeoutMs(): number {
    const remaining = this.remainingMs()
    this.started ??= this.now()
    this.attemptMs = Math.max(1, Math.min(this.budget.attempt_seconds * 1000, remaining))
    return this.attemptMs
  }

  /** A signal that aborts the next attempt when it has waited long enough. */
  attemptSignal(): AbortSignal {
    return AbortSignal.timeout(this.attemptTimeoutMs())
  }

  /** The promise, or a TimeoutError once the attempt's time is up (for clients whose requests
   *  cannot take a signal per call). */
  within<T>(attempt: Promise<T>): Promise<T> {
    const ms = this.attemptTimeoutMs()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(this.noAnswer()), { name: 'TimeoutError' })),
        ms
      )
    })
    return Promise.race([attempt, timeout]).finally(() => clearTimeout(timer))
  }

  /** Whether another attempt may follow a wait of `waitMs`; grants it (a retry) when it may.
   *  `asked`: the platform asked for the wait, which the error message then names. */
  retry(waitMs: number, asked = false): boolean {
    // The wait, and at least a moment for the attempt after it, must fit.
    const fits = waitMs < this.remainingMs()
    if (this.retries >= this.budget.retries || !fits) {
      if (asked && !fits) this.refusedWait = waitMs
      this.stopped = true
      return false
    }
    this.retries++
    return true
  }

  /** The wait before the next retry when the platform named none. */
  backoffMs(): number {
    return BACKOFF_MS * 2 ** this.retries
  }

  /** What an attempt that timed out is reported as. */
  noAnswer(): string {
    return `no answer within ${seconds(this.attemptMs)} s`
  }

  /** `gave up after 3 retries / 60 s: <last>`, naming a wait the budget could not grant. */
  gaveUp(last: string): string {
    return `${this.summary()}: ${last}`
  }

  /** Marks `error` as given up on by this budget (for clients whose errors are not ours). */
  mark(error: unknown): void {
    if (typeof error === 'object' && error !== null)
      (error as Record<symbol, unknown>)[GAVE_UP] = this.summary()
  }

  private summary(): string {
    const refused =
      this.refusedWait === undefined ? '' : ` (asked to wait ${seconds(this.refusedWait)} s)`
    return `gave up after ${this.retries} ${this.retries === 1 ? 'retry' : 'retries'} / ${this.budget.seconds} s${refused}`
  }
}

/** `gave up after ... : ` for an error a budget marked, else ''. */
export function gaveUpPrefix(error: unknown): string {
  const said =
    typeof error === 'object' && error !== null
      ? (error as Record<symbol, unknown>)[GAVE_UP]
      : undefined
  return typeof said === 'string' ? `${said}: ` : ''
}

/** Whether an error is an attempt that ran out of time (fetch's signal, or `within`). By
 *  shape: fetch rejects with a DOMException, which another realm's Error does not match, and
 *  which some clients wrap as `new Error(String(exception))`. */
export function isTimeout(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  const e = error as { name?: unknown; message?: unknown; cause?: unknown }
  return (
    e.name === 'TimeoutError' ||
    (typeof e.message === 'string' && e.message.startsWith('TimeoutError: ')) ||
    isTimeout(e.cause, depth + 1)
  )
}

/** Retry-After (RFC 9110: seconds or an HTTP date) in milliseconds, or undefined. */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now()
): number | undefined {
  if (!header) return undefined
  const s = Number(header)
  if (Number.isFinite(s)) return Math.max(0, s * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

const seconds = (ms: number) => String(Math.round(ms / 100) / 10)

/** A platform block's own retry budget, when it sets one: what its settings keep of `raw`. */
export const ownRetry = (raw: { retry?: Partial<RetryBudget> }) =>
  raw.retry ? { retry: raw.retry } : {}
