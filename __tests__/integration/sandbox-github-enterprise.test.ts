// The sandbox seeded for two GitHub organizations and their enterprise, driven end to end as
// apply drives it: a departure revokes in both organizations, then removes the enterprise
// member, last of all; a rerun finds nothing left, verified, without a write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { applyChange } from '../../src/apply.js'
import type { Declarations } from '../../src/declarations/types.js'
import type { Entry } from '../../src/log/record.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { repoRoot } from '../support/tree.js'

let sandbox: Sandbox
let base: Declarations
let head: Declarations

beforeAll(async () => {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  const { declarations, scenario } = inputs
  const github = declarations.platforms.github!
  base = {
    ...declarations,
    platforms: {
      ...declarations.platforms,
      github: { ...github, org: undefined, orgs: ['acme', 'acme-labs'], enterprise: 'acme-co' }
    }
  }
  // alice is a member of acme-labs too; the enterprise holds every account of both.
  scenario.people!.alice.github = { ...scenario.people!.alice.github, orgs: { 'acme-labs': {} } }
  const alice = base.people.get('alice')!
  head = {
    ...base,
    people: new Map(base.people).set('alice', {
      ...alice,
      status: 'departed',
      departed_on: '2026-11-25'
    })
  }
  sandbox = await startSandbox(base, scenario)
})
afterAll(() => sandbox.close())

const apply = () =>
  applyChange(
    { label: 'base', declarations: base },
    { label: 'head', declarations: head },
    { env: { ...sandbox.env }, maskSecret: () => {}, log: () => {} },
    { change: { base: 'b', head: 'h', pr: null, approvers: [] }, actor: 'test' }
  )
const github = (entries: Entry[]) => entries.filter(e => e.platform === 'github')
const writes = () => Object.values(sandbox.servers).flatMap(s => s.writes())
const holders = () => {
  const gh = sandbox.states.github!
  return [gh, ...(gh.moreOrgs ?? [])]
    .filter(o => o.members.some(m => m.login === 'alice-gh'))
    .map(o => o.org.login)
    .concat(gh.enterprise!.members.some(m => m.login === 'alice-gh') ? ['acme-co'] : [])
}

describe('a departure from two organizations and their enterprise', () => {
  it('revokes in both organizations, then removes the enterprise member last', async () => {
    expect(holders()).toEqual(['acme', 'acme-labs', 'acme-co'])
    const { entries } = await apply()
    expect(entries.filter(e => e.result === 'failed')).toEqual([])
    const steps = github(entries).map(e => [e.action, e.target, e.result])
    expect(steps).toEqual(
      expect.arrayContaining([
        ['remove_org_membership', 'acme: alice-gh', 'revoked'],
        ['remove_org_membership', 'acme-labs: alice-gh', 'revoked'],
        ['remove_enterprise_member', 'enterprise acme-co: alice-gh', 'revoked'],
        ['verify', 'alice', 'verified']
      ])
    )
    expect(holders()).toEqual([])
    // The enterprise's removal starts once both memberships are gone, and is the last write.
    const sent = sandbox.servers.github.requests.map(r => `${r.operation} ${r.path}`)
    const lookup = sent.indexOf('POST /graphql query enterprise user /graphql')
    for (const org of ['acme', 'acme-labs'])
      expect(
        sent.indexOf(`DELETE /orgs/{org}/memberships/{username} /orgs/${org}/memberships/alice-gh`)
      ).toBeLessThan(lookup)
    expect(sandbox.servers.github.writes().at(-1)?.operation).toBe(
      'POST /graphql mutation removeEnterpriseMember'
    )
    // ... and its record comes after every other step's.
    const done = github(entries).filter(e => e.action !== 'verify')
    expect(done.at(-1)?.action).toBe('remove_enterprise_member')
  })

  it('a rerun finds nothing left: verified, without a write', async () => {
    const sent = writes().length
    const { entries } = await apply()
    expect(writes()).toHaveLength(sent)
    expect(entries.filter(e => e.result === 'revoked' || e.result === 'failed')).toEqual([])
    expect(github(entries).map(e => [e.action, e.result])).toEqual([
      ['check_account', 'already_absent'],
      ['verify', 'verified']
    ])
  })
})
