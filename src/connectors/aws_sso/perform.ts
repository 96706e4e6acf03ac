// The one place IAM Identity Center is changed: one step at a time, each waiting for AWS's
// asynchronous request to finish (requests.ts). "Already gone" is never taken from an error
// alone: a ResourceNotFound, or a request that failed, counts as already_absent only when a
// read made right then shows the thing absent. Changes to one permission set's inline policy
// (read, add or remove a statement, write, provision) run one at a time, so that two
// departures in one run cannot overwrite each other's deny; the denies that wait meanwhile go
// in one change.
import { DeleteGroupMembershipCommand, DeleteUserCommand } from '@aws-sdk/client-identitystore'
import {
  DeleteAccountAssignmentCommand,
  DeleteInlinePolicyFromPermissionSetCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  GetInlinePolicyForPermissionSetCommand,
  PutInlinePolicyToPermissionSetCommand
} from '@aws-sdk/client-sso-admin'
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import { errorText, hint, type SsoClients } from './client.js'
import { denyEntries, withDeny, withoutDeny } from './deny.js'
import {
  assignmentsOf,
  isNotFound,
  membershipsOf,
  permissionSetName,
  userById,
  type Where
} from './discover.js'
import type { StepParams } from './plan.js'
import { pastConflicts, provision, settled, StepClock, unsettled, type Timing } from './requests.js'

/** What the cleanup of a stale deny needs (list.ts finds them). */
export interface DenyCleanupParams {
  permission_set_arn: string
  permission_set: string
  sid: string
}

const GONE = Symbol('gone')

/** A user's deny waiting for its permission set's next change, and its step's answer. */
interface Denial {
  userId: string
  resolve: (outcome: Outcome) => void
  reject: (error: unknown) => void
}

const done = (detail = ''): Outcome => ({ result: 'revoked', detail })
const absent = (detail: string): Outcome => ({ result: 'already_absent', detail })
const failed = (detail: string): Outcome => ({ result: 'failed', detail })

export class SsoPerformer {
  /** Permission set ARN -> the change to its inline policy under way. */
  private readonly locks = new Map<string, Promise<unknown>>()
  /** Permission set ARN -> the denies waiting for its next change. */
  private readonly denying = new Map<string, Denial[]>()

  constructor(
    private readonly c: SsoClients,
    private readonly w: Where,
    private readonly ctx: ConnectorContext,
    private readonly timing: Timing = {}
  ) {}

  async perform(step: Step): Promise<Outcome> {
    const p = step.params as unknown as StepParams
    const crossed = refuseCrossed(this.ctx.claims, step, p.user_name)
    if (crossed) return crossed
    const clock = new StepClock(this.c.budget, this.timing)
    try {
      switch (step.action) {
        case 'deny_sessions':
          return await this.denySessions(p, clock)
        case 'remove_account_assignment':
          return await this.removeAssignment(p, clock)
        case 'remove_group_membership':
          return await this.removeMembership(p)
        case 'delete_user':
          return await this.deleteUser(p)
        case 'remove_session_deny':
          return await this.removeDeny(step.params as unknown as DenyCleanupParams, clock)
        default:
          return failed(`AWS IAM Identity Center: unknown action ${step.action}`)
      }
    } catch (err) {
      return failed(
        `AWS IAM Identity Center: ${step.action} ${step.target} failed: ${errorText(err)} (${hint(err, 'write')})`
      )
    }
  }

  /** One change to a permission set's inline policy at a time. */
  private exclusive<T>(arn: string, change: () => Promise<T>): Promise<T> {
    const before = this.locks.get(arn) ?? Promise.resolve()
    const run = before.then(change, change)
    this.locks.set(
      arn,
      run.catch(() => undefined)
    )
    return run
  }

  private async inlinePolicy(arn: string): Promise<string | undefined> {
    const res = await this.c.admin.send(
      new GetInlinePolicyForPermissionSetCommand({
        InstanceArn: this.w.instance_arn,
        PermissionSetArn: arn
      })
    )
    return res.InlinePolicy
  }

  /** The set's inline policy, or GONE when the set is not found and DescribePermissionSet
   *  agrees (its roles, and their sessions, went with it). */
  private async currentPolicy(arn: string): Promise<{ policy: string | undefined } | typeof GONE> {
    try {
      return { policy: await this.inlinePolicy(arn) }
    } catch (err) {
      if (!isNotFound(err)) throw err
      try {
        await permissionSetName(this.c, this.w)(arn)
      } catch (again) {
        if (isNotFound(again)) return GONE
      }
      throw err
    }
  }

  /** Writes the inline policy (or deletes it when nothing is left), provisions it to the
   *  set's accounts and waits for that; the failure's text, or undefined once provisioned. */
  private async writePolicy(arn: string, policy: string | undefined, clock: StepClock) {
    const target = { InstanceArn: this.w.instance_arn, PermissionSetArn: arn }
    await pastConflicts(clock, () =>
      policy === undefined
        ? this.c.admin.send(new DeleteInlinePolicyFromPermissionSetCommand(target))
        : this.c.admin.send(
            new PutInlinePolicyToPermissionSetCommand({ ...target, InlinePolicy: policy })
          )
    )
    const status = await provision(this.c, this.w, arn, clock)
    return status.Status === 'SUCCEEDED' ? undefined : unsettled(status, clock, 'provisioning')
  }

