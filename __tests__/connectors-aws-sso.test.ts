// The IAM Identity Center connector's writes with both SDKs mocked: every call's error
// answers (AccessDenied, ResourceNotFound, which means "gone" only when a read agrees,
// Throttling, Conflict while another change to the permission set is under way, an
// asynchronous request that fails or never ends), and what moto does not do:
// DescribePermissionSetProvisioningStatus, requests that stay IN_PROGRESS, DeleteUser and
// DeleteGroupMembership answering ResourceNotFound. The reads are in connectors-aws-sso-reads.
import { describe, expect, it } from '@jest/globals'
import {
  ConflictException as StoreConflict,
  DeleteGroupMembershipCommand,
  DeleteUserCommand,
  DescribeUserCommand,
  ListGroupMembershipsForMemberCommand
} from '@aws-sdk/client-identitystore'
import {
  DeleteAccountAssignmentCommand,
  DeleteInlinePolicyFromPermissionSetCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  DescribePermissionSetCommand,
  DescribePermissionSetProvisioningStatusCommand,
  GetInlinePolicyForPermissionSetCommand,
  ListAccountAssignmentsForPrincipalCommand,
  ProvisionPermissionSetCommand,
  PutInlinePolicyToPermissionSetCommand
} from '@aws-sdk/client-sso-admin'
import { denyEntries, withDeny } from '../src/connectors/aws_sso/deny.js'
import { execute } from '../src/execute.js'
import { planOf } from './support/plan.js'
import {
  admin,
  clock,
  conflict,
  ctx,
  denied,
  notFound,
  permissionSetPolicy,
  provisioning,
  PS,
  resetEachTest,
  START,
  step,
  store,
  storeNotFound,
  throttled,
  USER_ID,
  writer
} from './support/aws-sso-mocked.js'

resetEachTest()

