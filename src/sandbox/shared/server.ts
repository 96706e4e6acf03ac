// The one HTTP server every simulated platform runs on: loopback only, with the knobs the
// tests and benchmarks turn (latency, injected faults, server-wide or per operation, the echo)
// and a record of every request.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { didYouMean } from '../../declarations/suggest.js'

export interface SimRequest {
  method: string
  /** Path without the query string, e.g. `/orgs/acme/members`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface SimResponse {
  status: number
  headers?: Record<string, string>
  /** A string or Buffer is sent as is; anything else as JSON. */
  body?: unknown
}

/** How a platform names a request, and whether it changes state. */
export interface Classified {
  operation: string
  write: boolean
}

export interface Platform {
  name: string
  classify(req: SimRequest): Classified
  handle(req: SimRequest): SimResponse | Promise<SimResponse>
  /** The platform's own answers to the faults the knobs inject. */
  throttled(retryAfterSeconds: number): SimResponse
  serverError(): SimResponse
  /** The platform's own error answer with this HTTP status (a fault rule's `status`). */
  fault(status: number, rule: FaultRule, req: SimRequest): SimResponse
  /** Every operation `classify` can name, so that a rule naming another one is refused. */
  operations(): readonly string[]
  /** The answer with `echo` (the request, see echoOf) in the platform's own error message
   *  when it is an error; any other answer as it is. */
  echo(answer: SimResponse, echo: string): SimResponse
}

/** A fault for the requests of one operation: a status, a dropped connection or a delay, for
 *  every request, a fraction of them, or the first few (then the rule is spent). */
export interface FaultRule {
  /** The operation as the platform classifies requests (`GET /orgs/{org}/members`,
   *  `ListAccessKeys`, `users.lookupByEmail`, `PATCH /Users/{id}`), or `*` for every one. */
  operation: string
  /** Answer with the platform's own error of this HTTP status instead of handling it. */
  status?: number
  /** The platform's name for that error instead of the one the status implies: an IAM error
   *  code (`LimitExceeded`), a Slack `error` (`user_not_found`, with status 200 an ok: false
   *  answer), a SCIM `scimType`, a GitHub message. */
  code?: string
  /** Sent as Retry-After with the error answer. */
  retryAfterSeconds?: number
  /** Close the connection without answering. */
  drop?: boolean
  /** Wait this long first; without `status` or `drop` the answer is then the usual one. */
  delayMs?: number
  /** Fraction (0..1) of the matching requests hit; default every one. */
  rate?: number
  /** Hit at most this many requests, then the rule is spent; default no limit. */
  times?: number
  /** Requests the rule has hit so far; the server counts. */
  hits?: number
}

export interface Knobs {
  /** Added before every answer. */
  latencyMs: number
  /** Fractions (0..1) of requests answered with a fault instead of being handled. */
  serverErrorRate: number
  throttleRate: number
  dropRate: number
  retryAfterSeconds: number
  /** When set, the rates above hit only operations it accepts. */
  faultOnly?: (c: Classified) => boolean
  /** Per-operation faults, before the rates above: the first rule that matches and is not
   *  spent applies. Change the array (or assign an empty one) on a running server at will. */
  faults: FaultRule[]
  /** Error answers repeat the request's credentials, query string and body (see echoOf). */
  echo?: boolean
}

export interface RecordedRequest extends Classified {
  method: string
  path: string
  /** The request body as text (form fields or JSON), to tell calls of one operation apart. */
  body: string
  status: number
}

export interface SimServer {
  name: string
  url: string
  knobs: Knobs
  requests: RecordedRequest[]
  writes(): RecordedRequest[]
  /** Requests per operation. */
  counts(): Record<string, number>
  resetRecord(): void
  /** Resolves once no request is being answered (a delayed answer can outlive its client). */
  idle(): Promise<void>
  close(): Promise<void>
}

export const quietKnobs = (): Knobs => ({
  latencyMs: 0,
  serverErrorRate: 0,
  throttleRate: 0,
  dropRate: 0,
  retryAfterSeconds: 1,
  faults: []
})

/** Deterministic randomness so that a fault-injection test fails the same way every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/** The rule for this request, counted as a hit; undefined when none applies. */
function ruleFor(
  faults: readonly FaultRule[],
  c: Classified,
  random: () => number
): FaultRule | undefined {
  const rule = faults.find(
    f =>
      (f.operation === '*' || f.operation === c.operation) &&
      (f.times === undefined || (f.hits ?? 0) < f.times)
  )
  // Only a partial rate draws a number, so that rules leave the rates' sequence unchanged.
  if (!rule || (rule.rate !== undefined && rule.rate < 1 && random() >= rule.rate)) return
  rule.hits = (rule.hits ?? 0) + 1
  return rule
}

