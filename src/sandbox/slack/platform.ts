// A simulated Slack Web API over a SlackSimState: the methods offboard calls, answering as
// Slack does: HTTP 200 with `{ok: false, error}` for every API error, 429 with Retry-After
// when rate limited, scopes checked per token, `admin.*` only for an org admin's token.
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import {
  findChannel,
  findMember,
  findMemberByEmail,
  findUsergroup,
  setDeactivated,
  type SlackChannel,
  type SlackMember,
  type SlackSimState,
  type SlackToken,
  type SlackUsergroup
} from './state.js'

export interface SlackPlatformOptions {
  /** Platform name in the request record (default `slack`). */
  name?: string
  /** The largest page users.list and conversations.members return (Slack: 1000). */
  maxPageSize?: number
}

type Args = Record<string, unknown>
type Reply = Record<string, unknown>

interface Call {
  args: Args
  token: SlackToken
  state: SlackSimState
  maxPageSize: number
}

interface MethodSpec {
  /** Any one of these scopes allows the call; a function when it depends on the target. */
  scopes: string[] | ((call: Call) => string[])
  /** Only an Enterprise Grid org admin's token may call it. */
  admin?: boolean
  /** Changes state (the request record's `write`). */
  write?: boolean
  required?: string[]
  run(call: Call): Reply
}

interface Failure extends Reply {
  ok: false
  error: string
}

const fail = (error: string, extra: Reply = {}): Failure => ({ ...extra, ok: false, error })

function str(args: Args, key: string): string {
  const v = args[key]
  return v === undefined || v === null ? '' : String(v)
}

function bool(args: Args, key: string): boolean {
  const v = args[key]
  return v === true || v === 'true' || v === '1' || v === 1
}

/** A list argument: a JSON array (the WebClient's form encoding of arrays), an actual array
 *  (JSON bodies), or Slack's comma-separated string. */
function list(args: Args, key: string): string[] {
  const v = args[key]
  if (Array.isArray(v)) return v.map(String)
  const s = str(args, key).trim()
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s)
      if (Array.isArray(parsed)) return parsed.map(String)
    } catch {
      // not JSON: fall through to the comma-separated form
    }
  }
  return s === '' ? [] : s.split(',').map(x => x.trim())
}

/** Slack-style opaque cursor over a list of member ids: base64 of `user:<next id>`. */
function page<T>(
  call: Call,
  items: T[],
  idOf: (item: T) => string,
  defaultLimit: number
): { items: T[]; next_cursor: string } | Failure {
  const rawLimit = str(call.args, 'limit')
  const limit = rawLimit === '' ? 0 : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 0) return fail('invalid_limit')
  const size = Math.min(limit === 0 ? defaultLimit : limit, call.maxPageSize)
  const cursor = str(call.args, 'cursor')
  let start = 0
  if (cursor !== '') {
    const decoded = Buffer.from(cursor, 'base64').toString('utf8')
    start = decoded.startsWith('user:') ? items.findIndex(i => idOf(i) === decoded.slice(5)) : -1
    if (start < 0) return fail('invalid_cursor')
  }
  const slice = items.slice(start, start + size)
  const next = items[start + size]
  return {
    items: slice,
    next_cursor: next === undefined ? '' : Buffer.from(`user:${idOf(next)}`).toString('base64')
  }
}

const isFailure = (r: object): r is Failure => 'ok' in r && r.ok === false

function renderMember(call: Call, m: SlackMember): Reply {
  // Slack shows email addresses only to tokens holding users:read.email.
  const showEmail = call.token.scopes.includes('users:read.email')
  return {
    id: m.id,
    team_id: call.state.team.id,
    name: m.name,
    real_name: m.real_name,
    deleted: m.deleted,
    is_admin: m.is_admin,
    is_owner: m.is_owner,
    is_primary_owner: m.is_primary_owner,
    is_bot: m.is_bot,
    is_app_user: false,
    is_restricted: m.is_restricted,
    is_ultra_restricted: m.is_ultra_restricted,
    profile: {
      real_name: m.real_name,
      display_name: m.profile.display_name ?? '',
      ...(showEmail && m.profile.email !== undefined ? { email: m.profile.email } : {})
    }
  }
}

function renderUsergroup(call: Call, g: SlackUsergroup, withUsers: boolean): Reply {
  return {
    id: g.id,
    team_id: call.state.team.id,
    is_usergroup: true,
    name: g.name,
    handle: g.handle,
    date_delete: g.disabled ? 1 : 0,
    user_count: g.users.length,
    ...(withUsers ? { users: [...g.users] } : {})
  }
}

function renderChannel(c: SlackChannel): Reply {
  return {
    id: c.id,
    name: c.name,
    is_channel: !c.is_private,
    is_group: c.is_private,
    is_private: c.is_private,
    is_general: c.is_general,
    is_archived: c.is_archived,
    num_members: c.members.length
  }
}

/** The member a `user`/`user_id` argument names, or Slack's error. */
function member(call: Call, key: string): SlackMember | Failure {
  return findMember(call.state, str(call.args, key)) ?? fail('user_not_found')
}

