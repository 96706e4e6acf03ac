// One connector per instance platforms.yaml configures, of every registered platform
// (registry.ts), in registry order.
import type {
  ConnectorContext,
  ConnectorFactory,
  PlatformName,
  PlatformReader,
  PlatformWriter
} from './connector.js'
import { configuredInstances } from './registry.js'

// Each platform's module is loaded here, the first time one of its instances is opened; one
// after another: modules load on the main thread either way, and concurrent imports of modules
// sharing dependencies trip some module loaders (jest's).
async function factories(ctx: ConnectorContext): Promise<ConnectorFactory[]> {
  const made: ConnectorFactory[] = []
  for (const { platform, instance } of configuredInstances(ctx.platforms))
    made.push(await platform.connector(instance, ctx.env))
  return made
}

/** Read-only connectors: what plan and audit are given. They cannot write. */
export const openReaders = async (ctx: ConnectorContext): Promise<PlatformReader[]> =>
  (await factories(ctx)).map(f => f.reader(ctx))

/** Connectors that can revoke: only apply opens these. */
export const openWriters = async (
  ctx: ConnectorContext
): Promise<Map<PlatformName, PlatformWriter>> =>
  new Map(
    (await factories(ctx)).map(f => {
      const w = f.writer(ctx)
      return [w.platform, w]
    })
  )
