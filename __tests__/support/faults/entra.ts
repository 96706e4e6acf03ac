// Microsoft Entra ID's part of the fault table (table.ts): docs/entra.md's endpoints, on the
// `entra` server (the sign-in endpoints and Graph on one). A $batch carries a user's reads, so
// the rows of those reads are their pages after the first: the last two settings hold a tenant
// large enough for each to have one.
import { entraState, findGroup, guid } from '../../../src/sandbox/entra/index.js'
import { departs, probe, type FaultPlatform } from './table.js'

const ALICE = 'alice@acme.onmicrosoft.com'
/** Graph's largest page, which discovery and the audit ask for. */
const PAGE = 999
/** The page Graph gives app role assignments and authentication methods, which discovery
 *  reads without $top. */
const DEFAULT_PAGE = 100
const BACKEND = '2b7f4c1e-8a3d-4f6b-9c2e-1d5a7b3c9e01'

const range = (n: number) => [...Array(n).keys()]

export const entra: FaultPlatform = {
  key: 'entra',
  docs: ['docs/entra.md'],
  logged: server => (server === 'entra' ? 'entra' : undefined),
  variants: [
    {
      // alice departs and is deleted (the example tree's on_departure: delete): groups, a
      // dynamic group, an app role assignment, and Global Administrator, so the guard counts
      // the others in discovery and again before each write; bob, who declares no account and
      // is found by email, loses sre's group.
      name: 'departure and reduction',
      scenario: s => {
        s.people!.alice.entra!.directory_roles = ['Global Administrator']
      },
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // Federated credentials, sign-in blocked and the user kept, app role assignments left
      // to an administrator. alice was renamed since the log recorded her id (she is read by
      // it), and holds a page and more of app role assignments and authentication methods.
      name: 'other settings',
      platforms: p => ({
        ...p,
        entra: {
          ...p.entra!,
          on_departure: 'disable',
          app_role_assignments: 'manual',
          credentials: { type: 'github_oidc', audience: 'api://AzureADTokenExchange' }
        }
      }),
      knownIds: { byPerson: new Map([['entra alice', [guid(`user:${ALICE}`)]]]) },
      head: people => departs(people, 'alice'),
      prepare(sandbox) {
        const t = sandbox.states.entra!
        const alice = t.users.find(u => u.userPrincipalName === ALICE)!
        alice.userPrincipalName = 'alice.liddell@acme.onmicrosoft.com'
        const extra = entraState({
          tenantId: t.tenantId,
          apps: [],
          users: [
            {
              userPrincipalName: alice.userPrincipalName,
              methods: range(DEFAULT_PAGE).map(() => ({ type: 'softwareOath' as const }))
            }
          ],
          appRoleAssignments: range(DEFAULT_PAGE).map(i => ({
            id: `alice-assignment-${i}`.padEnd(43, 'x'),
            principalId: alice.id,
            resourceDisplayName: `App ${i}`
          }))
        })
        alice.methods.push(...extra.users[0].methods)
        t.appRoleAssignments.push(...extra.appRoleAssignments)
      }
    },
    {
      // A tenant of a page and more: bob, losing sre's group, is in a page and more of groups;
      // a declared group has a page and more of members for the audit. Alone in its setting,
      // as its pages make every request of it slower.
      name: 'a page and more',
      head: people => people.set('bob', { ...people.get('bob')!, roles: ['backend'] }),
      prepare(sandbox) {
        const t = sandbox.states.entra!
        const bob = t.users.find(u => u.mail === 'bob@acme.example')!
        const extra = entraState({
          tenantId: t.tenantId,
          apps: [],
          users: range(PAGE).map(i => ({ userPrincipalName: `member${i}@acme.onmicrosoft.com` })),
          groups: range(PAGE).map(i => ({ displayName: `Project ${i}`, members: [bob.id] }))
        })
        t.users.push(...extra.users)
        findGroup(t, BACKEND)!.members.push(...extra.users.map(u => u.id))
        t.groups.push(...extra.groups)
      }
    }
  ],
  stillThere(s, e) {
    const t = s.sandbox.states.entra!
    if (!e.account_id) throw new Error(`${e.action} ${e.target} is logged without the user's id`)
    const user = t.users.find(u => u.id === e.account_id)
    // Targets of memberships and assignments end with the object's id: `<upn>/<name> (<id>)`.
    const id = /\(([^()]+)\)$/.exec(e.target)?.[1] ?? ''
    return probe(
      {
        disable_sign_in: () => !!user?.accountEnabled,
        revoke_sign_in_sessions: () =>
          !!user &&
          Date.parse(user.signInSessionsValidFromDateTime) <= Date.parse(user.createdDateTime),
        remove_group_member: () => !!findGroup(t, id)?.members.includes(e.account_id!),
        remove_app_role_assignment: () => t.appRoleAssignments.some(a => a.id === id),
        delete_user: () => !!user
      },
      e
    )
  },
  // The sessions revoked again while sign-in is not blocked yet: the user may have signed in
  // again meanwhile.
  containAgain: [/^entra POST \S*\/revokeSignInSessions /]
}
