// What a departing person holds in the enterprise (github.enterprise), after every organization:
// an enterprise-assigned Copilot seat, the enterprise membership, and with Enterprise Managed
// Users (github.emu) their SCIM identity. Reads, steps, writes and the audit's listing through
// the REST calls GitHub documents for Enterprise Cloud, except the membership's removal, which
// GitHub offers only as the GraphQL mutation `removeEnterpriseMember` (and only to an enterprise
// owner's classic token: with any other token that step is left to a human, read back by the
// audit).
import type {
  Discovery,
  Holding,
  ListedAccount,
  Outcome,
  Refusal,
  Step,
  WaitingCheck,
  WaitingStep
} from '../connector.js'
import type { GithubConfig } from '../../declarations/types.js'
import { refusal, secondaryReads, step } from '../shared/results.js'
import { absenceNote, absentOn404, withHint, type Absence } from './answers.js'
import { statusOf, type GithubEnterprise, type TokenKind } from './client.js'
import { GH, isProtected, protectedReason, sameLogin } from './plan.js'

const PER_PAGE = 100

/** GraphQL: the node ids `removeEnterpriseMember` takes, and the user's numeric id, to check
 *  that the login still names the account discovery found. */
export const ENTERPRISE_MEMBER_IDS = `query EnterpriseMemberIds($slug: String!, $login: String!) {
  enterprise(slug: $slug) { id }
  user(login: $login) { id databaseId }
}`

/** GraphQL: removes the user from the enterprise and from every organization in it. */
export const REMOVE_ENTERPRISE_MEMBER = `mutation RemoveEnterpriseMember($enterpriseId: ID!, $userId: ID!) {
  removeEnterpriseMember(input: { enterpriseId: $enterpriseId, userId: $userId }) { user { login } }
}`

/** Token kinds GitHub does not let remove an enterprise member (it takes an enterprise owner's
 *  classic token with admin:enterprise): the step is a human's then. */
const CANNOT_REMOVE_MEMBERS: Partial<Record<TokenKind, string>> = {
  installation: 'a GitHub App installation token',
  fine_grained: 'a fine-grained personal access token'
}
const SCIM_PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp'

/** One user of `GET /enterprises/{enterprise}/consumed-licenses` (the fields used). */
interface LicenseUser {
  github_com_login: string
  github_com_name?: string | null
  github_com_user?: boolean
  github_com_enterprise_roles?: string[]
  github_com_verified_domain_emails?: string[]
}

/** One SCIM identity of `/scim/v2/enterprises/{enterprise}/Users` (the fields used). */
interface ScimIdentity {
  id: string
  userName?: string
  externalId?: string | null
  active: boolean
}

/** The enterprise's name in targets, notes and details: `enterprise acme-co`. */
export const enterpriseName = (e: GithubEnterprise | { slug: string }): string =>
  `enterprise ${e.slug}`

/** Every user holding one of the enterprise's licenses: its members (and the outside
 *  collaborators of its organizations), read page by page. */
export async function licenseUsers({ octokit, slug }: GithubEnterprise): Promise<LicenseUser[]> {
  const users: LicenseUser[] = []
  for (let page = 1; ; page++) {
    const { data } = await octokit.request('GET /enterprises/{enterprise}/consumed-licenses', {
      enterprise: slug,
      per_page: PER_PAGE,
      page
    })
    const batch = ((data as { users?: LicenseUser[] }).users ?? []).filter(Boolean)
    users.push(...batch)
    if (batch.length < PER_PAGE) return users
  }
}

/** The SCIM identities whose userName is exactly `userName` (case-insensitive, RFC 7643). */
async function scimIdentities(
  { octokit, slug }: GithubEnterprise,
  userName: string
): Promise<ScimIdentity[]> {
  const { data } = await octokit.request('GET /scim/v2/enterprises/{enterprise}/Users', {
    enterprise: slug,
    // A SCIM filter's value is a JSON string literal: quotes and backslashes escaped.
    filter: `userName eq ${JSON.stringify(userName)}`
  })
  const found = (data as { Resources?: ScimIdentity[] }).Resources ?? []
  // The filter is GitHub's; the exact match is ours, so a loose answer can hurt no one else.
  return found.filter(u => sameLogin(u.userName, userName))
}

const seatOf = ({ octokit, slug }: GithubEnterprise, login: string) =>
  octokit.request('GET /enterprises/{enterprise}/members/{username}/copilot', {
    enterprise: slug,
    username: login
  }) as Promise<{
    data: {
      assigning_team?: { slug?: string } | null
      pending_cancellation_date?: string | null
      last_activity_at?: string | null
    }
  }>

