// End to end on the sandbox, through the command line: a lookup by email never lands on
// another person's account, and a renamed GitHub login is recognised by the id the
// revocation log at base recorded.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadFromDirectory } from '../../src/declarations/load.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { parseScenario } from '../../src/sandbox/scenario.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { commitAll, initRepo } from '../support/git.js'
import { renameUser } from '../support/github-rename.js'
import { cli, scratchTree } from '../support/tree.js'

/** Only what the declarations grant, and the Slack and Okta admins the sandbox's tokens
 *  belong to. */
const SCENARIO = `version: 1
others:
  slack:
    - { id: U0ADMIN01, name: admin, admin: true, owner: true, primary_owner: true }
  okta:
    - { login: breakglass@acme.example, admin: [super_admin] }
`

/** A scratch access tree (the example, with `edits` applied) and a sandbox seeded from it. */
async function sandboxFor(edits: Record<string, [string, string][]>) {
  const cwd = scratchTree()
  for (const [id, replacements] of Object.entries(edits)) edit(cwd, id, replacements)
  const decl = (await loadFromDirectory('access', cwd)).declarations
  const sandbox = await startSandbox(decl, await parseScenario(SCENARIO, 'scenario.yaml', decl), {
    accessFiles: await readAccessTree('access', cwd)
  })
  const env = { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' }
  return { cwd, sandbox, env }
}

function edit(cwd: string, id: string, replacements: [string, string][]) {
  const file = join(cwd, 'access/people', `${id}.yaml`)
  let text = readFileSync(file, 'utf8')
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${id}.yaml has no "${from}"`)
    text = text.replace(from, to)
  }
  writeFileSync(file, text)
}

const departs: [string, string] = ['status: active', 'status: departed\ndeparted_on: 2026-11-25']

describe('lookups by email that land on someone else', () => {
  let sandbox: Sandbox
  let cwd: string
  let env: Record<string, string>

  beforeAll(async () => {
    // alice declares neither a Slack member id nor a Jira userName: both look her up by
    // email. carol declares U0CAROL01, and alice's email as her Jira userName.
    ;({ sandbox, cwd, env } = await sandboxFor({
      alice: [
        ['  slack: U0ALICE01\n', ''],
        ['  scim:\n    jira: alice@acme.example\n', '']
      ],
      carol: [['jira: carol@acme.example', 'jira: alice@acme.example']]
    }))
    // Slack answers users.lookupByEmail for alice with carol's member (her profile carries
    // alice's email), and the only Jira account named alice@acme.example is carol's.
    const slack = sandbox.states.slack!
    slack.members = slack.members.filter(m => m.name !== 'alice')
    slack.members.find(m => m.id === 'U0CAROL01')!.profile.email = 'alice@acme.example'
    const jira = sandbox.states.scim.jira
    jira.users = jira.users.filter(u => u.emails?.[0]?.value !== 'alice@acme.example')
    initRepo(cwd)
    edit(cwd, 'alice', [departs])
    commitAll(cwd, 'alice leaves')
  })
  afterAll(() => sandbox.close())

  it("the plan says why alice's Slack and Jira are not checked, naming carol", async () => {
    const { code, out } = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(code).toBe(0)
    expect(out).toContain(
      "  slack: not checked: users.lookupByEmail for alice@acme.example answered U0CAROL01, which carol declares: it is not used, so nothing of carol's is touched; declare alice's own account as accounts.slack in people/alice.yaml, or correct carol's"
    )
    expect(out).toMatch(
      / {2}scim:jira: not checked: the jira lookup of userName alice@acme\.example answered alice@acme\.example, which carol declares/
    )
  })

  it("apply leaves carol untouched: no session reset, no deactivation; alice's checks fail loudly", async () => {
    for (const s of Object.values(sandbox.servers)) s.resetRecord()
    const { code, out } = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(code).toBe(1)
    expect(out).toMatch(/alice {2}slack {2}discover {2}alice {2}failed/)
    expect(out).toMatch(/alice {2}scim:jira {2}discover {2}alice {2}failed/)
    expect(out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    const carol = sandbox.states.slack!.members.find(m => m.id === 'U0CAROL01')!
    expect(carol.deleted).toBe(false)
    expect(sandbox.states.slack!.sessionResets).toEqual([])
    expect(sandbox.servers.slack.writes()).toEqual([])
    expect(sandbox.servers['slack-scim'].writes()).toEqual([])
    expect(sandbox.servers['scim:jira'].writes()).toEqual([])
    const carolJira = sandbox.states.scim.jira.users.find(u => u.userName === 'alice@acme.example')
    expect(carolJira?.active).toBe(true)
  })

  it('the audit reports both conflicts as high', async () => {
    const { out } = await cli(['audit', '--json'], cwd, env)
    const conflicts = JSON.parse(out).findings.filter(
      (f: { kind: string }) => f.kind === 'account_conflict'
    )
    expect(
      conflicts.map((f: { severity: string; platform: string; account: string; person: string }) =>
        [f.severity, f.platform, f.account, f.person].join(' ')
      )
    ).toEqual(['high scim:jira alice@acme.example carol', 'high slack U0CAROL01 carol'])
  })
})

describe('a renamed GitHub login', () => {
  let sandbox: Sandbox
  let cwd: string
  let env: Record<string, string>
  let aliceId: string

  beforeAll(async () => {
    ;({ sandbox, cwd, env } = await sandboxFor({}))
    aliceId = String(sandbox.states.github!.users.find(u => u.login === 'alice-gh')!.id)
    initRepo(cwd)
    // A first change that touches alice's GitHub account: apply logs its id.
    edit(cwd, 'alice', [['roles: [backend]', 'roles: []']])
    commitAll(cwd, 'alice leaves the backend role')
    const reduced = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(reduced.code).toBe(0)
    commitAll(cwd, 'revocation log')
    renameUser(sandbox.states.github!, 'alice-gh', 'alice-renamed')
  })
  afterAll(() => sandbox.close())

  it('apply writes the account id into every record whose account it knows', () => {
    const records = readFileSync(join(cwd, 'access/log/2026.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    const github = records.filter(r => r.platform === 'github')
    // The write announced before it is sent, its outcome, then the verification after apply:
    // each names the account.
    expect(github.map(r => [r.action, r.result, r.account_id])).toEqual([
      ['remove_team_membership', 'started', aliceId],
      ['remove_team_membership', 'revoked', aliceId],
      ['verify', 'verified', aliceId]
    ])
    const iamUser = sandbox.states.iam!.users.get('alice')!
    for (const r of records.filter(r => r.platform === 'aws'))
      expect(r.account_id).toBe(iamUser.userId)
  })

  it('the audit says renamed; without the log, that the declared login is missing', async () => {
    const withLog = JSON.parse((await cli(['audit', '--json'], cwd, env)).out)
    const missing = withLog.findings.find(
      (f: { kind: string }) => f.kind === 'declared_account_missing'
    )
    expect(missing).toMatchObject({ severity: 'medium', account: 'alice-gh', person: 'alice' })
    expect(missing.detail).toContain(`renamed to alice-renamed (id ${aliceId}`)

    cpSync(join(cwd, 'access'), join(cwd, 'nolog'), { recursive: true })
    rmSync(join(cwd, 'nolog/log'), { recursive: true })
    const without = JSON.parse((await cli(['audit', '--json', '--dir', 'nolog'], cwd, env)).out)
    const kinds = without.findings.map((f: { kind: string; account: string }) =>
      [f.kind, f.account].join(' ')
    )
    expect(kinds).toEqual(
      expect.arrayContaining([
        'declared_account_missing alice-gh',
        'undeclared_account alice-renamed'
      ])
    )
  })

  it("alice's departure: without a known id it says no account; with the log at base, renamed and removed", async () => {
    edit(cwd, 'alice', [departs])
    commitAll(cwd, 'alice leaves')
    // Base before the log was committed: no id known.
    const blind = await cli(['plan', '--base', 'HEAD~2', '--head', 'HEAD'], cwd, env)
    expect(blind.out).toMatch(/\n {2}github: no account\n/)
    const blindJson = await cli(['plan', '--base', 'HEAD~2', '--head', 'HEAD', '--json'], cwd, env)
    expect(JSON.parse(blindJson.out).people[0].platforms[0]).toMatchObject({
      platform: 'github',
      status: 'no_account',
      reason: 'GitHub has no user alice-gh'
    })

    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.out).toMatch(
      new RegExp(`\\n {2}github alice-renamed \\(id ${aliceId}\\): 1 step\\n`)
    )
    expect(plan.out).toContain(
      `note: renamed: GitHub user alice-gh is not found, but the account the revocation log knows as alice's (id ${aliceId}) is now named alice-renamed`
    )
    const apply = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(apply.out).toMatch(
      /alice {2}github {2}remove_org_membership {2}alice-renamed {2}revoked/
    )
    const github = sandbox.states.github!
    expect(github.members.map(m => m.login)).not.toContain('alice-renamed')
  })

  it('a log broken at base is not used, and the plan says so', async () => {
    const log = join(cwd, 'access/log/2026.jsonl')
    writeFileSync(
      log,
      readFileSync(log, 'utf8').replace(`"account_id":"${aliceId}"`, '"account_id":"1"')
    )
    commitAll(cwd, 'the log is edited')
    edit(cwd, 'carol', [departs])
    commitAll(cwd, 'carol leaves')
    const { out } = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(out).toMatch(
      /NOTICE: the revocation log at [0-9a-f]{12} is broken at access\/log\/2026\.jsonl:\d+ \(edited: /
    )
  })
})
