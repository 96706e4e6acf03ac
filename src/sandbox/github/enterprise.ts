// Enterprise endpoints of the simulated GitHub (Enterprise Cloud): the licenses its members
// hold, the Copilot seats it assigns, and with Enterprise Managed Users its SCIM identities.
// Deactivating a managed user suspends the account: it leaves every organization and the
// enterprise, as GitHub does (and as removing a member does, graphql.ts).
import type { SimResponse } from '../shared/server.js'
import { sameLogin, type GhEnterprise, type GhScimUser } from './state.js'
import { type Ctx, type Route, error, json, noContent, notFound, page } from './http.js'
import { endOfCycle, seatJson } from './org.js'

const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User'
const SCIM_LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse'
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error'

const enterpriseOf = (ctx: Ctx): GhEnterprise | undefined => {
  const e = ctx.state.enterprise
  return e && sameLogin(e.slug, ctx.params.enterprise) ? e : undefined
}

/** An enterprise route: 404 for another enterprise's slug. */
const route = (
  method: string,
  template: string,
  handler: (ctx: Ctx, e: GhEnterprise) => SimResponse
): Route => ({
  method,
  template,
  handler: ctx => {
    const e = enterpriseOf(ctx)
    return e ? handler(ctx, e) : notFound()
  }
})

/** A SCIM route: only an EMU enterprise has them; errors in SCIM's shape. */
const scimRoute = (
  method: string,
  template: string,
  handler: (ctx: Ctx, users: GhScimUser[]) => SimResponse
): Route =>
  route(method, template, (ctx, e) => (e.scimUsers ? handler(ctx, e.scimUsers) : scimError(404)))

const scimError = (status: number, detail = 'Resource not found'): SimResponse => ({
  status,
  headers: { 'content-type': 'application/scim+json; charset=utf-8' },
  body: { schemas: [SCIM_ERROR], status: String(status), detail }
})

const scim = (status: number, body: unknown): SimResponse => ({
  status,
  headers: { 'content-type': 'application/scim+json; charset=utf-8' },
  body
})

function scimJson(ctx: Ctx, u: GhScimUser): Record<string, unknown> {
  return {
    schemas: [SCIM_USER],
    id: u.id,
    externalId: u.externalId,
    userName: u.userName,
    displayName: u.displayName,
    active: u.active,
    emails: [{ value: u.email, primary: true, type: 'work' }],
    roles: [{ value: 'user', primary: false }],
    meta: {
      resourceType: 'User',
      location: `${ctx.api}/scim/v2/enterprises/${ctx.params.enterprise}/Users/${u.id}`
    }
  }
}

/** The one filter offboard sends, `<attribute> eq "<value>"` (userName, externalId, id). */
function matches(filter: string | null): ((u: GhScimUser) => boolean) | undefined {
  if (filter === null) return () => true
  const m = /^\s*(userName|externalId|id|displayName)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i.exec(filter)
  if (!m) return undefined
  const value = JSON.parse(m[2]) as string
  const field = m[1].toLowerCase()
  return u => {
    const v =
      field === 'username'
        ? u.userName
        : field === 'externalid'
          ? u.externalId
          : field === 'id'
            ? u.id
            : u.displayName
    // userName compares without case (RFC 7643 caseExact false); the ids exactly.
    return field === 'username' ? sameLogin(v, value) : v === value
  }
}

/** What removing an enterprise member does: no organization or license holds them any more. */
export function leaveEnterprise(ctx: Ctx, e: GhEnterprise, login: string): void {
  for (const org of [ctx.state, ...(ctx.state.moreOrgs ?? [])]) {
    org.members = org.members.filter(m => !sameLogin(m.login, login))
    for (const t of org.teams) t.members = t.members.filter(m => !sameLogin(m.login, login))
  }
  e.members = e.members.filter(m => !sameLogin(m.login, login))
}

/** Suspending a managed user: deactivated, and out of the enterprise. */
function suspend(ctx: Ctx, e: GhEnterprise, u: GhScimUser): void {
  u.active = false
  leaveEnterprise(ctx, e, u.login)
}

