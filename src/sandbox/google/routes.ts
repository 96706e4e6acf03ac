// The simulated Google APIs' methods: the Admin SDK's, named by their discovery ids with their
// paths and the scopes Google accepts for each (a test compares them with Google's discovery
// documents, __tests__/fixtures/google-discovery.json), and the token services' endpoints.

export interface Route {
  /** The discovery method id (`directory.users.get`), or the token service's name. */
  id: string
  method: string
  /** Under the server's root, without the leading slash; `{name}` is one path segment. */
  path: string
  /** Any one of them lets a token call it; empty for the token services. */
  scopes: string[]
}

const scope = (...names: string[]) => names.map(n => `https://www.googleapis.com/auth/${n}`)
const USER = scope('admin.directory.user', 'admin.directory.user.readonly')
const SECURITY = scope('admin.directory.user.security')
const ROLES = scope('admin.directory.rolemanagement', 'admin.directory.rolemanagement.readonly')
const TRANSFER = scope('admin.datatransfer', 'admin.datatransfer.readonly')
const D = 'admin/directory/v1'
const T = 'admin/datatransfer/v1'

export const API_ROUTES: Route[] = [
  { id: 'directory.users.get', method: 'GET', path: `${D}/users/{userKey}`, scopes: USER },
  {
    id: 'directory.users.list',
    method: 'GET',
    path: `${D}/users`,
    scopes: [...USER, ...scope('cloud-platform')]
  },
  {
    id: 'directory.users.update',
    method: 'PUT',
    path: `${D}/users/{userKey}`,
    scopes: scope('admin.directory.user')
  },
  {
    id: 'directory.users.delete',
    method: 'DELETE',
    path: `${D}/users/{userKey}`,
    scopes: scope('admin.directory.user')
  },
  {
    id: 'directory.users.signOut',
    method: 'POST',
    path: `${D}/users/{userKey}/signOut`,
    scopes: SECURITY
  },
  {
    id: 'directory.tokens.list',
    method: 'GET',
    path: `${D}/users/{userKey}/tokens`,
    scopes: SECURITY
  },
  {
    id: 'directory.tokens.delete',
    method: 'DELETE',
    path: `${D}/users/{userKey}/tokens/{clientId}`,
    scopes: SECURITY
  },
  { id: 'directory.asps.list', method: 'GET', path: `${D}/users/{userKey}/asps`, scopes: SECURITY },
  {
    id: 'directory.asps.delete',
    method: 'DELETE',
    path: `${D}/users/{userKey}/asps/{codeId}`,
    scopes: SECURITY
  },
  {
    id: 'directory.verificationCodes.list',
    method: 'GET',
    path: `${D}/users/{userKey}/verificationCodes`,
    scopes: SECURITY
  },
  {
    id: 'directory.verificationCodes.invalidate',
    method: 'POST',
    path: `${D}/users/{userKey}/verificationCodes/invalidate`,
    scopes: SECURITY
  },
  {
    id: 'directory.groups.list',
    method: 'GET',
    path: `${D}/groups`,
    scopes: scope('admin.directory.group', 'admin.directory.group.readonly')
  },
  {
    id: 'directory.members.list',
    method: 'GET',
    path: `${D}/groups/{groupKey}/members`,
    scopes: scope(
      'admin.directory.group',
      'admin.directory.group.member',
      'admin.directory.group.member.readonly',
      'admin.directory.group.readonly'
    )
  },
  {
    id: 'directory.members.delete',
    method: 'DELETE',
    path: `${D}/groups/{groupKey}/members/{memberKey}`,
    scopes: scope('admin.directory.group', 'admin.directory.group.member')
  },
  {
    id: 'directory.roles.list',
    method: 'GET',
    path: `${D}/customer/{customer}/roles`,
    scopes: ROLES
  },
  {
    id: 'directory.roleAssignments.list',
    method: 'GET',
    path: `${D}/customer/{customer}/roleassignments`,
    scopes: ROLES
  },
  {
    id: 'datatransfer.applications.list',
    method: 'GET',
    path: `${T}/applications`,
    scopes: TRANSFER
  },
  { id: 'datatransfer.transfers.list', method: 'GET', path: `${T}/transfers`, scopes: TRANSFER },
  {
    id: 'datatransfer.transfers.insert',
    method: 'POST',
    path: `${T}/transfers`,
    scopes: scope('admin.datatransfer')
  }
]

/** The token services, on the same server: Google's OAuth 2.0 token endpoint, STS, IAM
 *  Credentials' signJwt, and the GitHub Actions OIDC token request the federation starts from. */
export const AUTH_ROUTES: Route[] = [
  { id: 'oauth2.token', method: 'POST', path: 'token', scopes: [] },
  { id: 'sts.token', method: 'POST', path: 'v1/token', scopes: [] },
  {
    id: 'iamcredentials.signJwt',
    method: 'POST',
    path: 'v1/projects/-/serviceAccounts/{serviceAccount}:signJwt',
    scopes: []
  },
  { id: 'actions.idtoken', method: 'GET', path: '_actions/idtoken', scopes: [] }
]

export interface Matched {
  route: Route
  params: Record<string, string>
}

const compiled = [...API_ROUTES, ...AUTH_ROUTES].map(route => {
  const names: string[] = []
  const source = route.path
    .replace(/[.]/g, '\\.')
    .replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/:]+)'))
  return { route, names, pattern: new RegExp(`^/${source}$`) }
})

/** The route a request's method and path take, with its decoded path parameters. */
export function matchRoute(method: string, path: string): Matched | undefined {
  for (const c of compiled) {
    if (c.route.method !== method) continue
    const m = c.pattern.exec(path)
    if (m)
      return {
        route: c.route,
        params: Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))
      }
  }
  return undefined
}
