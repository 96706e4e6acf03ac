// The scenario format (errors at their line) and the states it seeds with the example tree.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadFromDirectory } from '../src/declarations/load.js'
import type { Declarations } from '../src/declarations/types.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  ScenarioError
} from '../src/sandbox/scenario.js'
import { createIamPlatform } from '../src/sandbox/aws-iam/index.js'
import { blobContent, entryAt } from '../src/sandbox/github/git.js'
import { accessFiles, readAccessTree, seedStates } from '../src/sandbox/seed.js'
import type { SimResponse } from '../src/sandbox/shared/server.js'
import { scaleSandbox } from './support/scale.js'
import { exampleAccess, scratchTree } from './support/tree.js'

const example = async (): Promise<Declarations> => {
  const { declarations, diagnostics } = await loadFromDirectory(exampleAccess)
  expect(diagnostics).toEqual([])
  return declarations
}

const problems = async (yaml: string): Promise<string[]> => {
  try {
    await parseScenario(yaml, 'scenario.yaml', await example())
  } catch (err) {
    if (err instanceof ScenarioError)
      return err.diagnostics.map(d => `${d.line}:${d.column}: ${d.message}`)
    throw err
  }
  throw new Error('expected the scenario to be refused')
}

describe('the bundled scenario with the example tree', () => {
  const seeded = async () => {
    const decl = await example()
    return seedStates(decl, await parseScenario(bundledScenarioText(), BUNDLED_SCENARIO, decl), {
      seed: 3,
      accessFiles: await readAccessTree(exampleAccess)
    })
  }

  it('GitHub: members and teams as the roles grant, owners, the extras and the strays', async () => {
    const { github } = await seeded()
    const gh = github!.state
    const role = (login: string) => gh.members.find(m => m.login === login)?.role
    expect(gh.members.filter(m => m.role === 'admin').map(m => m.login)).toEqual([
      'bobokafor',
      'ghopper',
      'acme-bot'
    ])
    expect(github!.tokenOwner).toBe('acme-bot')
    expect(gh.users.find(u => u.login === 'acme-bot')?.type).toBe('Bot')
    expect(role('judy-a')).toBe('member') // departed, still a member
    expect(role('mallory-x')).toBe('member') // nobody declares mallory-x
    const team = (slug: string) => gh.teams.find(t => t.slug === slug)!.members.map(m => m.login)
    expect(team('sre')).toEqual(['bobokafor', 'erin-castillo'])
    expect(team('backend')).toEqual(
      expect.arrayContaining(['alice-gh', 'DaveK', 'ghopper', 'judy-a', 'mallory-x'])
    )
    // alice: every kind of GitHub credential.
    expect(gh.invitations.map(i => i.email)).toEqual([
      'alice@acme.example',
      'mallory.x@gmail.example'
    ])
    expect(gh.credentialAuthorizations.map(c => [c.login, c.credential_type])).toEqual([
      ['alice-gh', 'personal access token'],
      ['alice-gh', 'SSH key']
    ])
    expect(gh.patGrants.map(t => [t.owner, t.token_name])).toEqual([
      ['alice-gh', 'release-scripts'],
      ['alice-gh', 'laptop-cli']
    ])
    expect(gh.patRequests.map(t => t.owner)).toEqual(['judy-a'])
    expect(gh.copilotSeats.map(s => s.login)).toEqual(['alice-gh'])
    const api = gh.repos.find(r => r.name === 'api')!
    expect(api.deployKeys.map(k => k.added_by)).toEqual(['alice-gh'])
    expect(gh.org).toMatchObject({ samlSso: true, copilot: true })
  })

  it('GitHub: the access repository holds the tree as a commit on its default branch', async () => {
    const { github } = await seeded()
    const repo = github!.accessRepo
    const head = repo.git.refs[`refs/heads/${repo.default_branch}`]
    const entry = entryAt(repo.git, repo.git.commits[head].tree, 'access/people/alice.yaml')
    const expected = readFileSync(join(exampleAccess, 'people/alice.yaml'))
    expect(blobContent(repo.git, entry!.sha)).toEqual(expected)
  })

  it('IAM: every credential type for alice, leftovers for judy, protected users and a stray', async () => {
    const iam = (await seeded()).iam!
    const alice = iam.users.get('alice')!
    expect(alice.accessKeys.map(k => k.status)).toEqual(['Active', 'Inactive'])
    expect(alice.loginProfile).toBeDefined()
    expect(alice.mfaDevices).toHaveLength(1)
    expect(iam.virtualMfaDevices.get(alice.mfaDevices[0].serialNumber)?.userName).toBe('alice')
    expect(alice.sshPublicKeys).toHaveLength(1)
    expect(alice.signingCertificates).toHaveLength(1)
    expect(alice.serviceSpecificCredentials.map(c => c.serviceName)).toEqual([
      'codecommit.amazonaws.com'
    ])
    expect(Object.keys(alice.inlinePolicies)).toEqual(['alice-debug-s3'])
    expect(alice.attachedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess'])
    expect(alice.permissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/PowerUserAccess')
    expect(alice.groupNames).toEqual(['developers'])
    expect(iam.groups.get('developers')!.userNames).toContain('alice')
    expect(iam.users.get('bob')!.groupNames).toEqual(['developers', 'operators'])
    // judy departed: only what she kept, no console password.
    const judy = iam.users.get('judy')!
    expect(judy.accessKeys.map(k => k.status)).toEqual(['Active'])
    expect(judy.loginProfile).toBeUndefined()
    expect([...iam.users.keys()]).toEqual(
      expect.arrayContaining(['breakglass', 'terraform-ci', 'old-contractor'])
    )
    expect(iam.users.get('old-contractor')!.accessKeys[0].lastUsed?.date).toMatch(/^2024-02-14/)
    // Every key id differs (ids are minted from the seed).
    const ids = [...iam.users.values()].flatMap(u => u.accessKeys.map(k => k.accessKeyId))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("IAM: alice's seeded SSH key has the fingerprint IAM gives it, so uploading it again is refused", async () => {
    const iam = (await seeded()).iam!
    const [key] = iam.users.get('alice')!.sshPublicKeys
    const upload = (userName: string) =>
      createIamPlatform(iam).handle({
        method: 'POST',
        path: '/',
        query: new URLSearchParams(),
        headers: {},
        body: Buffer.from(
          new URLSearchParams({
            Action: 'UploadSSHPublicKey',
            UserName: userName,
            SSHPublicKeyBody: key.sshPublicKeyBody
          }).toString()
        )
      }) as SimResponse
    expect(String(upload('alice').body)).toContain('<Code>DuplicateSSHPublicKey</Code>')
    expect(String(upload('bob').body)).toContain(`<Fingerprint>${key.fingerprint}</Fingerprint>`)
  })

  it('Slack: members in their usergroups and channels, judy deactivated, the primary owner', async () => {
    const slack = (await seeded()).slack!
    const m = (name: string) => slack.state.members.find(x => x.name === name)!
    expect(m('judy').deleted).toBe(true)
    expect(m('admin')).toMatchObject({ id: 'U0ADMIN01', is_primary_owner: true })
    expect(slack.tokenOwner).toBe('U0ADMIN01')
    // ivan declares no Slack id: he is found by email.
    expect(m('ivan').profile.email).toBe('ivan@acme.example')
    const group = (h: string) => slack.state.usergroups.find(g => g.handle === h)!.users
    expect(group('oncall')).toEqual(['U0BOB0001', 'U0ERIN001'])
    expect(group('product')).toEqual(['U0FRANK01', m('ivan').id])
    const channel = slack.state.channels.find(c => c.id === 'C0INCIDENT')!
    expect(channel.members).toEqual(['U0BOB0001', 'U0ERIN001'])
  })

  it("SCIM: an account in each app the roles grant, judy's Jira account, a stray", async () => {
    const { scim } = await seeded()
    const users = (app: string) => scim[app].users.map(u => `${u.userName}:${u.active}`)
    expect(users('pagerduty')).toEqual(['bob@acme.example:true', 'erin@acme.example:true'])
    expect(users('jira')).toEqual(
      expect.arrayContaining(['judy@acme.example:true', 'contractor@partner.example:true'])
    )
    expect(users('jira')).toHaveLength(11)
  })
})

describe('scenario problems, each at its line', () => {
  it('refuses what the schema does not allow, with a suggestion', async () => {
    expect(
      await problems('version: 1\npeople:\n  alice:\n    github:\n      copilots: true\n')
    ).toEqual(['5:7: unknown key "copilots" in people.alice.github: did you mean "copilot"?'])
    expect(await problems('version: 2\n')).toEqual(['1:10: version must be 1'])
  })

  it('refuses what does not fit the declarations', async () => {
    const found = await problems(
      [
        'version: 1',
        'github: { token_owner: mallory-x }',
        'people:',
        '  zed: {}',
        '  frank:',
        '    github: { copilot: true }',
        '    scim: { confluence: active }',
        '  alice:',
        '    aws: { access_keys: [{}, {}] }',
        '    github: { deploy_keys: [nowhere] }',
        'others:',
        '  github: [{ login: DAVEK }, { login: mallory-x }]'
      ].join('\n')
    )
    expect(found).toEqual([
      '2:24: mallory-x is not an org owner in the sandbox: name an owner (a person whose roles grant org_role: admin, or an account under others with role: admin)',
      '4:3: no person "zed" in the declarations: use a person id, or list the account under others',
      '6:5: frank declares no accounts.github: the scenario needs a GitHub login to seed',
      '7:13: no SCIM app "confluence" in platforms.yaml (configured: jira, pagerduty)',
      '9:25: alice would hold 3 access keys (an active person holds one already); IAM allows two',
      '10:29: deploy key on "nowhere", which is not a repository of the scenario: add it to github.repos',
      '12:21: DAVEK is declared for a person: describe it under people instead'
    ])
  })

  it('reports YAML errors with their position', async () => {
    const [first] = await problems('version: 1\npeople: [\n')
    expect(first).toMatch(/^\d+:\d+: YAML syntax error/)
  })
})

describe('declarations written back as files', () => {
  it('load again to the same declarations', async () => {
    const decl = await example()
    const again = await loadFromDirectory(writeTree(decl))
    expect(again.diagnostics).toEqual([])
    expect(strip(again.declarations)).toEqual(strip(decl))
  })
})

/** The declarations written back as files in a scratch directory; returns it. */
function writeTree(decl: Declarations): string {
  const dir = join(scratchTree(), 'written')
  for (const [rel, text] of Object.entries(accessFiles(decl))) {
    mkdirSync(join(dir, rel, '..'), { recursive: true })
    writeFileSync(join(dir, rel), text)
  }
  return dir
}

/** Declarations without positions and origin, for comparing content. */
function strip(d: Declarations) {
  const noAt = <T extends { at: unknown }>(o: T) => ({ ...o, at: undefined })
  return {
    platforms: noAt(d.platforms),
    people: [...d.people.values()].map(noAt),
    roles: [...d.roles.values()].map(noAt)
  }
}

describe('the scale generator', () => {
  it('declares N GitHub members in T teams, M IAM users, K Slack members, and seeds them', async () => {
    const { declarations, scenario } = scaleSandbox({
      githubMembers: 40,
      teams: 4,
      iamUsers: 25,
      slackMembers: 30
    })
    const s = seedStates(declarations, scenario)
    const gh = s.github!.state
    expect(gh.members.filter(m => m.login !== 'acme-bot')).toHaveLength(40)
    expect(gh.teams.map(t => t.members.length)).toEqual([10, 10, 10, 10])
    expect(s.iam!.users.size).toBe(25)
    expect(s.iam!.groups.get('group-0')!.userNames).toHaveLength(7)
    expect(s.slack!.state.members.filter(m => m.id !== 'U0ADMIN01')).toHaveLength(30)
    expect(s.slack!.state.usergroups.map(g => g.users.length)).toEqual([8, 8, 7, 7])

    // The generated declarations are valid files too (the access repository holds them).
    expect((await loadFromDirectory(writeTree(declarations))).diagnostics).toEqual([])
  })
})
