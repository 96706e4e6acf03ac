// Adding a platform is its folder and one registry entry, no edit of the core: a platform that
// exists only in tests (support/fake-platform.ts), registered through the registry's API, is
// validated, planned, applied and audited like the built-in ones. Its part of the schemas is
// compiled in as `node scripts/compile-schemas.mjs` would compile it into the validators.
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
// @ts-expect-error: a plain JavaScript build script, without types
import { accessSchemaParts, accessSchemas } from '../scripts/access-schemas.mjs'
// @ts-expect-error: a plain JavaScript build script, without types
import { schemaCompiler } from '../scripts/compile-schemas.mjs'
import type { Finding } from '../src/audit/index.js'
import { fakePlatform, fakeSchemaPart, type FakeTenant } from './support/fake-platform.js'
import { commitAll, initRepo } from './support/git.js'
import { planOf, step } from './support/plan.js'
import { repoRoot } from './support/tree.js'

const scenario: unknown = JSON.parse(
  readFileSync(join(repoRoot, 'schemas/scenario.schema.json'), 'utf8')
)
const ajv = schemaCompiler({
  ...accessSchemas([...accessSchemaParts(), fakeSchemaPart]),
  scenario
}) as { getSchema(name: string): unknown }
jest.unstable_mockModule('../src/declarations/validators.js', () =>
  Object.fromEntries(['platforms', 'person', 'role', 'scenario'].map(n => [n, ajv.getSchema(n)]))
)
const { registerPlatform } = await import('../src/connectors/registry.js')
const { loadFromDirectory, formatDiagnostic } = await import('../src/declarations/load.js')
const { loadRevisions, planChange } = await import('../src/engine.js')
const { applyChange } = await import('../src/apply.js')
const { auditPlatforms } = await import('../src/audit/index.js')
const { openReaders } = await import('../src/connectors/index.js')
const { execute } = await import('../src/execute.js')

const tenant: FakeTenant = new Map()
const unregister = registerPlatform(fakePlatform(tenant))
afterAll(unregister)

const person = (id: string, roles: string[], account: string, departed = false) =>
  [
    `id: ${id}`,
    `name: ${id}`,
    `email: ${id}@acme.example`,
    departed ? 'status: departed\ndeparted_on: 2026-11-20' : 'status: active',
    `roles: [${roles.join(', ')}]`,
    `accounts:\n  fake: ${account}`
  ].join('\n')

const TREE = {
  'platforms.yaml':
    'version: 1\nfake:\n  tenant: acme\n  protected: [root]\npolicy:\n  max_departure_ratio: 0.5\n',
  'people/alice.yaml': person('alice', ['eng'], 'alice'),
  'people/bob.yaml': person('bob', ['eng', 'ops'], 'bob'),
  'people/carol.yaml': person('carol', ['ops'], 'root'),
  'roles/eng.yaml': 'id: eng\ngrants:\n  fake:\n    groups: [engineering]\n',
  'roles/ops.yaml': 'id: ops\ngrants:\n  fake:\n    groups: [ops]\n'
}

