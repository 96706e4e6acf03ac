// The simulated Workspace customer, seeded from plain data (index.ts builds it from the
// declarations and the scenario): every active person holds a user in their roles' groups,
// with an open session; a departed person holds only what the scenario says they kept; the
// admin offboard acts as is a super admin; and the users nobody declares are there too.
import { createHash } from 'node:crypto'
import type { GoogleHolds, OtherGoogleUser } from './scenario.js'
import {
  addGroup,
  addMember,
  addUser,
  assignRole,
  findUser,
  newGoogleState,
  type GoogleSimState,
  type SimUser
} from './state.js'

export interface GoogleSeedPerson {
  id: string
  name: string
  /** The account: `accounts.google`, else the person's email. */
  email: string
  active: boolean
  /** The groups their roles grant (active people only). */
  groups: string[]
  /** What the scenario adds; for a departed person, all they hold (absent: nothing). */
  holds?: GoogleHolds
}

export interface GoogleSeedInput {
  /** The customer's immutable id. */
  customerId: string
  domain: string
  /** google.admin: seeded as a super admin unless someone else's account is it. */
  admin: string
  people: GoogleSeedPerson[]
  /** Every group any role grants: they exist even without members. */
  declaredGroups: string[]
  others: OtherGoogleUser[]
  /** Credentials "used recently" were used a day before this. */
  now: Date
}

const DAY = 86_400_000

/** Made-up material that is the same on every run. */
const digits = (name: string, n: number) =>
  BigInt(`0x${createHash('sha256').update(name).digest('hex')}`)
    .toString()
    .slice(0, n)

function give(state: GoogleSimState, user: SimUser, holds: GoogleHolds, now: Date): void {
  for (const g of holds.groups ?? []) addMember(state, g, user)
  user.aliases.push(...(holds.aliases ?? []))
  for (const app of holds.oauth_apps ?? [])
    user.tokens.push({
      clientId: `${digits(`${user.primaryEmail}/${app}`, 12)}-sandbox.apps.googleusercontent.com`,
      displayText: app,
      scopes: ['openid', 'https://www.googleapis.com/auth/userinfo.email'],
      nativeApp: false,
      anonymous: false
    })
  holds.app_passwords?.forEach((name, i) =>
    user.asps.push({
      codeId: i + 1,
      name,
      creationTime: now.getTime() - 90 * DAY,
      lastTimeUsed: now.getTime() - DAY
    })
  )
  if (holds.backup_codes)
    for (let i = 0; i < 10; i++) user.backupCodes.push(digits(`${user.primaryEmail}#${i}`, 8))
  if (holds.super_admin && !user.isAdmin) {
    user.isAdmin = true
    assignRole(state, user, 'Super Admin')
  }
  for (const role of holds.admin_roles ?? []) assignRole(state, user, role)
  if (holds.suspended) {
    user.suspended = true
    user.sessions = 0
  }
  user.driveFiles += holds.drive_files ?? 0
}

export function seedGoogle(input: GoogleSeedInput): GoogleSimState {
  const state = newGoogleState(input.customerId, input.domain)
  for (const g of input.declaredGroups) addGroup(state, g)
  for (const p of input.people) {
    if (!p.active && !p.holds) continue
    const [givenName, ...rest] = p.name.split(' ')
    const user = addUser(state, {
      primaryEmail: p.email,
      givenName,
      familyName: rest.join(' '),
      sessions: p.active ? 1 : 0
    })
    for (const g of p.groups) addMember(state, g, user)
    give(state, user, p.holds ?? {}, input.now)
  }
  for (const o of input.others) {
    const user = addUser(state, {
      primaryEmail: o.email,
      givenName: o.name ?? o.email.split('@')[0]
    })
    give(state, user, o, input.now)
  }
  const admin = findUser(state, input.admin)
  if (!admin) addUser(state, { primaryEmail: input.admin, givenName: 'Admin', isAdmin: true })
  else if (!admin.isAdmin) give(state, admin, { super_admin: true }, input.now)
  return state
}
