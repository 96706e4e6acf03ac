// Google Workspace in the whole sandbox, as the demo runs it: seeded from the example tree,
// served on loopback (the Admin SDK and the OAuth 2.0 token endpoint the connector's
// credentials go through), with every request checked against Google's discovery documents.
// A plan, the apply that departs alice and the audit send only documented methods, and the
// sandbox answers each of them (no request falls through to "Not Found").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { CONTRACT_VIOLATION_STATUS, googleOperations } from '../../src/sandbox/google/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import {
  createGoogleDiscoveryCheck,
  loadGoogleDiscoveryFixture
} from '../support/google-discovery-check.js'
import { cli, departureCheckout, repoRoot } from '../support/tree.js'

let sandbox: Sandbox
let env: Record<string, string>

beforeAll(async () => {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', repoRoot),
    checkGoogleRequest: createGoogleDiscoveryCheck().request
  })
  env = { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' }
})
afterAll(() => sandbox.close())

describe('Google Workspace in the sandbox of the example tree', () => {
  it('points the connector at loopback only, for the Admin SDK and the token endpoint', () => {
    const { url } = sandbox.servers.google
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(env.OFFBOARD_GOOGLE_API_URL).toBe(url)
    expect(env.OFFBOARD_GOOGLE_AUTH_URL).toBe(url)
    // The key's own token_uri is Google's: the connector must not follow it.
    expect(JSON.parse(env.GOOGLE_SERVICE_ACCOUNT_KEY)).toMatchObject({
      type: 'service_account',
      client_email: expect.stringMatching(/@offboard-sandbox\.iam\.gserviceaccount\.com$/)
    })
  })

  it('plans, departs alice and audits with documented methods only, each one served', async () => {
    const server = sandbox.servers.google
    server.resetRecord()
    const cwd = departureCheckout('alice')
    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.code).toBe(0)
    const applied = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(applied.code).toBe(0)
    expect(applied.out).toMatch(/alice {2}google {2}verify {2}alice {2}verified/)
    const audit = await cli(['audit'], cwd, env)
    expect(audit.out).toMatch(/google +checked: \d+ accounts/)

    const documented = new Set([
      ...loadGoogleDiscoveryFixture().methods.map(m => m.id),
      'oauth2.token'
    ])
    const refused = server.requests.filter(
      r => r.status === CONTRACT_VIOLATION_STATUS || !googleOperations().includes(r.operation)
    )
    expect(refused.map(r => `${r.method} ${r.path}`)).toEqual([])
    const used = new Set(server.requests.map(r => r.operation))
    expect([...used].filter(op => !documented.has(op))).toEqual([])
    // The credentials went through the sandbox's token endpoint, and every write a departure
    // makes reached it.
    expect([...used]).toEqual(
      expect.arrayContaining([
        'oauth2.token',
        'directory.users.signOut',
        'directory.users.update',
        'directory.tokens.delete',
        'directory.asps.delete',
        'directory.verificationCodes.invalidate',
        'directory.members.delete',
        'directory.users.list',
        'directory.members.list'
      ])
    )
    expect(server.requests.filter(r => r.status >= 400)).toEqual([])
  })
})
