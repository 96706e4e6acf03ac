// IAM Identity Center's part of the sandbox scenario: the assignments groups give, what a person
// holds beyond what their roles grant (groups, direct assignments, a disabled user), the users
// nobody declares; and the checks its schema part (scenario-schema.json) cannot make.
import { AWS_SSO, foldAccount } from '../../connectors/aws_sso/rules.js'
import type { AssignmentGrant } from '../../connectors/aws_sso/types.js'
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'

export interface SsoHolds {
  groups?: string[]
  assignments?: AssignmentGrant[]
  /** Disabled in Identity Center (Disable user access). */
  disabled?: boolean
}

export interface OtherSsoUser extends SsoHolds {
  user: string
  email?: string
}

export interface SsoScenario {
  aws_sso?: {
    /** Group display name -> the account assignments the group is given. */
    group_assignments?: Record<string, AssignmentGrant[]>
  }
  people?: Record<string, { aws_sso?: SsoHolds }>
  others?: { aws_sso?: OtherSsoUser[] }
}

export function checkSso(c: ScenarioCheck<ScenarioBase & SsoScenario>): void {
  const configured = c.decl.platforms.aws_sso !== undefined
  if (c.scenario.aws_sso && !configured) c.unconfigured(['aws_sso'], 'aws_sso')
  // Seeding names a person who declares no user name by their email: no account is needed.
  for (const { id, holds } of c.people)
    if (holds.aws_sso && !configured) c.unconfigured(['people', id, 'aws_sso'], 'aws_sso')
  const others = c.scenario.others?.aws_sso
  if (others && !configured) c.unconfigured(['others', 'aws_sso'], 'aws_sso')
  c.notDeclared(
    AWS_SSO,
    (others ?? []).map(u => u.user),
    'user',
    foldAccount
  )
}
