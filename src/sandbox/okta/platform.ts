// A simulated Okta org's Management API (the users, groups and roles endpoints offboard uses)
// and its org authorization server's token endpoint, over an OktaSimState. It signs callers in
// as Okta does (`SSWS <API token>`, acting for the admin who created it; or `Bearer <access
// token>` of a service app, checked against each call's scope), answers with Okta's error
// body, pages with `limit`, `after` and Link headers, and sends Okta's X-Rate-Limit-* headers
// on every answer, with a 429 naming X-Rate-Limit-Reset once a bucket's limit is spent.
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import { oktaError, type Route } from './answers.js'
import { GROUP_ROUTES } from './groups.js'
import { issueToken, scopeAllows, TOKEN_PATH } from './oauth.js'
import { findUser, rolesOf, type OktaSimState } from './state.js'
import { USER_ROUTES } from './users.js'

export interface OktaPlatformOptions {
  /** Server name in the request record and fault rules (default `okta`). */
  name?: string
  /** Requests each rate-limit bucket (Okta counts per endpoint family) allows a minute
   *  (default 600). */
  rateLimit?: number
  /** The clock, in milliseconds (default Date.now): rate-limit windows and Date headers. */
  now?: () => number
  /** Checks each request against Okta's API description: a request it reports a violation
   *  for gets CONTRACT_VIOLATION_STATUS with the violations, instead of an answer. */
  checkRequest?: (req: SimRequest) => string[]
}

/** What a request that breaks the API description gets: no real Okta status, so that no
 *  client mistakes it for an answer. */
export const CONTRACT_VIOLATION_STATUS = 599

const ROUTES: Route[] = [...USER_ROUTES, ...GROUP_ROUTES]

interface Compiled {
  route: Route
  pattern: RegExp
  names: string[]
  literals: number
}

const COMPILED: Compiled[] = ROUTES.map(route => {
  const names: string[] = []
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  const literals = route.path.split('/').filter(s => s && !s.startsWith('{')).length
  return { route, pattern: new RegExp(`^${source}/?$`), names, literals }
}).sort((a, b) => b.literals - a.literals)

/** Every operation the simulator serves, as `METHOD /path` of Okta's API description. */
export function oktaOperations(): string[] {
  return [...ROUTES.map(r => `${r.method} ${r.path}`), `POST ${TOKEN_PATH}`]
}

/** The scope each Management API operation asks of a service app's token. */
export function oktaRouteScopes(): Record<string, string> {
  return Object.fromEntries(ROUTES.map(r => [`${r.method} ${r.path}`, r.scope]))
}

function match(req: SimRequest) {
  const candidates = COMPILED.filter(c => c.pattern.test(req.path))
  const found = candidates.find(c => c.route.method === req.method)
  if (!found) return { known: candidates.length > 0 }
  const m = found.pattern.exec(req.path) as RegExpExecArray
  const params = Object.fromEntries(found.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))
  return { known: true, route: found.route, params }
}

/** Okta's rate-limit buckets, roughly: one per endpoint family. */
const bucketOf = (path: string) => path.split('/').slice(0, 4).join('/')

