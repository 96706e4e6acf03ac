// The writer's one call per step. A write Graph answers 404 is read back: only a read that
// shows the thing gone makes the step already_absent (Graph also answers 404 for an object it
// has not replicated yet); anything else fails and says what to check. Blocking sign-in and
// deleting a Global Administrator re-count the tenant's other enabled Global Administrators
// first, one such step at a time, so that two departures in one change cannot remove the last.
import { serialized } from '../../concurrency.js'
import { needsAHuman } from '../../graph.js'
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import type { GraphClient } from './client.js'
import { describe, statusOf } from './errors.js'
import { roleMembers, userPath, type EntraUser } from './discover.js'
import { lastAdminReason, protectedReason } from './plan.js'
import { isProtected } from './vocabulary.js'
import { ACT } from './vocabulary.js'
import type { EntraConfig } from './types.js'

interface Params {
  user_id: string
  upn: string
  /** The user holds a directory role: blocking or deleting it needs an admin role too. */
  administrator?: boolean
  group_id?: string
  assignment_id?: string
  global_admin_role?: string
}

/** One action: the write, and how to read back whether what it removes is still there. */
interface Action {
  write(graph: GraphClient, p: Params): Promise<unknown>
  stillThere(graph: GraphClient, p: Params): Promise<boolean>
  /** What a 404 that is not "gone" probably means the app lacks. */
  permission: string
  what: string
}

const user = (p: Params) => userPath(p.user_id)
/** What a 403 means for a change to an administrator. */
const sensitive = (p: Params, permission: string) =>
  p.administrator
    ? `${permission}, or (as ${p.upn} is an administrator) the Privileged Authentication Administrator role`
    : permission
const exists = async (graph: GraphClient, p: Params) =>
  (await graph.getOrAbsent<EntraUser>(user(p), { query: { $select: 'id,accountEnabled' } })) !==
  undefined

const ACTIONS: Record<string, Action> = {
  [ACT.disable]: {
    write: (graph, p) =>
      graph.patch(
        user(p),
        { accountEnabled: false },
        sensitive(p, 'User.EnableDisableAccount.All')
      ),
    stillThere: exists,
    permission: 'User.EnableDisableAccount.All',
    what: 'the user'
  },
  [ACT.revoke]: {
    write: (graph, p) =>
      graph.post(`${user(p)}/revokeSignInSessions`, undefined, 'User.RevokeSessions.All'),
    stillThere: exists,
    permission: 'User.RevokeSessions.All',
    what: 'the user'
  },
  [ACT.leaveGroup]: {
    // Always with /$ref: without it Graph deletes the member object itself.
    write: (graph, p) =>
      graph.delete(
        `groups/${encodeURIComponent(String(p.group_id))}/members/${encodeURIComponent(p.user_id)}/$ref`,
        'GroupMember.ReadWrite.All'
      ),
    stillThere: async (graph, p) => {
      const of = await graph.getOrAbsent(`${user(p)}/memberOf`, { query: { $top: '999' } })
      const groups = of ? await graph.rest<{ id?: string }>(of) : []
      return groups.some(g => String(g.id).toLowerCase() === p.group_id)
    },
    permission: 'GroupMember.ReadWrite.All',
    what: 'the group membership'
  },
  [ACT.removeAppRole]: {
    write: (graph, p) =>
      graph.delete(
        `${user(p)}/appRoleAssignments/${encodeURIComponent(String(p.assignment_id))}`,
        'AppRoleAssignment.ReadWrite.All'
      ),
    stillThere: async (graph, p) => {
      const first = await graph.getOrAbsent(`${user(p)}/appRoleAssignments`)
      const assignments = first ? await graph.rest<{ id?: string }>(first) : []
      return assignments.some(a => a.id === p.assignment_id)
    },
    permission: 'AppRoleAssignment.ReadWrite.All',
    what: 'the app role assignment'
  },
  [ACT.delete]: {
    write: (graph, p) => graph.delete(user(p), sensitive(p, 'User.DeleteRestore.All')),
    stillThere: exists,
    permission: 'User.DeleteRestore.All',
    what: 'the user'
  }
}

/** Steps that remove a Global Administrator's access for good. */
const ENDS_ADMIN = new Set<string>([ACT.disable, ACT.delete])

export async function performEntra(
  graph: GraphClient,
  config: EntraConfig,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  if (step.mode === 'manual') return { result: 'skipped', detail: needsAHuman(step) }
  const p = step.params as unknown as Params
  if (isProtected(config, p.upn, p.user_id))
    return { result: 'skipped', detail: protectedReason(p.upn) }
  const crossed = refuseCrossed(claims, step, p.upn)
  if (crossed) return crossed
  const action = ACTIONS[step.action]
  if (!action) return { result: 'failed', detail: `entra: unknown action ${step.action}` }
  const act = () => attempt(graph, step, action, p)
  return p.global_admin_role && ENDS_ADMIN.has(step.action)
    ? serialized(`entra:${config.tenant_id}`, () => unlessLastAdmin(graph, p, act))
    : act()
}

async function attempt(
  graph: GraphClient,
  step: Step,
  action: Action,
  p: Params
): Promise<Outcome> {
  try {
    await action.write(graph, p)
    return { result: 'revoked', detail: '' }
  } catch (error) {
    if (statusOf(error) !== 404)
      return { result: 'failed', detail: `${step.action} ${step.target}: ${describe(error)}` }
  }
  try {
    if (!(await action.stillThere(graph, p)))
      return { result: 'already_absent', detail: 'Graph answered 404; read back: gone' }
  } catch (error) {
    return {
      result: 'failed',
      detail: `${step.action} ${step.target}: Graph answered 404, and reading back whether ${action.what} is gone failed: ${describe(error)}`
    }
  }
  return {
    result: 'failed',
    detail: `${step.action} ${step.target}: Graph answered 404 but ${action.what} is still there: the app probably lacks ${action.permission}`
  }
}

/** Runs `act` unless no other enabled user holds Global Administrator, counted live. */
async function unlessLastAdmin(graph: GraphClient, p: Params, act: () => Promise<Outcome>) {
  let others: number
  try {
    const members = await roleMembers(graph, String(p.global_admin_role))
    others = members.filter(m => m.id !== p.user_id && m.accountEnabled !== false).length
  } catch (error) {
    return {
      result: 'failed' as const,
      detail: `could not count the other Global Administrators, so ${p.upn} was not changed: ${describe(error)}`
    }
  }
  return others === 0 ? { result: 'skipped' as const, detail: lastAdminReason(p.upn) } : act()
}
