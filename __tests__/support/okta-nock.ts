// Shared by the Okta connector's nock tests: a loopback org, Okta's answers, the connector and
// client as apply and plan build them (waits recorded, not slept), and the reads of a departure.
import nock from 'nock'
import type { Step } from '../../src/connectors/connector.js'
import { OktaClient } from '../../src/connectors/okta/client.js'
import { oktaConnector } from '../../src/connectors/okta/connector.js'
import type { OktaBlock } from '../../src/connectors/okta/types.js'
import { connectorContext } from './connectors.js'

// Loopback only: if an interceptor were missing, nothing could leave the machine.
export const ORG = 'http://127.0.0.1:9'
export const TOKEN = 'okta-test-api-token-0001'
export const SSWS = { reqheaders: { authorization: `SSWS ${TOKEN}` } }
export const departure = { kind: 'departure' } as const

export const user = (id: string, login: string, status = 'ACTIVE') => ({
  id,
  status,
  created: '2024-01-01T00:00:00.000Z',
  lastLogin: '2026-01-05T09:00:00.000Z',
  profile: { login, email: login, firstName: login.split('@')[0], lastName: 'L' }
})
export const oktaError = (code: string, summary: string) => ({
  errorCode: code,
  errorSummary: summary,
  errorLink: code,
  errorId: 'oae1',
  errorCauses: []
})
export const NOT_FOUND = oktaError('E0000007', 'Not found: Resource not found: 00u1 (User)')
export const alice = { person: 'alice', name: 'Alice', email: 'alice@acme.example' }

export function connector(block: Partial<OktaBlock> = {}, env: Record<string, string> = {}) {
  const waits: number[] = []
  const { ctx, lines, masked } = connectorContext(
    {},
    { OKTA_API_TOKEN: TOKEN, OFFBOARD_OKTA_URL: ORG, ...env }
  )
  const factory = oktaConnector(
    { org_url: 'https://acme.okta.com', token_env: 'OKTA_API_TOKEN', ...block },
    { sleep: async ms => void waits.push(ms) }
  )
  return { reader: factory.reader(ctx), writer: factory.writer(ctx), ctx, lines, masked, waits }
}

export function client(mode: 'read' | 'write' = 'write') {
  const waits: number[] = []
  const c = new OktaClient({
    orgUrl: ORG,
    auth: { kind: 'token', token: TOKEN, env: 'OKTA_API_TOKEN' },
    mode,
    budget: { retries: 3, seconds: 60, attempt_seconds: 20 },
    log: () => undefined,
    maskSecret: () => undefined,
    sleep: async ms => void waits.push(ms)
  })
  return { c, waits }
}

/** The reads of a departure after the user: nothing held but what `over` gives. */
export function holdings(id: string, over: Partial<Record<string, unknown[]>> = {}) {
  const base = `/api/v1/users/${id}`
  return nock(ORG, SSWS)
    .get(`${base}/groups`)
    .reply(200, over.groups ?? [])
    .get(`${base}/appLinks`)
    .reply(200, over.appLinks ?? [])
    .get(`${base}/factors`)
    .reply(200, over.factors ?? [])
    .get(`${base}/grants`)
    .query({ limit: '200' })
    .reply(200, over.grants ?? [])
    .get(`${base}/clients`)
    .reply(200, over.clients ?? [])
    .get(`${base}/roles`)
    .reply(200, over.roles ?? [])
}

export const step = (action: string, params: Record<string, unknown> = {}): Step => ({
  id: `okta/alice/${action}/x`,
  platform: 'okta' as Step['platform'],
  person: 'alice',
  action,
  target: 'alice@acme.example',
  reason: '',
  after: [],
  mode: 'auto',
  params: { user_id: '00u1', login: 'alice@acme.example', super_admin: false, ...params }
})
