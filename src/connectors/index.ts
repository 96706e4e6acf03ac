// One connector per configured platform: github, aws, slack, and one per SCIM app.
import type { Platforms } from '../declarations/types.js'
import { aws } from './aws-iam.js'
import type { ConnectorContext, ConnectorFactory, PlatformReader } from './connector.js'
import { github } from './github.js'
import { scimApp } from './scim.js'
import { slack } from './slack.js'

/** The factories of the platforms platforms.yaml configures, in a stable order. */
export function configuredFactories(platforms: Platforms): ConnectorFactory[] {
  return [
    ...(platforms.github ? [github] : []),
    ...(platforms.aws ? [aws] : []),
    ...(platforms.slack ? [slack] : []),
    ...platforms.scim.map(app => scimApp(app))
  ]
}

/** Read-only connectors (plan, audit): none of them can write. */
export function openReaders(platforms: Platforms, ctx: ConnectorContext): PlatformReader[] {
  return configuredFactories(platforms).map(f => f.reader(ctx))
}
