// aws.accounts in the declarations: one instance per member account, a person's IAM user name
// in each (one name for all, or per account), a role's grants in each, and platforms.yaml
// problems said with what to fix.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadFromDirectory } from '../src/declarations/load.js'
import { configuredInstances } from '../src/connectors/registry.js'
import { trustedSettings } from '../src/trust.js'
import { declaredAccount, personGrants } from '../src/grants.js'
import { awsConfig, platforms } from './support/declarations.js'
import { exampleAccess, scratchTree } from './support/tree.js'

const A = '111111111111'
const B = '222222222222'
const accounts = (entries: string) =>
  `version: 1\naws:\n  protected: [breakglass]\n  accounts:\n${entries}`
const member = (id: string, role = `arn:aws:iam::${id}:role/offboard`, extra = '') =>
  `    - {id: "${id}", role_arn: "${role}"${extra}}\n`
const person = (id: string, aws: string, status = 'active') =>
  `id: ${id}\nname: Test ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-20\n' : ''}roles: [dev]\naccounts:\n  aws: ${aws}\n`

async function load(files: Record<string, string>) {
  // Only what the test declares: the example tree's people and roles are removed.
  const example = [
    ...readdirSync(join(exampleAccess, 'people')).map(f => `people/${f}`),
    ...readdirSync(join(exampleAccess, 'roles')).map(f => `roles/${f}`)
  ]
  const cwd = scratchTree({
    ...Object.fromEntries(example.map(f => [f, null])),
    'roles/dev.yaml': 'id: dev\ngrants:\n  aws: {groups: [developers]}\n',
    ...files
  })
  return loadFromDirectory('access', cwd)
}

describe('aws.accounts', () => {
  it('makes one instance per member account; a name alone is the user in each, a mapping names them per account', async () => {
    const { declarations: decl, diagnostics } = await load({
      'platforms.yaml': accounts(member(A) + member(B, undefined, ', external_id: acme-7')),
      'people/alice.yaml': person('alice', 'alice'),
      'people/bob.yaml': person('bob', `{"${B}": bob-b}`)
    })
    expect(diagnostics).toEqual([])
    expect(configuredInstances(decl.platforms).map(c => c.instance.name)).toEqual(
      expect.arrayContaining([`aws:${A}`, `aws:${B}`])
    )
    expect(configuredInstances(decl.platforms).map(c => c.instance.name)).not.toContain('aws')
    const [alice, bob] = [decl.people.get('alice')!, decl.people.get('bob')!]
    expect([declaredAccount(alice, `aws:${A}`), declaredAccount(alice, `aws:${B}`)]).toEqual([
      'alice',
      'alice'
    ])
    expect([declaredAccount(bob, `aws:${A}`), declaredAccount(bob, `aws:${B}`)]).toEqual([
      undefined,
      'bob-b'
    ])
    expect(personGrants(alice, decl).map(g => `${g.platform} ${g.value}`)).toEqual([
      `aws:${A} developers`,
      `aws:${B} developers`
    ])
  })

  it('says what to fix: an id that is not 12 digits, a role in another account, an account listed twice', async () => {
    const short = await load({
      'platforms.yaml': accounts(member('12345', `arn:aws:iam::${A}:role/o`))
    })
    expect(short.diagnostics.map(d => `${d.line}: ${d.message}`)).toContain(
      '5: aws.accounts[0].id "12345" is not valid: use the 12-digit AWS account id, quoted: "123456789012"'
    )
    const { diagnostics } = await load({
      'platforms.yaml': accounts(
        member(A, `arn:aws:iam::${B}:role/offboard`) +
          member(B, undefined, `, read_role_arn: "arn:aws:iam::${A}:role/offboard-read"`) +
          member(B)
      )
    })
    expect(diagnostics.map(d => `${d.line}: ${d.message}`)).toEqual([
      `5: role_arn arn:aws:iam::${B}:role/offboard is a role in account ${B}, not in ${A}: name the role offboard assumes in account ${A} (arn:aws:iam::${A}:role/...)`,
      `6: read_role_arn arn:aws:iam::${A}:role/offboard-read is a role in account ${A}, not in ${B}: name the role offboard assumes in account ${B} (arn:aws:iam::${B}:role/...)`,
      `7: AWS account ${B} is listed twice in aws.accounts: keep one entry per account`
    ])
  })

  it('refuses a per-account name for an account aws.accounts does not list, and a protected name in any account', async () => {
    const { diagnostics } = await load({
      'platforms.yaml': accounts(member(A)),
      'people/alice.yaml': person('alice', `{"${B}": alice}`),
      'people/judy.yaml': person('judy', 'breakglass', 'departed')
    })
    expect(diagnostics.map(d => `${d.file} ${d.message}`)).toEqual(
      expect.arrayContaining([
        `access/people/alice.yaml AWS account ${B} is not in aws.accounts of platforms.yaml: add it there ({ id: "${B}", role_arn: ... }), or remove this account`,
        expect.stringMatching(/^access\/people\/judy\.yaml IAM user breakglass is protected/)
      ])
    )
  })

  it('finds the same user declared twice in one account, whichever form declares it', async () => {
    const { diagnostics } = await load({
      'platforms.yaml': accounts(member(A) + member(B)),
      'people/alice.yaml': person('alice', 'shared'),
      'people/bob.yaml': person('bob', `{"${B}": shared}`)
    })
    expect(diagnostics.map(d => d.message)).toEqual([
      expect.stringMatching(new RegExp(`^account ${B} IAM user shared is already claimed by alice`))
    ])
  })
})