/** Rules that name what the platform has, with settings that make sense; else why not. */
export function faultProblems(platform: Platform, rules: readonly FaultRule[]): string[] {
  const known = new Set(platform.operations())
  return rules.flatMap(r => {
    const out: string[] = []
    if (r.operation !== '*' && !known.has(r.operation))
      out.push(
        `${platform.name} has no operation "${r.operation}"${didYouMean(r.operation, known)}`
      )
    if (r.status !== undefined && (!Number.isInteger(r.status) || r.status < 200 || r.status > 599))
      out.push(`status ${r.status} is not an HTTP status from 200 to 599`)
    if (r.drop && r.status !== undefined) out.push('drop and a status exclude each other')
    if (r.status === undefined && !r.drop && !r.delayMs)
      out.push('a fault needs a status, drop or a delay')
    if (r.rate !== undefined && !(r.rate > 0 && r.rate <= 1)) out.push('rate must be in (0, 1]')
    if (r.times !== undefined && !(Number.isInteger(r.times) && r.times >= 1))
      out.push('times must be a whole number from 1')
    for (const [name, v] of [
      ['delay', r.delayMs],
      ['retry-after', r.retryAfterSeconds]
    ] as const)
      if (v !== undefined && !(v >= 0 && Number.isFinite(v))) out.push(`${name} must be 0 or more`)
    return out.map(p => `${r.operation}: ${p}`)
  })
}

export async function startSimServer(
  platform: Platform,
  options: { port?: number; knobs?: Partial<Knobs>; seed?: number } = {}
): Promise<SimServer> {
  const knobs: Knobs = { ...quietKnobs(), ...options.knobs }
  const random = seededRandom(options.seed ?? 1)
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  let inFlight = 0
  const idle: (() => void)[] = []

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      inFlight++
      void answerRequest(req, res, Buffer.concat(chunks)).finally(() => {
        if (--inFlight === 0) for (const done of idle.splice(0)) done()
      })
    })
  })

  async function answerRequest(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    const simReq: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body
    }
    const classified = platform.classify(simReq)
    const record = (status: number) =>
      requests.push({
        ...classified,
        method: simReq.method,
        path: simReq.path,
        body: body.toString('utf8'),
        status
      })
    const rule = ruleFor(knobs.faults, classified, random)
    const delay = knobs.latencyMs + (rule?.delayMs ?? 0)
    if (delay > 0) await sleep(delay)

    const faultable = !rule && (!knobs.faultOnly || knobs.faultOnly(classified))
    let answer: SimResponse
    if (rule?.drop || (faultable && random() < knobs.dropRate)) {
      record(0)
      req.socket.destroy()
      return
    } else if (rule?.status !== undefined) {
      answer = platform.fault(rule.status, rule, simReq)
    } else if (faultable && random() < knobs.serverErrorRate) {
      answer = platform.serverError()
    } else if (faultable && random() < knobs.throttleRate) {
      answer = platform.throttled(knobs.retryAfterSeconds)
    } else {
      try {
        answer = await platform.handle(simReq)
      } catch (err) {
        // A bug in the simulator must be loud, not look like a platform answer.
        answer = { status: 599, body: { sandbox_error: String((err as Error).stack ?? err) } }
      }
    }
    if (knobs.echo) answer = platform.echo(answer, echoOf(simReq))
    record(answer.status)
    send(res, answer)
  }
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>(resolve => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    name: platform.name,
    url: `http://127.0.0.1:${port}`,
    knobs,
    requests,
    writes: () => requests.filter(r => r.write),
    counts: () => {
      const out: Record<string, number> = {}
      for (const r of requests) out[r.operation] = (out[r.operation] ?? 0) + 1
      return out
    },
    resetRecord: () => void requests.splice(0),
    idle: () => new Promise<void>(done => (inFlight === 0 ? done() : idle.push(done))),
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

// The echo knob: error answers that repeat the request back, as some proxies and SCIM servers
// do. What they repeat is what a request carries that a secret could be in: the credentials
// headers, the query string and the body. Each platform puts it in its own error shape
// (Platform.echo): GitHub's `message`, Slack's `detail` (beside its `error` code), a SCIM
// error's `detail`, IAM's <Message>.

/** The request as an error answer repeats it. */
export function echoOf(req: SimRequest): string {
  const query = req.query.toString()
  const headers = ['authorization', 'x-amz-security-token']
    .filter(h => req.headers[h] !== undefined)
    .map(h => `${h}: ${String(req.headers[h])}`)
  return `(request ${req.method} ${req.path}${query ? `?${query}` : ''}; ${[...headers, `body: ${req.body.toString('utf8')}`].join('; ')})`
}

/** The fields of an answer sent as JSON, for a platform's echo; undefined for text and bytes. */
export function jsonFields(answer: SimResponse): Record<string, unknown> | undefined {
  const body = answer.body
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body)) return undefined
  return body as Record<string, unknown>
}

function send(res: import('node:http').ServerResponse, answer: SimResponse): void {
  const headers: Record<string, string> = { ...answer.headers }
  let payload: string | Buffer = ''
  if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) payload = answer.body
  else if (answer.body !== undefined) {
    payload = JSON.stringify(answer.body)
    headers['content-type'] ??= 'application/json; charset=utf-8'
  }
  headers['content-length'] = String(Buffer.byteLength(payload))
  res.writeHead(answer.status, headers)
  res.end(payload)
}
