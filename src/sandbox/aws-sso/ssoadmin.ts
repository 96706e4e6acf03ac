// SSO admin actions: the instance, permission sets and their inline policies, provisioning,
// and account assignments. Changes to assignments and provisioning are asynchronous requests
// (state.ts: SsoSimRequest) whose status reads IN_PROGRESS in the first answer, as AWS's does;
// a second provisioning of one permission set while one runs answers Conflict.
import { seconds, type Action, type SsoContext } from './context.js'
import { missing, page, SsoError, validation, type Input } from './protocol.js'
import {
  permissionSetArnFor,
  sameAssignment,
  type SsoSimAssignment,
  type SsoSimPermissionSet,
  type SsoSimRequest
} from './state.js'

/** The inline policy quota of a permission set, in characters. */
const INLINE_POLICY_MAX = 32_768
const NAME = /^[\w+=,.@-]{1,32}$/
const ACCOUNT = /^\d{12}$/

function permissionSetJson(ps: SsoSimPermissionSet) {
  return {
    Name: ps.name,
    PermissionSetArn: ps.arn,
    Description: ps.description,
    SessionDuration: ps.sessionDuration,
    CreatedDate: seconds(ps.createdDate)
  }
}

function request(ctx: SsoContext, r: Omit<SsoSimRequest, 'requestId' | 'doneAt' | 'createdDate'>) {
  const now = ctx.now()
  const made: SsoSimRequest = {
    ...r,
    requestId: ctx.uuid(),
    createdDate: now,
    doneAt: now + (ctx.options.asyncMs ?? 0)
  }
  ctx.state.requests.set(made.requestId, made)
  return made
}

/** A request's status as it reads now (`first`: the answer to the request itself). */
function statusOf(ctx: SsoContext, r: SsoSimRequest, first = false) {
  const status =
    first || ctx.now() < r.doneAt ? 'IN_PROGRESS' : r.failureReason ? 'FAILED' : 'SUCCEEDED'
  return {
    Status: status,
    RequestId: r.requestId,
    ...(status === 'FAILED' ? { FailureReason: r.failureReason } : {}),
    PermissionSetArn: r.permissionSetArn,
    CreatedDate: seconds(r.createdDate),
    ...(r.assignment
      ? {
          TargetId: r.assignment.account,
          TargetType: 'AWS_ACCOUNT',
          PrincipalType: r.assignment.principalType,
          PrincipalId: r.assignment.principalId
        }
      : {})
  }
}

/** The action that reads a request's status: `field` names it, `key` holds the answer. */
function describe(field: string, kind: SsoSimRequest['kind'], key: string): Action {
  return (ctx, input) => {
    ctx.instance(input)
    const r = ctx.state.requests.get(input.required(field))
    if (!r || r.kind !== kind) throw missing(`Could not find request ${input.optional(field)}`)
    return { [key]: statusOf(ctx, r) }
  }
}

/** An assignment's creation or deletion, as the request that answers it. */
const assignmentRequest = (ctx: SsoContext, a: SsoSimAssignment, kind: SsoSimRequest['kind']) =>
  statusOf(ctx, request(ctx, { kind, permissionSetArn: a.permissionSetArn, assignment: a }), true)

/** The assignment a request names (TargetId, PermissionSetArn, PrincipalType, PrincipalId). */
function assignmentOf(ctx: SsoContext, input: Input): SsoSimAssignment {
  const ps = ctx.permissionSet(input)
  const account = input.required('TargetId')
  if (input.required('TargetType') !== 'AWS_ACCOUNT' || !ACCOUNT.test(account))
    throw validation('TargetId must be a 12-digit AWS account id and TargetType AWS_ACCOUNT')
  const principalType = input.required('PrincipalType')
  if (principalType !== 'USER' && principalType !== 'GROUP')
    throw validation('PrincipalType must be USER or GROUP')
  return {
    account,
    permissionSetArn: ps.arn,
    principalType,
    principalId: input.required('PrincipalId')
  }
}

const assignmentJson = (a: SsoSimAssignment) => ({
  AccountId: a.account,
  PermissionSetArn: a.permissionSetArn,
  PrincipalType: a.principalType,
  PrincipalId: a.principalId
})

function checkPolicy(policy: string): void {
  if (policy.length > INLINE_POLICY_MAX)
    throw validation(`The inline policy exceeds the quota of ${INLINE_POLICY_MAX} characters`)
  try {
    const doc = JSON.parse(policy) as { Statement?: unknown }
    if (doc && typeof doc === 'object' && doc.Statement !== undefined) return
  } catch {
    // answered below
  }
  throw validation('The inline policy is not a valid policy document')
}

