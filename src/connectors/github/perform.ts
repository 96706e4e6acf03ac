// The one place GitHub is changed: one write per step. Protected logins are skipped whatever
// the plan says; an owner is removed or demoted only while another owner remains, counted live
// and one owner change at a time; a step aimed at an invitation found by lookup that another
// person declares is refused. A 404 (or 410) is already_absent only once a read shows the
// thing gone: GitHub also answers 404 to a token that lacks a permission.
import { needsAHuman } from '../../graph.js'
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import { absentOn404, AFTER_404, withHint } from './answers.js'
import { together, type Bulk } from './batch.js'
import { statusOf, type Github } from './client.js'
import {
  fineGrainedTokens,
  invitations,
  isOutsideCollaborator,
  owners,
  ssoAuthorizations,
  teamMembership
} from './holdings.js'
import { isProtected, lastOwnerReason, protectedReason, sameLogin } from './plan.js'

export async function perform(
  gh: Github,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  if (step.mode === 'manual') return { result: 'skipped', detail: needsAHuman(step) }
  const login = String(step.params.login ?? '')
  if (isProtected(gh.config, login)) return { result: 'skipped', detail: protectedReason(login) }
  const crossed = refuseCrossed(claims, step, step.params.invitee)
  if (crossed) return crossed
  const act = ACTIONS[step.action]
  if (!act) return { result: 'failed', detail: `github: unknown action ${step.action}` }
  try {
    return await act(gh, login, step.params)
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 410) return confirmGone(gh, step, login, status)
    return { result: 'failed', detail: `${step.action} ${step.target}: ${withHint(error)}` }
  }
}

/** A write answered 404 (or 410): GitHub answers so when the thing is gone, and also when the
 *  token lacks a permission. Only a read showing it gone makes the step already_absent. */
async function confirmGone(
  gh: Github,
  step: Step,
  login: string,
  status: number
): Promise<Outcome> {
  const after = AFTER_404[step.action]
  if (!after)
    return {
      result: 'failed',
      detail: `${step.action} ${step.target}: GitHub answered ${status}`
    }
  try {
    if (!(await stillThere(gh, step, login)))
      return { result: 'already_absent', detail: `GitHub answered ${status}; read back: gone` }
  } catch (error) {
    return {
      result: 'failed',
      detail: `${step.action} ${step.target}: GitHub answered ${status}, and reading back whether ${after.what} is gone failed: ${withHint(error)}`
    }
  }
  return {
    result: 'failed',
    detail: `GitHub answered ${status} but ${after.what} (${step.target}) is still there: the token probably lacks ${after.permission}`
  }
}

/** Whether what `step` removes is still there, read live. */
async function stillThere(gh: Github, step: Step, login: string): Promise<boolean> {
  const id = String(step.params.id ?? '')
  const { octokit, org } = gh
  switch (step.action) {
    case 'deny_token_request':
    case 'revoke_token_grant': {
      const pending = step.action === 'deny_token_request'
      const held = await fineGrainedTokens(gh, login, undefined, pending)
      return held.some(h => h.id === id)
    }
    case 'revoke_sso_authorization': {
      // 404 on the list: the organization has no SAML SSO, so no authorization either.
      const held = await absentOn404(ssoAuthorizations(gh, login).then(data => ({ data })))
      return (held ?? []).some(h => h.id === id)
    }
    case 'cancel_invitation':
      return (await invitations(gh, i => String(i.id) === id, login)).length > 0
    case 'remove_copilot_seat': {
      const seat = await absentOn404(
        octokit.rest.copilot.getCopilotSeatDetailsForUser({ org, username: login })
      ).catch(error => {
        // 422: Copilot is off, or the login is not a member: no seat.
        if (statusOf(error) === 422) return undefined
        throw error
      })
      return !!seat && !seat.pending_cancellation_date
    }
    case 'remove_team_membership':
      return !!(await teamMembership(gh, String(step.params.team), login))
    case 'remove_outside_collaborator':
      return isOutsideCollaborator(gh, u => sameLogin(u.login, login))
    case 'remove_org_membership':
    case 'demote_org_admin': {
      const m = await absentOn404(octokit.rest.orgs.getMembershipForUser({ org, username: login }))
      return step.action === 'demote_org_admin' ? m?.role === 'admin' : !!m
    }
    default:
      return true
  }
}

