// What to revoke in Okta, as data: a pure function from what discovery found to steps and
// refusals. A departure first blocks the person out (suspend an active user, end every
// session with the tokens Okta issued): both start at once and nothing goes before them, then
// each app's refresh tokens are revoked. These are containment steps, which the executor runs
// before any other Okta step, so the window in which the person can still act is
// Okta's round trips, not the whole apply. Then, all at once, consent grants and every group;
// then deactivation (or nothing more, with on_departure: suspend), and deletion only after
// deactivation, as Okta requires. A reduction leaves the groups no role grants any more.
import type { Discovery, Holding, PlatformPlan, Refusal, Scope, Step } from '../connector.js'
import { refusal, step } from '../shared/results.js'
import { OK } from './discover.js'
import type { OktaConfig } from './types.js'
import { OKTA, OKTA_GROUP, sameLogin } from './vocabulary.js'

export function isProtected(config: Pick<OktaConfig, 'protected'>, login: string): boolean {
  return config.protected.some(p => sameLogin(p, login))
}

export function protectedReason(login: string): string {
  return `${login} is protected (okta.protected in platforms.yaml): the tool never touches it`
}

export function lastSuperAdminReason(login: string): string {
  return `${login} is the last active super administrator of the Okta org: suspending, deactivating or removing them from groups could leave nobody able to administer it; make someone else a super administrator first, then run again`
}

/** The steps that change who the user is (lifecycle) or what they are in (groups): the ones
 *  the last super administrator is kept from. */
export const GUARDED_ACTIONS = new Set([
  'suspend_user',
  'deactivate_user',
  'delete_user',
  'remove_from_group'
])

export function planOktaSteps(found: Discovery, scope: Scope, config: OktaConfig): PlatformPlan {
  const plan: PlatformPlan = { steps: [], refused: [] }
  const user = found.holdings.find(h => h.kind === OK.user)
  if (found.status !== 'checked' || !user) return plan
  const d = user.details ?? {}
  const login = String(d.login ?? user.id)
  const person = found.person
  const refuse = (target: string, reason: string): Refusal => refusal(OKTA, person, target, reason)
  const make = (
    action: string,
    target: string,
    reason: string,
    params: Record<string, unknown> = {},
    extra: Partial<Step> = {}
  ): Step =>
    step(
      OKTA,
      person,
      action,
      target,
      reason,
      {
        user_id: user.id,
        login,
        // null: the roles could not be read; perform then checks live.
        super_admin: d.super_admin ?? null,
        ...(d.found_by ? { found_by: d.found_by } : {}),
        ...params
      },
      extra
    )
  const groupStep = (h: Holding, reason: string, after: string[]): Step => {
    const name = String(h.details?.name ?? h.id)
    const type = String(h.details?.type ?? '')
    const params = { group_id: h.id, group_name: name }
    if (type === 'OKTA_GROUP')
      return make('remove_from_group', `group ${name}`, reason, params, { after })
    return make(
      'remove_from_group',
      `group ${name}`,
      type === 'APP_GROUP'
        ? `${reason}; its members are imported from a directory (APP_GROUP): remove ${login} from it there (e.g. Active Directory), Okta cannot`
        : `${reason}; Okta manages its members itself (${type}): it cannot be left`,
      params,
      { after, mode: 'manual' }
    )
  }

  const steps: Step[] = []
  const status = String(d.status ?? '')
  const groups = found.holdings.filter(h => h.kind === OK.group && h.details?.type !== 'BUILT_IN')
  if (scope.kind === 'reduction') {
    const removed = scope.remove
      .filter(g => g.platform === OKTA && g.kind === OKTA_GROUP)
      .map(g => g.value)
    for (const h of groups)
      if (removed.includes(String(h.details?.name)))
        steps.push(groupStep(h, 'no role grants this Okta group any more', []))
  } else {
    const deprovisioned = status === 'DEPROVISIONED'
    const contain = { contain: true }
    const kill: Step[] = []
    if (!deprovisioned)
      kill.push(
        make(
          'clear_sessions',
          login,
          'end every Okta session and revoke the OpenID Connect and OAuth tokens Okta issued: single sign-on to every app stops',
          {},
          contain
        )
      )
    if (status === 'ACTIVE')
      kill.push(
        make(
          'suspend_user',
          login,
          config.on_departure === 'suspend'
            ? 'departure (on_departure: suspend): block sign-in; groups, apps and factors are kept'
            : 'block sign-in at once; deactivation follows once the rest is revoked',
          {},
          contain
        )
      )
    else if (config.on_departure === 'suspend' && !deprovisioned && status !== 'SUSPENDED')
      kill.push(
        make(
          'suspend_user',
          login,
          `on_departure is suspend, but Okta suspends only active users and ${login} is ${status}: deactivate them in Okta, or set okta.on_departure to deactivate`,
          {},
          { mode: 'manual' }
        )
      )
    const first = kill.filter(s => s.mode === 'auto').map(s => s.id)
    steps.push(...kill)
    if (!deprovisioned) {
      const grants = found.holdings.filter(h => h.kind === OK.grant)
      if (grants.length)
        steps.push(
          make(
            'revoke_consent_grants',
            `${login} consent grants`,
            `${grants.length} consent grant${grants.length === 1 ? '' : 's'} given to apps (${[...new Set(grants.map(g => g.details?.scope))].join(', ')})`,
            {},
            { after: first }
          )
        )
      for (const h of found.holdings.filter(x => x.kind === OK.tokens))
        steps.push(
          make(
            'revoke_app_tokens',
            `tokens of app ${h.details?.name ?? h.id}`,
            `refresh tokens the app ${h.details?.name ?? h.id} holds for ${login}`,
            { client_id: h.id },
            { after: first, ...contain }
          )
        )
    }
    for (const h of groups) steps.push(groupStep(h, `member of the Okta group`, first))
    const before = steps.filter(s => s.mode === 'auto').map(s => s.id)
    const deactivate =
      config.on_departure !== 'suspend' && !deprovisioned
        ? make(
            'deactivate_user',
            login,
            `departure (on_departure: ${config.on_departure}): deactivate the user; Okta unassigns every app and revokes admin roles`,
            {},
            { after: before }
          )
        : undefined
    if (deactivate) steps.push(deactivate)
    if (config.on_departure === 'delete')
      steps.push(
        make(
          'delete_user',
          login,
          'departure (on_departure: delete): delete the deactivated user, with their factors and group memberships',
          {},
          { after: deactivate ? [deactivate.id] : before }
        )
      )
  }

  if (isProtected(config, login))
    return { steps: [], refused: steps.map(s => refuse(s.target, protectedReason(login))) }
  // Admins not counted (the read failed): planned, since perform counts them again first.
  const last =
    d.super_admin === true &&
    status === 'ACTIVE' &&
    typeof d.super_admins === 'number' &&
    d.super_admins <= 1
  const guarded = (s: Step) => last && GUARDED_ACTIONS.has(s.action)
  for (const s of steps.filter(guarded))
    plan.refused.push(refuse(s.target, lastSuperAdminReason(login)))
  const kept = new Set(steps.filter(s => !guarded(s)).map(s => s.id))
  plan.steps = steps
    .filter(s => kept.has(s.id))
    .map(s => ({ ...s, after: s.after.filter(id => kept.has(id)) }))
  return plan
}
