// What to revoke in one GitHub organization, as data: a pure function from what discovery found
// to steps and refusals. The membership first (containment: it cuts every team and repository
// at once), then the credentials it does not end; teams are never removed one by one. With
// several organizations every target starts with its organization (`acme: alice`); with
// Enterprise Managed Users the membership goes with the SCIM deprovisioning (enterprise.ts)
// instead.
import type { GithubConfig } from '../../declarations/types.js'
import type { Discovery, Holding, PlatformPlan, Refusal, Scope, Step } from '../connector.js'
import { refusal, step } from '../shared/results.js'
import { manyOrgs, orgsOf } from './settings.js'

/** What the plan says the membership removal also ends, so that nobody looks for its write. */
function withEnded(sso: number, copilot: number, invitations: number): string {
  const parts = [
    ...(sso
      ? [
          `its ${sso === 1 ? 'SAML SSO credential authorization' : `${sso} SAML SSO credential authorizations`}`
        ]
      : []),
    ...(copilot ? ['its Copilot seat'] : []),
    ...(invitations ? ['the invitation to the login'] : [])
  ]
  return parts.length ? ` ${parts.join(', ')},` : ''
}

/** Holding kinds the GitHub connector reports. */
export const GH = {
  membership: 'org_membership',
  outsideCollaborator: 'outside_collaborator',
  invitation: 'invitation',
  ssoAuthorization: 'sso_authorization',
  tokenGrant: 'token_grant',
  tokenRequest: 'token_request',
  copilotSeat: 'copilot_seat',
  team: 'team_membership',
  deployKey: 'deploy_key',
  // The enterprise's (enterprise.ts).
  enterpriseMember: 'enterprise_membership',
  enterpriseCopilotSeat: 'enterprise_copilot_seat',
  scimUser: 'scim_user'
} as const

/** Logins compare case-insensitively on GitHub. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase()
}

export function isProtected(config: GithubConfig, login: string): boolean {
  return config.protected.some(p => sameLogin(p, login))
}

export function protectedReason(login: string): string {
  return `${login} is protected (github.protected in platforms.yaml): the tool never touches it`
}

/** The steps whose writes the departures of one change share: those perform.ts sends
 *  through together() (batch.ts). */
const SHARED_WRITES = new Set(['revoke_token_grant', 'deny_token_request', 'remove_copilot_seat'])

/** How many writes one person's steps make on GitHub and how long they take, spaced as GitHub
 *  asks of integrations (one a second for a token): most of a GitHub-bound apply's time. */
export function pacingNote(steps: Step[], paced: boolean): string | undefined {
  const writes = steps.filter(s => s.mode === 'auto')
  if (writes.length === 0) return undefined
  const n = writes.length
  const pace = paced
    ? `sent one a second as GitHub asks (about ${n} s)`
    : 'not spaced (OFFBOARD_GITHUB_PACE_WRITES=false)'
  const shared = writes.some(s => SHARED_WRITES.has(s.action))
    ? "; the token grants, token requests and Copilot seats of the change's departures go in one request each"
    : ''
  return `${n} GitHub write${n === 1 ? '' : 's'}, ${pace}${shared}`
}

/** `together`: the owners leaving in one change when they are all of the organization's. */
export function lastOwnerReason(login: string, org: string, together?: unknown): string {
  if (typeof together === 'string')
    return `${together} are all the owners of ${org} and all leave in this change: ${login} stays an owner so that the organization keeps one; make someone else an owner first, then run again`
  return `${login} is the last owner of ${org}: removing or demoting them would leave the organization without an owner; make someone else an owner first, then run again`
}

/** A membership whose owner is the organization's last. Owners not counted (the read failed):
 *  not the last, since perform counts them again first. */
export const isLastOwner = (h: Holding): boolean =>
  h.kind === GH.membership &&
  h.details?.role === 'admin' &&
  typeof h.details.owners === 'number' &&
  h.details.owners <= 1

/** An invitation matched by email alone: perform checks its invitee (see lookup.ts). */
const lookedUp = (h: Holding) =>
  h.details?.found_by ? { found_by: h.details.found_by, invitee: h.details.login } : {}

/** One-line, secret-free description of a holding, also used as the step target. */
function target(h: Holding): string {
  const d = h.details ?? {}
  switch (h.kind) {
    case GH.invitation:
      return `invitation ${h.id} (${d.login ?? d.email})`
    case GH.ssoAuthorization:
      return `sso credential ${h.id} (${d.credential_type} ...${d.last4})`
    case GH.tokenGrant:
      return `token grant ${h.id} "${d.token_name}"`
    case GH.tokenRequest:
      return `token request ${h.id} "${d.token_name}"`
    case GH.team:
      return `team ${h.id}`
    case GH.copilotSeat:
      return `${h.id} copilot seat`
    case GH.deployKey:
      // The whole key id (a number, not a secret): the audit reads the key back by it.
      return `${d.repository} deploy key ${d.key_id} "${d.title}"`
    default:
      return h.id
  }
}

