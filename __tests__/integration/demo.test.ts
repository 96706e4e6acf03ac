// offboard demo tells the whole story, and plan against every simulated platform writes nothing.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { initRepo } from '../support/git.js'
import { cli, repoRoot, scratchTree } from '../support/tree.js'

describe('offboard demo', () => {
  it('validates, plans, applies, verifies the log and audits, and exits 0', async () => {
    const { code, out } = await cli(['demo'], repoRoot, { AWS_EC2_METADATA_DISABLED: 'true' })
    expect(code).toBe(0)
    expect(out).toMatch(/\[2\/6\][^\n]*\n[^\n]*\$ offboard validate\n\s+access: valid/)
    expect(out).toMatch(/\[3\/6\][\s\S]*aws alice \(id arn:aws:iam::\d+:user\/alice\): 19 steps/)
    expect(out).toMatch(
      /offboard apply: 1 person \(plan [0-9a-f]{12}\): \d+ revoked, 1 already absent, 1 skipped, 0 failed/
    )
    expect(out).toMatch(/alice {2}aws {2}delete_user {2}alice {2}revoked/)
    expect(out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    expect(out).toMatch(/\$ offboard verify-log\n\s+intact: \d+ records in 1 file/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}aws old-contractor/)
    expect(out).not.toMatch(/CRITICAL departed_still_active \w+ alice/) // alice is gone everywhere
    expect(out).toMatch(/\nDone: alice's access and credentials were revoked on every platform/)
  })
})

describe('plan against the sandbox', () => {
  it('discovers on every platform and sends no write to any of them', async () => {
    const inputs = await loadSandboxInputs('access', repoRoot)
    if (!inputs.ok) throw new Error(inputs.message)
    const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
      accessFiles: await readAccessTree('access', repoRoot)
    })
    try {
      const cwd = scratchTree()
      initRepo(cwd)
      const alice = join(cwd, 'access/people/alice.yaml')
      writeFileSync(
        alice,
        readFileSync(alice, 'utf8').replace(
          'status: active',
          'status: departed\ndeparted_on: 2026-11-25'
        )
      )
      const { code, out } = await cli(['plan', '--base', 'HEAD', '--json'], cwd, {
        ...sandbox.env,
        AWS_EC2_METADATA_DISABLED: 'true'
      })
      expect(code).toBe(0)
      const plan = JSON.parse(out)
      const sections = plan.people[0].platforms.map(
        (s: { platform: string; status: string; steps: unknown[] }) => [
          s.platform,
          s.status,
          s.steps.length > 0
        ]
      )
      expect(sections).toEqual([
        ['github', 'checked', true],
        ['aws', 'checked', true],
        ['slack', 'checked', true],
        ['scim:jira', 'checked', true],
        ['scim:pagerduty', 'no_account', false]
      ])
      for (const name of ['github', 'aws-iam', 'slack', 'scim:jira', 'scim:pagerduty'])
        expect(sandbox.servers[name].requests.length).toBeGreaterThan(0)
      for (const server of Object.values(sandbox.servers))
        expect({ server: server.name, writes: server.writes() }).toEqual({
          server: server.name,
          writes: []
        })
    } finally {
      await sandbox.close()
    }
  })
})
