// What a person holds in Entra ID, read live and read-only: the user (by its declared user
// principal name, by an object id the log knows when it was renamed, or by the person's email:
// exactly one user whose mail, UPN or other mails is that email), its direct memberships
// (groups and directory roles), the groups it is in through nesting, its app role assignments
// and its registered authentication methods. With a declared UPN all of it is one $batch
// round trip. The user and its memberships are the primary reads; the rest is secondary.
import type { Discovery, Holding, Identity, Scope } from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import type { BatchGet, GraphClient } from './client.js'
import { describe } from './errors.js'
import { ENTRA, isEntraGroup } from './vocabulary.js'

export interface EntraUser {
  id: string
  userPrincipalName: string
  displayName?: string | null
  mail?: string | null
  otherMails?: string[]
  accountEnabled?: boolean | null
  onPremisesSyncEnabled?: boolean | null
  userType?: string | null
  createdDateTime?: string | null
  signInSessionsValidFromDateTime?: string | null
}

export const USER_SELECT = [
  'id',
  'userPrincipalName',
  'displayName',
  'mail',
  'otherMails',
  'accountEnabled',
  'onPremisesSyncEnabled',
  'userType',
  'createdDateTime',
  'signInSessionsValidFromDateTime'
].join(',')

/** Holding kinds. */
export const HOLD = {
  user: 'user',
  group: 'group_membership',
  appRole: 'app_role_assignment',
  role: 'directory_role',
  method: 'authentication_method',
  /** A group the user is in only through another group (reductions read it). */
  nested: 'nested_group_membership'
} as const

export const GLOBAL_ADMIN_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10'
/** The app role id Graph gives an assignment without a specific role ("default access"). */
const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000'

const READ = 'User.Read.All'
const MEMBERSHIPS = 'GroupMember.Read.All'
const METHODS = 'UserAuthenticationMethod.Read.All'
const ROLES = 'RoleManagement.Read.Directory'

export const userPath = (key: string) => `users/${encodeURIComponent(key)}`

/** An OData string literal: quotes doubled. */
export const literal = (s: string) => `'${s.replace(/'/g, "''")}'`

/** The users whose mail, UPN or other mails is `email`: the one match, or why not one. */
export async function lookupByEmail(
  graph: GraphClient,
  email: string
): Promise<{ user?: EntraUser; ambiguous?: EntraUser[] }> {
  const e = literal(email)
  const found = await graph.all<EntraUser>('users', {
    query: {
      $filter: `mail eq ${e} or userPrincipalName eq ${e} or otherMails/any(m:m eq ${e})`,
      $select: USER_SELECT,
      // Combining these conditions is an advanced query: eventual consistency and a count.
      $count: 'true'
    },
    headers: { ConsistencyLevel: 'eventual' },
    needs: READ
  })
  // Only users that really carry the email, whatever the filter matched.
  const wanted = email.toLowerCase()
  const users = found.filter(u =>
    [u.mail, u.userPrincipalName, ...(u.otherMails ?? [])].some(a => a?.toLowerCase() === wanted)
  )
  return users.length === 1 ? { user: users[0] } : users.length ? { ambiguous: users } : {}
}

