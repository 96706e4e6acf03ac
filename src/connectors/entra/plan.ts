// Pure: what an Entra user holds -> the steps that revoke it, and what is refused.
//
// Departure (depth 3 with on_departure: delete, 2 without):
//   1  block sign-in (accountEnabled: false) and revoke every sign-in session: containment
//      steps, run before any platform's other steps, so the person is locked out after the
//      first round trips of the whole apply
//   2  leave each direct group, remove each app role assignment
//   3  delete the user (a soft delete), once nothing auto is left
// Reduction (depth 1): leave each group no remaining role grants.
// What Graph cannot change this way becomes a manual step that says who can: sign-in and
// deletion of a user synchronized from on-premises AD, dynamic groups (their rule decides),
// groups synchronized from on-premises, distribution lists and mail-enabled security groups
// (Exchange's), role-assignable groups and directory roles (they need
// RoleManagement.ReadWrite.Directory, which the app is not given: see docs/entra.md).
// Refused: protected users, and sign-in and deletion of the tenant's last Global Administrator.
import type { Discovery, Holding, PlatformPlan, Refusal, Scope, Step } from '../connector.js'
import { refusal, step } from '../shared/results.js'
import { HOLD } from './discover.js'
import type { EntraConfig } from './types.js'
import { ACT, ENTRA, isEntraGroup, isProtected } from './vocabulary.js'

export { ACT }

export const protectedReason = (upn: string) =>
  `Entra user ${upn} is protected (entra.protected in platforms.yaml): never touched`

export const lastAdminReason = (upn: string) =>
  `${upn} is the last enabled Global Administrator of the tenant: sign-in is not blocked and the user is not deleted (make someone else Global Administrator first, then rerun)`

/** Sessions count as revoked once they were revoked after the user was created. */
const REVOKED_AFTER_CREATION_MS = 60_000

export function planEntra(found: Discovery, scope: Scope, config: EntraConfig): PlatformPlan {
  const user = found.holdings.find(h => h.kind === HOLD.user)
  if (found.status !== 'checked' || !user) return { steps: [], refused: [] }
  const upn = String(user.details?.upn ?? user.id)
  const refuse = (reason: string): Refusal => refusal(ENTRA, found.person, upn, reason)
  if (isProtected(config, upn, user.id))
    return { steps: [], refused: [refuse(protectedReason(upn))] }
  const plan = new StepList(found.person, user)
  const refused: Refusal[] = []
  if (scope.kind === 'reduction') {
    for (const grant of scope.remove.filter(isEntraGroup)) {
      const held = found.holdings.find(h => h.kind === HOLD.group && h.id === grant.value)
      if (held) leaveGroup(plan, held, 'no remaining role grants this group', [])
      const nested = found.holdings.find(h => h.kind === HOLD.nested && h.id === grant.value)
      if (nested)
        refused.push({
          ...refuse(''),
          target: `${upn}/${String(nested.details?.name ?? nested.id)} (${nested.id})`,
          reason: `${upn} is in this group only through another group it belongs to: there is no direct membership to remove; end the nested membership by hand, if no role should grant it`
        })
    }
    return { steps: plan.steps, refused }
  }

  const d = user.details ?? {}
  const synced = d.synced === true
  const guard =
    d.global_admin !== true
      ? undefined
      : d.other_global_admins === null
        ? `could not read the tenant's other Global Administrators, so ${upn}'s sign-in is not blocked and the user is not deleted: rerun once they can be read (the app needs RoleManagement.Read.Directory)`
        : Number(d.other_global_admins) === 0
          ? lastAdminReason(upn)
          : undefined
  if (guard) refused.push(refuse(guard))
  const first: Step[] = []
  if (d.enabled !== false && !guard)
    first.push(
      synced
        ? plan.add(ACT.disable, upn, ON_PREMISES_SIGN_IN, [], 'manual')
        : plan.add(
            ACT.disable,
            upn,
            'departed: sign-in blocked (accountEnabled: false): no new sign-in, no token refreshed'
          )
    )
  if (d.enabled !== false || !revokedSinceCreation(d))
    first.push(
      plan.add(
        ACT.revoke,
        upn,
        'departed: every refresh token and session cookie issued so far stops working (revokeSignInSessions)'
      )
    )
  // Containment: the executor runs these before any other Entra step.
  for (const s of first) s.contain = true
  const after = first.filter(s => s.mode === 'auto')
  for (const h of found.holdings) {
    if (h.kind === HOLD.group) leaveGroup(plan, h, 'departed: group membership removed', after)
    else if (h.kind === HOLD.appRole) {
      const app = String(h.details?.app ?? h.id)
      const manual = config.app_role_assignments === 'manual'
      plan.add(
        ACT.removeAppRole,
        `${upn}/${app} (${h.id})`,
        manual
          ? `entra.app_role_assignments is manual: an administrator removes ${upn}'s assignment to "${app}"`
          : `departed: assignment to app "${app}" removed`,
        after,
        manual ? 'manual' : 'auto',
        { assignment_id: h.id }
      )
    } else if (h.kind === HOLD.role) {
      const name = String(h.details?.name ?? h.id)
      plan.add(
        ACT.removeRole,
        `${upn}/${name}`,
        `directory role "${name}": removing it needs RoleManagement.ReadWrite.Directory, which offboard's app is not given: a Privileged Role Administrator removes it (with sign-in blocked the role cannot be used meanwhile)`,
        after,
        'manual',
        { role_id: h.id }
      )
    }
  }
  if (config.on_departure === 'delete' && !guard) {
    const before = plan.steps.filter(s => s.mode === 'auto')
    plan.add(
      ACT.delete,
      upn,
      synced
        ? 'the account is synchronized from on-premises Active Directory: delete it there (or move it out of the sync scope); the next sync deletes it in Entra ID'
        : 'departed: user deleted (on_departure: delete; a soft delete, restorable for 30 days), once sign-in is blocked and its memberships are gone',
      before,
      synced ? 'manual' : 'auto'
    )
  }
  return { steps: plan.steps, refused }
}

