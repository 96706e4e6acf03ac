// Slack as the core sees it: a workspace or Enterprise Grid organization (slack:), a person's
// member id (accounts.slack, or found by email), a role's user groups and channels
// (grants.slack).
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import { slackGrants, slackSettings, type SlackConfig, type SlackGrants } from './settings.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { SlackConfig, SlackGrants }

export const slack: PlatformDescriptor<OneInstance<'slack', SlackConfig, SlackGrants>> = {
  key: 'slack',
  title: 'Slack',
  settings: raw => slackSettings(raw as Partial<SlackConfig> | undefined),
  grants: raw => slackGrants(raw as Partial<SlackGrants>),
  ...singleInstance<'slack', SlackConfig>('slack'),
  accountLabel: () => 'Slack member',
  // Member ids are exact.
  foldAccount: s => s,
  isProtected: (config, member) => config.protected.includes(member),
  lookupByEmail: true,
  roleGrants: grants => [
    ...grants.usergroups.map(value => ({ platform: 'slack', kind: 'slack_usergroup', value })),
    ...grants.channels.map(value => ({ platform: 'slack', kind: 'slack_channel', value }))
  ],
  grantKinds: { slack_usergroup: 'Slack user group', slack_channel: 'Slack channel' },
  credentials: 'SLACK_TOKEN',
  connector: async () => (await connectorModule()).slack
}
