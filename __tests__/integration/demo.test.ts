// offboard demo tells the whole story, and plan against every simulated platform writes nothing.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { initRepo } from '../support/git.js'
import { createEntraMetadataCheck } from '../support/entra-metadata-check.js'
import { cli, repoRoot, scratchTree } from '../support/tree.js'

describe('offboard demo', () => {
  it('validates, plans, applies, verifies the log, audits, shows the evidence, sweeps a key that appeared after the departure, and exits 0', async () => {
    const { code, out } = await cli(['demo'], repoRoot, { AWS_EC2_METADATA_DISABLED: 'true' })
    expect(code).toBe(0)
    expect(out).toMatch(/\[2\/8\][^\n]*\n[^\n]*\$ offboard validate\n\s+access: valid/)
    expect(out).toMatch(/\[3\/8\][\s\S]*aws alice \(id AIDA[0-9A-Z]+\): 19 steps/)
    expect(out).toMatch(
      /offboard apply: 1 person \(plan [0-9a-f]{12}\): \d+ revoked, 1 already absent, 2 skipped, 0 failed/
    )
    expect(out).toMatch(/alice {2}aws {2}delete_user {2}alice {2}revoked/)
    expect(out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    // Identity Center: the sessions of every permission set she can use denied first, her
    // groups and direct assignments removed, then the user deleted.
    expect(out).toMatch(/\[1\/8\] Start simulated [^\n]*AWS IAM Identity Center[^\n]*, seeded/)
    expect(out).toMatch(
      /aws_sso alice \(id [0-9a-f-]+\): 9 steps\n {10}- first: deny_sessions alice\//
    )
    const applied = out.slice(out.indexOf('$ offboard apply'), out.indexOf('$ offboard verify-log'))
    const lines = applied.split('\n')
    // Okta: signed out and suspended first, each app's refresh tokens revoked, then the rest
    // and the user deactivated.
    expect(out).toMatch(
      /okta alice@acme\.example \(id 00u\w+\): 8 steps\n {10}- first: clear_sessions alice@acme\.example /
    )
    expect(out).toMatch(/\[1\/8\] Start simulated [^\n]*\bOkta\b[^\n]*, seeded/)
    const OKTA_FIRST =
      /alice {2}okta {2}(clear_sessions|suspend_user|revoke_app_tokens) .* {2}revoked/
    const oktaFirst = lines.filter(l => OKTA_FIRST.test(l))
    expect(oktaFirst).toHaveLength(4)
    expect(applied).toMatch(/alice {2}okta {2}deactivate_user {2}alice@acme\.example {2}revoked/)
    const denies = lines.filter(l =>
      /alice {2}aws_sso {2}deny_sessions .* {2}revoked {2}deny on/.test(l)
    )
    expect(denies).toHaveLength(4)
    // Each platform's containment runs before its other steps: the steps the plan marks first.
    const planned = out.slice(out.indexOf('$ offboard plan'), out.indexOf('$ offboard apply'))
    const first: string[] = []
    let section = ''
    for (const l of planned.split('\n')) {
      section = /^ {8}(\S+) .*: \d+ steps?\b/.exec(l)?.[1] ?? section
      const step = /^ {10}- first: (\S+) (.*)$/.exec(l)
      if (step) first.push(`${section}  ${step[1]}  ${step[2]}`)
    }
    const isFirst = (l: string) => {
      const m = /^ +alice {2}(.*?) {2}revoked/.exec(l)
      return !!m && first.some(f => f === m[1] || f.startsWith(`${m[1]} (`))
    }
    expect(lines.filter(isFirst)).toHaveLength(first.length)
    const platformOf = (l: string) => /^ +alice {2}(\S+) /.exec(l)?.[1]
    const containing = new Set(lines.filter(isFirst).map(platformOf))
    expect([...containing].sort()).toEqual([
      'aws',
      'aws_sso',
      'entra',
      'github',
      'google',
      'okta',
      'scim:jira',
      'slack'
    ])
    for (const platform of containing) {
      const own = lines.filter(l => / revoked/.test(l) && platformOf(l) === platform)
      const lastFirst = Math.max(...own.map((l, i) => (isFirst(l) ? i : -1)))
      const firstOther = own.findIndex(l => !isFirst(l))
      if (firstOther >= 0)
        expect({ platform, lastFirst }).toEqual({ platform, lastFirst: firstOther - 1 })
    }
    expect(applied).toMatch(/alice {2}aws_sso {2}delete_user {2}alice {2}revoked/)
    // Google Workspace: signed out, then suspended (on_departure's default), both first; every
    // OAuth token and app password deleted, the backup codes invalidated, the groups left.
    expect(out).toMatch(/\[1\/8\] Start simulated [^\n]*Google Workspace[^\n]*, seeded/)
    expect(out).toMatch(
      /google alice@acme.example \(id \d+\): 8 steps\n {10}- first: sign_out alice@acme.example [^\n]*\n {10}- first: suspend_user alice@acme.example /
    )
    const lockedOut = lines.filter(l =>
      /alice {2}google {2}(sign_out|suspend_user) {2}alice@acme.example {2}revoked/.test(l)
    )
    expect(lockedOut).toHaveLength(2)
    for (const what of [
      'delete_oauth_token {2}alice@acme.example token of Zoom',
      'delete_oauth_token {2}alice@acme.example token of Calendly',
      'delete_app_password {2}alice@acme.example app password Thunderbird',
      'invalidate_backup_codes {2}alice@acme.example backup codes',
      'remove_group_membership {2}alice@acme.example in engineering@acme.example',
      'remove_group_membership {2}alice@acme.example in oncall@acme.example'
    ])
      expect(applied).toMatch(new RegExp(`alice {2}google {2}${what} {2}revoked`))
    expect(applied).toMatch(
      /alice {2}google {2}verify {2}alice {2}verified {2}[^\n]*Google account alice@acme.example \(suspended\)/
    )
    // Entra ID: sign-in blocked and sessions revoked first, with the other containment steps;
    // groups and the app role assignment removed, the dynamic group left to a human (the plan
    // says why), then the user deleted.
    expect(out).toMatch(/\[1\/8\] Start simulated [^\n]*Entra ID[^\n]*, seeded/)
    expect(out).toMatch(
      /entra alice@acme\.onmicrosoft\.com \(id [0-9a-f-]+\): 6 steps, 1 for a human\n {10}- first: disable_sign_in [^\n]*\n {10}- first: revoke_sign_in_sessions /
    )
    expect(out).toMatch(
      /needs a human: remove_group_member alice@acme\.onmicrosoft\.com\/All engineers \([0-9a-f-]+\) \(group "All engineers" has dynamic membership/
    )
    const contained = ['disable_sign_in', 'revoke_sign_in_sessions'].map(action =>
      lines.findIndex(l => new RegExp(`alice {2}entra {2}${action} .* {2}revoked`).test(l))
    )
    expect(contained).not.toContain(-1)
    for (const line of [
      /alice {2}entra {2}remove_group_member [^\n]*\/Backend engineers [^\n]* {2}revoked/,
      /alice {2}entra {2}remove_group_member [^\n]*\/SRE on call [^\n]* {2}revoked/,
      /alice {2}entra {2}remove_app_role_assignment [^\n]*\/Salesforce [^\n]* {2}revoked/,
      /alice {2}entra {2}remove_group_member [^\n]*\/All engineers [^\n]* {2}skipped {2}needs a human/,
      /alice {2}entra {2}delete_user {2}alice@acme\.onmicrosoft\.com {2}revoked/
    ])
      expect(applied).toMatch(line)
    // Every platform read back after the steps: nothing left anywhere.
    for (const platform of [
      'github',
      'aws',
      'slack',
      'scim:jira',
      'scim:pagerduty',
      'aws_sso',
      'entra',
      'google',
      'okta'
    ])
      expect(out).toMatch(new RegExp(`alice {2}${platform} {2}verify {2}alice {2}verified {2}`))
    expect(out).toMatch(/, 0 failed, 9 verified\n/)
    expect(out).toMatch(/CRITICAL departed_still_active aws_sso judy@acme.example \(judy\)/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}aws_sso vendor-sso/)
    expect(out).not.toMatch(/aws_sso breakglass-sso/) // protected
    expect(out).toMatch(/CRITICAL departed_still_active entra judy@acme.example \(judy\)/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}entra contractor@acme.onmicrosoft.com/)
    expect(out).not.toMatch(/entra breakglass@/) // protected
    expect(out).toMatch(/CRITICAL departed_still_active google judy@acme.example \(judy\)/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}google temp-contractor@acme.example/)
    expect(out).not.toMatch(/google (it|offboard)-admin@/) // protected, and the admin offboard acts as
    expect(out).toMatch(/CRITICAL departed_still_active okta judy@acme\.example \(judy\)/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}okta mallory@partner\.example/)
    expect(out).not.toMatch(/okta breakglass@acme\.example/) // protected
    // apply says how long each platform took and that it was within the SLA.
    expect(out).toMatch(
      /time to revoke: alice: [^\n]*github \d+\.\ds[^\n]*\(first write to verified\); verified gone everywhere at [^\n]*: within policy\.revoke_within 24h/
    )
    expect(out).toMatch(
      /waiting for a human: 2 \(the audit reports each as manual_step_pending[^\n]*\n\s+alice {2}github {2}review_deploy_key {2}api deploy key \d+ /
    )
    expect(out).toMatch(
      /MEDIUM {3}manual_step_pending {3}github alice-gh \(alice\): api deploy key/
    )
    expect(out).toMatch(/\$ offboard verify-log\n\s+intact: \d+ records in 1 file/)
    expect(out).toMatch(/HIGH {5}undeclared_account {4}aws old-contractor/)
    expect(out).not.toMatch(/CRITICAL departed_still_active \w+ alice/) // alice is gone everywhere
    // The evidence: alice's row, requested by the commit that departs her, verified gone
    // everywhere seconds later, within the 24h SLA; the report names the chain's head.
    const evidence = out.slice(out.indexOf('$ offboard evidence'))
    expect(evidence).toMatch(/chain head seq \d+ hash `[0-9a-f]{64}`/)
    expect(evidence).toMatch(
      /\| \*\*alice\*\* \(Alice Liddell\) \| \d{4}-\d{2}-\d{2} \| \d{4}-\d{2}-\d{2} [\d:]{8}Z \| {2}\| no \| [^|]+ \/ [^|]+ \| \d{4}-\d{2}-\d{2} [\d:]{8}Z \| (\d+\.\ds|\d+m \d{2}s) \| \*\*yes\*\* \(due [^)]+\) \| \d+ revoked, 1 already absent, 2 skipped, 0 failed \| [^|]*github api deploy key \d+ /
    )
    expect(evidence).toMatch(/\*\*Totals\*\*: 1 departure: 0 late, 0 pending/)
    // The sweep: alice's IAM user re-created with a key after her departure, revoked under
    // her departure and logged, everything verified again; judy has no departure in the log.
    const swept = out.slice(out.indexOf('[8/8]'))
    expect(swept).toMatch(/\$ offboard sweep\n/)
    expect(swept).toMatch(/alice {2}aws {2}delete_access_key {2}alice\/AKIA\.\.\.\w{4} {2}revoked/)
    expect(swept).toMatch(/alice {2}aws {2}delete_user {2}alice {2}revoked/)
    expect(swept).toMatch(/not swept: judy: no departure of judy in the log/)
    expect(swept).toMatch(
      /offboard sweep: 1 person \(plan [0-9a-f]{12}\): 5 revoked, 0 already absent, 0 skipped, 0 failed, 9 verified/
    )
    expect(swept).not.toMatch(/alice {2}github {2}\w+ {2}\S+ {2}revoked/) // nothing else came back
    expect(out).toMatch(
      /\nDone: alice's access and credentials were revoked and verified gone on every platform[^\n]*the key that appeared after her departure was swept\./
    )
  })
})

describe('plan against the sandbox', () => {
  it('discovers on every platform and sends no write to any of them', async () => {
    const inputs = await loadSandboxInputs('access', repoRoot)
    if (!inputs.ok) throw new Error(inputs.message)
    const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
      accessFiles: await readAccessTree('access', repoRoot),
      // A Graph request Microsoft's description of Graph v1.0 does not allow is answered 599:
      // Entra ID would then not be checked.
      checkEntraRequest: createEntraMetadataCheck()
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
        ['scim:pagerduty', 'no_account', false],
        ['aws_sso', 'checked', true],
        ['entra', 'checked', true],
        ['google', 'checked', true],
        ['okta', 'checked', true]
      ])
      for (const name of [
        'github',
        'aws-iam',
        'slack',
        'scim:jira',
        'scim:pagerduty',
        'aws-sso',
        'entra',
        'google',
        'okta'
      ])
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
