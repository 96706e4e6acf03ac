// The simulated Microsoft Graph v1.0 routes offboard uses: users (get, list by $filter,
// disable, delete, revokeSignInSessions), their memberOf / transitiveMemberOf, app role
// assignments and authentication methods, group members by $ref, directory role members.
// Each route names the application permissions that allow it (any one), as Microsoft's
// permission reference does, so a token without one is refused the way Graph refuses it.
import { matches, page, parseFilter, QueryError, selected } from './odata.js'
import {
  directMemberOf,
  findGroup,
  findUser,
  softDelete,
  transitiveMemberOf,
  transitiveUsers,
  type EntraSimGroup,
  type EntraSimApp,
  type EntraSimRole,
  type EntraSimState,
  type EntraSimUser
} from './state.js'

export interface GraphCall {
  method: string
  /** Path under /v1.0, e.g. `/users/alice@acme.example/memberOf`. */
  path: string
  query: URLSearchParams
  headers: Record<string, string | undefined>
  body: unknown
  /** The request's own URL, for next links. */
  self: URL
  state: EntraSimState
  /** The app the request's token was issued to. */
  app: EntraSimApp
  now: () => Date
}

export interface GraphAnswer {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

export interface GraphRoute {
  method: string
  template: string
  /** Application permissions of which the token needs one. */
  permissions: string[]
  handle(call: GraphCall, params: string[]): GraphAnswer
}

/** Graph's error body. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers = {}
): GraphAnswer {
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': crypto.randomUUID()
        }
      }
    }
  }
}

const notFound = (id: string) =>
  graphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`
  )
const ok = (body: unknown): GraphAnswer => ({ status: 200, body })
const noContent: GraphAnswer = { status: 204 }

const READ_USERS = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All'
]
const READ_MEMBERS = [
  'GroupMember.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.Read.All',
  'Directory.Read.All'
]
const WRITE_MEMBERS = [
  'GroupMember.ReadWrite.All',
  'Group.ReadWrite.All',
  'Directory.ReadWrite.All'
]
const READ_ROLES = [
  'RoleManagement.Read.Directory',
  'RoleManagement.ReadWrite.Directory',
  'Directory.Read.All'
]
const READ_METHODS = ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All']
const APP_ROLES = ['AppRoleAssignment.ReadWrite.All', 'Directory.ReadWrite.All']

const USER_FILTERABLE = [
  'id',
  'mail',
  'userPrincipalName',
  'otherMails',
  'accountEnabled',
  'userType',
  'displayName'
]

/** An object as Graph shows it: its OData type, without what the simulator keeps beside it. */
function json(type: string, o: object, hidden: string): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.type': `#microsoft.graph.${type}`, ...o }
  delete out[hidden]
  return out
}

export const userJson = (u: EntraSimUser) => json('user', u, 'methods')

const objectJson = (o: EntraSimGroup | EntraSimRole) =>
  json('roleTemplateId' in o ? 'directoryRole' : 'group', o, 'members')

const METHOD_TYPES: Record<string, string> = {
  password: 'passwordAuthenticationMethod',
  microsoftAuthenticator: 'microsoftAuthenticatorAuthenticationMethod',
  fido2: 'fido2AuthenticationMethod',
  phone: 'phoneAuthenticationMethod',
  email: 'emailAuthenticationMethod',
  softwareOath: 'softwareOathAuthenticationMethod',
  temporaryAccessPass: 'temporaryAccessPassAuthenticationMethod',
  windowsHelloForBusiness: 'windowsHelloForBusinessAuthenticationMethod'
}

