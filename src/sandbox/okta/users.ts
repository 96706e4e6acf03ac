// The simulated Users API as offboard calls it: finding and listing users (by id, login or
// login shortname; `search` and `filter` expressions; `q`), what a user holds (groups, app
// links, factors, consent grants, OAuth clients, admin roles), and the writes of a departure
// (sessions, grants, tokens, lifecycle). Paths and scopes are those of Okta's API description.
import { json, noContent, notFound, oktaError, page, type Call, type Route } from './answers.js'
import {
  appsOf,
  clearSessions,
  clientsOf,
  deactivate,
  groupsOf,
  remove,
  rolesOf,
  suspend,
  type OktaSimUser
} from './state.js'
import { matcher, renderGroup, renderUser, resolveUser } from './render.js'

const USER_ATTRIBUTES: Record<string, (u: OktaSimUser) => string> = {
  id: u => u.id,
  status: u => u.status,
  'profile.login': u => u.profile.login,
  'profile.email': u => u.profile.email,
  'profile.firstName': u => u.profile.firstName,
  'profile.lastName': u => u.profile.lastName
}

function listUsers(call: Call) {
  const q = call.req.query
  const expression = q.get('search') ?? q.get('filter')
  let users = call.state.users
  if (expression !== null) {
    // Search values compare without regard to case; filter values exactly.
    const match = matcher(expression, USER_ATTRIBUTES, q.has('search')) as
      ((u: OktaSimUser) => boolean) | undefined
    if (!match) return oktaError(400, 'Invalid search criteria.', 'E0000031')
    users = users.filter(match)
  } else {
    // Okta's plain listing leaves deactivated users out.
    users = users.filter(u => u.status !== 'DEPROVISIONED')
    const prefix = q.get('q')?.toLowerCase()
    if (prefix !== undefined)
      users = users.filter(u =>
        [u.profile.firstName, u.profile.lastName, u.profile.email].some(v =>
          v.toLowerCase().startsWith(prefix)
        )
      )
  }
  return page(call, users, u => renderUser(call, u), {
    max: 200,
    fallback: q.has('q') ? 10 : 200
  })
}

/** A route on one user: 404 as Okta answers it when there is none. */
const onUser =
  (handle: (call: Call, user: OktaSimUser) => ReturnType<Route['handle']>) => (call: Call) => {
    const user = resolveUser(call, call.params.userId)
    return user ? handle(call, user) : notFound(call.params.userId, 'User')
  }

/** Okta's answer to a lifecycle change the user's status does not allow. */
const cannot = (cause: string) =>
  oktaError(400, 'Api validation failed: lifecycle', 'E0000001', {}, [cause])

const USER = '/api/v1/users/{userId}'

