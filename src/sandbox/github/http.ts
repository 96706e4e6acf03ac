// The HTTP side of the simulated GitHub: routes named by their REST template, GitHub's error
// bodies, Link-header pagination, and the JSON shapes shared by many endpoints.
import type { SimRequest, SimResponse } from '../shared/server.js'
import type { GithubSimState, GhUser } from './state.js'
import { sameLogin } from './state.js'

export const DOCS = 'https://docs.github.com/rest'

/** Everything a handler needs for one request. */
export interface Ctx {
  req: SimRequest
  state: GithubSimState
  params: Record<string, string>
  /** Parsed JSON body; {} when there is none. */
  body: Record<string, unknown>
  /** Login of the token's owner. */
  viewer: string
  /** This server's own URL, for the `url` fields and Link headers. */
  api: string
  now: () => Date
  /** The token's primary rate-limit budget after this request. */
  rate: RateBudget
}

export interface RateBudget {
  limit: number
  remaining: number
  /** Epoch seconds when the budget refills. */
  reset: number
  used: number
}

export type Handler = (ctx: Ctx) => SimResponse

export interface Route {
  method: string
  /** GitHub's path template, e.g. `/orgs/{org}/members`; also the operation's name. */
  template: string
  handler: Handler
}

interface CompiledRoute extends Route {
  pattern: RegExp
  names: string[]
  literals: number
}

// These parameters may span several path segments (`heads/feature/x`, `docs/a.md`).
const MULTI_SEGMENT = new Set(['ref', 'path'])

export function compileRoutes(routes: Route[]): CompiledRoute[] {
  return routes
    .map(r => {
      const names: string[] = []
      const source = r.template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name)
        return MULTI_SEGMENT.has(name) ? '(.*)' : '([^/]+)'
      })
      const literals = r.template.split('/').filter(s => s !== '' && !s.startsWith('{')).length
      return { ...r, pattern: new RegExp(`^${source}/?$`), names, literals }
    })
    .sort((a, b) => b.literals - a.literals)
}

/** The route a request names (first by method, then any method, for a 404 vs 405 choice). */
export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string
): { route: CompiledRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue
    const m = route.pattern.exec(path)
    if (!m) continue
    const params: Record<string, string> = {}
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])))
    return { route, params }
  }
  return undefined
}

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): SimResponse => ({
  status,
  body,
  headers
})

export const noContent = (): SimResponse => ({ status: 204 })

/** Base64 as GitHub sends file content: wrapped at 60 characters. */
export const wrapped = (content: Buffer) =>
  (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'

/** GitHub's error body: message, documentation_url, and the status as a string. */
export function error(
  status: number,
  message: string,
  extra: Record<string, unknown> = {}
): SimResponse {
  return json(status, { message, documentation_url: DOCS, status: String(status), ...extra })
}

export const notFound = (): SimResponse => error(404, 'Not Found')

/** 422 Validation Failed with GitHub's `errors` list. */
export function validationFailed(
  errors: Array<{ resource: string; field?: string; code: string; message?: string }>,
  message = 'Validation Failed'
): SimResponse {
  return error(422, message, { errors })
}

/** GitHub's 422 for a required field that is absent. */
export const missingField = (resource: string, field: string): SimResponse =>
  validationFailed([{ resource, field, code: 'missing_field' }])

/** Sorts by a date field, newest first unless `direction=asc` (GitHub's default order). */
export function byDate<T>(ctx: Ctx, items: T[], date: (x: T) => string): T[] {
  const sorted = [...items].sort((a, b) => date(a).localeCompare(date(b)))
  return ctx.req.query.get('direction') === 'asc' ? sorted : sorted.reverse()
}

/** One page of `items` with the Link header GitHub sends (per_page default 30, max 100). */
export function page<T>(ctx: Ctx, items: T[], wrap?: (pageItems: T[]) => unknown): SimResponse {
  const q = ctx.req.query
  const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || 30))
  const current = Math.max(1, Math.floor(Number(q.get('page')) || 1))
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((current - 1) * perPage, current * perPage)
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams(q)
    params.set('per_page', String(perPage))
    params.set('page', String(n))
    return `<${ctx.api}${ctx.req.path}?${params.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (current > 1) links.push(link(current - 1, 'prev'))
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'))
  if (current > 1) links.push(link(1, 'first'))
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
  return json(200, wrap ? wrap(slice) : slice, headers)
}

/** Lower-cased login -> position in `state.users`, per users array. */
const loginIndex = new WeakMap<GhUser[], Map<string, number>>()

/** O(1) for a known login (listing 10,000 members looks each one up). The index is checked
 *  on every hit and rebuilt on a miss, so seeds and handlers may change `users` freely. */
export function findUser(state: GithubSimState, login: string): GhUser | undefined {
  const key = login.toLowerCase()
  let at = loginIndex.get(state.users)?.get(key)
  if (at === undefined || !sameLogin(state.users[at]?.login, login)) {
    const index = new Map<string, number>()
    state.users.forEach((u, i) => {
      if (!index.has(u.login.toLowerCase())) index.set(u.login.toLowerCase(), i)
    })
    loginIndex.set(state.users, index)
    at = index.get(key)
  }
  return at === undefined ? undefined : state.users[at]
}

/** A user by login, or a stand-in for a login the seed did not list (so shapes stay whole). */
function userOrStandIn(state: GithubSimState, login: string): GhUser {
  return findUser(state, login) ?? { login, id: 0, email: null }
}

/** GitHub's `simple-user`. */
export function simpleUser(ctx: Ctx, login: string): Record<string, unknown> {
  const u = userOrStandIn(ctx.state, login)
  const url = `${ctx.api}/users/${u.login}`
  return {
    login: u.login,
    id: u.id,
    node_id: Buffer.from(`04:User${u.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${u.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type ?? 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

/** The organization as a `simple-user`: a repository's `owner`, a branch's `user`. */
export const orgUser = (ctx: Ctx): Record<string, unknown> => ({
  ...simpleUser(ctx, ctx.state.org.login),
  id: ctx.state.org.id,
  type: 'Organization'
})

/** GitHub's full user (`GET /user`, `GET /users/{username}`). */
export function fullUser(ctx: Ctx, u: GhUser): Record<string, unknown> {
  return {
    ...simpleUser(ctx, u.login),
    name: u.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: u.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z'
  }
}

/** A request's JSON object body ({} when empty); undefined when it is not a JSON object. */
export function parseBody(req: SimRequest): Record<string, unknown> | undefined {
  if (req.body.length === 0) return {}
  try {
    const parsed: unknown = JSON.parse(req.body.toString('utf8'))
    const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    return isObject ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The values of a query list parameter: `owner[]=a&owner[]=b` or `owner=a,b`. */
export function queryList(req: SimRequest, name: string): string[] {
  return [...req.query.getAll(name), ...req.query.getAll(`${name}[]`)]
    .flatMap(v => v.split(','))
    .filter(v => v !== '')
}
