// In-memory declarations for tests that do not need YAML: people, roles and platforms as
// plain data, with the defaults the loader would fill in.
import type { Declarations, Person, Platforms, Role } from '../../src/declarations/types.js'

const at = { file: 'access/x.yaml', line: 1, column: 1 }

export function platforms(fields: Partial<Platforms> = {}): Platforms {
  return {
    version: 1,
    scim: [],
    policy: { max_departures_per_change: 5, max_departure_ratio: 0.2, revoke_within: '24h' },
    at,
    ...fields
  }
}

export const githubConfig = (org = 'acme', protectedLogins: string[] = []) => ({
  org,
  protected: protectedLogins,
  repository_scan_limit: 200
})

export const awsConfig = (fields: Partial<NonNullable<Platforms['aws']>> = {}) => ({
  on_departure: 'delete' as const,
  revoke_sessions: true,
  protected: [],
  stale_key_days: 90,
  ...fields
})

export const person = (id: string, fields: Partial<Omit<Person, 'id' | 'at'>> = {}): Person => ({
  id,
  name: id,
  email: `${id}@acme.example`,
  status: 'active',
  roles: [],
  accounts: {},
  at,
  ...fields
})

export const role = (id: string, grants: Role['grants']): Role => ({ id, grants, at })

export function declarations(p: Platforms, people: Person[], roles: Role[] = []): Declarations {
  return {
    origin: 'access',
    platforms: p,
    people: new Map(people.map(x => [x.id, x])),
    roles: new Map(roles.map(r => [r.id, r]))
  }
}

/** Every platform configured, as the pipeline tests (change, plan) want. */
export function allPlatforms(fields: Partial<Platforms> = {}): Platforms {
  return platforms({
    github: githubConfig('acme', ['acme-bot']),
    aws: awsConfig(),
    slack: { deactivate_with: 'scim', protected: [] },
    scim: [
      {
        name: 'jira',
        base_url: 'https://jira.test/scim/v2',
        token_env: 'JIRA',
        on_departure: 'deactivate'
      }
    ],
    policy: { max_departures_per_change: 5, max_departure_ratio: 0.5, revoke_within: '24h' },
    ...fields
  })
}

/** An active person with a GitHub login and an IAM user, holding `roles`. */
export const staff = (id: string, roles: string[] = [], fields: Partial<Person> = {}): Person =>
  person(id, { name: `Person ${id}`, roles, accounts: { github: `${id}-gh`, aws: id }, ...fields })

/** Declarations with every platform configured (`fields` override platforms.yaml). */
export const pipelineDeclarations = (
  people: Person[],
  roles: Role[],
  fields: Partial<Platforms> = {}
): Declarations => declarations(allPlatforms(fields), people, roles)
