import { describe, expect, it } from '@jest/globals'
import { auditPlatforms, blocking, computeDrift, type Finding } from '../src/audit/index.js'
import type {
  Inventory,
  ListedAccount,
  ListedCredential,
  PlatformReader
} from '../src/connectors/connector.js'
import type { Grant, PlatformName } from '../src/grants.js'
import {
  awsConfig,
  declarations,
  githubConfig,
  person,
  platforms,
  role
} from './support/declarations.js'
import { entry } from './support/log.js'
import { chain } from '../src/log/record.js'
import { knownIdsFromLog } from '../src/log/known-ids.js'

const NOW = new Date('2026-11-26T05:00:00Z')

const config = platforms({
  github: githubConfig('acme', ['Acme-Bot']),
  aws: awsConfig({ protected: ['breakglass'] }),
  slack: { deactivate_with: 'scim', protected: ['U0ADMIN01'] },
  scim: [
    {
      name: 'jira',
      base_url: 'https://jira.example.test/scim/v2',
      token_env: 'JIRA_TOKEN',
      on_departure: 'deactivate'
    }
  ]
})

const backend = role('backend', {
  github: { teams: ['backend'], org_role: 'member' },
  aws: { groups: ['developers'], policies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
  slack: { usergroups: ['backend-team'], channels: ['C0BACKEND'] },
  scim: ['jira']
})
const ops = role('ops', {
  github: { teams: ['sre'], org_role: 'admin' },
  aws: { groups: ['operators'], policies: [] }
})

const alice = person('alice', {
  roles: ['backend'],
  accounts: {
    github: 'alice-gh',
    aws: 'alice',
    slack: 'U0ALICE01',
    scim: { jira: 'Alice@Acme.example' }
  }
})
const dave = person('dave', { roles: ['backend'], accounts: { github: 'DaveK', aws: 'dave' } })
const frank = person('frank', {
  status: 'departed',
  departed_on: '2026-11-20',
  roles: ['backend'],
  accounts: { github: 'frank-gh', aws: 'frank', slack: 'U0FRANK01' }
})

const decl = declarations(config, [alice, dave, frank], [backend, ops])

const g = (platform: PlatformName, kind: Grant['kind'], value: string): Grant => ({
  platform,
  kind,
  value
})
const team = (slug: string) => g('github', 'github_team', slug)
const group = (name: string) => g('aws', 'aws_group', name)
const readOnly = g('aws', 'aws_policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess')

function account(
  platform: PlatformName,
  name: string,
  fields: Partial<ListedAccount> = {}
): ListedAccount {
  return {
    platform,
    account: name,
    kind: platform === 'github' ? 'member' : 'user',
    active: true,
    grants: [],
    credentials: [],
    ...fields
  }
}

const key = (fields: Partial<ListedCredential>): ListedCredential => ({
  kind: 'access_key',
  id: 'AKIA...WXYZ',
  status: 'active',
  created: '2026-01-01',
  lastUsed: '2026-11-25',
  ...fields
})

const inventory = (platform: PlatformName, accounts: ListedAccount[]): Inventory => ({
  platform,
  status: 'checked',
  accounts,
  requests: 3,
  notes: []
})

/** Alice and Dave exactly as declared on GitHub and AWS: no drift. */
const cleanGithub = () =>
  inventory('github', [
    account('github', 'alice-gh', { grants: [team('backend')] }),
    account('github', 'davek', { grants: [team('Backend')] })
  ])
const cleanAws = () =>
  inventory('aws', [
    account('aws', 'alice', { grants: [group('developers'), readOnly], credentials: [key({})] }),
    account('aws', 'dave', { grants: [group('developers'), readOnly] })
  ])

const drift = (...inventories: Inventory[]) =>
  computeDrift(decl, inventories, { now: NOW }).findings
const brief = (f: Finding) =>
  [f.severity, f.kind, f.platform, f.account, f.person ?? '-', f.target ?? '-'].join(' ')

describe('computeDrift', () => {
  it('audits a SCIM app named constructor like any other: its accounts are matched by email', () => {
    const app = { ...config.scim[0], name: 'constructor' }
    const withApp = declarations(
      { ...config, scim: [...config.scim, app] },
      [alice, dave, frank],
      [backend, ops]
    )
    const found = computeDrift(
      withApp,
      [
        inventory('scim:constructor', [
          account('scim:constructor', 'alice@acme.example'),
          account('scim:constructor', 'stray@partner.example')
        ])
      ],
      { now: NOW }
    ).findings.map(brief)
    // alice is found by email (she declares no constructor account); the stray is drift.
    expect(found).toEqual(['high undeclared_account scim:constructor stray@partner.example - -'])
  })

  it('finds nothing when every account holds exactly what its roles give', () => {
    expect(drift(cleanGithub(), cleanAws())).toEqual([])
  })

  it('matches GitHub logins case-insensitively, and team slugs too', () => {
    const findings = drift(
      inventory('github', [
        account('github', 'ALICE-GH', { grants: [team('BACKEND')] }),
        account('github', 'davek', { grants: [team('backend')] })
      ])
    )
    expect(findings).toEqual([])
  })

  it('matches IAM user names case-insensitively, as IAM does', () => {
    const findings = drift(
      inventory('aws', [
        account('aws', 'Alice', {
          grants: [group('developers'), readOnly],
          credentials: [key({})]
        }),
        account('aws', 'DAVE', { grants: [group('developers'), readOnly] })
      ])
    )
    expect(findings).toEqual([])
  })

  it('reports a departed person who still holds an account, with what they hold', () => {
    const findings = drift(
      inventory('aws', [
        ...cleanAws().accounts,
        account('aws', 'frank', { grants: [group('developers')], credentials: [key({})] })
      ])
    )
    expect(findings.map(brief)).toEqual(['critical departed_still_active aws frank frank -'])
    expect(findings[0]!.detail).toBe(
      'frank departed on 2026-11-20 but still holds an active account with access_key AKIA...WXYZ'
    )
  })

  it('counts a disabled account as held while a credential of it is still active', () => {
    const held = account('aws', 'frank', { active: false, credentials: [key({})] })
    const gone = account('aws', 'frank', {
      active: false,
      credentials: [key({ status: 'inactive' })]
    })
    expect(drift(inventory('aws', [held])).map(f => f.kind)).toContain('departed_still_active')
    expect(drift(inventory('aws', [gone])).map(f => f.kind)).not.toContain('departed_still_active')
  })

  it('reports an account nobody declares, and a deleted person is just that', () => {
    const findings = drift(
      inventory('github', [
        ...cleanGithub().accounts,
        account('github', 'mallory', { grants: [team('backend')] }),
        account('github', 'ex-contractor', { kind: 'outside_collaborator' })
      ])
    )
    expect(findings.map(brief)).toEqual([
      'high undeclared_account github ex-contractor - -',
      'high undeclared_account github mallory - -'
    ])
    expect(findings[0]!.detail).toMatch(/outside collaborator access that no active person/)
  })

  it('ignores deactivated accounts nobody declares: they give no access', () => {
    const findings = drift(
      inventory('slack', [
        account('slack', 'U0ALICE01', { kind: 'member' }),
        account('slack', 'U0OLD0001', { kind: 'member', active: false })
      ])
    )
    expect(findings.filter(f => f.account === 'U0OLD0001')).toEqual([])
  })

  it('reports each grant no role of the person gives, on every platform kind', () => {
    const findings = drift(
      inventory('github', [
        account('github', 'alice-gh', {
          grants: [team('backend'), team('sre'), g('github', 'github_org_admin', 'acme')]
        }),
        account('github', 'davek', { grants: [team('backend')] })
      ]),
      inventory('aws', [
        account('aws', 'alice', {
          grants: [
            group('developers'),
            group('operators'),
            readOnly,
            g('aws', 'aws_policy', 'arn:aws:iam::aws:policy/AdministratorAccess')
          ]
        }),
        cleanAws().accounts[1]!
      ]),
      inventory('slack', [
        account('slack', 'U0ALICE01', {
          kind: 'member',
          grants: [
            g('slack', 'slack_usergroup', 'backend-team'),
            g('slack', 'slack_usergroup', 'oncall'),
            g('slack', 'slack_channel', 'C0BACKEND'),
            g('slack', 'slack_channel', 'C0INCIDENT')
          ]
        })
      ])
    )
    expect(findings.filter(f => f.kind === 'extra_grant').map(brief)).toEqual([
      'medium extra_grant aws alice alice aws_group operators',
      'medium extra_grant aws alice alice aws_policy arn:aws:iam::aws:policy/AdministratorAccess',
      'medium extra_grant github alice-gh alice github_org_admin acme',
      'medium extra_grant github alice-gh alice github_team sre',
      'medium extra_grant slack U0ALICE01 alice slack_channel C0INCIDENT',
      'medium extra_grant slack U0ALICE01 alice slack_usergroup oncall'
    ])
  })

  it('reports declared grants that are absent as info, a declared account that is absent as medium', () => {
    const findings = drift(
      inventory('aws', [account('aws', 'alice', { grants: [group('developers')] })])
    )
    expect(findings.map(brief)).toEqual([
      'medium declared_account_missing aws dave dave -',
      `info missing_grant aws alice alice aws_policy ${readOnly.value}`
    ])
    expect(findings[0]!.detail).toBe(
      'declared account dave is not on aws: a departure would find nothing there; correct accounts.aws in people/dave.yaml (a renamed account: its new name), or create the account'
    )
    expect(blocking({ at: '', staleKeyDays: 90, platforms: [], findings })).toEqual([findings[0]])
  })

  describe('stale AWS access keys (90 days by default, now fixed)', () => {
    const staleOf = (c: ListedCredential, days?: number) => {
      const d = days
        ? declarations(platforms({ ...config, aws: awsConfig({ stale_key_days: days }) }), [alice])
        : decl
      const inv = inventory('aws', [
        account('aws', 'alice', { grants: [group('developers'), readOnly], credentials: [c] })
      ])
      return computeDrift(d, [inv], { now: NOW }).findings.filter(
        f => f.kind === 'stale_credential'
      )
    }

    it('flags a key last used 90 days ago or more, not one used 89 days ago', () => {
      expect(staleOf(key({ lastUsed: '2026-08-28' }))).toHaveLength(1)
      expect(staleOf(key({ lastUsed: '2026-08-29' }))).toHaveLength(0)
      expect(staleOf(key({ lastUsed: '2026-08-28' }))[0]).toMatchObject({
        severity: 'medium',
        account: 'alice',
        person: 'alice',
        target: 'access_key AKIA...WXYZ',
        detail:
          'access_key AKIA...WXYZ is active, created 2026-01-01, last used 2026-08-28, 90 days ago (limit 90): deactivate or rotate it'
      })
    })

    it('flags a key never used and older than the limit, not a new one', () => {
      expect(staleOf(key({ lastUsed: null, created: '2026-06-01' }))).toHaveLength(1)
      expect(staleOf(key({ lastUsed: null, created: '2026-11-01' }))).toHaveLength(0)
    })

    it('ignores inactive keys, keys whose use is unknown, and other credentials', () => {
      expect(staleOf(key({ status: 'inactive', lastUsed: '2020-01-01' }))).toHaveLength(0)
      expect(staleOf(key({ lastUsed: undefined, created: '2020-01-01' }))).toHaveLength(0)
      expect(
        staleOf(key({ kind: 'console_password', id: 'password', lastUsed: '2020-01-01' }))
      ).toHaveLength(0)
    })

    it('takes the limit from aws.stale_key_days', () => {
      expect(staleOf(key({ lastUsed: '2026-10-20' }), 30)).toHaveLength(1)
      expect(staleOf(key({ lastUsed: '2026-10-20' }))).toHaveLength(0)
    })

    it('flags stale keys of undeclared users as well', () => {
      const inv = inventory('aws', [
        ...cleanAws().accounts,
        account('aws', 'ci-old', { credentials: [key({ lastUsed: '2025-01-01' })] })
      ])
      expect(drift(inv).map(f => f.kind)).toEqual(['undeclared_account', 'stale_credential'])
    })
  })

  describe('GitHub invitations', () => {
    const invitation = (name: string, email?: string) =>
      account('github', name, { kind: 'invitation', active: false, email })

    it('reports an invitation for someone not declared as low', () => {
      const findings = drift(
        inventory('github', [...cleanGithub().accounts, invitation('stranger@else.example')])
      )
      expect(findings.map(brief)).toEqual([
        'low undeclared_invitation github stranger@else.example - -'
      ])
    })

    it('matches invitations by login or email; a departed person invited is critical', () => {
      const carol = person('carol', { roles: ['backend'], accounts: { github: 'carol-n' } })
      const d = declarations(config, [alice, dave, frank, carol], [backend])
      const findings = computeDrift(
        d,
        [
          inventory('github', [
            ...cleanGithub().accounts,
            invitation('Carol-N'),
            invitation('frank@acme.example', 'frank@acme.example')
          ])
        ],
        { now: NOW }
      ).findings
      expect(findings.map(brief)).toEqual([
        'critical departed_still_active github frank@acme.example frank -',
        'info missing_grant github Carol-N carol -'
      ])
      expect(findings[1]!.detail).toBe('Carol-N is invited, not yet a member')
    })
  })

  it('never reports protected accounts (as the connectors compare them) or bots, whatever they hold', () => {
    const findings = drift(
      inventory('github', [
        ...cleanGithub().accounts,
        account('github', 'acme-bot', { grants: [g('github', 'github_org_admin', 'acme')] }),
        account('github', 'dependabot[bot]', { kind: 'bot' })
      ]),
      inventory('aws', [
        ...cleanAws().accounts,
        // IAM user names are unique regardless of case: the connector never touches this one.
        account('aws', 'BreakGlass', { credentials: [key({ lastUsed: '2020-01-01' })] })
      ]),
      inventory('slack', [
        account('slack', 'U0ALICE01', {
          kind: 'member',
          grants: [
            g('slack', 'slack_usergroup', 'backend-team'),
            g('slack', 'slack_channel', 'C0BACKEND')
          ]
        }),
        account('slack', 'U0ADMIN01', { kind: 'member' }),
        account('slack', 'B0DEPLOY1', { kind: 'bot' })
      ])
    )
    // Only Dave, whose role gives Slack access but who has no member, is left.
    expect(findings.map(brief)).toEqual(['info missing_grant slack dave@acme.example dave -'])
  })

  it('finds Slack members by email when no member id is declared', () => {
    const erin = person('erin', { roles: ['backend'] })
    const gone = person('gone', { status: 'departed', departed_on: '2026-10-01' })
    const d = declarations(config, [erin, gone], [backend])
    const inv = inventory('slack', [
      account('slack', 'U0ERIN001', {
        kind: 'member',
        email: 'Erin@acme.example',
        grants: [g('slack', 'slack_usergroup', 'backend-team')]
      }),
      account('slack', 'U0GONE001', { kind: 'member', email: 'gone@acme.example' })
    ])
    expect(computeDrift(d, [inv], { now: NOW }).findings.map(brief)).toEqual([
      'critical departed_still_active slack U0GONE001 gone -',
      'info missing_grant slack U0ERIN001 erin slack_channel C0BACKEND'
    ])
  })

  it('matches SCIM userNames case-insensitively; a deactivated account is not held', () => {
    const inv = inventory('scim:jira', [
      account('scim:jira', 'alice@acme.EXAMPLE', {
        grants: [g('scim:jira', 'scim_app', 'jira')]
      }),
      account('scim:jira', 'frank@acme.example', { active: false })
    ])
    expect(drift(inv).map(brief)).toEqual([
      // Dave's role gives Jira; he declares no userName and none has his email.
      'info missing_grant scim:jira dave@acme.example dave -'
    ])
  })

  it('reports a platform that was not checked as such, with no findings from it', () => {
    const result = computeDrift(
      decl,
      [
        cleanGithub(),
        {
          platform: 'aws',
          status: 'not_checked',
          reason: 'not checked: no credentials',
          accounts: [],
          requests: 0,
          notes: []
        }
      ],
      { now: NOW }
    )
    expect(result.findings).toEqual([])
    expect(result.platforms).toEqual([
      { platform: 'github', status: 'checked', accounts: 2, requests: 3, notes: [] },
      {
        platform: 'aws',
        status: 'not_checked',
        reason: 'not checked: no credentials',
        accounts: 0,
        requests: 0,
        notes: []
      }
    ])
  })

  it('sorts the most severe first', () => {
    const findings = drift(
      inventory('github', [
        account('github', 'alice-gh', { grants: [team('backend'), team('sre')] }),
        account('github', 'davek', {}),
        account('github', 'zed', {}),
        account('github', 'frank-gh', {}),
        account('github', 'someone@else.example', { kind: 'invitation', active: false })
      ])
    )
    expect(findings.map(f => f.severity)).toEqual(['critical', 'high', 'medium', 'low', 'info'])
  })
})

describe('auditPlatforms', () => {
  it("lists each platform with all roles' grants there, and a reader that throws is not checked", async () => {
    const asked: Record<string, Grant[]> = {}
    const reader = (platform: PlatformName, list: PlatformReader['list']) =>
      ({ platform, list }) as unknown as PlatformReader
    const result = await auditPlatforms(
      decl,
      [
        reader('github', async declared => {
          asked.github = declared
          return cleanGithub()
        }),
        reader('aws', async () => {
          throw new Error('socket hang up')
        })
      ],
      { now: () => NOW }
    )
    expect(asked.github).toEqual([
      team('backend'),
      team('sre'),
      g('github', 'github_org_admin', 'acme')
    ])
    expect(result.platforms[1]).toMatchObject({
      platform: 'aws',
      status: 'not_checked',
      reason: 'could not list aws: socket hang up'
    })
    expect(result.findings).toEqual([])
  })
  it("reports what a platform's departures left behind, and a platform whose leftovers cannot be read is not checked", async () => {
    const asked: Date[] = []
    const result = await auditPlatforms(
      decl,
      [
        {
          platform: 'aws',
          list: async () => cleanAws(),
          leftovers: async (now: Date) => {
            asked.push(now)
            return [
              {
                kind: 'stale_session_deny',
                account: 'Dave',
                target: 'session_deny Deploy',
                detail: 'the deny outlived every session'
              },
              {
                kind: 'stale_session_deny',
                account: 'uid-gone',
                target: 'session_deny Admin',
                detail: 'its user is deleted'
              }
            ]
          }
        } as unknown as PlatformReader,
        {
          platform: 'github',
          list: async () =>
            inventory('github', [...cleanGithub().accounts, account('github', 'mallory')]),
          leftovers: async () => {
            throw new Error('AccessDenied')
          }
        } as unknown as PlatformReader
      ],
      { now: () => NOW }
    )
    expect(asked).toEqual([NOW])
    expect(result.findings.map(brief)).toEqual([
      'high undeclared_account github mallory - -',
      'medium stale_session_deny aws Dave dave session_deny Deploy',
      'medium stale_session_deny aws uid-gone - session_deny Admin'
    ])
    expect(blocking(result)).toHaveLength(3)
    expect(result.platforms).toEqual([
      expect.objectContaining({ platform: 'aws', status: 'checked' }),
      // What the listing found stands; the platform does not count as checked.
      expect.objectContaining({ platform: 'github', status: 'not_checked', reason: 'AccessDenied' })
    ])
  })
})

/** What an intact log knows: one github record per [person, account id]. */
const knownFrom = (...ids: [string, string][]) =>
  knownIdsFromLog(
    [
      {
        path: 'access/log/2026.jsonl',
        text: chain(
          ids.map(([who, id]) => ({ ...entry(who, '2026-10-01T00:00:00.000Z'), account_id: id }))
        )
          .map(r => `${JSON.stringify(r)}\n`)
          .join('')
      }
    ],
    'in access/log'
  )

describe('accounts that point at two people', () => {
  const nobody = person('alice', { roles: ['backend'] })
  const carol = person('carol', {
    accounts: { slack: 'U0CAROL01', scim: { jira: 'alice@acme.example' } }
  })
  const d = declarations(config, [nobody, carol], [backend])

  it("Slack: carol's declared member carries alice's email: account_conflict, high", () => {
    const findings = computeDrift(
      d,
      [inventory('slack', [account('slack', 'U0CAROL01', { email: 'Alice@acme.example' })])],
      { now: NOW }
    ).findings
    expect(findings.filter(f => f.kind === 'account_conflict').map(brief)).toEqual([
      'high account_conflict slack U0CAROL01 carol -'
    ])
    expect(findings.find(f => f.kind === 'account_conflict')!.detail).toBe(
      "U0CAROL01 has the email of alice (alice@acme.example), but carol declares it: a lookup by email for alice would land on carol's account. Declare alice's own account as accounts.slack, or correct carol's"
    )
    expect(blocking({ at: '', staleKeyDays: 90, platforms: [], findings })).not.toEqual([])
  })

  it("SCIM: carol declares alice's email as her userName: account_conflict", () => {
    const findings = computeDrift(
      d,
      [inventory('scim:jira', [account('scim:jira', 'alice@acme.example')])],
      { now: NOW }
    ).findings
    expect(findings.filter(f => f.kind === 'account_conflict').map(brief)).toEqual([
      'high account_conflict scim:jira alice@acme.example carol -'
    ])
  })

  it("the log knows an account as frank's while alice declares it: account_conflict", () => {
    const findings = computeDrift(
      decl,
      [
        inventory('github', [
          account('github', 'alice-gh', { id: '501', grants: [team('backend')] })
        ])
      ],
      { now: NOW, known: knownFrom(['frank', '501']) }
    ).findings
    expect(findings.find(f => f.kind === 'account_conflict')?.detail).toBe(
      "the revocation log knows alice-gh (id 501) as frank's account, but alice declares it: find out whose it is and correct the declarations"
    )
  })
})

describe('declared accounts the platform does not list', () => {
  const github = (...accounts: ListedAccount[]) => inventory('github', accounts)
  const alice = account('github', 'alice-gh', { id: '1', grants: [team('backend')] })

  it("a departed person's login renamed, found by the id the log knows: high, and still active is critical", () => {
    const renamed = account('github', 'frank-new', { id: '501' })
    const findings = computeDrift(decl, [github(alice, renamed)], {
      now: NOW,
      known: knownFrom(['frank', '501'])
    }).findings
    expect(findings.map(brief)).toEqual([
      'critical departed_still_active github frank-new frank -',
      'high declared_account_missing github frank-gh frank -',
      'medium declared_account_missing github DaveK dave -'
    ])
    expect(findings[1].detail).toBe(
      'declared account frank-gh is not on github: renamed to frank-new (id 501, known from the revocation log); update accounts.github in people/frank.yaml'
    )
    // Without the log: the renamed account is only an undeclared one, and frank's absence is
    // what offboarding is for.
    expect(computeDrift(decl, [github(alice, renamed)], { now: NOW }).findings.map(brief)).toEqual([
      'high undeclared_account github frank-new - -',
      'medium declared_account_missing github DaveK dave -'
    ])
  })

  it("an active person's login renamed is matched by id; a broken log is said where it matters", () => {
    const findings = computeDrift(
      decl,
      [github(alice, account('github', 'dave-k2', { id: '77', grants: [team('backend')] }))],
      { now: NOW, known: knownFrom(['dave', '77']) }
    ).findings
    expect(findings.map(brief)).toEqual(['medium declared_account_missing github DaveK dave -'])
    expect(findings[0].detail).toMatch(/renamed to dave-k2 \(id 77/)

    const broken = knownIdsFromLog(
      [{ path: 'access/log/2026.jsonl', text: '{"v":2}\n' }],
      'in access/log'
    )
    const unknown = computeDrift(decl, [github(alice)], { now: NOW, known: broken }).findings
    expect(unknown[0].detail).toMatch(
      /Renamed accounts could not be recognised: the revocation log in access\/log is broken at access\/log\/2026\.jsonl:1/
    )
  })
})