describe('deny_sessions', () => {
  it('adds the deny, provisions it, waits for SUCCEEDED and reads it back', async () => {
    const policy = permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('IN_PROGRESS'))
    admin
      .on(DescribePermissionSetProvisioningStatusCommand)
      .resolvesOnce(provisioning('IN_PROGRESS'))
      .resolves(provisioning('SUCCEEDED'))
    const outcome = await writer().perform(step('deny_sessions'))
    expect(outcome.result).toBe('revoked')
    expect(denyEntries(policy())).toEqual([
      { sid: expect.any(String), userId: USER_ID, at: '2026-11-26T05:00:00Z' }
    ])
    expect(admin.commandCalls(ProvisionPermissionSetCommand)[0]!.args[0].input).toMatchObject({
      TargetType: 'ALL_PROVISIONED_ACCOUNTS'
    })
    expect(admin.commandCalls(DescribePermissionSetProvisioningStatusCommand)).toHaveLength(2)
  })

  it('fails with AWS reason when provisioning fails', async () => {
    permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('IN_PROGRESS'))
    admin
      .on(DescribePermissionSetProvisioningStatusCommand)
      .resolves(provisioning('FAILED', { FailureReason: 'account 111122223333 is suspended' }))
    const outcome = await writer().perform(step('deny_sessions'))
    expect(outcome).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /the deny was written, but provisioning FAILED: account 111122223333 is suspended/
      )
    })
  })

  it('waits out a Conflict while another provisioning runs, within the budget', async () => {
    permissionSetPolicy()
    admin
      .on(ProvisionPermissionSetCommand)
      .rejectsOnce(conflict())
      .resolves(provisioning('SUCCEEDED'))
    expect((await writer().perform(step('deny_sessions'))).result).toBe('revoked')
    admin.on(ProvisionPermissionSetCommand).rejects(conflict())
    const outcome = await writer().perform(step('deny_sessions'))
    expect(outcome.detail).toMatch(/ConflictException: provisioning in progress/)
    expect(clock.now - START).toBeGreaterThanOrEqual(30_000)
  })

  it('fails, saying so, when provisioning is still running when its time is up', async () => {
    permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('IN_PROGRESS'))
    admin.on(DescribePermissionSetProvisioningStatusCommand).resolves(provisioning('IN_PROGRESS'))
    const outcome = await writer().perform(step('deny_sessions'))
    expect(outcome.detail).toMatch(/provisioning still in progress after 30 s \(request req-1\)/)
  })

  it('adds nothing to an inline policy that is not JSON', async () => {
    permissionSetPolicy('{not json')
    const outcome = await writer().perform(step('deny_sessions'))
    expect(outcome.detail).toMatch(/its inline policy is not JSON, so no deny was added/)
    expect(admin.commandCalls(PutInlinePolicyToPermissionSetCommand)).toHaveLength(0)
  })

  it('fails when the deny is not there when read back', async () => {
    admin.on(GetInlinePolicyForPermissionSetCommand).resolves({ InlinePolicy: '' })
    admin.on(PutInlinePolicyToPermissionSetCommand).resolves({})
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    expect((await writer().perform(step('deny_sessions'))).detail).toMatch(
      /not in its inline policy when read back/
    )
  })

  it('takes a missing permission set for gone only when DescribePermissionSet agrees', async () => {
    admin.on(GetInlinePolicyForPermissionSetCommand).rejects(notFound())
    admin.on(DescribePermissionSetCommand).rejects(notFound())
    expect((await writer().perform(step('deny_sessions'))).result).toBe('already_absent')
    admin.on(DescribePermissionSetCommand).resolves({ PermissionSet: { Name: 'Deploy' } })
    expect((await writer().perform(step('deny_sessions'))).result).toBe('failed')
  })

  it('names the write policy when the put is denied', async () => {
    admin.on(GetInlinePolicyForPermissionSetCommand).resolves({})
    admin.on(PutInlinePolicyToPermissionSetCommand).rejects(denied())
    expect((await writer().perform(step('deny_sessions'))).detail).toMatch(
      /deny_sessions alice failed: AccessDeniedException: not authorized \(the role needs the write policy/
    )
  })

  it('keeps both denies when two departures change one permission set at once', async () => {
    const policy = permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    const w = writer()
    const outcomes = await Promise.all([
      w.perform(step('deny_sessions')),
      w.perform(
        step('deny_sessions', { user_id: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb', user_name: 'bob' })
      )
    ])
    expect(outcomes.map(o => o.result)).toEqual(['revoked', 'revoked'])
    expect(
      denyEntries(policy())
        .map(e => e.userId)
        .sort()
    ).toEqual([USER_ID, 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb'])
  })
})

describe('deny_sessions of several departures', () => {
  const others = ['bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb', 'cccccccc-cccc-cccc-cccc-cccccccccccc']
  const steps = () => [
    step('deny_sessions'),
    ...others.map((user_id, i) => step('deny_sessions', { user_id, user_name: `user${i}` }))
  ]

  it('writes and provisions the permission set once for the departures that wait together', async () => {
    const policy = permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    const w = writer()
    const outcomes = await Promise.all(steps().map(s => w.perform(s)))
    expect(outcomes.map(o => o.result)).toEqual(['revoked', 'revoked', 'revoked'])
    expect(outcomes[2]!.detail).toContain(others[1])
    expect(admin.commandCalls(PutInlinePolicyToPermissionSetCommand)).toHaveLength(1)
    expect(admin.commandCalls(ProvisionPermissionSetCommand)).toHaveLength(1)
    expect(
      denyEntries(policy())
        .map(e => e.userId)
        .sort()
    ).toEqual([USER_ID, ...others].sort())
  })

  it('takes every departure into one change when apply runs them, whatever the bound on the platform', async () => {
    const policy = permissionSetPolicy()
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    const users = Array.from({ length: 6 }, (_, i) => `dddddddd-dddd-dddd-dddd-00000000000${i}`)
    const denies = users.map((user_id, i) => ({
      ...step('deny_sessions', { user_id, user_name: `user${i}` }),
      id: `aws_sso/user${i}/deny_sessions`,
      person: `user${i}`,
      contain: true
    }))
    const done = await execute(planOf(denies), new Map([['aws_sso', writer()]]), {
      perPlatform: 2
    })
    expect(done.counts.revoked).toBe(6)
    expect(admin.commandCalls(PutInlinePolicyToPermissionSetCommand)).toHaveLength(1)
    expect(
      denyEntries(policy())
        .map(e => e.userId)
        .sort()
    ).toEqual(users)
  })

  it('answers each step for its own user: a deny missing when read back fails that step alone', async () => {
    let policy: string | undefined
    admin.on(GetInlinePolicyForPermissionSetCommand).callsFake(async () => ({
      InlinePolicy: policy
    }))
    // Another change replaces the policy between the write and the read-back, keeping two.
    admin.on(PutInlinePolicyToPermissionSetCommand).callsFake(async input => {
      policy = withDeny(withDeny(undefined, USER_ID, new Date(START)), others[1]!, new Date(START))
      expect(denyEntries(input.InlinePolicy)).toHaveLength(3)
      return {}
    })
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    const w = writer()
    const outcomes = await Promise.all(steps().map(s => w.perform(s)))
    expect(outcomes.map(o => o.result)).toEqual(['revoked', 'failed', 'revoked'])
    expect(outcomes[1]!.detail).toMatch(/not in its inline policy when read back.*rerun apply/)
  })

  it('fails every step of the change when its write fails, each with the reason', async () => {
    permissionSetPolicy()
    admin.on(PutInlinePolicyToPermissionSetCommand).rejects(denied())
    const w = writer()
    const outcomes = await Promise.all(steps().map(s => w.perform(s)))
    expect(outcomes.map(o => o.result)).toEqual(['failed', 'failed', 'failed'])
    for (const o of outcomes) expect(o.detail).toMatch(/AccessDeniedException/)
  })
})

describe('remove_account_assignment', () => {
  const deletion = (status: string, extra = {}) => ({
    AccountAssignmentDeletionStatus: { Status: status, RequestId: 'del-1', ...extra } as never
  })
  const listed = (held: boolean) =>
    admin.on(ListAccountAssignmentsForPrincipalCommand).resolves({
      AccountAssignments: held
        ? [
            {
              AccountId: '111122223333',
              PermissionSetArn: PS,
              PrincipalType: 'USER',
              PrincipalId: USER_ID
            }
          ]
        : []
    })

  it('waits for the deletion to succeed', async () => {
    admin.on(DeleteAccountAssignmentCommand).resolves(deletion('IN_PROGRESS'))
    admin.on(DescribeAccountAssignmentDeletionStatusCommand).resolves(deletion('SUCCEEDED'))
    expect(await writer().perform(step('remove_account_assignment'))).toEqual({
      result: 'revoked',
      detail: ''
    })
  })

  it('takes a failed deletion for already absent only when the assignment is not listed', async () => {
    admin.on(DeleteAccountAssignmentCommand).resolves(deletion('IN_PROGRESS'))
    admin
      .on(DescribeAccountAssignmentDeletionStatusCommand)
      .resolves(deletion('FAILED', { FailureReason: 'no such assignment' }))
    listed(false)
    expect((await writer().perform(step('remove_account_assignment'))).result).toBe(
      'already_absent'
    )
    listed(true)
    expect((await writer().perform(step('remove_account_assignment'))).detail).toMatch(
      /the deletion FAILED: no such assignment/
    )
  })

  it('takes ResourceNotFound for already absent only when the assignment is not listed', async () => {
    admin.on(DeleteAccountAssignmentCommand).rejects(notFound())
    listed(false)
    expect((await writer().perform(step('remove_account_assignment'))).result).toBe(
      'already_absent'
    )
    listed(true)
    expect((await writer().perform(step('remove_account_assignment'))).result).toBe('failed')
    const filter = admin.commandCalls(ListAccountAssignmentsForPrincipalCommand)[0]!.args[0].input
    expect(filter).toMatchObject({ PrincipalId: USER_ID, Filter: { AccountId: '111122223333' } })
  })

  it('waits out a Conflict with another assignment change', async () => {
    admin.on(DeleteAccountAssignmentCommand).rejectsOnce(conflict()).resolves(deletion('SUCCEEDED'))
    expect((await writer().perform(step('remove_account_assignment'))).result).toBe('revoked')
  })
})

describe('remove_group_membership and delete_user', () => {
  it('takes a missing membership for already absent only when the user is not in the group', async () => {
    store.on(DeleteGroupMembershipCommand).rejects(storeNotFound('GROUP_MEMBERSHIP'))
    store.on(ListGroupMembershipsForMemberCommand).resolves({ GroupMemberships: [] })
    expect((await writer().perform(step('remove_group_membership'))).result).toBe('already_absent')
    store.on(ListGroupMembershipsForMemberCommand).resolves({
      GroupMemberships: [{ MembershipId: 'm-2', GroupId: 'g-1', IdentityStoreId: 'd' }]
    })
    expect((await writer().perform(step('remove_group_membership'))).detail).toMatch(
      /in group g-1 again, as membership m-2/
    )
  })

  it('fails a membership removal that is denied or in conflict', async () => {
    store.on(DeleteGroupMembershipCommand).rejects(denied())
    expect((await writer().perform(step('remove_group_membership'))).detail).toMatch(/write policy/)
    store
      .on(DeleteGroupMembershipCommand)
      .rejects(new StoreConflict({ $metadata: {}, message: 'busy' }))
    expect((await writer().perform(step('remove_group_membership'))).detail).toMatch(
      /ConflictException/
    )
  })

  it('takes a missing user for already absent only when DescribeUser agrees', async () => {
    store.on(DeleteUserCommand).rejects(storeNotFound('USER'))
    store.on(DescribeUserCommand).rejects(storeNotFound('USER'))
    expect(await writer().perform(step('delete_user'))).toEqual({
      result: 'already_absent',
      detail: 'no such user'
    })
    store.on(DeleteUserCommand).rejects(storeNotFound('IDENTITY_STORE'))
    expect((await writer().perform(step('delete_user'))).result).toBe('failed')
  })

  it('fails a throttled deletion with what to do', async () => {
    store.on(DeleteUserCommand).rejects(throttled())
    expect((await writer().perform(step('delete_user'))).detail).toMatch(
      /ThrottlingException: Rate exceeded \(AWS kept throttling within the retry budget: rerun later/
    )
  })

  it('refuses a step aimed at a user found by lookup that someone else declares', async () => {
    const c = { ...ctx(), claims: new Map([['aws_sso', new Map([['alice', ['bob']]])]]) }
    const outcome = await writer(c).perform(step('delete_user', { found_by: 'lookup' }))
    expect(outcome.detail).toMatch(/found by lookup for alice, but bob declares it/)
    expect(store.calls()).toHaveLength(0)
  })
})

describe('remove_session_deny', () => {
  const old = new Date(START - 14 * 3_600_000)

  it('removes a stale deny, and the inline policy once nothing else is in it', async () => {
    const policy = permissionSetPolicy(withDeny('', USER_ID, old))
    admin.on(ProvisionPermissionSetCommand).resolves(provisioning('SUCCEEDED'))
    const [{ sid }] = denyEntries(policy())
    const outcome = await writer().perform(step('remove_session_deny', { sid }))
    expect(outcome.result).toBe('revoked')
    expect(policy()).toBeUndefined()
    expect(admin.commandCalls(DeleteInlinePolicyFromPermissionSetCommand)).toHaveLength(1)
    expect((await writer().perform(step('remove_session_deny', { sid }))).result).toBe(
      'already_absent'
    )
  })
})