export const enterpriseRoutes: Route[] = [
  route('GET', '/enterprises/{enterprise}/consumed-licenses', (ctx, e) =>
    page(
      ctx,
      e.members.map(m => ({
        github_com_login: m.login,
        github_com_name: m.name ?? null,
        enterprise_server_user_ids: [],
        github_com_user: true,
        enterprise_server_user: null,
        visual_studio_subscription_user: false,
        license_type: 'Enterprise',
        github_com_profile: `https://github.com/${m.login}`,
        github_com_member_roles: [],
        github_com_enterprise_roles: m.roles,
        github_com_verified_domain_emails: [],
        github_com_saml_name_id: null,
        github_com_orgs_with_pending_invites: [],
        github_com_two_factor_auth: true,
        enterprise_server_emails: [],
        visual_studio_license_status: null,
        visual_studio_subscription_email: null,
        total_user_accounts: 1
      })),
      users => ({
        total_seats_consumed: e.members.length,
        total_seats_purchased: e.members.length,
        users
      })
    )
  ),
  route('GET', '/enterprises/{enterprise}/members/{username}/copilot', (ctx, e) => {
    if (!e.copilot)
      return error(422, 'Copilot Business or Enterprise is not enabled for this enterprise.')
    const seat = e.copilotSeats.find(s => sameLogin(s.login, ctx.params.username))
    return seat ? json(200, seatJson(ctx, seat)) : notFound()
  }),
  route('DELETE', '/enterprises/{enterprise}/copilot/billing/selected_users', (ctx, e) => {
    if (!e.copilot) return notFound()
    const names = ctx.body.selected_usernames
    if (!Array.isArray(names) || names.length === 0)
      return error(422, 'Invalid request: selected_usernames is required')
    let cancelled = 0
    for (const seat of e.copilotSeats)
      if (seat.pending_cancellation_date === null && names.some(n => sameLogin(n, seat.login))) {
        seat.pending_cancellation_date = endOfCycle(ctx.now())
        cancelled++
      }
    return json(200, { seats_cancelled: cancelled })
  }),
  scimRoute('GET', '/scim/v2/enterprises/{enterprise}/Users', (ctx, users) => {
    const match = matches(ctx.req.query.get('filter'))
    if (!match) return scimError(400, 'Unsupported filter')
    const found = users.filter(match)
    const start = Math.max(1, Number(ctx.req.query.get('startIndex')) || 1)
    const count = Math.max(0, Number(ctx.req.query.get('count') ?? 100) || 0)
    const shown = found.slice(start - 1, start - 1 + count)
    return scim(200, {
      schemas: [SCIM_LIST],
      totalResults: found.length,
      Resources: shown.map(u => scimJson(ctx, u)),
      startIndex: start,
      itemsPerPage: shown.length
    })
  }),
  scimRoute('GET', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
    const u = users.find(x => x.id === ctx.params.scim_user_id)
    return u ? scim(200, scimJson(ctx, u)) : scimError(404)
  }),
  scimRoute('PATCH', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
    const u = users.find(x => x.id === ctx.params.scim_user_id)
    if (!u) return scimError(404)
    const ops = ctx.body.Operations
    if (!Array.isArray(ops) || ops.length === 0) return scimError(400, 'Operations are required')
    for (const op of ops as { op?: string; path?: string; value?: unknown }[]) {
      const active =
        op.path === 'active' ? op.value : (op.value as { active?: unknown } | undefined)?.active
      if (op.op?.toLowerCase() !== 'replace' || typeof active !== 'boolean')
        return scimError(400, 'The simulated GitHub supports only replacing active')
      if (!active) suspend(ctx, ctx.state.enterprise!, u)
      else u.active = true
    }
    return scim(200, scimJson(ctx, u))
  }),
  scimRoute('DELETE', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
    const at = users.findIndex(x => x.id === ctx.params.scim_user_id)
    if (at < 0) return scimError(404)
    suspend(ctx, ctx.state.enterprise!, users[at])
    users.splice(at, 1)
    return noContent()
  })
]