describe('accounts.aws', () => {
  it.each([
    [
      'bad name!',
      'accounts.aws "bad name!" is not valid: use an IAM user name (in every account of aws.accounts)'
    ],
    ['[alice]', 'accounts.aws must be text or a mapping (key: value lines), found a list'],
    [`{"12345": alice}`, 'unknown key "12345" in accounts.aws: use account id -> IAM user name'],
    [`{"${A}": "bad name!"}`, `"bad name!" is not valid: use an IAM user name in that account`]
  ])('%s: one message, about the form it is written in', async (value, message) => {
    const { diagnostics } = await load({
      'platforms.yaml': accounts(member(A)),
      'people/alice.yaml': person('alice', value)
    })
    expect(diagnostics).toEqual([
      expect.objectContaining({ message: expect.stringContaining(message) })
    ])
  })
})

describe("aws.accounts from base: where credentials go is not the pull request's to say", () => {
  const role = (id: string, name = 'offboard') => ({
    id,
    role_arn: `arn:aws:iam::${id}:role/${name}`
  })
  const withAccounts = (accounts?: ReturnType<typeof role>[]) =>
    platforms({ aws: awsConfig(accounts ? { accounts } : {}) })
  const trusted = (
    base: ReturnType<typeof withAccounts>,
    head: ReturnType<typeof withAccounts>
  ) => {
    const t = trustedSettings(base, head)
    return {
      instances: configuredInstances(t.platforms).map(c => [c.instance.name, c.instance.detail]),
      notices: t.afterMerge.map(n => `${n.setting}: ${n.message}`),
      dropped: t.droppedByHead
    }
  }

  it("head adding aws.accounts: the credentials' own account is still the one used", () => {
    expect(trusted(withAccounts(), withAccounts([role(A)]))).toEqual({
      instances: [['aws', undefined]],
      notices: [
        `aws.accounts: head assumes roles in AWS accounts ${A} (this change works in the credentials' own account): not planned in this change; takes effect after merge`
      ],
      dropped: []
    })
  })

  it("head changing a role or adding an account: base's roles are assumed, the new account is not", () => {
    expect(trusted(withAccounts([role(A)]), withAccounts([role(A, 'attacker'), role(B)]))).toEqual({
      instances: [[`aws:${A}`, `arn:aws:iam::${A}:role/offboard`]],
      notices: [
        `aws.accounts[${A}].role_arn: head sets arn:aws:iam::${A}:role/attacker (this change uses arn:aws:iam::${A}:role/offboard): takes effect after merge`,
        `aws.accounts[${B}]: head adds AWS account ${B} (role arn:aws:iam::${B}:role/offboard): not planned in this change; takes effect after merge`
      ],
      dropped: []
    })
  })

  it('head removing an account: its departures are still revoked there, its reductions not', () => {
    const t = trusted(withAccounts([role(A), role(B)]), withAccounts([role(A)]))
    expect(t.instances.map(i => i[0])).toEqual([`aws:${A}`, `aws:${B}`])
    expect(t.dropped).toEqual([`aws:${B}`])
    expect(t.notices).toEqual([
      `aws.accounts[${B}]: head removes this AWS account: this change still revokes its departures there (not its reductions); unmanaged after merge`
    ])
  })

  it('head removing the aws block: every member account is dropped, not a bare aws', () => {
    const t = trustedSettings(withAccounts([role(A), role(B)]), platforms())
    expect(t.droppedByHead).toEqual([`aws:${A}`, `aws:${B}`])
  })
})
