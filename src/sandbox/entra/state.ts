// The simulated Entra ID tenant's state: users (with their authentication methods), groups,
// activated directory roles, app role assignments, the recycle bin of soft-deleted users,
// and the one app registration offboard signs in as (its credentials and Graph permissions).
// Plain data, changed in place by the Graph routes; built from a plain typed input.
import { createHash, randomBytes } from 'node:crypto'

export type MethodType =
  | 'password'
  | 'microsoftAuthenticator'
  | 'fido2'
  | 'phone'
  | 'email'
  | 'softwareOath'
  | 'temporaryAccessPass'
  | 'windowsHelloForBusiness'

export interface EntraSimMethod {
  id: string
  type: MethodType
  displayName?: string
  createdDateTime?: string
}

export interface EntraSimUser {
  id: string
  userPrincipalName: string
  displayName: string
  mail: string | null
  otherMails: string[]
  accountEnabled: boolean
  onPremisesSyncEnabled: boolean | null
  userType: 'Member' | 'Guest'
  createdDateTime: string
  signInSessionsValidFromDateTime: string
  methods: EntraSimMethod[]
}

export interface EntraSimGroup {
  id: string
  displayName: string
  groupTypes: string[]
  membershipRule: string | null
  mailEnabled: boolean
  securityEnabled: boolean
  onPremisesSyncEnabled: boolean | null
  isAssignableToRole: boolean
  /** Object ids of direct members: users and groups. */
  members: string[]
}

export interface EntraSimRole {
  id: string
  displayName: string
  roleTemplateId: string
  members: string[]
}

export interface EntraSimAppRoleAssignment {
  id: string
  principalId: string
  appRoleId: string
  resourceId: string
  resourceDisplayName: string
  createdDateTime: string
}

/** An app registration offboard signs in as: which credentials it has, what it may do. */
export interface EntraSimApp {
  clientId: string
  /** A client secret it accepts. */
  secret?: string
  /** A certificate it accepts: the PEM block's SHA-256 and the key that verifies it. */
  certificate?: { thumbprintSha256: string; publicKeyPem: string }
  /** A federated credential: GitHub OIDC tokens for this audience (from the simulated
   *  Actions endpoint) are accepted as client assertions. */
  federated?: { audience: string }
  /** Graph application permissions granted (admin-consented). */
  permissions: string[]
  /** Directory roles the app's service principal holds: disabling or deleting a user who holds
   *  a directory role needs Privileged Authentication Administrator (or Global Administrator). */
  directoryRoles?: string[]
}

export interface EntraSimState {
  tenantId: string
  users: EntraSimUser[]
  /** Soft-deleted users (the recycle bin). */
  deleted: EntraSimUser[]
  groups: EntraSimGroup[]
  roles: EntraSimRole[]
  appRoleAssignments: EntraSimAppRoleAssignment[]
  /** The app registrations offboard signs in as: the writer's first, then the reader's. */
  apps: EntraSimApp[]
  /** The simulated GitHub Actions OIDC endpoint: its request token, and the key it signs with. */
  oidc: { requestToken: string; key: Buffer }
  /** Access tokens issued: token -> the app it was issued to and when it expires (ms). */
  issued: Map<string, { clientId: string; expires: number }>
}

export const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10'

/** A GUID made from a name: the same on every run. */
export function guid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export type UserSeed = Partial<Omit<EntraSimUser, 'methods'>> &
  Pick<EntraSimUser, 'userPrincipalName'> & {
    methods?: (Partial<EntraSimMethod> & { type: MethodType })[]
  }
export type GroupSeed = Partial<EntraSimGroup> & Pick<EntraSimGroup, 'displayName'>
export type RoleSeed = Partial<EntraSimRole> & Pick<EntraSimRole, 'displayName'>
export type AssignmentSeed = Partial<EntraSimAppRoleAssignment> &
  Pick<EntraSimAppRoleAssignment, 'principalId' | 'resourceDisplayName'>

/** What a tenant is built from: only names are needed, the rest has defaults. */
export interface EntraStateInput {
  tenantId: string
  apps: EntraSimApp[]
  users?: UserSeed[]
  groups?: GroupSeed[]
  roles?: RoleSeed[]
  appRoleAssignments?: AssignmentSeed[]
  /** When seeded accounts were created, unless they say. */
  created?: string
}

