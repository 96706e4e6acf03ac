// apply end to end on the sandbox: a departure and a reduction in one change; one platform
// failing does not stop the others, and a rerun after it recovers finishes without repeating
// anything destructive.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { commitAll, initRepo } from '../support/git.js'
import { cli, repoRoot, scratchTree } from '../support/tree.js'

let sandbox: Sandbox
let cwd: string
let env: Record<string, string>

beforeAll(async () => {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', repoRoot),
    knobs: { 'aws-iam': { serverErrorRate: 1 } }
  })
  env = { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' }
  cwd = scratchTree()
  initRepo(cwd)
  const edit = (id: string, from: string, to: string) => {
    const file = join(cwd, 'access/people', `${id}.yaml`)
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to))
  }
  edit('alice', 'status: active', 'status: departed\ndeparted_on: 2026-11-25')
  edit('bob', 'roles: [sre, github-admin]', 'roles: [sre]')
  commitAll(cwd, 'alice leaves; bob is no longer an owner')
})

afterAll(async () => {
  await sandbox.close()
})

describe('apply with one platform failing', () => {
  it('completes the others, logs the failures, exits 1; a rerun after recovery exits 0 without repeating writes', async () => {
    const first = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(first.code).toBe(1)
    expect(first.out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    expect(first.out).toMatch(/alice {2}slack {2}deactivate_user {2}U0ALICE01 {2}revoked/)
    expect(first.out).toMatch(/bob {2}github {2}demote_org_admin {2}\S+ {2}revoked/)
    expect(first.out).toMatch(/alice {2}aws {2}discover {2}alice {2}failed/)
    expect(first.err).toMatch(/\d+ failed: .* run apply again/)
    const owners = sandbox.states.github!.members.filter(m => m.role === 'admin').map(m => m.login)
    expect(owners).not.toContain('bobokafor')
    expect((await cli(['verify-log'], cwd)).code).toBe(0)

    // AWS recovers; only AWS may be written to now.
    sandbox.servers['aws-iam'].knobs.serverErrorRate = 0
    for (const s of Object.values(sandbox.servers)) s.resetRecord()
    const second = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(second.err).toBe('')
    expect(second.code).toBe(0)
    expect(second.out).toMatch(/alice {2}aws {2}delete_user {2}alice {2}revoked/)
    expect(second.out).toMatch(/alice {2}github {2}check_account {2}alice {2}already_absent/)
    for (const s of Object.values(sandbox.servers))
      if (s.name !== 'aws-iam')
        expect({ server: s.name, writes: s.writes() }).toEqual({ server: s.name, writes: [] })
    expect(sandbox.servers['aws-iam'].writes().length).toBeGreaterThan(5)
    expect((await cli(['verify-log'], cwd)).out).toMatch(/^intact: \d+ records in 1 file/)
  })
})
