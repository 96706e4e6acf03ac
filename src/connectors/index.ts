// One connector per configured platform: GitHub, AWS IAM, Slack, and each SCIM app.
import type { Platforms } from '../declarations/types.js'
import { aws } from './aws-iam.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  PlatformName,
  PlatformReader,
  PlatformWriter
} from './connector.js'
import { createGithubConnector } from './github.js'
import { scimApp } from './scim.js'
import { slack } from './slack.js'

function factories(platforms: Platforms, env: ConnectorContext['env']): ConnectorFactory[] {
  const out: ConnectorFactory[] = []
  // GitHub asks integrations to space writes; simulated servers do not need it.
  if (platforms.github)
    out.push(createGithubConnector({ paceWrites: env.OFFBOARD_GITHUB_PACE_WRITES !== 'false' }))
  if (platforms.aws) out.push(aws)
  if (platforms.slack) out.push(slack)
  for (const app of platforms.scim) out.push(scimApp(app))
  return out
}

/** Read-only connectors: what plan and audit are given. They cannot write. */
export const openReaders = (ctx: ConnectorContext): PlatformReader[] =>
  factories(ctx.platforms, ctx.env).map(f => f.reader(ctx))

/** Connectors that can revoke: only apply opens these. */
export const openWriters = (ctx: ConnectorContext): Map<PlatformName, PlatformWriter> =>
  new Map(
    factories(ctx.platforms, ctx.env).map(f => {
      const w = f.writer(ctx)
      return [w.platform, w]
    })
  )
