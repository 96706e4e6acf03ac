// Slack's part of the fault table (table.ts): docs/slack-scim.md's endpoints on the `slack`
// (Web API) and `slack-scim` servers.
import { departs, probe, type FaultPlatform } from './table.js'

export const slack: FaultPlatform = {
  key: 'slack',
  docs: ['docs/slack-scim.md'],
  logged: server => (server === 'slack' || server === 'slack-scim' ? 'slack' : undefined),
  variants: [
    {
      // alice departs; bob loses sre.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // Members removed with admin.users.remove, and found by email.
      name: 'other settings',
      platforms: p => ({ ...p, slack: { ...p.slack!, deactivate_with: 'admin' } }),
      base: people => {
        const alice = people.get('alice')!
        people.set('alice', { ...alice, accounts: { ...alice.accounts, slack: undefined } })
      },
      head: people => {
        departs(people, 'alice')
        departs(people, 'dave')
      }
    }
  ],
  stillThere(s, e) {
    const slack = s.sandbox.states.slack!
    const person = s.built.head.people.get(e.person)!
    const uid = slack.members.find(
      m => m.id === person.accounts.slack || m.profile.email === person.email
    )!.id
    const member = slack.members.find(m => m.id === uid)!
    return probe(
      {
        reset_sessions: () => !slack.sessionResets.some(r => r.user_id === uid),
        deactivate_user: () => !member.deleted,
        remove_from_workspace: () => !member.deleted,
        remove_from_usergroup: () =>
          slack.usergroups.find(g => `@${g.handle}` === e.target)!.users.includes(uid),
        remove_from_channel: () =>
          slack.channels.find(c => c.id === e.target)!.members.includes(uid)
      },
      e
    )
  },
  // Sign-out everywhere, again on a rerun while the account is still active: it may have
  // signed in again meanwhile.
  containAgain: [/^slack POST \/api\/admin\.users\.session\.reset /],
  causes: { '403': /no_permission/ }
}
