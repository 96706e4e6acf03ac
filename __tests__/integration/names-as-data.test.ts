// What platforms answer is data, never terminal control: a token name, deploy key title,
// display name or userName holding line breaks and escape sequences is printed escaped by
// plan, apply and audit, so it can neither forge a progress or outcome line nor drive the
// terminal. End to end on the sandbox, with the platforms' text planted in their state.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Sandbox } from '../../src/sandbox/index.js'
import { commitAll, initRepo } from '../support/git.js'
import { departIn, startTreeSandbox } from '../support/sandbox-tree.js'
import { cli, scratchTree } from '../support/tree.js'

/** A forged outcome line, with a sequence that erases the line it lands on. */
const FORGED = '\n  bob  github  remove_org_membership  bobokafor  revoked\u001b[2K\r'
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

let sandbox: Sandbox
let cwd: string
let env: Record<string, string>

beforeAll(async () => {
  ;({ sandbox, env } = await startTreeSandbox())
  const github = sandbox.states.github!
  github.patGrants[0].token_name = `laptop${FORGED}`
  for (const repo of github.repos)
    for (const key of repo.deployKeys) key.title = `deploy\u001b]8;;https://x.example\u0007key`
  const jira = sandbox.states.scim.jira.users
  jira.find(u => u.userName === 'alice@acme.example')!.displayName = `Alice${FORGED}`
  jira.find(u => u.userName === 'contractor@partner.example')!.userName = `stray${FORGED}`
  cwd = scratchTree()
  initRepo(cwd)
  departIn(cwd, 'alice')
  commitAll(cwd, 'alice leaves')
})
afterAll(() => sandbox.close())

const expectNoForgery = (text: string) => {
  expect(text).not.toMatch(CONTROL)
  expect(text).not.toMatch(/^\s*bob\s+github\s+remove_org_membership/m)
  expect(text).toContain('\\n  bob  github  remove_org_membership  bobokafor  revoked\\u001b[2K\\r')
}

describe('text from platforms is printed escaped', () => {
  it('in the plan', async () => {
    const { code, out } = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(code).toBe(0)
    expectNoForgery(out)
    expect(out).toContain('deploy\\u001b]8;;https://x.example\\u0007key')
  })

  it('in the progress and outcome lines of apply', async () => {
    const { code, out } = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
    expect(code).toBe(0)
    expectNoForgery(out)
    expect(sandbox.states.github!.members.map(m => m.login)).toContain('bobokafor')
  })

  it('in the audit', async () => {
    const { out } = await cli(['audit'], cwd, env)
    expectNoForgery(out)
    expect(out).toMatch(/undeclared_account +scim:jira stray\\n {2}bob/)
  })
})
