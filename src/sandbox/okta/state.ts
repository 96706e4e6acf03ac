// The simulated Okta org as plain data: users (with their factors, sessions, tokens, consent
// grants and admin roles), groups, apps, the OAuth apps users hold tokens for, and what signs
// in to the Management API (API tokens and service apps). The lifecycle rules follow Okta's
// help ("Deactivate and delete user accounts"): suspension ends sessions and keeps the rest;
// deactivation also unassigns apps and revokes admin roles, keeping groups and factors;
// deletion removes everything, and deletes only a deactivated user.

export type UserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'LOCKED_OUT'
  | 'PASSWORD_EXPIRED'
  | 'SUSPENDED'
  | 'DEPROVISIONED'

export interface OktaSimFactor {
  id: string
  /** push, sms, call, email, token:software:totp, webauthn, question, ... */
  factorType: string
  provider: string
  status: 'ACTIVE' | 'PENDING_ACTIVATION'
}

export interface OktaSimGrant {
  id: string
  clientId: string
  scopeId: string
}

export interface OktaSimUser {
  id: string
  status: UserStatus
  profile: { login: string; email: string; firstName: string; lastName: string }
  created: string
  lastLogin?: string
  factors: OktaSimFactor[]
  /** Okta sessions (browser sign-ins) still open. */
  sessions: number
  /** Refresh tokens, by the OAuth app (client id) holding them. */
  tokens: string[]
  grants: OktaSimGrant[]
  /** Admin roles assigned to the user directly (SUPER_ADMIN, ORG_ADMIN, ...). */
  roles: string[]
  /** Apps assigned to the user directly (app ids). */
  apps: string[]
}

export interface OktaSimGroup {
  id: string
  name: string
  type: 'OKTA_GROUP' | 'APP_GROUP' | 'BUILT_IN'
  /** User ids; the built-in Everyone group holds every user. */
  members: string[]
  /** Admin roles its members hold through it. */
  roles: string[]
  /** Apps assigned to its members (app ids). */
  apps: string[]
}

export interface OktaSimApp {
  id: string
  name: string
  label: string
}

/** An OAuth app users sign in to (whose grants and tokens a user can hold). */
export interface OktaSimClient {
  client_id: string
  client_name: string
}

/** An API service app: signs in with a private_key_jwt and may be granted these scopes. */
export interface OktaServiceApp {
  clientId: string
  /** Its public key (PEM or JWK), to check the client assertion with. */
  publicKey: string | Record<string, unknown>
  scopes: string[]
}

export interface OktaSimState {
  users: OktaSimUser[]
  groups: OktaSimGroup[]
  apps: OktaSimApp[]
  clients: OktaSimClient[]
  /** API tokens, each acting for the admin who created it (`SSWS <token>`). */
  apiTokens: { token: string; userId: string }[]
  serviceApps: OktaServiceApp[]
  /** Access tokens the token endpoint issued to service apps. */
  accessTokens: { token: string; clientId: string; scopes: string[] }[]
  /** Every lifecycle change and revocation, in order, for tests to read. */
  events: { type: string; userId: string; detail?: string }[]
  /** Next number for minted ids. */
  nextId: number
}

export function oktaState(fields: Partial<OktaSimState> = {}): OktaSimState {
  return {
    users: [],
    groups: [],
    apps: [],
    clients: [],
    apiTokens: [],
    serviceApps: [],
    accessTokens: [],
    events: [],
    nextId: 1,
    ...fields
  }
}

/** An id in Okta's shape, 20 characters: a prefix (00u users, 00g groups, 0oa apps) and a
 *  number. */
export function mintId(state: OktaSimState, prefix: string): string {
  return `${prefix}${(state.nextId++).toString(36).padStart(20 - prefix.length, '0')}`
}

export function oktaUser(
  state: OktaSimState,
  fields: Pick<OktaSimUser['profile'], 'login' | 'email'> &
    Partial<Omit<OktaSimUser, 'profile'>> & { firstName?: string; lastName?: string }
): OktaSimUser {
  const { login, email, firstName, lastName, ...rest } = fields
  const local = login.split('@')[0]
  return {
    id: mintId(state, '00u'),
    status: 'ACTIVE',
    profile: { login, email, firstName: firstName ?? local, lastName: lastName ?? '' },
    created: '2024-01-01T00:00:00.000Z',
    factors: [],
    sessions: 0,
    tokens: [],
    grants: [],
    roles: [],
    apps: [],
    ...rest
  }
}

export const findUser = (state: OktaSimState, id: string) => state.users.find(u => u.id === id)

export const findGroup = (state: OktaSimState, id: string) => state.groups.find(g => g.id === id)

export const groupNamed = (state: OktaSimState, name: string) =>
  state.groups.find(g => g.name === name)

export const groupsOf = (state: OktaSimState, userId: string) =>
  state.groups.filter(g => g.members.includes(userId))

/** Admin roles the user holds, directly and through groups, as Okta lists them. */
export function rolesOf(state: OktaSimState, user: OktaSimUser) {
  if (user.status === 'DEPROVISIONED') return []
  return [
    ...user.roles.map(type => ({ type, assignmentType: 'USER', via: user.id })),
    ...groupsOf(state, user.id).flatMap(g =>
      g.roles.map(type => ({ type, assignmentType: 'GROUP', via: g.id }))
    )
  ]
}

/** Apps assigned to the user, directly or through a group; a deactivated user has none. */
export function appsOf(state: OktaSimState, user: OktaSimUser): OktaSimApp[] {
  if (user.status === 'DEPROVISIONED') return []
  const ids = new Set([...user.apps, ...groupsOf(state, user.id).flatMap(g => g.apps)])
  return state.apps.filter(a => ids.has(a.id))
}

/** The OAuth apps the user holds grants or tokens for. */
export function clientsOf(state: OktaSimState, user: OktaSimUser): OktaSimClient[] {
  const ids = new Set([...user.grants.map(g => g.clientId), ...user.tokens])
  return state.clients.filter(c => ids.has(c.client_id))
}

/** Ends sessions, and with `oauthTokens` the tokens Okta issued. */
export function clearSessions(state: OktaSimState, user: OktaSimUser, oauthTokens: boolean) {
  user.sessions = 0
  if (oauthTokens) user.tokens = []
  state.events.push({
    type: 'sessions.cleared',
    userId: user.id,
    detail: `oauthTokens=${oauthTokens}`
  })
}

export function suspend(state: OktaSimState, user: OktaSimUser): void {
  user.status = 'SUSPENDED'
  user.sessions = 0
  state.events.push({ type: 'user.suspended', userId: user.id })
}

export function deactivate(state: OktaSimState, user: OktaSimUser): void {
  user.status = 'DEPROVISIONED'
  user.sessions = 0
  user.tokens = []
  user.apps = []
  user.roles = []
  state.events.push({ type: 'user.deactivated', userId: user.id })
}

/** Removes a deactivated user with everything that names them. */
export function remove(state: OktaSimState, user: OktaSimUser): void {
  state.users = state.users.filter(u => u !== user)
  for (const g of state.groups) g.members = g.members.filter(id => id !== user.id)
  state.apiTokens = state.apiTokens.filter(t => t.userId !== user.id)
  state.events.push({ type: 'user.deleted', userId: user.id })
}
