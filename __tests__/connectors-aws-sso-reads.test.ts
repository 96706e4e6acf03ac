// The IAM Identity Center connector's reads with both SDKs mocked: the user read that decides
// between "no account" and "not checked", every secondary read failing in turn (recorded as
// unread, never taken for "none"), lookups, the audit's listing failing, stale session denies
// and the manual disable read back (UserStatus, which moto does not give).
import { describe, expect, it } from '@jest/globals'
import {
  DescribeGroupCommand,
  DescribeUserCommand,
  GetUserIdCommand,
  ListGroupMembershipsCommand,
  ListGroupMembershipsForMemberCommand,
  ListGroupsCommand,
  ListUsersCommand
} from '@aws-sdk/client-identitystore'
import {
  DescribePermissionSetCommand,
  GetInlinePolicyForPermissionSetCommand,
  ListAccountAssignmentsCommand,
  ListAccountAssignmentsForPrincipalCommand,
  ListAccountsForProvisionedPermissionSetCommand,
  ListPermissionSetsCommand
} from '@aws-sdk/client-sso-admin'
import { withDeny } from '../src/connectors/aws_sso/deny.js'
import {
  admin,
  denied,
  PS,
  reader,
  resetEachTest,
  START,
  store,
  storeNotFound,
  throttled,
  USER_ID,
  who,
  writer
} from './support/aws-sso-mocked.js'

resetEachTest()

describe('discover', () => {
  const alice = () => {
    store.on(GetUserIdCommand).resolves({ UserId: USER_ID, IdentityStoreId: 'd-1234567890' })
    store
      .on(DescribeUserCommand)
      .resolves({ UserId: USER_ID, UserName: 'alice', IdentityStoreId: 'd' })
  }

  it('reports a denied read as not checked, naming the read-only policy', async () => {
    store.on(GetUserIdCommand).rejects(denied())
    const found = await writer().discover(who, { kind: 'departure' })
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(/AccessDeniedException.*read-only policy in docs\/aws-sso.md/)
  })

  it('takes "user not found" for no account, but a missing identity store for an error', async () => {
    store.on(GetUserIdCommand).rejects(storeNotFound('USER'))
    expect((await writer().discover(who, { kind: 'departure' })).status).toBe('no_account')
    store.on(GetUserIdCommand).rejects(storeNotFound('IDENTITY_STORE'))
    const found = await writer().discover(who, { kind: 'departure' })
    expect(found.status).toBe('not_checked')
  })

  it('records a membership list that was throttled as unread, and still plans the rest', async () => {
    alice()
    store.on(ListGroupMembershipsForMemberCommand).rejects(throttled())
    admin.on(ListAccountAssignmentsForPrincipalCommand).resolves({
      AccountAssignments: [
        { AccountId: '111122223333', PermissionSetArn: PS, PrincipalType: 'USER' }
      ]
    })
    admin.on(DescribePermissionSetCommand).resolves({ PermissionSet: { Name: 'Deploy' } })
    const w = writer()
    const found = await w.discover(who, { kind: 'departure' })
    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([
      {
        what: 'group memberships',
        error: expect.stringMatching(/ThrottlingException.*rerun later/)
      }
    ])
    expect(
      w
        .planSteps(found, { kind: 'departure' })
        .steps.map(s => s.action)
        .sort()
    ).toEqual(['delete_user', 'deny_sessions', 'remove_account_assignment'])
  })

  it('finds a renamed user by the id the log knows', async () => {
    store.on(GetUserIdCommand).rejects(storeNotFound('USER'))
    store
      .on(DescribeUserCommand)
      .resolves({ UserId: USER_ID, UserName: 'alice.l', IdentityStoreId: 'd' })
    store.on(ListGroupMembershipsForMemberCommand).resolves({ GroupMemberships: [] })
    admin.on(ListAccountAssignmentsForPrincipalCommand).resolves({ AccountAssignments: [] })
    const found = await writer().discover({ ...who, knownIds: [USER_ID] }, { kind: 'departure' })
    expect(found.account).toEqual({ id: USER_ID, display: 'alice.l' })
    expect(found.notes[0]).toMatch(/now named alice.l/)
  })

  it('does not use a user found by email whom another person declares', async () => {
    store.on(ListUsersCommand).resolves({
      Users: [
        { UserId: USER_ID, UserName: 'bob', IdentityStoreId: 'd', Emails: [{ Value: who.email }] }
      ]
    })
    const found = await writer().discover(
      { ...who, account: undefined, claims: new Map([['bob', ['bob']]]) },
      { kind: 'departure' }
    )
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(/answered bob, which bob declares/)
  })

  it('reads nothing for a reduction that removes no Identity Center grant', async () => {
    const found = await writer().discover(who, { kind: 'reduction', remove: [] })
    expect(found).toMatchObject({ status: 'checked', holdings: [] })
    expect(store.calls()).toHaveLength(0)
  })
})

