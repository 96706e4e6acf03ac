// The one Microsoft Graph client of the Entra connector: the official SDK's Client over a
// middleware chain of our own making in front of its HTTP handler. Ours, because the SDK's
// RetryHandler retries only 429/503/504, never a lost connection, and knows no retry budget,
// and its AuthenticationHandler sends a token to https Graph hosts only (the sandbox's Graph is
// plain http on loopback). Our handler, in order: refuses every write of a read-only client
// (a $batch too, unless every request in it is a GET), sends the token to the configured Graph
// origin only, and waits out 429/5xx (Retry-After first) and lost connections within the
// retry budget of each request (retry-budget.ts). Errors become EntraError, which says what
// the status means and which permission a 403 probably lacks.
import { Client, GraphClientError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client'
import type { Context, Middleware } from '@microsoft/microsoft-graph-client'
import { causeOf, EntraError, entraError, fromSdk, graphErrorOf, isRecord } from './errors.js'
import {
  CallBudget,
  isTimeout,
  retryAfterMs,
  sleep,
  type RetryBudget
} from '../shared/retry-budget.js'

export interface GraphClientOptions {
  /** Graph's root, e.g. https://graph.microsoft.com (requests go to `<root>/v1.0/...`). */
  graphUrl: URL
  /** An access token for Graph (the caller masks it). */
  getToken: () => Promise<string>
  mode: 'read' | 'write'
  budget: RetryBudget
  log: (line: string) => void
  /** Injected by tests; waits for real otherwise. */
  sleep?: (ms: number) => Promise<void>
}

/** One GET of a $batch. `url` is relative to the version, e.g. `/users/{id}/memberOf`. */
export interface BatchGet {
  id: string
  url: string
  /** The permission a 403 probably means the app lacks, for the error. */
  needs?: string
}

export interface BatchAnswer {
  status: number
  body: Record<string, unknown> | undefined
  /** Set when the budget stopped retrying this (retryable) answer. */
  gaveUp?: string
}

interface CallOptions {
  query?: Record<string, string>
  headers?: Record<string, string>
  needs?: string
}

const VERSION = 'v1.0'
/** Graph's documented limit of requests in one $batch. */
const BATCH_SIZE = 20
const RETRYABLE = new Set([429, 500, 502, 503, 504])

export class GraphClient {
  /** HTTP requests sent, retries included (a $batch counts once per attempt). */
  requests = 0
  private readonly client: Client
  private readonly root: string
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly opts: GraphClientOptions) {
    this.sleep = opts.sleep ?? sleep
    this.root = `${opts.graphUrl.origin}${opts.graphUrl.pathname.replace(/\/+$/, '')}`
    const handler = new OffboardHandler(opts, this.sleep, () => this.requests++)
    handler.setNext(new HTTPMessageHandler())
    this.client = Client.initWithMiddleware({
      middleware: handler,
      baseUrl: this.root,
      defaultVersion: VERSION
    })
  }

  /** GET of one resource or one page; 404 and every other error throw EntraError. */
  async get<T = Record<string, unknown>>(path: string, opts: CallOptions = {}): Promise<T> {
    return (await this.call('GET', path, opts)) as T
  }

  /** GET of one resource; undefined when Graph answers 404 (it does not exist). */
  async getOrAbsent<T = Record<string, unknown>>(
    path: string,
    opts: CallOptions = {}
  ): Promise<T | undefined> {
    try {
      return await this.get<T>(path, opts)
    } catch (error) {
      if (error instanceof EntraError && error.status === 404) return undefined
      throw error
    }
  }

  /** Every item of a collection, following @odata.nextLink. */
  async all<T = Record<string, unknown>>(path: string, opts: CallOptions = {}): Promise<T[]> {
    return this.rest<T>(await this.get(path, opts), opts.needs)
  }

  /** The items of a first page and of every page after it. */
  async rest<T>(page: Record<string, unknown> | undefined, needs?: string): Promise<T[]> {
    const items: T[] = []
    for (let p = page; p;) {
      if (Array.isArray(p.value)) items.push(...(p.value as T[]))
      const next = p['@odata.nextLink']
      p = typeof next === 'string' ? await this.get(this.relative(next), { needs }) : undefined
    }
    return items
  }

  async patch(path: string, body: unknown, needs?: string): Promise<void> {
    await this.call('PATCH', path, { needs }, body)
  }

  async post<T = Record<string, unknown>>(path: string, body: unknown, needs?: string) {
    return (await this.call('POST', path, { needs }, body)) as T
  }

  async delete(path: string, needs?: string): Promise<void> {
    await this.call('DELETE', path, { needs })
  }

  /** GETs in $batch requests of 20: one round trip where they would take one each. Answers
   *  that ask to be retried (429, 5xx) are sent again in a later batch, after the longest
   *  Retry-After among them, within one retry budget; the others are kept as they came. */
  async batch(requests: BatchGet[]): Promise<Map<string, BatchAnswer>> {
    const answers = new Map<string, BatchAnswer>()
    const call = new CallBudget(this.opts.budget)
    let pending = requests
    while (pending.length) {
      const chunks: BatchGet[][] = []
      for (let i = 0; i < pending.length; i += BATCH_SIZE)
        chunks.push(pending.slice(i, i + BATCH_SIZE))
      const rounds = await Promise.all(chunks.map(c => this.sendBatch(c)))
      const again: BatchGet[] = []
      let wait = 0
      for (const [i, round] of rounds.entries())
        for (const [j, answer] of round.entries()) {
          const request = chunks[i][j]
          answers.set(request.id, answer.answer)
          if (!RETRYABLE.has(answer.answer.status)) continue
          again.push(request)
          wait = Math.max(wait, answer.retryAfter ?? call.backoffMs())
        }
      if (
        again.length &&
        !call.retry(
          wait,
          rounds.flat().some(a => a.retryAfter !== undefined)
        )
      ) {
        const gaveUp = call.gaveUp('').replace(/: $/, '')
        for (const r of again) answers.set(r.id, { ...answers.get(r.id)!, gaveUp })
        break
      }
      if (again.length) {
        this.opts.log(
          `entra: ${again.length} batched requests asked to wait; retrying in ${wait} ms`
        )
        await this.sleep(wait)
      }
      pending = again
    }
    return answers
  }

  /** A batch answer's body, or the EntraError it stands for. */
  answerOf(request: BatchGet, answer: BatchAnswer | undefined): Record<string, unknown> {
    if (!answer) throw new EntraError(`entra: $batch gave no answer for GET ${request.url}`, 0)
    if (answer.status >= 200 && answer.status < 300) return answer.body ?? {}
    const error = graphErrorOf(answer.body)
    throw entraError('GET', request.url, answer.status, error.code, error.message, {
      needs: request.needs,
      gaveUp: answer.gaveUp
    })
  }

  private async sendBatch(chunk: BatchGet[]) {
    const body = {
      requests: chunk.map((r, i) => ({ id: String(i + 1), method: 'GET', url: r.url }))
    }
    const result = await this.post<{ responses?: unknown[] }>('$batch', body)
    const byId = new Map<string, Record<string, unknown>>()
    for (const r of result.responses ?? [])
      if (isRecord(r) && typeof r.id === 'string') byId.set(r.id, r)
    return chunk.map((_, i) => {
      const r = byId.get(String(i + 1))
      const headers = isRecord(r?.headers) ? r.headers : {}
      const retryAfter = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')
      return {
        answer: {
          status: typeof r?.status === 'number' ? r.status : 0,
          body: isRecord(r?.body) ? r.body : undefined
        },
        retryAfter: retryAfterMs(retryAfter ? String(retryAfter[1]) : undefined)
      }
    })
  }

  /** A nextLink as a path under the version: it must point into the same Graph. */
  private relative(link: string): string {
    const prefix = `${this.root}/${VERSION}/`
    if (!link.startsWith(prefix))
      throw new EntraError(`entra: Graph sent a next page link outside ${prefix}: not followed`, 0)
    return link.slice(prefix.length)
  }

  private async call(method: string, path: string, opts: CallOptions, body?: unknown) {
    const query = Object.entries(opts.query ?? {})
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')
    const request = this.client.api(query ? `${path}?${query}` : path).headers(opts.headers ?? {})
    try {
      if (method === 'GET') return (await request.get()) as unknown
      if (method === 'PATCH') return (await request.patch(body)) as unknown
      if (method === 'POST') return (await request.post(body)) as unknown
      return (await request.delete()) as unknown
    } catch (error) {
      throw fromSdk(method, path, error, opts.needs)
    }
  }
}

