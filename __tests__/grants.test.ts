import { describe, expect, it } from '@jest/globals'
import { grantKey, personGrants } from '../src/grants.js'
import type { Person, Platforms, Role } from '../src/declarations/types.js'

const at = { file: 'x', line: 1, column: 1 }
const platforms: Platforms = {
  version: 1,
  github: { org: 'acme', protected: [], repository_scan_limit: 200 },
  scim: [],
  policy: { max_departures_per_change: 5, max_departure_ratio: 0.2 },
  at
}
const role = (id: string, grants: Role['grants']): Role => ({ id, grants, at })

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
    const person = { roles: ['a', 'b', 'missing'] } as Person
    const keys = personGrants(person, { platforms, roles }).map(grantKey).sort()
    expect(keys).toEqual([
      'aws|aws_group|dev',
      'github|github_org_admin|acme',
      'github|github_team|backend',
      'scim:jira|scim_app|jira'
    ])
  })
})
