// One Okta step, the one place Okta is written to. Before the write: the step's login must not
// be protected, nor found by lookup and declared by someone else, nor (for the steps that
// could lock the org out) the last active super administrator, counted live. After an answer
// that may mean "nothing left to do" (Okta answers 404 for a user already deactivated, 400 for
// suspending one that is not active), what the step removes is read back: only a read showing
// it gone makes the step already_absent.
import { limiter } from '../../concurrency.js'
import { needsAHuman } from '../../graph.js'
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { failed } from '../shared/results.js'
import { refuseCrossed } from '../shared/lookup.js'
import { absentOn404, type OktaClient } from './client.js'
import { SUPER_ADMIN } from './discover.js'
import { OktaError, statusOf, TOKEN_CALL } from './errors.js'
import { GUARDED_ACTIONS, isProtected, lastSuperAdminReason, protectedReason } from './plan.js'
import type { OktaConfig } from './types.js'

/** Answers after which the state is read back: they may mean the work is already done. */
const READ_BACK = new Set([400, 404, 409])

const revoked = (detail = ''): Outcome => ({ result: 'revoked', detail })
const absent = (detail: string): Outcome => ({ result: 'already_absent', detail })

interface Action {
  /** The write; an outcome when it finds there is nothing to write. */
  write(client: OktaClient, step: Step): Promise<Outcome | void>
  /** Read back after an answer in READ_BACK: why it is gone, or undefined while it remains. */
  gone(client: OktaClient, step: Step): Promise<string | undefined>
  /** What the read back found when it is not gone, for the failure. */
  remains: string
}

const userId = (step: Step) => String(step.params.user_id)

/** Gone when the user is, or (`deprovisioned`) once Okta has deactivated them. */
const userGone =
  (deprovisioned: string | undefined, ...statuses: string[]) =>
  async (client: OktaClient, step: Step) => {
    const user = await client.user(userId(step))
    if (!user || user.id !== userId(step)) return 'no such user'
    if (deprovisioned && user.status === 'DEPROVISIONED') return deprovisioned
    return statuses.includes(user.status) ? `already ${user.status.toLowerCase()}` : undefined
  }

const ACTIONS: Record<string, Action> = {
  clear_sessions: {
    write: (c, s) => c.clearSessions(userId(s)),
    gone: userGone('deactivated: no session remains'),
    remains: 'the user still exists and is not deactivated'
  },
  suspend_user: {
    write: (c, s) => c.suspend(userId(s)),
    gone: userGone('deactivated', 'SUSPENDED'),
    remains: 'the user is neither suspended nor deactivated'
  },
  revoke_consent_grants: {
    write: (c, s) => c.revokeGrants(userId(s)),
    gone: async (c, s) =>
      (await absentOn404(c.consentGrants(userId(s))))?.length ? undefined : 'no consent grant',
    remains: 'consent grants remain'
  },
  revoke_app_tokens: {
    write: (c, s) => c.revokeClientTokens(userId(s), String(s.params.client_id)),
    gone: async (c, s) => {
      const clients = await absentOn404(c.appClients(userId(s)))
      return clients?.some(x => x.clientId === s.params.client_id)
        ? undefined
        : 'the app holds no token'
    },
    remains: "the app still holds the user's grants or tokens"
  },
  remove_from_group: {
    write: (c, s) => c.removeFromGroup(String(s.params.group_id), userId(s)),
    gone: async (c, s) => {
      const groups = await absentOn404(c.userGroups(userId(s)))
      if (!groups) return 'no such user'
      return groups.some(g => g.id === s.params.group_id) ? undefined : 'not a member'
    },
    remains: 'the user is still a member'
  },
  deactivate_user: {
    write: (c, s) => c.deactivate(userId(s)),
    gone: userGone('already deactivated'),
    remains: 'the user is not deactivated'
  },
  delete_user: {
    // Okta deletes only a deactivated user; any other it would deactivate instead.
    write: async (c, s) => {
      const user = await absentOn404(c.user(userId(s)))
      if (!user) return absent('no such user')
      if (user.status !== 'DEPROVISIONED')
        return {
          result: 'failed',
          detail: `okta: ${user.login} is ${user.status.toLowerCase()}${user.transitioningToStatus ? ` (becoming ${user.transitioningToStatus.toLowerCase()})` : ''}, not deactivated: Okta would only deactivate it; run apply again once it is deactivated`
        }
      await c.deleteUser(userId(s))
    },
    gone: userGone(undefined),
    remains: 'the user is still there'
  }
}

/** One change of super administrators at a time, so that two departures cannot each see the
 *  other as the remaining one. */
const oneAtATime = limiter(1)

export async function performOkta(
  client: OktaClient,
  config: OktaConfig,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  if (step.mode === 'manual') return { result: 'skipped', detail: needsAHuman(step) }
  const login = String(step.params.login ?? '')
  if (isProtected(config, login)) return { result: 'skipped', detail: protectedReason(login) }
  const crossed = refuseCrossed(claims, step, login)
  if (crossed) return crossed
  const act = ACTIONS[step.action]
  if (!act) return { result: 'failed', detail: `okta: unknown action ${step.action}` }
  const run = () => attempt(client, act, step)
  // Only a super administrator, or one whose roles could not be read, needs the live count.
  if (!GUARDED_ACTIONS.has(step.action) || step.params.super_admin === false) return run()
  return oneAtATime(async () => {
    try {
      const id = userId(step)
      const [roles, user] = await Promise.all([
        absentOn404(client.roles(id)),
        absentOn404(client.user(id))
      ])
      if (roles?.some(r => r.type === SUPER_ADMIN) && user?.status === 'ACTIVE') {
        const admins = await client.activeSuperAdmins()
        if (admins.filter(a => a !== id).length === 0)
          return { result: 'skipped', detail: lastSuperAdminReason(login) }
      }
    } catch (err) {
      return {
        result: 'failed',
        detail: `${failed(err).detail} (reading the super administrators, to never remove the last one)`
      }
    }
    return run()
  })
}

async function attempt(client: OktaClient, act: Action, step: Step): Promise<Outcome> {
  try {
    return (await act.write(client, step)) ?? revoked()
  } catch (err) {
    const status = statusOf(err)
    const signIn = err instanceof OktaError && err.call === TOKEN_CALL
    if (status === undefined || signIn || !READ_BACK.has(status)) return failed(err)
    let why: string | undefined
    try {
      why = await act.gone(client, step)
    } catch (readErr) {
      return {
        result: 'failed',
        detail: `${failed(err).detail}; reading it back failed: ${failed(readErr).detail}`
      }
    }
    return why
      ? absent(`Okta answered ${status}; read back: ${why}`)
      : {
          result: 'failed',
          detail: `${failed(err).detail}; read back: ${act.remains}`
        }
  }
}
