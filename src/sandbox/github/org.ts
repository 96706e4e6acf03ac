// Organization endpoints of the simulated GitHub: people, teams, and the credentials that
// reach the org (SAML SSO authorizations, fine-grained tokens, Copilot seats).
import type { SimResponse } from '../shared/server.js'
import type { GhCopilotSeat, GhMember, GhPatGrant, GhPatRequest, GhTeam } from './state.js'
import { nextId, sameLogin } from './state.js'
import {
  type Ctx,
  type Handler,
  type Route,
  byDate,
  error,
  findUser,
  fullUser,
  json,
  missingField,
  noContent,
  notFound,
  page,
  queryList,
  simpleUser
} from './http.js'

const isOwner = (ctx: Ctx, login: string) =>
  ctx.state.members.some(
    m => sameLogin(m.login, login) && m.role === 'admin' && m.state === 'active'
  )

const activeOwners = (ctx: Ctx) =>
  ctx.state.members.filter(m => m.role === 'admin' && m.state === 'active')

const findMember = (ctx: Ctx, login: string) =>
  ctx.state.members.find(m => sameLogin(m.login, login))

const findTeam = (ctx: Ctx) => ctx.state.teams.find(t => t.slug === ctx.params.team_slug)

/** An org route: 404 for another org's name; `owner` routes answer 403 to non-owners. */
export function orgRoute(method: string, template: string, handler: Handler, owner = false): Route {
  return {
    method,
    template,
    handler: ctx => {
      if (!sameLogin(ctx.params.org, ctx.state.org.login)) return notFound()
      if (owner && !isOwner(ctx, ctx.viewer)) {
        return error(403, 'You must be an organization owner to perform this action.')
      }
      return handler(ctx)
    }
  }
}

function orgSimple(ctx: Ctx): Record<string, unknown> {
  const { org } = ctx.state
  const url = `${ctx.api}/orgs/${org.login}`
  return {
    login: org.login,
    id: org.id,
    node_id: Buffer.from(`04:Organization${org.id}`).toString('base64'),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: null
  }
}

function membership(ctx: Ctx, m: GhMember): Record<string, unknown> {
  const orgUrl = `${ctx.api}/orgs/${ctx.state.org.login}`
  return {
    url: `${orgUrl}/memberships/${m.login}`,
    state: m.state,
    role: m.role,
    organization_url: orgUrl,
    organization: orgSimple(ctx),
    user: simpleUser(ctx, m.login)
  }
}

/** GitHub keeps at least one owner: the last one can be neither removed nor demoted. */
function lastOwnerRefusal(ctx: Ctx, m: GhMember, verb: string): SimResponse | undefined {
  const owners = activeOwners(ctx)
  if (m.state === 'active' && m.role === 'admin' && owners.length === 1) {
    return error(403, `You cannot ${verb} the last owner of an organization.`)
  }
  return undefined
}

const twoFactorFilter = (ctx: Ctx) => (login: string) =>
  ctx.req.query.get('filter') !== '2fa_disabled' || findUser(ctx.state, login)?.twoFactor === false

/** Renders only the page being answered, so a page costs its size, not the organization's. */
const simpleUsers = (ctx: Ctx) => (slice: { login: string }[]) =>
  slice.map(x => simpleUser(ctx, x.login))

