// What one login holds in the organization, read-only. The user and the membership are the
// primary reads: when they fail nothing can be planned and the discovery is not_checked. Every
// other holding (holdings.ts) is a secondary read, all at once: an answer GitHub documents as
// "this does not exist here" is a note (answers.ts), any other error an unread record.
import type { Discovery, Holding, Identity, Scope } from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import { discovery, secondaryReads } from '../shared/results.js'
import { absenceNote, absences, absentOn404, withHint, type Absence } from './answers.js'
import type { Github } from './client.js'
import {
  copilotSeat,
  deployKeys,
  fineGrainedTokens,
  invitations,
  isOutsideCollaborator,
  owners,
  ssoAuthorizations,
  teamMembership,
  userById
} from './holdings.js'
import { GH, sameLogin } from './plan.js'

export async function discover(gh: Github, who: Identity, scope: Scope): Promise<Discovery> {
  const found = discovery('github', who.person)
  try {
    await discoverInto(found, gh, who, scope)
  } catch (error) {
    return {
      ...found,
      status: 'not_checked',
      reason: `could not read ${gh.org} on GitHub: ${withHint(error)}`
    }
  }
  const crossed = found.holdings.map(h => crossedInvitation(h, who)).find(Boolean)
  if (crossed) return { ...found, status: 'not_checked', reason: crossed, holdings: [] }
  if (
    found.status === 'checked' &&
    found.holdings.length === 0 &&
    found.account &&
    !found.unread?.length
  )
    return {
      ...found,
      status: 'no_account',
      reason: `${found.account.display} holds nothing in ${gh.org}`
    }
  return found
}

/** The user and the membership are the primary reads: when they fail nothing can be planned
 *  and discover() reports not_checked. Everything else is read with `secondary`. */
async function discoverInto(
  found: Discovery,
  gh: Github,
  who: Identity,
  scope: Scope
): Promise<void> {
  const { octokit, org } = gh
  const secondary = secondaryReads(found, withHint)
  const known = (absent: Absence[]) => absenceNote(absent, gh.tokenKind)
  let user: { login: string; id: number } | undefined = who.account
    ? await absentOn404(octokit.rest.users.getByUsername({ username: who.account }))
    : undefined
  const departure = scope.kind === 'departure'
  if (!user && who.account && departure) {
    const renamed = await findRenamed(
      who,
      'github',
      'GitHub user',
      id => userById(octokit, id),
      u => u.login
    )
    if (renamed && 'refused' in renamed) {
      found.status = 'not_checked'
      found.reason = renamed.refused
      return
    }
    if (renamed) found.notes.push(renamed.note)
    user = renamed?.found
  }

  if (!user) {
    // Without a GitHub user there can still be an invitation sent to the person's email.
    const invited = departure
      ? await secondary('pending invitations', () =>
          invitations(gh, i => sameLogin(i.email, who.email), undefined)
        )
      : []
    found.holdings.push(...(invited ?? []))
    if (found.holdings.length === 0 && !found.unread?.length) {
      found.status = 'no_account'
      found.reason = who.account ? `GitHub has no user ${who.account}` : 'no GitHub login declared'
    }
    return
  }

  const login = user.login
  found.account = { id: String(user.id), display: login }
  const membership = await absentOn404(
    octokit.rest.orgs.getMembershipForUser({ org, username: login })
  )
  const needOwners =
    membership?.role === 'admin' &&
    (departure || scope.remove.some(g => g.platform === 'github' && g.kind === 'github_org_admin'))
  // Everything below depends only on the membership: read it all at once.
  const ownerCount = needOwners
    ? secondary('organization owners (for the last-owner guard)', () =>
        owners(gh).then(o => o.length)
      )
    : Promise.resolve(null)
  const withMembership = async (reads: Promise<Holding[] | undefined>[]) => {
    const [count, ...lists] = await Promise.all([ownerCount, ...reads])
    if (membership)
      found.holdings.push({
        kind: GH.membership,
        id: login,
        label: `${membership.state} ${membership.role === 'admin' ? 'owner' : membership.role} of ${org}`,
        details: { role: membership.role, state: membership.state, owners: count ?? null }
      })
    for (const list of lists) found.holdings.push(...(list ?? []))
  }

  if (!departure) {
    const teams = scope.remove.filter(g => g.platform === 'github' && g.kind === 'github_team')
    // Team slugs are lower case on GitHub; roles may spell them either way.
    return withMembership(
      teams.map(async t => {
        const slug = t.value.toLowerCase()
        const held = await secondary(`membership of team ${slug}`, () =>
          teamMembership(gh, slug, login)
        )
        return held ? [held] : []
      })
    )
  }

  const outside = membership
    ? Promise.resolve(false)
    : secondary(`outside collaborator access to ${org}`, () =>
        isOutsideCollaborator(gh, u => u.id === user.id)
      )
  const absent = absences(org, login, membership?.state === 'pending')
  return withMembership([
    outside.then(o =>
      o
        ? [
            {
              kind: GH.outsideCollaborator,
              id: login,
              label: `outside collaborator on repositories of ${org}`
            }
          ]
        : []
    ),
    secondary('pending invitations', () =>
      invitations(gh, i => sameLogin(i.login, login) || sameLogin(i.email, who.email), login)
    ),
    secondary(
      'SAML SSO credential authorizations',
      () => ssoAuthorizations(gh, login),
      known(absent.sso)
    ),
    secondary(
      'fine-grained token grants',
      () => fineGrainedTokens(gh, login, user.id, false),
      known(absent.tokenGrants)
    ),
    secondary(
      'fine-grained token requests',
      () => fineGrainedTokens(gh, login, user.id, true),
      known(absent.tokenRequests)
    ),
    secondary('Copilot seat', () => copilotSeat(gh, login, found.notes), known(absent.copilot)),
    // Only members and outside collaborators can have added deploy keys; when that could not
    // be read, the keys are read anyway.
    outside.then(o =>
      membership || o !== false ? secondary('deploy keys', () => deployKeys(gh, login, found)) : []
    )
  ])
}

/** Runs one secondary read. An answer documented as "this does not exist here" becomes a

/** Why an invitation matched by email alone is not the person's: its login is another
 *  person's. (An invitation by email has no login and is the person's by its email.) */
function crossedInvitation(h: Holding, who: Identity): string | undefined {
  const d = h.details ?? {}
  if (h.kind !== GH.invitation || d.found_by !== FOUND_BY_LOOKUP || typeof d.login !== 'string')
    return undefined
  return lookupProblem(
    who,
    'github',
    { account: d.login, email: typeof d.email === 'string' ? d.email : undefined },
    `the pending invitation to ${who.email}`
  )
}
