// Pure: what an IAM user holds -> the revocation steps, with the dependencies that make them
// safe and the graph as shallow as AWS allows.
//
// Departure, `delete` (depth 4 with revoke_sessions, 3 without):
//   1  revoke_sessions, deactivate each key/certificate/SSH key/service credential and MFA
//      device, delete the login profile, inline policies and permissions boundary, detach
//      managed policies, leave groups
//   2  delete each credential after its deactivation, delete virtual MFA devices
//   3  delete the tool's own inline policies (they stay until no credential is left)
//   4  delete_user
// Departure, `disable` (depth 2): level 1 also puts the deny-all policy and the tags; level 2
// deletes the credentials; the user stays.
// Reduction (depth 1): leave groups, detach managed policies.
// Containment (Step.contain, run on every platform before any clean-up): the session deny
// (revoke_sessions, or disable's deny-all policy), deactivating each active credential, and
// deleting the console password; nothing of it needs another step first, since the deny
// binds the user's sessions and never the credentials this tool acts with.
import type { AwsConfig } from '../../declarations/types.js'
import type {
  ChangeRef,
  Discovery,
  Grant,
  Holding,
  PlatformName,
  PlatformPlan,
  Scope,
  Step
} from '../connector.js'
import { refusal, step } from '../shared/results.js'
import { shortId } from './client.js'
import { DENY_ALL_POLICY, REVOKE_SESSIONS_POLICY } from './policies.js'
import { isProtected } from './settings.js'

/** User tags a disabled user keeps: when, and by which change. */
export const TAG_OFFBOARDED_AT = 'offboard:offboarded-at'
export const TAG_CHANGE = 'offboard:change'

export interface PlanSettings {
  config: AwsConfig
  change?: ChangeRef
}

/** What perform() needs for one step. `id` is what the call acts on (full key id, MFA serial,
 *  policy name or ARN, group name); reports show `target`, never params. */
export interface StepParams {
  user: string
  /** AWS account id, for error messages. */
  account: string
  id?: string
  change?: ChangeRef
}

export function planAws(found: Discovery, scope: Scope, settings: PlanSettings): PlatformPlan {
  const user = found.account?.display
  if (found.status !== 'checked' || !user) return { steps: [], refused: [] }
  const { config } = settings
  if (isProtected(user, config))
    return {
      steps: [],
      refused: [
        refusal(
          found.platform,
          found.person,
          user,
          `IAM user ${user} is protected (aws.protected in platforms.yaml): never touched`
        )
      ]
    }
  const plan = new StepList(found.platform, found.person, user, accountOf(found.account!.arn ?? ''))
  if (scope.kind === 'reduction') planReduction(plan, found.holdings, scope.remove)
  else planDeparture(plan, found.holdings, settings)
  return { steps: plan.steps, refused: [] }
}

/** The account id in an IAM ARN (arn:aws:iam::123456789012:user/alice). */
function accountOf(arn: string): string {
  return arn.split(':')[4] ?? ''
}

class StepList {
  readonly steps: Step[] = []
  constructor(
    readonly platform: PlatformName,
    private person: string,
    readonly user: string,
    private account: string
  ) {}

  add(action: string, target: string, reason: string, id?: string, after: Step[] = []): Step {
    const params: StepParams = { user: this.user, account: this.account }
    if (id !== undefined) params.id = id
    const added = step(
      this.platform,
      this.person,
      action,
      target,
      reason,
      { ...params },
      {
        after: after.map(s => s.id)
      }
    )
    // Shortened key ids can collide (1 in 36^4): keep ids unique within the plan.
    const first = added.id
    for (let n = 2; this.steps.some(s => s.id === added.id); n++) added.id = `${first}#${n}`
    this.steps.push(added)
    return added
  }

  /** Steps nothing else waits for yet. */
  leaves(): Step[] {
    const waitedFor = new Set(this.steps.flatMap(s => s.after))
    return this.steps.filter(s => !waitedFor.has(s.id))
  }
}

function planReduction(plan: StepList, holdings: Holding[], remove: Grant[]): void {
  const held = (kind: string, id: string) => holdings.some(h => h.kind === kind && h.id === id)
  for (const grant of remove) {
    if (grant.platform !== plan.platform) continue
    if (grant.kind === 'aws_group' && held('group', grant.value))
      plan.add(
        'remove_from_group',
        `${plan.user}/${grant.value}`,
        'no remaining role grants this group',
        grant.value
      )
    if (grant.kind === 'aws_policy' && held('managed_policy', grant.value))
      plan.add(
        'detach_managed_policy',
        `${plan.user}/${grant.value}`,
        'no remaining role grants this policy',
        grant.value
      )
  }
}

