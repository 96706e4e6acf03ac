// The simulated Google Workspace customer as plain data: users with their sessions, OAuth
// tokens, app passwords and backup codes, groups and their members, admin roles and their
// assignments, Drive transfers, and the service accounts that may act for an admin
// (domain-wide delegation). The handlers (directory.ts, auth.ts) change it in place.

export interface SimToken {
  clientId: string
  displayText: string
  scopes: string[]
  nativeApp: boolean
  anonymous: boolean
}

export interface SimAsp {
  codeId: number
  name: string
  /** Milliseconds since the epoch, as Google gives them. */
  creationTime: number
  lastTimeUsed: number
}

export interface SimUser {
  id: string
  primaryEmail: string
  aliases: string[]
  givenName: string
  familyName: string
  suspended: boolean
  /** Super admin. */
  isAdmin: boolean
  isDelegatedAdmin: boolean
  creationTime: string
  /** Open web and device sessions: users.signOut ends them. */
  sessions: number
  tokens: SimToken[]
  asps: SimAsp[]
  backupCodes: string[]
  /** Files the user owns in Drive: a completed transfer moves them. */
  driveFiles: number
}

export interface SimMember {
  id: string
  email: string
  role: 'OWNER' | 'MANAGER' | 'MEMBER'
  type: 'USER'
}

export interface SimGroup {
  id: string
  email: string
  name: string
  members: SimMember[]
}

export interface SimRole {
  roleId: string
  roleName: string
  isSuperAdminRole: boolean
}

export interface SimAssignment {
  roleAssignmentId: string
  roleId: string
  assignedTo: string
  scopeType: 'CUSTOMER' | 'ORG_UNIT'
  orgUnitId?: string
}

export interface SimTransfer {
  id: string
  oldOwnerUserId: string
  newOwnerUserId: string
  applicationId: string
  params: { key: string; value: string[] }[]
  status: 'inProgress' | 'completed' | 'failed'
  requestTime: string
  /** Reads of the transfer left before it completes. */
  readsLeft: number
}

/** A service account the customer lets act for its admins, with the scopes delegated to it. */
export interface SimServiceAccount {
  email: string
  clientId: string
  /** Verifies the JWTs it signs (PEM). */
  publicKey: string
  /** Signs for IAM signJwt (PEM); only service accounts used without a key have it here. */
  privateKey?: string
  delegatedScopes: string[]
}

/** A workload identity pool provider: the audience, and the service accounts its federated
 *  tokens may have IAM sign for (roles/iam.serviceAccountTokenCreator). */
export interface SimPool {
  audience: string
  serviceAccounts: string[]
}

export interface GoogleSimState {
  /** The immutable customer id; `my_customer` means this one. */
  customerId: string
  domain: string
  users: SimUser[]
  groups: SimGroup[]
  roles: SimRole[]
  roleAssignments: SimAssignment[]
  transfers: SimTransfer[]
  applications: { id: string; name: string; params: { key: string; value: string[] }[] }[]
  serviceAccounts: SimServiceAccount[]
  pools: SimPool[]
  /** Reads a new Drive transfer takes to complete (0: done when first read). */
  transferReads: number
  nextId: number
}

/** Google's Drive and Calendar application ids in the Data Transfer API. */
export const DRIVE_APP_ID = '55656082996'
export const CALENDAR_APP_ID = '435070579839'

export const SUPER_ADMIN_ROLE = 'Super Admin'
/** Google's prebuilt admin roles a scenario may assign by name. */
export const PREBUILT_ROLES = [
  SUPER_ADMIN_ROLE,
  'Groups Admin',
  'User Management Admin',
  'Help Desk Admin',
  'Services Admin'
]

export function newGoogleState(customerId: string, domain: string): GoogleSimState {
  return {
    customerId,
    domain,
    users: [],
    groups: [],
    roles: PREBUILT_ROLES.map((roleName, i) => ({
      roleId: `91705169967841${20 + i}`,
      roleName,
      isSuperAdminRole: roleName === SUPER_ADMIN_ROLE
    })),
    roleAssignments: [],
    transfers: [],
    applications: [
      {
        id: DRIVE_APP_ID,
        name: 'Drive and Docs',
        params: [{ key: 'PRIVACY_LEVEL', value: ['PRIVATE', 'SHARED'] }]
      },
      {
        id: CALENDAR_APP_ID,
        name: 'Calendar',
        params: [{ key: 'RELEASE_RESOURCES', value: ['TRUE'] }]
      }
    ],
    serviceAccounts: [],
    pools: [],
    transferReads: 0,
    nextId: 1
  }
}

/** A fresh numeric id, as long as Google's (21 digits for users). */
export function mintId(state: GoogleSimState, digits = 21): string {
  const n = String(state.nextId++)
  return `1${n.padStart(digits - 1, '0')}`
}

const lower = (s: string) => s.toLowerCase()

/** The user a userKey names: its id, primary email or an alias (emails without regard to case). */
export function findUser(state: GoogleSimState, key: string): SimUser | undefined {
  const k = lower(key)
  return state.users.find(
    u => u.id === key || lower(u.primaryEmail) === k || u.aliases.some(a => lower(a) === k)
  )
}

/** The group a groupKey names: its id or email. */
export function findGroup(state: GoogleSimState, key: string): SimGroup | undefined {
  const k = lower(key)
  return state.groups.find(g => g.id === key || lower(g.email) === k)
}

export function addUser(
  state: GoogleSimState,
  u: Partial<SimUser> & Pick<SimUser, 'primaryEmail'>
): SimUser {
  const [local] = u.primaryEmail.split('@')
  const user: SimUser = {
    id: mintId(state),
    aliases: [],
    givenName: local,
    familyName: '',
    suspended: false,
    isAdmin: false,
    isDelegatedAdmin: false,
    creationTime: '2024-01-01T00:00:00.000Z',
    sessions: 1,
    tokens: [],
    asps: [],
    backupCodes: [],
    driveFiles: 0,
    ...u
  }
  state.users.push(user)
  if (user.isAdmin) assignRole(state, user, SUPER_ADMIN_ROLE)
  return user
}

export function addGroup(state: GoogleSimState, email: string): SimGroup {
  const found = findGroup(state, email)
  if (found) return found
  const group = { id: `0${mintId(state, 14)}`, email, name: email.split('@')[0], members: [] }
  state.groups.push(group)
  return group
}

export function addMember(state: GoogleSimState, groupEmail: string, user: SimUser): void {
  const group = addGroup(state, groupEmail)
  if (!group.members.some(m => m.id === user.id))
    group.members.push({ id: user.id, email: user.primaryEmail, role: 'MEMBER', type: 'USER' })
}

export function assignRole(state: GoogleSimState, user: SimUser, roleName: string): void {
  const role = state.roles.find(r => r.roleName === roleName)
  if (!role) throw new Error(`no admin role "${roleName}"`)
  if (!role.isSuperAdminRole) user.isDelegatedAdmin = true
  state.roleAssignments.push({
    roleAssignmentId: mintId(state, 16),
    roleId: role.roleId,
    assignedTo: user.id,
    scopeType: 'CUSTOMER'
  })
}

/** Deleting a user takes its memberships and role assignments with it, as Google does. */
export function removeUser(state: GoogleSimState, user: SimUser): void {
  state.users = state.users.filter(u => u !== user)
  for (const g of state.groups) g.members = g.members.filter(m => m.id !== user.id)
  state.roleAssignments = state.roleAssignments.filter(a => a.assignedTo !== user.id)
}
