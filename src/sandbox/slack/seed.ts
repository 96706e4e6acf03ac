// The simulated Slack workspace seeded from the declarations and the scenario: the declared
// usergroups and channels, a member per active person (in their roles' usergroups and
// channels), departed people the scenario keeps, and the members nobody declares.
import {
  digest,
  declaredValues,
  seededPeople,
  union,
  valuesOf,
  type SeedInput
} from '../shared/seeding.js'
import type { ScenarioBase } from '../shared/scenario.js'
import type { SlackHolds, SlackScenario } from './scenario.js'
import {
  findChannel,
  findUsergroup,
  setDeactivated,
  slackMember,
  slackState,
  type SlackMember,
  type SlackSimState
} from './state.js'

export interface SeededSlack {
  state: SlackSimState
  /** Member id the sandbox token belongs to. */
  tokenOwner: string
}

const upper = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '')

export function seedSlack(input: SeedInput<ScenarioBase & SlackScenario>): SeededSlack | undefined {
  if (!input.decl.platforms.slack) return undefined
  const state = slackState()
  const usergroup = (handle: string) => {
    let g = findUsergroup(state, handle)
    if (!g) {
      g = { id: `S0${upper(handle)}`.slice(0, 11), handle, name: handle, users: [] }
      state.usergroups.push(g)
    }
    return g
  }
  const channel = (id: string) => {
    let c = findChannel(state, id)
    if (!c) {
      const name = id.replace(/^[CG]0?/, '').toLowerCase()
      c = {
        id,
        name,
        is_private: id.startsWith('G'),
        is_general: false,
        is_archived: false,
        members: []
      }
      state.channels.push(c)
    }
    return c
  }
  for (const h of declaredValues(input.decl, 'slack_usergroup')) usergroup(h)
  for (const id of declaredValues(input.decl, 'slack_channel')) channel(id)

  const join = (m: SlackMember, usergroups: string[], channels: string[], h: SlackHolds) => {
    state.members.push(m)
    for (const handle of union(usergroups, h.usergroups)) usergroup(handle).users.push(m.id)
    for (const id of union(channels, h.channels)) channel(id).members.push(m.id)
    if (h.deactivated) setDeactivated(state, m, true)
  }

  for (const p of seededPeople(input)) {
    const h = p.holds.slack
    const usergroups = valuesOf(p.grants, 'slack_usergroup')
    const channels = valuesOf(p.grants, 'slack_channel')
    const member = p.active && (p.person.accounts.slack || usergroups.length + channels.length > 0)
    if (!member && !h) continue
    // Without a declared id the tool finds the person by email; the id is made up.
    const id =
      p.person.accounts.slack ??
      `U0${digest(p.person.id).toString('hex').toUpperCase().slice(0, 8)}`
    const m = slackMember({
      id,
      name: p.person.id,
      real_name: p.person.name,
      profile: { email: p.person.email, display_name: p.person.id }
    })
    join(m, usergroups, channels, h ?? {})
  }
  for (const o of input.scenario.others?.slack ?? []) {
    const m = slackMember({
      id: o.id,
      name: o.name,
      profile: o.email ? { email: o.email } : {},
      is_admin: o.admin ?? false,
      is_owner: o.owner ?? false,
      is_primary_owner: o.primary_owner ?? false,
      is_bot: o.bot ?? false,
      is_restricted: o.guest ?? false
    })
    join(m, [], [], o)
  }

  const tokenOwner =
    input.scenario.slack?.token_owner ??
    (state.members.find(m => m.is_primary_owner) ?? state.members.find(m => m.is_admin))?.id
  if (!tokenOwner)
    throw new Error(
      'the sandbox Slack workspace has no admin for its token: add a member with admin: true under others.slack in the scenario'
    )
  return { state, tokenOwner }
}
