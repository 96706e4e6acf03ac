// Read-only listings for the audit: every Identity Store user with its group memberships and
// direct account assignments, and the session denies a departure left that have outlived every
// session they held off. Whole collections are listed at the largest page: users, groups and
// each group's members, then each permission set's accounts and each account's assignments of
// it, so the number of requests grows with groups and permission sets, not with people.
import {
  paginateListGroupMemberships,
  paginateListGroups,
  type Group
} from '@aws-sdk/client-identitystore'
import {
  GetInlinePolicyForPermissionSetCommand,
  paginateListAccountAssignments,
  paginateListAccountsForProvisionedPermissionSet,
  paginateListPermissionSets,
  type AccountAssignment
} from '@aws-sdk/client-sso-admin'
import { mapLimit } from '../../concurrency.js'
import type { Grant, ListedAccount, Unread } from '../connector.js'
import type { SsoClients } from './client.js'
import { denyEntries, STALE_AFTER_MS } from './deny.js'
import {
  allUsers,
  discoverHoldings,
  namesOf,
  PAGE,
  permissionSetName,
  READ_CONCURRENCY,
  userById,
  type SsoUser,
  type Where
} from './discover.js'
import type { StaleDeny } from './plan.js'
import { ASSIGNMENT_KIND, assignmentValue, AWS_SSO, GROUP_KIND } from './rules.js'

export interface Listing {
  accounts: ListedAccount[]
  notes: string[]
}

async function collect<P, I>(pages: AsyncIterable<P>, items: (page: P) => I[] | undefined) {
  const out: I[] = []
  for await (const page of pages) out.push(...(items(page) ?? []))
  return out
}

const permissionSets = (c: SsoClients, w: Where) =>
  collect(
    paginateListPermissionSets(
      { client: c.admin, pageSize: PAGE },
      { InstanceArn: w.instance_arn }
    ),
    p => p.PermissionSets
  )

/** Names that must be read: a listing that cannot name what it lists is not a listing. */
async function names(
  ids: string[],
  read: (id: string) => Promise<string | undefined>,
  what: string
) {
  const unread: Unread[] = []
  const out = await namesOf(ids, read, what, unread)
  if (unread.length) throw new Error(`${unread[0]!.what}: ${unread[0]!.error}`)
  return out
}

/** Every assignment of every permission set, in every account it is provisioned to. */
async function allAssignments(c: SsoClients, w: Where, sets: string[]) {
  const pairs = (
    await mapLimit(sets, READ_CONCURRENCY, async arn =>
      (
        await collect(
          paginateListAccountsForProvisionedPermissionSet(
            { client: c.admin, pageSize: PAGE },
            { InstanceArn: w.instance_arn, PermissionSetArn: arn }
          ),
          p => p.AccountIds
        )
      ).map(account => ({ arn, account }))
    )
  ).flat()
  const lists = await mapLimit(pairs, READ_CONCURRENCY, ({ arn, account }) =>
    collect(
      paginateListAccountAssignments(
        { client: c.admin, pageSize: PAGE },
        { InstanceArn: w.instance_arn, AccountId: account, PermissionSetArn: arn }
      ),
      p => p.AccountAssignments
    )
  )
  return lists.flat()
}

