// Shared by the GitHub connector tests: a context, and GitHub answers registered with nock.
import nock from 'nock'
import type { GithubConfig } from '../../src/declarations/types.js'
import { createGithubConnector } from '../../src/connectors/github/connector.js'
import { connectorContext } from './connectors.js'

export const API = 'http://github.test'

export function context(
  github: Partial<GithubConfig> = {},
  env: Record<string, string | undefined> = {
    GITHUB_TOKEN: 'ghs_installationtoken1234',
    GITHUB_API_URL: API
  }
) {
  return connectorContext(
    { github: { org: 'acme', protected: [], repository_scan_limit: 200, ...github } },
    env
  )
}

/** Fast rate-limit waits (10 ms per second of `retry-after`), writes not spaced out. */
export const connector = createGithubConnector({ retryAfterBaseValue: 10, paceWrites: false })

export type Answer = [status: number, body?: unknown, headers?: Record<string, string>]

/** Registers answers keyed by `METHOD /path` (any query) or `METHOD /path?query` (exact);
 *  a null answer leaves the route out. */
export function answer(routes: Record<string, Answer | null>): nock.Scope {
  const scope = nock(API)
  for (const [key, route] of Object.entries(routes)) {
    if (!route) continue
    const [status, body, headers] = route
    const [method, target] = key.split(' ')
    const [path, query] = target.split('?')
    const interceptor = scope.intercept(path, method)
    const matched = query ? interceptor.query(new URLSearchParams(query)) : interceptor.query(true)
    matched.reply(status, body as nock.Body, headers)
  }
  return scope
}

/** A `Link` header pointing at the next page of `path`. */
export function nextPage(path: string, page: number): Record<string, string> {
  return { link: `<${API}${path}&page=${page}>; rel="next"` }
}
