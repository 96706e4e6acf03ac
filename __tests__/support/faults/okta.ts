// Okta's part of the fault table (table.ts): docs/okta.md's endpoints, on the `okta` server
// (the Management API and the org's token endpoint on one).
import { groupNamed } from '../../../src/sandbox/okta/index.js'
import { departs, probe, type FaultPlatform } from './table.js'

export const okta: FaultPlatform = {
  key: 'okta',
  docs: ['docs/okta.md'],
  logged: server => (server === 'okta' ? 'okta' : undefined),
  variants: [
    {
      // alice departs (sessions, a consent grant, two apps' tokens, groups, factors, an app);
      // bob, who declares no login and is found by email, loses sre's Oncall group.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // A service app signing in with its private key; alice is a super administrator (the
      // guard counts the others, live before each lifecycle step), deactivated, then deleted.
      name: 'other settings',
      platforms: p => ({
        ...p,
        okta: {
          ...p.okta!,
          token_env: undefined,
          client_id: '0oaoffboard0001',
          private_key_env: 'OKTA_PRIVATE_KEY',
          on_departure: 'delete'
        }
      }),
      scenario: s => {
        s.people!.alice.okta!.admin = ['super_admin']
      },
      head: people => departs(people, 'alice')
    }
  ],
  stillThere(s, e) {
    const state = s.sandbox.states.okta!
    if (!e.account_id) throw new Error(`${e.action} ${e.target} is logged without the user's id`)
    const user = state.users.find(u => u.id === e.account_id)
    // Targets end with what the step acted on: `tokens of app <name>`, `group <name>`.
    const after = (word: string) => e.target.slice(e.target.indexOf(word) + word.length)
    const client = () => state.clients.find(c => c.client_name === after('tokens of app '))
    return probe(
      {
        clear_sessions: () => (user?.sessions ?? 0) > 0,
        suspend_user: () => user?.status === 'ACTIVE',
        revoke_app_tokens: () => !!user?.tokens.includes(client()?.client_id ?? ''),
        revoke_consent_grants: () => (user?.grants.length ?? 0) > 0,
        remove_from_group: () =>
          !!groupNamed(state, after('group '))?.members.includes(e.account_id!),
        deactivate_user: () => !!user && user.status !== 'DEPROVISIONED',
        delete_user: () => !!user
      },
      e
    )
  },
  // Sessions are cleared again while the user is not deactivated yet: they may have signed
  // in again meanwhile, and Okta cannot list them.
  containAgain: [/^okta DELETE \/api\/v1\/users\/[^/]+\/sessions /],
  // Okta names the reset in whole epoch seconds, measured against the answer's Date (also
  // whole seconds): a wait of 600 s can read one second longer.
  causes: { '500': /E0000009/, '403': /E0000006/, '404': /E0000007/, '429': /asked to wait 601 s/ }
}
