// The one place Slack's clients are built: the Web API (WebClient) limited to the methods a
// mode may call, so that a reader (plan, audit) cannot change Slack whatever the code asks,
// and for a writer that deactivates through it, Slack's SCIM API (the shared SCIM client).
// Each Web API call waits out a 429 (Retry-After) and retries server errors and lost
// connections within its retry budget (retry-budget.ts); the WebClient itself neither retries
// nor queues behind a rate limit. Errors name the method and say what to do.
import {
  ErrorCode,
  LogLevel,
  WebAPIPlatformError,
  WebClient,
  type Logger,
  type WebAPICallError
} from '@slack/web-api'
import type { SlackConfig } from '../../declarations/types.js'
import type { ConnectorContext } from '../connector.js'
import { noCredentials } from '../shared/results.js'
import {
  CallBudget,
  isTimeout,
  retryBudget,
  sleep,
  type RetryBudget
} from '../shared/retry-budget.js'
import { ScimClient, type ScimTiming } from '../shared/scim-client.js'

const DEFAULT_API_URL = 'https://slack.com/api/'
const DEFAULT_SCIM_URL = 'https://api.slack.com/scim/v2/'
/** The largest `limit` Slack's cursor-paged methods accept. */
const PAGE_SIZE = 1000

/** All a reader may call: plan and audit cannot change Slack, whatever the code asks. */
const READ_METHODS = [
  'users.info',
  'users.lookupByEmail',
  'users.list',
  'usergroups.list',
  'usergroups.users.list',
  'conversations.members'
] as const
const WRITE_METHODS = [
  'admin.users.session.reset',
  'admin.users.remove',
  'usergroups.users.update',
  'conversations.kick'
] as const
export type Method = (typeof READ_METHODS)[number] | (typeof WRITE_METHODS)[number]

/** Slack errors that say "try again" (not fatal_error: part of the call may have been done). */
const TRANSIENT = new Set(['internal_error', 'service_unavailable'])

export interface Member {
  id: string
  name?: string
  real_name?: string
  team_id?: string
  deleted?: boolean
  is_admin?: boolean
  is_owner?: boolean
  is_primary_owner?: boolean
  is_bot?: boolean
  profile?: { email?: string; real_name?: string }
}

export interface Usergroup {
  id: string
  handle: string
  users?: string[]
}

type Answer = Record<string, unknown> & { response_metadata?: { next_cursor?: string } }

/** The Web API limited to the methods one mode may call; counts HTTP requests. */
export class SlackApi {
  requests = 0
  private readonly client: WebClient
  private readonly allowed: ReadonlySet<string>
  private readonly sleep: (ms: number) => Promise<void>

  constructor(
    private readonly opts: {
      token: string
      apiUrl: string
      mode: 'read' | 'write'
      log: (line: string) => void
      budget: RetryBudget
      sleep?: (ms: number) => Promise<void>
    }
  ) {
    this.allowed = new Set<string>(
      opts.mode === 'read' ? READ_METHODS : [...READ_METHODS, ...WRITE_METHODS]
    )
    this.sleep = opts.sleep ?? sleep
    this.client = new WebClient(opts.token, {
      slackApiUrl: opts.apiUrl,
      // Retries and rate-limit waits are call()'s, within the budget: the WebClient's own
      // policy retries for about half an hour.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: opts.budget.attempt_seconds * 1000,
      logger: slackLogger(opts.log),
      fetch: (url, init) => {
        this.requests++
        return fetch(url, init)
      }
    })
  }

  /** Throws SlackCallError, whose message names the method and says what to do. */
  async call(method: Method, args: Record<string, unknown>): Promise<Answer> {
    if (!this.allowed.has(method))
      throw new SlackCallError(`slack: refused ${method}: this client only reads (plan and audit)`)
    const call = new CallBudget(this.opts.budget)
    for (;;) {
      try {
        return (await call.within(this.client.apiCall(method, args))) as unknown as Answer
      } catch (err) {
        const what = describe(method, err, call)
        const wait = retryWait(err, call)
        if (!wait) throw new SlackCallError(`slack: ${what}`, err)
        if (!call.retry(wait.ms, wait.asked))
          throw new SlackCallError(`slack: ${call.gaveUp(what)}`, err)
        this.opts.log(
          `slack: ${what}; retrying in ${wait.ms / 1000} s (retry ${call.retries} of ${this.opts.budget.retries})`
        )
        await this.sleep(wait.ms)
      }
    }
  }

  /** Every item of a cursor-paged method, with the largest page Slack allows; `keep` cuts each
   *  item down as its page arrives, so that the answers are not all held. */
  async collect<T, K = T>(
    method: Method,
    args: Record<string, unknown>,
    key: string,
    keep: (item: T) => K = item => item as unknown as K
  ): Promise<K[]> {
    const items: K[] = []
    let cursor: string | undefined
    do {
      const page = await this.call(method, {
        ...args,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {})
      })
      for (const item of (page[key] as T[] | undefined) ?? []) items.push(keep(item))
      cursor = page.response_metadata?.next_cursor || undefined
    } while (cursor)
    return items
  }
}

/** Every user group with its members (one call). */
export async function usergroups(api: SlackApi): Promise<Usergroup[]> {
  const answer = await api.call('usergroups.list', { include_users: true })
  return (answer.usergroups ?? []) as Usergroup[]
}

/** The members of a channel. */
export const channelMembers = (api: SlackApi, channel: string): Promise<string[]> =>
  api.collect<string>('conversations.members', { channel }, 'members')

