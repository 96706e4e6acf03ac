// The simulated Entra ID on one sandbox server: the identity platform (login.ts) and
// Microsoft Graph v1.0 (graph.ts) with $batch. Graph requests need an access token the token
// endpoint issued; a route the token's permissions do not allow is refused with Graph's 403;
// $batch answers each of its (at most 20) requests as Graph would answer it alone.
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import { GRAPH_ROUTES, graphError, matchGraph, type GraphAnswer } from './graph.js'
import { handleLogin, loginOperation } from './login.js'
import { QueryError } from './odata.js'
import type { EntraSimState } from './state.js'

export interface EntraPlatformOptions {
  /** Server name in the request record and fault rules (default `entra`). */
  name?: string
  /** Contract check: the violations a Graph request commits against Microsoft's description. */
  checkRequest?: (req: {
    method: string
    path: string
    query: URLSearchParams
    body: unknown
  }) => string[]
  now?: () => Date
}

export interface EntraSim {
  platform: Platform
  state: EntraSimState
  /** Every contract violation `checkRequest` reported, as `METHOD /path: violation`. */
  violations: string[]
}

const VERSION = '/v1.0'
/** Graph's limit of requests in one $batch. */
const BATCH_LIMIT = 20
/** Status the simulator answers a request that breaks Graph's contract: no Graph status. */
export const CONTRACT_VIOLATION_STATUS = 599

const FAULT_CODES: Record<number, [string, string]> = {
  400: ['Request_BadRequest', 'Invalid request.'],
  401: ['InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: [
    'Request_ResourceNotFound',
    'Resource does not exist or one of its queried reference-property objects are not present.'
  ],
  409: [
    'Request_MultipleObjectsWithSameKeyValue',
    'Another object with the same value for property exists.'
  ],
  429: ['TooManyRequests', 'Too many requests.'],
  500: ['generalException', 'An unexpected error occurred.'],
  502: ['BadGateway', 'Bad gateway.'],
  503: ['serviceNotAvailable', 'The service is temporarily unavailable.'],
  504: ['GatewayTimeout', 'The gateway timed out.']
}

const BATCH_OPERATION = 'POST /$batch'

/** Every operation the server names, as `METHOD /template`. */
export const entraOperations = (): string[] => [
  'GET /{tenant}/v2.0/.well-known/openid-configuration',
  'POST /{tenant}/oauth2/v2.0/token',
  'GET /_actions/idtoken',
  BATCH_OPERATION,
  ...GRAPH_ROUTES.map(r => `${r.method} ${r.template}`)
]

const tokenOf = (req: { headers: Record<string, unknown> }) =>
  /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1]

