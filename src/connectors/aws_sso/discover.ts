// What one Identity Store user holds now, read-only: the user, its group memberships, its
// direct account assignments (every account, every permission set), and for a departure the
// assignments its groups give (what the session deny must cover, and the plan's explanation).
// Independent reads run at once, with the SDK paginators at their largest pages.
import {
  DescribeGroupCommand,
  DescribeUserCommand,
  GetUserIdCommand,
  paginateListGroupMembershipsForMember,
  paginateListUsers,
  type User
} from '@aws-sdk/client-identitystore'
import {
  DescribePermissionSetCommand,
  paginateListAccountAssignmentsForPrincipal,
  type AccountAssignmentForPrincipal
} from '@aws-sdk/client-sso-admin'
import { mapLimit } from '../../concurrency.js'
import type { Discovery, Holding, Unread } from '../connector.js'
import { errorName, errorText, hint, type SsoClients } from './client.js'
import type { AwsSsoConfig } from './types.js'

/** The largest page Identity Store and SSO admin give. */
export const PAGE = 100
/** How many per-item reads (group names, permission set names, groups' assignments) run at
 *  once. */
export const READ_CONCURRENCY = 8

export interface SsoUser {
  userId: string
  userName: string
  displayName?: string
  /** Every email address, primary first. */
  emails: string[]
  /** ENABLED or DISABLED, where Identity Store says. */
  status?: string
}

export type Where = Pick<AwsSsoConfig, 'identity_store_id' | 'instance_arn'>

/** A ResourceNotFound answer about a `type` resource (USER, GROUP, ...): one about another
 *  resource (the identity store itself) is an error, never "absent". */
export function isNotFound(err: unknown, type?: string): boolean {
  if (errorName(err) !== 'ResourceNotFoundException') return false
  const said = (err as { ResourceType?: string }).ResourceType
  return type === undefined || said === undefined || said === type
}

export function ssoUser(u: User): SsoUser {
  const emails = [...(u.Emails ?? [])]
    .sort((a, b) => Number(b.Primary ?? false) - Number(a.Primary ?? false))
    .flatMap(e => (e.Value ? [e.Value] : []))
  return {
    userId: u.UserId!,
    userName: u.UserName ?? u.UserId!,
    displayName: u.DisplayName,
    emails,
    status: u.UserStatus
  }
}

/** The user with this id, or undefined when Identity Store has none. */
export async function userById(
  c: SsoClients,
  w: Where,
  userId: string
): Promise<SsoUser | undefined> {
  try {
    const res = await c.store.send(
      new DescribeUserCommand({ IdentityStoreId: w.identity_store_id, UserId: userId })
    )
    return ssoUser({ ...res, UserId: res.UserId ?? userId })
  } catch (err) {
    if (isNotFound(err, 'USER')) return undefined
    throw err
  }
}

/** The user named `userName`, or undefined when there is none. */
export async function userByName(
  c: SsoClients,
  w: Where,
  userName: string
): Promise<SsoUser | undefined> {
  let userId: string | undefined
  try {
    const res = await c.store.send(
      new GetUserIdCommand({
        IdentityStoreId: w.identity_store_id,
        AlternateIdentifier: {
          UniqueAttribute: { AttributePath: 'userName', AttributeValue: userName }
        }
      })
    )
    userId = res.UserId
  } catch (err) {
    if (isNotFound(err, 'USER')) return undefined
    throw err
  }
  return userId ? userById(c, w, userId) : undefined
}

export async function allUsers(c: SsoClients, w: Where): Promise<SsoUser[]> {
  const out: SsoUser[] = []
  const pages = paginateListUsers(
    { client: c.store, pageSize: PAGE },
    { IdentityStoreId: w.identity_store_id }
  )
  for await (const page of pages) out.push(...(page.Users ?? []).map(ssoUser))
  return out
}

/**
 * Every user with this email address (compared without regard to case). Identity Store does
 * not promise that emails are unique and GetUserId on emails.value answers one user at most,
 * so the store's users are searched: the caller uses the answer only when exactly one user
 * matches.
 */
export function usersByEmail(users: SsoUser[], email: string): SsoUser[] {
  const wanted = email.toLowerCase()
  return users.filter(u => u.emails.some(e => e.toLowerCase() === wanted))
}

/** Names by id, each read once, concurrently; an id whose name cannot be read keeps the id as
 *  its name and the failure goes to `unread`. */
export async function namesOf(
  ids: Iterable<string>,
  read: (id: string) => Promise<string | undefined>,
  what: string,
  unread: Unread[]
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  const names = await mapLimit(unique, READ_CONCURRENCY, async id => {
    try {
      return (await read(id)) ?? id
    } catch (err) {
      unread.push({ what: `the name of ${what} ${id}`, error: unreadError(err) })
      return id
    }
  })
  return new Map(unique.map((id, i) => [id, names[i]!]))
}