/** Credentials that are deactivated at once and deleted right after. */
const CREDENTIALS: Record<string, { what: string; deactivate: string; remove: string }> = {
  access_key: {
    what: 'access key',
    deactivate: 'deactivate_access_key',
    remove: 'delete_access_key'
  },
  signing_certificate: {
    what: 'signing certificate',
    deactivate: 'deactivate_signing_certificate',
    remove: 'delete_signing_certificate'
  },
  ssh_public_key: {
    what: 'SSH public key',
    deactivate: 'deactivate_ssh_public_key',
    remove: 'delete_ssh_public_key'
  },
  service_credential: {
    what: 'service-specific credential',
    deactivate: 'deactivate_service_credential',
    remove: 'delete_service_credential'
  }
}

/** Removals that need nothing before them: one call each. */
const DIRECT: Record<string, { action: string; reason: string; target: (h: Holding) => string }> = {
  login_profile: {
    action: 'delete_login_profile',
    reason: 'departed: console password removed',
    target: () => ''
  },
  group: {
    action: 'remove_from_group',
    reason: 'departed: group membership removed',
    target: h => h.id
  },
  managed_policy: {
    action: 'detach_managed_policy',
    reason: 'departed: managed policy detached',
    target: h => h.id
  },
  permissions_boundary: {
    action: 'delete_permissions_boundary',
    reason: 'departed: permissions boundary removed',
    target: h => h.id
  }
}

const OWN_POLICIES = [DENY_ALL_POLICY, REVOKE_SESSIONS_POLICY]

/** Marks a step that ends the user's ability to sign in or use a credential. */
const containing = (s: Step): Step => Object.assign(s, { contain: true })

function planDeparture(plan: StepList, holdings: Holding[], settings: PlanSettings): void {
  const { user } = plan
  const disable = settings.config.on_departure === 'disable'
  const at = (suffix: string) => (suffix ? `${user}/${suffix}` : user)
  const ownPolicies = holdings.filter(
    h => h.kind === 'inline_policy' && OWN_POLICIES.includes(h.id)
  )

  if (disable) {
    const denyAll = ownPolicies.find(h => h.id === DENY_ALL_POLICY)
    if (denyAll?.details?.intact !== true)
      containing(
        plan.add(
          'put_deny_all_policy',
          at(DENY_ALL_POLICY),
          'disabled: an inline policy denies every action, which also ends active sessions',
          DENY_ALL_POLICY
        )
      )
    if (!holdings.some(h => h.kind === 'tag' && h.id === TAG_OFFBOARDED_AT)) {
      const step = plan.add('tag_user', user, 'disabled: tags record when and by which change')
      if (settings.change) step.params.change = settings.change
    }
  } else if (settings.config.revoke_sessions) {
    containing(
      plan.add(
        'revoke_sessions',
        at(REVOKE_SESSIONS_POLICY),
        'departed: deny every session issued before now (deleting keys does not end them)',
        REVOKE_SESSIONS_POLICY
      )
    )
  }

  for (const h of holdings) {
    const cred = CREDENTIALS[h.kind]
    const direct = DIRECT[h.kind]
    if (cred) {
      const target = at(shortId(h.id))
      const before =
        h.details?.active === true
          ? [
              containing(
                plan.add(
                  cred.deactivate,
                  target,
                  `departed: ${cred.what} stops working at once`,
                  h.id
                )
              )
            ]
          : []
      plan.add(cred.remove, target, `departed: ${cred.what} deleted`, h.id, before)
    } else if (direct) {
      const removed = plan.add(direct.action, at(direct.target(h)), direct.reason, h.id)
      if (h.kind === 'login_profile') containing(removed)
    } else if (h.kind === 'mfa_device') {
      const target = at(String(h.details?.name ?? h.id))
      const off = plan.add('deactivate_mfa_device', target, 'departed: MFA device unassigned', h.id)
      if (h.details?.virtual === true)
        plan.add('delete_mfa_device', target, 'departed: virtual MFA device deleted', h.id, [off])
    } else if (h.kind === 'inline_policy' && !OWN_POLICIES.includes(h.id)) {
      plan.add('delete_inline_policy', at(h.id), 'departed: inline policy deleted', h.id)
    }
  }
  if (disable) return

  // The tool's own deny policies go last: they hold sessions off until nothing usable is left.
  const beforeOwn = plan.leaves()
  const ownNames = new Set(ownPolicies.map(h => h.id))
  if (settings.config.revoke_sessions) ownNames.add(REVOKE_SESSIONS_POLICY)
  const own = [...ownNames].map(name =>
    plan.add(
      'delete_inline_policy',
      at(name),
      'departed: the deny policy goes with the user',
      name,
      beforeOwn
    )
  )
  plan.add(
    'delete_user',
    user,
    'departed: IAM user deleted once nothing is attached to it',
    undefined,
    own.length ? own : beforeOwn
  )
}
