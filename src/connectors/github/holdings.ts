// Each thing a GitHub login can hold in the organization, read as holdings: discover reads
// them all, perform reads one back when a write answered 404, and the last-owner guard counts
// the owners. Read-only calls only, with the largest page GitHub allows.
import { mapLimit } from '../../concurrency.js'
import type { Discovery, Holding } from '../connector.js'
import { FOUND_BY_LOOKUP } from '../shared/lookup.js'
import { absentOn404, withHint } from './answers.js'
import type { Github, GithubOctokit } from './client.js'
import { GH, sameLogin } from './plan.js'

/** Repositories whose deploy keys are read at the same time. */
const REPOSITORY_SCAN_CONCURRENCY = 8

/** Repositories named in an unread record of deploy keys; the rest are counted. */
const NAMED_REPOSITORIES = 10

/** A SAML SSO credential authorization as GitHub lists it (not in Octokit's types). */
interface CredentialAuthorization {
  login: string
  credential_id: number
  credential_type: string
  token_last_eight?: string | null
  fingerprint?: string | null
  credential_authorized_at?: string
  credential_accessed_at?: string | null
}

/** The user with this numeric id, whatever their login is now. */
export async function userById(
  octokit: GithubOctokit,
  id: string
): Promise<{ login: string; id: number } | undefined> {
  const accountId = Number(id)
  if (!Number.isSafeInteger(accountId)) return undefined
  return absentOn404(octokit.rest.users.getById({ account_id: accountId }))
}

/** An organization-wide listing: once per plan for a reader (Github.shared), else afresh. */
const orgWide = <T>(gh: Github, what: string, read: () => Promise<T>): Promise<T> =>
  gh.shared ? gh.shared(what, read) : read()

export function owners(gh: Github): Promise<string[]> {
  const { octokit, org } = gh
  return orgWide(gh, 'owners', async () => {
    const admins = await octokit.paginate(octokit.rest.orgs.listMembers, {
      org,
      role: 'admin',
      per_page: 100
    })
    return admins.map(a => a.login)
  })
}

export async function isOutsideCollaborator(
  gh: Github,
  match: (u: { id: number; login: string }) => boolean
): Promise<boolean> {
  const { octokit, org } = gh
  // Shared, the whole list is read once for every person; alone, it stops at the first match.
  if (gh.shared) {
    const all = await gh.shared('outside collaborators', () =>
      octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, { org, per_page: 100 })
    )
    return all.some(u => u && match(u))
  }
  for await (const page of octokit.paginate.iterator(octokit.rest.orgs.listOutsideCollaborators, {
    org,
    per_page: 100
  }))
    if (page.data.some(u => u && match(u))) return true
  return false
}

/** The pending invitations `match` picks; one whose login is not `login` (the person's
 *  own, when known) was found by email and is marked as a lookup. */
export async function invitations(
  gh: Github,
  match: (i: { id: number; login: string | null; email: string | null }) => boolean,
  login: string | undefined
): Promise<Holding[]> {
  const { octokit, org } = gh
  const all = await orgWide(gh, 'invitations', () =>
    octokit.paginate(octokit.rest.orgs.listPendingInvitations, { org, per_page: 100 })
  )
  return all.filter(match).map(i => ({
    kind: GH.invitation,
    id: String(i.id),
    label: `pending invitation as ${i.role} (sent ${i.created_at.slice(0, 10)} by ${i.inviter.login})`,
    details: {
      login: i.login,
      email: i.email,
      role: i.role,
      // Not the person's own login: found by email, a lookup (see crossedInvitation).
      ...(sameLogin(i.login, login) ? {} : { found_by: FOUND_BY_LOOKUP })
    }
  }))
}

export async function ssoAuthorizations(
  { octokit, org }: Github,
  login: string
): Promise<Holding[]> {
  const all = await octokit.paginate<CredentialAuthorization>(
    'GET /orgs/{org}/credential-authorizations',
    { org, login, per_page: 100 }
  )
  return all
    .filter(c => sameLogin(c.login, login))
    .map(c => {
      const last4 = (c.token_last_eight ?? c.fingerprint ?? '').slice(-4)
      return {
        kind: GH.ssoAuthorization,
        id: String(c.credential_id),
        label: `${c.credential_type} ...${last4} authorized for SSO${c.credential_accessed_at ? `, last used ${c.credential_accessed_at.slice(0, 10)}` : ''}`,
        details: {
          credential_type: c.credential_type,
          last4,
          authorized_at: c.credential_authorized_at ?? null,
          accessed_at: c.credential_accessed_at ?? null
        }
      }
    })
}

/** Fine-grained token grants the user owns, or (pending) their token requests; `userId`
 *  undefined keeps every one listed for the login. */
