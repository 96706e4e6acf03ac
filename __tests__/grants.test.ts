import { describe, expect, it } from '@jest/globals'
import { declaredAccount, grantKey, personGrants } from '../src/grants.js'
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
})
