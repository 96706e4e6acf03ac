// Google Workspace's part of the fault table (table.ts): docs/google.md's endpoints, on the
// `google` server (the Admin SDK and the token services on one).
import { findGroup, findUser } from '../../../src/sandbox/google/index.js'
import { departs, probe, type FaultPlatform } from './table.js'

const AUDIENCE =
  '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/offboard'

export const google: FaultPlatform = {
  key: 'google',
  docs: ['docs/google.md'],
  logged: server => (server === 'google' ? 'google' : undefined),
  variants: [
    {
      // alice departs (OAuth tokens, an app password, backup codes, groups, an admin role);
      // bob, who declares no account and is found by email, loses sre's oncall group.
      name: 'departure and reduction',
      scenario: s => {
        s.people!.alice.google!.admin_roles = ['Groups Admin']
      },
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // Keyless credentials; alice is a super admin (the guard counts the others), her Drive
      // files go to bob, then her account is deleted.
      name: 'other settings',
      platforms: p => ({
        ...p,
        google: {
          ...p.google!,
          on_departure: 'delete',
          transfer_drive_to: 'bob',
          credentials: {
            workload_identity: {
              audience: AUDIENCE,
              service_account: 'offboard@acme-ops.iam.gserviceaccount.com'
            }
          }
        }
      }),
      base: people => {
        const bob = people.get('bob')!
        people.set('bob', { ...bob, accounts: { ...bob.accounts, google: 'bob@acme.example' } })
      },
      scenario: s => {
        s.people!.alice.google!.super_admin = true
        s.people!.alice.google!.drive_files = 3
      },
      head: people => departs(people, 'alice')
    }
  ],
  stillThere(s, e) {
    const state = s.sandbox.states.google!
    if (!e.account_id) throw new Error(`${e.action} ${e.target} is logged without the user's id`)
    const user = findUser(state, e.account_id)
    // Targets end with what the step acted on: `<email> token of <app>`, `<email> app password
    // <name>`, `<email> in <group>`.
    const after = (word: string) => e.target.slice(e.target.indexOf(word) + word.length)
    return probe(
      {
        sign_out: () => (user?.sessions ?? 0) > 0,
        suspend_user: () => !!user && !user.suspended,
        delete_oauth_token: () => !!user?.tokens.some(t => t.displayText === after(' token of ')),
        delete_app_password: () => !!user?.asps.some(a => a.name === after(' app password ')),
        invalidate_backup_codes: () => (user?.backupCodes.length ?? 0) > 0,
        remove_group_membership: () =>
          !!findGroup(state, after(' in '))?.members.some(m => m.id === e.account_id),
        transfer_drive: () => !state.transfers.some(t => t.oldOwnerUserId === e.account_id),
        delete_user: () => !!user
      },
      e
    )
  },
  // The sign-out again, while the account is not suspended yet: it may have signed in again
  // meanwhile.
  containAgain: [/^google POST \/admin\/directory\/v1\/users\/[^/]+\/signOut /],
  causes: { '500': /backendError/, '403': /forbidden/, '404': /notFound/ }
}