/** Our middleware: see the top of the file. One instance serves every request of a client. */
class OffboardHandler implements Middleware {
  private next?: Middleware

  constructor(
    private readonly opts: GraphClientOptions,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly counted: () => void
  ) {}

  setNext(next: Middleware): void {
    this.next = next
  }

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url)
    const options = (context.options ??= {})
    const method = (options.method ?? 'GET').toUpperCase()
    const what = `${method} ${url.pathname}`
    if (this.opts.mode === 'read') refuseWrite(method, what, options.body)
    if (url.origin !== this.opts.graphUrl.origin)
      throw new GraphClientError(`entra: refused to send the Graph token to ${url.origin}`)
    let token: string
    try {
      token = await this.opts.getToken()
    } catch (error) {
      throw new GraphClientError(
        `entra: could not sign in: ${error instanceof Error ? error.message : String(error)}`
      )
    }
    options.headers = {
      ...(options.headers as Record<string, string>),
      Authorization: `Bearer ${token}`
    }
    options.redirect = 'error'
    const call = new CallBudget(this.opts.budget)
    for (;;) {
      this.counted()
      options.signal = call.attemptSignal()
      try {
        await this.next!.execute(context)
      } catch (error) {
        const why = isTimeout(error) ? call.noAnswer() : causeOf(error)
        const unreachable = `${what} could not reach ${url.origin}: ${why}`
        const wait = call.backoffMs()
        if (!call.retry(wait)) throw new GraphClientError(`entra: ${call.gaveUp(unreachable)}`)
        this.opts.log(`entra: ${unreachable}, retrying in ${wait} ms`)
        await this.sleep(wait)
        continue
      }
      const response = context.response!
      if (!RETRYABLE.has(response.status)) return
      const asked = retryAfterMs(response.headers.get('retry-after'))
      const wait = asked ?? call.backoffMs()
      if (!call.retry(wait, asked !== undefined)) {
        // The SDK's GraphError keeps these headers: fromSdk() reads the mark back.
        call.mark(response.headers)
        return
      }
      await response.arrayBuffer()
      this.opts.log(`entra: ${what} answered ${response.status}, retrying in ${wait} ms`)
      await this.sleep(wait)
    }
  }
}

/** A read-only client's refusal of anything but GET (and a $batch of GETs only). */
function refuseWrite(method: string, what: string, body: unknown): void {
  const refuse = (detail: string) => {
    throw new GraphClientError(
      `entra: refused ${detail}: this Graph client is read-only (plan and audit never write)`
    )
  }
  if (method === 'GET') return
  if (method !== 'POST' || !what.endsWith('/$batch')) refuse(what)
  let requests: unknown
  try {
    requests = (JSON.parse(String(body)) as { requests?: unknown }).requests
  } catch {
    refuse(`${what} whose body is not JSON`)
  }
  if (!Array.isArray(requests)) return refuse(`${what} without requests`)
  for (const r of requests)
    if (!isRecord(r) || String(r.method).toUpperCase() !== 'GET')
      refuse(
        `${what} holding ${isRecord(r) ? `${String(r.method)} ${String(r.url)}` : 'a malformed request'}`
      )
}
