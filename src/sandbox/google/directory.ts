// The simulated Admin SDK's Directory API, the methods offboard uses: users, their sessions,
// tokens, app passwords and backup codes, groups and members, admin roles and assignments,
// over the state in state.ts (datatransfer.ts has the Data Transfer API's). Resources are rendered as Google renders
// them (int64 fields as strings, empty lists left out), lists are paged with maxResults and an
// opaque pageToken, and errors have Google's shape (googleError).
import type { SimResponse } from '../shared/server.js'
import { findGroup, findUser, removeUser, type GoogleSimState, type SimUser } from './state.js'

export interface ApiCall {
  state: GoogleSimState
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  /** The admin the access token acts for. */
  caller: SimUser
}

/** Google's JSON error: `{error: {code, message, errors: [{message, domain, reason}]}}`. */
export function googleError(
  code: number,
  message: string,
  reason: string,
  headers: Record<string, string> = {}
): SimResponse {
  return {
    status: code,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
    body: { error: { code, message, errors: [{ message, domain: 'global', reason }] } }
  }
}

export const ok = (body: unknown): SimResponse => ({ status: 200, body })
const noContent: SimResponse = { status: 204 }
const notFound = (what: string) => googleError(404, `Resource Not Found: ${what}`, 'notFound')
export const invalid = (what: string) => googleError(400, `Invalid Input: ${what}`, 'invalid')
export const etag = (s: string) => `"${Buffer.from(s).toString('base64url').slice(0, 27)}"`

/** One page of `items` by maxResults (default and largest `max`) and pageToken, or an error. */
function page<T>(
  call: ApiCall,
  items: T[],
  max: number,
  fallback = max
): { items: T[]; next?: string } | SimResponse {
  const raw = call.query.get('maxResults')
  const size = raw === null ? fallback : Number(raw)
  if (!Number.isInteger(size) || size < 1 || size > max) return invalid('maxResults')
  const token = call.query.get('pageToken')
  const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0
  if (!Number.isInteger(start) || start < 0)
    return googleError(400, 'Invalid page token', 'invalid')
  const end = start + size
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { next: Buffer.from(String(end)).toString('base64url') } : {})
  }
}

const isError = (v: object): v is SimResponse => 'status' in v

/** A list answer: `field` left out when empty, as Google does. */
export function list<T>(
  kind: string,
  field: string,
  call: ApiCall,
  all: T[],
  max: number,
  fallback?: number
) {
  const p = page(call, all, max, fallback)
  if (isError(p)) return p
  return ok({
    kind,
    etag: etag(`${kind}${all.length}`),
    ...(p.items.length ? { [field]: p.items } : {}),
    ...(p.next ? { nextPageToken: p.next } : {})
  })
}

export function renderUser(state: GoogleSimState, u: SimUser) {
  const emails = [u.primaryEmail, ...u.aliases]
  return {
    kind: 'admin#directory#user',
    id: u.id,
    etag: etag(u.id + String(u.suspended)),
    primaryEmail: u.primaryEmail,
    name: {
      givenName: u.givenName,
      familyName: u.familyName,
      fullName: `${u.givenName} ${u.familyName}`.trim()
    },
    isAdmin: u.isAdmin,
    isDelegatedAdmin: u.isDelegatedAdmin,
    lastLoginTime: '1970-01-01T00:00:00.000Z',
    creationTime: u.creationTime,
    agreedToTerms: true,
    suspended: u.suspended,
    ...(u.suspended ? { suspensionReason: 'ADMIN' } : {}),
    archived: false,
    changePasswordAtNextLogin: false,
    ipWhitelisted: false,
    emails: emails.map((address, i) => ({ address, ...(i === 0 ? { primary: true } : {}) })),
    ...(u.aliases.length ? { aliases: u.aliases } : {}),
    customerId: state.customerId,
    orgUnitPath: '/',
    isMailboxSetup: true,
    isEnrolledIn2Sv: u.backupCodes.length > 0,
    isEnforcedIn2Sv: false,
    includeInGlobalAddressList: true
  }
}

