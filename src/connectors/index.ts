// One connector per instance platforms.yaml configures, of every registered platform
// (registry.ts), in registry order.
import type { ConnectorContext, PlatformName, PlatformReader, PlatformWriter } from './connector.js'
import { configuredInstances } from './registry.js'

const factories = (ctx: ConnectorContext) =>
  configuredInstances(ctx.platforms).map(({ platform, instance }) =>
    platform.connector(instance, ctx.env)
  )

/** Read-only connectors: what plan and audit are given. They cannot write. */
export const openReaders = (ctx: ConnectorContext): PlatformReader[] =>
  factories(ctx).map(f => f.reader(ctx))

/** Connectors that can revoke: only apply opens these. */
export const openWriters = (ctx: ConnectorContext): Map<PlatformName, PlatformWriter> =>
  new Map(
    factories(ctx).map(f => {
      const w = f.writer(ctx)
      return [w.platform, w]
    })
  )