export const groupName = (c: SsoClients, w: Where) => async (groupId: string) =>
  (
    await c.store.send(
      new DescribeGroupCommand({ IdentityStoreId: w.identity_store_id, GroupId: groupId })
    )
  ).DisplayName

export const permissionSetName = (c: SsoClients, w: Where) => async (arn: string) =>
  (
    await c.admin.send(
      new DescribePermissionSetCommand({ InstanceArn: w.instance_arn, PermissionSetArn: arn })
    )
  ).PermissionSet?.Name

/** A failed read as an unread record's error: AWS's answer and what to do. */
export const unreadError = (err: unknown): string => `${errorText(err)} (${hint(err, 'read-only')})`

/** The account assignments of one principal (a user's direct ones, or a group's), in every
 *  account or in `account`. */
export async function assignmentsOf(
  c: SsoClients,
  w: Where,
  principalType: 'USER' | 'GROUP',
  principalId: string,
  account?: string
): Promise<AccountAssignmentForPrincipal[]> {
  const out: AccountAssignmentForPrincipal[] = []
  const pages = paginateListAccountAssignmentsForPrincipal(
    { client: c.admin, pageSize: PAGE },
    {
      InstanceArn: w.instance_arn,
      PrincipalType: principalType,
      PrincipalId: principalId,
      ...(account ? { Filter: { AccountId: account } } : {})
    }
  )
  for await (const page of pages) out.push(...(page.AccountAssignments ?? []))
  return out
}

export interface Membership {
  membershipId: string
  groupId: string
}

export async function membershipsOf(c: SsoClients, w: Where, userId: string) {
  const out: Membership[] = []
  const pages = paginateListGroupMembershipsForMember(
    { client: c.store, pageSize: PAGE },
    { IdentityStoreId: w.identity_store_id, MemberId: { UserId: userId } }
  )
  for await (const page of pages)
    for (const m of page.GroupMemberships ?? [])
      if (m.MembershipId && m.GroupId)
        out.push({ membershipId: m.MembershipId, groupId: m.GroupId })
  return out
}

/** What a discovery of an existing user carries besides its status. */
export type FoundHoldings = Required<Pick<Discovery, 'holdings' | 'notes' | 'unread'>>

/**
 * The user's memberships and direct assignments, and for a departure (`grantsOnly` false) its
 * groups' assignments. Every read that fails is recorded as unread, never taken for "nothing
 * there"; what the others found is still planned.
 */
export async function discoverHoldings(
  c: SsoClients,
  w: Where,
  user: SsoUser,
  grantsOnly: boolean
): Promise<FoundHoldings> {
  const unread: Unread[] = []
  const read = async <T>(what: string, list: Promise<T[]>): Promise<T[]> =>
    list.catch((err: unknown) => {
      unread.push({ what, error: unreadError(err) })
      return []
    })
  const [memberships, direct] = await Promise.all([
    read('group memberships', membershipsOf(c, w, user.userId)),
    read('direct account assignments', assignmentsOf(c, w, 'USER', user.userId))
  ])
  const groupIds = memberships.map(m => m.groupId)
  const [groups, viaGroups] = await Promise.all([
    namesOf(groupIds, groupName(c, w), 'group', unread),
    grantsOnly
      ? []
      : mapLimit(groupIds, READ_CONCURRENCY, async groupId =>
          (
            await read(
              `account assignments of group ${groupId}`,
              assignmentsOf(c, w, 'GROUP', groupId)
            )
          ).map(a => ({ ...a, groupId }))
        )
  ])
  const viaGroup = viaGroups.flat()
  const sets = await namesOf(
    [...direct, ...viaGroup].map(a => a.PermissionSetArn!),
    permissionSetName(c, w),
    'permission set',
    unread
  )
  const assignment = (a: AccountAssignmentForPrincipal) => ({
    account: a.AccountId!,
    permission_set_arn: a.PermissionSetArn!,
    permission_set: sets.get(a.PermissionSetArn!)!
  })
  const holdings: Holding[] = [
    ...memberships.map(m => ({
      kind: 'group_membership',
      id: m.membershipId,
      label: `group ${groups.get(m.groupId)}`,
      details: { group_id: m.groupId, group: groups.get(m.groupId)! }
    })),
    ...direct.map(a => {
      const d = assignment(a)
      return {
        kind: 'account_assignment',
        id: `${d.account}/${d.permission_set_arn}`,
        label: `permission set ${d.permission_set} in account ${d.account}`,
        details: d
      }
    }),
    ...viaGroup.map(a => {
      const d = { ...assignment(a), group_id: a.groupId, group: groups.get(a.groupId)! }
      return {
        kind: 'group_assignment',
        id: `${a.groupId}/${d.account}/${d.permission_set_arn}`,
        label: `permission set ${d.permission_set} in account ${d.account} through group ${d.group}`,
        details: d
      }
    })
  ]
  return { holdings, notes: [], unread }
}
