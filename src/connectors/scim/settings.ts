// What the declarations say about SCIM apps: platforms.yaml's `scim:` list, with its defaults.
// A person's `accounts.scim` maps app names to userNames; a role's `grants.scim` lists apps.
import type { RetryBudget } from '../../declarations/types.js'

export interface ScimAppConfig {
  name: string
  base_url: string
  /** Name of the environment variable holding the bearer token (never the token itself). */
  token_env: string
  on_departure: 'deactivate' | 'delete'
  /** Overrides policy.retry for this app. */
  retry?: Partial<RetryBudget>
}

type RawApp = Omit<ScimAppConfig, 'on_departure'> & Partial<Pick<ScimAppConfig, 'on_departure'>>

export const scimSettings = (raw: RawApp[] | undefined): ScimAppConfig[] =>
  (raw ?? []).map(a => ({ ...a, on_departure: a.on_departure ?? 'deactivate' }))
