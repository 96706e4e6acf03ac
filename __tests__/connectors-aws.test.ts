// The AWS IAM connector with the SDK mocked: the calls moto does not implement or does not
// refuse (service-specific credentials, permissions boundaries, DeleteUser conflicts), the
// order of calls, and the audit listing's request budget.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteConflictException,
  DeleteLoginProfileCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachUserPolicyCommand,
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountAuthorizationDetailsCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  IAMServiceException,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListServiceSpecificCredentialsCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  NoSuchEntityException,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UpdateServiceSpecificCredentialCommand,
  UpdateSigningCertificateCommand,
  UpdateSSHPublicKeyCommand,
  type User
} from '@aws-sdk/client-iam'
import { aws } from '../src/connectors/aws/connector.js'
import { planDepth, runSteps } from '../src/graph.js'
import type { ConnectorContext, Discovery, Grant, Step } from '../src/connectors/connector.js'
import type { AwsConfig } from '../src/declarations/types.js'
import { connectorContext, planWith } from './support/connectors.js'
import { awsConfig } from './support/declarations.js'

const iam = mockClient(IAMClient)
beforeEach(() => {
  iam.reset()
})

const USER = 'alice'
const ACCOUNT = '123456789012'
const KEY_ACTIVE = 'AKIAIOSFODNN7EXAMPLE'
const KEY_INACTIVE = 'AKIAI44QH8DHBEXAMPL2'
const VIRTUAL_MFA = `arn:aws:iam::${ACCOUNT}:mfa/alice-phone`
const HARDWARE_MFA = 'GAHT12345678'
const CERT = 'TA7SMP42TDN5Z26OBPJE7EXAMPLE'
const SSH = 'APKAEIBAERJR2EXAMPLE'
const SERVICE_CRED = 'ACCAQWERTYUIOPASDFGH'
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/boundary`
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const FULL_IDS = [KEY_ACTIVE, KEY_INACTIVE, CERT, SSH, SERVICE_CRED]

function context(config: Partial<AwsConfig> = {}): ConnectorContext {
  const { ctx } = connectorContext(
    { aws: awsConfig(config) },
    { AWS_ACCESS_KEY_ID: 'AKIDTESTING', AWS_SECRET_ACCESS_KEY: 'not-a-secret' }
  )
  return { ...ctx, change: { base: 'a'.repeat(40), head: 'b'.repeat(40) } }
}

const who = { person: 'alice', name: 'Alice', email: 'alice@example.test', account: USER }
const date = new Date('2026-01-05T10:00:00Z')

const aliceUser = (extra: Partial<User> = {}): User => ({
  UserName: USER,
  UserId: 'AIDAEXAMPLE',
  Path: '/',
  Arn: `arn:aws:iam::${ACCOUNT}:user/${USER}`,
  CreateDate: date,
  ...extra
})

/** alice as IAM would list her: every kind of credential and attachment. */
function mockAlice() {
  iam.on(GetUserCommand).resolves({
    User: aliceUser({
      PermissionsBoundary: {
        PermissionsBoundaryArn: BOUNDARY,
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy'
      },
      Tags: [{ Key: 'team', Value: 'backend' }]
    })
  })
  iam.on(ListAccessKeysCommand).resolves({
    AccessKeyMetadata: [
      { UserName: USER, AccessKeyId: KEY_ACTIVE, Status: 'Active', CreateDate: date },
      { UserName: USER, AccessKeyId: KEY_INACTIVE, Status: 'Inactive', CreateDate: date }
    ]
  })
  iam.on(GetAccessKeyLastUsedCommand).resolves({
    AccessKeyLastUsed: { LastUsedDate: date, ServiceName: 's3', Region: 'us-east-1' }
  })
  iam.on(GetLoginProfileCommand).resolves({ LoginProfile: { UserName: USER, CreateDate: date } })
  iam.on(ListMFADevicesCommand).resolves({
    MFADevices: [
      { UserName: USER, SerialNumber: VIRTUAL_MFA, EnableDate: date },
      { UserName: USER, SerialNumber: HARDWARE_MFA, EnableDate: date }
    ]
  })
  iam.on(ListSigningCertificatesCommand).resolves({
    Certificates: [
      {
        UserName: USER,
        CertificateId: CERT,
        CertificateBody: 'x',
        Status: 'Active',
        UploadDate: date
      }
    ]
  })
  iam.on(ListSSHPublicKeysCommand).resolves({
    SSHPublicKeys: [{ UserName: USER, SSHPublicKeyId: SSH, Status: 'Active', UploadDate: date }]
  })
  iam.on(ListServiceSpecificCredentialsCommand).resolves({
    ServiceSpecificCredentials: [
      {
        UserName: USER,
        ServiceSpecificCredentialId: SERVICE_CRED,
        ServiceName: 'codecommit.amazonaws.com',
        ServiceUserName: 'alice-at-123',
        Status: 'Active',
        CreateDate: date
      }
    ]
  })
  iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: ['personal'] })
  iam.on(ListAttachedUserPoliciesCommand).resolves({
    AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY }]
  })
  iam.on(ListGroupsForUserCommand).resolves({
    Groups: [
      {
        GroupName: 'developers',
        GroupId: 'AGPA1',
        Path: '/',
        Arn: `arn:aws:iam::${ACCOUNT}:group/developers`,
        CreateDate: date
      }
    ]
  })
}

/** Every write, recorded when it starts and when it ends, each taking a random short time. */
function recordWrites(): string[] {
  const events: string[] = []
  const writes = {
    PutUserPolicy: PutUserPolicyCommand,
    TagUser: TagUserCommand,
    UpdateAccessKey: UpdateAccessKeyCommand,
    DeleteAccessKey: DeleteAccessKeyCommand,
    UpdateSigningCertificate: UpdateSigningCertificateCommand,
    DeleteSigningCertificate: DeleteSigningCertificateCommand,
    UpdateSSHPublicKey: UpdateSSHPublicKeyCommand,
    DeleteSSHPublicKey: DeleteSSHPublicKeyCommand,
    UpdateServiceSpecificCredential: UpdateServiceSpecificCredentialCommand,
    DeleteServiceSpecificCredential: DeleteServiceSpecificCredentialCommand,
    DeleteLoginProfile: DeleteLoginProfileCommand,
    DeactivateMFADevice: DeactivateMFADeviceCommand,
    DeleteVirtualMFADevice: DeleteVirtualMFADeviceCommand,
    DeleteUserPolicy: DeleteUserPolicyCommand,
    DetachUserPolicy: DetachUserPolicyCommand,
    RemoveUserFromGroup: RemoveUserFromGroupCommand,
    DeleteUserPermissionsBoundary: DeleteUserPermissionsBoundaryCommand,
    DeleteUser: DeleteUserCommand
  }
  for (const [name, Command] of Object.entries(writes))
    iam.on(Command as typeof DeleteUserCommand).callsFake(async (input: Record<string, string>) => {
      const what = [
        name,
        input.AccessKeyId ??
          input.CertificateId ??
          input.SSHPublicKeyId ??
          input.ServiceSpecificCredentialId ??
          input.SerialNumber ??
          input.PolicyName ??
          ''
      ]
        .join(' ')
        .trim()
      events.push(`start ${what}`)
      await new Promise(r => setTimeout(r, Math.random() * 15))
      events.push(`end ${what}`)
      return {}
    })
  return events
}

async function departurePlan(ctx: ConnectorContext) {
  const writer = aws.writer(ctx)
  return { writer, ...(await planWith(writer, who, { kind: 'departure' })) }
}

describe('AWS IAM discover', () => {
  it('finds every credential and attachment, showing key ids only shortened', async () => {
    mockAlice()
    const found = await aws.reader(context()).discover(who, { kind: 'departure' })
    expect(found.status).toBe('checked')
    // The UserId survives a rename; the ARN names the AWS account in messages.
    expect(found.account).toEqual({
      id: 'AIDAEXAMPLE',
      display: 'alice',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`
    })
    expect(found.holdings.map(h => `${h.kind} ${h.label}`).sort()).toEqual([
      'access_key access key AKIA...MPL2 (inactive, created 2026-01-05, last used 2026-01-05)',
      'access_key access key AKIA...MPLE (active, created 2026-01-05, last used 2026-01-05)',
      'group group developers',
      'inline_policy inline policy personal',
      'login_profile console password (set 2026-01-05)',
      `managed_policy managed policy ${READ_ONLY}`,
      'mfa_device MFA device GAHT12345678 (hardware or FIDO)',
      'mfa_device MFA device alice-phone (virtual)',
      `permissions_boundary permissions boundary ${BOUNDARY}`,
      'service_credential codecommit.amazonaws.com credential ACCA...DFGH (active)',
      'signing_certificate signing certificate ...MPLE (active)',
      'ssh_public_key SSH public key APKA...MPLE (active)',
      'tag tag team=backend'
    ])
  })

  it('reads only groups and managed policies for a reduction', async () => {
    mockAlice()
    const found = await aws.reader(context()).discover(who, {
      kind: 'reduction',
      remove: []
    })
    expect(new Set(found.holdings.map(h => h.kind))).toEqual(new Set(['group', 'managed_policy']))
    expect(iam.commandCalls(ListAccessKeysCommand)).toHaveLength(0)
  })

  it('reports a missing user as no account, and an unreadable one as not checked', async () => {
    mockAlice()
    iam
      .on(GetUserCommand)
      .rejects(new NoSuchEntityException({ message: 'no such user', $metadata: {} }))
    const missing = await aws.reader(context()).discover(who, { kind: 'departure' })
    expect(missing.status).toBe('no_account')

    iam.on(GetUserCommand).rejects(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'not authorized to perform iam:GetUser',
        $metadata: {}
      })
    )
    const denied = await aws.reader(context()).discover(who, { kind: 'departure' })
    expect(denied.status).toBe('not_checked')
    expect(denied.reason).toMatch(/AccessDenied.*docs\/aws\.md/)
  })

  it('a departure whose user is gone finds it renamed by the UserId the log knows', async () => {
    mockAlice()
    const gone = new NoSuchEntityException({ message: 'no such user', $metadata: {} })
    iam.on(GetUserCommand, { UserName: USER }).rejects(gone)
    iam
      .on(GetUserCommand, { UserName: 'alice.liddell' })
      .resolves({ User: aliceUser({ UserName: 'alice.liddell' }) })
    iam.on(ListUsersCommand).resolves({
      Users: [
        aliceUser({ UserName: 'bob', UserId: 'AIDABOB' }),
        aliceUser({ UserName: 'alice.liddell' })
      ]
    })
    const renamed = { ...who, knownIds: ['AIDAEXAMPLE'], claims: new Map() }
    const { found, plan } = await planWith(aws.reader(context()), renamed, { kind: 'departure' })
    expect(found).toMatchObject({
      status: 'checked',
      account: { id: 'AIDAEXAMPLE', display: 'alice.liddell' }
    })
    expect(found.notes[0]).toBe(
      "renamed: IAM user alice is not found, but the account the revocation log knows as alice's (id AIDAEXAMPLE) is now named alice.liddell; the same account is revoked under its new name (update accounts.aws in people/alice.yaml)"
    )
    expect(plan.steps.find(s => s.action === 'delete_user')?.params.user).toBe('alice.liddell')

    // Declared by someone else under the new name: nothing is touched.
    const claimed = await aws
      .reader(context())
      .discover(
        { ...renamed, claims: new Map([['alice.liddell', ['carol']]]) },
        { kind: 'departure' }
      )
    expect(claimed.status).toBe('not_checked')
    expect(claimed.reason).toMatch(/now named alice\.liddell, which carol declares/)

    // Without an id the log knows: no account, as before, and no listing.
    iam.resetHistory()
    const unknown = await aws.reader(context()).discover(who, { kind: 'departure' })
    expect(unknown.status).toBe('no_account')
    expect(iam.commandCalls(ListUsersCommand)).toHaveLength(0)
  })

  const denied = (action: string) =>
    new IAMServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: `not authorized to perform iam:${action}`,
      $metadata: {}
    })

  it.each([
    ['access keys', ListAccessKeysCommand, 'access_key'],
    ['console password', GetLoginProfileCommand, 'login_profile'],
    ['MFA devices', ListMFADevicesCommand, 'mfa_device'],
    ['signing certificates', ListSigningCertificatesCommand, 'signing_certificate'],
    ['SSH public keys', ListSSHPublicKeysCommand, 'ssh_public_key'],
    ['service-specific credentials', ListServiceSpecificCredentialsCommand, 'service_credential'],
    ['inline policies', ListUserPoliciesCommand, 'inline_policy'],
    ['attached managed policies', ListAttachedUserPoliciesCommand, 'managed_policy'],
    ['groups', ListGroupsForUserCommand, 'group']
  ] as const)(
    'a listing of %s that fails is unread, never "none", and the rest is still planned',
    async (what, command, kind) => {
      mockAlice()
      // The commands differ in type; the mock takes any of them.
      iam
        .on(command as typeof ListAccessKeysCommand)
        .rejects(denied(command.name.replace(/Command$/, '')))
      const reader = aws.reader(context())
      const found = await reader.discover(who, { kind: 'departure' })
      expect(found.status).toBe('checked')
      expect(found.unread).toEqual([
        {
          what,
          error: expect.stringMatching(
            /^AccessDenied: not authorized to perform iam:\w+ \(the role needs the read-only policy in docs\/aws\.md\)$/
          )
        }
      ])
      expect(found.holdings.some(h => h.kind === kind)).toBe(false)
      // Containment still happens: sessions denied and every credential found revoked.
      const actions = reader.planSteps(found, { kind: 'departure' }).steps.map(s => s.action)
      expect(actions).toEqual(expect.arrayContaining(['revoke_sessions', 'delete_user']))
      expect(actions.length).toBeGreaterThan(8)
    }
  )

  it('a deny-all policy whose document cannot be read counts as not intact: put again', async () => {
    mockAlice()
    iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: ['offboard-deny-all'] })
    iam.on(GetUserPolicyCommand).rejects(denied('GetUserPolicy'))
    const reader = aws.reader(context({ on_departure: 'disable' }))
    const found = await reader.discover(who, { kind: 'departure' })
    expect(found.unread?.map(u => u.what)).toEqual(['inline policy offboard-deny-all'])
    const actions = reader.planSteps(found, { kind: 'departure' }).steps.map(s => s.action)
    expect(actions).toContain('put_deny_all_policy')
  })

  it('a key whose last use cannot be read is still revoked; the read is unread', async () => {
    mockAlice()
    iam.on(GetAccessKeyLastUsedCommand).rejects(denied('GetAccessKeyLastUsed'))
    const reader = aws.reader(context())
    const found = await reader.discover(who, { kind: 'departure' })
    expect(found.unread?.map(u => u.what).sort()).toEqual([
      'last use of access key AKIA...MPL2',
      'last use of access key AKIA...MPLE'
    ])
    const keys = found.holdings.filter(h => h.kind === 'access_key')
    expect(keys.map(k => k.label)).toEqual([
      'access key AKIA...MPLE (active, created 2026-01-05, last use unknown)',
      'access key AKIA...MPL2 (inactive, created 2026-01-05, last use unknown)'
    ])
    const actions = reader.planSteps(found, { kind: 'departure' }).steps.map(s => s.action)
    expect(actions.filter(a => a === 'delete_access_key')).toHaveLength(2)
  })
})

