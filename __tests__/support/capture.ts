// A loopback server standing in for an attacker's (or any) SCIM endpoint: it records every
// request whole (method, URL, headers, body) and answers like an empty SCIM app, so that a
// connector pointed at it carries on and shows what it would send.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Captured {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface CaptureServer {
  url: string
  requests: Captured[]
  /** Every byte received, for "no secret reached it" checks. */
  received(): string
  close(): Promise<void>
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: Captured[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString()
      })
      const list = req.method === 'GET' && /\/Users(\?|$)/.test(req.url ?? '')
      res.writeHead(list ? 200 : 404, { 'content-type': 'application/scim+json' })
      res.end(
        JSON.stringify(
          list
            ? {
                schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
                totalResults: 0,
                startIndex: 1,
                itemsPerPage: 0,
                Resources: []
              }
            : { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' }
        )
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/scim/v2`,
    requests,
    received: () =>
      requests.map(r => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n'),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
