// The client of one SCIM app: the shared SCIM 2.0 client (shared/scim-client.ts, which in read
// mode refuses anything but GET) with the app's token from the variable its entry names, and
// its base_url, or the URL OFFBOARD_SCIM_<NAME>_URL gives (endpoints.ts).
import type { ScimAppConfig } from '../../declarations/types.js'
import { scimUrlEnv } from '../../endpoints.js'
import type { ConnectorContext, PlatformName } from '../connector.js'
import { retryBudget } from '../shared/retry-budget.js'
import { noCredentials } from '../shared/results.js'
import { ScimClient, type ScimTiming } from '../shared/scim-client.js'

/** What one app's discover, list and perform work with. Without its token there is no
 *  client, and `unavailable` says why. */
export interface ScimAppConnection {
  platform: PlatformName
  config: ScimAppConfig
  unavailable?: string
  client?: ScimClient
}

export function connectScimApp(
  config: ScimAppConfig,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: ScimTiming
): ScimAppConnection {
  const platform: PlatformName = `scim:${config.name}`
  const token = ctx.env[config.token_env]
  if (!token)
    return { platform, config, unavailable: `not checked: ${noCredentials(config.token_env)}` }
  ctx.maskSecret(token)
  const client = new ScimClient({
    platform,
    baseUrl: ctx.env[scimUrlEnv(config.name)] || config.base_url,
    token,
    tokenEnv: config.token_env,
    mode,
    log: ctx.log,
    budget: retryBudget(ctx.platforms, config.retry),
    ...timing
  })
  return { platform, config, client }
}
