// The simulated IAM Identity Center instance as plain data: its identity store (users, groups,
// memberships) and its SSO admin side (permission sets, the accounts each is provisioned to,
// account assignments, and the asynchronous requests that change them). Seeding (seed.ts)
// fills it; the platform (platform.ts) reads and changes it.
import { createHash } from 'node:crypto'

export interface SsoSimEmail {
  Value: string
  Type?: string
  Primary?: boolean
}

export interface SsoSimUser {
  userId: string
  userName: string
  displayName?: string
  name?: Record<string, string>
  emails: SsoSimEmail[]
  /** Identity Store reports it; no API changes it (the console's "Disable user access" does). */
  status: 'ENABLED' | 'DISABLED'
}

export interface SsoSimGroup {
  groupId: string
  displayName: string
  description?: string
}

export interface SsoSimMembership {
  membershipId: string
  groupId: string
  userId: string
}

export interface SsoSimPermissionSet {
  arn: string
  name: string
  description?: string
  /** ISO 8601 duration, PT1H..PT12H. */
  sessionDuration: string
  createdDate: number
  inlinePolicy?: string
  /** Accounts it is provisioned to (AWS provisions it where it is first assigned). */
  accounts: Set<string>
  /** The policy its accounts' roles have: the inline policy as last provisioned. */
  provisionedPolicy?: string
}

export interface SsoSimAssignment {
  account: string
  permissionSetArn: string
  principalType: 'USER' | 'GROUP'
  principalId: string
}

/** An asynchronous request: IN_PROGRESS until `doneAt`, then its outcome. */
export interface SsoSimRequest {
  requestId: string
  kind: 'provisioning' | 'assignment_creation' | 'assignment_deletion'
  permissionSetArn: string
  doneAt: number
  failureReason?: string
  assignment?: SsoSimAssignment
  createdDate: number
}

export interface SsoSimState {
  instanceArn: string
  identityStoreId: string
  /** The account the instance lives in (the organization's management account). */
  accountId: string
  users: Map<string, SsoSimUser>
  groups: Map<string, SsoSimGroup>
  memberships: Map<string, SsoSimMembership>
  permissionSets: Map<string, SsoSimPermissionSet>
  assignments: SsoSimAssignment[]
  requests: Map<string, SsoSimRequest>
}

export function emptySsoState(
  o: Partial<Pick<SsoSimState, 'instanceArn' | 'identityStoreId' | 'accountId'>> = {}
): SsoSimState {
  return {
    instanceArn: o.instanceArn ?? 'arn:aws:sso:::instance/ssoins-72231c8f9f5c3b1a',
    identityStoreId: o.identityStoreId ?? 'd-9067a1b2c3',
    accountId: o.accountId ?? '123456789012',
    users: new Map(),
    groups: new Map(),
    memberships: new Map(),
    permissionSets: new Map(),
    assignments: [],
    requests: new Map()
  }
}

/** A UUID-shaped id derived from a name: the same on every run. */
export function derivedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

/** Identity Store user ids: a store prefix and a UUID, as AWS's own directory mints them. */
export const userIdFor = (state: SsoSimState, userName: string) =>
  `${state.identityStoreId.slice(2)}-${derivedUuid(`user:${userName}`)}`

export const permissionSetArnFor = (state: SsoSimState, name: string) =>
  `arn:aws:sso:::permissionSet/${state.instanceArn.split('/')[1]}/ps-${derivedUuid(`ps:${name}`).replace(/-/g, '').slice(0, 16)}`

export const sameAssignment = (a: SsoSimAssignment, b: SsoSimAssignment) =>
  a.account === b.account &&
  a.permissionSetArn === b.permissionSetArn &&
  a.principalType === b.principalType &&
  a.principalId === b.principalId
