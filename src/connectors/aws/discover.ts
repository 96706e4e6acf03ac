// What one IAM user holds now, read-only: every list runs concurrently, with the SDK
// paginators, and the few per-item reads (key last use, our own policy) overlap with them.
import {
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListServiceSpecificCredentialsCommand,
  NoSuchEntityException,
  paginateListAccessKeys,
  paginateListAttachedUserPolicies,
  paginateListGroupsForUser,
  paginateListMFADevices,
  paginateListSigningCertificates,
  paginateListSSHPublicKeys,
  paginateListUserPolicies,
  paginateListUsers,
  type AccessKeyMetadata,
  type IAMClient,
  type User
} from '@aws-sdk/client-iam'
import type { Discovery, Holding, Identity, Scope, Unread } from '../connector.js'
import { findRenamed } from '../shared/lookup.js'
import { discovery } from '../shared/results.js'
import { errorText, shortId, type Iam } from './client.js'
import { DENY_ALL_POLICY, isDenyAll } from './policies.js'

/** What the declared IAM user holds, or, for a departure whose user is gone, the user the log
 *  knows by its UserId under a new name (renamed). */
export async function discover(iam: Iam, who: Identity, scope: Scope): Promise<Discovery> {
  const base = discovery(iam.platform, who.person)
  if (!who.account)
    return { ...base, status: 'no_account', reason: 'no IAM user declared (accounts.aws)' }
  const problem = await iam.credentials()
  if (problem) return { ...base, status: 'not_checked', reason: problem }
  const { client } = iam
  try {
    const grantsOnly = scope.kind === 'reduction'
    let found = await discoverUser(client, who.account, grantsOnly)
    const notes: string[] = []
    if (!found && !grantsOnly) {
      const renamed = await findRenamed(
        who,
        iam.platform,
        'IAM user',
        id => userNameById(client, id),
        name => name
      )
      if (renamed && 'refused' in renamed)
        return { ...base, status: 'not_checked', reason: renamed.refused }
      if (renamed) {
        notes.push(renamed.note)
        found = await discoverUser(client, renamed.name, grantsOnly)
      }
    }
    if (!found) return { ...base, status: 'no_account', reason: `no IAM user named ${who.account}` }
    return { ...base, ...found, notes: [...notes, ...found.notes] }
  } catch (err) {
    return {
      ...base,
      status: 'not_checked',
      reason: `could not read IAM user ${who.account}: ${errorText(err)} (the role needs the read-only policy in docs/aws.md)`
    }
  }
}

/** What a discovery carries for a user that exists: its UserId, name and ARN, holdings, notes, and
 *  the listings that failed (what they found is missing; the rest is still planned). */
export type FoundUser = Required<Pick<Discovery, 'account' | 'holdings' | 'notes' | 'unread'>>

/** The user's holdings; only groups and managed policies when `grantsOnly` (a reduction).
 *  GetUser is the primary read: its failure is thrown (NoSuchEntity: undefined). Every listing
 *  that fails otherwise is recorded as unread, never taken for "nothing there". */