describe('AWS IAM departure, delete', () => {
  it('contains first, removes every credential before DeleteUser, in a shallow graph', async () => {
    mockAlice()
    const events = recordWrites()
    const { writer, plan } = await departurePlan(context())
    const outcomes = await runSteps(plan.steps, s => writer.perform(s))
    expect([...outcomes.values()].every(o => o.result === 'revoked')).toBe(true)

    const start = (what: string) => events.indexOf(`start ${what}`)
    const end = (what: string) => events.indexOf(`end ${what}`)
    const deleteUser = start('DeleteUser')
    expect(deleteUser).toBe(events.length - 2)
    for (const removal of [
      `DeleteAccessKey ${KEY_ACTIVE}`,
      `DeleteAccessKey ${KEY_INACTIVE}`,
      `DeleteSigningCertificate ${CERT}`,
      `DeleteSSHPublicKey ${SSH}`,
      `DeleteServiceSpecificCredential ${SERVICE_CRED}`,
      'DeleteLoginProfile',
      `DeactivateMFADevice ${HARDWARE_MFA}`,
      `DeleteVirtualMFADevice ${VIRTUAL_MFA}`,
      'DeleteUserPolicy personal',
      'DeleteUserPolicy offboard-revoke-sessions',
      'DetachUserPolicy',
      'RemoveUserFromGroup',
      'DeleteUserPermissionsBoundary'
    ]) {
      expect(end(removal)).toBeGreaterThanOrEqual(0)
      expect(end(removal)).toBeLessThan(deleteUser)
    }
    // Deactivated (stops working at once) before deleted; MFA unassigned before deleted.
    for (const [off, del] of [
      [`UpdateAccessKey ${KEY_ACTIVE}`, `DeleteAccessKey ${KEY_ACTIVE}`],
      [`UpdateSigningCertificate ${CERT}`, `DeleteSigningCertificate ${CERT}`],
      [`UpdateSSHPublicKey ${SSH}`, `DeleteSSHPublicKey ${SSH}`],
      [
        `UpdateServiceSpecificCredential ${SERVICE_CRED}`,
        `DeleteServiceSpecificCredential ${SERVICE_CRED}`
      ],
      [`DeactivateMFADevice ${VIRTUAL_MFA}`, `DeleteVirtualMFADevice ${VIRTUAL_MFA}`]
    ])
      expect(end(off!)).toBeLessThan(start(del!))
    expect(start(`UpdateAccessKey ${KEY_INACTIVE}`)).toBe(-1)
    expect(start(`DeleteVirtualMFADevice ${HARDWARE_MFA}`)).toBe(-1)
    // The session-revoking policy holds until every credential is deleted.
    const policyGone = start('DeleteUserPolicy offboard-revoke-sessions')
    expect(end('PutUserPolicy offboard-revoke-sessions')).toBeLessThan(policyGone)
    for (const id of FULL_IDS) expect(end(`Delete${kindOf(id)} ${id}`)).toBeLessThan(policyGone)

    // Independent calls run together: every first-level call starts before any ends.
    const firstLevel = plan.steps.filter(s => s.after.length === 0).length
    expect(events.findIndex(e => e.startsWith('end'))).toBe(firstLevel)
    expect(planDepth(plan.steps)).toBe(4)
  })

  it('names targets with shortened ids and never puts a full key id in a target', async () => {
    mockAlice()
    const { plan } = await departurePlan(context())
    const targets = plan.steps.map(s => `${s.action} ${s.target}`)
    expect(targets).toEqual(
      expect.arrayContaining([
        'deactivate_access_key alice/AKIA...MPLE',
        'delete_access_key alice/AKIA...MPL2',
        'delete_service_credential alice/ACCA...DFGH',
        'delete_mfa_device alice/alice-phone',
        'delete_permissions_boundary alice/' + BOUNDARY,
        'delete_user alice'
      ])
    )
    for (const step of plan.steps) {
      for (const id of FULL_IDS) expect(step.target + step.id + step.reason).not.toContain(id)
      expect(step.id).toBe(`aws/alice/${step.action}/${step.target}`)
    }
    expect(new Set(plan.steps.map(s => s.id)).size).toBe(plan.steps.length)
  })

  it('without revoke_sessions skips the session policy and is one level shallower', async () => {
    mockAlice()
    const { plan } = await departurePlan(context({ revoke_sessions: false }))
    expect(plan.steps.map(s => s.action)).not.toContain('revoke_sessions')
    expect(plan.steps.filter(s => s.action === 'delete_inline_policy')).toHaveLength(1)
    expect(planDepth(plan.steps)).toBe(3)
  })

  it('writes a session policy that denies only tokens issued before now', async () => {
    mockAlice()
    recordWrites()
    const { writer, plan } = await departurePlan(context())
    const before = Date.now()
    await writer.perform(plan.steps.find(s => s.action === 'revoke_sessions')!)
    const put = iam.commandCalls(PutUserPolicyCommand)[0]!.args[0].input
    expect(put.PolicyName).toBe('offboard-revoke-sessions')
    const statement = JSON.parse(put.PolicyDocument!).Statement[0]
    expect(statement).toMatchObject({ Effect: 'Deny', Action: '*', Resource: '*' })
    const issued = Date.parse(statement.Condition.DateLessThan['aws:TokenIssueTime'])
    expect(issued).toBeGreaterThanOrEqual(before)
    expect(issued).toBeLessThanOrEqual(Date.now())
  })
})

