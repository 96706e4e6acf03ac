// Slack: finds the member (by id, or by email when none is declared), ends their sessions and
// deactivates them on departure (Slack's SCIM API, admin.users.remove, or not at all), and
// removes them from user groups and channels no longer granted. Rate limits are the
// WebClient's business: it waits out every 429 itself, so a throttled call is only delayed.
import {
  LogLevel,
  WebAPIPlatformError,
  WebClient,
  type Logger,
  type RetryOptions
} from '@slack/web-api'
import type { SlackConfig } from '../declarations/types.js'
import type { Grant } from '../grants.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Holding,
  Identity,
  Inventory,
  ListedAccount,
  Outcome,
  PlatformPlan,
  PlatformWriter,
  Scope,
  Step
} from './connector.js'
import { failed, noCredentials, type ScimTiming } from './scim.js'
import { ScimClient } from './scim-client.js'

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
type Method = (typeof READ_METHODS)[number] | (typeof WRITE_METHODS)[number]

/** Session reset answers that mean "this token or plan cannot do it", not "it went wrong". */
const CANNOT_RESET = new Set([
  'not_allowed_token_type',
  'missing_scope',
  'not_an_admin',
  'no_permission',
  'access_denied',
  'feature_not_enabled',
  'paid_only',
  'unknown_method',
  'cannot_reset_bot'
])

/** Test seams: the WebClient's retry policy and the SCIM client's waits. */
export interface SlackOptions {
  retryConfig?: RetryOptions
  scim?: ScimTiming
}

interface Member {
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

interface Usergroup {
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

