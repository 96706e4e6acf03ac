import { describe, expect, it } from '@jest/globals'
import { loadFromDirectory } from '../src/declarations/load.js'
import { scratchTree } from './support/tree.js'

const person = (id: string, extra = '') =>
  `id: ${id}\nname: Test ${id}\nemail: ${id}@acme.example\nstatus: active\nroles: [backend]\n${extra}`

describe('loading the example tree', () => {
  it('is valid and fills in defaults', async () => {
    const { declarations, diagnostics } = await loadFromDirectory('access', scratchTree())
    expect(diagnostics).toEqual([])
    expect(declarations.people.size).toBe(10)
    expect(declarations.roles.size).toBe(5)
    expect(declarations.people.get('judy')).toMatchObject({
      status: 'departed',
      departed_on: '2026-10-30'
    })
    expect(declarations.roles.get('github-admin')?.grants.github).toEqual({
      teams: [],
      org_role: 'admin'
    })
    expect(declarations.platforms.aws).toMatchObject({ on_departure: 'delete', stale_key_days: 90 })
    expect(declarations.platforms.scim.map(a => a.on_departure)).toEqual(['deactivate', 'delete'])
    expect(declarations.people.get('alice')?.at).toEqual({
      file: 'access/people/alice.yaml',
      line: 2,
      column: 1
    })
  })

  it('defaults every optional platform setting', async () => {
    const cwd = scratchTree({
      'platforms.yaml':
        'version: 1\ngithub: {org: acme}\naws: {}\nslack: {}\naws_sso: {instance_arn: "arn:aws:sso:::instance/ssoins-1234567890abcdef", identity_store_id: d-1234567890, region: eu-west-1}\nentra: {tenant_id: 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b, client_id: 8d6e4c2a-1b3f-4a5d-9e7c-0f1a2b3c4d5e}\ngoogle: {admin: admin@acme.example}\nscim:\n  - {name: jira, base_url: "https://j.example/scim/v2", token_env: T}\n  - {name: pagerduty, base_url: "https://p.example/scim/v2", token_env: P}\nokta: {org_url: "https://acme.okta.com", token_env: O}\n'
    })
    const { declarations, diagnostics } = await loadFromDirectory('access', cwd)
    expect(diagnostics).toEqual([])
    expect(declarations.platforms).toMatchObject({
      github: { org: 'acme', protected: [], repository_scan_limit: 200 },
      aws: { on_departure: 'delete', revoke_sessions: true, protected: [], stale_key_days: 90 },
      slack: { deactivate_with: 'scim', protected: [] },
      aws_sso: {
        instance_arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
        identity_store_id: 'd-1234567890',
        region: 'eu-west-1',
        on_departure: 'delete',
        revoke_sessions: true,
        protected: []
      },
      entra: {
        tenant_id: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
        client_id: '8d6e4c2a-1b3f-4a5d-9e7c-0f1a2b3c4d5e',
        credentials: { type: 'github_oidc' },
        on_departure: 'disable',
        app_role_assignments: 'remove',
        protected: []
      },
      google: {
        customer_id: 'my_customer',
        admin: 'admin@acme.example',
        credentials: { key_env: 'GOOGLE_SERVICE_ACCOUNT_KEY' },
        on_departure: 'suspend',
        protected: []
      },
      okta: {
        org_url: 'https://acme.okta.com',
        token_env: 'O',
        scopes: ['okta.users.manage', 'okta.groups.manage', 'okta.roles.read'],
        on_departure: 'deactivate',
        protected: []
      },
      policy: { max_departures_per_change: 5, max_departure_ratio: 0.2 }
    })
  })
})

