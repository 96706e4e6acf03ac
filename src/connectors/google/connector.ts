// The Google Workspace connector: the identity provider in front of every app that signs in
// with Google. discover.ts finds what a person holds, plan.ts orders its revocation (sign-out
// first), perform.ts makes one change per step, list.ts lists the customer for audits. Readers
// get a client that asks for read-only scopes where Google has them and refuses any write
// request; only writers can perform.
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Grant,
  Identity,
  Inventory,
  Outcome,
  PlatformPlan,
  PlatformReader,
  PlatformWriter,
  Scope,
  Step
} from '../connector.js'
import { retryBudget } from '../shared/retry-budget.js'
import { googleAuth, scopesFor } from './auth.js'
import { GoogleClient, type GoogleClientOptions } from './client.js'
import { GOOGLE } from './declared.js'
import { discoverGoogle } from './discover.js'
import { listGoogle } from './list.js'
import { performGoogle } from './perform.js'
import { planGoogle } from './plan.js'
import { API_URL_ENV, type GoogleConfig } from './types.js'

export * from './declared.js'
export { googleConfig, type GoogleBlock, type GoogleConfig } from './types.js'

/** Test seam: the client's waits between retries. */
export type GoogleTiming = Pick<GoogleClientOptions, 'sleep'>

export function googleConnector(config: GoogleConfig, timing: GoogleTiming = {}): ConnectorFactory {
  return {
    reader: ctx => build(config, ctx, 'read', timing).reader,
    writer: ctx => {
      const { reader, perform } = build(config, ctx, 'write', timing)
      return { ...reader, perform }
    }
  }
}

function build(
  config: GoogleConfig,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: GoogleTiming
): { reader: PlatformReader; perform: PlatformWriter['perform'] } {
  const budget = retryBudget(ctx.platforms, config.retry)
  const credentials = googleAuth({
    config,
    env: ctx.env,
    maskSecret: ctx.maskSecret,
    scopes: scopesFor(mode, config.transfer_drive_to !== undefined),
    attemptMs: budget.attempt_seconds * 1000
  })
  const missing = 'unavailable' in credentials ? credentials.unavailable : undefined
  const unavailable = missing && `not checked: ${missing}`
  const client =
    'auth' in credentials
      ? new GoogleClient({
          auth: credentials.auth,
          apiUrl: ctx.env[API_URL_ENV] || undefined,
          mode,
          admin: config.admin,
          log: ctx.log,
          budget,
          ...timing
        })
      : undefined
  const notChecked = { status: 'not_checked' as const, reason: unavailable }

  const reader: PlatformReader = {
    platform: GOOGLE,
    unavailable,
    async discover(who: Identity, scope: Scope): Promise<Discovery> {
      if (!client)
        return { platform: GOOGLE, person: who.person, holdings: [], notes: [], ...notChecked }
      return discoverGoogle({ client, config, maskSecret: ctx.maskSecret }, who, scope)
    },
    planSteps: (found: Discovery, scope: Scope): PlatformPlan => planGoogle(found, scope, config),
    async list(declared: Grant[]): Promise<Inventory> {
      if (!client) return { platform: GOOGLE, accounts: [], requests: 0, notes: [], ...notChecked }
      return listGoogle(client, config, declared)
    }
  }
  async function perform(step: Step): Promise<Outcome> {
    if (!client) return { result: 'failed', detail: `google: ${missing}` }
    return performGoogle({ client, config, claims: ctx.claims, maskSecret: ctx.maskSecret }, step)
  }
  return { reader, perform }
}
