// The `entra:` block of platforms.yaml as typed data, its defaults, and where the connector's
// endpoints come from. The block names the tenant, the app offboard signs in as and how it
// proves who it is; it never holds a secret, only the names of the variables that do. The
// Graph and sign-in endpoints are Microsoft's unless the environment points elsewhere (the
// sandbox does): like every connection setting they never come from a change's head.
import type { RetryBudget } from '../../declarations/types.js'

/** How the app proves its identity to Microsoft's token endpoint. */
export type EntraCredentials =
  /** Workload identity federation: the GitHub Actions OIDC token is the client assertion, so
   *  no secret is stored anywhere (the job needs `permissions: id-token: write`). */
  | { type: 'github_oidc'; audience: string }
  /** A client secret, read from the environment variable `secret_env`. */
  | { type: 'client_secret'; secret_env: string }
  /** A certificate: `certificate_env` holds the PEM (private key and certificate). */
  | { type: 'certificate'; certificate_env: string }

export interface EntraConfig {
  /** Directory (tenant) id: a GUID, or a verified domain such as acme.onmicrosoft.com. */
  tenant_id: string
  /** Application (client) id of the app registration offboard signs in as. */
  client_id: string
  /** The read-only app plan and audit sign in as instead (federated credentials only): its
   *  federated credential can trust pull requests, the writer's only the default branch. */
  read_client_id?: string
  credentials: EntraCredentials
  /** disable: sign-in stays blocked and the user is kept; delete: the user is deleted too
   *  (a soft delete: restorable for 30 days). Sign-in is blocked first either way. */
  on_departure: 'disable' | 'delete'
  /** remove: a departure removes the user's app role assignments (needs
   *  AppRoleAssignment.ReadWrite.All); manual: they are left to an administrator. */
  app_role_assignments: 'remove' | 'manual'
  /** User principal names (or object ids) the tool never touches. */
  protected: string[]
  /** Overrides policy.retry for Entra ID. */
  retry?: Partial<RetryBudget>
}

/** The audience Microsoft documents for federated credentials. */
export const DEFAULT_OIDC_AUDIENCE = 'api://AzureADTokenExchange'

/** The block as platforms.yaml writes it (schema.json checked it): everything but the tenant
 *  and the app has a default. */
export interface EntraBlock {
  tenant_id: string
  client_id: string
  read_client_id?: string
  credentials?: {
    type?: EntraCredentials['type']
    audience?: string
    secret_env?: string
    certificate_env?: string
  }
  on_departure?: EntraConfig['on_departure']
  app_role_assignments?: EntraConfig['app_role_assignments']
  protected?: string[]
  retry?: Partial<RetryBudget>
}

/** Defaults filled in: federated credentials, sign-in blocked and the user kept. */
export function entraDefaults(block: EntraBlock): EntraConfig {
  const c = block.credentials ?? {}
  const credentials: EntraCredentials =
    c.type === 'client_secret'
      ? { type: 'client_secret', secret_env: c.secret_env ?? '' }
      : c.type === 'certificate'
        ? { type: 'certificate', certificate_env: c.certificate_env ?? '' }
        : { type: 'github_oidc', audience: c.audience ?? DEFAULT_OIDC_AUDIENCE }
  return {
    tenant_id: block.tenant_id,
    client_id: block.client_id,
    ...(block.read_client_id ? { read_client_id: block.read_client_id } : {}),
    credentials,
    on_departure: block.on_departure ?? 'disable',
    app_role_assignments: block.app_role_assignments ?? 'remove',
    protected: block.protected ?? [],
    ...(block.retry ? { retry: block.retry } : {})
  }
}

export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com'
export const DEFAULT_AUTHORITY_URL = 'https://login.microsoftonline.com'

/** Environment variables that point the connector elsewhere: a national cloud
 *  (https://graph.microsoft.us with https://login.microsoftonline.us), or the sandbox. */
export const GRAPH_URL_ENV = 'OFFBOARD_ENTRA_GRAPH_URL'
export const AUTHORITY_URL_ENV = 'OFFBOARD_ENTRA_AUTHORITY_URL'
/** What GitHub Actions sets in a job allowed to request an OIDC token. */
export const OIDC_URL_ENV = 'ACTIONS_ID_TOKEN_REQUEST_URL'
export const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Whether a URL names this machine: only there may a credential travel over plain http. */
export const isLoopback = (url: URL): boolean => LOOPBACK.has(url.hostname)

/** An endpoint from the environment (or the default), checked: https, or http on loopback. */
export function endpoint(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
  { query = false } = {}
): URL {
  const raw = env[name] || fallback
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`entra: ${name} is not a URL: ${raw}`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
    throw new Error(
      `entra: ${name} must be an https URL (plain http only on 127.0.0.1): ${url.origin}`
    )
  if (url.username || url.password || url.hash || (url.search && !query))
    throw new Error(
      `entra: ${name} must hold no credentials${query ? '' : ' or query'}: ${url.origin}`
    )
  return url
}

/** The environment variables a configuration reads its credentials from. */
export function credentialEnv(config: EntraConfig): string[] {
  const c = config.credentials
  if (c.type === 'client_secret') return [c.secret_env]
  if (c.type === 'certificate') return [c.certificate_env]
  return [OIDC_URL_ENV, OIDC_TOKEN_ENV]
}
