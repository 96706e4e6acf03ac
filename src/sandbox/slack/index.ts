// The simulated Slack: its descriptor for the sandbox (two servers over one workspace, the
// Web API and the SCIM API), and what the tests and the benchmarks use of it.
import type { SandboxPlatform } from '../shared/descriptor.js'
import { createSlackPlatform } from './platform.js'
import { checkSlack, type SlackScenario } from './scenario.js'
import { createSlackScimPlatform } from './scim.js'
import { seedSlack, type SeededSlack } from './seed.js'
import type { SlackSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { createSlackScimPlatform } from './scim.js'
export type { SeededSlack } from './seed.js'

/** Every Slack scope the connector's methods need, so that the token is never refused. */
const SLACK_SCOPES = [
  'admin',
  'admin.users:write',
  'team:read',
  'users:read',
  'users:read.email',
  'usergroups:read',
  'usergroups:write',
  'channels:read',
  'groups:read',
  'channels:manage',
  'channels:write',
  'groups:write'
]

export const slack: SandboxPlatform<{
  key: 'slack'
  scenario: SlackScenario
  seeded: SeededSlack | undefined
  state: SlackSimState | undefined
  tokens: string | undefined
  options: object
}> = {
  key: 'slack',
  name: 'slack',
  servers: decl => (decl.platforms.slack ? ['slack', 'slack-scim'] : []),
  seed: seedSlack,
  state: seeded => seeded?.state,
  start({ state, tokenOwner }, { token }) {
    const t = token('xoxp-')
    // Before the SCIM platform is made: it takes the tokens holding the admin scope.
    state.tokens.push({ token: t, user_id: tokenOwner, scopes: SLACK_SCOPES, admin: true })
    return {
      tokens: t,
      servers: [
        {
          platform: createSlackPlatform(state),
          env: url => ({ SLACK_API_URL: `${url}/api/`, SLACK_TOKEN: t })
        },
        {
          platform: createSlackScimPlatform(state),
          env: url => ({ SLACK_SCIM_URL: `${url}/scim/v2/` })
        }
      ]
    }
  },
  check: checkSlack
}
