// The one place an Octokit is built: REST + throttling + retry, pointed at GITHUB_API_URL.
// Rate limits (primary and secondary) are waited out and server errors retried here, within
// the retry budget of each request (retry-budget.ts): a wait longer than the budget allows
// fails the request at once. A read-only client refuses every request that is not GET/HEAD.
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { GithubConfig } from '../../declarations/types.js'
import { orgsOf } from './settings.js'
import type { ConnectorContext } from '../connector.js'
import { noCredentials } from '../shared/results.js'
import {
  CallBudget,
  DEFAULT_RETRY_BUDGET,
  gaveUpPrefix,
  isTimeout,
  retryBudget,
  type RetryBudget
} from '../shared/retry-budget.js'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

/** The kind of token, from the prefix GitHub gives each kind: some endpoints answer only one. */
export type TokenKind = 'installation' | 'classic' | 'fine_grained' | 'oauth' | 'other'

export function tokenKind(token: string): TokenKind {
  if (token.startsWith('ghs_')) return 'installation'
  if (token.startsWith('ghp_')) return 'classic'
  if (token.startsWith('github_pat_')) return 'fine_grained'
  if (token.startsWith('gho_')) return 'oauth'
  return 'other'
}

export interface GithubClientOptions {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string
  /** Refuse anything but GET/HEAD before it leaves the process (plan and audit). */
  readOnly: boolean
  log: (line: string) => void
  /** Milliseconds per second of any wait (rate limits, 5xx backoff); tests shrink it. Default 1000. */
  retryAfterBaseValue?: number
  /** Space writes as GitHub asks, one a second. Default true; only tests and simulated
   *  servers turn it off. */
  paceWrites?: boolean
  /** How long one request may take, retries and waits included (default 3 retries, 60 s). */
  budget?: RetryBudget
}

/** The budget of each request, by its own `request` options (see perCall). */
const calls = new WeakMap<object, CallBudget>()
const callOf = (options: { request?: object }): CallBudget | undefined =>
  options.request && calls.get(options.request)

/** Statuses the retry plugin leaves alone: rate limits (403/429) are the throttling plugin's. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** A stand-in for the throttling plugin's write queues that lets every write through at once. */
const unpaced = {
  key: () => ({ schedule: (_job: unknown, task: () => Promise<unknown>) => task() })
} as unknown as ThrottlingOptions['write']

/** Counts every HTTP attempt (retries included), gives each its share of the request's
 *  budget as a timeout, and names bare 429s and timeouts, see below. */
