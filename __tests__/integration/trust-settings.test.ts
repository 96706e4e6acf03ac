// A pull request cannot aim a credential: connection settings (SCIM base_url and token_env,
// github.org, the platform blocks themselves) come from base for plan and apply alike, and
// head's changes to them are shown as taking effect after merge. Driven as a user would: the
// command line against the sandbox, with a capture server standing in for the attacker's.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Sandbox } from '../../src/sandbox/index.js'
import { startCaptureServer, type CaptureServer } from '../support/capture.js'
import { commitAll, initRepo } from '../support/git.js'
import {
  departIn as depart,
  editAccess as edit,
  startTreeSandbox
} from '../support/sandbox-tree.js'
import { cli, scratchTree } from '../support/tree.js'

/** The secrets a job may hold that a pull request would most like to have. */
const SECRETS = [
  'SLACK_TOKEN',
  'GITHUB_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

let sandbox: Sandbox
let capture: CaptureServer
let env: Record<string, string>

beforeAll(async () => {
  capture = await startCaptureServer()
})
afterAll(() => capture.close())

beforeEach(async () => {
  ;({ sandbox, env } = await startTreeSandbox())
  env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'oidc-request-token-never-to-leave'
  capture.requests.splice(0)
})
afterEach(() => sandbox.close())

const setJira = (cwd: string, fields: { base_url?: string; token_env?: string }) =>
  edit(cwd, 'platforms.yaml', t => {
    let out = t
    if (fields.base_url)
      out = out.replace(/(name: jira\n {4}base_url: )\S+/, `$1${fields.base_url}`)
    if (fields.token_env)
      out = out.replace('token_env: JIRA_SCIM_TOKEN', `token_env: ${fields.token_env}`)
    return out
  })

/** No request, and none of the job's secrets, reached the capture server. */
const expectNothingCaptured = () => {
  expect(capture.requests).toEqual([])
  for (const name of SECRETS) expect(capture.received()).not.toContain(env[name])
}

describe('SCIM apps a pull request adds or re-aims', () => {
  it('an app added with base_url on the attacker server and token_env naming another secret gets no request, in plan or apply', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    depart(cwd, 'alice')
    edit(cwd, 'platforms.yaml', t =>
      // The apps go first in the scim list: other blocks may follow it.
      t.replace(
        '\nscim:\n',
        `\nscim:\n${SECRETS.map(
          (s, i) =>
            `  - name: evil${i}\n    base_url: ${capture.url}\n    token_env: ${s}\n    on_departure: delete\n`
        ).join('')}`
      )
    )
    commitAll(cwd, 'alice leaves; four new apps')

    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.err).toBe('')
    expect(plan.code).toBe(0)
    expectNothingCaptured()
    for (const [i, s] of SECRETS.entries())
      expect(plan.out).toMatch(
        new RegExp(
          `scim\\[evil${i}\\]: head adds this SCIM app \\(base_url ${capture.url}, token_env ${s}\\).*takes effect after merge`
        )
      )
    expect(plan.out).not.toMatch(/\n {2}scim:evil/)
    expect(plan.out).toMatch(/\n {2}scim:jira Alice Liddell \(id \d+\): 1 step/)

    const json = JSON.parse(
      (await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], cwd, env)).out
    )
    expect(json.afterMerge).toEqual(
      expect.arrayContaining([expect.objectContaining({ setting: 'scim[evil0]' })])
    )
    expectNothingCaptured()

    const apply = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(apply.code).toBe(0)
    expect(apply.out).toMatch(
      /alice {2}scim:jira {2}deactivate_user {2}alice@acme.example {2}revoked/
    )
    expectNothingCaptured()
  })

  it("an existing app's base_url moved to the attacker server, with another secret's token_env, is not used", async () => {
    const cwd = scratchTree()
    // Base names the (simulated) Jira itself, so nothing in the environment overrides it.
    const jira = env.OFFBOARD_SCIM_JIRA_URL
    delete env.OFFBOARD_SCIM_JIRA_URL
    setJira(cwd, { base_url: jira })
    initRepo(cwd)
    depart(cwd, 'alice')
    setJira(cwd, { base_url: capture.url, token_env: 'SLACK_TOKEN' })
    commitAll(cwd, 'alice leaves; jira moves')

    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.code).toBe(0)
    expectNothingCaptured()
    expect(plan.out).toMatch(/\n {2}scim:jira Alice Liddell \(id \d+\): 1 step/)
    expect(plan.out).toMatch(
      new RegExp(
        `scim\\[jira\\]\\.base_url: head sets ${capture.url} \\(this change uses ${jira}\\)`
      )
    )
    expect(plan.out).toMatch(
      /scim\[jira\]\.token_env: head sets SLACK_TOKEN \(this change uses JIRA_SCIM_TOKEN\)/
    )

    const apply = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(apply.code).toBe(0)
    expect(apply.out).toMatch(
      /alice {2}scim:jira {2}deactivate_user {2}alice@acme.example {2}revoked/
    )
    expectNothingCaptured()
  })

  it("an existing app's token_env changed to another secret's: the app still gets its own token", async () => {
    const cwd = scratchTree()
    // Jira is the capture server here, at base already: it sees which token arrives.
    delete env.OFFBOARD_SCIM_JIRA_URL
    setJira(cwd, { base_url: capture.url })
    initRepo(cwd)
    depart(cwd, 'alice')
    setJira(cwd, { token_env: 'SLACK_TOKEN' })
    commitAll(cwd, 'alice leaves; jira gets the Slack token')

    for (const command of ['plan', 'apply']) {
      await cli([command, '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
      expect(capture.requests.length).toBeGreaterThan(0)
      for (const r of capture.requests)
        expect(r.headers.authorization).toBe(`Bearer ${env.JIRA_SCIM_TOKEN}`)
      expect(capture.received()).not.toContain(env.SLACK_TOKEN)
    }
  })
})