export function createOktaPlatform(
  state: OktaSimState,
  options: OktaPlatformOptions = {}
): Platform {
  const now = options.now ?? Date.now
  const limit = options.rateLimit ?? 600
  const used = new Map<string, { window: number; count: number }>()

  const rateHeaders = (remaining: number, resetMs: number) => ({
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(Math.max(0, remaining)),
    'x-rate-limit-reset': String(Math.ceil(resetMs / 1000)),
    date: new Date(now()).toUTCString()
  })

  /** Counts the request in its bucket: the headers to send, or the 429 when it is spent. */
  const meter = (path: string): { headers: Record<string, string>; spent?: SimResponse } => {
    const window = Math.floor(now() / 60_000)
    const bucket = bucketOf(path)
    const u = used.get(bucket)
    const entry = u && u.window === window ? u : { window, count: 0 }
    used.set(bucket, entry)
    const headers = rateHeaders(limit - entry.count - 1, (window + 1) * 60_000)
    if (entry.count >= limit)
      return { headers, spent: oktaError(429, undefined, undefined, headers) }
    entry.count++
    return { headers }
  }

  /** Who the request signs in as, or the 401/403 Okta answers. */
  const authorize = (req: SimRequest, route: Route): SimResponse | undefined => {
    const auth = String(req.headers.authorization ?? '')
    const [scheme, credential] = [auth.split(' ')[0], auth.slice(auth.indexOf(' ') + 1).trim()]
    if (scheme === 'SSWS') {
      const owner = findUser(state, state.apiTokens.find(t => t.token === credential)?.userId ?? '')
      // A token dies with its admin: Okta revokes the tokens of deactivated admins.
      if (!owner || owner.status !== 'ACTIVE') return oktaError(401)
      const roles = rolesOf(state, owner).map(r => r.type)
      const readOnly = roles.every(r => r === 'READ_ONLY_ADMIN')
      if (roles.length === 0 || (readOnly && req.method !== 'GET')) return oktaError(403)
      return undefined
    }
    if (scheme === 'Bearer') {
      const token = state.accessTokens.find(t => t.token === credential)
      if (!token) return oktaError(401)
      if (scopeAllows(token.scopes, route.scope)) return undefined
      return oktaError(403, undefined, undefined, {
        'www-authenticate': `Bearer realm="IdP", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", scope="${route.scope}"`
      })
    }
    return oktaError(401)
  }

  const handle = (req: SimRequest): SimResponse => {
    const violations = options.checkRequest?.(req) ?? []
    if (violations.length)
      return {
        status: CONTRACT_VIOLATION_STATUS,
        body: { sandbox_contract_violations: violations }
      }
    const base = `http://${req.headers.host ?? 'sandbox'}`
    const metered = meter(req.path)
    if (metered.spent) return metered.spent
    const answer = ((): SimResponse => {
      if (req.path === TOKEN_PATH)
        return req.method === 'POST' ? issueToken(state, req, base) : oktaError(405)
      const found = match(req)
      if (!found.route)
        return found.known
          ? oktaError(405)
          : oktaError(404, `Not found: Resource not found: ${req.path} (Resource)`)
      return (
        authorize(req, found.route) ??
        found.route.handle({ req, params: found.params, state, base })
      )
    })()
    return { ...answer, headers: { ...metered.headers, ...answer.headers } }
  }

  return {
    name: options.name ?? 'okta',
    classify: req => {
      const found = req.path === TOKEN_PATH ? undefined : match(req).route
      const path = req.path === TOKEN_PATH ? TOKEN_PATH : (found?.path ?? req.path)
      return {
        operation: `${req.method} ${path}`,
        write: req.method !== 'GET' && path !== TOKEN_PATH
      }
    },
    handle,
    throttled: retryAfterSeconds =>
      oktaError(429, undefined, undefined, rateHeaders(0, now() + retryAfterSeconds * 1000)),
    serverError: () => oktaError(500),
    fault: (status: number, rule: FaultRule) =>
      oktaError(
        status,
        undefined,
        rule.code,
        rule.retryAfterSeconds === undefined && status !== 429
          ? {}
          : rateHeaders(0, now() + (rule.retryAfterSeconds ?? 1) * 1000)
      ),
    operations: oktaOperations,
    echo: (answer, echo) => {
      const fields = jsonFields(answer)
      if (typeof fields?.errorCode === 'string')
        return {
          ...answer,
          body: { ...fields, errorSummary: `${String(fields.errorSummary)} ${echo}` }
        }
      if (typeof fields?.error === 'string')
        return {
          ...answer,
          body: { ...fields, error_description: `${String(fields.error_description)} ${echo}` }
        }
      return answer
    }
  }
}