/** Runs `act` unless `login` is the last owner, re-checked live; one owner change at a time. */
function guardLastOwner(
  gh: Github,
  login: string,
  act: (isOwner: boolean) => Promise<Outcome>
): Promise<Outcome> {
  return serialized(gh.org, async () => {
    const all = await owners(gh)
    const isOwner = all.some(o => sameLogin(o, login))
    if (isOwner && all.length <= 1)
      return { result: 'skipped', detail: lastOwnerReason(login, gh.org) }
    return act(isOwner)
  })
}

/** The writes GitHub takes for several items at once (batch.ts). */
const REVOKE_GRANTS: Bulk<number, void> = {
  send: async ({ octokit, org }, pat_ids) => {
    await octokit.rest.orgs.updatePatAccesses({ org, action: 'revoke', pat_ids })
  }
}
const DENY_REQUESTS: Bulk<number, void> = {
  send: async ({ octokit, org }, pat_request_ids) => {
    await octokit.rest.orgs.reviewPatGrantRequestsInBulk({
      org,
      pat_request_ids,
      action: 'deny',
      reason: 'The requester has left the organization.'
    })
  }
}
/** Answers how many seats it set pending cancellation: fewer than asked, and each is asked
 *  again alone, so that each step says whether its own seat was cancelled. */
const CANCEL_SEATS: Bulk<string, number> = {
  send: async ({ octokit, org }, selected_usernames) =>
    (await octokit.rest.copilot.cancelCopilotSeatAssignmentForUsers({ org, selected_usernames }))
      .data.seats_cancelled,
  complete: (cancelled, size) => cancelled === size
}

type Action = (gh: Github, login: string, params: Record<string, unknown>) => Promise<Outcome>

const revoked = (detail = ''): Outcome => ({ result: 'revoked', detail })
const id = (params: Record<string, unknown>) => Number(params.id)

/** The one write per action. A 404 thrown from any of them is read back (confirmGone). */
const ACTIONS: Record<string, Action> = {
  deny_token_request: async (gh, _login, params) => {
    await together(gh, 'deny_token_request', DENY_REQUESTS, id(params))
    return revoked()
  },
  revoke_token_grant: async (gh, _login, params) => {
    await together(gh, 'revoke_token_grant', REVOKE_GRANTS, id(params))
    return revoked()
  },
  revoke_sso_authorization: async ({ octokit, org }, _login, params) => {
    await octokit.request('DELETE /orgs/{org}/credential-authorizations/{credential_id}', {
      org,
      credential_id: id(params)
    })
    return revoked()
  },
  cancel_invitation: async ({ octokit, org }, _login, params) => {
    await octokit.rest.orgs.cancelInvitation({ org, invitation_id: id(params) })
    return revoked()
  },
  remove_copilot_seat: async (gh, login) => {
    const cancelled = await together(gh, 'remove_copilot_seat', CANCEL_SEATS, login)
    return cancelled > 0
      ? revoked('seat pending cancellation at the end of the billing cycle')
      : { result: 'already_absent', detail: 'no Copilot seat to cancel' }
  },
  remove_team_membership: async ({ octokit, org }, login, params) => {
    await octokit.rest.teams.removeMembershipForUserInOrg({
      org,
      team_slug: String(params.team),
      username: login
    })
    return revoked()
  },
  remove_outside_collaborator: async ({ octokit, org }, login) => {
    await octokit.rest.orgs.removeOutsideCollaborator({ org, username: login })
    return revoked()
  },
  remove_org_membership: async (gh, login, params) => {
    const remove = async () => {
      await gh.octokit.rest.orgs.removeMembershipForUser({ org: gh.org, username: login })
      return revoked()
    }
    // Owners are recounted, one owner change at a time; a member found so by the discovery
    // apply just ran cannot be the last owner, so their removal waits on nobody (and GitHub
    // refuses to remove a last owner itself).
    return params.role === 'member' ? remove() : guardLastOwner(gh, login, remove)
  },
  // Setting a role on a non-member would invite them: only an owner found live is demoted.
  demote_org_admin: (gh, login) =>
    guardLastOwner(gh, login, async isOwner => {
      if (!isOwner)
        return { result: 'already_absent', detail: `${login} is not an owner of ${gh.org}` }
      await gh.octokit.rest.orgs.setMembershipForUser({
        org: gh.org,
        username: login,
        role: 'member'
      })
      return revoked()
    })
}

const queues = new Map<string, Promise<unknown>>()

/** Runs `fn` after every earlier call with the same key has finished. */
function serialized<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn)
  queues.set(
    key,
    run.catch(() => undefined)
  )
  return run
}