  /** Ends the user's sessions of the set with a deny in its inline policy. Departures whose
   *  deny waits for the set's change under way go in the next change together: one write
   *  and one provisioning for all of them, where each would have waited for the others'. */
  private denySessions(p: StepParams, clock: StepClock): Promise<Outcome> {
    const arn = p.permission_set_arn!
    return new Promise<Outcome>((resolve, reject) => {
      const joining = this.denying.get(arn)
      if (joining) return void joining.push({ userId: p.user_id, resolve, reject })
      const batch: Denial[] = [{ userId: p.user_id, resolve, reject }]
      this.denying.set(arn, batch)
      void this.exclusive(arn, async () => {
        // From here on, a departure that comes goes in the set's next change.
        this.denying.delete(arn)
        try {
          const users = batch.map(b => b.userId)
          const outcomes = await this.denyAll(arn, p.permission_set, users, clock)
          batch.forEach((b, i) => b.resolve(outcomes[i]!))
        } catch (err) {
          for (const b of batch) b.reject(err)
        }
      })
    })
  }

  /** One change of the set's inline policy adding a deny for each user; each user's
   *  outcome, read back. */
  private async denyAll(
    arn: string,
    name: string | undefined,
    users: string[],
    clock: StepClock
  ): Promise<Outcome[]> {
    const where = `permission set ${name}`
    const each = (o: Outcome) => users.map(() => o)
    const current = await this.currentPolicy(arn)
    if (current === GONE)
      return each(absent(`${where} no longer exists: its roles, and their sessions, went with it`))
    let policy = current.policy
    try {
      const at = new Date(this.timing.now?.() ?? Date.now())
      for (const user of users) policy = withDeny(policy, user, at)
    } catch (err) {
      return each(
        failed(
          `AWS IAM Identity Center: ${where}: ${(err as Error).message}, so no deny was added: fix its inline policy and rerun apply`
        )
      )
    }
    const problem = await this.writePolicy(arn, policy, clock)
    if (problem)
      return each(failed(`AWS IAM Identity Center: ${where}: the deny was written, but ${problem}`))
    // Observed, not assumed: each deny is in the policy its accounts now have.
    const denied = new Set(denyEntries(await this.inlinePolicy(arn)).map(e => e.userId))
    return users.map(user =>
      denied.has(user)
        ? done(`deny on identitystore:userId ${user} provisioned to every account of ${where}`)
        : failed(
            `AWS IAM Identity Center: ${where}: the deny is not in its inline policy when read back (another change replaced the policy): rerun apply`
          )
    )
  }

  private async assignmentListed(p: StepParams): Promise<boolean> {
    const listed = await assignmentsOf(this.c, this.w, 'USER', p.user_id, p.account)
    return listed.some(
      a => a.AccountId === p.account && a.PermissionSetArn === p.permission_set_arn
    )
  }

  private async removeAssignment(p: StepParams, clock: StepClock): Promise<Outcome> {
    const what = `the assignment of ${p.permission_set} in account ${p.account}`
    let res
    try {
      res = await pastConflicts(clock, () =>
        this.c.admin.send(
          new DeleteAccountAssignmentCommand({
            InstanceArn: this.w.instance_arn,
            TargetId: p.account,
            TargetType: 'AWS_ACCOUNT',
            PermissionSetArn: p.permission_set_arn,
            PrincipalType: 'USER',
            PrincipalId: p.user_id
          })
        )
      )
    } catch (err) {
      if (isNotFound(err) && !(await this.assignmentListed(p)))
        return absent(`${what} is not listed for the user`)
      throw err
    }
    const status = await settled(clock, res.AccountAssignmentDeletionStatus, async id => {
      const r = await this.c.admin.send(
        new DescribeAccountAssignmentDeletionStatusCommand({
          InstanceArn: this.w.instance_arn,
          AccountAssignmentDeletionRequestId: id
        })
      )
      return r.AccountAssignmentDeletionStatus
    })
    if (status.Status === 'SUCCEEDED') return done()
    const said = unsettled(status, clock, 'the deletion')
    if (status.Status === 'FAILED' && !(await this.assignmentListed(p)))
      return absent(`${said}; ${what} is not listed for the user`)
    return failed(`AWS IAM Identity Center: removing ${what}: ${said}`)
  }

  private async removeMembership(p: StepParams): Promise<Outcome> {
    try {
      await this.c.store.send(
        new DeleteGroupMembershipCommand({
          IdentityStoreId: this.w.identity_store_id,
          MembershipId: p.membership_id
        })
      )
      return done()
    } catch (err) {
      if (!isNotFound(err, 'GROUP_MEMBERSHIP')) throw err
      const again = (await membershipsOf(this.c, this.w, p.user_id)).find(
        m => m.groupId === p.group_id
      )
      if (!again) return absent('the user is not a member of the group')
      return failed(
        `AWS IAM Identity Center: the user is in group ${p.group_id} again, as membership ${again.membershipId}: rerun apply to remove it`
      )
    }
  }

  private async deleteUser(p: StepParams): Promise<Outcome> {
    try {
      await this.c.store.send(
        new DeleteUserCommand({ IdentityStoreId: this.w.identity_store_id, UserId: p.user_id })
      )
      return done()
    } catch (err) {
      if (isNotFound(err, 'USER') && !(await userById(this.c, this.w, p.user_id)))
        return absent('no such user')
      throw err
    }
  }

  private removeDeny(p: DenyCleanupParams, clock: StepClock): Promise<Outcome> {
    const arn = p.permission_set_arn
    return this.exclusive(arn, async () => {
      const current = await this.currentPolicy(arn)
      if (current === GONE) return absent('the permission set no longer exists')
      if (!denyEntries(current.policy).some(e => e.sid === p.sid))
        return absent(`the deny is not in the inline policy of ${p.permission_set}`)
      const problem = await this.writePolicy(arn, withoutDeny(current.policy, p.sid), clock)
      if (problem)
        return failed(
          `AWS IAM Identity Center: permission set ${p.permission_set}: the deny was removed, but ${problem}`
        )
      return done()
    })
  }
}
