// Shared by the connector tests: a connector context for the platforms under test, and one
// departure or reduction run the way apply runs it (discover, plan, perform in dependency order).
import type {
  ConnectorContext,
  Identity,
  PlatformReader,
  PlatformWriter,
  Scope
} from '../../src/connectors/connector.js'
import type { Platforms } from '../../src/declarations/types.js'
import { runSteps } from '../../src/graph.js'

/** A context with the given platform blocks; `lines` collects the log, `masked` the secrets. */
export function connectorContext(
  platforms: Partial<Omit<Platforms, 'version' | 'policy' | 'at'>>,
  env: Record<string, string | undefined>
) {
  const lines: string[] = []
  const masked: string[] = []
  const ctx: ConnectorContext = {
    platforms: {
      version: 1,
      scim: [],
      ...platforms,
      policy: { max_departures_per_change: 5, max_departure_ratio: 0.2, revoke_within: '24h' },
      at: { file: 'access/platforms.yaml', line: 1, column: 1 }
    },
    env,
    maskSecret: v => masked.push(v),
    log: l => lines.push(l)
  }
  return { ctx, lines, masked }
}

/** What a plan run finds and proposes, read-only. */
export async function planWith(reader: PlatformReader, who: Identity, scope: Scope) {
  const found = await reader.discover(who, scope)
  return { found, plan: reader.planSteps(found, scope) }
}

/** Discover, plan and perform every step as apply does. */
export async function revokeWith(writer: PlatformWriter, who: Identity, scope: Scope) {
  const { found, plan } = await planWith(writer, who, scope)
  const outcomes = await runSteps(plan.steps, s => writer.perform(s))
  return { found, plan, outcomes }
}

/** Outcomes by step action, for assertions that read like the log. */
export function resultsByAction(
  plan: { steps: { id: string; action: string }[] },
  outcomes: Map<string, { result: string }>
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const s of plan.steps) (out[s.action] ??= []).push(outcomes.get(s.id)?.result ?? 'missing')
  return out
}