export async function discoverUser(
  client: IAMClient,
  userName: string,
  grantsOnly: boolean
): Promise<FoundUser | undefined> {
  const c = { client }
  const u = { UserName: userName }
  const notes: string[] = []
  const unread: Unread[] = []
  const read = (what: string, list: Promise<Holding[]>) =>
    list.catch((err: unknown) => {
      // The user went away while it was read: GetUser says so.
      if (err instanceof NoSuchEntityException) throw err
      unread.push({ what, error: unreadError(err) })
      return []
    })
  const lists: Promise<Holding[]>[] = [
    read(
      'groups',
      collect(
        paginateListGroupsForUser(c, u),
        p => p.Groups,
        g => group(g.GroupName!)
      )
    ),
    read(
      'attached managed policies',
      collect(
        paginateListAttachedUserPolicies(c, u),
        p => p.AttachedPolicies,
        p => managedPolicy(p.PolicyArn!)
      )
    )
  ]
  if (!grantsOnly)
    lists.push(
      read('access keys', accessKeys(client, userName, unread)),
      read('console password', loginProfile(client, userName)),
      read(
        'MFA devices',
        collect(paginateListMFADevices(c, u), p => p.MFADevices, mfaDevice)
      ),
      read(
        'signing certificates',
        collect(
          paginateListSigningCertificates(c, u),
          p => p.Certificates,
          cert =>
            credential(
              'signing_certificate',
              'signing certificate',
              cert.CertificateId!,
              cert.Status
            )
        )
      ),
      read(
        'SSH public keys',
        collect(
          paginateListSSHPublicKeys(c, u),
          p => p.SSHPublicKeys,
          key => credential('ssh_public_key', 'SSH public key', key.SSHPublicKeyId!, key.Status)
        )
      ),
      read('service-specific credentials', serviceCredentials(client, userName)),
      read('inline policies', inlinePolicies(client, userName, unread))
    )
  try {
    const [user, ...found] = await Promise.all([getUser(client, userName), ...lists])
    const holdings = found.flat()
    if (!grantsOnly) holdings.push(...userAttributes(user))
    // UserId, not the ARN, is the id: a renamed user keeps its UserId and gets a new ARN.
    return {
      account: { id: user.UserId!, display: user.UserName!, arn: user.Arn! },
      holdings,
      notes,
      unread
    }
  } catch (err) {
    if (err instanceof NoSuchEntityException) return undefined
    throw err
  }
}

/** A failed listing as an unread record's error: AWS's answer and what to do. */
function unreadError(err: unknown): string {
  const name = err instanceof Error ? err.name : ''
  const hint = /AccessDenied|Unauthorized/.test(name)
    ? 'the role needs the read-only policy in docs/aws.md'
    : 'rerun apply once IAM answers'
  return `${errorText(err)} (${hint})`
}

/** The name of the user whose UserId is `id`, whatever it is called now. */
async function userNameById(client: IAMClient, id: string): Promise<string | undefined> {
  for await (const page of paginateListUsers({ client, pageSize: 1000 }, {}))
    for (const u of page.Users ?? []) if (u.UserId === id) return u.UserName
  return undefined
}

async function getUser(client: IAMClient, userName: string): Promise<User> {
  const res = await client.send(new GetUserCommand({ UserName: userName }))
  return res.User!
}

async function collect<P, I>(
  pages: AsyncIterable<P>,
  items: (page: P) => I[] | undefined,
  toHolding: (item: I) => Holding
): Promise<Holding[]> {
  const out: Holding[] = []
  for await (const page of pages) out.push(...(items(page) ?? []).map(toHolding))
  return out
}

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : undefined)

function group(name: string): Holding {
  return { kind: 'group', id: name, label: `group ${name}` }
}

function managedPolicy(arn: string): Holding {
  return { kind: 'managed_policy', id: arn, label: `managed policy ${arn}` }
}

function credential(
  kind: string,
  what: string,
  id: string,
  status: string | undefined,
  details: Record<string, string | null> = {},
  facts: string[] = []
): Holding {
  const active = status === 'Active'
  const state = [active ? 'active' : 'inactive', ...facts].join(', ')
  return { kind, id, label: `${what} ${shortId(id)} (${state})`, details: { active, ...details } }
}

/** The user's access keys. When a key's last use cannot be read, the key is still listed (it
 *  is revoked all the same) and the failed read goes to `unread`; without `unread` it throws. */
export async function accessKeys(
  client: IAMClient,
  userName: string,
  unread?: Unread[]
): Promise<Holding[]> {
  const keys: AccessKeyMetadata[] = []
  for await (const page of paginateListAccessKeys({ client }, { UserName: userName }))
    keys.push(...(page.AccessKeyMetadata ?? []))
  // Last use tells reviewers whether the key is live; one read per key (at most two).
  return Promise.all(
    keys.map(async k => {
      const lastUse = client
        .send(new GetAccessKeyLastUsedCommand({ AccessKeyId: k.AccessKeyId }))
        .then(
          res => day(res.AccessKeyLastUsed?.LastUsedDate) ?? null,
          (err: unknown) => {
            if (!unread) throw err
            unread.push({
              what: `last use of access key ${shortId(k.AccessKeyId!)}`,
              error: unreadError(err)
            })
            return undefined
          }
        )
      const lastUsed = await lastUse
      const created = day(k.CreateDate) ?? null
      const facts = [
        `created ${created}`,
        lastUsed === undefined
          ? 'last use unknown'
          : lastUsed
            ? `last used ${lastUsed}`
            : 'never used'
      ]
      return credential(
        'access_key',
        'access key',
        k.AccessKeyId!,
        k.Status,
        { created, lastUsed: lastUsed ?? null },
        facts
      )
    })
  )
}