export const adminActions: Record<string, Action> = {
  ListInstances(ctx) {
    return {
      Instances: [
        {
          InstanceArn: ctx.state.instanceArn,
          IdentityStoreId: ctx.state.identityStoreId,
          OwnerAccountId: ctx.state.accountId,
          Status: 'ACTIVE'
        }
      ]
    }
  },
  CreatePermissionSet(ctx, input) {
    ctx.instance(input)
    const name = input.required('Name')
    if (!NAME.test(name)) throw validation('Name must be 1 to 32 of letters, digits and +=,.@-_')
    if ([...ctx.state.permissionSets.values()].some(p => p.name === name))
      throw new SsoError('ConflictException', `PermissionSet with name ${name} already exists`)
    const ps: SsoSimPermissionSet = {
      arn: permissionSetArnFor(ctx.state, `${name}:${ctx.uuid()}`),
      name,
      description: input.optional('Description'),
      sessionDuration: input.optional('SessionDuration') ?? 'PT1H',
      createdDate: ctx.now(),
      accounts: new Set()
    }
    ctx.state.permissionSets.set(ps.arn, ps)
    return { PermissionSet: permissionSetJson(ps) }
  },
  DescribePermissionSet: (ctx, input) => ({
    PermissionSet: permissionSetJson(ctx.permissionSet(input))
  }),
  ListPermissionSets(ctx, input) {
    ctx.instance(input)
    const { items, NextToken } = page(input, [...ctx.state.permissionSets.keys()])
    return { PermissionSets: items, NextToken }
  },
  GetInlinePolicyForPermissionSet: (ctx, input) => ({
    InlinePolicy: ctx.permissionSet(input).inlinePolicy ?? ''
  }),
  PutInlinePolicyToPermissionSet(ctx, input) {
    const ps = ctx.permissionSet(input)
    const policy = input.required('InlinePolicy')
    checkPolicy(policy)
    ps.inlinePolicy = policy
    return {}
  },
  DeleteInlinePolicyFromPermissionSet(ctx, input) {
    delete ctx.permissionSet(input).inlinePolicy
    return {}
  },
  ProvisionPermissionSet(ctx, input) {
    const ps = ctx.permissionSet(input)
    const target = input.required('TargetType')
    if (target === 'AWS_ACCOUNT') ps.accounts.add(input.required('TargetId'))
    else if (target !== 'ALL_PROVISIONED_ACCOUNTS')
      throw validation('TargetType must be AWS_ACCOUNT or ALL_PROVISIONED_ACCOUNTS')
    const running = [...ctx.state.requests.values()].some(
      r => r.kind === 'provisioning' && r.permissionSetArn === ps.arn && ctx.now() < r.doneAt
    )
    if (running)
      throw new SsoError(
        'ConflictException',
        `PermissionSet ${ps.arn.split('/').pop()} is being provisioned`
      )
    ps.provisionedPolicy = ps.inlinePolicy
    const r = request(ctx, { kind: 'provisioning', permissionSetArn: ps.arn })
    return {
      PermissionSetProvisioningStatus: {
        ...statusOf(ctx, r, true),
        AccountId: target === 'AWS_ACCOUNT' ? input.optional('TargetId') : undefined
      }
    }
  },
  DescribePermissionSetProvisioningStatus: describe(
    'ProvisionPermissionSetRequestId',
    'provisioning',
    'PermissionSetProvisioningStatus'
  ),
  ListAccountsForProvisionedPermissionSet(ctx, input) {
    const { items, NextToken } = page(input, [...ctx.permissionSet(input).accounts])
    return { AccountIds: items, NextToken }
  },
  CreateAccountAssignment(ctx, input) {
    const a = assignmentOf(ctx, input)
    if (!ctx.state.assignments.some(b => sameAssignment(a, b))) ctx.state.assignments.push(a)
    // AWS provisions the permission set to the account with its first assignment there.
    const ps = ctx.state.permissionSets.get(a.permissionSetArn)!
    ps.accounts.add(a.account)
    ps.provisionedPolicy = ps.inlinePolicy
    return { AccountAssignmentCreationStatus: assignmentRequest(ctx, a, 'assignment_creation') }
  },
  DeleteAccountAssignment(ctx, input) {
    const a = assignmentOf(ctx, input)
    const i = ctx.state.assignments.findIndex(b => sameAssignment(a, b))
    if (i < 0) throw missing('Could not find the account assignment')
    ctx.state.assignments.splice(i, 1)
    return { AccountAssignmentDeletionStatus: assignmentRequest(ctx, a, 'assignment_deletion') }
  },
  DescribeAccountAssignmentCreationStatus: describe(
    'AccountAssignmentCreationRequestId',
    'assignment_creation',
    'AccountAssignmentCreationStatus'
  ),
  DescribeAccountAssignmentDeletionStatus: describe(
    'AccountAssignmentDeletionRequestId',
    'assignment_deletion',
    'AccountAssignmentDeletionStatus'
  ),
  ListAccountAssignments(ctx, input) {
    const ps = ctx.permissionSet(input)
    const account = input.required('AccountId')
    const list = ctx.state.assignments.filter(
      a => a.account === account && a.permissionSetArn === ps.arn
    )
    const { items, NextToken } = page(input, list.map(assignmentJson))
    return { AccountAssignments: items, NextToken }
  },
  ListAccountAssignmentsForPrincipal(ctx, input) {
    ctx.instance(input)
    const id = input.required('PrincipalId')
    const type = input.required('PrincipalType')
    const account = input.object('Filter')?.AccountId
    const list = ctx.state.assignments.filter(
      a =>
        a.principalId === id &&
        a.principalType === type &&
        (account === undefined || a.account === account)
    )
    const { items, NextToken } = page(input, list.map(assignmentJson))
    return { AccountAssignments: items, NextToken }
  }
}