export function teamJson(ctx: Ctx, t: GhTeam): Record<string, unknown> {
  const url = `${ctx.api}/organizations/${ctx.state.org.id}/team/${t.id}`
  return {
    id: t.id,
    node_id: Buffer.from(`04:Team${t.id}`).toString('base64'),
    url,
    html_url: `https://github.com/orgs/${ctx.state.org.login}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: t.description ?? null,
    privacy: t.privacy ?? 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization',
    organization_id: ctx.state.org.id
  }
}

/** Fine-grained token grants and requests share a shape and their filters. */
function patJson(ctx: Ctx, p: GhPatGrant | GhPatRequest): Record<string, unknown> {
  const kind = 'reason' in p ? 'personal-access-token-requests' : 'personal-access-tokens'
  const out: Record<string, unknown> = {
    ...p,
    owner: simpleUser(ctx, p.owner),
    repositories_url: `${ctx.api}/organizations/${ctx.state.org.id}/${kind}/${p.id}/repositories`
  }
  // GitHub lists the repositories at repositories_url, not inline.
  delete out.repositories
  return out
}

function listPats<T extends GhPatGrant | GhPatRequest>(
  ctx: Ctx,
  items: T[],
  date: (p: T) => string
): SimResponse {
  const owners = queryList(ctx.req, 'owner')
  const tokenIds = queryList(ctx.req, 'token_id')
  const repo = ctx.req.query.get('repository')
  const selected = items
    .filter(p => owners.length === 0 || owners.some(o => sameLogin(o, p.owner)))
    .filter(p => tokenIds.length === 0 || tokenIds.includes(String(p.token_id)))
    .filter(p => !repo || p.repository_selection === 'all' || p.repositories.includes(repo))
  return page(
    ctx,
    byDate(ctx, selected, date).map(p => patJson(ctx, p))
  )
}

/** GitHub's 422 for a required list field that is absent or empty. */
function missingList(ctx: Ctx, field: string, resource: string): SimResponse | undefined {
  const value = ctx.body[field]
  return Array.isArray(value) && value.length > 0 ? undefined : missingField(resource, field)
}

/** Removes the listed ids from `items` all at once, or nothing when one is unknown. */
function takeAll<T extends { id: number }>(items: T[], ids: number[]): T[] | undefined {
  const found = ids.map(id => items.find(p => p.id === id))
  if (found.some(p => p === undefined)) return undefined
  for (const p of found) items.splice(items.indexOf(p as T), 1)
  return found as T[]
}

function reviewPatRequests(ctx: Ctx, ids: number[]): SimResponse | undefined {
  const taken = takeAll(ctx.state.patRequests, ids)
  if (!taken) return notFound()
  if (ctx.body.action === 'approve') {
    for (const request of taken) {
      const grant: GhPatGrant & Partial<GhPatRequest> = {
        ...request,
        access_granted_at: ctx.now().toISOString()
      }
      delete grant.reason
      delete grant.created_at
      ctx.state.patGrants.push(grant)
    }
  }
  return undefined
}

/** GitHub's `copilot-seat-details`. */
export function seatJson(ctx: Ctx, { login, ...seat }: GhCopilotSeat): Record<string, unknown> {
  return {
    updated_at: seat.created_at,
    plan_type: 'business',
    ...seat,
    assignee: simpleUser(ctx, login),
    assigning_team: null
  }
}

/** The day a cancelled Copilot seat ends: the first day of the next billing month. */
export function endOfCycle(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    .toISOString()
    .slice(0, 10)
}

export const orgRoutes: Route[] = [
  {
    method: 'GET',
    template: '/user',
    handler: ctx => {
      const u = findUser(ctx.state, ctx.viewer)
      if (!u) return error(401, 'Bad credentials')
      return json(200, {
        ...fullUser(ctx, u),
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 0,
        collaborators: 0,
        two_factor_authentication: u.twoFactor ?? true
      })
    }
  },
  {
    // A user by their numeric id, whatever their login is now (a renamed user is found).
    method: 'GET',
    template: '/user/{account_id}',
    handler: ctx => {
      const u = ctx.state.users.find(x => String(x.id) === ctx.params.account_id)
      return u ? json(200, fullUser(ctx, u)) : notFound()
    }
  },
  {
    method: 'GET',
    template: '/users/{username}',
    handler: ctx => {
      const u = findUser(ctx.state, ctx.params.username)
      return u ? json(200, fullUser(ctx, u)) : notFound()
    }
  },
  orgRoute('GET', '/orgs/{org}', ctx =>
    json(200, {
      ...orgSimple(ctx),
      name: ctx.state.org.name,
      html_url: `https://github.com/${ctx.state.org.login}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: ctx.state.repos.filter(r => r.visibility === 'public').length,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: ctx.state.org.created_at,
      updated_at: ctx.state.org.created_at,
      archived_at: null
    })
  ),
  orgRoute('GET', '/orgs/{org}/members', ctx => {
    const role = ctx.req.query.get('role') ?? 'all'
    const members = ctx.state.members
      .filter(m => m.state === 'active' && (role === 'all' || m.role === role))
      .filter(m => twoFactorFilter(ctx)(m.login))
    return page(ctx, members, simpleUsers(ctx))
  }),
  orgRoute('GET', '/orgs/{org}/memberships/{username}', ctx => {
    const m = findMember(ctx, ctx.params.username)
    return m ? json(200, membership(ctx, m)) : notFound()
  }),
  orgRoute(
    'PUT',
    '/orgs/{org}/memberships/{username}',
    ctx => {
      const user = findUser(ctx.state, ctx.params.username)
      if (!user) return notFound()
      const role = ctx.body.role === 'admin' ? 'admin' : 'member'
      let m = findMember(ctx, user.login)
      if (m) {
        const refusal = role === 'member' ? lastOwnerRefusal(ctx, m, 'demote') : undefined
        if (refusal) return refusal
        m.role = role
      } else {
        // Someone outside the org is invited: the membership stays pending until accepted.
        m = { login: user.login, role, state: 'pending' }
        ctx.state.members.push(m)
        ctx.state.invitations.push({
          id: nextId(ctx.state.invitations.map(i => i.id)),
          login: user.login,
          email: user.email,
          role: role === 'admin' ? 'admin' : 'direct_member',
          created_at: ctx.now().toISOString(),
          inviter: ctx.viewer
        })
      }
      return json(200, membership(ctx, m))
    },
    true
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/memberships/{username}',
    ctx => {
      const login = ctx.params.username
      const m = findMember(ctx, login)
      const invited = ctx.state.invitations.some(i => sameLogin(i.login, login))
      if (!m && !invited) return notFound()
      const refusal = m && lastOwnerRefusal(ctx, m, 'remove')
      if (refusal) return refusal
      // Leaving the org ends every team membership, every SAML SSO credential authorization
      // and any invitation; a Copilot seat stops working at once and stays billed, pending
      // cancellation, to the cycle's end.
      ctx.state.members = ctx.state.members.filter(x => !sameLogin(x.login, login))
      ctx.state.credentialAuthorizations = ctx.state.credentialAuthorizations.filter(
        c => !sameLogin(c.login, login)
      )
      for (const seat of ctx.state.copilotSeats)
        if (sameLogin(seat.login, login)) seat.pending_cancellation_date ??= endOfCycle(ctx.now())
      ctx.state.invitations = ctx.state.invitations.filter(i => !sameLogin(i.login, login))
      for (const t of ctx.state.teams) t.members = t.members.filter(x => !sameLogin(x.login, login))
      return noContent()
    },
    true
  ),
  orgRoute('GET', '/orgs/{org}/outside_collaborators', ctx =>
    page(
      ctx,
      ctx.state.outsideCollaborators.filter(c => twoFactorFilter(ctx)(c.login)),
      simpleUsers(ctx)
    )
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/outside_collaborators/{username}',
    ctx => {
      const login = ctx.params.username
      if (!findUser(ctx.state, login)) return notFound()
      if (findMember(ctx, login)?.state === 'active') {
        return error(
          422,
          'You cannot specify an organization member to remove as an outside collaborator.',
          {
            errors: [{ resource: 'User', field: 'username', code: 'invalid' }]
          }
        )
      }
      ctx.state.outsideCollaborators = ctx.state.outsideCollaborators.filter(
        c => !sameLogin(c.login, login)
      )
      return noContent()
    },
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/invitations',
    ctx => {
      const role = ctx.req.query.get('role') ?? 'all'
      const items = ctx.state.invitations.filter(i => role === 'all' || i.role === role)
      return page(
        ctx,
        items.map(i => ({
          ...i,
          node_id: Buffer.from(`04:OrganizationInvitation${i.id}`).toString('base64'),
          inviter: simpleUser(ctx, i.inviter),
          team_count: 0,
          invitation_teams_url: `${ctx.api}/organizations/${ctx.state.org.id}/invitations/${i.id}/teams`,
          invitation_source: 'member',
          failed_at: null,
          failed_reason: null
        }))
      )
    },
    true
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/invitations/{invitation_id}',
    ctx => {
      const inv = ctx.state.invitations.find(i => i.id === Number(ctx.params.invitation_id))
      if (!inv) return notFound()
      ctx.state.invitations.splice(ctx.state.invitations.indexOf(inv), 1)
      ctx.state.members = ctx.state.members.filter(
        m => !(m.state === 'pending' && sameLogin(m.login, inv.login))
      )
      return noContent()
    },
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/credential-authorizations',
    ctx => {
      if (!ctx.state.org.samlSso) return notFound()
      const login = ctx.req.query.get('login')
      const items = ctx.state.credentialAuthorizations.filter(
        c => !login || sameLogin(c.login, login)
      )
      return page(
        ctx,
        items.map(c => ({
          token_last_eight: null,
          fingerprint: null,
          scopes: [],
          authorized_credential_title: null,
          authorized_credential_note: null,
          authorized_credential_expires_at: null,
          ...c
        }))
      )
    },
    true
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/credential-authorizations/{credential_id}',
    ctx => {
      const list = ctx.state.credentialAuthorizations
      const found =
        ctx.state.org.samlSso &&
        list.find(c => c.credential_id === Number(ctx.params.credential_id))
      if (!found) return notFound()
      list.splice(list.indexOf(found), 1)
      return noContent()
    },
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/personal-access-tokens',
    ctx => listPats(ctx, ctx.state.patGrants, p => p.access_granted_at),
    true
  ),
  orgRoute(
    'POST',
    '/orgs/{org}/personal-access-tokens',
    ctx =>
      missingList(ctx, 'pat_ids', 'PersonalAccessToken') ??
      (takeAll(ctx.state.patGrants, ctx.body.pat_ids as number[]) ? json(202, {}) : notFound()),
    true
  ),
  orgRoute(
    'POST',
    '/orgs/{org}/personal-access-tokens/{pat_id}',
    ctx => (takeAll(ctx.state.patGrants, [Number(ctx.params.pat_id)]) ? noContent() : notFound()),
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/personal-access-token-requests',
    ctx => listPats(ctx, ctx.state.patRequests, p => p.created_at),
    true
  ),
  orgRoute(
    'POST',
    '/orgs/{org}/personal-access-token-requests',
    ctx =>
      reviewPatRequests(ctx, (ctx.body.pat_request_ids as number[] | undefined) ?? []) ??
      json(202, {}),
    true
  ),
  orgRoute(
    'POST',
    '/orgs/{org}/personal-access-token-requests/{pat_request_id}',
    ctx => reviewPatRequests(ctx, [Number(ctx.params.pat_request_id)]) ?? noContent(),
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/copilot/billing/seats',
    ctx => {
      if (!ctx.state.org.copilot) return notFound()
      const seats = ctx.state.copilotSeats
      return page(
        ctx,
        seats.map(s => seatJson(ctx, s)),
        items => ({ total_seats: seats.length, seats: items })
      )
    },
    true
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/copilot/billing/selected_users',
    ctx => {
      if (!ctx.state.org.copilot) return notFound()
      const missing = missingList(ctx, 'selected_usernames', 'CopilotSeat')
      if (missing) return missing
      const names = ctx.body.selected_usernames as string[]
      let cancelled = 0
      for (const seat of ctx.state.copilotSeats) {
        if (seat.pending_cancellation_date === null && names.some(n => sameLogin(n, seat.login))) {
          seat.pending_cancellation_date = endOfCycle(ctx.now())
          cancelled++
        }
      }
      return json(200, { seats_cancelled: cancelled })
    },
    true
  ),
  orgRoute(
    'GET',
    '/orgs/{org}/members/{username}/copilot',
    ctx => {
      // GitHub: 422 when Copilot is off or the user is only invited; 404 for anyone else
      // without a seat (a seat left pending cancellation by leaving the org included).
      const m = findMember(ctx, ctx.params.username)
      if (!ctx.state.org.copilot || m?.state === 'pending')
        return error(
          422,
          'Copilot Business or Enterprise is not enabled for this organization, or the user has a pending organization invitation.'
        )
      const seat = ctx.state.copilotSeats.find(s => sameLogin(s.login, ctx.params.username))
      return m && seat ? json(200, seatJson(ctx, seat)) : notFound()
    },
    true
  ),
  orgRoute('GET', '/orgs/{org}/teams', ctx =>
    page(
      ctx,
      ctx.state.teams.map(t => teamJson(ctx, t))
    )
  ),
  orgRoute('GET', '/orgs/{org}/teams/{team_slug}/members', ctx => {
    const team = findTeam(ctx)
    if (!team) return notFound()
    const role = ctx.req.query.get('role') ?? 'all'
    const members = team.members.filter(
      m => (m.state ?? 'active') === 'active' && (role === 'all' || m.role === role)
    )
    return page(ctx, members, simpleUsers(ctx))
  }),
  orgRoute('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
    const team = findTeam(ctx)
    const m = team?.members.find(x => sameLogin(x.login, ctx.params.username))
    if (!team || !m) return notFound()
    return json(200, teamMembership(ctx, team, m.login, m.role, m.state ?? 'active'))
  }),
  orgRoute(
    'PUT',
    '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    ctx => {
      const team = findTeam(ctx)
      const user = findUser(ctx.state, ctx.params.username)
      if (!team || !user) return notFound()
      const role = ctx.body.role === 'maintainer' ? 'maintainer' : 'member'
      const state = findMember(ctx, user.login)?.state === 'active' ? 'active' : 'pending'
      team.members = team.members.filter(x => !sameLogin(x.login, user.login))
      team.members.push({ login: user.login, role, state })
      return json(200, teamMembership(ctx, team, user.login, role, state))
    },
    true
  ),
  orgRoute(
    'DELETE',
    '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    ctx => {
      const team = findTeam(ctx)
      const m = team?.members.find(x => sameLogin(x.login, ctx.params.username))
      if (!team || !m) return notFound()
      team.members.splice(team.members.indexOf(m), 1)
      return noContent()
    },
    true
  )
]

function teamMembership(
  ctx: Ctx,
  team: GhTeam,
  login: string,
  role: string,
  state: string
): Record<string, unknown> {
  return {
    url: `${ctx.api}/organizations/${ctx.state.org.id}/team/${team.id}/memberships/${login}`,
    role,
    state
  }
}