function accounting(octokit: Pick<Octokit, 'hook'>) {
  const stats = { requests: 0 }
  octokit.hook.wrap('request', async (request, options) => {
    stats.requests++
    const call = callOf(options)
    // After the write pacing: time spent queued is not the platform's.
    if (call) options.request.signal = call.attemptSignal()
    try {
      return await request(options)
    } catch (error) {
      if (call && isHttpError(error) && !error.response && isTimeout(error.cause))
        error.message = call.noAnswer()
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

/** Lets the retry plugin retry a server error only while the request's budget allows the
 *  plugin's next wait, and marks an error the budget gave up on (rate limits included, which
 *  the throttling plugin asked the budget about already). Sits between the two plugins. */
function budgetGate(
  octokit: Pick<Octokit, 'hook'>,
  octokitOptions: { retry?: { retryAfterBaseValue?: number } }
) {
  const base = octokitOptions.retry?.retryAfterBaseValue ?? 1000
  octokit.hook.error('request', (error, options) => {
    const call = callOf(options)
    if (call && isHttpError(error) && error.status >= 400 && !DO_NOT_RETRY.includes(error.status)) {
      // The retry plugin waits (n + 1)^2 base values before retry n + 1, and retries while
      // `retries` exceeds the retries it made (never more than the budget granted).
      const n = call.retries
      options.request.retries = call.retry((n + 1) ** 2 * base) ? call.budget.retries + 1 : 0
    }
    if (call?.stopped) call.mark(error)
    throw error
  })
}

/** Gives each request its own `request` options and budget: Octokit shares one `request`
 *  object between requests (and the plugins keep their retry counts there), while every hook
 *  of one request sees the same options object. */
function perCall(
  octokit: Pick<Octokit, 'hook'>,
  octokitOptions: { offboardBudget?: RetryBudget; [option: string]: unknown }
) {
  const budget = octokitOptions.offboardBudget ?? DEFAULT_RETRY_BUDGET
  octokit.hook.before('request', options => {
    options.request = { ...options.request }
    calls.set(options.request, new CallBudget(budget))
  })
}

// Listed first, accounting's wrap sits closest to the network: it sees every retry; perCall,
// listed last, comes first.
const GithubOctokit = Octokit.plugin(accounting, throttling, budgetGate, retry, perCall)
export type GithubOctokit = InstanceType<typeof GithubOctokit>

export function createGithubClient(opts: GithubClientOptions): GithubOctokit {
  const base = opts.retryAfterBaseValue ?? 1000
  const wait =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string; request?: object }) => {
      const call = callOf(options)
      if (call && !call.retry(retryAfter * base, true)) {
        opts.log(
          `github: ${kind} rate limit: ${call.gaveUp(`not waiting ${retryAfter}s for ${options.method} ${options.url}`)}`
        )
        return false
      }
      opts.log(
        `github: ${kind} rate limit: waiting ${retryAfter}s before retrying ${options.method} ${options.url}`
      )
      return true
    }
  const octokit = new GithubOctokit({
    offboardBudget: opts.budget,
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
      retryAfterBaseValue: base,
      // Writes that notify get no slower queue than the others (the plugin's is one every 3 s):
      // GitHub's limit for content-generating requests is 80 a minute, which one write a
      // second keeps under, and an answer that says otherwise is waited out above.
      notifications: unpaced,
      ...(opts.paceWrites === false ? { write: unpaced } : {})
    },
    // Rate limits (403/429) belong to the throttling plugin alone; retry handles 5xx and
    // requests that got no answer, as budgetGate lets it.
    retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base }
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

/** Client tuning for tests and simulated servers; see GithubClientOptions. */
export type GithubConnectorOptions = Pick<GithubClientOptions, 'retryAfterBaseValue' | 'paceWrites'>

/** What GitHub's discover, list and perform work with in one organization: its client. */
export interface Github {
  config: GithubConfig
  org: string
  octokit: GithubOctokit
  /** Some endpoints answer only one kind of token (answers.ts). */
  tokenKind: TokenKind
  /** A reader's: the organization-wide listings (owners, invitations, outside collaborators,
   *  deploy keys) read once for every person one plan discovers, so that the departures of a
   *  change share them. A writer has none: what it reads back before or after a write is
   *  read afresh. */
  shared?: SharedReads
}

/** Each listing read once: later callers get the same answer, or the same failure. */
export type SharedReads = <T>(what: string, read: () => Promise<T>) => Promise<T>

function sharedReads(): SharedReads {
  const reads = new Map<string, Promise<unknown>>()
  return <T>(what: string, read: () => Promise<T>) => {
    if (!reads.has(what)) reads.set(what, read())
    return reads.get(what) as Promise<T>
  }
}

/** The enterprise's client (github.enterprise), for its members, Copilot seats and SCIM. */
export interface GithubEnterprise {
  config: GithubConfig
  slug: string
  octokit: GithubOctokit
  tokenKind: TokenKind
}

/** One organization's client, or why there is none (no token for it). */
export type OrgConnection = { org: string } & (
  { github: Github; unavailable?: undefined } | { github?: undefined; unavailable: string }
)

/** The clients of every organization and of the enterprise, or why there are none (no github
 *  block); `config` whenever there is a github block, for plans made without the clients. */
export type GithubConnection =
  | {
      config: GithubConfig
      orgs: OrgConnection[]
      enterprise?:
        | { github: GithubEnterprise; unavailable?: undefined }
        | { github?: undefined; unavailable: string }
      /** Set when no organization has a client: the whole platform is not checked. */
      unavailable?: string
    }
  | { config?: undefined; orgs: []; enterprise?: undefined; unavailable: string }

/** The variable holding one organization's token: each organization has its own GitHub App
 *  installation, so its own installation token (`acme-labs` reads GITHUB_TOKEN_ACME_LABS). */
export const orgTokenEnv = (org: string): string =>
  `GITHUB_TOKEN_${org.toUpperCase().replace(/-/g, '_')}`

/** The enterprise's token: enterprise endpoints answer an enterprise owner's token. */
export const ENTERPRISE_TOKEN_ENV = 'GITHUB_ENTERPRISE_TOKEN'

export function connectGithub(
  ctx: ConnectorContext,
  readOnly: boolean,
  options: GithubConnectorOptions
): GithubConnection {
  const config = ctx.platforms.github
  if (!config) return { orgs: [], unavailable: 'not checked: no github block in platforms.yaml' }
  const client = (token: string) => {
    ctx.maskSecret(token)
    return createGithubClient({
      token,
      baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
      readOnly,
      log: ctx.log,
      budget: retryBudget(ctx.platforms, config.retry),
      ...options
    })
  }
  // Its own variable first, then the one token for everything (a classic token of an owner).
  const tokenFor = (own: string) => {
    const token = ctx.env[own] || ctx.env.GITHUB_TOKEN
    return token
      ? { token }
      : { missing: `not checked: ${noCredentials(`${own} or GITHUB_TOKEN`)}` }
  }
  const single = orgsOf(config).length === 1
  const orgs = orgsOf(config).map((org): OrgConnection => {
    const own = orgTokenEnv(org)
    const t = single && !ctx.env[own] ? tokenFor('GITHUB_TOKEN') : tokenFor(own)
    if (!('token' in t) || !t.token)
      return {
        org,
        unavailable: single ? `not checked: ${noCredentials('GITHUB_TOKEN')}` : t.missing!
      }
    return {
      org,
      github: {
        config,
        org,
        octokit: client(t.token),
        tokenKind: tokenKind(t.token),
        ...(readOnly ? { shared: sharedReads() } : {})
      }
    }
  })
  const slug = config.enterprise
  const et = slug === undefined ? undefined : tokenFor(ENTERPRISE_TOKEN_ENV)
  const enterprise =
    slug === undefined || !et
      ? undefined
      : et.token
        ? {
            github: {
              config,
              slug,
              octokit: client(et.token),
              tokenKind: tokenKind(et.token)
            }
          }
        : { unavailable: et.missing! }
  const none = orgs.find(o => o.unavailable)
  const unavailable =
    orgs.every(o => o.unavailable) && none
      ? single
        ? none.unavailable
        : `not checked: ${noCredentials('GITHUB_TOKEN, or GITHUB_TOKEN_<ORG> for each organization')}`
      : undefined
  return {
    config,
    orgs,
    ...(enterprise ? { enterprise } : {}),
    ...(unavailable ? { unavailable } : {})
  }
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
  const gaveUp = gaveUpPrefix(error)
  if (isHttpError(error)) {
    // Octokit reports a request that got no answer as a 500 without a response.
    if (!error.response) return `${gaveUp}could not reach GitHub: ${error.message}`
    const data = error.response.data as { message?: string } | undefined
    const message = data?.message ?? error.message
    return `${gaveUp}GitHub answered ${error.status}: ${message}`
  }
  return gaveUp + (error instanceof Error ? error.message : String(error))
}
