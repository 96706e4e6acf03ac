// Shared by the Slack sandbox tests: a quiet WebClient logger, the members every seeded
// workspace starts with (primary owner, the tool's bot, Alice), and a member's usergroups.
import { LogLevel, type Logger } from '@slack/web-api'
import { slackMember, type SlackMember, type SlackSimState } from '../../src/sandbox/slack/index.js'

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {}
}

export const baseMembers = (): SlackMember[] => [
  slackMember({
    id: 'U0ADMIN01',
    name: 'admin',
    is_admin: true,
    is_owner: true,
    is_primary_owner: true
  }),
  slackMember({ id: 'U0BOT0001', name: 'offboard-bot', is_bot: true }),
  slackMember({
    id: 'U0ALICE01',
    name: 'alice',
    real_name: 'Alice Liddell',
    profile: { email: 'alice@acme.example' }
  })
]

/** Usergroup handles a member belongs to. */
export const usergroupsOf = (state: SlackSimState, memberId: string): string[] =>
  state.usergroups.filter(g => g.users.includes(memberId)).map(g => g.handle)
