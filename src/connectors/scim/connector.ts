// A generic SCIM 2.0 app (Jira, Okta, ...), one connector per configured app, named
// `scim:<app name>`. A departure, or a reduction that removes the app's `scim_app` grant,
// deactivates or deletes the account per the app's `on_departure`; nothing else is touched.
// This file composes the reader and the writer from client.ts, discover.ts, plan.ts, list.ts
// and perform.ts.
import type { ScimAppConfig } from '../../declarations/types.js'
import { scimUrlEnv } from '../../endpoints.js'
import type { ConnectorFactory, PlatformReader } from '../connector.js'
import { discovery, inventory, noCredentials } from '../shared/results.js'
import type { ScimTiming } from '../shared/scim-client.js'
import { connectScimApp, type ScimAppConnection } from './client.js'
import { discover } from './discover.js'
import { list } from './list.js'
import { perform } from './perform.js'
import { planScimApp } from './plan.js'

/** The variable that replaces an app's base_url (kept here for the connector's users). */
export { scimUrlEnv }

export function scimApp(config: ScimAppConfig, timing: ScimTiming = {}): ConnectorFactory {
  return {
    reader: ctx => reader(connectScimApp(config, ctx, 'read', timing)),
    writer: ctx => {
      const app = connectScimApp(config, ctx, 'write', timing)
      const { platform, client } = app
      return {
        ...reader(app),
        perform: async step =>
          client
            ? perform(platform, client, ctx.claims, step)
            : { result: 'failed', detail: `${platform}: ${noCredentials(config.token_env)}` }
      }
    }
  }
}

function reader(app: ScimAppConnection): PlatformReader {
  const { platform, config, client, unavailable } = app
  return {
    platform,
    unavailable,
    discover: async (who, scope) =>
      client
        ? discover(app, client, who, scope)
        : { ...discovery(platform, who.person), status: 'not_checked', reason: unavailable },
    planSteps: (found, scope) => planScimApp(platform, config, found, scope),
    list: async () =>
      client
        ? list(app, client)
        : { ...inventory(platform), status: 'not_checked', reason: unavailable }
  }
}