/** A collection answer: $filter, $select, $count and a page. */
function collection(call: GraphCall, items: Record<string, unknown>[], filterable: string[] = []) {
  const filter = call.query.get('$filter')
  const count = call.query.get('$count') === 'true'
  if (count && call.headers.consistencylevel?.toLowerCase() !== 'eventual')
    throw new QueryError(
      '$count is not currently supported without the ConsistencyLevel: eventual header.'
    )
  const parsed = filter ? parseFilter(filter) : undefined
  const kept = parsed ? items.filter(i => matches(parsed, i, filterable)) : items
  const select = call.query.get('$select')
  return ok(
    page(
      kept.map(i => selected(i, select)),
      call.self,
      count
    )
  )
}

/** The user a route names (by object id or user principal name), or Graph's 404. */
function withUser(
  call: GraphCall,
  key: string,
  then: (u: EntraSimUser) => GraphAnswer
): GraphAnswer {
  const user = findUser(call.state, key)
  return user ? then(user) : notFound(key)
}

const onPremises = () =>
  graphError(
    400,
    'Request_BadRequest',
    'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.'
  )

const users = (s: EntraSimState, ids: string[]) => s.users.filter(u => ids.includes(u.id))

/** Graph's refusal to let an app disable or delete an administrator, unless the app holds a
 *  role that may ("Who can perform sensitive actions" in Microsoft's documentation). */
function sensitive(call: GraphCall, u: EntraSimUser): GraphAnswer | undefined {
  const admin = call.state.roles.some(r => r.members.includes(u.id))
  const may = (call.app.directoryRoles ?? []).some(r =>
    ['Privileged Authentication Administrator', 'Global Administrator'].includes(r)
  )
  return admin && !may
    ? graphError(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.'
      )
    : undefined
}

