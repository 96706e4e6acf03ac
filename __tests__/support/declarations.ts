// Declarations as plain data, for tests of the pure stages (change, plan, audit).
import type { Declarations, Person, Platforms, Role } from '../../src/declarations/types.js'

const at = { file: 'access/x.yaml', line: 1, column: 1 }

export function platforms(overrides: Partial<Platforms> = {}): Platforms {
  return {
    version: 1,
    github: { org: 'acme', protected: ['acme-bot'], repository_scan_limit: 200 },
    aws: { on_departure: 'delete', revoke_sessions: true, protected: [], stale_key_days: 90 },
    slack: { deactivate_with: 'scim', protected: [] },
    scim: [
      {
        name: 'jira',
        base_url: 'https://jira.test/scim/v2',
        token_env: 'JIRA',
        on_departure: 'deactivate'
      }
    ],
    policy: { max_departures_per_change: 5, max_departure_ratio: 0.5 },
    at,
    ...overrides
  }
}

export function person(id: string, roles: string[] = [], extra: Partial<Person> = {}): Person {
  return {
    id,
    name: `Person ${id}`,
    email: `${id}@acme.example`,
    status: 'active',
    roles,
    accounts: { github: `${id}-gh`, aws: id },
    at: { ...at, file: `access/people/${id}.yaml` },
    ...extra
  }
}

export function role(id: string, grants: Role['grants']): Role {
  return { id, grants, at: { ...at, file: `access/roles/${id}.yaml` } }
}

export function declarations(
  people: Person[],
  roles: Role[],
  overrides: Partial<Platforms> = {}
): Declarations {
  return {
    origin: 'test',
    platforms: platforms(overrides),
    people: new Map(people.map(p => [p.id, p])),
    roles: new Map(roles.map(r => [r.id, r]))
  }
}