/** The WebClient's error, recognised by its code. */
function slackError(err: unknown): WebAPICallError | undefined {
  const code =
    typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined
  return Object.values(ErrorCode).includes(code as ErrorCode) ? (err as WebAPICallError) : undefined
}

/** The wait before retrying a failed call, or undefined when a retry cannot help. */
function retryWait(err: unknown, call: CallBudget): { ms: number; asked?: boolean } | undefined {
  const e = slackError(err)
  if (e?.code === ErrorCode.RateLimitedError) return { ms: e.retryAfter * 1000, asked: true }
  const transient =
    isTimeout(err) ||
    e?.code === ErrorCode.RequestError ||
    (e?.code === ErrorCode.HTTPError && e.statusCode >= 500) ||
    (e?.code === ErrorCode.PlatformError && TRANSIENT.has(e.data.error))
  return transient ? { ms: call.backoffMs() } : undefined
}

/** The WebClient's own lines (rate-limit waits, warnings) go to the progress log. */
function slackLogger(log: (line: string) => void): Logger {
  let level = LogLevel.INFO
  const say = (...msg: unknown[]) => log(`slack: ${msg.map(String).join(' ')}`)
  return {
    debug: () => undefined,
    info: say,
    warn: say,
    error: say,
    setLevel: l => (level = l),
    getLevel: () => level,
    setName: () => undefined
  }
}

/** A failed call. `code` is Slack's error name (`not_in_channel`, ...) when it answered ok: false. */
export class SlackCallError extends Error {
  readonly code: string | undefined
  constructor(message: string, cause?: unknown) {
    super(message, { cause })
    this.name = 'SlackCallError'
    this.code = cause instanceof WebAPIPlatformError ? cause.data.error : undefined
  }
}

export function slackCode(err: unknown): string | undefined {
  return err instanceof SlackCallError ? err.code : undefined
}

/** An error as one line that names the method and says what to do. */
function describe(method: string, err: unknown, call: CallBudget): string {
  const e = slackError(err)
  if (isTimeout(err) || (e?.code === ErrorCode.RequestError && isTimeout(e.original)))
    return `${method}: ${call.noAnswer()}`
  if (e?.code === ErrorCode.RequestError) {
    const cause = e.original.cause instanceof Error ? ` (${e.original.cause.message})` : ''
    return `${method}: could not reach Slack: ${e.original.message}${cause}`
  }
  if (e?.code === ErrorCode.HTTPError) return `${method} answered HTTP ${e.statusCode}`
  if (e?.code === ErrorCode.RateLimitedError)
    return `${method} answered 429 (ratelimited, retry after ${e.retryAfter} s)`
  if (!(err instanceof WebAPIPlatformError))
    return `${method} failed: ${err instanceof Error ? err.message : String(err)}`
  const code = err.data.error
  const needed = (err.data as { needed?: string }).needed
  const hints: Record<string, string> = {
    missing_scope: `the token lacks the scope ${needed ?? '(not named)'}`,
    not_allowed_token_type: 'needs an org-level user token of an admin (Enterprise Grid)',
    not_an_admin: "the token's user is not an admin",
    no_permission: "the token's user may not do this",
    feature_not_enabled: 'not available on this Slack plan',
    paid_only: 'not available on this Slack plan',
    invalid_auth: 'SLACK_TOKEN was rejected: check that it is current',
    not_authed: 'SLACK_TOKEN was rejected: check that it is current',
    token_revoked: 'SLACK_TOKEN was revoked: issue a new one',
    permission_denied: 'workspace settings do not let this token manage user groups',
    channel_not_found:
      "the channel does not exist, or the token cannot see it (a private channel needs the token's user as a member)"
  }
  const hint = Object.hasOwn(hints, code) ? hints[code] : undefined
  return `${method} answered ${code}${hint ? `: ${hint}` : ''}`
}

export function isBot(m: Member): boolean {
  return m.is_bot === true || m.id === 'USLACKBOT'
}

/** Test seam: the waits between retries, of the Web API and Slack's SCIM API. */
export type SlackOptions = ScimTiming

/** What Slack's discover, list and perform work with. Without a token there is no client, and
 *  `unavailable` says why. */
export interface SlackConnection {
  config: SlackConfig
  unavailable?: string
  api?: SlackApi
  /** Slack's SCIM API: only a writer that deactivates through it (deactivate_with: scim). */
  scim?: ScimClient
}

export function connectSlack(
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  options: SlackOptions
): SlackConnection {
  const config: SlackConfig = ctx.platforms.slack ?? { deactivate_with: 'scim', protected: [] }
  const token = ctx.env.SLACK_TOKEN
  if (!token) return { config, unavailable: `not checked: ${noCredentials('SLACK_TOKEN')}` }
  ctx.maskSecret(token)
  const apiUrl = withSlash(ctx.env.SLACK_API_URL || DEFAULT_API_URL)
  const budget = retryBudget(ctx.platforms, config.retry)
  const api = new SlackApi({ token, apiUrl, mode, log: ctx.log, budget, sleep: options.sleep })
  const scim =
    mode === 'write' && config.deactivate_with === 'scim'
      ? new ScimClient({
          platform: 'slack',
          baseUrl: ctx.env.SLACK_SCIM_URL || DEFAULT_SCIM_URL,
          token,
          tokenEnv: 'SLACK_TOKEN',
          mode,
          log: ctx.log,
          budget,
          ...options
        })
      : undefined
  return { config, api, scim }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}
