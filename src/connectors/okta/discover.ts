// What a person holds in Okta, read live and read-only: the user (by the declared login, by
// the id the revocation log knows after a rename, or by email when no login is declared:
// exactly one match or nothing), then at once their groups, app assignments, factors, consent
// grants, the apps holding their tokens and their admin roles. The user is the primary read;
// every other read that fails is recorded as unread, and what was found is still planned.
import type { Discovery, Identity, Scope } from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import type { OktaClient, OktaUser } from './client.js'
import { failed } from '../shared/results.js'
import type { OktaConfig } from './types.js'
import { OKTA, OKTA_GROUP, sameLogin } from './vocabulary.js'

/** Holding kinds the Okta connector reports. */
export const OK = {
  user: 'user',
  group: 'group_membership',
  app: 'app_assignment',
  factor: 'factor',
  grant: 'consent_grant',
  tokens: 'app_tokens',
  role: 'admin_role'
} as const

/** Roles Okta names so; the one that guards the org is the super administrator. */
export const SUPER_ADMIN = 'SUPER_ADMIN'

type Found = { user: OktaUser; lookedUp: boolean } | { problem: string } | undefined

export async function discoverOkta(
  client: OktaClient,
  config: OktaConfig,
  who: Identity,
  scope: Scope
): Promise<Discovery> {
  const found: Discovery = {
    platform: OKTA,
    person: who.person,
    status: 'checked',
    holdings: [],
    notes: []
  }
  let user: Found
  try {
    user = await findUser(client, who, scope, found.notes)
  } catch (err) {
    return { ...found, status: 'not_checked', reason: failed(err).detail }
  }
  if (!user) return { ...found, status: 'no_account' }
  if ('problem' in user) return { ...found, status: 'not_checked', reason: user.problem }
  const u = user.user
  found.account = { id: u.id, display: u.login }
  const read = secondary(found)
  const departure = scope.kind === 'departure'
  const [groups, apps, factors, grants, clients, roles] = await Promise.all([
    read('group memberships', () => client.userGroups(u.id)),
    departure ? read('app assignments', () => client.appLinks(u.id)) : [],
    departure ? read('factors', () => client.factors(u.id)) : [],
    departure ? read('consent grants', () => client.consentGrants(u.id)) : [],
    departure ? read('apps holding OAuth tokens', () => client.appClients(u.id)) : [],
    read('admin roles', () => client.roles(u.id))
  ])
  const superAdmin = roles ? roles.some(r => r.type === SUPER_ADMIN) : null
  const admins = superAdmin
    ? await read('super administrators (for the last-super-admin guard)', () =>
        client.activeSuperAdmins()
      )
    : undefined
  found.holdings.push({
    kind: OK.user,
    id: u.id,
    label: `user ${u.login} (${statusText(u)}${u.lastLogin ? `, last sign-in ${u.lastLogin.slice(0, 10)}` : ''})`,
    details: {
      login: u.login,
      status: u.status,
      transitioning: u.transitioningToStatus ?? null,
      super_admin: superAdmin,
      super_admins: admins?.length ?? null,
      ...(user.lookedUp ? { found_by: FOUND_BY_LOOKUP } : {})
    }
  })
  const removed = new Set(
    scope.kind === 'reduction'
      ? scope.remove.filter(g => g.platform === OKTA && g.kind === OKTA_GROUP).map(g => g.value)
      : []
  )
  // Everyone (BUILT_IN) holds every user: nothing to see or leave.
  for (const g of groups ?? [])
    if (g.type !== 'BUILT_IN' && (departure || removed.has(g.name)))
      found.holdings.push({
        kind: OK.group,
        id: g.id,
        label: `group ${g.name}${g.type === 'OKTA_GROUP' ? '' : ` (${g.type})`}`,
        details: { name: g.name, type: g.type }
      })
  for (const name of removed)
    if (groups && !groups.some(g => g.name === name))
      found.notes.push(`${u.login} is not in the Okta group ${name}`)
  for (const r of roles ?? [])
    found.holdings.push({
      kind: OK.role,
      id: r.id,
      label: `admin role ${r.label}${r.assignmentType === 'GROUP' ? ' (through a group)' : ''}`,
      details: { type: r.type, assignment: r.assignmentType }
    })
  if (!departure) return found
  for (const a of apps ?? [])
    found.holdings.push({
      kind: OK.app,
      id: a.appId,
      label: `app ${a.label} (${a.appName})`
    })
  for (const f of factors ?? [])
    found.holdings.push({
      kind: OK.factor,
      id: f.id,
      label: `factor ${f.type} (${f.provider}, ${f.status})`,
      details: { type: f.type, status: f.status }
    })
  const appName = (id: string) => clients?.find(c => c.clientId === id)?.name ?? id
  for (const g of grants ?? [])
    found.holdings.push({
      kind: OK.grant,
      id: g.id,
      label: `consent grant of ${g.scope} to the app ${appName(g.clientId)}`,
      details: { client_id: g.clientId, scope: g.scope }
    })
  for (const c of clients ?? [])
    found.holdings.push({
      kind: OK.tokens,
      id: c.clientId,
      label: `OAuth tokens or grants held by the app ${c.name}`,
      details: { name: c.name }
    })
  found.notes.push(
    ...departureNotes(
      config,
      u,
      apps?.length,
      roles?.length,
      factors?.map(f => f.type)
    )
  )
  return found
}

