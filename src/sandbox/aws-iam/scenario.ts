// AWS IAM's part of the sandbox scenario: what a person holds in the account (credentials,
// policies, groups) and the users nobody declares; and the checks its schema part
// (scenario-schema.json) cannot make.
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'
import { declaredAccount } from '../../grants.js'

export interface AwsKeySpec {
  status?: 'Active' | 'Inactive'
  /** YYYY-MM-DD */
  created?: string
  last_used?: string
}

export interface AwsHolds {
  access_keys?: AwsKeySpec[]
  password?: boolean
  mfa?: boolean
  ssh_keys?: number
  signing_certificates?: number
  /** Services with a service-specific credential (codecommit.amazonaws.com, ...). */
  service_credentials?: string[]
  inline_policies?: string[]
  /** Managed policy ARNs. */
  policies?: string[]
  groups?: string[]
  permissions_boundary?: string
}

export interface OtherIamUser extends AwsHolds {
  user: string
}

export interface AwsScenario {
  people?: Record<string, { aws?: AwsHolds }>
  others?: { aws?: OtherIamUser[] }
}

export function checkAws(c: ScenarioCheck<ScenarioBase & AwsScenario>): void {
  const configured = c.decl.platforms.aws !== undefined
  for (const { id, person, holds } of c.people) {
    if (holds.aws)
      c.needsAccount(id, 'aws', configured, declaredAccount(person, 'aws'), 'an IAM user name')
    const baselineKey = person.status === 'active' ? 1 : 0
    const keys = (holds.aws?.access_keys?.length ?? 0) + baselineKey
    if (keys > 2)
      c.problem(
        ['people', id, 'aws', 'access_keys'],
        `${id} would hold ${keys} access keys (an active person holds one already); IAM allows two`
      )
  }
  const others = c.scenario.others?.aws
  if (others && !configured) c.unconfigured(['others', 'aws'], 'aws')
  c.notDeclared(
    'aws',
    (others ?? []).map(u => u.user),
    'user'
  )
}
