// The simulated Okta org seeded from plain data (seedOkta), and that data from the
// declarations and the scenario (oktaSeedInput): the declared groups, a user per active
// person the org concerns (in their roles' groups, signed in once), departed people the
// scenario keeps, the users nobody declares, and the built-in Everyone group holding all.
import { OKTA, OKTA_GROUP } from '../../connectors/okta/vocabulary.js'
import { declaredAccount } from '../../grants.js'
import type { ScenarioBase } from '../shared/scenario.js'
import { declaredValues, seededPeople, union, valuesOf, type SeedInput } from '../shared/seeding.js'
import type { OktaHolds, OktaScenario, OtherOktaUser } from './scenario.js'
import {
  deactivate,
  groupNamed,
  mintId,
  oktaState,
  oktaUser,
  type OktaSimGroup,
  type OktaSimState,
  type UserStatus
} from './state.js'

export interface OktaSeedPerson {
  /** The declared login; without one the user's login is the email (found by it). */
  login?: string
  email: string
  name: string
  /** Active people hold their roles' groups; departed ones only what `holds` says. */
  active: boolean
  groups: string[]
  holds?: OktaHolds
}

export interface OktaSeedInput {
  people: OktaSeedPerson[]
  /** Every group a role declares, created even when nobody is in it. */
  groups: string[]
  okta?: OktaScenario['okta']
  others: OtherOktaUser[]
}

export interface SeededOkta {
  state: OktaSimState
  /** The super administrator the sandbox's API token acts for. */
  tokenOwner: string
}

/** Okta's factor types and providers, by the scenario's short names. */
const FACTORS: Record<string, [string, string, string]> = {
  push: ['push', 'OKTA', 'opf'],
  sms: ['sms', 'OKTA', 'mbl'],
  call: ['call', 'OKTA', 'clf'],
  email: ['email', 'OKTA', 'emf'],
  totp: ['token:software:totp', 'GOOGLE', 'uft'],
  webauthn: ['webauthn', 'FIDO', 'fwf'],
  question: ['question', 'OKTA', 'ufs']
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_')

export function seedOkta(input: OktaSeedInput): SeededOkta {
  const state = oktaState()
  const everyone: OktaSimGroup = {
    id: mintId(state, '00g'),
    name: 'Everyone',
    type: 'BUILT_IN',
    members: [],
    roles: [],
    apps: []
  }
  state.groups.push(everyone)
  const appGroups = new Set(input.okta?.app_groups ?? [])
  const group = (name: string) => {
    let g = groupNamed(state, name)
    if (!g) {
      const type = appGroups.has(name) ? 'APP_GROUP' : 'OKTA_GROUP'
      g = { id: mintId(state, '00g'), name, type, members: [], roles: [], apps: [] }
      state.groups.push(g)
    }
    return g
  }
  const named = <T>(list: T[], match: (t: T) => boolean, make: () => T) => {
    const found = list.find(match)
    if (found) return found
    const made = make()
    list.push(made)
    return made
  }
  const app = (label: string) =>
    named(
      state.apps,
      a => a.label === label,
      () => ({ id: mintId(state, '0oa'), name: slug(label), label })
    ).id
  const client = (name: string) =>
    named(
      state.clients,
      c => c.client_name === name,
      () => ({ client_id: mintId(state, '0oa'), client_name: name })
    ).client_id

  for (const name of input.groups) group(name)
  const add = (
    fields: { login: string; email: string; name: string },
    groups: string[],
    h: OktaHolds,
    signedIn: boolean
  ) => {
    const [firstName, ...rest] = fields.name.split(' ')
    const status = (h.status ?? 'active').toUpperCase() as UserStatus
    const user = oktaUser(state, {
      login: fields.login,
      email: fields.email,
      firstName,
      lastName: rest.join(' '),
      status,
      lastLogin: '2026-01-05T09:00:00.000Z',
      sessions: h.sessions ?? (signedIn && status === 'ACTIVE' ? 1 : 0),
      roles: (h.admin ?? []).map(r => r.toUpperCase()),
      apps: (h.apps ?? []).map(app),
      grants: (h.grants ?? []).map(name => ({
        id: mintId(state, 'oag'),
        clientId: client(name),
        scopeId: 'openid'
      })),
      tokens: (h.tokens ?? []).map(client),
      factors: (h.factors ?? []).map(f => {
        const [factorType, provider, prefix] = FACTORS[f] ?? [f, 'OKTA', 'fac']
        return { id: mintId(state, prefix), factorType, provider, status: 'ACTIVE' as const }
      })
    })
    state.users.push(user)
    everyone.members.push(user.id)
    for (const name of union(groups, h.groups)) group(name).members.push(user.id)
    // Deactivation as Okta does it: no apps, roles, sessions or tokens remain.
    if (status === 'DEPROVISIONED') deactivate(state, user)
  }
  for (const p of input.people) {
    if (!p.holds && !(p.active && (p.groups.length || p.login))) continue
    add({ ...p, login: p.login ?? p.email }, p.active ? p.groups : [], p.holds ?? {}, p.active)
  }
  for (const o of input.others)
    add({ login: o.login, email: o.email ?? o.login, name: o.name ?? o.login }, [], o, true)

  // What seeding did is no event of the run.
  state.events = []
  const owner =
    input.okta?.token_owner ??
    state.users.find(u => u.status === 'ACTIVE' && u.roles.includes('SUPER_ADMIN'))?.profile.login
  const ownerUser = state.users.find(u => u.profile.login.toLowerCase() === owner?.toLowerCase())
  if (!ownerUser)
    throw new Error(
      'the sandbox Okta org has no super administrator for its API token: add a user with admin: [super_admin] under others.okta in the scenario'
    )
  return { state, tokenOwner: ownerUser.id }
}

/** The seed input from the declarations and the scenario; undefined when platforms.yaml has
 *  no okta block. */
export function oktaSeedInput(
  input: SeedInput<ScenarioBase & OktaScenario>
): OktaSeedInput | undefined {
  if (!input.decl.platforms.okta) return undefined
  return {
    people: seededPeople(input).map(p => ({
      login: declaredAccount(p.person, OKTA),
      email: p.person.email,
      name: p.person.name,
      active: p.active,
      groups: valuesOf(p.grants, OKTA_GROUP),
      ...(p.holds.okta ? { holds: p.holds.okta } : {})
    })),
    groups: declaredValues(input.decl, OKTA_GROUP),
    okta: input.scenario.okta,
    others: input.scenario.others?.okta ?? []
  }
}