export const GRAPH_ROUTES: GraphRoute[] = [
  {
    method: 'GET',
    template: '/users',
    permissions: READ_USERS,
    handle: call => collection(call, call.state.users.map(userJson), USER_FILTERABLE)
  },
  {
    method: 'GET',
    template: '/users/{id}',
    permissions: READ_USERS,
    handle: (call, [id]) =>
      withUser(call, id, u => ok(selected(userJson(u), call.query.get('$select'))))
  },
  {
    method: 'PATCH',
    template: '/users/{id}',
    permissions: ['User.EnableDisableAccount.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
    handle: (call, [id]) =>
      withUser(call, id, u => {
        const body = call.body as Record<string, unknown> | undefined
        const keys = Object.keys(body ?? {})
        if (
          !keys.length ||
          keys.some(k => k !== 'accountEnabled') ||
          typeof body?.accountEnabled !== 'boolean'
        )
          return graphError(
            400,
            'Request_BadRequest',
            'The simulated Graph updates accountEnabled (a boolean) only.'
          )
        if (u.onPremisesSyncEnabled) return onPremises()
        const refused = sensitive(call, u)
        if (refused) return refused
        u.accountEnabled = body.accountEnabled
        return noContent
      })
  },
  {
    method: 'DELETE',
    template: '/users/{id}',
    permissions: ['User.DeleteRestore.All', 'User.ReadWrite.All'],
    handle: (call, [id]) =>
      withUser(call, id, u => {
        if (u.onPremisesSyncEnabled) return onPremises()
        const refused = sensitive(call, u)
        if (refused) return refused
        softDelete(call.state, u)
        return noContent
      })
  },
  {
    method: 'POST',
    template: '/users/{id}/revokeSignInSessions',
    permissions: ['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
    handle: (call, [id]) =>
      withUser(call, id, u => {
        u.signInSessionsValidFromDateTime = call
          .now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z')
        return ok({ '@odata.context': '$metadata#Edm.Boolean', value: true })
      })
  },
  {
    method: 'GET',
    template: '/users/{id}/memberOf',
    permissions: READ_MEMBERS,
    handle: (call, [id]) =>
      withUser(call, id, u => collection(call, directMemberOf(call.state, u.id).map(objectJson)))
  },
  {
    method: 'GET',
    template: '/users/{id}/transitiveMemberOf',
    permissions: READ_MEMBERS,
    handle: (call, [id]) =>
      withUser(call, id, u =>
        collection(call, transitiveMemberOf(call.state, u.id).map(objectJson))
      )
  },
  {
    method: 'GET',
    template: '/users/{id}/appRoleAssignments',
    permissions: [...READ_USERS, ...APP_ROLES],
    handle: (call, [id]) =>
      withUser(call, id, u =>
        collection(
          call,
          call.state.appRoleAssignments
            .filter(a => a.principalId === u.id)
            .map(a => ({ ...a, principalType: 'User', principalDisplayName: u.displayName }))
        )
      )
  },
  {
    method: 'DELETE',
    template: '/users/{id}/appRoleAssignments/{assignment}',
    permissions: APP_ROLES,
    handle: (call, [id, assignment]) =>
      withUser(call, id, u => {
        const s = call.state
        const found = s.appRoleAssignments.find(a => a.id === assignment && a.principalId === u.id)
        if (!found) return notFound(assignment)
        s.appRoleAssignments = s.appRoleAssignments.filter(a => a !== found)
        return noContent
      })
  },
  {
    method: 'GET',
    template: '/users/{id}/authentication/methods',
    permissions: READ_METHODS,
    handle: (call, [id]) =>
      withUser(call, id, u =>
        collection(
          call,
          u.methods.map(({ type, ...m }) => ({
            '@odata.type': `#microsoft.graph.${METHOD_TYPES[type]}`,
            ...m
          }))
        )
      )
  },
  {
    method: 'DELETE',
    template: '/groups/{id}/members/{member}/$ref',
    permissions: WRITE_MEMBERS,
    handle: (call, [id, member]) => {
      const group = findGroup(call.state, id)
      if (!group) return notFound(id)
      if (!group.members.includes(member.toLowerCase()))
        return graphError(
          404,
          'Request_ResourceNotFound',
          "One or more removed object references do not exist for the following modified properties: 'members'."
        )
      if (group.groupTypes.includes('DynamicMembership'))
        return graphError(
          400,
          'Request_BadRequest',
          'Insufficient privileges to complete the operation: the group has dynamic membership.'
        )
      if (group.onPremisesSyncEnabled) return onPremises()
      if (group.mailEnabled && !group.groupTypes.includes('Unified'))
        return graphError(
          400,
          'Request_BadRequest',
          'Cannot Update a mail-enabled security groups and or distribution list.'
        )
      if (
        group.isAssignableToRole &&
        !call.app.permissions.includes('RoleManagement.ReadWrite.Directory')
      )
        return graphError(
          403,
          'Authorization_RequestDenied',
          'Insufficient privileges to complete the operation.'
        )
      group.members = group.members.filter(m => m !== member.toLowerCase())
      return noContent
    }
  },
  {
    method: 'GET',
    template: '/groups/{id}/transitiveMembers/microsoft.graph.user',
    permissions: READ_MEMBERS,
    handle: (call, [id]) => {
      const group = findGroup(call.state, id)
      return group
        ? collection(call, transitiveUsers(call.state, group).map(userJson))
        : notFound(id)
    }
  },
  {
    method: 'GET',
    template: '/directoryRoles/{id}/members/microsoft.graph.user',
    permissions: READ_ROLES,
    handle: (call, [id]) => {
      const role = call.state.roles.find(r => r.id === id)
      return role ? collection(call, users(call.state, role.members).map(userJson)) : notFound(id)
    }
  }
]

/** The route and its path parameters, for `method` and a path under /v1.0. */
export function matchGraph(method: string, path: string) {
  const parts = path.split('/').filter(Boolean)
  for (const route of GRAPH_ROUTES) {
    if (route.method !== method) continue
    const want = route.template.split('/').filter(Boolean)
    if (want.length !== parts.length) continue
    const params: string[] = []
    if (
      want.every((w, i) =>
        w.startsWith('{') ? params.push(decodeURIComponent(parts[i])) > 0 : w === parts[i]
      )
    )
      return { route, params }
  }
  return undefined
}