  constructor(opts: {
    token: string
    apiUrl: string
    mode: 'read' | 'write'
    log: (line: string) => void
    retryConfig?: RetryOptions
  }) {
    this.allowed = new Set<string>(
      opts.mode === 'read' ? READ_METHODS : [...READ_METHODS, ...WRITE_METHODS]
    )
    this.client = new WebClient(opts.token, {
      slackApiUrl: opts.apiUrl,
      // A hung request is retried by the WebClient like a dropped connection.
      timeout: 30_000,
      logger: slackLogger(opts.log),
      ...(opts.retryConfig ? { retryConfig: opts.retryConfig } : {}),
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
    try {
      return (await this.client.apiCall(method, args)) as unknown as Answer
    } catch (err) {
      throw new SlackCallError(describe(method, err), err)
    }
  }

  /** Every item of a cursor-paged method, with the largest page Slack allows. */
  async collect<T>(method: Method, args: Record<string, unknown>, key: string): Promise<T[]> {
    const items: T[] = []
    let cursor: string | undefined
    do {
      const page = await this.call(method, {
        ...args,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {})
      })
      items.push(...((page[key] as T[] | undefined) ?? []))
      cursor = page.response_metadata?.next_cursor || undefined
    } while (cursor)
    return items
  }
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

function slackCode(err: unknown): string | undefined {
  return err instanceof SlackCallError ? err.code : undefined
}

/** An error as one line that names the method and says what to do. */
function describe(method: string, err: unknown): string {
  if (!(err instanceof WebAPIPlatformError))
    return `slack: ${method} failed: ${err instanceof Error ? err.message : String(err)}`
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
    permission_denied: 'workspace settings do not let this token manage user groups'
  }
  const hint = hints[code]
  return `slack: ${method} answered ${code}${hint ? `: ${hint}` : ''}`
}

function isBot(m: Member): boolean {
  return m.is_bot === true || m.id === 'USLACKBOT'
}

function memberHolding(m: Member): Holding {
  const flags = [
    m.deleted && 'deactivated',
    m.is_primary_owner ? 'primary owner' : m.is_owner ? 'owner' : m.is_admin && 'admin',
    isBot(m) && 'bot'
  ].filter(Boolean)
  const name = m.real_name ?? m.profile?.real_name ?? m.name
  return {
    kind: 'member',
    id: m.id,
    label: `member ${m.id}${name ? ` (${name})` : ''}${flags.length ? `: ${flags.join(', ')}` : ''}`,
    details: {
      deleted: m.deleted === true,
      is_admin: m.is_admin === true,
      is_owner: m.is_owner === true,
      is_primary_owner: m.is_primary_owner === true,
      is_bot: isBot(m),
      team_id: m.team_id ?? null
    }
  }
}

export function slackConnector(options: SlackOptions = {}): ConnectorFactory {
  return {
    reader: ctx => {
      const { platform, unavailable, discover, planSteps, list } = build(ctx, 'read', options)
      return { platform, unavailable, discover, planSteps, list }
    },
    writer: ctx => build(ctx, 'write', options)
  }
}

export const slack: ConnectorFactory = slackConnector()

function build(
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  options: SlackOptions
): PlatformWriter {
  const config: SlackConfig = ctx.platforms.slack ?? { deactivate_with: 'scim', protected: [] }
  const token = ctx.env.SLACK_TOKEN
  if (token) ctx.maskSecret(token)
  const unavailable = token ? undefined : `not checked: ${noCredentials('SLACK_TOKEN')}`
  const apiUrl = withSlash(ctx.env.SLACK_API_URL || DEFAULT_API_URL)
  const api = token
    ? new SlackApi({ token, apiUrl, mode, log: ctx.log, retryConfig: options.retryConfig })
    : undefined
  const scim =
    token && mode === 'write' && config.deactivate_with === 'scim'
      ? new ScimClient({
          platform: 'slack',
          baseUrl: ctx.env.SLACK_SCIM_URL || DEFAULT_SCIM_URL,
          token,
          tokenEnv: 'SLACK_TOKEN',
          mode,
          log: ctx.log,
          ...options.scim
        })
      : undefined

  async function findMember(who: Identity): Promise<Member | undefined> {
    const [method, args] = who.account
      ? (['users.info', { user: who.account }] as const)
      : (['users.lookupByEmail', { email: who.email }] as const)
    try {
      return (await api!.call(method, args)).user as Member
    } catch (err) {
      if (slackCode(err) === 'user_not_found' || slackCode(err) === 'users_not_found')
        return undefined
      throw err
    }
  }

  async function usergroups(): Promise<Usergroup[]> {
    const answer = await api!.call('usergroups.list', { include_users: true })
    return (answer.usergroups ?? []) as Usergroup[]
  }

  /** Members of a channel, or undefined (with a note) when the token cannot see it. */
  async function channelMembers(channel: string, notes: string[]): Promise<string[] | undefined> {
    try {
      return await api!.collect<string>('conversations.members', { channel }, 'members')
    } catch (err) {
      if (slackCode(err) !== 'channel_not_found') throw err
      notes.push(`channel ${channel} not found, or not visible to the token: not checked`)
      return undefined
    }
  }

  async function discover(who: Identity, scope: Scope): Promise<Discovery> {
    const found: Discovery = {
      platform: 'slack',
      person: who.person,
      status: 'checked',
      holdings: [],
      notes: []
    }
    if (!api) return { ...found, status: 'not_checked', reason: unavailable }
    try {
      const member = await findMember(who)
      if (!member) {
        const looked = who.account ? `member id ${who.account}` : `email ${who.email}`
        return { ...found, status: 'no_account', notes: [`no Slack member with ${looked}`] }
      }
      found.account = { id: member.id, display: member.real_name ?? member.name ?? member.id }
      found.holdings.push(memberHolding(member))
      if (member.deleted) found.notes.push(`${member.id} is already deactivated`)
      const removed = (kind: Grant['kind']) =>
        scope.kind === 'reduction'
          ? scope.remove.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value)
          : []
      // A departure lists every user group (one call); channels end with deactivation.
      const handles = scope.kind === 'departure' ? undefined : removed('slack_usergroup')
      const [groups, channels] = await Promise.all([
        handles === undefined || handles.length ? usergroups() : [],
        Promise.all(
          removed('slack_channel').map(
            async c => [c, await channelMembers(c, found.notes)] as const
          )
        )
      ])
      for (const g of groups) {
        if ((handles && !handles.includes(g.handle)) || !g.users?.includes(member.id)) continue
        const last = g.users.length === 1
        found.holdings.push({
          kind: 'usergroup_membership',
          id: g.handle,
          label: `user group @${g.handle}${last ? ' (last member)' : ''}`,
          details: { usergroup_id: g.id, last_member: last }
        })
        if (last && scope.kind === 'reduction')
          found.notes.push(
            `${member.id} is the only member of @${g.handle}: Slack cannot empty a user group, so the removal will be reported, not made`
          )
      }
      for (const h of handles ?? [])
        if (!groups.some(g => g.handle === h)) found.notes.push(`user group @${h} not found`)
      for (const [channel, members] of channels)
        if (members?.includes(member.id))
          found.holdings.push({
            kind: 'channel_membership',
            id: channel,
            label: `channel ${channel}`
          })
      if (scope.kind === 'departure' && config.deactivate_with !== 'none')
        found.notes.push('deactivation signs the member out and removes them from every channel')
      return found
    } catch (err) {
      return { ...found, status: 'not_checked', reason: failed(err).detail }
    }
  }