export async function listIdentityCenter(c: SsoClients, w: Where): Promise<Listing> {
  const [users, groups, sets] = await Promise.all([
    allUsers(c, w),
    collect(
      paginateListGroups(
        { client: c.store, pageSize: PAGE },
        { IdentityStoreId: w.identity_store_id }
      ),
      p => p.Groups
    ),
    permissionSets(c, w)
  ])
  const [members, setNames, assignments] = await Promise.all([
    mapLimit(groups, READ_CONCURRENCY, (g: Group) =>
      collect(
        paginateListGroupMemberships(
          { client: c.store, pageSize: PAGE },
          { IdentityStoreId: w.identity_store_id, GroupId: g.GroupId }
        ),
        p => p.GroupMemberships
      )
    ),
    names(sets, permissionSetName(c, w), 'permission set'),
    allAssignments(c, w, sets)
  ])
  const grants = new Map<string, Grant[]>()
  const give = (userId: string | undefined, grant: Grant) => {
    if (userId) grants.set(userId, [...(grants.get(userId) ?? []), grant])
  }
  groups.forEach((g, i) => {
    for (const m of members[i]!)
      give(m.MemberId?.UserId, {
        platform: AWS_SSO,
        kind: GROUP_KIND,
        value: g.DisplayName ?? g.GroupId!
      })
  })
  const direct = (a: AccountAssignment) => a.PrincipalType === 'USER'
  for (const a of assignments.filter(direct))
    give(a.PrincipalId, {
      platform: AWS_SSO,
      kind: ASSIGNMENT_KIND,
      value: assignmentValue(a.AccountId!, setNames.get(a.PermissionSetArn!)!)
    })
  const byGroup = assignments.length - assignments.filter(direct).length
  return {
    accounts: users.map(u => listed(u, grants.get(u.userId) ?? [])),
    notes: byGroup
      ? [
          `${byGroup} account assignment(s) are given to groups: members hold them through their groups`
        ]
      : []
  }
}

function listed(u: SsoUser, grants: Grant[]): ListedAccount {
  const active = u.status !== 'DISABLED'
  return {
    platform: AWS_SSO,
    account: u.userName,
    id: u.userId,
    email: u.emails[0],
    name: u.displayName,
    kind: 'user',
    active,
    // A disabled user cannot sign in: what it is assigned gives no access.
    grants: active ? grants : [],
    credentials: []
  }
}

/** A session deny that has outlived every session it held off: `offboard audit` reports it as
 *  drift `stale_session_deny`, and a remove_session_deny step removes it. */
export interface StaleSessionDeny extends StaleDeny {
  /** When the deny was put (ISO). */
  deniedAt: string
  /** Hours since then, rounded down. */
  hours: number
}

/**
 * offboard's denies older than the longest session (STALE_AFTER_MS) whose user is gone or can
 * no longer use the permission set. A deny whose user still can is not stale: it is still what
 * holds their sessions off.
 */
export async function staleSessionDenies(
  c: SsoClients,
  w: Where,
  now: Date
): Promise<StaleSessionDeny[]> {
  const sets = await permissionSets(c, w)
  const [setNames, policies] = await Promise.all([
    names(sets, permissionSetName(c, w), 'permission set'),
    mapLimit(sets, READ_CONCURRENCY, async arn => {
      const res = await c.admin.send(
        new GetInlinePolicyForPermissionSetCommand({
          InstanceArn: w.instance_arn,
          PermissionSetArn: arn
        })
      )
      return res.InlinePolicy
    })
  ])
  const old = sets.flatMap((arn, i) =>
    denyEntries(policies[i])
      .filter(e => now.getTime() - Date.parse(e.at) > STALE_AFTER_MS)
      .map(e => ({ ...e, arn }))
  )
  const userIds = [...new Set(old.map(e => e.userId))]
  const users = await mapLimit(userIds, READ_CONCURRENCY, async id => {
    const user = await userById(c, w, id)
    if (!user) return { id }
    const found = await discoverHoldings(c, w, user, false)
    if (found.unread.length) throw new Error(`${found.unread[0]!.what}: ${found.unread[0]!.error}`)
    const usable = new Set(found.holdings.map(h => String(h.details?.permission_set_arn ?? '')))
    return { id, user, usable }
  })
  const byId = new Map(users.map(u => [u.id, u]))
  return old
    .filter(e => !byId.get(e.userId)?.usable?.has(e.arn))
    .map(e => ({
      permissionSet: setNames.get(e.arn)!,
      permissionSetArn: e.arn,
      sid: e.sid,
      userId: e.userId,
      ...(byId.get(e.userId)?.user ? { userName: byId.get(e.userId)!.user!.userName } : {}),
      deniedAt: e.at,
      hours: Math.floor((now.getTime() - Date.parse(e.at)) / 3_600_000)
    }))
}
