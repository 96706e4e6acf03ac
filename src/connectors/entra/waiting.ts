// Manual steps apply left to a human in Entra ID (a dynamic group's membership, a directory
// role, an on-premises user's sign-in...), read back for the audit: per user, by the object id
// the log recorded, the user and then only what its steps need (its direct memberships, its app
// role assignments), never a scan of the tenant. A step is done only once a read shows it.
import { mapLimit } from '../../concurrency.js'
import type { WaitingCheck, WaitingStep } from '../connector.js'
import type { GraphClient } from './client.js'
import { userPath, type EntraUser } from './discover.js'
import { describe } from './errors.js'
import { ACT } from './vocabulary.js'

/** Users read back at the same time. */
const CONCURRENCY = 8

const MEMBERSHIPS = new Set<string>([ACT.leaveGroup, ACT.removeRole])
const CHECKABLE = new Set<string>([...MEMBERSHIPS, ACT.removeAppRole, ACT.disable, ACT.delete])

/** `<upn>/<name> (<id>)` of memberships and assignments; `<upn>/<role name>` of roles. */
const idIn = (target: string) => /\(([^()]+)\)$/.exec(target)?.[1]
const nameIn = (target: string) => target.slice(target.indexOf('/') + 1)

export async function entraWaiting(
  graph: GraphClient,
  steps: WaitingStep[]
): Promise<WaitingCheck[]> {
  const checks = new Map<WaitingStep, WaitingCheck>()
  const byUser = new Map<string, WaitingStep[]>()
  for (const step of steps) {
    if (!CHECKABLE.has(step.action))
      checks.set(step, {
        step,
        pending: true,
        detail: 'not a step offboard can check: check it by hand'
      })
    // Only the immutable id says which user: a user principal name may have been renamed,
    // or given to someone else since.
    else if (!step.account_id)
      checks.set(step, {
        step,
        pending: true,
        detail: "logged without the user's object id: check it by hand"
      })
    else byUser.set(step.account_id, [...(byUser.get(step.account_id) ?? []), step])
  }
  const read = await mapLimit([...byUser], CONCURRENCY, ([id, mine]) =>
    userWaiting(graph, id, mine)
  )
  for (const c of read.flat()) checks.set(c.step, c)
  return steps.map(s => checks.get(s)!)
}

async function userWaiting(
  graph: GraphClient,
  id: string,
  steps: WaitingStep[]
): Promise<WaitingCheck[]> {
  try {
    const user = await graph.getOrAbsent<EntraUser>(userPath(id), {
      query: { $select: 'id,userPrincipalName,accountEnabled' },
      needs: 'User.Read.All'
    })
    if (!user)
      return steps.map(step => ({
        step,
        pending: false,
        detail: `gone: Graph has no user ${id} (deleted; a restore brings it back to the audit)`
      }))
    const memberOf = steps.some(s => MEMBERSHIPS.has(s.action))
      ? await graph.all<Record<string, unknown>>(`${userPath(id)}/memberOf`, {
          query: { $top: '999' },
          needs: 'GroupMember.Read.All'
        })
      : []
    const assignments = steps.some(s => s.action === ACT.removeAppRole)
      ? await graph.all<{ id?: string }>(`${userPath(id)}/appRoleAssignments`, {
          needs: 'User.Read.All'
        })
      : []
    return steps.map(step => {
      const still = (pending: boolean, what: string): WaitingCheck =>
        pending
          ? { step, pending, detail: `${what}: ${HOW[step.action]}` }
          : { step, pending, detail: 'gone' }
      switch (step.action) {
        case ACT.leaveGroup: {
          const group = idIn(step.target)?.toLowerCase()
          return still(
            memberOf.some(o => String(o.id).toLowerCase() === group),
            `${user.userPrincipalName} is still a member`
          )
        }
        case ACT.removeRole:
          return still(
            memberOf.some(
              o =>
                o['@odata.type'] === '#microsoft.graph.directoryRole' &&
                o.displayName === nameIn(step.target)
            ),
            `${user.userPrincipalName} still holds the role`
          )
        case ACT.removeAppRole:
          return still(
            assignments.some(a => a.id === idIn(step.target)),
            'the assignment is still there'
          )
        case ACT.disable:
          return user.accountEnabled === false
            ? { step, pending: false, detail: 'sign-in blocked' }
            : still(true, `${user.userPrincipalName} can still sign in`)
        default:
          return still(true, `${user.userPrincipalName} still exists`)
      }
    })
  } catch (error) {
    return steps.map(step => ({
      step,
      pending: true,
      detail: `could not be read back: ${describe(error)}`
    }))
  }
}

/** What the human does, as the plan said (docs/entra.md, What a departure does). */
const HOW: Record<string, string> = {
  [ACT.leaveGroup]:
    "change a dynamic group's rule or the user's attributes; remove the member where the group is mastered (on-premises AD, Exchange Online), or as a Privileged Role Administrator (a role-assignable group)",
  [ACT.removeRole]: 'a Privileged Role Administrator removes it',
  [ACT.removeAppRole]: 'an administrator removes it (entra.app_role_assignments: manual)',
  [ACT.disable]: 'disable the account in on-premises Active Directory',
  [ACT.delete]: 'delete the account in on-premises Active Directory'
}
