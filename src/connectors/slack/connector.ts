// Slack: finds the member (by id, or by email when none is declared), ends their sessions and
// deactivates them on departure (Slack's SCIM API, admin.users.remove, or not at all), and
// removes them from user groups and channels no longer granted. This file composes the reader
// and the writer from client.ts, discover.ts, plan.ts, list.ts and perform.ts.
import type { ConnectorFactory, PlatformReader } from '../connector.js'
import { discovery, inventory, noCredentials } from '../shared/results.js'
import { connectSlack, type SlackConnection, type SlackOptions } from './client.js'
import { discover } from './discover.js'
import { list } from './list.js'
import { perform } from './perform.js'
import { planSlack } from './plan.js'

export type { SlackOptions }

export function slackConnector(options: SlackOptions = {}): ConnectorFactory {
  return {
    reader: ctx => reader(connectSlack(ctx, 'read', options)),
    writer: ctx => {
      const slack = connectSlack(ctx, 'write', options)
      const { api, scim } = slack
      return {
        ...reader(slack),
        perform: async step =>
          api
            ? perform(api, scim, ctx.claims, step)
            : { result: 'failed', detail: `slack: ${noCredentials('SLACK_TOKEN')}` }
      }
    }
  }
}

export const slack: ConnectorFactory = slackConnector()

function reader(slack: SlackConnection): PlatformReader {
  const { api, config, unavailable } = slack
  return {
    platform: 'slack',
    unavailable,
    discover: async (who, scope) =>
      api
        ? discover(api, config, who, scope)
        : { ...discovery('slack', who.person), status: 'not_checked', reason: unavailable },
    planSteps: (found, scope) => planSlack(found, scope, config),
    list: async declared =>
      api
        ? list(api, declared)
        : { ...inventory('slack'), status: 'not_checked', reason: unavailable }
  }
}
