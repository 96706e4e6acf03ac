// Shared by the Google connector's nock tests: a service account key made for the test, the
// token endpoint answering the delegation, Google's resource and error shapes, and a connector
// on Google's real hosts (nock answers; nothing leaves the process).
import { generateKeyPairSync } from 'node:crypto'
import nock from 'nock'
import { googleConnector } from '../../src/connectors/google/connector.js'
import type { GoogleBlock } from '../../src/connectors/google/types.js'
import { config, googleContext } from './google-fixture.js'

export const API = 'https://admin.googleapis.com'
export const OAUTH = 'https://oauth2.googleapis.com'
export const D = '/admin/directory/v1'
export const ACCESS_TOKEN = 'ya29.test-access-token'

const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
})
export { publicKey }
export const KEY = JSON.stringify({
  type: 'service_account',
  client_email: 'offboard@acme-ops.iam.gserviceaccount.com',
  client_id: '1234567890',
  private_key: privateKey
})

/** A connector on Google's hosts with a key in GOOGLE_SERVICE_ACCOUNT_KEY; waits are recorded. */
export function setup(block: Partial<GoogleBlock> = {}, env: Record<string, string> = {}) {
  const waits: number[] = []
  const made = googleContext({ GOOGLE_SERVICE_ACCOUNT_KEY: KEY, ...env })
  const factory = googleConnector(config(block), {
    sleep: async ms => void waits.push(ms)
  })
  return { ...made, waits, reader: factory.reader(made.ctx), writer: factory.writer(made.ctx) }
}

/** The JWT claims of a form-encoded token request's assertion. */
export function assertionClaims(body: Record<string, string>): Record<string, unknown> {
  return JSON.parse(Buffer.from(body.assertion.split('.')[1], 'base64url').toString()) as Record<
    string,
    unknown
  >
}

/** The token endpoint, once: it answers the delegation with ACCESS_TOKEN. */
export const tokenEndpoint = () =>
  nock(OAUTH)
    .post('/token')
    .reply(200, { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' })

export const googleError = (code: number, reason: string, message = reason) => ({
  error: { code, message, errors: [{ message, domain: 'global', reason }] }
})

export const api = () => nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } })
export const enc = encodeURIComponent

export const aliceUser = (over: Record<string, unknown> = {}) => ({
  kind: 'admin#directory#user',
  id: '111',
  primaryEmail: 'alice@acme.example',
  name: { fullName: 'Alice Liddell' },
  isAdmin: false,
  suspended: false,
  aliases: ['a.liddell@acme.example'],
  ...over
})
