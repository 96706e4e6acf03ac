// The simulated IAM account as plain data. Callers seed it (the demo from the example access
// tree, benchmarks with thousands of users); the platform in platform.ts reads and changes it.
// Maps keep lookups O(1); per-user lists are short (AWS quotas keep them small).
import { createHash } from 'node:crypto'
import { sortedInsert } from './protocol.js'

export type CredentialStatus = 'Active' | 'Inactive'

export interface IamSimLastUsed {
  /** ISO 8601. */
  date: string
  serviceName: string
  region: string
}

export interface IamSimAccessKey {
  accessKeyId: string
  status: CredentialStatus
  createDate: string
  lastUsed?: IamSimLastUsed
}

export interface IamSimLoginProfile {
  createDate: string
  passwordResetRequired: boolean
  /** When the console password was last used, ISO 8601. */
  passwordLastUsed?: string
}

export interface IamSimSigningCertificate {
  certificateId: string
  certificateBody: string
  status: CredentialStatus
  uploadDate: string
}

export interface IamSimSshKey {
  sshPublicKeyId: string
  sshPublicKeyBody: string
  fingerprint: string
  status: CredentialStatus
  uploadDate: string
}

export interface IamSimServiceCredential {
  serviceSpecificCredentialId: string
  serviceName: string
  serviceUserName: string
  status: CredentialStatus
  createDate: string
}

/** An MFA device enabled for a user (virtual: its serial is an ARN in virtualMfaDevices). */
export interface IamSimUserMfa {
  serialNumber: string
  enableDate: string
}

// A type alias (not an interface) so that tags pass straight into XML answers.
export type IamSimTag = { Key: string; Value: string }

export interface IamSimUser {
  userName: string
  userId: string
  path: string
  createDate: string
  tags: IamSimTag[]
  permissionsBoundaryArn?: string
  accessKeys: IamSimAccessKey[]
  loginProfile?: IamSimLoginProfile
  mfaDevices: IamSimUserMfa[]
  signingCertificates: IamSimSigningCertificate[]
  sshPublicKeys: IamSimSshKey[]
  serviceSpecificCredentials: IamSimServiceCredential[]
  /** Inline policies: name -> JSON document. */
  inlinePolicies: Record<string, string>
  attachedPolicyArns: string[]
  /** Names of the groups the user belongs to, sorted; mirrored by IamSimGroup.userNames
   *  (seed both with joinGroup). */
  groupNames: string[]
}

export interface IamSimGroup {
  groupName: string
  groupId: string
  path: string
  createDate: string
  /** Members, kept sorted so that GetGroup pages without scanning. */
  userNames: string[]
  inlinePolicies: Record<string, string>
  attachedPolicyArns: string[]
}

export interface IamSimManagedPolicy {
  arn: string
  policyName: string
  policyId: string
  path: string
  document: string
  description?: string
  createDate: string
  /** true for arn:aws:iam::aws:policy/... */
  awsManaged: boolean
}

export interface IamSimVirtualMfa {
  serialNumber: string
  /** Set while the device is enabled for a user. */
  userName?: string
  enableDate?: string
}

export interface IamSimState {
  accountId: string
  users: Map<string, IamSimUser>
  groups: Map<string, IamSimGroup>
  /** Managed policies by ARN, AWS-managed ones included. */
  policies: Map<string, IamSimManagedPolicy>
  virtualMfaDevices: Map<string, IamSimVirtualMfa>
  credentialReport?: { generatedTime: string; csv: string }
  /** Member accounts, each its own IAM, by id: a role in one can be assumed (STS AssumeRole),
   *  and requests signed with that session's key act in it. */
  memberAccounts?: Map<string, IamSimState>
}

const EPOCH = '2015-02-06T18:39:46Z'
const ALLOW_ALL =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'

/** AWS-managed policies every account can attach (a usual subset of AWS's catalogue). */
export const AWS_MANAGED_POLICY_NAMES = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
  'IAMUserChangePassword',
  'IAMReadOnlyAccess',
  'IAMFullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'AmazonEC2FullAccess',
  'AWSCodeCommitPowerUser',
  'AWSBillingReadOnlyAccess',
  'job-function/Billing',
  'job-function/DatabaseAdministrator',
  'job-function/NetworkAdministrator',
  'job-function/SystemAdministrator'
]

/** An empty account holding only the AWS-managed policies. */
export function emptyIamState(accountId = '123456789012'): IamSimState {
  const policies = new Map<string, IamSimManagedPolicy>()
  for (const name of AWS_MANAGED_POLICY_NAMES) {
    const slash = name.lastIndexOf('/')
    const arn = `arn:aws:iam::aws:policy/${name}`
    policies.set(arn, {
      arn,
      policyName: name.slice(slash + 1),
      // A stable id per name, shaped like AWS's (ANPA + 17 characters).
      policyId: `ANPA${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, '0').slice(0, 17)}`,
      path: slash < 0 ? '/' : `/${name.slice(0, slash + 1)}`,
      document: ALLOW_ALL,
      createDate: EPOCH,
      awsManaged: true
    })
  }
  return {
    accountId,
    users: new Map(),
    groups: new Map(),
    policies,
    virtualMfaDevices: new Map()
  }
}

/** A stable AWS-shaped id derived from a name, so seeded states are the same on every run. */
function derivedId(prefix: string, name: string): string {
  const digest = createHash('sha256').update(name).digest()
  let out = prefix
  for (let i = 0; out.length < 21; i++) out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[digest[i] & 31]
  return out
}

export interface SeedOptions {
  /** Default: derived from the name (AIDA... / AGPA...). */
  id?: string
  /** ISO 8601; default 2024-01-01T00:00:00Z. */
  createDate?: string
  /** Default '/'. */
  path?: string
}

const SEED_DATE = '2024-01-01T00:00:00Z'

/** A user with nothing attached; callers fill in what they seed, then `state.users.set`. */
export function newIamUser(userName: string, o: SeedOptions = {}): IamSimUser {
  return {
    userName,
    userId: o.id ?? derivedId('AIDA', userName),
    path: o.path ?? '/',
    createDate: o.createDate ?? SEED_DATE,
    tags: [],
    accessKeys: [],
    mfaDevices: [],
    signingCertificates: [],
    sshPublicKeys: [],
    serviceSpecificCredentials: [],
    inlinePolicies: {},
    attachedPolicyArns: [],
    groupNames: []
  }
}

export function newIamGroup(groupName: string, o: SeedOptions = {}): IamSimGroup {
  return {
    groupName,
    groupId: o.id ?? derivedId('AGPA', groupName),
    path: o.path ?? '/',
    createDate: o.createDate ?? SEED_DATE,
    userNames: [],
    inlinePolicies: {},
    attachedPolicyArns: []
  }
}

/** Puts a user in a group on both sides, keeping both name lists sorted as paging needs. */
export function joinGroup(user: IamSimUser, group: IamSimGroup): void {
  sortedInsert(user.groupNames, group.groupName)
  sortedInsert(group.userNames, user.userName)
}

export const userArn = (s: IamSimState, u: { path: string; userName: string }) =>
  `arn:aws:iam::${s.accountId}:user${u.path}${u.userName}`
export const groupArn = (s: IamSimState, g: { path: string; groupName: string }) =>
  `arn:aws:iam::${s.accountId}:group${g.path}${g.groupName}`
