// What a person holds in Google Workspace, read-only: the user (by the declared primary email,
// else by the person's email, which Google resolves as primary email or alias: one user or
// none), and for a departure everything plan.ts revokes: OAuth tokens granted to third-party
// apps, application-specific passwords, backup verification codes, group memberships, and
// for reviewers the admin roles and where the Drive files go. The user is the primary read;
// a failed secondary read is `unread` (apply fails until a rerun reads it), and what was read
// is still planned: containment first.
import type { admin_directory_v1 } from '@googleapis/admin'
import type { Discovery, Holding, Identity, Scope, Unread } from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem, otherClaimant } from '../shared/lookup.js'
import { GOOGLE, GOOGLE_GROUP, sameEmail } from './declared.js'
import { absentOn404, describeError, type GoogleClient } from './client.js'
import { G } from './plan.js'
import { customerId, type GoogleConfig } from './types.js'

type User = admin_directory_v1.Schema$User

/** How Google names the Drive in the Data Transfer API's applications. */
export const DRIVE_APPLICATION = 'Drive and Docs'
/** The largest pages Google serves: users 500, groups and members 200. */
export const PAGE = { users: 500, groups: 200, members: 200, roles: 100 } as const

export interface DiscoverContext {
  client: GoogleClient
  config: GoogleConfig
  maskSecret: (value: string) => void
}

/** Every email Google resolves to this user. */
export function emailsOf(u: User): string[] {
  const listed = (u.emails as { address?: string }[] | undefined)?.map(e => e.address) ?? []
  return [u.primaryEmail, ...(u.aliases ?? []), ...(u.nonEditableAliases ?? []), ...listed].filter(
    (e): e is string => typeof e === 'string'
  )
}

export const getUser = (client: GoogleClient, userKey: string): Promise<User | undefined> =>
  absentOn404(
    client.call(`directory.users.get ${userKey}`, o =>
      client.directory.users.get({ userKey, projection: 'basic' }, o)
    )
  )

/** The groups a user is a direct member of. */
export const groupsOf = (client: GoogleClient, userKey: string) =>
  client.all(
    `directory.groups.list userKey=${userKey}`,
    (pageToken, o) =>
      client.directory.groups.list({ userKey, maxResults: PAGE.groups, pageToken }, o),
    d => d.groups
  )

export async function discoverGoogle(
  c: DiscoverContext,
  who: Identity,
  scope: Scope
): Promise<Discovery> {
  const found: Discovery = {
    platform: GOOGLE,
    person: who.person,
    status: 'checked',
    holdings: [],
    notes: []
  }
  const key = who.account ?? who.email
  if (!who.account) found.notes.push(`no Google account declared: looked up ${who.email}`)
  let user: User | undefined
  let renamed = false
  try {
    user = await getUser(c.client, key)
    if (!user && who.account && scope.kind === 'departure') {
      const byId = await findRenamed(
        who,
        GOOGLE,
        'Google user',
        id => getUser(c.client, id),
        u => u.primaryEmail ?? ''
      )
      if (byId && 'refused' in byId)
        return { ...found, status: 'not_checked', reason: byId.refused }
      if (byId) found.notes.push(byId.note)
      user = byId?.found
      renamed = !!byId
    }
  } catch (err) {
    return {
      ...found,
      status: 'not_checked',
      reason: `could not read ${key}: ${describeError(err)}`
    }
  }
  if (!user?.id || !user.primaryEmail)
    return { ...found, status: 'no_account', reason: `Google has no user ${key}` }
  const email = user.primaryEmail
  // Found under another name than the declared one: an email lookup, or an alias.
  const lookedUp = !renamed && !sameEmail(email, who.account)
  const crossed = lookedUp && crossing(who, user, key)
  if (crossed) return { ...found, status: 'not_checked', reason: crossed }
  if (who.account && lookedUp)
    found.notes.push(`${who.account} is an alias of ${email}: ${email} is revoked`)

  found.account = { id: user.id, display: email }
  const reads = new Secondary()
  const departure = scope.kind === 'departure'
  const none: Part = { holdings: [], notes: [] }
  const [held, otherAdmins, secrets, drive] = await Promise.all([
    reads.run('group memberships', () => groupsOf(c.client, user.id!)),
    departure && user.isAdmin ? otherSuperAdmins(c, user.id, reads) : null,
    departure ? credentials(c, user.id, reads) : none,
    departure ? driveFiles(c, who, user, reads) : none
  ])
  found.holdings.push({
    kind: G.user,
    id: user.id,
    label: `Google account ${email} (${user.suspended ? 'suspended' : 'active'}${user.isAdmin ? ', super admin' : user.isDelegatedAdmin ? ', delegated admin' : ''})`,
    details: {
      primary_email: email,
      suspended: user.suspended === true,
      super_admin: user.isAdmin === true,
      ...(user.isAdmin ? { other_super_admins: otherAdmins ?? null } : {}),
      ...(lookedUp ? { found_by: FOUND_BY_LOOKUP } : {})
    }
  })
  if (user.suspended) found.notes.push(`${email} is already suspended`)
  found.holdings.push(...secrets.holdings)
  const removed = departure
    ? undefined
    : scope.remove.filter(g => g.platform === GOOGLE && g.kind === GOOGLE_GROUP)
  for (const g of held ?? [])
    if (g.email && (!removed || removed.some(r => sameEmail(r.value, g.email!))))
      found.holdings.push({
        kind: G.group,
        id: g.email,
        label: `member of group ${g.email}${g.name ? ` ("${g.name}")` : ''}`
      })
  found.holdings.push(...drive.holdings)
  found.notes.push(...secrets.notes, ...drive.notes)
  const unread = reads.unread()
  return unread ? { ...found, unread } : found
}