export async function fineGrainedTokens(
  { octokit, org }: Github,
  login: string,
  userId: number | undefined,
  pending: boolean
): Promise<Holding[]> {
  const params = { org, owner: [login], per_page: 100 }
  const all: {
    id: number
    owner: { id: number }
    token_name: string
    token_id: number
    token_expired: boolean
    token_expires_at: string | null
  }[] = pending
    ? await octokit.paginate(octokit.rest.orgs.listPatGrantRequests, params)
    : await octokit.paginate(octokit.rest.orgs.listPatGrants, params)
  const expiry = (t: (typeof all)[number]) =>
    t.token_expired ? 'expired' : `expires ${t.token_expires_at?.slice(0, 10) ?? 'never'}`
  return all
    .filter(t => userId === undefined || t.owner.id === userId)
    .map(t => ({
      kind: pending ? GH.tokenRequest : GH.tokenGrant,
      id: String(t.id),
      label: pending
        ? `pending request for fine-grained token "${t.token_name}"`
        : `fine-grained token "${t.token_name}" (${expiry(t)})`,
      details: { token_name: t.token_name, token_id: t.token_id, expires_at: t.token_expires_at }
    }))
}

export async function copilotSeat(
  { octokit, org }: Github,
  login: string,
  notes: string[]
): Promise<Holding[]> {
  const { data } = await octokit.rest.copilot.getCopilotSeatDetailsForUser({
    org,
    username: login
  })
  const team =
    data.assigning_team && 'slug' in data.assigning_team ? data.assigning_team.slug : null
  if (team) notes.push(`Copilot: the seat comes from team ${team}; it ends with the membership`)
  if (data.pending_cancellation_date)
    notes.push(
      `Copilot: the seat is already pending cancellation on ${data.pending_cancellation_date}`
    )
  return [
    {
      kind: GH.copilotSeat,
      id: login,
      label: `Copilot seat${data.pending_cancellation_date ? ` (pending cancellation on ${data.pending_cancellation_date})` : ''}${data.last_activity_at ? `, last active ${data.last_activity_at.slice(0, 10)}` : ''}`,
      details: {
        assigning_team: team,
        pending_cancellation_date: data.pending_cancellation_date ?? null,
        last_activity_at: data.last_activity_at ?? null
      }
    }
  ]
}

export async function teamMembership(
  { octokit, org }: Github,
  slug: string,
  login: string
): Promise<Holding | undefined> {
  const m = await absentOn404(
    octokit.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login
    })
  )
  return (
    m && {
      kind: GH.team,
      id: slug,
      label: `${m.state} ${m.role} of team ${slug}`,
      details: { role: m.role, state: m.state }
    }
  )
}

/** Deploy keys the person added, read from at most `repository_scan_limit` repositories.
 *  Repositories whose keys could not be read are one unread record, with GitHub's answers. */
export async function deployKeys(gh: Github, login: string, found: Discovery): Promise<Holding[]> {
  const limit = gh.config.repository_scan_limit
  if (limit <= 0) {
    found.notes.push('deploy keys: not checked (github.repository_scan_limit is 0)')
    return []
  }
  const { scanned, more, unreadable, keys } = await orgWide(gh, 'deploy keys', () =>
    scanDeployKeys(gh, limit)
  )
  if (more)
    found.notes.push(
      `deploy keys: ${gh.org} has more than ${limit} repositories; only the first ${limit} were checked (raise github.repository_scan_limit to check more)`
    )
  if (unreadable.size) {
    const names = [...unreadable.keys()]
    const shown = names.slice(0, NAMED_REPOSITORIES).join(', ')
    const rest =
      names.length > NAMED_REPOSITORIES ? ` and ${names.length - NAMED_REPOSITORIES} more` : ''
    ;(found.unread ??= []).push({
      what: `deploy keys of ${names.length} of ${scanned} repositories (${shown}${rest})`,
      error: [...new Set(unreadable.values())].join('; ')
    })
  }
  return keys
    .filter(({ key }) => sameLogin(key.added_by, login))
    .map(({ repo, key }) => ({
      kind: GH.deployKey,
      id: `${repo}/${key.id}`,
      label: `deploy key "${key.title}" on ${repo} (${key.read_only ? 'read-only' : 'read-write'}, added ${key.created_at.slice(0, 10)})`,
      details: { repository: repo, key_id: key.id, title: key.title, read_only: key.read_only }
    }))
}

/** Every deploy key of the first `limit` repositories, whoever added it, and the
 *  repositories whose keys could not be read, with why. */
async function scanDeployKeys({ octokit, org }: Github, limit: number) {
  const repos: string[] = []
  let more = false
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
    org,
    type: 'all',
    per_page: 100
  })) {
    repos.push(...page.data.map(r => r.name))
    if (repos.length > limit) {
      more = true
      break
    }
  }
  const scanned = repos.slice(0, limit)
  const unreadable = new Map<string, string>()
  const keys = await mapLimit(scanned, REPOSITORY_SCAN_CONCURRENCY, async repo => {
    try {
      const list = await octokit.paginate(octokit.rest.repos.listDeployKeys, {
        owner: org,
        repo,
        per_page: 100
      })
      return list.map(key => ({ repo, key }))
    } catch (error) {
      unreadable.set(repo, withHint(error))
      return []
    }
  })
  return { scanned: scanned.length, more, unreadable, keys: keys.flat() }
}
