// How the simulated Okta answers: its error body (errorCode, errorSummary, errorLink, errorId,
// errorCauses), and its cursor paging: `limit` (clamped to each collection's largest page)
// and `after`, with `self` and `next` Link headers holding absolute URLs.
import type { SimRequest, SimResponse } from '../shared/server.js'
import type { OktaSimState } from './state.js'

/** One request as a route sees it. */
export interface Call {
  req: SimRequest
  /** Path parameters by the names of Okta's API description (`userId`, `groupId`, ...). */
  params: Record<string, string>
  state: OktaSimState
  /** The org as the client addresses it: `http://127.0.0.1:PORT`. */
  base: string
}

export interface Route {
  method: string
  /** The path as Okta's API description names it, e.g. `/api/v1/users/{userId}/groups`. */
  path: string
  /** The OAuth scope the call needs (an API token acts for its admin instead). */
  scope: string
  handle(call: Call): SimResponse
}

/** Okta's error codes for the statuses the simulator answers with. */
export const ERROR_CODES: Record<number, [string, string]> = {
  400: ['E0000001', 'Api validation failed'],
  401: ['E0000011', 'Invalid token provided'],
  403: ['E0000006', 'You do not have permission to perform the requested action'],
  404: ['E0000007', 'Not found: Resource not found'],
  405: ['E0000022', 'The endpoint does not support the provided HTTP method'],
  429: ['E0000047', 'API call exceeded rate limit due to too many requests.'],
  500: ['E0000009', 'Internal Server Error'],
  503: ['E0000010', 'Service is temporarily unavailable for maintenance']
}

let errorIds = 0

export function oktaError(
  status: number,
  summary?: string,
  code?: string,
  headers: Record<string, string> = {},
  causes: string[] = []
): SimResponse {
  const [known, text] = ERROR_CODES[status] ?? ['E0000009', 'Request failed']
  const errorCode = code ?? known
  return {
    status,
    headers,
    body: {
      errorCode,
      errorSummary: summary ?? text,
      errorLink: errorCode,
      errorId: `oaeSANDBOX${(++errorIds).toString(36).padStart(12, '0')}`,
      errorCauses: causes.map(errorSummary => ({ errorSummary }))
    }
  }
}

/** Okta's 404 for a resource: `Not found: Resource not found: <id> (User)`. */
export const notFound = (id: string, kind: string) =>
  oktaError(404, `Not found: Resource not found: ${id} (${kind})`)

export const json = (body: unknown, status = 200): SimResponse => ({ status, body })

export const noContent = (): SimResponse => ({ status: 204 })

/** One page of `items` (in a stable order), `limit` at most `max` (default `fallback`), after
 *  the item whose id is the `after` cursor. */
export function page<T extends { id: string }>(
  call: Call,
  items: T[],
  render: (item: T) => unknown,
  { max, fallback }: { max: number; fallback: number }
): SimResponse {
  const q = call.req.query
  const asked = Number.parseInt(q.get('limit') ?? '', 10)
  const limit = Math.min(max, Number.isNaN(asked) || asked < 1 ? fallback : asked)
  const after = q.get('after')
  const start = after === null ? 0 : items.findIndex(i => i.id === after) + 1
  // An unknown cursor (its item is gone): nothing follows it.
  const slice = after !== null && start === 0 ? [] : items.slice(start, start + limit)
  const url = (cursor?: string) => {
    const next = new URLSearchParams(q)
    next.set('limit', String(limit))
    if (cursor) next.set('after', cursor)
    else next.delete('after')
    return `${call.base}${call.req.path}?${next.toString()}`
  }
  const links = [`<${url(after ?? undefined)}>; rel="self"`]
  if (start + limit < items.length && slice.length)
    links.push(`<${url(slice[slice.length - 1].id)}>; rel="next"`)
  return { status: 200, headers: { link: links.join(', ') }, body: slice.map(render) }
}