export const USER_ROUTES: Route[] = [
  { method: 'GET', path: '/api/v1/users', scope: 'okta.users.read', handle: listUsers },
  {
    method: 'GET',
    path: USER,
    scope: 'okta.users.read',
    handle: onUser((call, u) => json(renderUser(call, u)))
  },
  {
    method: 'DELETE',
    path: USER,
    scope: 'okta.users.manage',
    // On a user not yet deactivated, Okta's delete deactivates; the second one deletes.
    handle: onUser((call, u) => {
      if (u.status === 'DEPROVISIONED') remove(call.state, u)
      else deactivate(call.state, u)
      return noContent()
    })
  },
  {
    method: 'GET',
    path: `${USER}/groups`,
    scope: 'okta.users.read',
    handle: onUser((call, u) => json(groupsOf(call.state, u.id).map(g => renderGroup(call, g))))
  },
  {
    method: 'GET',
    path: `${USER}/appLinks`,
    scope: 'okta.users.read',
    handle: onUser((call, u) =>
      json(
        appsOf(call.state, u).map((a, i) => ({
          id: `00ub${a.id.slice(4)}`,
          appAssignmentId: `0ua${a.id.slice(3)}`,
          appInstanceId: a.id,
          appName: a.name,
          label: a.label,
          credentialsSetup: false,
          hidden: false,
          linkUrl: `${call.base}/home/${a.name}/${a.id}/alnSANDBOX`,
          logoUrl: `${call.base}/assets/img/logos/default.png`,
          sortOrder: i
        }))
      )
    )
  },
  {
    method: 'GET',
    path: `${USER}/factors`,
    scope: 'okta.users.read',
    handle: onUser((call, u) =>
      json(
        u.factors.map(f => ({
          ...f,
          created: u.created,
          lastUpdated: u.created,
          profile: {},
          _links: { self: { href: `${call.base}/api/v1/users/${u.id}/factors/${f.id}` } }
        }))
      )
    )
  },
  {
    method: 'GET',
    path: `${USER}/grants`,
    scope: 'okta.users.read',
    handle: onUser((call, u) =>
      page(
        call,
        u.grants,
        g => ({
          ...g,
          userId: u.id,
          issuer: call.base,
          status: 'ACTIVE',
          source: 'END_USER',
          created: u.created,
          lastUpdated: u.created,
          createdBy: { id: u.id, type: 'User' },
          _links: {}
        }),
        { max: 200, fallback: 20 }
      )
    )
  },
  {
    method: 'DELETE',
    path: `${USER}/grants`,
    scope: 'okta.users.manage',
    handle: onUser((call, u) => {
      u.grants = []
      call.state.events.push({ type: 'grants.revoked', userId: u.id })
      return noContent()
    })
  },
  {
    method: 'GET',
    path: `${USER}/clients`,
    scope: 'okta.users.read',
    handle: onUser((call, u) =>
      json(
        clientsOf(call.state, u).map(c => ({
          ...c,
          client_uri: null,
          logo_uri: null,
          _links: { self: { href: `${call.base}/api/v1/apps/${c.client_id}` } }
        }))
      )
    )
  },
  {
    method: 'DELETE',
    path: `${USER}/clients/{clientId}/tokens`,
    scope: 'okta.users.manage',
    handle: onUser((call, u) => {
      const clientId = call.params.clientId
      if (!call.state.clients.some(c => c.client_id === clientId)) return notFound(clientId, 'App')
      u.tokens = u.tokens.filter(t => t !== clientId)
      call.state.events.push({ type: 'tokens.revoked', userId: u.id, detail: clientId })
      return noContent()
    })
  },
  {
    method: 'DELETE',
    path: `${USER}/sessions`,
    scope: 'okta.users.manage',
    handle: onUser((call, u) => {
      clearSessions(call.state, u, call.req.query.get('oauthTokens') === 'true')
      return noContent()
    })
  },
  {
    method: 'POST',
    path: `${USER}/lifecycle/suspend`,
    scope: 'okta.users.manage',
    handle: onUser((call, u) => {
      if (u.status !== 'ACTIVE') return cannot('Cannot suspend a user that is not active')
      suspend(call.state, u)
      return json(undefined)
    })
  },
  {
    method: 'POST',
    path: `${USER}/lifecycle/deactivate`,
    scope: 'okta.users.manage',
    handle: onUser((call, u) => {
      // Okta answers 404 for a user it has deactivated already.
      if (u.status === 'DEPROVISIONED') return notFound(call.params.userId, 'User')
      deactivate(call.state, u)
      return json(undefined)
    })
  },
  {
    method: 'GET',
    path: `${USER}/roles`,
    scope: 'okta.roles.read',
    handle: onUser((call, u) =>
      json(
        rolesOf(call.state, u).map(r => ({
          id: `ra${r.type.toLowerCase().replace(/_/g, '')}${r.via.slice(-6)}`,
          label: r.type.replace(/_/g, ' ').toLowerCase(),
          type: r.type,
          status: 'ACTIVE',
          created: u.created,
          lastUpdated: u.created,
          assignmentType: r.assignmentType,
          _links: { assignee: { href: `${call.base}/api/v1/users/${u.id}` } }
        }))
      )
    )
  },
  {
    method: 'GET',
    path: '/api/v1/iam/assignees/users',
    scope: 'okta.roles.read',
    handle: call => {
      const admins = call.state.users.filter(u => rolesOf(call.state, u).length > 0)
      const paged = page(call, admins, u => u, { max: 100, fallback: 100 })
      const next = /<([^>]+)>; rel="next"/.exec(paged.headers?.link ?? '')?.[1]
      // This collection pages in its body, not in a Link header.
      return json({
        value: (paged.body as OktaSimUser[]).map(u => ({
          id: u.id,
          orn: `orn:okta:directory:sandbox:users:${u.id}`,
          _links: { self: { href: `${call.base}/api/v1/users/${u.id}` } }
        })),
        _links: next ? { next: { href: next } } : {}
      })
    }
  }
]
