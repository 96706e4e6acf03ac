// What a Google Workspace departure or reduction does, as steps: pure, from what discover.ts
// found. A departure, in this order:
// - sign_out (users.signOut) first, with nothing before it: it ends every web and device
//   session and resets the sign-in cookies, so the person is out after one round trip.
// - suspend_user next: no sign-in from then on, and Google stops honouring the account's OAuth
//   tokens and app passwords. It follows the sign-out rather than racing it: the sign-out is
//   what ends the sessions already open, and signing out a suspended account is not a case
//   Google documents. Both are containment steps (Step.contain): the executor runs them before
//   any other Google step, so the person is locked out in two round trips.
// - delete_oauth_token, delete_app_password, invalidate_backup_codes, remove_group_membership,
//   each after the sign-out: what a suspension only pauses (an unsuspended account would have
//   it all back), and what a deletion that cannot happen yet would leave.
// - transfer_drive (Data Transfer API) when google.transfer_drive_to names a declared person,
//   then delete_user (on_departure: delete) after every other step, the transfer included.
// A reduction removes the person from the groups no role grants any more and leaves every
// other group. Protected accounts and the admin offboard acts as are never touched; a super
// admin is not suspended or deleted unless another active super admin is left.
import type { Discovery, Holding, PlatformPlan, Refusal, Scope, Step } from '../connector.js'
import { GOOGLE, GOOGLE_GROUP, isProtected, protectedReason, sameEmail } from './declared.js'
import type { GoogleConfig } from './types.js'

/** Holding kinds. */
export const G = {
  user: 'google_user',
  token: 'oauth_token',
  asp: 'app_password',
  codes: 'backup_codes',
  group: 'group_membership',
  role: 'admin_role',
  drive: 'drive_files'
} as const

export function lastSuperAdminReason(email: string, others: number | null): string {
  return others === null
    ? `${email} is a super admin, and whether another active one is left could not be read: not suspended or deleted`
    : `${email} is the last active super admin: never suspended or deleted (make another super admin first)`
}

export function planGoogle(found: Discovery, scope: Scope, config: GoogleConfig): PlatformPlan {
  const user = found.holdings.find(h => h.kind === G.user)
  if (found.status !== 'checked' || !user) return { steps: [], refused: [] }
  const email = String(user.details?.primary_email ?? user.id)
  const base = {
    user_id: user.id,
    user: email,
    ...(user.details?.found_by ? { found_by: user.details.found_by } : {})
  }
  const steps: Step[] = []
  const refused: Refusal[] = []
  const step = (
    action: string,
    key: string,
    target: string,
    reason: string,
    after: string[],
    params: Record<string, unknown> = {},
    contain = false
  ): Step => {
    const s: Step = {
      id: `${GOOGLE}/${found.person}/${action}/${key}`,
      platform: GOOGLE,
      person: found.person,
      action,
      target,
      reason,
      after,
      mode: 'auto',
      params: { ...base, ...params },
      ...(contain ? { contain } : {})
    }
    steps.push(s)
    return s
  }
  const refuse = (target: string, reason: string) =>
    refused.push({ platform: GOOGLE, person: found.person, target, reason })
  const groups = found.holdings.filter(h => h.kind === G.group)
  const groupStep = (g: Holding, reason: string, after: string[]) =>
    step('remove_group_membership', g.id, `${email} in ${g.id}`, reason, after, { group: g.id })

  if (isProtected(config, email)) {
    refuse(email, protectedReason(config, email))
    return { steps: [], refused }
  }

  if (scope.kind === 'reduction') {
    for (const g of groups)
      if (scope.remove.some(r => r.kind === GOOGLE_GROUP && sameEmail(r.value, g.id)))
        groupStep(g, 'no role grants this group any more', [])
    return { steps, refused }
  }

  const suspended = user.details?.suspended === true
  const superAdmin = user.details?.super_admin === true
  const others = superAdmin ? (user.details?.other_super_admins as number | null) : 1
  const guard = superAdmin ? { super_admin: true } : {}
  // The sign-out and the suspension are containment: the executor runs them before any other
  // Google step.
  const signOut = suspended
    ? undefined
    : step('sign_out', email, email, 'departure: end every session first', [], {}, true)
  const first = signOut ? [signOut.id] : []
  const keepsAdmin = superAdmin && !suspended && !others
  const suspend =
    suspended || keepsAdmin
      ? undefined
      : step('suspend_user', email, email, 'departure: no sign-in from now on', first, guard, true)
  if (keepsAdmin) refuse(email, lastSuperAdminReason(email, others ?? null))

  // What a suspension only pauses, each after the sign-out.
  for (const h of found.holdings) {
    const why = 'departure'
    if (h.kind === G.token)
      step('delete_oauth_token', h.id, `${email} token of ${h.details?.app ?? h.id}`, why, first, {
        client_id: h.id
      })
    else if (h.kind === G.asp)
      step(
        'delete_app_password',
        h.id,
        `${email} app password ${h.details?.name ?? h.id}`,
        why,
        first,
        {
          code_id: Number(h.id)
        }
      )
    else if (h.kind === G.codes)
      step('invalidate_backup_codes', email, `${email} backup codes`, why, first)
    else if (h.kind === G.group) groupStep(h, why, first)
  }

  const drive = found.holdings.find(h => h.kind === G.drive)
  const to = drive?.details?.to
  const transfer =
    typeof to === 'string'
      ? step(
          'transfer_drive',
          email,
          `${email} Drive files to ${to}`,
          `departure: google.transfer_drive_to is ${drive?.details?.to_person}`,
          suspend ? [suspend.id] : first,
          {
            to_id: drive?.details?.to_id,
            to,
            application_id: drive?.details?.application_id
          }
        )
      : undefined

  if (config.on_departure !== 'delete') return { steps, refused }
  const unreadDrive = config.transfer_drive_to && !drive
  const noTransfer = config.transfer_drive_to && !transfer
  if (keepsAdmin) return { steps, refused }
  if (noTransfer) {
    const problem = unreadDrive ? 'where the files go could not be read' : drive?.details?.problem
    refuse(
      email,
      `not deleted: its Drive files were to go to ${config.transfer_drive_to}, but ${problem}; the account is suspended instead`
    )
    return { steps, refused }
  }
  const before = steps.map(s => s.id)
  step(
    'delete_user',
    email,
    email,
    transfer
      ? `departure (on_departure: delete), once the Drive transfer to ${to} completed`
      : `departure (on_departure: delete); its Drive files are deleted with it (google.transfer_drive_to names nobody)`,
    before,
    { ...guard, ...(transfer ? { transfer_to_id: transfer.params.to_id } : {}) }
  )
  return { steps, refused }
}
