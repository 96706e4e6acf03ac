// The one HTTP server every simulated platform runs on: loopback only, with the knobs the
// tests and benchmarks turn (latency, injected faults) and a record of every request.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

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
}

export interface Knobs {
  /** Added before every answer. */
  latencyMs: number
  /** Fractions (0..1) of requests answered with a fault instead of being handled. */
  serverErrorRate: number
  throttleRate: number
  dropRate: number
  retryAfterSeconds: number
  /** When set, faults hit only operations it accepts. */
  faultOnly?: (c: Classified) => boolean
}

export interface RecordedRequest extends Classified {
  method: string
  path: string
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
  close(): Promise<void>
}

export const quietKnobs = (): Knobs => ({
  latencyMs: 0,
  serverErrorRate: 0,
  throttleRate: 0,
  dropRate: 0,
  retryAfterSeconds: 1
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

export async function startSimServer(
  platform: Platform,
  options: { port?: number; knobs?: Partial<Knobs>; seed?: number } = {}
): Promise<SimServer> {
  const knobs: Knobs = { ...quietKnobs(), ...options.knobs }
  const random = seededRandom(options.seed ?? 1)
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://sandbox')
        const simReq: SimRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks)
        }
        const classified = platform.classify(simReq)
        const record = (status: number) =>
          requests.push({ ...classified, method: simReq.method, path: simReq.path, status })
        if (knobs.latencyMs > 0) await sleep(knobs.latencyMs)

        const faultable = !knobs.faultOnly || knobs.faultOnly(classified)
        let answer: SimResponse
        if (faultable && random() < knobs.dropRate) {
          record(0)
          req.socket.destroy()
          return
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
        record(answer.status)
        send(res, answer)
      })()
    })
  })
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
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
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
