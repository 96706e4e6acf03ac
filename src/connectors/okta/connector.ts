// The Okta connector: an org reached with an API token or a service app's private key. Readers
// (plan and audit) get a client that refuses every write and asks a service app only for the
// `.read` scopes; writers perform one step at a time (perform.ts). Every credential read, and
// the access token a service app receives, goes to ctx.maskSecret.
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Identity,
  PlatformWriter,
  Scope
} from '../connector.js'
import { noCredentials } from '../shared/results.js'
import { retryBudget } from '../shared/retry-budget.js'
import { OktaClient, type OktaAuth, type OktaClientOptions } from './client.js'
import { discoverOkta } from './discover.js'
import { listOkta } from './list.js'
import { performOkta } from './perform.js'
import { planOktaSteps } from './plan.js'
import {
  credentialsProblem,
  OKTA_URL_ENV,
  oktaConfig,
  readScopes,
  type OktaBlock
} from './types.js'
import { OKTA } from './vocabulary.js'

/** Test seam: the client's waits between retries. */
export type OktaTiming = Pick<OktaClientOptions, 'sleep'>

export function oktaConnector(block: OktaBlock, timing: OktaTiming = {}): ConnectorFactory {
  return {
    reader: ctx => {
      const { platform, unavailable, discover, planSteps, list } = build(block, ctx, 'read', timing)
      return { platform, unavailable, discover, planSteps, list }
    },
    writer: ctx => build(block, ctx, 'write', timing)
  }
}

function build(
  block: OktaBlock,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: OktaTiming
): PlatformWriter {
  const config = oktaConfig(block)
  const orgUrl = ctx.env[OKTA_URL_ENV] || config.org_url
  const auth = credentials(config, ctx)
  const problem =
    credentialsProblem(block) ?? (typeof auth === 'string' ? auth : urlProblem(orgUrl))
  const unavailable = problem ? `not checked: ${problem}` : undefined
  const client =
    problem || typeof auth === 'string'
      ? undefined
      : new OktaClient({
          orgUrl,
          auth:
            mode === 'read' && auth.kind === 'app'
              ? { ...auth, scopes: readScopes(auth.scopes) }
              : auth,
          mode,
          budget: retryBudget(ctx.platforms, config.retry),
          log: ctx.log,
          maskSecret: ctx.maskSecret,
          ...timing
        })
  const notChecked = (who: Identity): Discovery => ({
    platform: OKTA,
    person: who.person,
    status: 'not_checked',
    reason: unavailable,
    holdings: [],
    notes: []
  })
  return {
    platform: OKTA,
    unavailable,
    discover: (who: Identity, scope: Scope) =>
      client ? discoverOkta(client, config, who, scope) : Promise.resolve(notChecked(who)),
    planSteps: (found, scope) => planOktaSteps(found, scope, config),
    list: async declared =>
      client
        ? listOkta(client, declared)
        : {
            platform: OKTA,
            status: 'not_checked',
            reason: unavailable,
            accounts: [],
            requests: 0,
            notes: []
          },
    perform: async step =>
      client
        ? performOkta(client, config, ctx.claims, step)
        : { result: 'failed', detail: `okta: ${problem ?? 'no credentials'}` }
  }
}

/** The credentials the block names, read from the environment and masked; or why there are
 *  none. */
function credentials(
  config: ReturnType<typeof oktaConfig>,
  ctx: ConnectorContext
): OktaAuth | string {
  if (config.token_env) {
    const token = ctx.env[config.token_env]
    if (!token) return noCredentials(config.token_env)
    ctx.maskSecret(token)
    return { kind: 'token', token, env: config.token_env }
  }
  if (!config.client_id || !config.private_key_env) return 'no credentials'
  const stored = ctx.env[config.private_key_env]
  if (!stored) return noCredentials(config.private_key_env)
  ctx.maskSecret(stored)
  // A PEM pasted into a secret as one line keeps its line breaks as the two characters \n.
  const privateKey =
    stored.includes('\n') || !stored.includes('\\n') ? stored : stored.replace(/\\n/g, '\n')
  // A JWK's private members are secrets each, wherever they turn up.
  for (const part of jwkSecrets(privateKey)) ctx.maskSecret(part)
  return {
    kind: 'app',
    clientId: config.client_id,
    privateKey,
    ...(config.key_id ? { keyId: config.key_id } : {}),
    scopes: config.scopes,
    env: config.private_key_env
  }
}

function jwkSecrets(key: string): string[] {
  try {
    const jwk = JSON.parse(key) as Record<string, unknown>
    return ['d', 'p', 'q', 'dp', 'dq', 'qi'].flatMap(k =>
      typeof jwk[k] === 'string' ? [jwk[k]] : []
    )
  } catch {
    return []
  }
}

/** The token must not travel in the clear: plain http only to a loopback test server. */
function urlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `${url} is not a URL: set okta.org_url to the org's https:// address`
  }
  if (parsed.protocol === 'https:') return undefined
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  return parsed.protocol === 'http:' && loopback
    ? undefined
    : `${parsed.origin} is not https: Okta is reached over https only (plain http only to a loopback test server)`
}