function kindOf(id: string): string {
  if (id.startsWith('AKIA')) return 'AccessKey'
  if (id.startsWith('APKA')) return 'SSHPublicKey'
  if (id.startsWith('ACCA')) return 'ServiceSpecificCredential'
  return 'SigningCertificate'
}

describe('AWS IAM perform', () => {
  const step = (action: string, id?: string): Step => ({
    id: `aws/alice/${action}/x`,
    platform: 'aws',
    person: 'alice',
    action,
    target: 'alice/x',
    reason: 'test',
    after: [],
    mode: 'auto',
    params: { user: USER, account: ACCOUNT, ...(id ? { id } : {}) }
  })

  it('answers already_absent when IAM no longer has the thing', async () => {
    iam
      .on(DeleteAccessKeyCommand)
      .rejects(new NoSuchEntityException({ message: 'gone', $metadata: {} }))
    const writer = aws.writer(context())
    const outcome = await writer.perform(step('delete_access_key', KEY_ACTIVE))
    expect(outcome).toEqual({ result: 'already_absent', detail: '' })
  })

  it('fails with the account, the target and a hint when access is denied', async () => {
    iam.on(DetachUserPolicyCommand).rejects(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'not authorized to perform iam:DetachUserPolicy',
        $metadata: {}
      })
    )
    const writer = aws.writer(context())
    const outcome = await writer.perform(step('detach_managed_policy', READ_ONLY))
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toContain(`account ${ACCOUNT}`)
    expect(outcome.detail).toContain('detach_managed_policy alice/x')
    expect(outcome.detail).toContain('write policy in docs/aws.md')
  })

  it('on DeleteConflict removes what is left and retries DeleteUser once', async () => {
    mockAlice()
    iam.on(ListAccessKeysCommand).resolves({
      AccessKeyMetadata: [{ UserName: USER, AccessKeyId: KEY_ACTIVE, Status: 'Active' }]
    })
    for (const empty of [
      ListMFADevicesCommand,
      ListSigningCertificatesCommand,
      ListSSHPublicKeysCommand,
      ListServiceSpecificCredentialsCommand,
      ListAttachedUserPoliciesCommand,
      ListGroupsForUserCommand
    ])
      iam.on(empty as typeof ListMFADevicesCommand).resolves({})
    iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: [] })
    iam.on(GetUserCommand).resolves({ User: aliceUser() })
    iam
      .on(GetLoginProfileCommand)
      .rejects(new NoSuchEntityException({ message: 'none', $metadata: {} }))
    const events = recordWrites()
    iam
      .on(DeleteUserCommand)
      .rejectsOnce(
        new DeleteConflictException({ message: 'must delete keys first', $metadata: {} })
      )
      .resolves({})
    const writer = aws.writer(context())
    const outcome = await writer.perform(step('delete_user'))

    expect(outcome.result).toBe('revoked')
    expect(outcome.detail).toMatch(/^removed leftovers first: access key AKIA\.\.\.MPLE/)
    expect(outcome.detail).not.toContain(KEY_ACTIVE)
    expect(events).toEqual([
      `start UpdateAccessKey ${KEY_ACTIVE}`,
      `end UpdateAccessKey ${KEY_ACTIVE}`,
      `start DeleteAccessKey ${KEY_ACTIVE}`,
      `end DeleteAccessKey ${KEY_ACTIVE}`
    ])
    expect(iam.commandCalls(DeleteUserCommand)).toHaveLength(2)
  })

  it('fails naming the leftovers when DeleteUser conflicts again', async () => {
    mockAlice()
    recordWrites()
    iam
      .on(DeleteUserCommand)
      .rejects(new DeleteConflictException({ message: 'still attached', $metadata: {} }))
    const writer = aws.writer(context())
    const outcome = await writer.perform(step('delete_user'))
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toContain('DeleteConflict')
    expect(outcome.detail).toContain('access key AKIA...MPLE')
    expect(outcome.detail).toContain('group developers')
    for (const id of FULL_IDS) expect(outcome.detail).not.toContain(id)
    expect(iam.commandCalls(DeleteUserCommand)).toHaveLength(2)
  })
})

