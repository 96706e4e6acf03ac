// The AWS IAM connector: finds what an IAM user holds, plans its revocation (see plan.ts for
// the order), performs one step at a time, and lists users for audits. This file composes the
// reader and the writer from client.ts, discover.ts, plan.ts, list.ts and perform.ts, for one
// account: the credentials' own (`aws`), or a member account of aws.accounts (`aws:<id>`).
import type { Instance } from '../descriptor.js'
import type { ConnectorFactory, PlatformReader, Step } from '../connector.js'
import { connectIam, type Iam } from './client.js'
import { discover } from './discover.js'
import { list } from './list.js'
import { perform } from './perform.js'
import { planAws } from './plan.js'
import type { AwsInstanceConfig } from './settings.js'

function reader(iam: Iam): PlatformReader {
  return {
    platform: iam.platform,
    /** Known once the credentials were first resolved (by discover, list or perform). */
    get unavailable() {
      return iam.problem
    },
    discover: (who, scope) => discover(iam, who, scope),
    planSteps: (found, scope) =>
      planAws(found, scope, { config: iam.config, change: iam.ctx.change }),
    list: () => list(iam)
  }
}

/** The connector of one instance; without one, of the credentials' own account as the
 *  context's aws block configures it. */
export function awsConnector(instance?: Instance<AwsInstanceConfig>): ConnectorFactory {
  return {
    reader: ctx => reader(connectIam(ctx, true, instance)),
    writer: ctx => {
      const iam = connectIam(ctx, false, instance)
      // Assigned, not spread: `unavailable` stays a live getter.
      return Object.assign(reader(iam), { perform: (step: Step) => perform(iam, step) })
    }
  }
}

export const aws: ConnectorFactory = awsConnector()