function channel(call: Call): SlackChannel | Failure {
  return findChannel(call.state, str(call.args, 'channel')) ?? fail('channel_not_found')
}

/** Reading a channel needs channels:read, a private one groups:read (same for writes). */
const channelScopes =
  (pub: string[], priv: string[]) =>
  (call: Call): string[] =>
    findChannel(call.state, str(call.args, 'channel'))?.is_private ? priv : pub

const METHODS: Record<string, MethodSpec> = {
  'auth.test': {
    scopes: [],
    run: ({ state, token }) => {
      const user = findMember(state, token.user_id)
      return {
        ok: true,
        url: `https://${state.team.domain}.slack.com/`,
        team: state.team.name,
        user: user?.name ?? token.user_id,
        team_id: state.team.id,
        user_id: token.user_id,
        ...(token.bot ? { bot_id: `B${token.user_id.slice(1)}` } : {}),
        is_enterprise_install: token.admin,
        ...(state.team.enterprise_id ? { enterprise_id: state.team.enterprise_id } : {})
      }
    }
  },
  'team.info': {
    scopes: ['team:read'],
    run: ({ state }) => ({ ok: true, team: { ...state.team } })
  },
  'users.info': {
    scopes: ['users:read'],
    required: ['user'],
    run: call => {
      const m = member(call, 'user')
      return isFailure(m) ? m : { ok: true, user: renderMember(call, m) }
    }
  },
  'users.lookupByEmail': {
    scopes: ['users:read.email'],
    required: ['email'],
    run: call => {
      // Slack does not find deactivated members by email.
      const m = findMemberByEmail(call.state, str(call.args, 'email'))
      return m && !m.deleted ? { ok: true, user: renderMember(call, m) } : fail('users_not_found')
    }
  },
  'users.list': {
    scopes: ['users:read'],
    run: call => {
      const p = page(call, call.state.members, m => m.id, call.maxPageSize)
      if (isFailure(p)) return p
      return {
        ok: true,
        members: p.items.map(m => renderMember(call, m)),
        cache_ts: Math.floor(Date.now() / 1000),
        response_metadata: { next_cursor: p.next_cursor }
      }
    }
  },
  'usergroups.list': {
    scopes: ['usergroups:read'],
    run: call => ({
      ok: true,
      usergroups: call.state.usergroups
        .filter(g => !g.disabled || bool(call.args, 'include_disabled'))
        .map(g => renderUsergroup(call, g, bool(call.args, 'include_users')))
    })
  },
  'usergroups.users.list': {
    scopes: ['usergroups:read'],
    required: ['usergroup'],
    run: call => {
      const g = findUsergroup(call.state, str(call.args, 'usergroup'))
      return g ? { ok: true, users: [...g.users] } : fail('no_such_subteam')
    }
  },
  'usergroups.users.update': {
    scopes: ['usergroups:write'],
    write: true,
    required: ['usergroup'],
    run: call => {
      const g = findUsergroup(call.state, str(call.args, 'usergroup'))
      if (!g) return fail('no_such_subteam')
      if (call.args.users === undefined) return fail('no_users_provided')
      const users = list(call.args, 'users')
      // Slack refuses to empty a usergroup (usergroups.disable does that), and takes only
      // active, non-bot members.
      if (users.length === 0) return fail('invalid_users')
      const invalid = users.some(u => {
        const m = findMember(call.state, u)
        return !m || m.deleted || m.is_bot
      })
      if (invalid) return fail('invalid_users')
      g.users = [...new Set(users)]
      return { ok: true, usergroup: renderUsergroup(call, g, true) }
    }
  },
  'conversations.info': {
    scopes: channelScopes(['channels:read'], ['groups:read']),
    required: ['channel'],
    run: call => {
      const c = channel(call)
      return isFailure(c) ? c : { ok: true, channel: renderChannel(c) }
    }
  },
  'conversations.members': {
    scopes: channelScopes(['channels:read'], ['groups:read']),
    required: ['channel'],
    run: call => {
      const c = channel(call)
      if (isFailure(c)) return c
      const p = page(call, c.members, id => id, 100)
      if (isFailure(p)) return p
      return { ok: true, members: p.items, response_metadata: { next_cursor: p.next_cursor } }
    }
  },
  'conversations.kick': {
    scopes: channelScopes(['channels:manage', 'channels:write'], ['groups:write']),
    write: true,
    required: ['channel', 'user'],
    run: call => {
      const c = channel(call)
      if (isFailure(c)) return c
      const m = member(call, 'user')
      if (isFailure(m)) return m
      if (m.id === call.token.user_id) return fail('cant_kick_self')
      if (c.is_general) return fail('cant_kick_from_general')
      if (!c.members.includes(m.id)) return fail('not_in_channel')
      c.members = c.members.filter(u => u !== m.id)
      return { ok: true }
    }
  },
  'admin.users.session.reset': {
    scopes: ['admin.users:write'],
    admin: true,
    write: true,
    required: ['user_id'],
    run: call => {
      const m = member(call, 'user_id')
      if (isFailure(m)) return m
      if (m.is_bot) return fail('cannot_reset_bot')
      if (m.is_primary_owner && m.id !== call.token.user_id)
        return fail('cannot_reset_primary_owner')
      call.state.sessionResets.push({
        user_id: m.id,
        mobile_only: bool(call.args, 'mobile_only'),
        web_only: bool(call.args, 'web_only')
      })
      return { ok: true }
    }
  },
  'admin.users.remove': {
    scopes: ['admin.users:write'],
    admin: true,
    write: true,
    required: ['team_id', 'user_id'],
    run: call => {
      if (str(call.args, 'team_id') !== call.state.team.id) return fail('team_not_found')
      const m = member(call, 'user_id')
      if (isFailure(m)) return m
      if (m.is_primary_owner) return fail('cannot_modify_primary_owner')
      if (m.deleted) return fail('user_already_deleted')
      setDeactivated(call.state, m, true)
      return { ok: true }
    }
  }
}

