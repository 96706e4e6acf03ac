import { describe, expect, it } from '@jest/globals'
import { detectChange } from '../src/change.js'
import { grantKey } from '../src/grants.js'
import {
  pipelineDeclarations as declarations,
  role,
  staff as person
} from './support/declarations.js'

const roles = [
  role('backend', {
    github: { teams: ['backend'], org_role: 'member' },
    aws: { groups: ['dev'], policies: [] }
  }),
  role('sre', {
    github: { teams: ['sre', 'backend'], org_role: 'member' },
    aws: { groups: ['dev', 'ops'], policies: [] }
  }),
  role('owner', { github: { teams: [], org_role: 'admin' } })
]
const departed = { status: 'departed' as const, departed_on: '2026-11-20' }

const summary = (base: ReturnType<typeof declarations>, head: ReturnType<typeof declarations>) => {
  const c = detectChange(base, head)
  return {
    departures: c.departures.map(d => `${d.person.id}:${d.how}`),
    reductions: c.reductions.map(r => `${r.person.id}:${r.remove.map(grantKey).sort().join(',')}`),
    additions: c.additions.map(a => `${a.person.id}:${a.how}`)
  }
}

describe('detectChange', () => {
  const alice = person('alice', ['backend'])
  const bob = person('bob', ['sre', 'owner'])
  const base = declarations([alice, bob], roles)

  it.each([
    ['no change', [alice, bob], { departures: [], reductions: [], additions: [] }],
    [
      'a deleted file is a departure, with the base accounts',
      [bob],
      { departures: ['alice:deleted'], reductions: [], additions: [] }
    ],
    [
      'status departed is a departure',
      [{ ...alice, ...departed }, bob],
      { departures: ['alice:marked_departed'], reductions: [], additions: [] }
    ],
    [
      'losing a role removes only what no other role grants',
      [alice, { ...bob, roles: ['backend', 'owner'] }],
      {
        departures: [],
        reductions: ['bob:aws|aws_group|ops,github|github_team|sre'],
        additions: []
      }
    ],
    [
      'losing the owner role demotes',
      [alice, { ...bob, roles: ['sre'] }],
      { departures: [], reductions: ['bob:github|github_org_admin|acme'], additions: [] }
    ],
    [
      'a new person and more grants are additions, not applied',
      [{ ...alice, roles: ['sre'] }, bob, person('carol', ['backend'])],
      { departures: [], reductions: [], additions: ['alice:more_grants', 'carol:new_person'] }
    ]
  ])('%s', (_name, headPeople, expected) => {
    expect(summary(base, declarations(headPeople, roles))).toEqual(expected)
  })

  it('takes the accounts of a deleted person from base', () => {
    const c = detectChange(base, declarations([bob], roles))
    expect(c.departures[0].person.accounts).toEqual({ github: 'alice-gh', aws: 'alice' })
  })

  it('takes the identity of a person marked departed from base, keeping head beside it', () => {
    const reaimed = { ...alice, ...departed, accounts: { aws: 'old-contractor' } }
    const [d] = detectChange(base, declarations([reaimed, bob], roles)).departures
    expect(d.person.accounts).toEqual({ github: 'alice-gh', aws: 'alice' })
    expect(d.atHead?.accounts).toEqual({ aws: 'old-contractor' })
  })

  it('reduces the accounts base declares, not the ones head names', () => {
    const reaimed = { ...bob, roles: ['sre'], accounts: { github: 'someone-else' } }
    const [r] = detectChange(base, declarations([alice, reaimed], roles)).reductions
    expect(r.person.accounts.github).toBe('bob-gh')
  })

  it('needs nothing for someone already departed at base and deleted at head', () => {
    const b = declarations([{ ...alice, ...departed }, bob], roles)
    expect(summary(b, declarations([bob], roles)).departures).toEqual([])
  })

  it('a role losing a grant reduces everyone holding that role', () => {
    const slimmer = roles.map(r =>
      r.id === 'backend'
        ? role('backend', { github: { teams: ['backend'], org_role: 'member' } })
        : r
    )
    const s = summary(base, declarations([alice, bob], slimmer))
    // bob still gets group dev through sre; alice loses it.
    expect(s.reductions).toEqual(['alice:aws|aws_group|dev'])
  })

  it('a role losing a grant reduces people whose declaration is shared by both revisions', () => {
    // Revisions loaded through one cache share unchanged people and settings: the role decides.
    const slimmer = role('backend', { github: { teams: ['backend'], org_role: 'member' } })
    const head = { ...base, roles: new Map([...base.roles, ['backend', slimmer]]) }
    expect(summary(base, head).reductions).toEqual(['alice:aws|aws_group|dev'])
    expect(summary(base, { ...base, roles: new Map(base.roles) }).reductions).toEqual([])
  })

  it('a renamed file keeping its id is not a departure', () => {
    const moved = { ...alice, at: { ...alice.at, file: 'access/people/alice-liddell.yaml' } }
    expect(summary(base, declarations([moved, bob], roles)).departures).toEqual([])
  })

  it('compares GitHub team slugs case-insensitively', () => {
    const renamed = roles.map(r =>
      r.id === 'backend'
        ? role('backend', {
            github: { teams: ['Backend'], org_role: 'member' },
            aws: { groups: ['dev'], policies: [] }
          })
        : r
    )
    expect(summary(base, declarations([alice, bob], renamed)).reductions).toEqual([])
  })

  it('coming back to active is an addition', () => {
    const b = declarations([{ ...alice, ...departed }, bob], roles)
    expect(summary(b, declarations([alice, bob], roles)).additions).toEqual(['alice:reactivated'])
  })
})
