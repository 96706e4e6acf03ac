// The one place an Octokit is built: REST + throttling + retry, pointed at GITHUB_API_URL.
// Rate limits (primary and secondary) are waited out here, so callers never see them as
// failures; a read-only client refuses every request that is not GET/HEAD.
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

/** How many times one request may be held back by a rate limit before it gives up. */
const MAX_RATE_LIMIT_WAITS = 10

export interface GithubClientOptions {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string
  /** Refuse anything but GET/HEAD before it leaves the process (plan and audit). */
  readOnly: boolean
  log: (line: string) => void
  /** Milliseconds per second of any wait (rate limits, 5xx backoff); tests shrink it. Default 1000. */
  retryAfterBaseValue?: number
  /** Space writes as GitHub asks (one a second; three seconds for those that notify).
   *  Default true; only tests and simulated servers turn it off. */
  paceWrites?: boolean
}

/** A stand-in for the throttling plugin's write queues that lets every write through at once. */
const unpaced = {
  key: () => ({ schedule: (_job: unknown, task: () => Promise<unknown>) => task() })
} as unknown as ThrottlingOptions['write']

/** Counts every HTTP attempt (retries included) and names bare 429s, see below. */
function accounting(octokit: Pick<Octokit, 'hook'>) {
  const stats = { requests: 0 }
  octokit.hook.wrap('request', async (request, options) => {
    stats.requests++
    try {
      return await request(options)
    } catch (error) {
      // GitHub documents any 429 without `x-ratelimit-remaining: 0` as a secondary rate
      // limit; the throttling plugin recognises those by message only, so say so.
      if (
        isHttpError(error) &&
        error.status === 429 &&
        error.response?.headers['x-ratelimit-remaining'] !== '0' &&
        !/secondary rate/i.test(error.message)
      )
        error.message = `${error.message} (secondary rate limit)`
      throw error
    }
  })
  return { stats }
}

// Listed first so its wrap sits closest to the network: it sees every retry.
const GithubOctokit = Octokit.plugin(accounting, throttling, retry)
export type GithubOctokit = InstanceType<typeof GithubOctokit>

export function createGithubClient(opts: GithubClientOptions): GithubOctokit {
  const wait =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      if (count >= MAX_RATE_LIMIT_WAITS) {
        opts.log(
          `github: ${kind} rate limit persists after ${count} waits: giving up on ${options.method} ${options.url}`
        )
        return false
      }
      opts.log(
        `github: ${kind} rate limit: waiting ${retryAfter}s before retrying ${options.method} ${options.url}`
      )
      return true
    }
  const octokit = new GithubOctokit({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    userAgent: 'offboard',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => opts.log(`github: ${message}`),
      error: (message: string) => opts.log(`github: ${message}`)
    },
    throttle: {
      onRateLimit: wait('primary'),
      onSecondaryRateLimit: wait('secondary'),
      retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000,
      ...(opts.paceWrites === false ? { write: unpaced, notifications: unpaced } : {})
    },
    // Rate limits (403/429) belong to the throttling plugin alone; retry handles 5xx.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000
    }
  })
  if (opts.readOnly)
    octokit.hook.before('request', options => {
      if (options.method !== 'GET' && options.method !== 'HEAD')
        throw new Error(
          `github: refused ${options.method} ${options.url}: this client is read-only (plan and audit never write)`
        )
    })
  return octokit
}

/** Octokit's RequestError, recognised by shape (its package is not ours to import). */
interface HttpError extends Error {
  status: number
  response?: { headers: Record<string, string | undefined>; data?: unknown }
}

function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error && typeof (error as Partial<HttpError>).status === 'number'
}

/** The HTTP status of a GitHub answer that was an error, or undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined
}

/** A short, secret-free description of an error for notes, reasons and outcome details. */
export function describeError(error: unknown): string {
  if (isHttpError(error)) {
    const data = error.response?.data as { message?: string } | undefined
    const message = data?.message ?? error.message
    return `GitHub answered ${error.status}: ${message}`
  }
  return error instanceof Error ? error.message : String(error)
}
