// The `google:` block of platforms.yaml as typed data, with its defaults: which Google
// Workspace customer, the admin the service account acts as (domain-wide delegation), how it
// gets credentials, and what a departure does. The connection settings come from base's
// platforms.yaml like every block's (src/trust.ts); only the environment can point the
// connector at another API root (the sandbox's), never the YAML.
import type { RetryBudget } from '../shared/retry-budget.js'

/** Where the service account's credentials come from. */
export type GoogleCredentials =
  /** A service account key (its JSON) in this environment variable. */
  | { key_env: string }
  /** No stored key: the GitHub OIDC token of the workflow is exchanged (workload identity
   *  federation) and the service account signs the delegation token through IAM. */
  | { workload_identity: { audience: string; service_account: string } }

/** The block as written: everything but `admin` may be left out. */
export interface GoogleBlock {
  /** The Workspace customer id (`C01abc2de`), or `my_customer`: the admin's own customer. */
  customer_id?: string
  /** List only this domain's users (a customer with several domains); default all. */
  domain?: string
  /** The admin the service account impersonates: a super admin's primary email. */
  admin: string
  credentials?: GoogleCredentials
  on_departure?: 'suspend' | 'delete'
  /** A declared person id: a departing person's Drive files go to this person's account. */
  transfer_drive_to?: string
  /** Primary emails the tool never touches (compared without regard to case). */
  protected?: string[]
  /** Overrides policy.retry for Google. */
  retry?: Partial<RetryBudget>
}

export interface GoogleConfig {
  customer_id: string
  domain?: string
  admin: string
  credentials: GoogleCredentials
  on_departure: 'suspend' | 'delete'
  transfer_drive_to?: string
  protected: string[]
  retry?: Partial<RetryBudget>
}

/** The service account key's variable when `credentials` is left out. */
export const DEFAULT_KEY_ENV = 'GOOGLE_SERVICE_ACCOUNT_KEY'

export function googleConfig(block: GoogleBlock): GoogleConfig {
  return {
    customer_id: block.customer_id ?? 'my_customer',
    ...(block.domain ? { domain: block.domain } : {}),
    admin: block.admin,
    credentials: block.credentials ?? { key_env: DEFAULT_KEY_ENV },
    on_departure: block.on_departure ?? 'suspend',
    ...(block.transfer_drive_to ? { transfer_drive_to: block.transfer_drive_to } : {}),
    protected: block.protected ?? [],
    ...(block.retry ? { retry: block.retry } : {})
  }
}

/** The Data Transfer API takes the immutable customer id; `my_customer` is left out. */
export const customerId = (config: Pick<GoogleConfig, 'customer_id'>) =>
  config.customer_id === 'my_customer' ? {} : { customerId: config.customer_id }

// Environment variables that replace Google's hosts, for the sandbox or a test tenant's proxy:
// the Admin SDK (Directory and Data Transfer APIs), and the token services (OAuth 2.0, STS and
// IAM Credentials, whose paths differ: /token, /v1/token, /v1/projects/...).
export const API_URL_ENV = 'OFFBOARD_GOOGLE_API_URL'
export const AUTH_URL_ENV = 'OFFBOARD_GOOGLE_AUTH_URL'