describe('stale session denies', () => {
  const old = new Date(START - 14 * 3_600_000)
  const recent = new Date(START - 2 * 3_600_000)
  const other = 'cccccccc-cccc-cccc-cccc-cccccccccccc'

  it('reports denies older than the longest session whose user cannot use the set', async () => {
    const policy = withDeny(withDeny(withDeny('', USER_ID, old), other, recent), 'kept', old)
    admin.on(ListPermissionSetsCommand).resolves({ PermissionSets: [PS] })
    admin.on(DescribePermissionSetCommand).resolves({ PermissionSet: { Name: 'Deploy' } })
    admin.on(GetInlinePolicyForPermissionSetCommand).resolves({ InlinePolicy: policy })
    // alice is gone; `kept` still holds the set through a group.
    store.on(DescribeUserCommand, { UserId: USER_ID }).rejects(storeNotFound('USER'))
    store
      .on(DescribeUserCommand, { UserId: 'kept' })
      .resolves({ UserId: 'kept', UserName: 'kept', IdentityStoreId: 'd' })
    store.on(ListGroupMembershipsForMemberCommand).resolves({
      GroupMemberships: [{ MembershipId: 'm', GroupId: 'g', IdentityStoreId: 'd' }]
    })
    store
      .on(DescribeGroupCommand)
      .resolves({ GroupId: 'g', DisplayName: 'ops', IdentityStoreId: 'd' })
    admin
      .on(ListAccountAssignmentsForPrincipalCommand, { PrincipalType: 'USER' })
      .resolves({ AccountAssignments: [] })
    admin.on(ListAccountAssignmentsForPrincipalCommand, { PrincipalType: 'GROUP' }).resolves({
      AccountAssignments: [{ AccountId: '111122223333', PermissionSetArn: PS }]
    })
    expect(await reader().staleSessionDenies(new Date(START))).toEqual([
      expect.objectContaining({ userId: USER_ID, permissionSet: 'Deploy', hours: 14 })
    ])
    // As the audit reports them: the deleted user by its id.
    expect(await reader().leftovers!(new Date(START))).toEqual([
      {
        kind: 'stale_session_deny',
        account: USER_ID,
        target: 'session_deny Deploy',
        detail: expect.stringMatching(
          /^the session deny OffboardSessionDeny\w+ in permission set Deploy was put 14 hours ago for user .+, since deleted: .*provision the set again/
        )
      }
    ])
  })
})

describe('stillWaiting', () => {
  it('sees a manual disable done once Identity Store shows the user disabled', async () => {
    store.on(GetUserIdCommand).resolves({ UserId: USER_ID, IdentityStoreId: 'd' })
    store.on(DescribeUserCommand).resolves({
      UserId: USER_ID,
      UserName: 'alice',
      IdentityStoreId: 'd',
      UserStatus: 'DISABLED'
    })
    const waiting = {
      person: 'alice',
      platform: 'aws_sso',
      action: 'disable_user',
      target: 'alice',
      at: ''
    }
    const [check] = await reader().stillWaiting!([waiting])
    expect(check).toMatchObject({ pending: false, detail: 'disabled' })
  })
})

/** alice in group g (ops), with a direct assignment and one through the group. */
function aliceHolds() {
  store.on(GetUserIdCommand).resolves({ UserId: USER_ID, IdentityStoreId: 'd' })
  store
    .on(DescribeUserCommand)
    .resolves({ UserId: USER_ID, UserName: 'alice', IdentityStoreId: 'd' })
  store.on(ListUsersCommand).resolves({
    Users: [
      { UserId: USER_ID, UserName: 'alice', IdentityStoreId: 'd', Emails: [{ Value: who.email }] }
    ]
  })
  store.on(ListGroupMembershipsForMemberCommand).resolves({
    GroupMemberships: [{ MembershipId: 'm', GroupId: 'g', IdentityStoreId: 'd' }]
  })
  store
    .on(DescribeGroupCommand)
    .resolves({ GroupId: 'g', DisplayName: 'ops', IdentityStoreId: 'd' })
  const assignment = { AccountId: '111122223333', PermissionSetArn: PS }
  admin.on(ListAccountAssignmentsForPrincipalCommand).resolves({ AccountAssignments: [assignment] })
  admin.on(DescribePermissionSetCommand).resolves({ PermissionSet: { Name: 'Deploy' } })
  store
    .on(ListGroupsCommand)
    .resolves({ Groups: [{ GroupId: 'g', DisplayName: 'ops', IdentityStoreId: 'd' }] })
  store.on(ListGroupMembershipsCommand).resolves({
    GroupMemberships: [
      { MembershipId: 'm', GroupId: 'g', MemberId: { UserId: USER_ID }, IdentityStoreId: 'd' }
    ]
  })
  admin.on(ListPermissionSetsCommand).resolves({ PermissionSets: [PS] })
  admin
    .on(ListAccountsForProvisionedPermissionSetCommand)
    .resolves({ AccountIds: ['111122223333'] })
  admin.on(ListAccountAssignmentsCommand).resolves({
    AccountAssignments: [{ ...assignment, PrincipalType: 'USER', PrincipalId: USER_ID }]
  })
}