export async function loginProfile(client: IAMClient, userName: string): Promise<Holding[]> {
  try {
    const res = await client.send(new GetLoginProfileCommand({ UserName: userName }))
    const created = day(res.LoginProfile?.CreateDate)
    return [
      {
        kind: 'login_profile',
        id: userName,
        label: `console password${created ? ` (set ${created})` : ''}`,
        details: { created: created ?? null }
      }
    ]
  } catch (err) {
    // No console password (or no user, which GetUser reports).
    if (err instanceof NoSuchEntityException) return []
    throw err
  }
}

function mfaDevice(d: { SerialNumber?: string }): Holding {
  const serial = d.SerialNumber!
  // Virtual devices are IAM entities (arn:...:mfa/name) that must be deleted too; hardware
  // and FIDO devices are only unassigned.
  const isVirtual = /:mfa\//.test(serial)
  const name = serial.replace(/^arn:[^/]*\//, '')
  return {
    kind: 'mfa_device',
    id: serial,
    label: `MFA device ${name} (${isVirtual ? 'virtual' : 'hardware or FIDO'})`,
    details: { virtual: isVirtual, name }
  }
}

async function serviceCredentials(client: IAMClient, userName: string): Promise<Holding[]> {
  // No SDK paginator for this one: follow the marker by hand.
  const out: Holding[] = []
  let marker: string | undefined
  do {
    const res = await client.send(
      new ListServiceSpecificCredentialsCommand({ UserName: userName, Marker: marker })
    )
    for (const cred of res.ServiceSpecificCredentials ?? [])
      out.push(
        credential(
          'service_credential',
          `${cred.ServiceName} credential`,
          cred.ServiceSpecificCredentialId!,
          cred.Status,
          { service: cred.ServiceName ?? null }
        )
      )
    marker = res.IsTruncated ? res.Marker : undefined
  } while (marker)
  return out
}

async function inlinePolicies(
  client: IAMClient,
  userName: string,
  unread: Unread[]
): Promise<Holding[]> {
  const policies = await collect(
    paginateListUserPolicies({ client }, { UserName: userName }),
    p => p.PolicyNames,
    name => ({ kind: 'inline_policy', id: name, label: `inline policy ${name}` })
  )
  const ours = policies.find(p => p.id === DENY_ALL_POLICY)
  if (ours) {
    // A later run must not trust the name alone: the document may have been edited. Unread,
    // it counts as not intact, so the policy is put again.
    try {
      const res = await client.send(
        new GetUserPolicyCommand({ UserName: userName, PolicyName: DENY_ALL_POLICY })
      )
      ours.details = { intact: isDenyAll(decodeURIComponent(res.PolicyDocument ?? '')) }
    } catch (err) {
      // NoSuchEntity: removed since it was listed.
      if (!(err instanceof NoSuchEntityException))
        unread.push({ what: `inline policy ${DENY_ALL_POLICY}`, error: unreadError(err) })
      ours.details = { intact: false }
    }
  }
  return policies
}

function userAttributes(user: User): Holding[] {
  const out: Holding[] = []
  const boundary = user.PermissionsBoundary?.PermissionsBoundaryArn
  if (boundary)
    out.push({
      kind: 'permissions_boundary',
      id: boundary,
      label: `permissions boundary ${boundary}`
    })
  for (const tag of user.Tags ?? [])
    out.push({
      kind: 'tag',
      id: tag.Key!,
      label: `tag ${tag.Key}=${tag.Value}`,
      details: { value: tag.Value ?? '' }
    })
  return out
}
