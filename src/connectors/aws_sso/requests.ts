// SSO admin's writes are asynchronous: DeleteAccountAssignment and ProvisionPermissionSet
// answer a request id and IN_PROGRESS, and the change is done only once its status says
// SUCCEEDED. This waits for that, within the step's share of the retry budget (`seconds`),
// and waits out ConflictException (another change to the same permission set or assignment
// still under way) the same way. A step whose request is still running when the time is up
// fails and says so: a rerun finds the state AWS ends in.
import {
  DescribePermissionSetProvisioningStatusCommand,
  ProvisionPermissionSetCommand
} from '@aws-sdk/client-sso-admin'
import type { RetryBudget } from '../shared/retry-budget.js'
import { sleep as realSleep } from '../shared/retry-budget.js'
import { errorName, type SsoClients } from './client.js'
import type { Where } from './discover.js'

/** Test seam: the waits between status reads, and the clock they are measured on. */
export interface Timing {
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export interface Status {
  Status?: string
  RequestId?: string
  FailureReason?: string
}

// A permission set provisioned to a few accounts is often done within a second: the first
// look comes soon (one cheap status read), later ones back off.
const FIRST_WAIT_MS = 100
const LONGEST_WAIT_MS = 5000

/** One step's time: `budget.seconds` from its start for every wait it makes. */
export class StepClock {
  private readonly end: number
  private wait = FIRST_WAIT_MS
  readonly seconds: number

  constructor(
    budget: RetryBudget,
    private readonly timing: Timing = {}
  ) {
    this.seconds = budget.seconds
    this.end = this.now() + budget.seconds * 1000
  }

  private now(): number {
    return this.timing.now?.() ?? Date.now()
  }

  /** Waits before the next try; false when no time is left for one. */
  async pause(): Promise<boolean> {
    const left = this.end - this.now()
    if (left <= 0) return false
    const ms = Math.min(this.wait, left)
    this.wait = Math.min(this.wait * 2, LONGEST_WAIT_MS)
    await (this.timing.sleep ?? realSleep)(ms)
    return true
  }
}

/** `call`, tried again while it answers ConflictException and time is left. */
export async function pastConflicts<T>(clock: StepClock, call: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await call()
    } catch (err) {
      if (errorName(err) !== 'ConflictException' || !(await clock.pause())) throw err
    }
  }
}

/** The request's status once it is no longer IN_PROGRESS, or IN_PROGRESS when time ran out. */
export async function settled(
  clock: StepClock,
  first: Status | undefined,
  describe: (requestId: string) => Promise<Status | undefined>
): Promise<Status> {
  let status: Status = first ?? {}
  while (status.Status === 'IN_PROGRESS' && status.RequestId) {
    if (!(await clock.pause())) return status
    status = { ...(await describe(status.RequestId)), RequestId: status.RequestId }
  }
  return status
}

/** What a status that did not succeed says, for a step's detail. */
export function unsettled(status: Status, clock: StepClock, what: string): string {
  if (status.Status === 'IN_PROGRESS')
    return `${what} still in progress after ${clock.seconds} s (request ${status.RequestId}): AWS may still finish it; rerun apply to see where it ended`
  return `${what} ${status.Status ?? 'answered no status'}${status.FailureReason ? `: ${status.FailureReason}` : ''} (request ${status.RequestId ?? 'unknown'})`
}

/** Provisions the permission set's current policies to every account it is provisioned to. */
export async function provision(
  c: SsoClients,
  w: Where,
  permissionSetArn: string,
  clock: StepClock
): Promise<Status> {
  const res = await pastConflicts(clock, () =>
    c.admin.send(
      new ProvisionPermissionSetCommand({
        InstanceArn: w.instance_arn,
        PermissionSetArn: permissionSetArn,
        TargetType: 'ALL_PROVISIONED_ACCOUNTS'
      })
    )
  )
  return settled(clock, res.PermissionSetProvisioningStatus, async id => {
    const r = await c.admin.send(
      new DescribePermissionSetProvisioningStatusCommand({
        InstanceArn: w.instance_arn,
        ProvisionPermissionSetRequestId: id
      })
    )
    return r.PermissionSetProvisioningStatus
  })
}
