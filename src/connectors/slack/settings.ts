// What the declarations say about Slack: the platforms.yaml block and a role's grants, with
// their defaults.
import type { RetryBudget } from '../../declarations/types.js'
import { ownRetry } from '../shared/retry-budget.js'

export interface SlackConfig {
  deactivate_with: 'scim' | 'admin' | 'none'
  protected: string[]
  /** Overrides policy.retry for Slack (its Web API and its SCIM API). */
  retry?: Partial<RetryBudget>
}

export interface SlackGrants {
  usergroups: string[]
  channels: string[]
}

export const slackSettings = (raw: Partial<SlackConfig> | undefined): SlackConfig | undefined =>
  raw && {
    deactivate_with: raw.deactivate_with ?? 'scim',
    protected: raw.protected ?? [],
    ...ownRetry(raw)
  }

export const slackGrants = (raw: Partial<SlackGrants>): SlackGrants => ({
  usergroups: raw.usergroups ?? [],
  channels: raw.channels ?? []
})
