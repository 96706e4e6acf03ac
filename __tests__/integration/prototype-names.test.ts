// A name is data: a SCIM app, person or role called `constructor` (or a YAML key `__proto__`)
// behaves like any other name. Every lookup by a declared name is by own key (or a Map), so an
// undeclared `constructor` account is undeclared, not Object's constructor.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { byName } from '../../src/declarations/names.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import { commitAll, initRepo } from '../support/git.js'
import { departIn, editAccess, startTreeSandbox } from '../support/sandbox-tree.js'
import { cli, scratchTree } from '../support/tree.js'

let sandbox: Sandbox
let cwd: string
let env: Record<string, string>

beforeAll(async () => {
  cwd = scratchTree({
    'roles/constructor.yaml': 'id: constructor\ngrants:\n  scim: [constructor]\n',
    'people/constructor.yaml':
      'id: constructor\nname: Con Structor\nemail: con@acme.example\nstatus: active\nroles: [constructor]\n'
  })
  editAccess(cwd, 'platforms.yaml', t =>
    t.replace(
      '\nscim:\n',
      '\nscim:\n  - name: constructor\n    base_url: https://scim.constructor.acme.example/scim/v2\n    token_env: CONSTRUCTOR_SCIM_TOKEN\n'
    )
  )
  ;({ sandbox, env } = await startTreeSandbox(cwd))
  initRepo(cwd)
  departIn(cwd, 'alice')
  departIn(cwd, 'constructor')
  commitAll(cwd, 'alice and constructor leave')
})
afterAll(() => sandbox.close())

describe('names that objects inherit', () => {
  it('a SCIM app, a person and a role named constructor are planned like any other', async () => {
    expect(byName(sandbox.states.scim, 'constructor')!.users.map(u => u.userName)).toEqual([
      'con@acme.example'
    ])
    const { code, out } = await cli(
      ['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--json'],
      cwd,
      env
    )
    expect(code).toBe(0)
    const plan = JSON.parse(out)
    const section = (person: string) =>
      plan.people
        .find((p: { person: string }) => p.person === person)
        .platforms.find((s: { platform: string }) => s.platform === 'scim:constructor')
    // alice declares no constructor account: looked up by her email, and not there.
    expect(section('alice')).toMatchObject({
      status: 'no_account',
      notes: ['no constructor userName declared: looked up alice@acme.example']
    })
    expect(section('constructor').steps).toEqual([
      expect.objectContaining({ action: 'deactivate_user', target: 'con@acme.example' })
    ])
  })

  it('the audit lists the app named constructor', async () => {
    const { code, out, err } = await cli(['audit', '--json'], cwd, env)
    expect(err).toBe('')
    expect(code).toBe(0)
    const audit = JSON.parse(out)
    expect(audit.platforms).toContainEqual(
      expect.objectContaining({ platform: 'scim:constructor', status: 'checked', accounts: 1 })
    )
  })
})

describe('YAML keys named __proto__', () => {
  it('are keys like any other: refused where unknown, and nothing is polluted', async () => {
    const tree = scratchTree({
      'people/zed.yaml':
        'id: zed\nname: Zed\nemail: zed@acme.example\nstatus: active\n__proto__:\n  status: departed\n',
      'people/yan.yaml':
        'id: yan\nname: Yan\nemail: yan@acme.example\nstatus: active\naccounts:\n  scim:\n    __proto__: yan@acme.example\n',
      'roles/x.yaml': 'id: x\ngrants:\n  scim: [toString]\n'
    })
    const { code, out } = await cli(['validate'], tree)
    expect(code).toBe(2)
    expect(out).toMatch(/^access\/people\/zed\.yaml:5:1: unknown key "__proto__" in the file/m)
    expect(out).toMatch(
      /^access\/people\/yan\.yaml:7:5: SCIM app "__proto__" is not configured in platforms\.yaml/m
    )
    expect(out).toMatch(
      /^access\/roles\/x\.yaml:3:10: SCIM app "toString" is not configured in platforms\.yaml/m
    )
    expect(({} as Record<string, unknown>).status).toBeUndefined()
  })
})