/** users.list's `query`: space-separated `field=value` terms of the fields offboard uses, as
 *  a test of users; undefined when a term is not understood (Google: 400 Invalid Input). */
function userQuery(query: string | null): ((u: SimUser) => boolean) | undefined {
  const fields: Record<string, (u: SimUser) => string> = {
    isadmin: u => String(u.isAdmin),
    isdelegatedadmin: u => String(u.isDelegatedAdmin),
    issuspended: u => String(u.suspended),
    email: u => u.primaryEmail.toLowerCase()
  }
  const tests: ((u: SimUser) => boolean)[] = []
  for (const term of (query ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^(\w+)[=:](.+)$/.exec(term)
    const field = m && fields[m[1].toLowerCase()]
    if (!m || !field) return undefined
    tests.push(u => field(u) === m[2].toLowerCase())
  }
  return u => tests.every(t => t(u))
}

/** `my_customer` or the customer's own id; undefined for any other. */
const ownCustomer = (state: GoogleSimState, c: string | null) =>
  c === 'my_customer' || c === state.customerId

/** A method on the user of `params.userKey`; Google's 404 when there is none. */
const forUser =
  (handle: (call: ApiCall, u: SimUser) => SimResponse): Handler =>
  call => {
    const u = findUser(call.state, call.params.userKey)
    return u ? handle(call, u) : notFound('userKey')
  }

export type Handler = (call: ApiCall) => SimResponse

export const DIRECTORY: Record<string, Handler> = {
  'directory.users.get': forUser((call, u) => ok(renderUser(call.state, u))),
  'directory.users.list': call => {
    const { state, query } = call
    const customer = query.get('customer')
    const domain = query.get('domain')
    if (!customer && !domain) return googleError(400, 'Bad Request', 'badRequest')
    if (customer && !ownCustomer(state, customer)) return notFound('customer')
    if (domain && domain.toLowerCase() !== state.domain)
      return googleError(403, 'Not Authorized to access this resource/api', 'forbidden')
    const test = userQuery(query.get('query'))
    if (!test) return invalid('query')
    const users = state.users.filter(test)
    return list(
      'admin#directory#users',
      'users',
      call,
      users.map(u => renderUser(state, u)),
      500,
      100
    )
  },
  'directory.users.update': forUser((call, u) => {
    const body = call.body as { suspended?: unknown } | undefined
    if (!body || typeof body !== 'object') return invalid('body')
    if (body.suspended !== undefined) {
      if (typeof body.suspended !== 'boolean') return invalid('suspended')
      if (u === call.caller) return googleError(400, 'Admins cannot suspend themselves', 'invalid')
      u.suspended = body.suspended
    }
    return ok(renderUser(call.state, u))
  }),
  'directory.users.delete': forUser((call, u) => {
    if (u === call.caller) return googleError(400, 'Admins cannot delete themselves', 'invalid')
    removeUser(call.state, u)
    return noContent
  }),
  'directory.users.signOut': forUser((_call, u) => {
    u.sessions = 0
    return noContent
  }),
  'directory.tokens.list': forUser((_call, u) => {
    const items = u.tokens.map(t => ({
      kind: 'admin#directory#token',
      etag: etag(t.clientId),
      ...t,
      userKey: u.id
    }))
    return ok({
      kind: 'admin#directory#tokenList',
      etag: etag(u.id),
      ...(items.length ? { items } : {})
    })
  }),
  'directory.tokens.delete': forUser((call, u) => {
    const before = u.tokens.length
    u.tokens = u.tokens.filter(t => t.clientId !== call.params.clientId)
    return u.tokens.length < before ? noContent : notFound('clientId')
  }),
  'directory.asps.list': forUser((_call, u) => {
    const items = u.asps.map(a => ({
      kind: 'admin#directory#asp',
      etag: etag(String(a.codeId)),
      codeId: a.codeId,
      name: a.name,
      creationTime: String(a.creationTime),
      lastTimeUsed: String(a.lastTimeUsed),
      userKey: u.id
    }))
    return ok({
      kind: 'admin#directory#aspList',
      etag: etag(u.id),
      ...(items.length ? { items } : {})
    })
  }),
  'directory.asps.delete': forUser((call, u) => {
    const codeId = Number(call.params.codeId)
    if (!Number.isInteger(codeId)) return invalid('codeId')
    const before = u.asps.length
    u.asps = u.asps.filter(a => a.codeId !== codeId)
    return u.asps.length < before ? noContent : notFound('codeId')
  }),
  'directory.verificationCodes.list': forUser((_call, u) => {
    const items = u.backupCodes.map(verificationCode => ({
      kind: 'admin#directory#verificationCode',
      etag: etag(verificationCode),
      userId: u.id,
      verificationCode
    }))
    return ok({
      kind: 'admin#directory#verificationCodesList',
      etag: etag(u.id),
      ...(items.length ? { items } : {})
    })
  }),
  'directory.verificationCodes.invalidate': forUser((_call, u) => {
    u.backupCodes = []
    return noContent
  }),
  'directory.groups.list': call => {
    const { state, query } = call
    const userKey = query.get('userKey')
    const customer = query.get('customer')
    if (!userKey && !customer && !query.get('domain'))
      return googleError(400, 'Bad Request', 'badRequest')
    const user = userKey ? findUser(state, userKey) : undefined
    if (userKey && !user) return notFound('userKey')
    const groups = state.groups
      .filter(g => !user || g.members.some(m => m.id === user.id))
      .map(g => ({
        kind: 'admin#directory#group',
        id: g.id,
        etag: etag(g.id),
        email: g.email,
        name: g.name,
        directMembersCount: String(g.members.length),
        description: '',
        adminCreated: true
      }))
    return list('admin#directory#groups', 'groups', call, groups, 200)
  },
  'directory.members.list': call => {
    const group = findGroup(call.state, call.params.groupKey)
    if (!group) return notFound('groupKey')
    const members = group.members.map(m => ({
      kind: 'admin#directory#member',
      etag: etag(m.id + group.id),
      ...m,
      status: 'ACTIVE'
    }))
    return list('admin#directory#members', 'members', call, members, 200)
  },
  'directory.members.delete': call => {
    const group = findGroup(call.state, call.params.groupKey)
    if (!group) return notFound('groupKey')
    const key = call.params.memberKey.toLowerCase()
    const before = group.members.length
    group.members = group.members.filter(m => m.id !== key && m.email.toLowerCase() !== key)
    return group.members.length < before ? noContent : notFound('memberKey')
  },
  'directory.roles.list': call => {
    if (!ownCustomer(call.state, call.params.customer)) return notFound('customer')
    const roles = call.state.roles.map(r => ({
      kind: 'admin#directory#role',
      etag: etag(r.roleId),
      ...r,
      roleDescription: r.roleName,
      isSystemRole: true,
      rolePrivileges: []
    }))
    return list('admin#directory#roles', 'items', call, roles, 100)
  },
  'directory.roleAssignments.list': call => {
    const { state, params, query } = call
    if (!ownCustomer(state, params.customer)) return notFound('customer')
    const key = query.get('userKey')
    const user = key ? findUser(state, key) : undefined
    if (key && !user) return invalid('userKey')
    const items = state.roleAssignments
      .filter(a => !user || a.assignedTo === user.id)
      .map(a => ({
        kind: 'admin#directory#roleAssignment',
        etag: etag(a.roleAssignmentId),
        ...a,
        assigneeType: 'user'
      }))
    return list('admin#directory#roleAssignments', 'items', call, items, 200, 100)
  }
}
