// offboard audit on the bundled sandbox, through the command line: a session deny a departure
// left in an Identity Center permission set is drift once every session it held off has
// expired, and not before; a departed person's user, a user nobody declares and grants no role
// gives are drift too.
import { afterEach, describe, expect, it } from '@jest/globals'
import { withDeny } from '../../src/connectors/aws_sso/deny.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { cli, repoRoot, scratchTree } from '../support/tree.js'

const HOUR = 3_600_000
const GONE = '906722c6df-4a4a9f8c-0b6a-5d3e-2f1a-0b1c2d3e4f5a'
const RECENT = '906722c6df-11111111-2222-3333-4444-555555555555'

let sandbox: Sandbox | undefined
afterEach(() => sandbox?.close())

interface AuditJson {
  platforms: { platform: string; status: string }[]
  findings: {
    kind: string
    severity: string
    platform: string
    account: string
    target?: string
    detail: string
  }[]
}

describe('offboard audit of IAM Identity Center', () => {
  it('reports a session deny older than the longest session, of a deleted user, and no younger one', async () => {
    const inputs = await loadSandboxInputs('access', repoRoot)
    if (!inputs.ok) throw new Error(inputs.message)
    sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
      accessFiles: await readAccessTree('access', repoRoot)
    })
    // Denies put by earlier departures, as the connector writes and provisions them.
    const developer = [...sandbox.states.sso!.permissionSets.values()].find(
      ps => ps.name === 'Developer'
    )!
    const policy = withDeny(
      withDeny(undefined, GONE, new Date(Date.now() - 14 * HOUR)),
      RECENT,
      new Date(Date.now() - 2 * HOUR)
    )
    developer.inlinePolicy = developer.provisionedPolicy = policy

    const r = await cli(['audit', '--json'], scratchTree(), {
      ...sandbox.env,
      AWS_EC2_METADATA_DISABLED: 'true'
    })
    expect(r.err).toBe('')
    const json = JSON.parse(r.out) as AuditJson
    expect(json.platforms.find(p => p.platform === 'aws_sso')).toMatchObject({ status: 'checked' })
    const sso = json.findings
      .filter(f => f.platform === 'aws_sso')
      .map(f => `${f.severity} ${f.kind} ${f.account} ${f.target ?? '-'}`)
    expect(sso.sort()).toEqual([
      'critical departed_still_active judy@acme.example -',
      'high undeclared_account vendor-sso -',
      // What the scenario gives alice beyond her role.
      'medium extra_grant alice aws_sso_assignment 444455556666/Billing',
      'medium extra_grant alice aws_sso_group operators',
      `medium stale_session_deny ${GONE} session_deny Developer`
    ])
    const deny = json.findings.find(f => f.kind === 'stale_session_deny')!
    expect(deny.detail).toMatch(/was put 14 hours ago for user .+, since deleted/)
  })
})
