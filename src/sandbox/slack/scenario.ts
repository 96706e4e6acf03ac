// Slack's part of the sandbox scenario: whom the token belongs to, what a person holds in the
// workspace, the members nobody declares; and the checks its schema part
// (scenario-schema.json) cannot make.
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'

export interface SlackHolds {
  usergroups?: string[]
  channels?: string[]
  deactivated?: boolean
}

export interface OtherSlackMember extends SlackHolds {
  id: string
  name: string
  email?: string
  admin?: boolean
  owner?: boolean
  primary_owner?: boolean
  bot?: boolean
  guest?: boolean
}

export interface SlackScenario {
  slack?: { token_owner?: string }
  people?: Record<string, { slack?: SlackHolds }>
  others?: { slack?: OtherSlackMember[] }
}

export function checkSlack(c: ScenarioCheck<ScenarioBase & SlackScenario>): void {
  const configured = c.decl.platforms.slack !== undefined
  // Seeding makes up an id for a person who declares none: no account is needed.
  for (const { id, holds } of c.people)
    if (holds.slack && !configured) c.unconfigured(['people', id, 'slack'], 'slack')
  const others = c.scenario.others?.slack
  if (others && !configured) c.unconfigured(['others', 'slack'], 'slack')
  c.notDeclared(
    'slack',
    (others ?? []).map(m => m.id),
    'id'
  )

  const owner = c.scenario.slack?.token_owner
  const admins = (others ?? []).filter(m => m.admin || m.owner || m.primary_owner)
  if (owner !== undefined && !admins.some(m => m.id === owner))
    c.problem(
      ['slack', 'token_owner'],
      `${owner} is not a Slack admin in the scenario: name a member of others.slack with admin: true`
    )
}