const ON_PREMISES_SIGN_IN =
  'the account is synchronized from on-premises Active Directory, which masters accountEnabled: disable it there; the next sync blocks sign-in in Entra ID (sessions are revoked here meanwhile)'

function revokedSinceCreation(d: NonNullable<Holding['details']>): boolean {
  const from = typeof d.sessions_valid_from === 'string' ? Date.parse(d.sessions_valid_from) : NaN
  const created = typeof d.created === 'string' ? Date.parse(d.created) : NaN
  if (Number.isNaN(from)) return false
  return Number.isNaN(created) || from > created + REVOKED_AFTER_CREATION_MS
}

/** Why Graph cannot remove this membership, if it cannot: then a human must. */
function cannotLeave(h: Holding): string | undefined {
  const d = h.details ?? {}
  const name = `group "${String(d.name ?? h.id)}"`
  if (d.dynamic)
    return `${name} has dynamic membership${d.rule ? ` (rule: ${String(d.rule)})` : ''}: its rule decides who is a member, so no one can be removed; change the user's attributes or the rule`
  if (d.synced)
    return `${name} is synchronized from on-premises Active Directory: remove the member there`
  if (d.exchange)
    return `${name} is a distribution list or mail-enabled security group, whose members Graph cannot change: remove the member in Exchange Online`
  if (d.role_assignable)
    return `${name} is role-assignable: removing a member needs RoleManagement.ReadWrite.Directory, which offboard's app is not given: a Privileged Role Administrator removes it`
  return undefined
}

function leaveGroup(plan: StepList, h: Holding, why: string, after: Step[]): void {
  const name = String(h.details?.name ?? h.id)
  const manual = cannotLeave(h)
  plan.add(
    ACT.leaveGroup,
    `${plan.upn}/${name} (${h.id})`,
    manual ?? why,
    after,
    manual ? 'manual' : 'auto',
    {
      group_id: h.id
    }
  )
}

class StepList {
  readonly steps: Step[] = []
  readonly upn: string
  private readonly base: Record<string, unknown>

  constructor(
    private readonly person: string,
    user: Holding
  ) {
    this.upn = String(user.details?.upn ?? user.id)
    const d = user.details ?? {}
    this.base = {
      user_id: user.id,
      upn: this.upn,
      ...(d.global_admin === true ? { global_admin_role: d.global_admin_role } : {}),
      ...(d.administrator === true ? { administrator: true } : {}),
      ...(d.found_by ? { found_by: d.found_by } : {})
    }
  }

  add(
    action: string,
    target: string,
    reason: string,
    after: Step[] = [],
    mode: Step['mode'] = 'auto',
    params: Record<string, unknown> = {}
  ): Step {
    const on = params.group_id ?? params.assignment_id ?? params.role_id
    // Its id names what it acts on (a group, an assignment, a role), or the user.
    const made = step(
      ENTRA,
      this.person,
      action,
      target,
      reason,
      { ...this.base, ...params },
      {
        id: `${ENTRA}/${this.person}/${action}/${String(on ?? this.upn)}`,
        after: after.map(s => s.id),
        mode
      }
    )
    this.steps.push(made)
    return made
  }
}
