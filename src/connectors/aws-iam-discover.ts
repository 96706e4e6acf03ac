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
  type AccessKeyMetadata,
  type IAMClient,
  type User
} from '@aws-sdk/client-iam'
import type { Discovery, Holding } from './connector.js'
import { errorText, shortId } from './aws-iam-client.js'

/** Inline policy the tool writes on a disabled user: denies everything. */
export const DENY_ALL_POLICY = 'offboard-deny-all'
/** Inline policy that ends sessions issued before it was written (what the console's
 *  "revoke active sessions" does for roles). */
export const REVOKE_SESSIONS_POLICY = 'offboard-revoke-sessions'

/** What a discovery carries for a user that exists: its ARN and name, holdings and notes
 *  (facts for reviewers, e.g. a kind of credential that could not be read). */
export type FoundUser = Required<Pick<Discovery, 'account' | 'holdings' | 'notes'>>

/** The user's holdings; only groups and managed policies when `grantsOnly` (a reduction). */
export async function discoverUser(
  client: IAMClient,
  userName: string,
  grantsOnly: boolean
): Promise<FoundUser | undefined> {
  const c = { client }
  const u = { UserName: userName }
  const notes: string[] = []
  const lists: Promise<Holding[]>[] = [
    collect(
      paginateListGroupsForUser(c, u),
      p => p.Groups,
      g => group(g.GroupName!)
    ),
    collect(
      paginateListAttachedUserPolicies(c, u),
      p => p.AttachedPolicies,
      p => managedPolicy(p.PolicyArn!)
    )
  ]
  if (!grantsOnly)
    lists.push(
      accessKeys(client, userName),
      loginProfile(client, userName),
      collect(paginateListMFADevices(c, u), p => p.MFADevices, mfaDevice),
      collect(
        paginateListSigningCertificates(c, u),
        p => p.Certificates,
        cert =>
          credential('signing_certificate', 'signing certificate', cert.CertificateId!, cert.Status)
      ),
      collect(
        paginateListSSHPublicKeys(c, u),
        p => p.SSHPublicKeys,
        key => credential('ssh_public_key', 'SSH public key', key.SSHPublicKeyId!, key.Status)
      ),
      serviceCredentials(client, userName, notes),
      inlinePolicies(client, userName)
    )
  try {
    const [user, ...found] = await Promise.all([getUser(client, userName), ...lists])
    const holdings = found.flat()
    if (!grantsOnly) holdings.push(...userAttributes(user))
    return { account: { id: user.Arn!, display: user.UserName! }, holdings, notes }
  } catch (err) {
    if (err instanceof NoSuchEntityException) return undefined
    throw err
  }
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

export async function accessKeys(client: IAMClient, userName: string): Promise<Holding[]> {
  const keys: AccessKeyMetadata[] = []
  for await (const page of paginateListAccessKeys({ client }, { UserName: userName }))
    keys.push(...(page.AccessKeyMetadata ?? []))
  // Last use tells reviewers whether the key is live; one read per key (at most two).
  return Promise.all(
    keys.map(async k => {
      const res = await client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: k.AccessKeyId }))
      const created = day(k.CreateDate) ?? null
      const lastUsed = day(res.AccessKeyLastUsed?.LastUsedDate) ?? null
      const facts = [`created ${created}`, lastUsed ? `last used ${lastUsed}` : 'never used']
      return credential(
        'access_key',
        'access key',
        k.AccessKeyId!,
        k.Status,
        { created, lastUsed },
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

async function serviceCredentials(
  client: IAMClient,
  userName: string,
  notes: string[]
): Promise<Holding[]> {
  // No SDK paginator for this one: follow the marker by hand.
  const out: Holding[] = []
  let marker: string | undefined
  try {
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
  } catch (err) {
    if (err instanceof NoSuchEntityException) throw err
    // Rare credentials (CodeCommit, Keyspaces, Bedrock) that some IAM endpoints cannot list:
    // say so rather than leave the user's keys and passwords in place.
    notes.push(`service-specific credentials not checked: ${errorText(err)}`)
  }
  return out
}

async function inlinePolicies(client: IAMClient, userName: string): Promise<Holding[]> {
  const policies = await collect(
    paginateListUserPolicies({ client }, { UserName: userName }),
    p => p.PolicyNames,
    name => ({ kind: 'inline_policy', id: name, label: `inline policy ${name}` })
  )
  const ours = policies.find(p => p.id === DENY_ALL_POLICY)
  if (ours) {
    // A later run must not trust the name alone: the document may have been edited.
    const res = await client.send(
      new GetUserPolicyCommand({ UserName: userName, PolicyName: DENY_ALL_POLICY })
    )
    ours.details = { intact: isDenyAll(decodeURIComponent(res.PolicyDocument ?? '')) }
  }
  return policies
}

/** The policy document that denies every action (`issuedBefore`: only to older sessions). */
export function denyAllDocument(issuedBefore?: Date): string {
  const condition = issuedBefore
    ? { Condition: { DateLessThan: { 'aws:TokenIssueTime': issuedBefore.toISOString() } } }
    : {}
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', ...condition }]
  })
}

function isDenyAll(doc: string): boolean {
  try {
    const parsed = JSON.parse(doc) as { Statement?: unknown }
    const statements = [parsed.Statement].flat() as Record<string, unknown>[]
    return statements.some(
      s =>
        s.Effect === 'Deny' &&
        [s.Action].flat().includes('*') &&
        [s.Resource].flat().includes('*') &&
        s.Condition === undefined
    )
  } catch {
    return false
  }
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
