// The simulated GitHub REST API: `offboard demo`, the tests and the benchmarks run against it.
// It answers like api.github.com where the product looks: token auth, a real per-token
// rate-limit budget with GitHub's headers, secondary-limit refusals, GitHub's error bodies,
// Link pagination, and state that changes as the writes say.
import { randomUUID } from 'node:crypto'
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import type { GithubSimState } from './state.js'
import {
  type RateBudget,
  type Route,
  compileRoutes,
  error,
  findUser,
  json,
  matchRoute,
  parseBody
} from './http.js'
import { orgRoutes } from './org.js'
import { repoRoutes } from './repos.js'
import { contentRoutes } from './contents.js'
import { issueRoutes } from './issues.js'
import { pullRoutes } from './pulls.js'
import { gitRoutes } from './git-data.js'
import { graphqlOperation, graphqlOperations, graphqlRoutes } from './graphql.js'
import { enterpriseRoutes } from './enterprise.js'
import { orgState } from './state.js'

export interface GithubPlatformOptions {
  /** Token -> login of its owner. Without it any token is accepted as `viewer`. */
  tokens?: Record<string, string>
  /** Who an unlisted token acts as; default the first active org owner. */
  viewer?: string
  /** Primary rate limit: requests per hour per token (GitHub: 5000). */
  rateLimit?: number
  /** Status of secondary-limit refusals: 403 (GitHub's usual) or 429. */
  secondaryLimitStatus?: 403 | 429
  /** Contract check: the violations a request commits against GitHub's description. */
  checkRequest?: (req: SimRequest) => string[]
  now?: () => Date
}

export interface GithubSim {
  platform: Platform
  /** The live state: handlers change it in place. */
  state: GithubSimState
  /** Every contract violation `checkRequest` reported, as `METHOD /path: violation`. */
  violations: string[]
  /** The primary budget of a token as it stands (a fresh one if the token was never used). */
  rateLimit(token: string): RateBudget
}

/** Status the simulator answers a request that breaks GitHub's contract: no GitHub status. */
export const CONTRACT_VIOLATION_STATUS = 599

const ANONYMOUS_LIMIT = 60
const HOUR_SECONDS = 3600

const rateLimitRoute: Route = {
  method: 'GET',
  template: '/rate_limit',
  handler: ctx => {
    const core = { ...ctx.rate, resource: 'core' }
    return json(200, { resources: { core }, rate: core })
  }
}

const ROUTES = compileRoutes([
  rateLimitRoute,
  ...orgRoutes,
  ...repoRoutes,
  ...contentRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...gitRoutes,
  ...graphqlRoutes,
  ...enterpriseRoutes
])

/** GitHub's messages for the statuses a fault rule may ask for. */
const FAULT_MESSAGES: Record<number, string> = {
  400: 'Problems parsing JSON',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.'

/** Every REST operation the simulator implements, as `METHOD /template` (GraphQL's documents
 *  are operations of their own too: graphql.ts). */
export const githubOperations = (): string[] => ROUTES.map(r => `${r.method} ${r.template}`)

function tokenOf(req: SimRequest): string | undefined {
  const header = req.headers.authorization ?? ''
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1]
}

function rateHeaders(b: RateBudget): Record<string, string> {
  return {
    'x-ratelimit-limit': String(b.limit),
    'x-ratelimit-remaining': String(b.remaining),
    'x-ratelimit-reset': String(b.reset),
    'x-ratelimit-used': String(b.used),
    'x-ratelimit-resource': 'core'
  }
}

