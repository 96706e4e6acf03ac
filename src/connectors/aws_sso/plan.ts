// Pure: what an Identity Store user holds -> the revocation steps, in the order that contains
// the person first (depth 3):
//   1  deny_sessions: in every permission set the user can use (directly or through a group),
//      a deny on their identitystore:userId, provisioned to the set's accounts. Nothing comes
//      before it: removing assignments does not end the sessions already issued.
//   2  remove_account_assignment for each direct assignment, remove_group_membership for each
//      group: no new session can be had
//   3  delete_user; with on_departure: disable, a manual disable_user instead (Identity Store
//      has no API that disables a user)
// Without revoke_sessions, level 1 is left out. A reduction (depth 1) removes only the group
// memberships and direct assignments no remaining role grants; it does not deny sessions, since
// the user may still use the same permission set elsewhere.
import type { Discovery, Grant, Holding, PlatformPlan, Scope, Step } from '../connector.js'
import { FOUND_BY_LOOKUP } from '../shared/lookup.js'
import { refusal, step } from '../shared/results.js'
import { ASSIGNMENT_KIND, assignmentValue, AWS_SSO, GROUP_KIND, isProtected } from './rules.js'
import type { AwsSsoConfig } from './types.js'

/** What perform() needs for one step; reports show `target`, never params. */
export interface StepParams {
  user_id: string
  user_name: string
  /** Set when the user was found by email: perform refuses it if someone declares it. */
  found_by?: string
  membership_id?: string
  group_id?: string
  account?: string
  permission_set_arn?: string
  permission_set?: string
}

export const USER_KIND = 'identity_store_user'

export function planAwsSso(found: Discovery, scope: Scope, config: AwsSsoConfig): PlatformPlan {
  const user = found.holdings.find(h => h.kind === USER_KIND)
  if (found.status !== 'checked' || !user) return { steps: [], refused: [] }
  const userName = String(user.details?.userName ?? user.id)
  if (isProtected(userName, config))
    return {
      steps: [],
      refused: [
        refusal(
          AWS_SSO,
          found.person,
          userName,
          `Identity Center user ${userName} is protected (aws_sso.protected in platforms.yaml): never touched`
        )
      ]
    }
  const plan = new StepList(found.person, user, userName)
  if (scope.kind === 'reduction') planReduction(plan, found.holdings, scope.remove)
  else planDeparture(plan, found.holdings, user, config)
  return { steps: plan.steps, refused: [] }
}

class StepList {
  readonly steps: Step[] = []
  private readonly base: StepParams

  constructor(
    private readonly person: string,
    user: Holding,
    readonly userName: string
  ) {
    this.base = { user_id: user.id, user_name: userName }
    if (user.details?.found_by === FOUND_BY_LOOKUP) this.base.found_by = FOUND_BY_LOOKUP
  }

  add(
    action: string,
    target: string,
    reason: string,
    params: Partial<StepParams> = {},
    after: Step[] = [],
    mode: Step['mode'] = 'auto'
  ): Step {
    const made = step(
      AWS_SSO,
      this.person,
      action,
      target,
      reason,
      { ...this.base, ...params },
      {
        after: after.map(s => s.id),
        mode
      }
    )
    this.steps.push(made)
    return made
  }
}

const text = (h: Holding, key: string) => String(h.details?.[key] ?? '')

function removeMembership(plan: StepList, h: Holding, reason: string, after: Step[] = []) {
  return plan.add(
    'remove_group_membership',
    `${plan.userName}/${text(h, 'group')}`,
    reason,
    { membership_id: h.id, group_id: text(h, 'group_id') },
    after
  )
}

function removeAssignment(plan: StepList, h: Holding, reason: string, after: Step[] = []) {
  return plan.add(
    'remove_account_assignment',
    `${plan.userName}/${text(h, 'account')}/${text(h, 'permission_set')}`,
    reason,
    {
      account: text(h, 'account'),
      permission_set_arn: text(h, 'permission_set_arn'),
      permission_set: text(h, 'permission_set')
    },
    after
  )
}

function planReduction(plan: StepList, holdings: Holding[], remove: Grant[]): void {
  for (const grant of remove) {
    if (grant.platform !== AWS_SSO) continue
    for (const h of holdings) {
      if (
        grant.kind === GROUP_KIND &&
        h.kind === 'group_membership' &&
        text(h, 'group') === grant.value
      )
        removeMembership(plan, h, 'no remaining role grants this group')
      const value = assignmentValue(text(h, 'account'), text(h, 'permission_set'))
      if (
        grant.kind === ASSIGNMENT_KIND &&
        h.kind === 'account_assignment' &&
        value === grant.value
      )
        removeAssignment(plan, h, 'no remaining role grants this assignment')
    }
  }
}

function planDeparture(plan: StepList, holdings: Holding[], user: Holding, config: AwsSsoConfig) {
  const sets = new Map<string, string>()
  for (const h of holdings)
    if (h.kind === 'account_assignment' || h.kind === 'group_assignment')
      sets.set(text(h, 'permission_set_arn'), text(h, 'permission_set'))
  const denies = config.revoke_sessions
    ? [...sets].map(([arn, name]) =>
        // Containment: the executor runs it before any other Identity Center step.
        Object.assign(
          plan.add(
            'deny_sessions',
            `${plan.userName}/${name}`,
            `departed: ${plan.userName}'s live sessions in permission set ${name} are denied in each of its accounts (removing access does not end sessions already issued)`,
            { permission_set_arn: arn, permission_set: name }
          ),
          { contain: true }
        )
      )
    : []
  const removals = holdings.flatMap(h =>
    h.kind === 'group_membership'
      ? [removeMembership(plan, h, 'departed: group membership removed', denies)]
      : h.kind === 'account_assignment'
        ? [removeAssignment(plan, h, 'departed: direct account assignment removed', denies)]
        : []
  )
  const before = removals.length ? removals : denies
  if (config.on_departure === 'delete')
    plan.add(
      'delete_user',
      plan.userName,
      'departed: Identity Store user deleted once nothing is assigned to it (no new sign-in)',
      {},
      before
    )
  else if (user.details?.status !== 'DISABLED')
    plan.add(
      'disable_user',
      plan.userName,
      'disabled (on_departure: disable): Identity Store has no API that disables a user: choose Disable user access for them in the IAM Identity Center console, or disable them in the identity provider that provisions them',
      {},
      before,
      'manual'
    )
}

/** A stale session deny to remove (list.ts: staleSessionDenies). */
export interface StaleDeny {
  permissionSet: string
  permissionSetArn: string
  sid: string
  userId: string
  /** The user's name when the user still exists (disabled, or kept). */
  userName?: string
}

/** The steps that remove stale session denies, one per deny, all independent. `person` names
 *  whose record each is (the departed person, once the caller has matched the user). */
export function planDenyCleanup(stale: StaleDeny[], person: (d: StaleDeny) => string): Step[] {
  return stale.map(d => {
    const who = d.userName ?? d.userId
    return step(
      AWS_SSO,
      person(d),
      'remove_session_deny',
      `${who}/${d.permissionSet}`,
      `every session the deny held off has expired: the statement ${d.sid} is removed from permission set ${d.permissionSet}`,
      {
        user_id: d.userId,
        user_name: who,
        permission_set_arn: d.permissionSetArn,
        permission_set: d.permissionSet,
        sid: d.sid
      }
    )
  })
}
