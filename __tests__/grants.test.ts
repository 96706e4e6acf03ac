import { describe, expect, it } from '@jest/globals'
import {
  declaredAccount,
  declaredOn,
  grantKey,
  personGrants,
  platformGrants,
  sameGrant
} from '../src/grants.js'
import { githubConfig, person, platforms, role } from './support/declarations.js'

describe('personGrants', () => {
  it('unions the grants of all roles, without duplicates, and skips unknown roles', () => {
    const roles = new Map([
      ['a', role('a', { github: { teams: ['Backend'], org_role: 'admin' }, scim: ['jira'] })],
      [
        'b',
        role('b', {
          github: { teams: ['backend'], org_role: 'member' },
          aws: { groups: ['dev'], policies: [] }
        })
      ]
    ])
    const someone = person('someone', { roles: ['a', 'b', 'missing'] })
    const keys = personGrants(someone, { platforms: platforms({ github: githubConfig() }), roles })
      .map(grantKey)
      .sort()
    expect(keys).toEqual([
      'aws|aws_group|dev',
      'github|github_org_admin|acme',
      'github|github_team|backend',
      'scim:jira|scim_app|jira'
    ])
  })
})

describe('platformGrants', () => {
  const roles = new Map([
    ['a', role('a', { github: { teams: ['Backend'], org_role: 'member' }, scim: ['jira'] })],
    ['b', role('b', { github: { teams: ['backend', 'infra'], org_role: 'member' } })],
    ['c', role('c', { aws: { groups: ['dev'], policies: [] } })]
  ])
  const decl = { platforms: platforms({ github: githubConfig() }), roles }

  it('gives what personGrants gives on that platform, for one role and for several', () => {
    const on = platformGrants(decl, 'github')
    for (const roleIds of [['a'], ['a', 'b'], ['b', 'a', 'missing'], ['c'], []]) {
      const p = person('p', { roles: roleIds })
      const expected = personGrants(p, decl).filter(g => g.platform === 'github')
      expect(on(p).map(grantKey).sort()).toEqual(expected.map(grantKey).sort())
    }
  })

  it('gives people with the same roles one shared list, not a copy each', () => {
    const on = platformGrants(decl, 'github')
    const [x, y] = [person('x', { roles: ['a', 'c'] }), person('y', { roles: ['a'] })]
    expect(on(x)).toBe(on(y))
    const [v, w] = [person('v', { roles: ['a', 'b'] }), person('w', { roles: ['a', 'b', 'c'] })]
    expect(on(v)).toBe(on(w))
    expect(on(v).map(grantKey).sort()).toEqual([
      'github|github_team|backend',
      'github|github_team|infra'
    ])
  })
})

describe('sameGrant', () => {
  it('compares as grantKey does: GitHub team slugs without regard to case, other values exactly', () => {
    const g = (platform: string, kind: string, value: string) => ({ platform, kind, value })
    expect(
      sameGrant(g('github', 'github_team', 'Backend'), g('github', 'github_team', 'backend'))
    ).toBe(true)
    expect(sameGrant(g('slack', 'slack_channel', 'C01'), g('slack', 'slack_channel', 'c01'))).toBe(
      false
    )
    expect(sameGrant(g('github', 'github_team', 'x'), g('github', 'github_repo', 'x'))).toBe(false)
    expect(sameGrant(g('scim:jira', 'scim_app', 'jira'), g('scim:wiki', 'scim_app', 'jira'))).toBe(
      false
    )
    for (const [a, b] of [
      [g('github', 'github_team', 'Backend'), g('github', 'github_team', 'backend')],
      [g('slack', 'slack_channel', 'C01'), g('slack', 'slack_channel', 'c01')]
    ] as const)
      expect(sameGrant(a, b)).toBe(grantKey(a) === grantKey(b))
  })
})

describe('declaredAccount', () => {
  it("reads the person's account for each platform, SCIM apps by name", () => {
    const alice = person('alice', {
      accounts: { github: 'alice-gh', aws: 'alice', scim: { jira: 'alice@acme.example' } }
    })
    expect(
      (['github', 'aws', 'slack', 'scim:jira', 'scim:okta'] as const).map(p =>
        declaredAccount(alice, p)
      )
    ).toEqual(['alice-gh', 'alice', undefined, 'alice@acme.example', undefined])
  })

  it('reads an app named like an inherited property as any other: undeclared is undeclared', () => {
    const bob = person('bob', { accounts: { scim: { jira: 'bob@acme.example' } } })
    for (const app of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(declaredAccount(bob, `scim:${app}`)).toBeUndefined()
    const con = person('con', { accounts: { scim: { constructor: 'con@acme.example' } } })
    expect(declaredAccount(con, 'scim:constructor')).toBe('con@acme.example')
  })

  it('reads an account on one AWS account before the one declared for every account, folded', () => {
    const every = person('eve', { accounts: { github: 'Eve-GH', aws: 'eve' } })
    expect(declaredOn(every, 'aws:111111111111')).toMatchObject({ account: 'eve', instance: 'aws' })
    expect(declaredOn(every, 'github')).toMatchObject({ account: 'Eve-GH', folded: 'eve-gh' })
    const each = person('ed', { accounts: { aws: { '111111111111': 'ed-prod' } } })
    expect(declaredAccount(each, 'aws:111111111111')).toBe('ed-prod')
    expect(declaredAccount(each, 'aws:222222222222')).toBeUndefined()
  })
})
