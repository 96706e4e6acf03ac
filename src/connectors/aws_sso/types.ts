// What platforms.yaml's `aws_sso:` block, a person's `accounts.aws_sso` and a role's
// `grants.aws_sso` say, as typed plain data with the defaults filled in (schema.json is their
// JSON Schema). The descriptor (index.ts) fills the defaults with awsSsoConfig and awsSsoGrants.
import type { RetryBudget } from '../../declarations/types.js'

/** One IAM Identity Center instance and its identity store. */
export interface AwsSsoConfig {
  /** arn:aws:sso:::instance/ssoins-... */
  instance_arn: string
  /** d-1234567890 */
  identity_store_id: string
  /** The instance's home region (its identity store answers only there). */
  region: string
  /** delete the Identity Store user, or keep it for a human to disable (default delete). */
  on_departure: 'delete' | 'disable'
  /** Deny the user's live role sessions before anything else (default true). */
  revoke_sessions: boolean
  /** User names never touched (compared without regard to case; rules.ts says why). */
  protected: string[]
  /** Overrides policy.retry for IAM Identity Center. */
  retry?: Partial<RetryBudget>
}

/** A role's account assignment: a permission set in one AWS account, given to the user. */
export interface AssignmentGrant {
  /** 12-digit AWS account id. */
  account: string
  /** Permission set name. */
  permission_set: string
}

export interface AwsSsoGrants {
  /** Identity Store group display names. */
  groups: string[]
  /** Direct account assignments of the user (not those its groups give). */
  assignments: AssignmentGrant[]
}

/** The block as written (schema-checked): only the connection settings are required. */
export type RawAwsSsoConfig = Pick<AwsSsoConfig, 'instance_arn' | 'identity_store_id' | 'region'> &
  Partial<Omit<AwsSsoConfig, 'instance_arn' | 'identity_store_id' | 'region'>>

export function awsSsoConfig(raw: RawAwsSsoConfig): AwsSsoConfig {
  return {
    instance_arn: raw.instance_arn,
    identity_store_id: raw.identity_store_id,
    region: raw.region,
    on_departure: raw.on_departure ?? 'delete',
    revoke_sessions: raw.revoke_sessions ?? true,
    protected: raw.protected ?? [],
    ...(raw.retry ? { retry: raw.retry } : {})
  }
}

export function awsSsoGrants(raw: Partial<AwsSsoGrants>): AwsSsoGrants {
  return { groups: raw.groups ?? [], assignments: raw.assignments ?? [] }
}