/** Reads everything below into `found`; with `key` the user's UPN or id. */
export async function discoverUser(
  graph: GraphClient,
  who: Identity,
  scope: Scope,
  found: Discovery
): Promise<void> {
  const departure = scope.kind === 'departure'
  let key = who.account
  let user: EntraUser | undefined
  if (!key) {
    found.notes.push(`no accounts.entra declared: looked ${who.email} up by email`)
    const match = await lookupByEmail(graph, who.email)
    if (match.ambiguous) {
      found.status = 'not_checked'
      found.reason = `not checked: ${match.ambiguous.length} Entra users carry ${who.email} (${match.ambiguous.map(u => u.userPrincipalName).join(', ')}): none is used; declare ${who.person}'s own as accounts.entra in people/${who.person}.yaml`
      return
    }
    if (!match.user) return noAccount(found, `no Entra user carries ${who.email}`)
    const crossed = lookupProblem(
      who,
      ENTRA,
      { account: match.user.userPrincipalName, email: who.email },
      `the Entra lookup of ${who.email}`
    )
    if (crossed) {
      found.status = 'not_checked'
      found.reason = crossed
      return
    }
    user = match.user
    key = user.id
  }
  const reads = requests(key)
  // The user found by email is not read again.
  const answers = await graph.batch(
    (departure ? Object.values(reads) : [reads.user, reads.memberOf, reads.transitive]).filter(
      r => !(user && r === reads.user)
    )
  )
  const answer = (name: keyof typeof reads) =>
    graph.answerOf(reads[name], answers.get(reads[name].id))
  const user404 = answers.get(reads.user.id)?.status === 404
  if (!user && user404 && departure) {
    const renamed = await findRenamed(
      who,
      ENTRA,
      'Entra user',
      id => graph.getOrAbsent<EntraUser>(userPath(id), { query: { $select: USER_SELECT } }),
      u => u.userPrincipalName
    )
    if (renamed && 'refused' in renamed) {
      found.status = 'not_checked'
      found.reason = renamed.refused
      return
    }
    if (!renamed) return noAccount(found, `Entra ID has no user ${who.account}`)
    found.notes.push(renamed.note)
    return discoverUser(graph, { ...who, account: renamed.found.id, knownIds: [] }, scope, found)
  }
  if (user404) return noAccount(found, `Entra ID has no user ${who.account}`)
  user ??= answer('user') as unknown as EntraUser
  const memberOf = await graph.rest<Record<string, unknown>>(answer('memberOf'), MEMBERSHIPS)
  found.account = { id: user.id, display: user.userPrincipalName }
  found.holdings.push(userHolding(user, !who.account))
  if (user.onPremisesSyncEnabled)
    found.notes.push(
      `${user.userPrincipalName} is synchronized from on-premises Active Directory: its sign-in and deletion are managed there`
    )
  const direct = new Set<string>()
  for (const o of memberOf) {
    const h = membership(o)
    if (!h) continue
    direct.add(h.id)
    if (departure || inReduction(scope, h.id)) found.holdings.push(h)
  }
  const secondary = async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read()
    } catch (error) {
      ;(found.unread ??= []).push({ what, error: describe(error) })
      return undefined
    }
  }
  if (!departure) {
    // A group to leave that the user is in only through another group: nothing to remove here.
    const nested = await secondary('groups through nested membership', async () =>
      graph.rest<Record<string, unknown>>(answer('transitive'), MEMBERSHIPS)
    )
    for (const o of nested ?? []) {
      const id = String(o.id ?? '').toLowerCase()
      if (!direct.has(id) && inReduction(scope, id))
        found.holdings.push({
          kind: HOLD.nested,
          id,
          label: `member of group "${String(o.displayName ?? id)}" through nested groups`,
          details: { name: String(o.displayName ?? id) }
        })
    }
    return
  }

  const [nested, assignments, methods, admins] = await Promise.all([
    secondary('groups through nested membership', async () =>
      graph.rest<Record<string, unknown>>(answer('transitive'), MEMBERSHIPS)
    ),
    secondary('app role assignments', async () =>
      graph.rest<Record<string, unknown>>(answer('appRoles'), READ)
    ),
    secondary('authentication methods', async () =>
      graph.rest<Record<string, unknown>>(answer('methods'), METHODS)
    ),
    globalAdmins(graph, found, user.id, secondary)
  ])
  const via = (nested ?? []).filter(
    o => o['@odata.type'] === '#microsoft.graph.group' && !direct.has(String(o.id).toLowerCase())
  )
  if (via.length)
    found.notes.push(
      `through nested groups, also in: ${via.map(o => `"${String(o.displayName)}"`).join(', ')} (these end with the direct memberships)`
    )
  found.holdings.push(...(assignments ?? []).map(appRoleHolding))
  found.holdings.push(...(methods ?? []).map(methodHolding))
  if (methods?.length)
    found.notes.push(
      `${methods.length} registered authentication method${methods.length === 1 ? ' stays' : 's stay'} registered: with sign-in blocked and sessions revoked they open nothing, and deleting the user removes them`
    )
  const userHold = found.holdings[0]
  if (admins !== undefined) userHold.details = { ...userHold.details, ...admins }
  if (found.holdings.some(h => h.kind === HOLD.role)) {
    userHold.details = { ...userHold.details, administrator: true }
    found.notes.push(
      `${user.userPrincipalName} holds a directory role: Entra ID lets an app block an administrator's sign-in or delete one only when the app holds Privileged Authentication Administrator (docs/entra.md)`
    )
  }
}

function noAccount(found: Discovery, reason: string): void {
  found.status = 'no_account'
  found.reason = reason
}

const inReduction = (scope: Scope, groupId: string) =>
  scope.kind === 'reduction' && scope.remove.some(g => isEntraGroup(g) && g.value === groupId)

/** The reads of one user, one $batch; a reduction sends only the user and its memberships. */
function requests(key: string) {
  const at = `/${userPath(key)}`
  return {
    user: { id: 'user', url: `${at}?$select=${USER_SELECT}`, needs: READ },
    memberOf: { id: 'memberOf', url: `${at}/memberOf?$top=999`, needs: MEMBERSHIPS },
    transitive: { id: 'transitive', url: `${at}/transitiveMemberOf?$top=999`, needs: MEMBERSHIPS },
    appRoles: { id: 'appRoles', url: `${at}/appRoleAssignments`, needs: READ },
    methods: { id: 'methods', url: `${at}/authentication/methods`, needs: METHODS }
  } satisfies Record<string, BatchGet>
}

