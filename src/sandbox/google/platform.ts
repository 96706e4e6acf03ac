// The simulated Google: one server for the Admin SDK (Directory and Data Transfer APIs) and the
// token services its credentials go through. Requests are named by their discovery method ids
// (`directory.users.signOut`) or the token service (`oauth2.token`), which fault rules use;
// each API call needs an access token with one of the method's scopes, acting for an active
// super admin. Faults and the throttle knob answer Google's errors: 429 rateLimitExceeded with
// Retry-After, 5xx backendError, a fault's `code` as the reason (`403 code=userRateLimitExceeded`).
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import { createGoogleAuth, type GoogleAuthOptions } from './auth.js'
import { DATATRANSFER } from './datatransfer.js'
import { DIRECTORY, googleError } from './directory.js'
import { API_ROUTES, AUTH_ROUTES, matchRoute } from './routes.js'
import type { GoogleSimState } from './state.js'

export interface GooglePlatformOptions extends GoogleAuthOptions {
  /** Contract check: the violations a request commits against Google's discovery documents. */
  checkRequest?: (req: SimRequest) => string[]
}

export interface GoogleSim {
  platform: Platform
  state: GoogleSimState
  /** Every contract violation `checkRequest` reported, as `METHOD /path: violation`. */
  violations: string[]
}

/** Status the simulator answers a request that breaks Google's contract: no Google status. */
export const CONTRACT_VIOLATION_STATUS = 599

/** Every operation the server names: the method ids and the token services. */
export const googleOperations = (): string[] => [...API_ROUTES, ...AUTH_ROUTES].map(r => r.id)

const REASONS: Record<number, [string, string]> = {
  400: ['badRequest', 'Bad Request'],
  401: ['authError', 'Invalid Credentials'],
  403: ['forbidden', 'Not Authorized to access this resource/api'],
  404: ['notFound', 'Resource Not Found'],
  409: ['duplicate', 'Entity already exists.'],
  412: ['conditionNotMet', 'Precondition Failed'],
  429: ['rateLimitExceeded', 'Rate Limit Exceeded'],
  500: ['backendError', 'Backend Error'],
  503: ['backendError', 'Service unavailable. Please try again']
}

function parseBody(req: SimRequest): { body: unknown } | undefined {
  if (req.body.length === 0) return { body: undefined }
  if (!String(req.headers['content-type'] ?? '').includes('json')) return { body: undefined }
  try {
    return { body: JSON.parse(req.body.toString('utf8')) as unknown }
  } catch {
    return undefined
  }
}

const HANDLERS = { ...DIRECTORY, ...DATATRANSFER }

const isAuthService = (req: SimRequest) =>
  AUTH_ROUTES.some(r => r.id === matchRoute(req.method, req.path)?.route.id)

export function createGooglePlatform(
  state: GoogleSimState,
  options: GooglePlatformOptions = {}
): GoogleSim {
  const auth = createGoogleAuth(state, options)
  const violations: string[] = []

  const handle = (req: SimRequest): SimResponse => {
    const matched = matchRoute(req.method, req.path)
    if (!matched) return googleError(404, `Not Found: ${req.method} ${req.path}`, 'notFound')
    const { route, params } = matched
    if (AUTH_ROUTES.includes(route)) return auth.handle(route.id, req, params)
    const found = options.checkRequest?.(req) ?? []
    if (found.length) {
      violations.push(...found.map(v => `${req.method} ${req.path}: ${v}`))
      return { status: CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } }
    }
    const caller = auth.caller(req, route.scopes)
    if ('status' in caller) return caller
    const parsed = parseBody(req)
    if (!parsed) return googleError(400, 'Invalid JSON payload received.', 'parseError')
    return HANDLERS[route.id]({
      state,
      params,
      query: req.query,
      body: parsed.body,
      caller
    })
  }

  const fault = (
    status: number,
    rule: Pick<FaultRule, 'code' | 'retryAfterSeconds'>,
    req?: SimRequest
  ) => {
    const [reason, message] = REASONS[status] ?? [
      status >= 500 ? 'backendError' : 'failed',
      'request failed'
    ]
    const headers: Record<string, string> =
      rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) }
    // The token services answer OAuth errors; a `code` names the error there.
    if (req && isAuthService(req))
      return { status, headers, body: { error: rule.code ?? reason, error_description: message } }
    return googleError(status, message, rule.code ?? reason, headers)
  }

  const platform: Platform = {
    name: 'google',
    classify(req) {
      const route = matchRoute(req.method, req.path)?.route
      return {
        operation: route?.id ?? `${req.method} ${req.path}`,
        write: req.method !== 'GET' && !AUTH_ROUTES.includes(route!)
      }
    },
    handle,
    throttled: retryAfterSeconds => fault(429, { retryAfterSeconds }),
    serverError: () => fault(500, {}),
    fault: (status, rule, req) => fault(status, rule, req),
    operations: googleOperations,
    echo: (answer, echo) => {
      const fields = jsonFields(answer)
      const error = fields?.error
      if (typeof error === 'string')
        return {
          ...answer,
          body: {
            ...fields,
            error_description: `${String(fields?.error_description ?? '')} ${echo}`.trim()
          }
        }
      if (!error || typeof error !== 'object') return answer
      const e = error as { message?: unknown }
      return {
        ...answer,
        body: { error: { ...e, message: `${String(e.message ?? '')} ${echo}`.trim() } }
      }
    }
  }
  return { platform, state, violations }
}