  function planSteps(found: Discovery, scope: Scope): PlatformPlan {
    const member = found.holdings.find(h => h.kind === 'member')
    if (found.status !== 'checked' || !member || member.details?.deleted)
      return { steps: [], refused: [] }
    const uid = member.id
    const refusal = (reason: string): PlatformPlan => ({
      steps: [],
      refused: [{ platform: 'slack', person: found.person, target: uid, reason }]
    })
    if (config.protected.includes(uid))
      return refusal(`${uid} is protected (slack.protected in platforms.yaml): never touched`)
    if (member.details?.is_primary_owner)
      return refusal(
        `${uid} is the primary owner, whom Slack lets no one deactivate: transfer primary ownership first`
      )
    const step = (
      action: string,
      target: string,
      reason: string,
      params: Record<string, unknown>,
      extra: Partial<Step> = {}
    ): Step => ({
      id: `slack/${found.person}/${action}/${target}`,
      platform: 'slack',
      person: found.person,
      action,
      target,
      reason,
      after: [],
      mode: 'auto',
      params: { user_id: uid, ...params },
      ...extra
    })
    if (scope.kind === 'departure') {
      const reset = step('reset_sessions', uid, 'departure: sign out of every device now', {})
      const after = { after: [reset.id] }
      const deactivate = {
        scim: () =>
          step('deactivate_user', uid, "departure: deactivate through Slack's SCIM API", {}, after),
        admin: () =>
          step(
            'remove_from_workspace',
            uid,
            'departure: remove from the workspace (admin.users.remove)',
            { team_id: member.details?.team_id },
            after
          ),
        none: () =>
          step(
            'deactivate_user',
            uid,
            'deactivate_with is none: deactivate the member in Slack or the identity provider',
            {},
            { ...after, mode: 'manual' }
          )
      }[config.deactivate_with]()
      return { steps: [reset, deactivate], refused: [] }
    }
    const steps: Step[] = []
    for (const h of found.holdings) {
      if (h.kind === 'usergroup_membership')
        steps.push(
          step('remove_from_usergroup', `@${h.id}`, 'no role grants this user group any more', {
            usergroup_id: h.details?.usergroup_id,
            handle: h.id
          })
        )
      if (h.kind === 'channel_membership')
        steps.push(
          step('remove_from_channel', h.id, 'no role grants this channel any more', {
            channel: h.id
          })
        )
    }
    return { steps, refused: [] }
  }

  async function list(declared: Grant[]): Promise<Inventory> {
    const inventory: Inventory = {
      platform: 'slack',
      status: 'checked',
      accounts: [],
      requests: 0,
      notes: []
    }
    if (!api) return { ...inventory, status: 'not_checked', reason: unavailable }
    const before = api.requests
    const wanted = (kind: Grant['kind']) => [
      ...new Set(declared.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value))
    ]
    const handles = wanted('slack_usergroup')
    try {
      const [members, groups, channels] = await Promise.all([
        api.collect<Member>('users.list', {}, 'members'),
        handles.length ? usergroups() : [],
        Promise.all(
          wanted('slack_channel').map(
            async c => [c, await channelMembers(c, inventory.notes)] as const
          )
        )
      ])
      const grants = new Map<string, Grant[]>()
      const give = (uid: string, grant: Grant) =>
        grants.set(uid, [...(grants.get(uid) ?? []), grant])
      for (const handle of handles) {
        const group = groups.find(g => g.handle === handle)
        if (!group) inventory.notes.push(`declared user group @${handle} not found`)
        for (const uid of group?.users ?? [])
          give(uid, { platform: 'slack', kind: 'slack_usergroup', value: handle })
      }
      for (const [channel, uids] of channels)
        for (const uid of uids ?? [])
          give(uid, { platform: 'slack', kind: 'slack_channel', value: channel })
      inventory.accounts = members.map((m): ListedAccount => ({
        platform: 'slack',
        account: m.id,
        email: m.profile?.email,
        name: m.real_name ?? m.profile?.real_name ?? m.name,
        kind: isBot(m) ? 'bot' : 'member',
        active: !m.deleted,
        grants: grants.get(m.id) ?? [],
        credentials: []
      }))
    } catch (err) {
      Object.assign(inventory, { status: 'not_checked', reason: failed(err).detail })
    }
    inventory.requests = api.requests - before
    return inventory
  }

