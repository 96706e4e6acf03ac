// A generic SCIM 2.0 app (Jira, Okta, ...), one connector per configured app, named
// `scim:<app name>`. A departure, or a reduction that removes the app's `scim_app` grant,
// deactivates or deletes the account per the app's `on_departure`; nothing else is touched.
import type { ScimAppConfig } from '../declarations/types.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Identity,
  Inventory,
  Outcome,
  PlatformName,
  PlatformPlan,
  PlatformReader,
  PlatformWriter,
  Scope,
  Step
} from './connector.js'
import { ScimClient, type ScimClientOptions, type ScimUser } from './scim-client.js'

/** Test seams: waits and retry counts of the SCIM client. */
export type ScimTiming = Pick<ScimClientOptions, 'sleep' | 'maxAttempts' | 'maxWaitMs'>

/** Why a connector without its token cannot work; `unavailable` prefixes "not checked: ". */
export function noCredentials(envName: string): string {
  return `no credentials (set ${envName})`
}

/** An error as an outcome: the message already names platform and call. */
export function failed(err: unknown): Outcome {
  return { result: 'failed', detail: err instanceof Error ? err.message : String(err) }
}

/** The environment variable that replaces an app's `base_url` when set (the sandbox sets it):
 *  `OFFBOARD_SCIM_<NAME>_URL`, the app name upper-cased with `-` as `_`. */
export function scimUrlEnv(appName: string): string {
  return `OFFBOARD_SCIM_${appName.toUpperCase().replace(/-/g, '_')}_URL`
}

export function scimApp(config: ScimAppConfig, timing: ScimTiming = {}): ConnectorFactory {
  return {
    reader: ctx => {
      const { platform, unavailable, discover, planSteps, list } = build(
        config,
        ctx,
        'read',
        timing
      )
      return { platform, unavailable, discover, planSteps, list }
    },
    writer: ctx => build(config, ctx, 'write', timing)
  }
}

function build(
  config: ScimAppConfig,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: ScimTiming
): PlatformWriter {
  const platform: PlatformName = `scim:${config.name}`
  const token = ctx.env[config.token_env]
  if (token) ctx.maskSecret(token)
  const unavailable = token ? undefined : `not checked: ${noCredentials(config.token_env)}`
  const client = token
    ? new ScimClient({
        platform,
        baseUrl: ctx.env[scimUrlEnv(config.name)] || config.base_url,
        token,
        tokenEnv: config.token_env,
        mode,
        log: ctx.log,
        ...timing
      })
    : undefined

  const reader: PlatformReader = {
    platform,
    unavailable,

    async discover(who: Identity, scope: Scope): Promise<Discovery> {
      const found: Discovery = {
        platform,
        person: who.person,
        status: 'checked',
        holdings: [],
        notes: []
      }
      if (!client) return { ...found, status: 'not_checked', reason: unavailable }
      if (!inScope(scope)) return found
      const userName = who.account ?? who.email
      if (!who.account)
        found.notes.push(`no ${config.name} userName declared: looked up ${who.email}`)
      try {
        const user = await client.findUser(userName)
        if (!user) return { ...found, status: 'no_account' }
        found.account = { id: user.id, display: user.displayName ?? user.userName }
        found.holdings.push({
          kind: 'app_account',
          id: user.id,
          label: `${config.name} account ${user.userName} (${user.active ? 'active' : 'deactivated'})`,
          details: { userName: user.userName, active: user.active }
        })
        if (!user.active)
          found.notes.push(`${user.userName} is already deactivated in ${config.name}`)
        return found
      } catch (err) {
        return { ...found, status: 'not_checked', reason: failed(err).detail }
      }
    },

    planSteps(found: Discovery, scope: Scope): PlatformPlan {
      const account = found.holdings.find(h => h.kind === 'app_account')
      if (found.status !== 'checked' || !account || !inScope(scope))
        return { steps: [], refused: [] }
      const remove = config.on_departure === 'delete'
      // A deactivated account needs no deactivation, but `delete` still removes it.
      if (!remove && account.details?.active === false) return { steps: [], refused: [] }
      const action = remove ? 'delete_user' : 'deactivate_user'
      const userName = String(account.details?.userName ?? account.id)
      const why =
        scope.kind === 'departure' ? 'departure' : `no role grants ${config.name} any more`
      const step: Step = {
        id: `${platform}/${found.person}/${action}/${userName}`,
        platform,
        person: found.person,
        action,
        target: userName,
        reason: `${why} (on_departure: ${config.on_departure})`,
        after: [],
        mode: 'auto',
        params: { user_id: account.id, user_name: userName }
      }
      return { steps: [step], refused: [] }
    },

    async list(): Promise<Inventory> {
      const inventory: Inventory = {
        platform,
        status: 'checked',
        accounts: [],
        requests: 0,
        notes: []
      }
      if (!client) return { ...inventory, status: 'not_checked', reason: unavailable }
      const before = client.requests
      try {
        const users = await client.listUsers()
        inventory.accounts = users.map(u => listed(platform, config.name, u))
      } catch (err) {
        Object.assign(inventory, { status: 'not_checked', reason: failed(err).detail })
      }
      inventory.requests = client.requests - before
      return inventory
    }
  }

  function inScope(scope: Scope): boolean {
    return (
      scope.kind === 'departure' ||
      scope.remove.some(g => g.platform === platform && g.kind === 'scim_app')
    )
  }

  return {
    ...reader,
    async perform(step: Step): Promise<Outcome> {
      if (!client)
        return { result: 'failed', detail: `${platform}: ${noCredentials(config.token_env)}` }
      const id = String(step.params.user_id)
      try {
        if (step.action === 'deactivate_user') {
          const result = await client.deactivate(id)
          return { result, detail: result === 'already_absent' ? 'no active account' : '' }
        }
        if (step.action === 'delete_user') {
          const result = await client.deleteUser(id)
          return { result, detail: result === 'already_absent' ? 'no such user' : '' }
        }
        return { result: 'failed', detail: `${platform}: unknown action ${step.action}` }
      } catch (err) {
        return failed(err)
      }
    }
  }
}

function listed(platform: PlatformName, app: string, u: ScimUser) {
  return {
    platform,
    account: u.userName,
    email: u.email,
    name: u.displayName,
    kind: 'user' as const,
    active: u.active,
    // A deactivated account gives no access: it holds no grant.
    grants: u.active ? [{ platform, kind: 'scim_app' as const, value: app }] : [],
    credentials: []
  }
}
