// IAM Identity Center's part of the fault table (table.ts): docs/aws-sso.md's endpoints, on
// the `aws-sso` server (Identity Store and SSO admin on one).
import type { RecordedRequest } from '../../../src/sandbox/shared/server.js'
import { departs, probe, type FaultPlatform } from './table.js'

/** Whether a permission set's policy, as last provisioned, denies this user's sessions. */
function denies(policy: string | undefined, userId: string): boolean {
  const statements = policy ? [JSON.parse(policy).Statement].flat() : []
  return statements.some(
    (s: { Effect?: string; Condition?: { StringEquals?: Record<string, string> } }) =>
      s.Effect === 'Deny' && s.Condition?.StringEquals?.['identitystore:userId'] === userId
  )
}

export const awsSso: FaultPlatform = {
  key: 'aws_sso',
  docs: ['docs/aws-sso.md'],
  logged: server => (server === 'aws-sso' ? 'aws_sso' : undefined),
  variants: [
    {
      // alice departs (groups, direct assignments, permission sets through a group); bob,
      // who declares no user and is found by email, loses sre's group and assignment.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // Users kept for a human to disable; dave found by email.
      name: 'other settings',
      platforms: p => ({ ...p, aws_sso: { ...p.aws_sso!, on_departure: 'disable' } }),
      head: people => {
        departs(people, 'alice')
        departs(people, 'dave')
      }
    }
  ],
  stillThere(s, e) {
    const sso = s.sandbox.states.sso!
    const userId = e.account_id
    if (!userId) throw new Error(`${e.action} ${e.target} is logged without the user's id`)
    // Targets are <user>/<group>, <user>/<account>/<permission set>, <user>/<permission set>;
    // a group or permission set whose name could not be read is named by its id or ARN.
    const what = e.target.slice(e.target.indexOf('/') + 1)
    const [account, inAccount] = what.split(/\/(.*)/)
    // Offboard deletes neither: one not found is a mistake of the probe.
    const found = <T>(what: string, it: T | undefined): T => {
      if (it === undefined) throw new Error(`no ${what} in the sandbox for ${e.target}`)
      return it
    }
    const permissionSet = (nameOrArn: string) =>
      found(
        `permission set ${nameOrArn}`,
        [...sso.permissionSets.values()].find(p => p.name === nameOrArn || p.arn === nameOrArn)
      )
    return probe(
      {
        deny_sessions: () => !denies(permissionSet(what).provisionedPolicy, userId),
        remove_account_assignment: () =>
          sso.assignments.some(
            a =>
              a.principalType === 'USER' &&
              a.principalId === userId &&
              a.account === account &&
              a.permissionSetArn === permissionSet(inAccount).arn
          ),
        remove_group_membership: () => {
          const group = found(
            `group ${what}`,
            [...sso.groups.values()].find(g => g.displayName === what || g.groupId === what)
          )
          return [...sso.memberships.values()].some(
            m => m.userId === userId && m.groupId === group.groupId
          )
        },
        delete_user: () => sso.users.has(userId)
      },
      e
    )
  },
  /** The operation and its input; an inline policy's deny carries the time it was put. */
  writeKey(server: string, r: RecordedRequest) {
    const input = JSON.parse(r.body || '{}') as Record<string, unknown>
    delete input.InlinePolicy
    return `${server} ${r.operation} ${JSON.stringify(input)}`
  },
  // The session deny again, while the user can still use the permission set: a rerun
  // replaces the user's older statement and provisions the set again, as the user may have
  // started sessions meanwhile.
  containAgain: [/^aws-sso (PutInlinePolicyToPermissionSet|ProvisionPermissionSet) /],
  causes: { '500': /InternalServer/, '403': /AccessDenied/, '404': /ResourceNotFound/ },
  unsent: {
    'aws-sso DeleteInlinePolicyFromPermissionSet':
      'remove_session_deny sends it, which no command plans yet (docs/aws-sso.md, Audits)'
  }
}