export function createEntraPlatform(
  state: EntraSimState,
  options: EntraPlatformOptions = {}
): EntraSim {
  const now = options.now ?? (() => new Date())
  const violations: string[] = []

  /** One Graph request, answered as Graph would (a $batch's requests come here one by one). */
  function graph(
    method: string,
    target: string,
    headers: Record<string, string | undefined>,
    body: unknown,
    origin: string
  ): GraphAnswer {
    const self = new URL(`${origin}${VERSION}${target}`)
    const path = self.pathname.slice(VERSION.length)
    const found = options.checkRequest?.({ method, path, query: self.searchParams, body }) ?? []
    if (found.length) {
      violations.push(...found.map(v => `${method} ${path}: ${v}`))
      return { status: CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } }
    }
    const token = tokenOf({ headers })
    const issued = token === undefined ? undefined : state.issued.get(token)
    const app = state.apps.find(a => a.clientId === issued?.clientId)
    if (!issued || !app || issued.expires <= now().getTime())
      return graphError(
        401,
        'InvalidAuthenticationToken',
        token ? 'Lifetime validation failed, the token is expired.' : 'Access token is empty.'
      )
    const matched = matchGraph(method, path)
    if (!matched)
      return graphError(
        400,
        'BadRequest',
        `Resource not found for the segment '${path.split('/').filter(Boolean).pop() ?? ''}'.`
      )
    if (!matched.route.permissions.some(p => app.permissions.includes(p)))
      return graphError(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.'
      )
    try {
      return matched.route.handle(
        {
          method,
          path,
          query: self.searchParams,
          headers,
          body,
          self,
          state,
          app,
          now
        },
        matched.params
      )
    } catch (error) {
      if (error instanceof QueryError)
        return graphError(400, 'Request_UnsupportedQuery', error.message)
      throw error
    }
  }

  function batch(req: SimRequest, body: unknown, origin: string): GraphAnswer {
    const requests = (body as { requests?: unknown })?.requests
    if (!Array.isArray(requests) || requests.length === 0)
      return graphError(400, 'BadRequest', 'Invalid batch payload: requests are missing.')
    if (requests.length > BATCH_LIMIT)
      return graphError(
        400,
        'BadRequest',
        `Invalid batch payload format: the number of requests exceeds the limit of ${BATCH_LIMIT}.`
      )
    const responses = requests.map((r: Record<string, unknown>) => {
      const url = String(r.url ?? '')
      const headers = {
        ...Object.fromEntries(
          Object.entries((r.headers as Record<string, string>) ?? {}).map(([k, v]) => [
            k.toLowerCase(),
            v
          ])
        ),
        authorization: req.headers.authorization
      }
      const answer = graph(
        String(r.method ?? 'GET').toUpperCase(),
        url.startsWith('/') ? url : `/${url}`,
        headers,
        r.body,
        origin
      )
      return {
        id: r.id,
        status: answer.status,
        headers: { 'content-type': 'application/json', ...answer.headers },
        body: answer.body
      }
    })
    return { status: 200, body: { responses } }
  }

  const platform: Platform = {
    name: options.name ?? 'entra',
    classify(req) {
      const login = loginOperation(req)
      if (login) return { operation: login, write: false }
      const path = req.path.startsWith(VERSION) ? req.path.slice(VERSION.length) : req.path
      if (req.method === 'POST' && path === '/$batch') {
        const requests = (parseJson(req) as { requests?: { method?: string }[] })?.requests ?? []
        return {
          operation: BATCH_OPERATION,
          write: requests.some(r => String(r.method).toUpperCase() !== 'GET')
        }
      }
      const matched = matchGraph(req.method, path)
      return {
        operation: `${req.method} ${matched?.route.template ?? path}`,
        write: req.method !== 'GET'
      }
    },
    handle(req) {
      if (loginOperation(req)) return handleLogin(state, req, now)
      if (!req.path.startsWith(`${VERSION}/`))
        return graphError(400, 'BadRequest', `Invalid version: ${req.path.split('/')[1] ?? ''}`)
      const origin = `http://${String(req.headers.host ?? '127.0.0.1')}`
      const body = parseJson(req)
      if (body === INVALID)
        return graphError(400, 'BadRequest', 'Unable to read JSON request payload.')
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])
      )
      const target = `${req.path.slice(VERSION.length)}${req.query.size ? `?${req.query}` : ''}`
      if (req.method === 'POST' && target === '/$batch') return batch(req, body, origin)
      return graph(req.method, target, headers, body, origin)
    },
    throttled: seconds => graphError(429, ...FAULT_CODES[429], { 'retry-after': String(seconds) }),
    serverError: () => graphError(500, ...FAULT_CODES[500]),
    fault(status: number, rule: FaultRule) {
      const [code, message] = FAULT_CODES[status] ?? ['UnknownError', 'Request failed.']
      const headers =
        rule.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(rule.retryAfterSeconds) }
      return graphError(status, rule.code ?? code, message, headers)
    },
    operations: entraOperations,
    echo(answer: SimResponse, echo: string) {
      const fields = jsonFields(answer)
      if (answer.status < 400 || !fields) return answer
      // The token endpoint's errors say it in error_description, Graph's in error.message.
      if (typeof fields.error_description === 'string')
        return {
          ...answer,
          body: { ...fields, error_description: `${fields.error_description} ${echo}` }
        }
      const error = fields.error as { message?: string } | undefined
      if (typeof error?.message !== 'string') return answer
      return {
        ...answer,
        body: { ...fields, error: { ...error, message: `${error.message} ${echo}` } }
      }
    }
  }
  return { platform, state, violations }
}

const INVALID = Symbol('invalid JSON')

function parseJson(req: SimRequest): unknown {
  if (req.body.length === 0) return undefined
  try {
    return JSON.parse(req.body.toString('utf8'))
  } catch {
    return INVALID
  }
}