/** `POST /api/users.info` or `/users.info`: the method is the last path segment. */
const methodOf = (req: SimRequest): string => req.path.split('/').filter(Boolean).pop() ?? ''

/** Query string and body together; the body is form-encoded or JSON, as Slack accepts.
 *  Undefined when a JSON body does not parse. */
function argsOf(req: SimRequest): Args | undefined {
  const args: Args = Object.fromEntries(req.query)
  const text = req.body.toString('utf8')
  if (text === '') return args
  if (!String(req.headers['content-type'] ?? '').includes('application/json'))
    return Object.assign(args, Object.fromEntries(new URLSearchParams(text)))
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? Object.assign(args, parsed) : undefined
  } catch {
    return undefined
  }
}

function tokenOf(req: SimRequest, args: Args): string {
  const auth = String(req.headers.authorization ?? '')
  return auth.startsWith('Bearer ') ? auth.slice(7).trim() : str(args, 'token')
}

const json = (body: Reply, headers: Record<string, string> = {}, status = 200): SimResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body
})

/** The Slack `error` a fault rule's HTTP status stands for. Slack answers most errors with
 *  200 and ok: false; a rule asks for one with status 200 and its code. */
const FAULT_ERRORS: Record<number, string> = {
  200: 'internal_error',
  400: 'invalid_arguments',
  401: 'invalid_auth',
  403: 'no_permission',
  404: 'unknown_method',
  429: 'ratelimited',
  500: 'internal_error',
  503: 'service_unavailable'
}

export function createSlackPlatform(
  state: SlackSimState,
  options: SlackPlatformOptions = {}
): Platform {
  const maxPageSize = options.maxPageSize ?? 1000
  return {
    name: options.name ?? 'slack',
    classify: req => {
      const method = methodOf(req)
      return { operation: method, write: METHODS[method]?.write ?? false }
    },
    handle: req => {
      const method = methodOf(req)
      const spec = METHODS[method]
      if (!spec) return json(fail('unknown_method', { req_method: method }))
      const args = argsOf(req)
      if (!args) return json(fail('invalid_json'))
      const presented = tokenOf(req, args)
      if (presented === '') return json(fail('not_authed'))
      const token = state.tokens.find(t => t.token === presented)
      if (!token) return json(fail('invalid_auth'))
      const call: Call = { args, token, state, maxPageSize }
      const accepted = typeof spec.scopes === 'function' ? spec.scopes(call) : spec.scopes
      const headers = {
        'x-oauth-scopes': token.scopes.join(','),
        'x-accepted-oauth-scopes': accepted.join(',')
      }
      if (spec.admin && !token.admin) return json(fail('not_allowed_token_type'), headers)
      if (accepted.length > 0 && !accepted.some(s => token.scopes.includes(s)))
        return json(
          fail('missing_scope', { needed: accepted.join(','), provided: token.scopes.join(',') }),
          headers
        )
      const missing = (spec.required ?? []).filter(k => str(args, k) === '')
      if (missing.length > 0)
        return json(
          fail('invalid_arguments', {
            response_metadata: {
              messages: missing.map(k => `[ERROR] missing required field: ${k}`)
            }
          }),
          headers
        )
      return json(spec.run(call), headers)
    },
    throttled: retryAfterSeconds =>
      json(fail('ratelimited'), { 'retry-after': String(retryAfterSeconds) }, 429),
    serverError: () => json(fail(FAULT_ERRORS[500]), {}, 500),
    fault: (status: number, rule: FaultRule) =>
      json(
        fail(rule.code ?? FAULT_ERRORS[status] ?? 'internal_error'),
        rule.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(rule.retryAfterSeconds) },
        status
      ),
    operations: () => Object.keys(METHODS),
    // Beside the error code, which clients match on.
    echo: (answer, echo) => {
      const fields = jsonFields(answer)
      return fields?.ok === false ? { ...answer, body: { ...fields, detail: echo } } : answer
    }
  }
}