describe('AWS IAM plans', () => {
  const found = (holdings: Discovery['holdings']): Discovery => ({
    platform: 'aws',
    person: 'alice',
    status: 'checked',
    account: { id: 'AIDAEXAMPLE', display: 'alice', arn: `arn:aws:iam::${ACCOUNT}:user/alice` },
    holdings,
    notes: []
  })

  it('refuses a protected user and plans nothing for it, departure or reduction', () => {
    const reader = aws.reader(context({ protected: ['Alice'] }))
    const holdings = found([
      { kind: 'group', id: 'developers', label: '' },
      { kind: 'access_key', id: KEY_ACTIVE, label: '', details: { active: true } }
    ])
    const reduction: Grant[] = [{ platform: 'aws', kind: 'aws_group', value: 'developers' }]
    for (const scope of [
      { kind: 'departure' as const },
      { kind: 'reduction' as const, remove: reduction }
    ]) {
      const plan = reader.planSteps(holdings, scope)
      expect(plan.steps).toEqual([])
      expect(plan.refused).toEqual([
        {
          platform: 'aws',
          person: 'alice',
          target: 'alice',
          reason: expect.stringContaining('protected')
        }
      ])
    }
    // The same holdings, unprotected, are revoked: the refusal is what keeps them.
    const unprotected = aws.reader(context()).planSteps(holdings, { kind: 'departure' })
    expect(unprotected.steps.map(s => s.action)).toContain('delete_user')
  })

  it('reduces only the groups and policies no longer granted, in one level', () => {
    const remove: Grant[] = [
      { platform: 'aws', kind: 'aws_group', value: 'ops' },
      { platform: 'aws', kind: 'aws_policy', value: READ_ONLY },
      { platform: 'aws', kind: 'aws_group', value: 'not-held' },
      { platform: 'github', kind: 'github_team', value: 'developers' }
    ]
    const plan = aws.reader(context()).planSteps(
      found([
        { kind: 'group', id: 'ops', label: '' },
        { kind: 'group', id: 'developers', label: '' },
        { kind: 'managed_policy', id: READ_ONLY, label: '' },
        { kind: 'access_key', id: KEY_ACTIVE, label: '', details: { active: true } }
      ]),
      { kind: 'reduction', remove }
    )
    expect(plan.steps.map(s => `${s.action} ${s.target}`)).toEqual([
      'remove_from_group alice/ops',
      `detach_managed_policy alice/${READ_ONLY}`
    ])
    expect(planDepth(plan.steps)).toBe(1)
  })

  it('disable keeps the user, puts a deny-all policy and tags, two levels deep', () => {
    const plan = aws.reader(context({ on_departure: 'disable' })).planSteps(
      found([
        { kind: 'access_key', id: KEY_ACTIVE, label: '', details: { active: true } },
        { kind: 'inline_policy', id: 'personal', label: '' }
      ]),
      { kind: 'departure' }
    )
    expect(plan.steps.map(s => s.action).sort()).toEqual([
      'deactivate_access_key',
      'delete_access_key',
      'delete_inline_policy',
      'put_deny_all_policy',
      'tag_user'
    ])
    expect(planDepth(plan.steps)).toBe(2)
  })

  it('disable re-puts a deny-all policy whose document was edited', () => {
    const reader = aws.reader(context({ on_departure: 'disable' }))
    const tagged = { kind: 'tag', id: 'offboard:offboarded-at', label: '' }
    const policy = (intact: boolean) => ({
      kind: 'inline_policy',
      id: 'offboard-deny-all',
      label: '',
      details: { intact }
    })
    const actions = (intact: boolean) =>
      reader
        .planSteps(found([tagged, policy(intact)]), { kind: 'departure' })
        .steps.map(s => s.action)
    expect(actions(true)).toEqual([])
    expect(actions(false)).toEqual(['put_deny_all_policy'])
  })

  it('tags a disabled user with the time and the change', async () => {
    recordWrites()
    const ctx = {
      ...context({ on_departure: 'disable' }),
      change: { base: 'b1', head: 'h2', pr: 9 }
    }
    const writer = aws.writer(ctx)
    const plan = writer.planSteps(found([]), { kind: 'departure' })
    await writer.perform(plan.steps.find(s => s.action === 'tag_user')!)
    const tags = iam.commandCalls(TagUserCommand)[0]!.args[0].input.Tags!
    expect(tags.find(t => t.Key === 'offboard:change')?.Value).toBe('pr 9 b1..h2')
    const at = tags.find(t => t.Key === 'offboard:offboarded-at')?.Value
    expect(Date.now() - Date.parse(at!)).toBeLessThan(5000)
  })
})