/** Why a user found by email (or alias) may not be used for `who`, if it may not. */
function crossing(who: Identity, user: User, key: string): string | undefined {
  const email = user.primaryEmail!
  const how = `directory.users.get ${key}`
  if (who.account) {
    const other = otherClaimant(who.claims, GOOGLE, email, who.person)
    return other
      ? `not checked: ${how} answered ${email} (${who.account} is its alias), which ${other} declares: nothing of ${other}'s is touched; correct accounts.google of ${who.person} or ${other}`
      : undefined
  }
  const theirs = emailsOf(user).some(e => sameEmail(e, who.email))
  return lookupProblem(who, GOOGLE, { account: email, email: theirs ? who.email : email }, how)
}

/** Reads whose failure is recorded as unread, not fatal: in the order they were started, so
 *  that a discovery (and the plan made of it) is the same however the answers arrive. */
class Secondary {
  private readonly failed: (Unread | undefined)[] = []
  async run<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
    const slot = this.failed.push(undefined) - 1
    try {
      return await read()
    } catch (err) {
      this.failed[slot] = { what, error: describeError(err) }
      return undefined
    }
  }
  unread(): Unread[] | undefined {
    const out = this.failed.filter((u): u is Unread => u !== undefined)
    return out.length ? out : undefined
  }
}

/** What a part of the discovery found, put together in a fixed order. */
interface Part {
  holdings: Holding[]
  notes: string[]
}

/** Active super admins besides this user (0, 1 or "2": at least two), or undefined. */
function otherSuperAdmins(c: DiscoverContext, userId: string, reads: Secondary) {
  const customer = c.config.customer_id
  return reads.run('other super admins (for the last-super-admin guard)', () =>
    countOtherSuperAdmins(c.client, customer, userId)
  )
}

export async function countOtherSuperAdmins(
  client: GoogleClient,
  customer: string,
  userId: string
): Promise<number> {
  const query = 'isAdmin=true isSuspended=false'
  const data = await client.call(`directory.users.list ${query}`, o =>
    client.directory.users.list({ customer, query, maxResults: 3 }, o)
  )
  return (data.users ?? []).filter(u => u.id !== userId).length
}

async function credentials(c: DiscoverContext, userKey: string, reads: Secondary): Promise<Part> {
  const { client } = c
  const customer = c.config.customer_id
  const [tokens, asps, codes, assignments] = await Promise.all([
    reads.run('OAuth tokens', () =>
      client.call(`directory.tokens.list ${userKey}`, o =>
        client.directory.tokens.list({ userKey }, o)
      )
    ),
    reads.run('application-specific passwords', () =>
      client.call(`directory.asps.list ${userKey}`, o => client.directory.asps.list({ userKey }, o))
    ),
    reads.run('backup verification codes', () =>
      client.call(`directory.verificationCodes.list ${userKey}`, o =>
        client.directory.verificationCodes.list({ userKey }, o)
      )
    ),
    reads.run('admin role assignments', () => roleAssignments(client, customer, userKey))
  ])
  const out: Holding[] = []
  for (const t of tokens?.items ?? [])
    if (t.clientId)
      out.push({
        kind: G.token,
        id: t.clientId,
        label: `OAuth token for "${t.displayText ?? t.clientId}" (client ${t.clientId}, ${t.scopes?.length ?? 0} scopes${t.nativeApp ? ', installed app' : ''})`,
        details: { client_id: t.clientId, app: t.displayText ?? null }
      })
  for (const a of asps?.items ?? [])
    if (a.codeId !== undefined && a.codeId !== null)
      out.push({
        kind: G.asp,
        id: String(a.codeId),
        label: `app password "${a.name ?? a.codeId}" (created ${day(a.creationTime)}, last used ${day(a.lastTimeUsed) ?? 'never'})`,
        details: { code_id: a.codeId, name: a.name ?? null }
      })
  // Backup codes are themselves secrets: masked, counted, never shown.
  const backup = (codes?.items ?? []).map(v => v.verificationCode).filter(Boolean) as string[]
  backup.forEach(v => c.maskSecret(v))
  if (backup.length)
    out.push({
      kind: G.codes,
      id: 'backup_codes',
      label: `${backup.length} backup verification codes`
    })
  for (const r of assignments ?? [])
    out.push({ kind: G.role, id: r.id, label: `admin role "${r.name}" (${r.scope})` })
  const notes = assignments?.length
    ? [
        `admin roles (${assignments.map(r => r.name).join(', ')}) are not removed: they stop working with the suspension and go with the account when it is deleted`
      ]
    : []
  return { holdings: out, notes }
}