/** The user for this identity, or why none may be used; undefined when there is none. */
async function findUser(
  client: OktaClient,
  who: Identity,
  scope: Scope,
  notes: string[]
): Promise<Found> {
  if (!who.account) {
    notes.push(`no Okta login declared: looked up ${who.email}`)
    const matches = await client.usersByEmail(who.email)
    if (matches.length === 0) {
      notes.push(`no Okta user has the email ${who.email}`)
      return undefined
    }
    if (matches.length > 1)
      return {
        problem: `not checked: ${matches.length} Okta users have the email ${who.email} (${matches.map(m => m.login).join(', ')}): nothing is touched; declare ${who.person}'s login as accounts.okta in people/${who.person}.yaml`
      }
    const [user] = matches
    const problem = lookupProblem(
      who,
      OKTA,
      { account: user.login, email: user.email },
      `the Okta search for the email ${who.email}`
    )
    return problem ? { problem } : { user, lookedUp: true }
  }
  const byLogin = await client.user(who.account)
  // Okta also answers for a login shortname ("alice" for alice@acme.example): only the login
  // itself (or the user's id) names the account the person declares.
  if (byLogin && byLogin.id !== who.account && !sameLogin(byLogin.login, who.account))
    return {
      problem: `not checked: Okta resolved "${who.account}" to the user ${byLogin.login} (a login shortname): nothing is touched; declare the full login as accounts.okta in people/${who.person}.yaml`
    }
  if (byLogin) return { user: byLogin, lookedUp: false }
  const renamed =
    scope.kind === 'departure' &&
    (await findRenamed(
      who,
      OKTA,
      'Okta user',
      async id => {
        const u = await client.user(id)
        return u?.id === id ? u : undefined
      },
      u => u.login
    ))
  if (renamed && 'refused' in renamed) return { problem: renamed.refused }
  if (!renamed) {
    notes.push(`Okta has no user ${who.account}`)
    return undefined
  }
  notes.push(renamed.note)
  return { user: renamed.found, lookedUp: false }
}

/** Runs one secondary read: an error is recorded as unread, and the read gives undefined. */
function secondary(found: Discovery) {
  return async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read()
    } catch (err) {
      ;(found.unread ??= []).push({ what, error: failed(err).detail })
      return undefined
    }
  }
}

function statusText(u: OktaUser): string {
  const status = u.status.toLowerCase().replace(/_/g, ' ')
  return u.transitioningToStatus
    ? `${status}, becoming ${u.transitioningToStatus.toLowerCase()}`
    : status
}

/** What the departure does to what no step removes one by one (Okta's help, "Deactivate and
 *  delete user accounts"): suspension ends sessions and keeps everything else; deactivation
 *  also unassigns apps and revokes admin roles; only deletion removes factors and groups. */
function departureNotes(
  config: OktaConfig,
  u: OktaUser,
  apps: number | undefined,
  roles: number | undefined,
  factors: string[] | undefined
): string[] {
  const notes: string[] = []
  const suspendOnly = config.on_departure === 'suspend'
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`
  if (u.status === 'DEPROVISIONED') notes.push(`${u.login} is already deactivated in Okta`)
  if (apps)
    notes.push(
      suspendOnly
        ? `${n(apps, 'app assignment')}: suspension keeps them, and blocks single sign-on to them while the user is suspended`
        : `${n(apps, 'app assignment')}: deactivation unassigns every app (and deprovisions the account where the app's provisioning is on)`
    )
  if (roles)
    notes.push(
      suspendOnly
        ? `${n(roles, 'admin role')}: suspension keeps them, unusable while the user cannot sign in`
        : `${n(roles, 'admin role')}: deactivation revokes them`
    )
  if (factors?.length)
    notes.push(
      `${n(factors.length, 'factor')} enrolled (${[...new Set(factors)].join(', ')}): ${
        config.on_departure === 'delete'
          ? 'deactivation keeps them enrolled but unusable (a deactivated user cannot sign in); deletion removes them with the user'
          : `${suspendOnly ? 'suspension' : 'deactivation'} keeps them enrolled but unusable, since the user cannot sign in; reset them before ever reactivating the user`
      }`
    )
  return notes
}
