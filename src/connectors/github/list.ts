// Every account of the organization for the audit, in a handful of paged lists whatever its
// size: owners, members, outside collaborators, pending invitations, and the members of each
// team a role declares (team slugs lower case, as GitHub has them).
import type { Grant, Inventory, ListedAccount } from '../connector.js'
import { limiter } from '../../concurrency.js'
import { listing } from '../shared/results.js'
import { absentOn404, withHint } from './answers.js'
import type { Github } from './client.js'

/** Where the accounts are, with several organizations: `where` names the organization on each
 *  account, `team` spells a team's grant value as roles do (settings.ts, teamValue). */
export interface Place {
  where?: string
  team: (slug: string) => string
}

const HERE: Place = { team: slug => slug }

export function list(gh: Github, declared: Grant[], place: Place = HERE): Promise<Inventory> {
  return listing(
    'github',
    gh.octokit.stats,
    notes => listAccounts(gh, declared, notes, place),
    error => `could not list ${gh.org} on GitHub: ${withHint(error)}`
  )
}

/** What the audit keeps of a listed user: GitHub's answers carry some twenty URLs each. */
interface User {
  login: string
  id?: number
  type?: string
  name?: string | null
  email?: string | null
}

const user = ({ login, id, type, name, email }: User): User => ({ login, id, type, name, email })

/** Team member lists read at once: with the four organization-wide lists (one page at a time
 *  each) they fill the throttling plugin's ten shared slots, so the member pages, the longest
 *  sequence, never queue behind hundreds of team requests. */
const TEAM_CONCURRENCY = 6

async function listAccounts(
  { octokit, org }: Github,
  declared: Grant[],
  notes: string[],
  place: Place
): Promise<ListedAccount[]> {
  const page = { org, per_page: 100 } as const
  // Team slugs are lower case on GitHub; roles may spell them either way.
  const teams = [
    ...new Set(
      declared
        .filter(g => g.platform === 'github' && g.kind === 'github_team')
        .map(g => g.value.toLowerCase())
    )
  ]
  // Each page is cut down to what is used as it arrives, so that the answers are not all held.
  const users = (response: { data: User[] }) => response.data.map(user)
  const [admins, members, outside, invitations, teamMembers] = await settleAll([
    octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'admin' }, users),
    octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'member' }, users),
    octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, page, r =>
      r.data.flatMap(u => (u ? [user(u)] : []))
    ),
    octokit.paginate(octokit.rest.orgs.listPendingInvitations, page, r =>
      r.data.map(({ id, login, email, role }) => ({ id, login, email, role }))
    ),
    settleAllLimited(teams, TEAM_CONCURRENCY, async slug => {
      const list = await absentOn404(
        octokit
          .paginate(octokit.rest.teams.listMembersInOrg, { ...page, team_slug: slug }, r =>
            r.data.map(m => m.login.toLowerCase())
          )
          .then(data => ({ data }))
      )
      if (!list) notes.push(`team ${slug} is declared but does not exist in ${org}`)
      return { slug, logins: list ?? [] }
    })
  ])
  // Each login's declared teams, gathered once: searching every team's members for every
  // account grows with accounts x memberships (seconds at 40,000 members).
  const teamsOf = new Map<string, string[]>()
  for (const { slug, logins } of teamMembers)
    for (const login of logins) {
      const slugs = teamsOf.get(login)
      if (!slugs) teamsOf.set(login, [slug])
      else if (slugs[slugs.length - 1] !== slug) slugs.push(slug)
    }
  const account = (u: User, kind: ListedAccount['kind'], grants: Grant[]): ListedAccount => {
    const teamGrants = (teamsOf.get(u.login.toLowerCase()) ?? []).map(slug => ({
      platform: 'github' as const,
      kind: 'github_team' as const,
      value: place.team(slug)
    }))
    return {
      platform: 'github',
      account: u.login,
      ...(u.id !== undefined ? { id: String(u.id) } : {}),
      ...(u.name ? { name: u.name } : {}),
      ...(u.email ? { email: u.email } : {}),
      ...(place.where ? { where: place.where } : {}),
      kind: isBot(u) ? 'bot' : kind,
      active: true,
      grants: [...grants, ...teamGrants],
      credentials: []
    }
  }
  const ownerGrant: Grant = { platform: 'github', kind: 'github_org_admin', value: org }
  return [
    ...admins.map(u => account(u, 'member', [ownerGrant])),
    ...members.map(u => account(u, 'member', [])),
    ...outside.map(u => account(u, 'outside_collaborator', [])),
    ...invitations.map(i => ({
      platform: 'github' as const,
      account: i.login ?? i.email ?? String(i.id),
      ...(i.email ? { email: i.email } : {}),
      ...(place.where ? { where: place.where } : {}),
      kind: 'invitation' as const,
      active: false,
      grants: i.role === 'admin' ? [ownerGrant] : [],
      credentials: []
    }))
  ]
}

function isBot(u: { login: string; type?: string }): boolean {
  return u.type === 'Bot' || u.login.toLowerCase().endsWith('[bot]')
}

/** settleAll over `items`, at most `size` at once. */
function settleAllLimited<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>) {
  const limit = limiter(size)
  return settleAll(items.map(item => limit(() => fn(item))))
}

/** Promise.all that lets every request finish before it reports the first failure. */
async function settleAll<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]
): Promise<T> {
  const settled = await Promise.allSettled(promises)
  const failed = settled.find(r => r.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  return settled.map(r => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}