export function createGithubPlatform(
  state: GithubSimState,
  options: GithubPlatformOptions = {}
): GithubSim {
  const now = options.now ?? (() => new Date())
  const limit = options.rateLimit ?? 5000
  const budgets = new Map<string, RateBudget>()
  const violations: string[] = []

  function budget(key: string, size: number): RateBudget {
    const seconds = Math.floor(now().getTime() / 1000)
    let b = budgets.get(key)
    if (!b || b.reset <= seconds) {
      b = { limit: size, remaining: size, reset: seconds + HOUR_SECONDS, used: 0 }
      budgets.set(key, b)
    }
    return b
  }

  function viewerOf(token: string): string | undefined {
    if (options.tokens) return options.tokens[token]
    return (
      options.viewer ?? state.members.find(m => m.role === 'admin' && m.state === 'active')?.login
    )
  }

  function answer(req: SimRequest): SimResponse & { rate: RateBudget } {
    const token = tokenOf(req)
    const rate = budget(
      token === undefined ? 'anonymous' : `token:${token}`,
      token === undefined ? ANONYMOUS_LIMIT : limit
    )
    const user = token === undefined ? undefined : findUser(state, viewerOf(token) ?? '')
    const matched = matchRoute(ROUTES, req.method, req.path)
    // Asking for the budget does not spend it, as on GitHub.
    if (matched?.route.template !== rateLimitRoute.template) {
      if (rate.remaining === 0) {
        const who = user ? `user ID ${user.id}` : 'your IP address'
        return { ...error(403, `API rate limit exceeded for ${who}.`), rate }
      }
      rate.remaining--
      rate.used++
    }
    if (token === undefined) return { ...error(401, 'Requires authentication'), rate }
    if (!user) return { ...error(401, 'Bad credentials'), rate }
    if (!matched) return { ...error(404, 'Not Found'), rate }
    const body = parseBody(req)
    if (!body) return { ...error(400, 'Problems parsing JSON'), rate }
    const api = `http://${req.headers.host ?? '127.0.0.1'}`
    // Another organization's requests are answered from its own state.
    const ctx = {
      req,
      state: orgState(state, matched.params.org ?? matched.params.owner),
      params: matched.params,
      body,
      viewer: user.login,
      api,
      now,
      rate
    }
    return { ...matched.route.handler(ctx), rate }
  }

  const platform: Platform = {
    name: 'github',
    classify(req) {
      const matched = matchRoute(ROUTES, req.method, req.path)
      if (matched?.route.template === '/graphql') return graphqlOperation(req)
      return {
        operation: `${req.method} ${matched ? matched.route.template : req.path}`,
        write: req.method !== 'GET' && req.method !== 'HEAD'
      }
    },
    handle(req) {
      const found = options.checkRequest?.(req) ?? []
      if (found.length > 0) {
        violations.push(...found.map(v => `${req.method} ${req.path}: ${v}`))
        return { status: CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } }
      }
      const { rate, ...res } = answer(req)
      return {
        ...res,
        headers: {
          ...rateHeaders(rate),
          'x-github-api-version-selected': '2022-11-28',
          'x-github-media-type': 'github.v3; format=json',
          'x-github-request-id': randomUUID().toUpperCase(),
          ...res.headers
        }
      }
    },
    throttled(retryAfterSeconds) {
      return secondaryLimit(options.secondaryLimitStatus ?? 403, retryAfterSeconds)
    },
    serverError() {
      return error(500, FAULT_MESSAGES[500])
    },
    fault(status: number, rule: FaultRule) {
      // A 429 from GitHub is always a rate limit: its body says which.
      const answer =
        status === 429 && rule.code === undefined
          ? secondaryLimit(429)
          : error(status, rule.code ?? FAULT_MESSAGES[status] ?? 'Error')
      if (rule.retryAfterSeconds !== undefined)
        answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) }
      return answer
    },
    operations: () => [...githubOperations(), ...graphqlOperations()],
    echo(answer, echo) {
      const fields = jsonFields(answer)
      if (answer.status < 400 || typeof fields?.message !== 'string') return answer
      return { ...answer, body: { ...fields, message: `${fields.message} ${echo}` } }
    }
  }

  return {
    platform,
    state,
    violations,
    rateLimit: token => ({ ...budget(`token:${token}`, limit) })
  }
}

function secondaryLimit(status: number, retryAfterSeconds?: number): SimResponse {
  return {
    status,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: SECONDARY_LIMIT_MESSAGE,
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    }
  }
}