  /** One write call. `gone`: Slack errors meaning "nothing left to remove"; `cannot`: errors
   *  meaning this token or plan cannot make the call, recorded as skipped with `why`. */
  async function write(
    method: Method,
    args: Record<string, unknown>,
    answers: { gone?: string[]; cannot?: ReadonlySet<string>; why?: string }
  ): Promise<Outcome> {
    try {
      await api!.call(method, args)
      return { result: 'revoked', detail: '' }
    } catch (err) {
      const code = slackCode(err) ?? ''
      if (answers.gone?.includes(code)) return { result: 'already_absent', detail: code }
      if (answers.cannot?.has(code))
        return { result: 'skipped', detail: `${failed(err).detail}; ${answers.why ?? ''}` }
      return failed(err)
    }
  }

  async function removeFromUsergroup(
    uid: string,
    usergroup: string,
    handle: string
  ): Promise<Outcome> {
    // usergroups.users.update replaces the whole list: read it right before writing.
    let users: string[]
    try {
      const answer = await api!.call('usergroups.users.list', { usergroup, include_disabled: true })
      users = (answer.users ?? []) as string[]
    } catch (err) {
      if (slackCode(err) === 'no_such_subteam')
        return { result: 'already_absent', detail: `user group @${handle} no longer exists` }
      return failed(err)
    }
    if (!users.includes(uid)) return { result: 'already_absent', detail: `not in @${handle}` }
    const rest = users.filter(u => u !== uid)
    if (rest.length === 0)
      return {
        result: 'skipped',
        detail: `${uid} is the only member of @${handle} and Slack cannot empty a user group: add someone or disable the group (usergroups.disable), then apply again`
      }
    return write(
      'usergroups.users.update',
      { usergroup, users: rest.join(',') },
      { gone: ['no_such_subteam'] }
    )
  }

  async function perform(step: Step): Promise<Outcome> {
    if (!api) return { result: 'failed', detail: `slack: ${noCredentials('SLACK_TOKEN')}` }
    const uid = String(step.params.user_id)
    switch (step.action) {
      case 'reset_sessions':
        return write(
          'admin.users.session.reset',
          { user_id: uid },
          {
            gone: ['user_not_found'],
            cannot: CANNOT_RESET,
            why: 'deactivation signs the member out'
          }
        )
      case 'deactivate_user':
        if (!scim) return { result: 'skipped', detail: step.reason }
        try {
          // Slack's SCIM DELETE deactivates the member; it never erases them.
          const result = await scim.deleteUser(uid)
          return { result, detail: result === 'already_absent' ? 'no such member' : '' }
        } catch (err) {
          return failed(err)
        }
      case 'remove_from_workspace':
        return write(
          'admin.users.remove',
          { team_id: step.params.team_id, user_id: uid },
          { gone: ['user_not_found', 'user_already_deleted'] }
        )
      case 'remove_from_usergroup':
        return removeFromUsergroup(
          uid,
          String(step.params.usergroup_id),
          String(step.params.handle)
        )
      case 'remove_from_channel':
        return write(
          'conversations.kick',
          { channel: step.params.channel, user: uid },
          { gone: ['not_in_channel', 'user_not_found'] }
        )
      default:
        return { result: 'failed', detail: `slack: unknown action ${step.action}` }
    }
  }

  return { platform: 'slack', unavailable, discover, planSteps, list, perform }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}