/** For a Global Administrator: how many other enabled users hold the role (the last one is
 *  never disabled or deleted). */
async function globalAdmins(
  graph: GraphClient,
  found: Discovery,
  userId: string,
  secondary: <T>(what: string, read: () => Promise<T>) => Promise<T | undefined>
): Promise<Record<string, string | number | boolean | null> | undefined> {
  const role = found.holdings.find(
    h => h.kind === HOLD.role && h.details?.role_template_id === GLOBAL_ADMIN_TEMPLATE
  )
  if (!role) return undefined
  const members = await secondary(
    'the Global Administrators (for the last-administrator guard)',
    () => roleMembers(graph, role.id)
  )
  const others = members?.filter(m => m.id !== userId && m.accountEnabled !== false).length
  return { global_admin: true, global_admin_role: role.id, other_global_admins: others ?? null }
}

/** The users holding a directory role, by the role's object id. */
export function roleMembers(graph: GraphClient, roleId: string): Promise<EntraUser[]> {
  return graph.all<EntraUser>(
    `directoryRoles/${encodeURIComponent(roleId)}/members/microsoft.graph.user`,
    {
      query: { $select: 'id,userPrincipalName,accountEnabled' },
      needs: ROLES
    }
  )
}

function userHolding(u: EntraUser, byLookup: boolean): Holding {
  const enabled = u.accountEnabled !== false
  const synced = u.onPremisesSyncEnabled === true
  return {
    kind: HOLD.user,
    id: u.id,
    label: `Entra user ${u.userPrincipalName} (${enabled ? 'sign-in allowed' : 'sign-in blocked'}${synced ? ', synchronized from on-premises' : ''}${u.userType === 'Guest' ? ', guest' : ''})`,
    details: {
      upn: u.userPrincipalName,
      enabled,
      synced,
      created: u.createdDateTime ?? null,
      sessions_valid_from: u.signInSessionsValidFromDateTime ?? null,
      ...(byLookup ? { found_by: FOUND_BY_LOOKUP } : {})
    }
  }
}

/** A direct membership from memberOf: a group or a directory role (administrative units are
 *  not access and are left out). */
function membership(o: Record<string, unknown>): Holding | undefined {
  const id = String(o.id ?? '')
  const name = String(o.displayName ?? id)
  if (o['@odata.type'] === '#microsoft.graph.directoryRole')
    return {
      kind: HOLD.role,
      id,
      label: `directory role "${name}"`,
      details: { name, role_template_id: String(o.roleTemplateId ?? '') }
    }
  if (o['@odata.type'] !== '#microsoft.graph.group') return undefined
  const types = Array.isArray(o.groupTypes) ? o.groupTypes.map(String) : []
  const dynamic = types.includes('DynamicMembership')
  const synced = o.onPremisesSyncEnabled === true
  // Distribution lists and mail-enabled security groups are Exchange's to change.
  const exchange = o.mailEnabled === true && !types.includes('Unified')
  const roleAssignable = o.isAssignableToRole === true
  const traits = [
    dynamic && 'dynamic',
    synced && 'synchronized from on-premises',
    exchange && (o.securityEnabled ? 'mail-enabled security group' : 'distribution list'),
    roleAssignable && 'role-assignable'
  ].filter(Boolean)
  return {
    kind: HOLD.group,
    id: id.toLowerCase(),
    label: `member of group "${name}"${traits.length ? ` (${traits.join(', ')})` : ''}`,
    details: {
      name,
      dynamic,
      synced,
      exchange,
      role_assignable: roleAssignable,
      rule: typeof o.membershipRule === 'string' ? o.membershipRule : null
    }
  }
}

function appRoleHolding(a: Record<string, unknown>): Holding {
  const app = String(a.resourceDisplayName ?? a.resourceId ?? '')
  const role = String(a.appRoleId ?? DEFAULT_ACCESS)
  return {
    kind: HOLD.appRole,
    id: String(a.id ?? ''),
    label: `assigned to app "${app}"${role === DEFAULT_ACCESS ? '' : ` (app role ${role})`}`,
    details: { app, app_role_id: role, resource_id: String(a.resourceId ?? '') }
  }
}

/** A registered authentication method: its type and when it was added, never its content. */
function methodHolding(m: Record<string, unknown>): Holding {
  const type = String(m['@odata.type'] ?? '')
    .replace('#microsoft.graph.', '')
    .replace(/AuthenticationMethod$/, '')
  const device = typeof m.displayName === 'string' ? ` "${m.displayName}"` : ''
  const created =
    typeof m.createdDateTime === 'string' ? `, added ${m.createdDateTime.slice(0, 10)}` : ''
  return {
    kind: HOLD.method,
    id: String(m.id ?? ''),
    label: `authentication method: ${type}${device}${created}`,
    details: { type }
  }
}
