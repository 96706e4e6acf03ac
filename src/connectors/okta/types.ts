// The `okta:` block of platforms.yaml as typed data with its defaults, and what person files
// and roles say about Okta (`accounts.okta`, `grants.okta`). schema.json checks the YAML
// before it gets here; credentialsProblem says what the schema cannot.
import type { RetryBudget } from '../../declarations/types.js'

export type OktaDeparture = 'suspend' | 'deactivate' | 'delete'

export interface OktaConfig {
  /** The org's URL: https://acme.okta.com, or its custom domain. */
  org_url: string
  /** Name of the environment variable holding an API token (sent as `SSWS <token>`). */
  token_env?: string
  /** An API service app (OAuth 2.0 client credentials, private_key_jwt): its client id, */
  client_id?: string
  /** the environment variable holding its private key (PEM or JWK), */
  private_key_env?: string
  /** the key's id (`kid`) when the app has several public keys, */
  key_id?: string
  /** and the scopes apply asks for. Plan and audit ask for their `.read` counterparts only. */
  scopes: string[]
  /** What a departure does to the user once sessions, tokens and groups are gone: suspend
   *  (reversible), deactivate (the default: apps are unassigned), or delete (deactivate, then
   *  delete, as Okta requires). Every departure suspends an active user first. */
  on_departure: OktaDeparture
  /** Logins the tool never touches (compared case-insensitively, as Okta compares logins). */
  protected: string[]
  /** Overrides policy.retry for Okta. */
  retry?: Partial<RetryBudget>
}

/** The block as written: only `org_url` and one way of signing in are required. */
export type OktaBlock = Partial<OktaConfig> & Pick<OktaConfig, 'org_url'>

/** What apply needs: end sessions, revoke tokens and grants, change the user's lifecycle
 *  (okta.users.manage), leave groups (okta.groups.manage), and tell super admins apart
 *  (okta.roles.read). docs/okta.md gives the reason for each. */
export const OKTA_SCOPES: readonly string[] = [
  'okta.users.manage',
  'okta.groups.manage',
  'okta.roles.read'
]

export const OKTA_DEFAULTS: Readonly<Pick<OktaConfig, 'on_departure'>> & {
  scopes: readonly string[]
  protected: readonly string[]
} = { scopes: OKTA_SCOPES, on_departure: 'deactivate', protected: [] }

/** The environment variable that replaces `org_url` when set (the sandbox sets it). */
export const OKTA_URL_ENV = 'OFFBOARD_OKTA_URL'

export function oktaConfig(block: OktaBlock): OktaConfig {
  return {
    ...block,
    scopes: [...(block.scopes ?? OKTA_DEFAULTS.scopes)],
    on_departure: block.on_departure ?? OKTA_DEFAULTS.on_departure,
    protected: [...(block.protected ?? OKTA_DEFAULTS.protected)]
  }
}

/** Plan and audit only read: each `.manage` scope is asked for as its `.read` counterpart. */
export function readScopes(scopes: readonly string[]): string[] {
  return [...new Set(scopes.map(s => s.replace(/\.manage$/, '.read')))]
}

/** Why the block cannot sign in, or undefined: exactly one of an API token or a service app
 *  (client_id with private_key_env). */
export function credentialsProblem(block: OktaBlock): string | undefined {
  const app = block.client_id !== undefined || block.private_key_env !== undefined
  if (block.token_env !== undefined && app)
    return 'give either token_env (an API token) or client_id with private_key_env (a service app), not both'
  if (block.token_env === undefined && !app)
    return 'no credentials: set token_env (the variable holding an API token) or client_id and private_key_env (a service app and the variable holding its private key)'
  if (app && (block.client_id === undefined || block.private_key_env === undefined))
    return `a service app needs both client_id and private_key_env (${block.client_id === undefined ? 'client_id' : 'private_key_env'} is missing)`
  return undefined
}

/** `grants.okta` of a role. */
export interface OktaRoleGrants {
  /** Okta group names, as Okta spells them. */
  groups: string[]
}
