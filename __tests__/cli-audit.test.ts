// `offboard audit` without any platform to reach: invalid input, and platforms without
// credentials (the drift itself is tested against the simulated platforms and moto).
import { describe, expect, it } from '@jest/globals'
import type { AuditJson } from '../src/report/audit.js'
import { withoutAwsCredentials } from './support/aws-env.js'
import { cli, scratchTree } from './support/tree.js'

describe('offboard audit', () => {
  withoutAwsCredentials()

  it('refuses invalid declarations with their diagnostics, exit 2', async () => {
    const cwd = scratchTree({
      'people/zed.yaml': 'id: zed\nname: Z\nemail: nope\nstatus: active\n'
    })
    const r = await cli(['audit'], cwd)
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/^access\/people\/zed\.yaml:3:8: .*email "nope"/m)
    expect(r.err).toMatch(/run "offboard validate" and fix them before auditing/)
  })

  it('reports every platform without credentials as not checked, never as clean', async () => {
    const r = await cli(['audit', '--fail-on-drift'], scratchTree())
    expect(r.code).toBe(0)
    expect(r.out.split('\n')[0]).toMatch(/: nothing checked; 9 platforms not checked$/)
    for (const [platform, env] of [
      ['github', 'GITHUB_TOKEN'],
      ['slack', 'SLACK_TOKEN'],
      ['scim:jira', 'JIRA_SCIM_TOKEN'],
      ['scim:pagerduty', 'PAGERDUTY_SCIM_TOKEN'],
      ['entra', 'ENTRA_CLIENT_SECRET'],
      ['okta', 'OKTA_API_TOKEN']
    ])
      expect(r.out).toMatch(new RegExp(`${platform} +NOT CHECKED: no credentials \\(set ${env}\\)`))
    expect(r.out).toMatch(/aws +NOT CHECKED: no credentials/)
    // Said once: the session denies it could not read either add nothing to it.
    expect(r.out).toMatch(
      /^ +aws_sso +NOT CHECKED: no credentials \([^;]*; set AWS_ACCESS_KEY_ID[^;\n]*\)$/m
    )
    expect(r.out).toMatch(
      /^ +google +NOT CHECKED: no credentials \(set GOOGLE_SERVICE_ACCOUNT_KEY\)$/m
    )
  })

  it('prints JSON with --json, reading --dir', async () => {
    const cwd = scratchTree()
    const r = await cli(['audit', '--json', '--dir', 'access'], cwd)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as AuditJson
    expect(json.declarations).toBe('access')
    expect(json.drift).toBe(false)
    expect(json.platforms.map(p => [p.platform, p.status, p.requests])).toEqual([
      ['github', 'not_checked', 0],
      ['aws', 'not_checked', 0],
      ['slack', 'not_checked', 0],
      ['scim:jira', 'not_checked', 0],
      ['scim:pagerduty', 'not_checked', 0],
      ['aws_sso', 'not_checked', 0],
      ['entra', 'not_checked', 0],
      ['google', 'not_checked', 0],
      ['okta', 'not_checked', 0]
    ])
  })
})