export function entraState(input: EntraStateInput): EntraSimState {
  const created = input.created ?? '2024-01-01T00:00:00Z'
  const users = (input.users ?? []).map((u): EntraSimUser => ({
    id: guid(`user:${u.userPrincipalName.toLowerCase()}`),
    displayName: u.userPrincipalName.split('@')[0],
    mail: u.userPrincipalName,
    otherMails: [],
    accountEnabled: true,
    onPremisesSyncEnabled: null,
    userType: 'Member',
    createdDateTime: created,
    signInSessionsValidFromDateTime: u.createdDateTime ?? created,
    ...u,
    methods: (u.methods ?? []).map((m, i) => ({
      id:
        m.type === 'password'
          ? '28c10230-6103-485e-b985-444c60001490'
          : guid(`method:${u.userPrincipalName}:${i}`),
      createdDateTime: created,
      ...m
    }))
  }))
  return {
    tenantId: input.tenantId,
    users,
    deleted: [],
    groups: (input.groups ?? []).map(g => ({
      id: guid(`group:${g.displayName}`),
      groupTypes: [],
      membershipRule: null,
      mailEnabled: false,
      securityEnabled: true,
      onPremisesSyncEnabled: null,
      isAssignableToRole: false,
      members: [],
      ...g
    })),
    roles: (input.roles ?? []).map(r => ({
      id: guid(`role:${r.displayName}`),
      roleTemplateId: guid(`role-template:${r.displayName}`),
      members: [],
      ...r
    })),
    appRoleAssignments: (input.appRoleAssignments ?? []).map((a, i) => ({
      id: `${a.principalId.slice(0, 8)}assignment${i}`.padEnd(43, 'x'),
      appRoleId: '00000000-0000-0000-0000-000000000000',
      resourceId: guid(`app:${a.resourceDisplayName}`),
      createdDateTime: created,
      ...a
    })),
    apps: input.apps,
    oidc: { requestToken: randomBytes(16).toString('hex'), key: randomBytes(32) },
    issued: new Map()
  }
}

export const findUser = (s: EntraSimState, key: string): EntraSimUser | undefined => {
  const k = key.toLowerCase()
  return s.users.find(u => u.id === k || u.userPrincipalName.toLowerCase() === k)
}

export const findGroup = (s: EntraSimState, id: string) =>
  s.groups.find(g => g.id === id.toLowerCase())

/** The groups and roles an object is a direct member of. */
export function directMemberOf(s: EntraSimState, id: string): (EntraSimGroup | EntraSimRole)[] {
  return [...s.groups, ...s.roles].filter(g => g.members.includes(id))
}

/** Every group an object is in, directly or through groups (each once). */
export function transitiveMemberOf(s: EntraSimState, id: string): EntraSimGroup[] {
  const out = new Set<EntraSimGroup>()
  const visit = (member: string) => {
    for (const g of s.groups)
      if (g.members.includes(member) && !out.has(g)) {
        out.add(g)
        visit(g.id)
      }
  }
  visit(id)
  return [...out]
}

/** Every user in a group, directly or through nested groups (each once). */
export function transitiveUsers(s: EntraSimState, group: EntraSimGroup): EntraSimUser[] {
  const seen = new Set<string>()
  const users = new Map<string, EntraSimUser>()
  const visit = (g: EntraSimGroup) => {
    if (seen.has(g.id)) return
    seen.add(g.id)
    for (const m of g.members) {
      const u = s.users.find(x => x.id === m)
      if (u) users.set(u.id, u)
      const inner = s.groups.find(x => x.id === m)
      if (inner) visit(inner)
    }
  }
  visit(group)
  return [...users.values()]
}

/** Soft delete: the user goes to the recycle bin with every membership and assignment gone. */
export function softDelete(s: EntraSimState, user: EntraSimUser): void {
  s.users = s.users.filter(u => u !== user)
  s.deleted.push(user)
  for (const g of [...s.groups, ...s.roles]) g.members = g.members.filter(m => m !== user.id)
  s.appRoleAssignments = s.appRoleAssignments.filter(a => a.principalId !== user.id)
}
