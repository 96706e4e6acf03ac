// `offboard audit` end to end against the simulated GitHub: the YAML tree, the connector's
// listing through the real client, the report and the exit code.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { AuditJson } from '../../src/report/audit.js'
import { createGithubPlatform, type GithubSimState } from '../../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { auditTree, driftedOrg, fix } from '../support/audit-github-fixture.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { cli } from '../support/tree.js'

let state: GithubSimState
let server: SimServer
let violations: string[]

beforeEach(async () => {
  state = driftedOrg()
  const sim = createGithubPlatform(state, { checkRequest: createGithubOpenapiCheck() })
  violations = sim.violations
  server = await startSimServer(sim.platform)
})
afterEach(async () => {
  await server.close()
  // Every request the audit made keeps to GitHub's published contract.
  expect(violations).toEqual([])
})

describe('offboard audit against GitHub (simulated)', () => {
  const env = () => ({ GITHUB_TOKEN: 'ghp_audit', GITHUB_API_URL: server.url })

  it('reports every kind of GitHub drift and exits 3 with --fail-on-drift', async () => {
    const cwd = auditTree()
    const r = await cli(['audit', '--json', '--fail-on-drift'], cwd, env())
    expect(r.code).toBe(3)
    const json = JSON.parse(r.out) as AuditJson
    expect(
      json.findings.map(
        f => `${f.severity} ${f.kind} ${f.account} ${f.person ?? '-'} ${f.target ?? '-'}`
      )
    ).toEqual([
      'critical departed_still_active frank-gh frank -',
      'high undeclared_account mallory - -',
      'medium extra_grant alice-gh alice github_team sre',
      'low undeclared_invitation stranger@else.example - -',
      'info missing_grant carol-n carol -'
    ])
    // Listing is by whole collections: admins, members, outside collaborators,
    // invitations, and the members of each declared team; never one request per person.
    expect(json.platforms).toEqual([
      expect.objectContaining({ platform: 'github', status: 'checked', accounts: 9, requests: 6 })
    ])
    expect(server.writes()).toEqual([])
    expect((await cli(['audit'], cwd, env())).code).toBe(0)
  })

  it('is clean once the organization matches the declarations (no false alarms)', async () => {
    fix(state)
    const r = await cli(['audit', '--fail-on-drift'], auditTree(), env())
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/: 1 finding \(1 info\)$/m)
    expect(r.out).toMatch(
      /^INFO +missing_grant +github carol-n \(carol\): carol-n is invited, not yet a member$/m
    )
  })
})