const CREDENTIAL_STEPS: Record<string, { action: string; reason: string }> = {
  [GH.tokenRequest]: {
    action: 'deny_token_request',
    reason: 'pending request for a fine-grained token to access the organization'
  },
  [GH.tokenGrant]: {
    action: 'revoke_token_grant',
    reason: 'fine-grained personal access token with access to the organization'
  },
  [GH.ssoAuthorization]: {
    action: 'revoke_sso_authorization',
    reason: 'credential authorized for SAML single sign-on to the organization'
  },
  [GH.invitation]: {
    action: 'cancel_invitation',
    reason: 'pending invitation to the organization'
  }
}

export function planGithubSteps(
  found: Discovery,
  scope: Scope,
  config: GithubConfig,
  org = orgsOf(config)[0],
  /** The enterprise's SCIM deprovisioning of this managed user ends the membership. */
  deprovisioned = false
): PlatformPlan {
  const plan: PlatformPlan = { steps: [], refused: [] }
  if (found.status !== 'checked') return plan
  const login = found.account?.display
  const person = found.person
  const where = (t: string) => (manyOrgs(config) ? `${org}: ${t}` : t)

  const make = (
    action: string,
    h: Holding,
    reason: string,
    params: Record<string, unknown>,
    extra: Partial<Step> = {}
  ): Step =>
    step('github', person, action, where(target(h)), reason, { org, login, ...params }, extra)
  const refuse = (t: string, reason: string): Refusal => refusal('github', person, where(t), reason)

  const steps: Step[] = []
  const membership = found.holdings.find(h => h.kind === GH.membership)
  if (scope.kind === 'departure') {
    // Containment first: the membership (or the outside collaboration) goes before any
    // credential, since it cuts every private repository at once and no credential of the
    // person's can reach more than they can. What GitHub ends with the membership gets no
    // write of its own: SAML SSO credential authorizations ("authorized until ... you are
    // removed from the organization"), team memberships, and the Copilot seat, which stops
    // working at once and is billed, pending cancellation, to the cycle's end.
    // An invitation to the login, too: removing the membership "will cancel their invitation".
    const leaves = !!membership && !isLastOwner(membership) && !deprovisioned
    const ended = (h: Holding) =>
      leaves &&
      (h.kind === GH.ssoAuthorization ||
        h.kind === GH.copilotSeat ||
        (h.kind === GH.invitation && sameLogin(h.details?.login as string, login)))
    const endedCount = (kind: string) =>
      found.holdings.filter(h => h.kind === kind && ended(h)).length
    const outside = found.holdings.find(h => h.kind === GH.outsideCollaborator)
    if (membership && isLastOwner(membership))
      plan.refused.push(
        refuse(
          membership.id,
          lastOwnerReason(membership.id, org, membership.details?.leaving_together)
        )
      )
    else if (leaves)
      steps.push(
        make(
          'remove_org_membership',
          membership,
          `${membership.details?.role} of ${org}; removing the membership also drops${withEnded(
            endedCount(GH.ssoAuthorization),
            endedCount(GH.copilotSeat),
            endedCount(GH.invitation)
          )} every team and repository access`,
          { role: membership.details?.role },
          { contain: true }
        )
      )
    // The SCIM deprovisioning ends every membership of a managed user (enterprise.ts).
    else if (outside && !deprovisioned)
      steps.push(
        make(
          'remove_outside_collaborator',
          outside,
          `outside collaborator on repositories of ${org}`,
          {},
          { contain: true }
        )
      )
    for (const h of found.holdings) {
      const credential = CREDENTIAL_STEPS[h.kind]
      if (ended(h)) continue
      if (credential)
        steps.push(
          make(
            credential.action,
            h,
            credential.reason,
            { id: h.id, ...lookedUp(h) },
            // For someone only invited, the invitation is their way in: the containment.
            h.kind === GH.invitation && !membership ? { contain: true } : {}
          )
        )
      else if (
        h.kind === GH.copilotSeat &&
        !h.details?.assigning_team &&
        !h.details?.pending_cancellation_date
      )
        steps.push(
          make('remove_copilot_seat', h, 'GitHub Copilot seat billed to the organization', {})
        )
      else if (h.kind === GH.deployKey)
        steps.push(
          make(
            'review_deploy_key',
            h,
            `deploy key added by ${login}: deleting it could break deployments; needs a human to rotate or delete it`,
            { repository: h.details?.repository, key_id: h.details?.key_id },
            { mode: 'manual' }
          )
        )
    }
  } else {
    const removed = (kind: string) =>
      scope.remove.filter(g => g.platform === 'github' && g.kind === kind).map(g => g.value)
    const teams = removed('github_team')
    for (const h of found.holdings)
      if (h.kind === GH.team && teams.some(t => sameLogin(t, h.id)))
        steps.push(
          make('remove_team_membership', h, 'team no longer granted by any role', { team: h.id })
        )
    if (membership?.details?.role === 'admin' && removed('github_org_admin').length > 0) {
      if (isLastOwner(membership))
        plan.refused.push(
          refuse(
            membership.id,
            lastOwnerReason(membership.id, org, membership.details?.leaving_together)
          )
        )
      else
        steps.push(
          make(
            'demote_org_admin',
            membership,
            `no role grants org_role: admin in ${org} any more`,
            {}
          )
        )
    }
  }

  if (login && isProtected(config, login)) {
    const untouched = [...steps.map(s => s.target), ...plan.refused.map(r => r.target)]
    return {
      steps: [],
      refused: untouched.map(t => refusal('github', person, t, protectedReason(login)))
    }
  }
  plan.steps = steps
  return plan
}