describe('every secondary read failing in turn', () => {
  const rows: [string, () => void, string][] = [
    [
      'ListGroupMembershipsForMember',
      () => store.on(ListGroupMembershipsForMemberCommand).rejects(denied()),
      'group memberships'
    ],
    [
      'ListAccountAssignmentsForPrincipal (USER)',
      () =>
        admin
          .on(ListAccountAssignmentsForPrincipalCommand, { PrincipalType: 'USER' })
          .rejects(denied()),
      'direct account assignments'
    ],
    [
      'ListAccountAssignmentsForPrincipal (GROUP)',
      () =>
        admin
          .on(ListAccountAssignmentsForPrincipalCommand, { PrincipalType: 'GROUP' })
          .rejects(denied()),
      'account assignments of group g'
    ],
    [
      'DescribeGroup',
      () => store.on(DescribeGroupCommand).rejects(denied()),
      'the name of group g'
    ],
    [
      'DescribePermissionSet',
      () => admin.on(DescribePermissionSetCommand).rejects(denied()),
      `the name of permission set ${PS}`
    ]
  ]
  it.each(rows)('%s: recorded as unread, the rest still found', async (_op, fail, what) => {
    aliceHolds()
    fail()
    const found = await writer().discover(who, { kind: 'departure' })
    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([
      { what, error: expect.stringMatching(/AccessDeniedException.*read-only policy/) }
    ])
    expect(found.holdings.length).toBeGreaterThan(1)
  })

  it('lists the store once for every lookup by email of a run', async () => {
    aliceHolds()
    const r = reader()
    const bob = { ...who, person: 'bob', email: 'bob@acme.example', account: undefined }
    expect((await r.discover({ ...who, account: undefined }, { kind: 'departure' })).status).toBe(
      'checked'
    )
    expect((await r.discover(bob, { kind: 'departure' })).status).toBe('no_account')
    expect(store.commandCalls(ListUsersCommand)).toHaveLength(1)
  })

  it('a failed email lookup is not checked, never "no account"', async () => {
    store.on(ListUsersCommand).rejects(throttled())
    const found = await writer().discover({ ...who, account: undefined }, { kind: 'departure' })
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(/ThrottlingException/)
  })
})

describe("the audit's listing", () => {
  it('lists alice with her group and direct assignment', async () => {
    aliceHolds()
    const inventory = await reader().list([])
    expect(inventory.accounts.map(a => a.grants.map(g => g.value))).toEqual([
      ['ops', '111122223333/Deploy']
    ])
  })

  const rows: [string, () => void][] = [
    ['ListUsers', () => store.on(ListUsersCommand).rejects(throttled())],
    ['ListGroups', () => store.on(ListGroupsCommand).rejects(throttled())],
    ['ListGroupMemberships', () => store.on(ListGroupMembershipsCommand).rejects(throttled())],
    ['ListPermissionSets', () => admin.on(ListPermissionSetsCommand).rejects(throttled())],
    ['DescribePermissionSet', () => admin.on(DescribePermissionSetCommand).rejects(throttled())],
    [
      'ListAccountsForProvisionedPermissionSet',
      () => admin.on(ListAccountsForProvisionedPermissionSetCommand).rejects(throttled())
    ],
    ['ListAccountAssignments', () => admin.on(ListAccountAssignmentsCommand).rejects(throttled())]
  ]
  it.each(rows)('%s failing: not checked, never clean', async (_op, fail) => {
    aliceHolds()
    fail()
    const inventory = await reader().list([])
    expect(inventory).toMatchObject({ status: 'not_checked', accounts: [] })
    expect(inventory.reason).toMatch(/could not list Identity Center: .*ThrottlingException/)
  })

  it('stale session denies that cannot be read make the call fail', async () => {
    aliceHolds()
    admin.on(GetInlinePolicyForPermissionSetCommand).rejects(denied())
    await expect(reader().staleSessionDenies()).rejects.toThrow(/AccessDeniedException/)
    await expect(reader().leftovers!(new Date(START))).rejects.toThrow(
      /could not read the session denies: AccessDeniedException/
    )
  })
})
