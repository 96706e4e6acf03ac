// A departure revokes the accounts reviewers approved: the identity declared at base. A change
// that alters a departing person's email or accounts, or unprotects an account of theirs, is
// refused for that person (the others in the change go ahead), exit 2 in plan, and in apply one
// failed record that says why, exit 1. End to end: the command line against the sandbox.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { readLog } from '../../src/log/store.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import { commitAll, initRepo } from '../support/git.js'
import {
  departIn as depart,
  editAccess as edit,
  startTreeSandbox
} from '../support/sandbox-tree.js'
import { cli, scratchTree } from '../support/tree.js'

let sandbox: Sandbox
let env: Record<string, string>

beforeEach(async () => {
  ;({ sandbox, env } = await startTreeSandbox())
})
afterEach(() => sandbox.close())

const change = ['--base', 'HEAD~1', '--head', 'HEAD']

/** What an IAM user holds, to show it untouched. */
const iamUser = (name: string) => {
  const u = sandbox.states.iam!.users.get(name)
  return (
    u && {
      keys: u.accessKeys.map(k => k.status),
      groups: u.groupNames,
      policies: u.attachedPolicyArns,
      password: !!u.loginProfile,
      mfa: u.mfaDevices.length
    }
  )
}
const writes = () => Object.values(sandbox.servers).flatMap(s => s.writes())
const records = async (cwd: string) =>
  (await readLog('access', cwd)).flatMap(f =>
    f.text
      .split('\n')
      .filter(Boolean)
      .map(l => JSON.parse(l))
  )

describe('a departure that re-aims itself', () => {
  it("marking alice departed and changing her accounts.aws to old-contractor: refused for alice, old-contractor untouched, the log says why; bob's reduction goes ahead", async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    depart(cwd, 'alice')
    edit(cwd, 'people/alice.yaml', t => t.replace('aws: alice', 'aws: old-contractor'))
    edit(cwd, 'people/bob.yaml', t => t.replace('roles: [sre, github-admin]', 'roles: [sre]'))
    commitAll(cwd, 'alice leaves, as old-contractor; bob is no longer an owner')
    const before = iamUser('old-contractor')
    expect(before?.keys).toEqual(['Active'])

    const plan = await cli(['plan', ...change], cwd, env)
    expect(plan.code).toBe(2)
    expect(plan.out).toMatch(
      /^offboard plan: .*: 1 departure \(1 refused\), 1 reduction; plan [0-9a-f]{12}\n\nREFUSED for alice \(departure_identity_changed\): this change departs alice and changes alice's identity \(accounts\.aws alice -> old-contractor\)/
    )
    expect(plan.err).toMatch(/in a pull request of its own first, then depart alice/)
    expect(plan.out).toMatch(/bob .*: reduction/)
    expect(plan.out).not.toMatch(/old-contractor\/|delete_user old-contractor/)

    const apply = await cli(['apply', ...change], cwd, env)
    expect(apply.code).toBe(1)
    expect(apply.out).toMatch(
      /alice {2}offboard {2}refuse_departure {2}alice {2}failed {2}refused: this change departs alice and changes alice's identity \(accounts\.aws alice -> old-contractor\)/
    )
    expect(apply.out).toMatch(/bob {2}github {2}demote_org_admin {2}\S+ {2}revoked/)
    expect(iamUser('old-contractor')).toEqual(before)
    expect(iamUser('alice')?.keys.length).toBeGreaterThan(0)
    // The only writes are bob's demotion.
    expect(writes().map(w => w.operation)).toEqual([expect.stringMatching(/membership/)])
    const refusal = (await records(cwd)).filter(r => r.person === 'alice')
    expect(refusal).toEqual([
      expect.objectContaining({
        platform: 'offboard',
        action: 'refuse_departure',
        target: 'alice',
        result: 'failed',
        detail: expect.stringMatching(/accounts\.aws alice -> old-contractor/)
      })
    ])
    expect((await cli(['verify-log'], cwd)).code).toBe(0)
  })

  it('marking alice departed and deleting her accounts block: refused, not a silent success', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    depart(cwd, 'alice')
    edit(cwd, 'people/alice.yaml', t => t.replace(/accounts:\n( {2}.*\n)+/, ''))
    commitAll(cwd, 'alice leaves, with no accounts')

    const plan = await cli(['plan', ...change], cwd, env)
    expect(plan.code).toBe(2)
    expect(plan.out).toMatch(
      /REFUSED for alice \(departure_identity_changed\): .*accounts\.github removed \(alice-gh\); accounts\.aws removed \(alice\); accounts\.slack removed \(U0ALICE01\); accounts\.scim\.jira removed \(alice@acme\.example\)/
    )

    const apply = await cli(['apply', ...change], cwd, env)
    expect(apply.code).toBe(1)
    expect(apply.err).toMatch(/1 failed/)
    expect(apply.out).toMatch(/alice {2}offboard {2}refuse_departure {2}alice {2}failed/)
    expect(writes()).toEqual([])
    expect(sandbox.states.github!.members.map(m => m.login)).toContain('alice-gh')
  })

  it('removing breakglass from aws.protected and departing its owner: refused, breakglass untouched', async () => {
    const cwd = scratchTree()
    // heidi owns the break-glass user (declared, and protected, at base).
    edit(cwd, 'people/heidi.yaml', t => t.replace('accounts:\n', 'accounts:\n  aws: breakglass\n'))
    initRepo(cwd)
    edit(cwd, 'platforms.yaml', t =>
      t.replace('protected: [breakglass, terraform-ci]', 'protected: [terraform-ci]')
    )
    depart(cwd, 'heidi')
    commitAll(cwd, 'heidi leaves; breakglass is no longer protected')
    const before = iamUser('breakglass')
    expect(before?.policies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])

    const plan = await cli(['plan', ...change], cwd, env)
    expect(plan.code).toBe(2)
    expect(plan.out).toMatch(
      /REFUSED for heidi \(departure_unprotects_account\): this change departs heidi and removes IAM user breakglass from aws\.protected, which heidi declares/
    )
    expect(plan.out).toMatch(
      /aws\.protected: head removes breakglass: still protected in this change/
    )

    const apply = await cli(['apply', ...change], cwd, env)
    expect(apply.code).toBe(1)
    expect(apply.out).toMatch(/heidi {2}offboard {2}refuse_departure {2}heidi {2}failed/)
    expect(iamUser('breakglass')).toEqual(before)
    expect(writes()).toEqual([])
  })

  it('a deleted file departs the person declared at base, refused as well when it unprotects their account', async () => {
    const cwd = scratchTree()
    edit(cwd, 'people/heidi.yaml', t => t.replace('accounts:\n', 'accounts:\n  aws: breakglass\n'))
    initRepo(cwd)
    edit(cwd, 'platforms.yaml', t =>
      t.replace('protected: [breakglass, terraform-ci]', 'protected: [terraform-ci]')
    )
    rmSync(join(cwd, 'access/people/heidi.yaml'))
    commitAll(cwd, 'heidi is deleted; breakglass is no longer protected')

    const apply = await cli(['apply', ...change], cwd, env)
    expect(apply.code).toBe(1)
    expect(apply.out).toMatch(/heidi {2}offboard {2}refuse_departure {2}heidi {2}failed/)
    expect(sandbox.states.iam!.users.has('breakglass')).toBe(true)
    expect(writes()).toEqual([])
  })
})