describe('github.org and platform blocks', () => {
  it('a pull request changing github.org is planned and applied against the org at base', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    depart(cwd, 'alice')
    edit(cwd, 'platforms.yaml', t => t.replace('org: acme', 'org: evilcorp'))
    commitAll(cwd, 'alice leaves; another org')

    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], cwd, env)
    expect(plan.code).toBe(0)
    const json = JSON.parse(plan.out)
    // Only alice: the owners of acme are not "reduced" by the org's new name.
    expect(json.people.map((p: { person: string }) => p.person)).toEqual(['alice'])
    const github = json.people[0].platforms.find(
      (s: { platform: string }) => s.platform === 'github'
    )
    expect(github.steps.map((s: { action: string }) => s.action)).toContain('remove_org_membership')
    expect(json.afterMerge).toEqual([
      {
        setting: 'github.org',
        message: 'head sets evilcorp (this change uses acme): takes effect after merge'
      }
    ])

    const apply = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(apply.code).toBe(0)
    expect(apply.out).toMatch(/alice {2}github {2}remove_org_membership {2}alice-gh {2}revoked/)
    const paths = sandbox.servers.github.requests.map(r => r.path)
    expect(paths.filter(p => /evilcorp/i.test(p))).toEqual([])
    expect(sandbox.states.github!.members.map(m => m.login)).not.toContain('alice-gh')
    expect(sandbox.states.github!.members.filter(m => m.role === 'admin').length).toBe(3)
  })

  it('a platform block head drops stays planned for the departures of that change, not for reductions', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    // Head stops managing Slack: the block, every Slack account and grant go; ivan, who
    // declares no Slack account (found by email), leaves in the same change.
    edit(cwd, 'platforms.yaml', t => t.replace(/slack:\n( {2}.*\n)+/, ''))
    for (const f of readdirSync(join(cwd, 'access/people')))
      edit(cwd, `people/${f}`, t => t.replace(/ {2}slack: U\w+\n/, ''))
    for (const f of readdirSync(join(cwd, 'access/roles')))
      edit(cwd, `roles/${f}`, t => t.replace(/ {2}slack:\n( {4}.*\n)+/, ''))
    depart(cwd, 'ivan')
    commitAll(cwd, 'ivan leaves; Slack is no longer managed')
    const ivan = sandbox.states.slack!.members.find(m => m.profile.email === 'ivan@acme.example')!

    const plan = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(plan.err).toBe('')
    expect(plan.code).toBe(0)
    expect(plan.out).toMatch(/0 reductions/)
    expect(plan.out).toMatch(
      /slack: head removes this block: this change still revokes its departures there/
    )
    expect(plan.out).toMatch(new RegExp(`\\n {2}slack .*\\(id ${ivan.id}\\): \\d+ steps`))

    const apply = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(apply.code).toBe(0)
    expect(apply.out).toMatch(
      new RegExp(`ivan {2}slack {2}deactivate_user {2}${ivan.id} {2}revoked`)
    )
    const slackWrites = sandbox.servers.slack
      .writes()
      .concat(sandbox.servers['slack-scim'].writes())
    expect(slackWrites.length).toBeGreaterThan(0)
    expect(apply.out).not.toMatch(/^ {2}(?!ivan)\w+ {2}slack/m)
  })
})
