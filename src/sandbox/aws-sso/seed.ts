// The simulated Identity Center instance, seeded from plain typed data (SsoSeed): every
// declared group and permission set, each user with its groups and direct assignments, and the
// assignments groups are given. ssoSeedOf reads that data from the declarations and the
// scenario, as the sandbox's seeding hands them over: active people hold what their roles
// grant, anyone holds what the scenario adds, and the users nobody declares are there too.
import type { AssignmentGrant } from '../../connectors/aws_sso/types.js'
import { byName } from '../../declarations/names.js'
import type { ScenarioBase } from '../shared/scenario.js'
import { SEED_CREATED, union, type SeedInput } from '../shared/seeding.js'
import type { SsoScenario } from './scenario.js'
import {
  derivedUuid,
  emptySsoState,
  permissionSetArnFor,
  sameAssignment,
  userIdFor,
  type SsoSimState
} from './state.js'

export interface SsoSeedUser {
  userName: string
  email?: string
  displayName?: string
  disabled?: boolean
  groups: string[]
  assignments: AssignmentGrant[]
}

export interface SsoSeed {
  instanceArn?: string
  identityStoreId?: string
  users: SsoSeedUser[]
  /** Groups that exist even when nobody is in them (every one a role declares). */
  groups: string[]
  /** Group display name -> its account assignments. */
  groupAssignments: Record<string, AssignmentGrant[]>
}

export function seedSso(seed: SsoSeed): SsoSimState {
  const state = emptySsoState({
    instanceArn: seed.instanceArn,
    identityStoreId: seed.identityStoreId
  })
  const created = Date.parse(SEED_CREATED)
  const group = (name: string) => {
    const groupId = userIdFor(state, `group:${name}`)
    if (!state.groups.has(groupId)) state.groups.set(groupId, { groupId, displayName: name })
    return groupId
  }
  const assign = (a: AssignmentGrant, principalType: 'USER' | 'GROUP', principalId: string) => {
    const arn = permissionSetArnFor(state, a.permission_set)
    let ps = state.permissionSets.get(arn)
    if (!ps)
      state.permissionSets.set(
        arn,
        (ps = {
          arn,
          name: a.permission_set,
          sessionDuration: 'PT8H',
          createdDate: created,
          accounts: new Set()
        })
      )
    ps.accounts.add(a.account)
    const made = { account: a.account, permissionSetArn: arn, principalType, principalId }
    if (!state.assignments.some(b => sameAssignment(made, b))) state.assignments.push(made)
  }
  for (const name of seed.groups) group(name)
  for (const [name, assignments] of Object.entries(seed.groupAssignments))
    for (const a of assignments) assign(a, 'GROUP', group(name))
  for (const u of seed.users) {
    const userId = userIdFor(state, u.userName)
    state.users.set(userId, {
      userId,
      userName: u.userName,
      displayName: u.displayName ?? u.userName,
      emails: u.email ? [{ Value: u.email, Type: 'work', Primary: true }] : [],
      status: u.disabled ? 'DISABLED' : 'ENABLED'
    })
    for (const name of u.groups) {
      const membershipId = derivedUuid(`membership:${u.userName}:${name}`)
      state.memberships.set(membershipId, { membershipId, groupId: group(name), userId })
    }
    for (const a of u.assignments) assign(a, 'USER', userId)
  }
  return state
}

/** The seed the declarations and the scenario give; undefined without an `aws_sso:` block. */
export function ssoSeedOf(input: SeedInput<ScenarioBase & SsoScenario>): SsoSeed | undefined {
  const config = input.decl.platforms.aws_sso
  if (!config) return undefined
  const roles = [...input.decl.roles.values()]
  const granted = (roleIds: string[]) => {
    const grants = roles.filter(r => roleIds.includes(r.id)).flatMap(r => r.grants.aws_sso ?? [])
    return {
      groups: grants.flatMap(g => g.groups),
      assignments: grants.flatMap(g => g.assignments)
    }
  }
  const users: SsoSeedUser[] = []
  for (const person of input.decl.people.values()) {
    const holds = byName(input.scenario.people, person.id)?.aws_sso
    const active = person.status === 'active'
    if (!active && !holds) continue
    // Departed people hold nothing by default: what they still hold comes from the scenario.
    const grants = active ? granted(person.roles) : { groups: [], assignments: [] }
    users.push({
      userName: person.accounts.aws_sso ?? person.email,
      email: person.email,
      displayName: person.name,
      disabled: holds?.disabled,
      groups: union(grants.groups, holds?.groups),
      assignments: [...grants.assignments, ...(holds?.assignments ?? [])]
    })
  }
  for (const o of input.scenario.others?.aws_sso ?? [])
    users.push({
      userName: o.user,
      email: o.email,
      disabled: o.disabled,
      groups: o.groups ?? [],
      assignments: o.assignments ?? []
    })
  return {
    instanceArn: config.instance_arn,
    identityStoreId: config.identity_store_id,
    users,
    groups: [...new Set(roles.flatMap(r => r.grants.aws_sso?.groups ?? []))],
    groupAssignments: input.scenario.aws_sso?.group_assignments ?? {}
  }
}