function write(cwd: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    const file = join(cwd, 'access', rel)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

const env = { env: { FAKE_TOKEN: 'made-up' }, log: () => {}, maskSecret: () => {} }

describe('a platform added by its descriptor alone', () => {
  it('is validated: its schema part and the cross-file rules, with the usual messages', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offboard-fake-'))
    write(cwd, TREE)
    expect((await loadFromDirectory('access', cwd)).diagnostics).toEqual([])
    const problems = async (files: Record<string, string>) => {
      write(cwd, { ...TREE, ...files })
      return (await loadFromDirectory('access', cwd)).diagnostics.map(formatDiagnostic)
    }
    expect(await problems({ 'people/alice.yaml': person('alice', ['eng'], 'Alice') })).toEqual([
      'access/people/alice.yaml:7:9: accounts.fake "Alice" is not valid: use a user name in lowercase, e.g. alice'
    ])
    expect(await problems({ 'platforms.yaml': 'version: 1\nfake:\n  tenantt: acme\n' })).toEqual(
      expect.arrayContaining([
        'access/platforms.yaml:3:3: fake is missing the required key "tenant" (the tenant name)',
        'access/platforms.yaml:3:3: unknown key "tenantt" in fake: did you mean "tenant"?'
      ])
    )
    expect(await problems({ 'platforms.yaml': 'version: 1\n' })).toEqual(
      expect.arrayContaining([
        'access/people/alice.yaml:7:3: accounts.fake is set but platforms.yaml has no fake block: add one, or remove this account',
        'access/roles/eng.yaml:3:3: grants.fake is set but platforms.yaml has no fake block: add one, or remove these grants'
      ])
    )
  })

  it('is planned, applied and verified, then audited', async () => {
    tenant.clear()
    tenant.set('alice', { email: 'alice@acme.example', active: true, groups: ['engineering'] })
    tenant.set('bob', { email: 'bob@acme.example', active: true, groups: ['engineering', 'ops'] })
    tenant.set('root', { email: 'carol@acme.example', active: true, groups: ['ops'] })
    tenant.set('mallory', { email: 'mallory@acme.example', active: true, groups: ['engineering'] })
    const cwd = mkdtempSync(join(tmpdir(), 'offboard-fake-'))
    write(cwd, TREE)
    initRepo(cwd)
    // Alice departs, Bob leaves ops, and Carol's protected account is never touched.
    write(cwd, {
      'people/alice.yaml': person('alice', ['eng'], 'alice', true),
      'people/bob.yaml': person('bob', ['eng'], 'bob')
    })
    commitAll(cwd, 'alice departs, bob leaves ops')
    const revisions = await loadRevisions({ cwd, dir: 'access', base: 'HEAD~1', head: 'HEAD' })
    if (!revisions.ok) throw new Error(`invalid declarations at ${revisions.which}`)
    const { base, head } = revisions

    const audit = async () =>
      (
        await auditPlatforms(
          head.declarations,
          await openReaders({ ...env, platforms: head.declarations.platforms })
        )
      ).findings.map((f: Finding) => [f.kind, f.account, f.target])
    expect(await audit()).toEqual([
      ['departed_still_active', 'alice', undefined],
      ['undeclared_account', 'mallory', undefined],
      ['extra_grant', 'bob', 'fake_group ops']
    ])

    const plan = await planChange(base, head, env)
    const sections = Object.fromEntries(
      plan.people.map(p => [p.person, { why: p.why, steps: p.platforms.flatMap(s => s.steps) }])
    )
    expect(sections.alice.steps.map(s => s.id)).toEqual([
      'fake/alice/remove_group/engineering',
      'fake/alice/deactivate/alice'
    ])
    expect(sections.bob).toEqual({
      why: 'no longer granted: fake group ops',
      steps: [expect.objectContaining({ id: 'fake/bob/remove_group/ops' })]
    })

    const applied = await applyChange(base, head, env, {
      change: { base: 'base', head: 'head', pr: null, approvers: [] },
      actor: 'test',
      verify: { settle: [] }
    })
    expect(applied.failed).toBe(0)
    expect(applied.execution?.outcomes.map(o => [o.step.id, o.result])).toEqual(
      expect.arrayContaining([
        ['fake/alice/remove_group/engineering', 'revoked'],
        ['fake/alice/deactivate/alice', 'revoked'],
        ['fake/bob/remove_group/ops', 'revoked']
      ])
    )
    expect(applied.verify.map(v => [v.person, v.platform, v.result])).toEqual([
      ['alice', 'fake', 'verified'],
      ['bob', 'fake', 'verified']
    ])
    expect(tenant.get('root')).toEqual(expect.objectContaining({ active: true, groups: ['ops'] }))

    expect(await audit()).toEqual([['undeclared_account', 'mallory', undefined]])
  })

  it('says where its credentials come from when apply has no writer for it', async () => {
    const execution = await execute(
      planOf([step('fake', 'alice', 'deactivate', 'alice')]),
      new Map()
    )
    expect(execution.outcomes.map(o => o.detail)).toEqual([
      'no credentials for fake: set FAKE_TOKEN and rerun apply'
    ])
  })
})