/** The documented absences of the enterprise's reads. */
const copilotAbsent = (e: GithubEnterprise, login: string): Absence[] => [
  { status: 404, note: `Copilot: ${login} has no seat assigned by ${enterpriseName(e)}` },
  {
    status: 422,
    note: `Copilot: ${enterpriseName(e)} has no Copilot subscription of its own, or assigns no seats per user`
  }
]

/** Reads what `login` (or, with EMU, the SCIM identity named `email`) holds in the enterprise
 *  into `found`: every failed read is unread, never "nothing there". */
export async function discoverEnterprise(
  e: GithubEnterprise,
  login: string | undefined,
  email: string,
  found: Discovery
): Promise<void> {
  const secondary = secondaryReads(found, withHint)
  const name = enterpriseName(e)
  const holding = (kind: string, id: string, label: string, details: Holding['details']) => ({
    kind,
    id,
    label: `${name}: ${label}`,
    details: { enterprise: e.slug, ...details }
  })
  const reads: Promise<Holding[] | undefined>[] = []
  if (login)
    reads.push(
      secondary(
        `${name}: Copilot seat`,
        async () => {
          const { data } = await seatOf(e, login)
          const team = data.assigning_team?.slug ?? null
          if (team)
            found.notes.push(`${name}: Copilot: the seat comes from enterprise team ${team}`)
          if (data.pending_cancellation_date)
            found.notes.push(
              `${name}: Copilot: the seat is already pending cancellation on ${data.pending_cancellation_date}`
            )
          return team || data.pending_cancellation_date
            ? []
            : [
                holding(GH.enterpriseCopilotSeat, login, 'Copilot seat', {
                  last_activity_at: data.last_activity_at ?? null
                })
              ]
        },
        absenceNote(copilotAbsent(e, login), e.tokenKind)
      )
    )
  if (e.config.emu)
    reads.push(
      secondary(`${name}: SCIM identity ${email}`, async () => {
        const ids = await scimIdentities(e, email)
        if (ids.length > 1)
          throw new Error(
            `${ids.length} SCIM identities have the userName ${email}: deprovision the right one by hand`
          )
        const [u] = ids
        if (!u) {
          found.notes.push(
            `${name}: no SCIM identity has the userName ${email}; memberships are removed one by one`
          )
          return []
        }
        if (!u.active) {
          found.notes.push(`${name}: the SCIM identity ${email} is already deactivated`)
          return []
        }
        return [
          holding(GH.scimUser, u.id, `managed user ${u.userName} (SCIM, active)`, {
            user_name: u.userName ?? email,
            external_id: u.externalId ?? null
          })
        ]
      })
    )
  else if (login)
    reads.push(
      secondary(`${name}: members`, async () => {
        const member = (await licenseUsers(e)).find(u => sameLogin(u.github_com_login, login))
        return member
          ? [
              holding(GH.enterpriseMember, login, 'member', {
                roles: (member.github_com_enterprise_roles ?? []).join(', '),
                user_id: found.account?.id ?? null,
                token: e.tokenKind
              })
            ]
          : []
      })
    )
  for (const list of await Promise.all(reads)) found.holdings.push(...(list ?? []))
}

/** The enterprise's steps, after `after` (every step of every organization). The SCIM
 *  deprovisioning and the membership's removal end the user's membership of every
 *  organization, so they are refused while the user is the last owner of one (`lastOwnerOf`). */
