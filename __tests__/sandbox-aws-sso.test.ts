// The simulated Identity Center as the sandbox will run it: seeded from the declarations and
// a scenario through its descriptor (or from plain data), checked against the declarations,
// served with fault rules, and departed by the connector end to end.
import { afterEach, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import base from '../src/sandbox/scenario-schema.json' with { type: 'json' }
import part from '../src/sandbox/aws-sso/scenario-schema.json' with { type: 'json' }
import { awsSsoConnector } from '../src/connectors/aws_sso/connector.js'
import { awsSsoConfig } from '../src/connectors/aws_sso/types.js'
import type { Platforms } from '../src/declarations/types.js'
import {
  awsSso,
  createSsoPlatform,
  seedSso,
  type SsoSimState
} from '../src/sandbox/aws-sso/index.js'
import type { SsoScenario } from '../src/sandbox/aws-sso/scenario.js'
import type { ScenarioBase, ScenarioCheck } from '../src/sandbox/shared/scenario.js'
import { faultProblems, startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import { ssoContext } from './support/aws-sso.js'
import { revokeWith } from './support/connectors.js'
import { declarations, person, platforms, role } from './support/declarations.js'

const config = awsSsoConfig({
  instance_arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
  identity_store_id: 'd-1234567890',
  region: 'us-east-1',
  retry: { retries: 0, seconds: 10 }
})
const DEPLOY = { account: '111122223333', permission_set: 'Deploy' }
const ADMIN = { account: '444455556666', permission_set: 'Admin' }

function decl(withSso = true) {
  return declarations(
    platforms(withSso ? ({ aws_sso: config } as Partial<Platforms>) : {}),
    [
      person('alice', { roles: ['backend'], accounts: { aws_sso: 'alice' } }),
      person('bob', { status: 'departed', departed_on: '2026-11-20', roles: ['backend'] })
    ],
    [
      role('backend', { aws_sso: { groups: ['developers'], assignments: [DEPLOY] } }),
      // A group a role declares exists even when nobody holds the role.
      role('spare', { aws_sso: { groups: ['unused'], assignments: [] } })
    ]
  )
}

const scenario: ScenarioBase & SsoScenario = {
  version: 1,
  aws_sso: { group_assignments: { oncall: [ADMIN] } },
  people: { bob: { aws_sso: { groups: ['oncall'], assignments: [DEPLOY] } } },
  others: { aws_sso: [{ user: 'breakglass', groups: ['oncall'], disabled: true }] }
}

const seed = (d = decl()) =>
  awsSso.seed({ decl: d, scenario, now: new Date(), seed: 1, accessFiles: {} }) as SsoSimState
const names = (s: SsoSimState) => [...s.users.values()].map(u => `${u.userName}:${u.status}`)

describe('seeding', () => {
  it('gives active people their roles, departed ones what the scenario says, and the strays', () => {
    const state = seed()
    expect(names(state)).toEqual([
      'alice:ENABLED',
      'bob@acme.example:ENABLED',
      'breakglass:DISABLED'
    ])
    expect([...state.groups.values()].map(g => g.displayName).sort()).toEqual([
      'developers',
      'oncall',
      'unused'
    ])
    const groupsOf = (userName: string) => {
      const u = [...state.users.values()].find(x => x.userName === userName)!
      return [...state.memberships.values()]
        .filter(m => m.userId === u.userId)
        .map(m => state.groups.get(m.groupId)!.displayName)
    }
    expect(groupsOf('alice')).toEqual(['developers'])
    expect(groupsOf('bob@acme.example')).toEqual(['oncall'])
    // Direct assignments of alice and bob, and the group's; each set provisioned where assigned.
    expect(state.assignments.map(a => `${a.principalType} ${a.account}`).sort()).toEqual([
      'GROUP 444455556666',
      'USER 111122223333',
      'USER 111122223333'
    ])
    expect(
      [...state.permissionSets.values()].map(p => `${p.name} ${[...p.accounts]}`).sort()
    ).toEqual(['Admin 444455556666', 'Deploy 111122223333'])
    // The same ids on every run.
    expect([...seed().users.keys()]).toEqual([...state.users.keys()])
  })

  it('seeds nothing without an aws_sso block, and from plain data as well', () => {
    expect(seed(decl(false))).toBeUndefined()
    const state = seedSso({
      users: [{ userName: 'carol', groups: ['ops'], assignments: [] }],
      groups: [],
      groupAssignments: {}
    })
    expect(names(state)).toEqual(['carol:ENABLED'])
    expect(awsSso.servers(decl())).toEqual(['aws-sso'])
    expect(awsSso.servers(decl(false))).toEqual([])
  })

  it('reports scenario parts for an unconfigured block and strays that people declare', () => {
    const problems: string[] = []
    const check = (d: ReturnType<typeof decl>, s: ScenarioBase & SsoScenario) =>
      awsSso.check({
        scenario: s,
        decl: d,
        people: [{ id: 'bob', person: d.people.get('bob')!, holds: s.people!.bob! }],
        problem: (path, message) => problems.push(`${path.join('.')}: ${message}`),
        unconfigured: path => problems.push(`${path.join('.')}: unconfigured`),
        needsAccount: () => undefined,
        notDeclared: (_p, list, key, fold) => {
          if (list.some(n => fold?.(n) === 'alice')) problems.push(`others: ${key} declared`)
        }
      } as ScenarioCheck<ScenarioBase & SsoScenario>)
    check(decl(false), scenario)
    expect(problems).toEqual([
      'aws_sso: unconfigured',
      'people.bob.aws_sso: unconfigured',
      'others.aws_sso: unconfigured'
    ])
    problems.length = 0
    check(decl(), { ...scenario, others: { aws_sso: [{ user: 'ALICE' }] } })
    expect(problems).toEqual(['others: user declared'])
  })
})

describe('its part of the scenario schema', () => {
  // Placed as scripts/scenario-schema.mjs places it once the platform is registered.
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats.default(ajv, ['email', 'date'])
  const validate = ajv.compile({
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      aws_sso: part.block,
      people: {
        type: 'object',
        additionalProperties: { type: 'object', properties: { aws_sso: part.person } }
      },
      others: { type: 'object', properties: part.others }
    },
    $defs: { ...base.$defs, ...part.$defs }
  })

  it('takes the bundled shape and refuses account ids that are not 12 digits', () => {
    expect(validate(scenario)).toBe(true)
    const bad = {
      ...scenario,
      people: { bob: { aws_sso: { assignments: [{ account: '1', permission_set: 'A' }] } } }
    }
    expect(validate(bad)).toBe(false)
    expect(validate({ ...scenario, others: { aws_sso: [{ user: 'x', role: 'admin' }] } })).toBe(
      false
    )
  })
})

describe('the seeded sandbox under the connector', () => {
  let server: SimServer | undefined
  afterEach(async () => {
    await server?.close()
  })
  const start = async (state: SsoSimState) => {
    server = await startSimServer(createSsoPlatform(state, { seed: 1 }))
    return server
  }

  it('departs bob, found by email, from his direct and group access', async () => {
    const state = seed()
    const s = await start(state)
    const writer = awsSsoConnector(config).writer(ssoContext(s.url))
    const { found, plan, outcomes } = await revokeWith(
      writer,
      { person: 'bob', name: 'Bob', email: 'bob@acme.example' },
      { kind: 'departure' }
    )
    expect(found.notes).toEqual([
      'no accounts.aws_sso declared: found bob@acme.example by the email bob@acme.example'
    ])
    expect(plan.steps.map(st => `${st.action} ${st.target}`).sort()).toEqual([
      'delete_user bob@acme.example',
      'deny_sessions bob@acme.example/Admin',
      'deny_sessions bob@acme.example/Deploy',
      'remove_account_assignment bob@acme.example/111122223333/Deploy',
      'remove_group_membership bob@acme.example/oncall'
    ])
    expect([...outcomes.values()].every(o => o.result === 'revoked')).toBe(true)
    expect(names(state)).toEqual(['alice:ENABLED', 'breakglass:DISABLED'])
    // alice keeps Deploy in the same account; the deny names bob alone.
    expect(state.assignments.filter(a => a.principalType === 'USER')).toHaveLength(1)
    for (const ps of state.permissionSets.values())
      expect(ps.provisionedPolicy).toMatch(/identitystore:userId/)
  })

  it('lists for the audit, a disabled user holding nothing', async () => {
    const s = await start(seed())
    const inventory = await awsSsoConnector(config).reader(ssoContext(s.url)).list([])
    expect(
      inventory.accounts.map(
        a => `${a.account} ${a.active} ${a.grants.map(g => g.value).join(',')}`
      )
    ).toEqual([
      'alice true developers,111122223333/Deploy',
      'bob@acme.example true oncall,111122223333/Deploy',
      'breakglass false '
    ])
    expect(inventory.notes).toEqual([
      '1 account assignment(s) are given to groups: members hold them through their groups'
    ])
    expect(s.writes()).toEqual([])
  })

  it('lists in requests that grow with groups and permission sets, not with people', async () => {
    const count = async (people: number) => {
      const users = Array.from({ length: people }, (_, i) => ({
        userName: `user${i}`,
        groups: ['developers', 'oncall'],
        assignments: i % 2 ? [DEPLOY] : [ADMIN]
      }))
      const s = await start(
        seedSso({
          instanceArn: config.instance_arn,
          identityStoreId: config.identity_store_id,
          users,
          groups: [],
          groupAssignments: { oncall: [ADMIN] }
        })
      )
      const inventory = await awsSsoConnector(config).reader(ssoContext(s.url)).list([])
      await s.close()
      server = undefined
      expect(inventory.status).toBe('checked')
      expect(inventory.accounts).toHaveLength(people)
      expect(inventory.accounts[1]!.grants.map(g => g.value).sort()).toEqual([
        '111122223333/Deploy',
        'developers',
        'oncall'
      ])
      return inventory.requests
    }
    // 1 ListUsers, 1 ListGroups, 2 ListGroupMemberships, 1 ListPermissionSets, 2
    // DescribePermissionSet, 2 ListAccountsForProvisionedPermissionSet, 2 ListAccountAssignments.
    expect(await count(50)).toBe(11)
    // 300 people: 2 more pages of users, 2 more of each group's members, 1 more of each set's
    // assignments (150 each): the same calls.
    expect(await count(300)).toBe(11 + 2 + 4 + 2)
  })

  it('fails a throttled step with what to do, and takes only fault rules naming its operations', async () => {
    const s = await start(seed())
    s.knobs.faults = [{ operation: 'DeleteUser', status: 429 }]
    const writer = awsSsoConnector(config).writer(ssoContext(s.url))
    const { plan, outcomes } = await revokeWith(
      writer,
      { person: 'alice', name: 'A', email: 'alice@acme.example', account: 'alice' },
      { kind: 'departure' }
    )
    const deletion = plan.steps.find(st => st.action === 'delete_user')!
    expect(outcomes.get(deletion.id)?.detail).toMatch(
      /ThrottlingException: Rate exceeded \(AWS kept throttling/
    )
    const platform = createSsoPlatform(seed())
    expect(faultProblems(platform, [{ operation: 'DeleteUser', status: 500 }])).toEqual([])
    expect(faultProblems(platform, [{ operation: 'DeleteUsers', status: 500 }])[0]).toMatch(
      /has no operation "DeleteUsers"/
    )
  })
})