describe('schema rules', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    [
      'unknown key with a suggestion',
      { 'people/zed.yaml': person('zed', 'emial: x\n') },
      'people/zed.yaml:6:1',
      /unknown key "emial".*did you mean "email"/
    ],
    [
      'missing required key',
      { 'people/zed.yaml': 'id: zed\nname: Z\nstatus: active\n' },
      'people/zed.yaml:1:1',
      /missing the required key "email"/
    ],
    [
      'bad enum with a suggestion',
      { 'people/zed.yaml': person('zed').replace('status: active', 'status: departd') },
      'people/zed.yaml:4:9',
      /status must be one of active, departed.*did you mean "departed"/
    ],
    [
      'departed without a date',
      { 'people/zed.yaml': person('zed').replace('status: active', 'status: departed') },
      'people/zed.yaml:1:1',
      /add departed_on/
    ],
    [
      'a date while active',
      { 'people/zed.yaml': person('zed', 'departed_on: 2026-01-01\n') },
      'people/zed.yaml:6:1',
      /departed_on is only allowed when status is departed/
    ],
    [
      'a date that is not a date',
      {
        'people/zed.yaml': person('zed').replace(
          'status: active',
          'status: departed\ndeparted_on: 30/10/2026'
        )
      },
      'people/zed.yaml:5:14',
      /not a date written YYYY-MM-DD/
    ],
    [
      'bad email',
      { 'people/zed.yaml': person('zed').replace('zed@acme.example', 'zed-at-acme') },
      'people/zed.yaml:3:8',
      /not an email address/
    ],
    [
      'bad id pattern',
      { 'people/zed.yaml': person('Zed') },
      'people/zed.yaml:1:5',
      /id "Zed" is not valid: use lowercase/
    ],
    [
      'number where text belongs',
      { 'people/zed.yaml': person('zed', 'accounts:\n  aws: 1234\n') },
      'people/zed.yaml:7:8',
      /accounts.aws must be text or a mapping \(key: value lines\), found a number.*quotes/
    ],
    [
      'list where a mapping belongs',
      { 'people/zed.yaml': person('zed', 'accounts: [github]\n') },
      'people/zed.yaml:6:11',
      /accounts must be a mapping.*found a list/
    ],
    [
      'duplicate list item',
      { 'people/zed.yaml': person('zed').replace('[backend]', '[backend, backend]') },
      'people/zed.yaml:5:9',
      /roles lists "backend" twice/
    ],
    [
      'bad Slack id',
      { 'people/zed.yaml': person('zed', 'accounts:\n  slack: alice\n') },
      'people/zed.yaml:7:10',
      /accounts.slack "alice" is not valid: use Slack member id/
    ],
    [
      'version must be 1',
      { 'platforms.yaml': 'version: 2\n' },
      'platforms.yaml:1:10',
      /version must be 1/
    ],
    [
      'bad ratio',
      { 'platforms.yaml': 'version: 1\npolicy:\n  max_departure_ratio: 1.5\n' },
      'platforms.yaml:3:24',
      /at most 1, found 1.5/
    ],
    [
      'a revoke_within that is not a duration',
      { 'platforms.yaml': 'version: 1\npolicy:\n  revoke_within: 1 day\n' },
      'platforms.yaml:3:18',
      /policy.revoke_within "1 day" is not valid: use a duration: a whole number and m \(minutes\), h \(hours\) or d \(days\), e.g. 24h, 90m, 2d/
    ],
    [
      'a revoke_within of zero',
      { 'platforms.yaml': 'version: 1\npolicy:\n  revoke_within: 0h\n' },
      'platforms.yaml:3:18',
      /policy.revoke_within "0h" is not valid/
    ],
    [
      'bad policy ARN',
      { 'roles/x.yaml': 'id: x\ngrants:\n  aws:\n    policies: [ReadOnlyAccess]\n' },
      'roles/x.yaml:4:16',
      /not valid: use a managed policy ARN/
    ],
    [
      'grants missing',
      { 'roles/x.yaml': 'id: x\n' },
      'roles/x.yaml:1:1',
      /missing the required key "grants"/
    ]
  ]
  it.each(cases)('%s', async (_name, overrides, where, message) => {
    const { diagnostics } = await loadFromDirectory('access', scratchTree(overrides))
    const found = diagnostics.map(d => `${d.file}:${d.line}:${d.column}: ${d.message}`)
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^access/${where}: `))])
    )
    expect(found.find(l => l.startsWith(`access/${where}: `))).toMatch(message)
  })
})

describe('cross-file rules', () => {
  const cases: [string, Record<string, string | null>, string, RegExp][] = [
    [
      'id differs from the file name',
      { 'people/zed.yaml': person('zack') },
      'people/zed.yaml:1:5',
      /id "zack" differs from the file name: set id: zed/
    ],
    [
      'role id differs from the file name',
      { 'roles/x.yaml': 'id: y\ngrants: {}\n' },
      'roles/x.yaml:1:5',
      /set id: x/
    ],
    [
      'unknown role with a suggestion',
      { 'people/zed.yaml': person('zed').replace('[backend]', '[backnd]') },
      'people/zed.yaml:5:9',
      /role "backnd" does not exist: did you mean "backend"/
    ],
    [
      'GitHub login claimed twice, case-insensitively',
      { 'people/zed.yaml': person('zed', 'accounts:\n  github: Alice-GH\n') },
      'people/zed.yaml:7:11',
      /GitHub login Alice-GH is already claimed by alice \(access\/people\/alice.yaml:8\)/
    ],
    [
      'IAM user claimed twice, case-insensitively (IAM names ignore case)',
      { 'people/zed.yaml': person('zed', 'accounts:\n  aws: Bob\n') },
      'people/zed.yaml:7:8',
      /IAM user Bob is already claimed by bob/
    ],
    [
      'Slack member claimed twice',
      { 'people/zed.yaml': person('zed', 'accounts:\n  slack: U0CAROL01\n') },
      'people/zed.yaml:7:10',
      /Slack member U0CAROL01 is already claimed by carol/
    ],
    [
      'SCIM userName claimed twice in one app',
      { 'people/zed.yaml': person('zed', 'accounts:\n  scim:\n    jira: ALICE@acme.example\n') },
      'people/zed.yaml:8:11',
      /jira user ALICE@acme.example is already claimed by alice/
    ],
    [
      'email claimed twice',
      { 'people/zed.yaml': person('zed').replace('zed@acme.example', 'alice@acme.example') },
      'people/zed.yaml:3:8',
      /email alice@acme.example is already claimed by alice/
    ],
    [
      'departing person holds a protected account',
      {
        'people/zed.yaml': person('zed', 'accounts:\n  aws: BreakGlass\n').replace(
          'status: active',
          'status: departed\ndeparted_on: 2026-11-01'
        )
      },
      'people/zed.yaml:8:8',
      /IAM user BreakGlass is protected/
    ],
    [
      'departing person holds a protected Slack member',
      {
        'people/zed.yaml': person('zed', 'accounts:\n  slack: U0ADMIN01\n').replace(
          'status: active',
          'status: departed\ndeparted_on: 2026-11-01'
        )
      },
      'people/zed.yaml:8:10',
      /Slack member U0ADMIN01 is protected \(platforms.yaml slack.protected\)/
    ],
    [
      'unknown SCIM app on a person',
      { 'people/zed.yaml': person('zed', 'accounts:\n  scim:\n    jiraa: zed\n') },
      'people/zed.yaml:8:5',
      /SCIM app "jiraa" is not configured.*did you mean "jira"/
    ],
    [
      'unknown SCIM app on a role',
      { 'roles/x.yaml': 'id: x\ngrants:\n  scim: [opsgenie]\n' },
      'roles/x.yaml:3:10',
      /SCIM app "opsgenie" is not configured/
    ],
    [
      'platform not configured',
      {
        'platforms.yaml':
          'version: 1\ngithub: {org: acme}\nscim:\n  - {name: jira, base_url: "https://j.example/scim/v2", token_env: T}\n  - {name: pagerduty, base_url: "https://p.example/scim/v2", token_env: P}\n'
      },
      'people/alice.yaml:9:3',
      /accounts.aws is set but platforms.yaml has no aws block/
    ],
    [
      'role grants on a platform not configured',
      {
        'platforms.yaml':
          'version: 1\ngithub: {org: acme}\nscim:\n  - {name: jira, base_url: "https://j.example/scim/v2", token_env: T}\n  - {name: pagerduty, base_url: "https://p.example/scim/v2", token_env: P}\n'
      },
      'roles/backend.yaml:7:3',
      /grants.aws is set but platforms.yaml has no aws block: add one, or remove these grants/
    ],
    [
      'SCIM app configured twice',
      {
        'platforms.yaml':
          'version: 1\nscim:\n  - {name: jira, base_url: "https://a.example/", token_env: A}\n  - {name: jira, base_url: "https://b.example/", token_env: B}\n'
      },
      'platforms.yaml:4:12',
      /SCIM app "jira" is configured twice/
    ]
  ]
  it.each(cases)('%s', async (_name, overrides, where, message) => {
    const { diagnostics } = await loadFromDirectory('access', scratchTree(overrides))
    const line = diagnostics
      .map(d => `${d.file}:${d.line}:${d.column}: ${d.message}`)
      .find(l => l.startsWith(`access/${where}: `))
    expect(line).toMatch(message)
  })

  it('reports every problem at once, sorted by file and line', async () => {
    // zed's schema problem is found before amy's cross-file ones: the sort puts amy first.
    const { diagnostics } = await loadFromDirectory(
      'access',
      scratchTree({
        'people/amy.yaml': person('amy', 'accounts:\n  github: alice-gh\n').replace(
          '[backend]',
          '[nope]'
        ),
        'people/zed.yaml': person('zed', 'colour: red\n')
      })
    )
    expect(diagnostics.map(d => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'access/people/amy.yaml:5:9',
      'access/people/amy.yaml:7:11',
      'access/people/zed.yaml:6:1'
    ])
    expect(diagnostics.map(d => d.message)).toEqual([
      expect.stringMatching(/^role "nope" does not exist/),
      expect.stringMatching(/^GitHub login alice-gh is already claimed by alice/),
      expect.stringMatching(/^unknown key "colour" in the file/)
    ])
  })
})