export function planEnterprise(
  holdings: Holding[],
  person: string,
  login: string | undefined,
  slug: string,
  config: GithubConfig,
  after: string[],
  lastOwnerOf: string[],
  ownersUnknown: string[] = []
): { steps: Step[]; refused: Refusal[] } {
  const name = enterpriseName({ slug })
  const steps: Step[] = []
  const refused: Refusal[] = []
  const make = (action: string, target: string, reason: string, params = {}, extra = {}) =>
    step(
      'github',
      person,
      action,
      `${name}: ${target}`,
      reason,
      { enterprise: slug, login, ...params },
      { after, ...extra }
    )
  // Both leave every organization of the enterprise at once, its last-owner guard unasked; an
  // organization whose owners could not be counted may be one they are the last owner of.
  const guarded = lastOwnerOf.length > 0 || ownersUnknown.length > 0
  const lastOwner = (target: string, what: string) =>
    refusal(
      'github',
      person,
      `${name}: ${target}`,
      lastOwnerOf.length
        ? `${what} ends every organization membership of ${login}, and they are the last owner of ${lastOwnerOf.join(', ')}: make someone else an owner first, then run again`
        : `${what} ends every organization membership of ${login}, and whether they are the last owner of ${ownersUnknown.join(', ')} could not be read: run again once it can be read`
    )
  for (const h of holdings) {
    if (h.kind === GH.enterpriseCopilotSeat)
      steps.push(
        make(
          'remove_enterprise_copilot_seat',
          `${h.id} copilot seat`,
          `GitHub Copilot seat assigned and billed by ${name}`
        )
      )
    else if (h.kind === GH.enterpriseMember) {
      const token = CANNOT_REMOVE_MEMBERS[h.details?.token as TokenKind]
      if (guarded) refused.push(lastOwner(h.id, 'removing them from the enterprise'))
      else if (token)
        steps.push(
          make(
            'remove_enterprise_member',
            h.id,
            `member of ${name}: GitHub removes enterprise members only for an enterprise owner's classic token (admin:enterprise), and GITHUB_ENTERPRISE_TOKEN is ${token}; needs a human to remove ${h.id} on the enterprise's People page`,
            {},
            { mode: 'manual' }
          )
        )
      else
        steps.push(
          make(
            'remove_enterprise_member',
            h.id,
            `member of ${name}: removing the membership ends the license and every organization membership in it`,
            { user_id: h.details?.user_id }
          )
        )
    } else if (h.kind === GH.scimUser) {
      const target = `scim user ${h.details?.user_name}`
      if (guarded) refused.push(lastOwner(target, 'deprovisioning the managed user'))
      else
        steps.push(
          make(
            'deprovision_scim_user',
            target,
            `managed user of ${name}: deactivating the SCIM identity suspends the account and ends every membership`,
            { id: h.id, user_name: h.details?.user_name }
          )
        )
    }
  }
  // The membership goes last of all: after the enterprise's own seat too.
  const seats = steps.filter(s => s.action === 'remove_enterprise_copilot_seat').map(s => s.id)
  for (const s of steps) if (s.action === 'remove_enterprise_member') s.after = [...after, ...seats]
  if (login && isProtected(config, login))
    return {
      steps: [],
      refused: [...steps, ...refused].map(s =>
        refusal('github', person, s.target, protectedReason(login))
      )
    }
  return { steps, refused }
}

/** The one write of an enterprise step; a 404 is already_absent only once read back gone. */
export async function performEnterprise(e: GithubEnterprise, step: Step): Promise<Outcome> {
  const login = String(step.params.login ?? '')
  if (step.action === 'remove_enterprise_member') return removeMember(e, step, login)
  try {
    switch (step.action) {
      case 'remove_enterprise_copilot_seat':
        await e.octokit.request('DELETE /enterprises/{enterprise}/copilot/billing/selected_users', {
          enterprise: e.slug,
          selected_usernames: [login]
        })
        return { result: 'revoked', detail: '' }
      case 'deprovision_scim_user':
        // GitHub's documented way to suspend a managed user, reversible (DELETE is not).
        await e.octokit.request('PATCH /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', {
          enterprise: e.slug,
          scim_user_id: String(step.params.id),
          schemas: [SCIM_PATCH],
          Operations: [{ op: 'replace', path: 'active', value: false }]
        })
        return { result: 'revoked', detail: 'SCIM identity deactivated: the account is suspended' }
      default:
        return { result: 'failed', detail: `github: unknown action ${step.action}` }
    }
  } catch (error) {
    if (statusOf(error) !== 404)
      return { result: 'failed', detail: `${step.action} ${step.target}: ${withHint(error)}` }
    try {
      if (!(await stillThere(e, step, login)))
        return { result: 'already_absent', detail: 'GitHub answered 404; read back: gone' }
    } catch (readBack) {
      return {
        result: 'failed',
        detail: `${step.action} ${step.target}: GitHub answered 404, and reading it back failed: ${withHint(readBack)}`
      }
    }
    return {
      result: 'failed',
      detail: `GitHub answered 404 but ${step.target} is still there: the enterprise token probably lacks ${step.action === 'deprovision_scim_user' ? 'the scope scim:enterprise' : 'manage_billing:copilot'} (an enterprise owner's)`
    }
  }
}

interface MemberIds {
  enterprise: { id: string } | null
  user: { id: string; databaseId: number | null } | null
}

/** GitHub's GraphQL errors (`GraphqlResponseError`), recognised by shape. */
const graphqlErrors = (error: unknown): { type?: string; message: string }[] | undefined => {
  const errors = (error as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) ? (errors as { type?: string; message: string }[]) : undefined
}

/** An error of a GraphQL call on one line: its GraphQL errors, else the HTTP error's hint. */
const graphqlHint = (error: unknown): string => {
  const errors = graphqlErrors(error)
  return errors?.length
    ? `GitHub answered with errors: ${errors.map(x => (x.type ? `${x.type}: ` : '') + x.message).join('; ')}`
    : withHint(error)
}

