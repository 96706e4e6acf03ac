// What the declarations say about AWS IAM: the platforms.yaml block and a role's grants, with
// their defaults, and what one instance's connector is given: the block and, with aws.accounts,
// the member account whose role it assumes.
import type { RetryBudget } from '../../declarations/types.js'
import { ownRetry } from '../shared/retry-budget.js'

export interface AwsConfig {
  on_departure: 'delete' | 'disable'
  revoke_sessions: boolean
  protected: string[]
  /** An access key unused for this many days is a stale credential in audits (default 90). */
  stale_key_days: number
  /** Overrides policy.retry for AWS IAM. */
  retry?: Partial<RetryBudget>
  /** Member accounts, each reached through a role assumed in it; absent: the credentials' own
   *  account only. */
  accounts?: AwsMemberAccount[]
}

/** A member account of aws.accounts: its id, the roles offboard assumes there. */
export interface AwsMemberAccount {
  id: string
  /** The role apply assumes, and plan and audit too unless read_role_arn is set. */
  role_arn: string
  /** A role that only reads, for plan and audit (whose credentials pull requests get). */
  read_role_arn?: string
  /** Sent with AssumeRole when the role's trust policy requires it (sts:ExternalId). */
  external_id?: string
}

/** One instance's settings: instance `aws` works in the credentials' own account, instance
 *  `aws:<id>` in the member account it assumes a role in (`assume`). */
export interface AwsInstanceConfig extends AwsConfig {
  assume?: AwsMemberAccount
}

export interface AwsGrants {
  groups: string[]
  policies: string[]
}

export const awsSettings = (raw: Partial<AwsConfig> | undefined): AwsConfig | undefined =>
  raw && {
    on_departure: raw.on_departure ?? 'delete',
    revoke_sessions: raw.revoke_sessions ?? true,
    protected: raw.protected ?? [],
    stale_key_days: raw.stale_key_days ?? 90,
    ...ownRetry(raw),
    ...(raw.accounts ? { accounts: raw.accounts } : {})
  }

export const awsGrants = (raw: Partial<AwsGrants>): AwsGrants => ({
  groups: raw.groups ?? [],
  policies: raw.policies ?? []
})

/** Whether `user` is on aws.protected: never touched. */
export function isProtected(user: string, config: AwsConfig): boolean {
  // IAM user names are unique regardless of case.
  return config.protected.some(p => p.toLowerCase() === user.toLowerCase())
}
