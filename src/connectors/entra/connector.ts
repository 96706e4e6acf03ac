// The Microsoft Entra ID connector: the identity provider's kill switch. A departure blocks
// sign-in and revokes every session first, then leaves the groups and app role assignments
// and, with on_departure: delete, deletes the user (plan.ts); a reduction leaves the groups no
// role grants any more. Readers (plan, audit) get a Graph client that refuses every write.
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
  Step,
  WaitingCheck,
  WaitingStep
} from '../connector.js'
import { listing, readerOf } from '../shared/reader.js'
import { retryBudget } from '../shared/retry-budget.js'
import { graphCredentials } from './auth.js'
import { GraphClient, type GraphClientOptions } from './client.js'
import { describe } from './errors.js'
import { discoverUser } from './discover.js'
import { listEntra } from './list.js'
import { performEntra } from './perform.js'
import { planEntra } from './plan.js'
import { entraWaiting } from './waiting.js'
import {
  AUTHORITY_URL_ENV,
  DEFAULT_AUTHORITY_URL,
  DEFAULT_GRAPH_URL,
  endpoint,
  GRAPH_URL_ENV,
  type EntraConfig
} from './types.js'
import { ENTRA, isEntraGroup } from './vocabulary.js'

/** Test seam: the Graph client's waits between retries. */
export type EntraTiming = Pick<GraphClientOptions, 'sleep'>

export function entraConnector(config: EntraConfig, timing: EntraTiming = {}): ConnectorFactory {
  return {
    reader: ctx => readerOf(build(config, ctx, 'read', timing)),
    writer: ctx => build(config, ctx, 'write', timing)
  }
}

/** The Graph client, or why there is none ("not checked: ..."). */
function open(
  config: EntraConfig,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: EntraTiming
): GraphClient | string {
  try {
    const graph = endpoint(ctx.env, GRAPH_URL_ENV, DEFAULT_GRAPH_URL)
    const authority = endpoint(ctx.env, AUTHORITY_URL_ENV, DEFAULT_AUTHORITY_URL)
    const budget = retryBudget(ctx.platforms, config.retry)
    const credentials = graphCredentials({
      config,
      clientId: mode === 'read' ? (config.read_client_id ?? config.client_id) : config.client_id,
      env: ctx.env,
      maskSecret: ctx.maskSecret,
      authority,
      graph,
      budget,
      ...timing
    })
    if ('problem' in credentials) return `not checked: ${credentials.problem}`
    return new GraphClient({
      graphUrl: graph,
      getToken: credentials.getToken,
      mode,
      budget,
      log: ctx.log,
      ...timing
    })
  } catch (error) {
    return `not checked: ${describe(error)}`
  }
}

function build(
  config: EntraConfig,
  ctx: ConnectorContext,
  mode: 'read' | 'write',
  timing: EntraTiming
): PlatformWriter {
  const opened = open(config, ctx, mode, timing)
  const graph = typeof opened === 'string' ? undefined : opened
  const unavailable = typeof opened === 'string' ? opened : undefined

  const reader: PlatformReader = {
    platform: ENTRA,
    unavailable,

    async discover(who: Identity, scope: Scope): Promise<Discovery> {
      const found: Discovery = {
        platform: ENTRA,
        person: who.person,
        status: 'checked',
        holdings: [],
        notes: []
      }
      if (!graph) return { ...found, status: 'not_checked', reason: unavailable }
      if (scope.kind === 'reduction' && !scope.remove.some(isEntraGroup)) return found
      try {
        await discoverUser(graph, who, scope, found)
      } catch (error) {
        return {
          ...found,
          status: 'not_checked',
          holdings: [],
          reason: `could not read ${who.account ?? who.email} in Entra ID: ${describe(error)}`
        }
      }
      return found
    },

    planSteps(found: Discovery, scope: Scope): PlatformPlan {
      return planEntra(found, scope, config)
    },

    list(declared: Grant[]): Promise<Inventory> {
      return listing(
        ENTRA,
        graph,
        unavailable,
        notes => listEntra(graph!, declared, notes),
        error => `could not list Entra ID: ${describe(error)}`
      )
    },

    async stillWaiting(steps: WaitingStep[]): Promise<WaitingCheck[]> {
      if (!graph) return steps.map(step => ({ step, pending: true, detail: String(unavailable) }))
      return entraWaiting(graph, steps)
    }
  }

  return {
    ...reader,
    async perform(step: Step): Promise<Outcome> {
      if (!graph)
        return {
          result: 'failed',
          detail: `entra: ${String(unavailable).replace('not checked: ', '')}`
        }
      return performEntra(graph, config, ctx.claims, step)
    }
  }
}