/** `removeEnterpriseMember`, with the node ids looked up first. Any error (HTTP, or GraphQL's
 *  `errors`) fails the step, except one saying the user is no member: that one is
 *  already_absent once the enterprise's members read back without them. */
async function removeMember(e: GithubEnterprise, step: Step, login: string): Promise<Outcome> {
  const failed = (why: string): Outcome => ({
    result: 'failed',
    detail: `${step.action} ${step.target}: ${why}`
  })
  let ids: MemberIds
  try {
    ids = await e.octokit.graphql<MemberIds>(ENTERPRISE_MEMBER_IDS, { slug: e.slug, login })
  } catch (error) {
    return failed(`looking up the enterprise's and the user's ids failed: ${graphqlHint(error)}`)
  }
  if (!ids.enterprise) return failed(`GitHub shows the token no ${enterpriseName(e)}`)
  // The login may have been renamed, or reused by someone else, since discovery.
  if (!ids.user || String(ids.user.databaseId) !== String(step.params.user_id))
    return failed(
      `${login} is no longer the GitHub user ${String(step.params.user_id)} that discovery found: run again to re-plan`
    )
  try {
    const { removeEnterpriseMember: done } = await e.octokit.graphql<{
      removeEnterpriseMember: { user: { login: string } | null } | null
    }>(REMOVE_ENTERPRISE_MEMBER, { enterpriseId: ids.enterprise.id, userId: ids.user.id })
    if (!sameLogin(done?.user?.login, login))
      return failed(`GitHub's answer names no removed user (${JSON.stringify(done)})`)
    return { result: 'revoked', detail: `removed from ${enterpriseName(e)} and its organizations` }
  } catch (error) {
    const errors = graphqlErrors(error)
    if (!errors?.length || !errors.every(x => /not (?:a )?member/i.test(x.message)))
      return failed(graphqlHint(error))
    try {
      const member = (await licenseUsers(e)).some(u => sameLogin(u.github_com_login, login))
      return member
        ? failed(
            `GitHub answered "${errors[0].message}", but ${login} still holds a license of ${enterpriseName(e)}`
          )
        : {
            result: 'already_absent',
            detail: `GitHub answered "${errors[0].message}"; read back: gone`
          }
    } catch (readBack) {
      return failed(
        `GitHub answered "${errors[0].message}", and reading the members back failed: ${withHint(readBack)}`
      )
    }
  }
}

async function stillThere(e: GithubEnterprise, step: Step, login: string): Promise<boolean> {
  if (step.action === 'deprovision_scim_user') {
    const u = await absentOn404(
      e.octokit.request('GET /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', {
        enterprise: e.slug,
        scim_user_id: String(step.params.id)
      }) as Promise<{ data: ScimIdentity }>
    )
    return !!u?.active
  }
  const seat = await absentOn404(seatOf(e, login)).catch(error => {
    if (statusOf(error) === 422) return undefined
    throw error
  })
  return !!seat && !seat.pending_cancellation_date
}

/** The enterprise's members for the audit: each an account `in enterprise <slug>`. */
export async function listEnterprise(e: GithubEnterprise): Promise<ListedAccount[]> {
  return (await licenseUsers(e))
    .filter(u => u.github_com_user !== false && u.github_com_login)
    .map(u => ({
      platform: 'github',
      account: u.github_com_login,
      ...(u.github_com_name ? { name: u.github_com_name } : {}),
      where: `in ${enterpriseName(e)}`,
      kind: (u.github_com_enterprise_roles ?? []).some(r => /outside/i.test(r))
        ? 'outside_collaborator'
        : 'member',
      active: true,
      grants: [],
      credentials: []
    }))
}

/** Enterprise removals apply left to a human, read back: pending while the login holds a
 *  license of the enterprise. */
export async function enterpriseWaiting(
  e: GithubEnterprise,
  steps: WaitingStep[]
): Promise<WaitingCheck[]> {
  let users: LicenseUser[]
  try {
    users = await licenseUsers(e)
  } catch (error) {
    return steps.map(step => ({
      step,
      pending: true,
      detail: `could not be read back: ${withHint(error)}`
    }))
  }
  return steps.map(step => {
    const login = step.target.slice(`${enterpriseName(e)}: `.length)
    const member = users.some(u => sameLogin(u.github_com_login, login))
    return member
      ? { step, pending: true, detail: `${login} is still a member of ${enterpriseName(e)}` }
      : { step, pending: false, detail: 'gone' }
  })
}