async function roleAssignments(client: GoogleClient, customer: string, userKey: string) {
  const assigned = await client.all(
    `directory.roleAssignments.list userKey=${userKey}`,
    (pageToken, o) =>
      client.directory.roleAssignments.list({ customer, userKey, maxResults: 200, pageToken }, o),
    d => d.items
  )
  if (!assigned.length) return []
  const roles = await client.all(
    'directory.roles.list',
    (pageToken, o) =>
      client.directory.roles.list({ customer, maxResults: PAGE.roles, pageToken }, o),
    d => d.items
  )
  const names = new Map(roles.map(r => [String(r.roleId), r.roleName ?? String(r.roleId)]))
  return assigned.map(a => ({
    id: String(a.roleAssignmentId),
    name: names.get(String(a.roleId)) ?? `role ${a.roleId}`,
    scope: a.scopeType === 'ORG_UNIT' ? `org unit ${a.orgUnitId}` : 'whole customer'
  }))
}

/** Where the departing person's Drive files go: a holding naming the receiver or why there is
 *  none (plan.ts then deletes no account), or a note that they stay. */
async function driveFiles(
  c: DiscoverContext,
  who: Identity,
  user: User,
  reads: Secondary
): Promise<Part> {
  const to = c.config.transfer_drive_to
  const email = user.primaryEmail!
  if (!to) {
    const stays =
      c.config.on_departure === 'delete'
        ? 'they are deleted with the account (Google can restore a deleted user for 20 days)'
        : 'they stay in the suspended account'
    const note = `Drive: ownership of ${email}'s files is not transferred (google.transfer_drive_to names nobody): ${stays}`
    return { holdings: [], notes: [note] }
  }
  const drive = (details: NonNullable<Holding['details']>): Part => ({
    holdings: [
      {
        kind: G.drive,
        id: 'drive',
        label: details.problem
          ? `Drive files: not transferred (${details.problem})`
          : `Drive files: ownership goes to ${details.to} (${to}) through the Data Transfer API`,
        details
      }
    ],
    notes: []
  })
  const receiver = [...(who.claims ?? [])].find(([, people]) => people.includes(to))?.[0]
  if (to === who.person || !receiver)
    return drive({
      problem: `google.transfer_drive_to is ${to}, who ${to === who.person ? 'is departing' : 'declares no accounts.google'}`
    })
  // null: read, and not there; undefined: the read failed (unread, and no holding).
  const [target, app] = await Promise.all([
    reads.run(
      `the Drive receiver ${receiver}`,
      async () => (await getUser(c.client, receiver)) ?? null
    ),
    reads.run('Data Transfer applications', () => driveApplication(c))
  ])
  if (target === undefined || app === undefined) return { holdings: [], notes: [] }
  if (!target) return drive({ problem: `${to}'s account ${receiver} is not in Google Workspace` })
  if (target.suspended)
    return drive({ problem: `${to}'s account ${target.primaryEmail} is suspended` })
  if (!app)
    return drive({ problem: `the Data Transfer API offers no "${DRIVE_APPLICATION}" application` })
  return drive({ to: target.primaryEmail!, to_id: target.id!, application_id: app, to_person: to })
}

/** The Data Transfer API's id of Drive, or null when the customer has none. */
async function driveApplication(c: DiscoverContext): Promise<string | null> {
  const { client } = c
  const apps = await client.all(
    'datatransfer.applications.list',
    (pageToken, o) =>
      client.datatransfer.applications.list(
        { ...customerId(c.config), maxResults: 500, pageToken },
        o
      ),
    d => d.applications
  )
  const drive = apps.find(a => a.name === DRIVE_APPLICATION)
  return drive?.id ? String(drive.id) : null
}

/** `2024-05-01` from Google's milliseconds-since-epoch strings; undefined for 0/absent. */
function day(ms: string | null | undefined): string | undefined {
  const n = Number(ms)
  return n > 0 ? new Date(n).toISOString().slice(0, 10) : undefined
}