describe('AWS IAM audit listing', () => {
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,' +
    'password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,' +
    'access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
    'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,' +
    'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,' +
    'cert_1_last_rotated,cert_2_active,cert_2_last_rotated'
  const row = (user: string, password: boolean, key1: [boolean, string, string] | null) =>
    [
      user,
      `arn:aws:iam::${ACCOUNT}:user/${user}`,
      daysAgo(400),
      String(password),
      password ? daysAgo(1) : 'N/A',
      password ? daysAgo(300) : 'N/A',
      'N/A',
      'false',
      key1 ? String(key1[0]) : 'false',
      key1 ? key1[1] : 'N/A',
      key1 ? key1[2] : 'N/A',
      'us-east-1',
      's3',
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A'
    ].join(',')

  function mockAccount(report: string | Error) {
    iam
      .on(GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({
        UserDetailList: [
          { UserName: 'stale', GroupList: ['developers'], AttachedManagedPolicies: [] },
          {
            UserName: 'fresh',
            GroupList: [],
            AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY }]
          }
        ],
        IsTruncated: true,
        Marker: 'page-2'
      })
      .resolvesOnce({
        UserDetailList: [
          { UserName: 'newcomer', GroupList: [] },
          { UserName: 'disabled', UserPolicyList: [{ PolicyName: 'offboard-deny-all' }] }
        ],
        IsTruncated: false
      })
    if (report instanceof Error) iam.on(GenerateCredentialReportCommand).rejects(report)
    else {
      iam
        .on(GenerateCredentialReportCommand)
        .resolvesOnce({ State: 'STARTED' })
        .resolves({ State: 'COMPLETE' })
      iam.on(GetCredentialReportCommand).resolves({
        Content: new TextEncoder().encode(report),
        ReportFormat: 'text/csv'
      })
    }
    iam.on(ListAccessKeysCommand).callsFake(async ({ UserName }: { UserName: string }) => ({
      AccessKeyMetadata: [
        {
          UserName,
          AccessKeyId: `AKIA${UserName.toUpperCase().padEnd(16, 'X')}`,
          Status: 'Active',
          CreateDate: new Date(daysAgo(200))
        }
      ]
    }))
    iam
      .on(GetAccessKeyLastUsedCommand)
      .resolves({ AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } })
    iam
      .on(GetLoginProfileCommand)
      .rejects(new NoSuchEntityException({ message: 'none', $metadata: {} }))
  }

  it('reads grants and credentials from two collections, per user only where needed', async () => {
    const report = [
      header,
      row('<root_account>', false, null),
      row('stale', false, [true, daysAgo(200), daysAgo(150)]),
      row('fresh', true, [true, daysAgo(10), daysAgo(1)]),
      row('disabled', false, null)
    ].join('\n')
    mockAccount(report)
    const inventory = await aws.reader(context()).list([])

    expect(inventory.status).toBe('checked')
    const byName = new Map(inventory.accounts.map(a => [a.account, a]))
    expect([...byName.keys()].sort()).toEqual(['disabled', 'fresh', 'newcomer', 'stale'])
    expect(byName.get('stale')!.grants).toEqual([
      { platform: 'aws', kind: 'aws_group', value: 'developers' }
    ])
    expect(byName.get('fresh')!.grants).toEqual([
      { platform: 'aws', kind: 'aws_policy', value: READ_ONLY }
    ])
    expect(byName.get('disabled')!.active).toBe(false)
    expect(byName.get('fresh')!.active).toBe(true)
    // Keys from the report keep their slot: naming them would cost a request per user.
    expect(byName.get('stale')!.credentials).toEqual([
      {
        kind: 'access_key',
        id: 'key 1',
        status: 'active',
        created: daysAgo(200).slice(0, 10),
        lastUsed: daysAgo(150).slice(0, 10)
      }
    ])
    expect(byName.get('fresh')!.credentials.map(c => `${c.kind} ${c.id} ${c.status}`)).toEqual([
      'console_password password active',
      'access_key key 1 active'
    ])
    // The user newer than the report is read one by one.
    expect(byName.get('newcomer')!.credentials).toEqual([
      {
        kind: 'access_key',
        id: 'AKIA...XXXX',
        status: 'active',
        created: daysAgo(200).slice(0, 10),
        lastUsed: null
      }
    ])
    expect(
      iam
        .commandCalls(ListAccessKeysCommand)
        .map(c => c.args[0].input.UserName)
        .sort()
    ).toEqual(['newcomer'])
    expect(inventory.notes).toEqual(['1 user(s) newer than the credential report: read one by one'])
  })

  it('falls back to per-user reads when the credential report is denied', async () => {
    mockAccount(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'not authorized to perform iam:GenerateCredentialReport',
        $metadata: {}
      })
    )
    const inventory = await aws.reader(context()).list([])
    expect(inventory.status).toBe('checked')
    expect(inventory.notes[0]).toMatch(/^credential report unavailable \(AccessDenied/)
    expect(iam.commandCalls(ListAccessKeysCommand)).toHaveLength(4)
    expect(inventory.accounts.every(a => a.credentials.length === 1)).toBe(true)
  })
})
