import { afterEach, describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachUserPolicyCommand,
  EnableMFADeviceCommand,
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountAuthorizationDetailsCommand,
  GetCredentialReportCommand,
  GetGroupCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListServiceSpecificCredentialsCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  ListVirtualMFADevicesCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateAccessKeyCommand,
  UpdateServiceSpecificCredentialCommand,
  UpdateSigningCertificateCommand,
  UpdateSSHPublicKeyCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  emptyIamState,
  joinGroup,
  newIamGroup,
  newIamUser,
  type IamSimState,
  type IamSimUser
} from '../src/sandbox/aws-iam/index.js'
import {
  CERTIFICATE_PEM,
  failure,
  holdings,
  POLICY_DOCUMENT,
  SSH_PUBLIC_KEY,
  startIam,
  type RunningIam
} from './support/sandbox-aws-iam-fixtures.js'

let running: RunningIam | undefined
afterEach(async () => {
  await running?.server.close()
  running = undefined
})

async function sandbox(state?: IamSimState, knobs = {}): Promise<IAMClient> {
  running = await startIam(state, knobs)
  return running.iam
}

/** A state with `count` users named user-00000, user-00001, ... */
function manyUsers(count: number): IamSimState {
  const state = emptyIamState()
  for (let i = 0; i < count; i++) {
    const name = `user-${String(i).padStart(5, '0')}`
    state.users.set(name, newIamUser(name))
  }
  return state
}

const ARN_READONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'

describe('IAM sandbox: users', () => {
  it('creates, reads, lists and deletes a user, with tags and a path', async () => {
    const iam = await sandbox()
    const created = await iam.send(
      new CreateUserCommand({
        UserName: 'alice',
        Path: '/staff/',
        Tags: [{ Key: 'team', Value: 'sre' }]
      })
    )
    expect(created.User).toMatchObject({
      UserName: 'alice',
      Path: '/staff/',
      Arn: 'arn:aws:iam::123456789012:user/staff/alice'
    })
    expect(created.User?.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/)
    expect(created.User?.CreateDate).toBeInstanceOf(Date)

    const got = await iam.send(new GetUserCommand({ UserName: 'alice' }))
    expect(got.User?.Tags).toEqual([{ Key: 'team', Value: 'sre' }])

    await iam.send(
      new TagUserCommand({
        UserName: 'alice',
        Tags: [
          { Key: 'TEAM', Value: 'infra' },
          { Key: 'x', Value: '1' }
        ]
      })
    )
    await iam.send(new UntagUserCommand({ UserName: 'alice', TagKeys: ['x'] }))
    const tags = await iam.send(new ListUserTagsCommand({ UserName: 'alice' }))
    // Tag keys are case-insensitive: TEAM replaced team.
    expect(tags.Tags).toEqual([{ Key: 'TEAM', Value: 'infra' }])

    const listed = await iam.send(new ListUsersCommand({ PathPrefix: '/staff/' }))
    expect(listed.Users?.map(u => u.UserName)).toEqual(['alice'])
    // ListUsers leaves tags out, as AWS does.
    expect(listed.Users?.[0].Tags).toBeUndefined()
    expect((await iam.send(new ListUsersCommand({ PathPrefix: '/other/' }))).Users).toEqual([])

    await iam.send(new DeleteUserCommand({ UserName: 'alice' }))
    expect(await failure(iam.send(new GetUserCommand({ UserName: 'alice' })))).toEqual({
      code: 'NoSuchEntity',
      status: 404,
      message: 'The user with name alice cannot be found.'
    })
  })

  it('answers AWS errors for duplicates, bad names and unknown actions', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'bob' }))
    expect(await failure(iam.send(new CreateUserCommand({ UserName: 'bob' })))).toMatchObject({
      code: 'EntityAlreadyExists',
      status: 409
    })
    expect(await failure(iam.send(new CreateUserCommand({ UserName: 'no spaces' })))).toMatchObject(
      {
        code: 'ValidationError',
        status: 400
      }
    )
    const res = await fetch(running!.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=FlyToTheMoon&Version=2010-05-08'
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/<Code>InvalidAction<\/Code>/)
  })

  it('serves a state seeded as plain data, with stable AWS-shaped ids', async () => {
    const state = emptyIamState('210987654321')
    const alice = newIamUser('alice', { path: '/staff/', createDate: '2025-05-05T00:00:00Z' })
    const devs = newIamGroup('developers')
    for (const u of [alice, newIamUser('bob')]) {
      state.users.set(u.userName, u)
      joinGroup(u, devs)
    }
    state.groups.set('developers', devs)
    expect(alice.userId).toMatch(/^AIDA[A-Z2-7]{17}$/)
    expect(newIamUser('alice').userId).toBe(alice.userId)
    expect(newIamUser('alicia').userId).not.toBe(alice.userId)

    const iam = await sandbox(state)
    const got = (await iam.send(new GetUserCommand({ UserName: 'alice' }))).User
    expect(got).toMatchObject({
      Arn: 'arn:aws:iam::210987654321:user/staff/alice',
      CreateDate: new Date('2025-05-05T00:00:00Z')
    })
    const group = await iam.send(new GetGroupCommand({ GroupName: 'developers' }))
    expect(group.Users?.map(u => u.UserName)).toEqual(['alice', 'bob'])
    expect(running!.platform.userNames()).toEqual(['alice', 'bob'])
  })

  it('answers GetUser without a name for the user whose key signed the request', async () => {
    const state = emptyIamState()
    const carol = newIamUser('carol')
    carol.accessKeys.push({
      accessKeyId: 'AKIADUMMYDUMMYDUMMY1',
      status: 'Active',
      createDate: '2026-01-01T00:00:00Z'
    })
    state.users.set('carol', carol)
    const iam = await sandbox(state)
    expect((await iam.send(new GetUserCommand({}))).User?.UserName).toBe('carol')
  })

  it('pages ListUsers with Marker/MaxItems, staying correct when users are deleted mid-listing', async () => {
    const iam = await sandbox(manyUsers(25))
    const first = await iam.send(new ListUsersCommand({ MaxItems: 10 }))
    expect(first.IsTruncated).toBe(true)
    expect(first.Users?.map(u => u.UserName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `user-${String(i).padStart(5, '0')}`)
    )
    // Delete the last user returned and the first of the next page: nothing is skipped twice.
    await iam.send(new DeleteUserCommand({ UserName: 'user-00009' }))
    await iam.send(new DeleteUserCommand({ UserName: 'user-00010' }))
    const seen = [...(first.Users ?? []).map(u => u.UserName)]
    let marker = first.Marker
    while (marker) {
      const page = await iam.send(new ListUsersCommand({ MaxItems: 10, Marker: marker }))
      seen.push(...(page.Users ?? []).map(u => u.UserName))
      marker = page.IsTruncated ? page.Marker : undefined
    }
    expect(seen).toHaveLength(24)
    expect(new Set(seen).size).toBe(24)
    expect(seen).not.toContain('user-00010')

    expect(await failure(iam.send(new ListUsersCommand({ Marker: 'not-a-marker' })))).toMatchObject(
      {
        code: 'InvalidInput'
      }
    )
    expect(await failure(iam.send(new ListUsersCommand({ MaxItems: 1001 })))).toMatchObject({
      code: 'ValidationError',
      status: 400
    })
  })
})

describe('IAM sandbox: credentials', () => {
  it('creates, lists, deactivates and deletes access keys, two at most', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'dave' }))
    const k1 = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }))).AccessKey!
    expect(k1.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/)
    expect(k1.SecretAccessKey).toHaveLength(40)
    const k2 = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }))).AccessKey!
    expect(await failure(iam.send(new CreateAccessKeyCommand({ UserName: 'dave' })))).toEqual({
      code: 'LimitExceeded',
      status: 409,
      message: 'Cannot exceed quota for AccessKeysPerUser: 2'
    })

    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'dave',
        AccessKeyId: k2.AccessKeyId,
        Status: 'Inactive'
      })
    )
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'dave' }))
    expect(
      Object.fromEntries((listed.AccessKeyMetadata ?? []).map(k => [k.AccessKeyId, k.Status]))
    ).toEqual({ [k1.AccessKeyId!]: 'Active', [k2.AccessKeyId!]: 'Inactive' })
    // The secret is handed out once and never listed again.
    expect(JSON.stringify(listed)).not.toContain(k1.SecretAccessKey)

    const lastUsed = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: k1.AccessKeyId })
    )
    expect(lastUsed).toMatchObject({
      UserName: 'dave',
      AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' }
    })
    expect(lastUsed.AccessKeyLastUsed?.LastUsedDate).toBeUndefined()

    await iam.send(new DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: k1.AccessKeyId }))
    expect(
      await failure(
        iam.send(new DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: k1.AccessKeyId }))
      )
    ).toEqual({
      code: 'NoSuchEntity',
      status: 404,
      message: `The Access Key with id ${k1.AccessKeyId} cannot be found.`
    })
    expect(
      await failure(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: k1.AccessKeyId })))
    ).toMatchObject({
      code: 'NoSuchEntity'
    })
    expect(
      await failure(
        iam.send(
          new UpdateAccessKeyCommand({
            UserName: 'dave',
            AccessKeyId: k2.AccessKeyId,
            Status: 'Off' as 'Active'
          })
        )
      )
    ).toMatchObject({ code: 'ValidationError', status: 400 })
  })

  it('reports when a seeded key was last used', async () => {
    const state = emptyIamState()
    const erin = newIamUser('erin')
    erin.accessKeys.push({
      accessKeyId: 'AKIAERINERINERIN0001',
      status: 'Active',
      createDate: '2026-01-01T00:00:00Z',
      lastUsed: { date: '2026-11-01T10:00:00Z', serviceName: 's3', region: 'eu-west-1' }
    })
    state.users.set('erin', erin)
    const iam = await sandbox(state)
    const got = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAERINERINERIN0001' })
    )
    expect(got.AccessKeyLastUsed).toEqual({
      LastUsedDate: new Date('2026-11-01T10:00:00Z'),
      ServiceName: 's3',
      Region: 'eu-west-1'
    })
  })

  it('creates, reads and deletes a login profile', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'frank' }))
    const lp = await iam.send(
      new CreateLoginProfileCommand({
        UserName: 'frank',
        Password: 'Correct-Horse-9',
        PasswordResetRequired: true
      })
    )
    expect(lp.LoginProfile).toMatchObject({ UserName: 'frank', PasswordResetRequired: true })
    expect(
      await failure(
        iam.send(new CreateLoginProfileCommand({ UserName: 'frank', Password: 'Correct-Horse-9' }))
      )
    ).toMatchObject({ code: 'EntityAlreadyExists', status: 409 })
    expect(
      (await iam.send(new GetLoginProfileCommand({ UserName: 'frank' }))).LoginProfile?.UserName
    ).toBe('frank')
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'frank' }))
    expect(
      await failure(iam.send(new GetLoginProfileCommand({ UserName: 'frank' })))
    ).toMatchObject({
      code: 'NoSuchEntity',
      status: 404
    })
    expect(
      await failure(iam.send(new DeleteLoginProfileCommand({ UserName: 'frank' })))
    ).toMatchObject({
      code: 'NoSuchEntity'
    })
  })

  it('enables a virtual MFA device and refuses to delete it until deactivated', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'grace' }))
    const dev = (
      await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'grace-phone' }))
    ).VirtualMFADevice!
    expect(dev.SerialNumber).toBe('arn:aws:iam::123456789012:mfa/grace-phone')
    expect(Buffer.from(dev.Base32StringSeed!).toString()).toMatch(/^[A-Z2-7]+$/)
    expect(
      await failure(
        iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'grace-phone' }))
      )
    ).toMatchObject({ code: 'EntityAlreadyExists' })

    const enable = (code1: string) =>
      iam.send(
        new EnableMFADeviceCommand({
          UserName: 'grace',
          SerialNumber: dev.SerialNumber,
          AuthenticationCode1: code1,
          AuthenticationCode2: '654321'
        })
      )
    expect(await failure(enable('12ab56'))).toMatchObject({
      code: 'InvalidAuthenticationCode',
      status: 403
    })
    await enable('123456')
    expect(await failure(enable('123456'))).toMatchObject({ code: 'EntityAlreadyExists' })

    const mine = await iam.send(new ListMFADevicesCommand({ UserName: 'grace' }))
    expect(mine.MFADevices).toEqual([
      expect.objectContaining({
        UserName: 'grace',
        SerialNumber: dev.SerialNumber,
        EnableDate: expect.any(Date)
      })
    ])
    const assigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' })
    )
    expect(assigned.VirtualMFADevices?.map(d => d.User?.UserName)).toEqual(['grace'])

    expect(
      await failure(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: dev.SerialNumber })))
    ).toEqual({
      code: 'DeleteConflict',
      status: 409,
      message: 'MFA device is still in use.'
    })
    await iam.send(
      new DeactivateMFADeviceCommand({ UserName: 'grace', SerialNumber: dev.SerialNumber })
    )
    const unassigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' })
    )
    expect(unassigned.VirtualMFADevices?.map(d => d.SerialNumber)).toEqual([dev.SerialNumber])
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: dev.SerialNumber }))
    expect((await iam.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([])
    expect(
      await failure(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: dev.SerialNumber })))
    ).toMatchObject({
      code: 'NoSuchEntity'
    })
  })

  it('uploads, lists, deactivates and deletes signing certificates and SSH keys', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'heidi' }))
    const cert = (
      await iam.send(
        new UploadSigningCertificateCommand({ UserName: 'heidi', CertificateBody: CERTIFICATE_PEM })
      )
    ).Certificate!
    expect(cert).toMatchObject({
      UserName: 'heidi',
      Status: 'Active',
      CertificateBody: CERTIFICATE_PEM
    })
    expect(
      await failure(
        iam.send(
          new UploadSigningCertificateCommand({
            UserName: 'heidi',
            CertificateBody: CERTIFICATE_PEM
          })
        )
      )
    ).toMatchObject({ code: 'DuplicateCertificate', status: 409 })
    expect(
      await failure(
        iam.send(
          new UploadSigningCertificateCommand({ UserName: 'heidi', CertificateBody: 'garbage' })
        )
      )
    ).toMatchObject({ code: 'MalformedCertificate', status: 400 })
    await iam.send(
      new UpdateSigningCertificateCommand({
        UserName: 'heidi',
        CertificateId: cert.CertificateId,
        Status: 'Inactive'
      })
    )
    expect(
      (await iam.send(new ListSigningCertificatesCommand({ UserName: 'heidi' }))).Certificates?.map(
        c => c.Status
      )
    ).toEqual(['Inactive'])
    await iam.send(
      new DeleteSigningCertificateCommand({ UserName: 'heidi', CertificateId: cert.CertificateId })
    )

    const key = (
      await iam.send(
        new UploadSSHPublicKeyCommand({ UserName: 'heidi', SSHPublicKeyBody: SSH_PUBLIC_KEY })
      )
    ).SSHPublicKey!
    expect(key.SSHPublicKeyId).toMatch(/^APKA[A-Z2-7]{17}$/)
    expect(key.Fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/)
    expect(
      await failure(
        iam.send(
          new UploadSSHPublicKeyCommand({
            UserName: 'heidi',
            SSHPublicKeyBody: 'ssh-rsa bm90IGEga2V5'
          })
        )
      )
    ).toMatchObject({ code: 'InvalidPublicKey', status: 400 })
    await iam.send(
      new UpdateSSHPublicKeyCommand({
        UserName: 'heidi',
        SSHPublicKeyId: key.SSHPublicKeyId,
        Status: 'Inactive'
      })
    )
    expect(
      (await iam.send(new ListSSHPublicKeysCommand({ UserName: 'heidi' }))).SSHPublicKeys
    ).toEqual([expect.objectContaining({ SSHPublicKeyId: key.SSHPublicKeyId, Status: 'Inactive' })])
    await iam.send(
      new DeleteSSHPublicKeyCommand({ UserName: 'heidi', SSHPublicKeyId: key.SSHPublicKeyId })
    )
    expect(
      await failure(
        iam.send(
          new DeleteSSHPublicKeyCommand({ UserName: 'heidi', SSHPublicKeyId: key.SSHPublicKeyId })
        )
      )
    ).toMatchObject({ code: 'NoSuchEntity', status: 404 })
    expect(await holdings(iam, 'heidi')).toMatchObject({
      signingCertificates: [],
      sshPublicKeys: []
    })
  })

  it('creates, lists, deactivates and deletes service-specific credentials', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'ivan' }))
    const create = (ServiceName: string) =>
      iam.send(new CreateServiceSpecificCredentialCommand({ UserName: 'ivan', ServiceName }))
    const git = (await create('codecommit.amazonaws.com')).ServiceSpecificCredential!
    expect(git).toMatchObject({ ServiceUserName: 'ivan-at-123456789012', Status: 'Active' })
    expect(git.ServicePassword).toBeTruthy()
    await create('codecommit.amazonaws.com')
    expect(await failure(create('codecommit.amazonaws.com'))).toMatchObject({
      code: 'LimitExceeded',
      status: 409
    })
    await create('cassandra.amazonaws.com')
    expect(await failure(create('example.amazonaws.com'))).toMatchObject({
      code: 'NotSupportedService',
      status: 404
    })

    const onlyGit = await iam.send(
      new ListServiceSpecificCredentialsCommand({
        UserName: 'ivan',
        ServiceName: 'codecommit.amazonaws.com'
      })
    )
    expect(onlyGit.ServiceSpecificCredentials).toHaveLength(2)
    expect(JSON.stringify(onlyGit)).not.toContain(git.ServicePassword)
    const id = git.ServiceSpecificCredentialId
    await iam.send(
      new UpdateServiceSpecificCredentialCommand({
        UserName: 'ivan',
        ServiceSpecificCredentialId: id,
        Status: 'Inactive'
      })
    )
    const all = await iam.send(new ListServiceSpecificCredentialsCommand({ UserName: 'ivan' }))
    expect(
      all.ServiceSpecificCredentials?.find(c => c.ServiceSpecificCredentialId === id)?.Status
    ).toBe('Inactive')
    await iam.send(
      new DeleteServiceSpecificCredentialCommand({
        UserName: 'ivan',
        ServiceSpecificCredentialId: id
      })
    )
    expect(
      await failure(
        iam.send(
          new DeleteServiceSpecificCredentialCommand({
            UserName: 'ivan',
            ServiceSpecificCredentialId: id
          })
        )
      )
    ).toMatchObject({ code: 'NoSuchEntity' })
  })
})

describe('IAM sandbox: permissions', () => {
  it('puts, reads, lists and deletes inline policies', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'judy' }))
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'judy',
        PolicyName: 'deny-all',
        PolicyDocument: POLICY_DOCUMENT
      })
    )
    const got = await iam.send(
      new GetUserPolicyCommand({ UserName: 'judy', PolicyName: 'deny-all' })
    )
    // IAM returns policy documents URL-encoded.
    expect(JSON.parse(decodeURIComponent(got.PolicyDocument!))).toEqual(JSON.parse(POLICY_DOCUMENT))
    expect((await iam.send(new ListUserPoliciesCommand({ UserName: 'judy' }))).PolicyNames).toEqual(
      ['deny-all']
    )
    expect(
      await failure(
        iam.send(
          new PutUserPolicyCommand({ UserName: 'judy', PolicyName: 'x', PolicyDocument: '{nope' })
        )
      )
    ).toMatchObject({ code: 'MalformedPolicyDocument', status: 400 })
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'x'.repeat(2100), Resource: '*' }]
    })
    expect(
      await failure(
        iam.send(
          new PutUserPolicyCommand({ UserName: 'judy', PolicyName: 'big', PolicyDocument: big })
        )
      )
    ).toMatchObject({ code: 'LimitExceeded' })
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'judy', PolicyName: 'deny-all' }))
    expect(
      await failure(
        iam.send(new GetUserPolicyCommand({ UserName: 'judy', PolicyName: 'deny-all' }))
      )
    ).toMatchObject({ code: 'NoSuchEntity', status: 404 })
  })

  it('attaches AWS-managed and customer policies, and detaches them', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'ken' }))
    const mine = (
      await iam.send(
        new CreatePolicyCommand({ PolicyName: 'deploy', PolicyDocument: POLICY_DOCUMENT })
      )
    ).Policy!
    expect(mine.Arn).toBe('arn:aws:iam::123456789012:policy/deploy')
    expect(
      await failure(
        iam.send(new CreatePolicyCommand({ PolicyName: 'deploy', PolicyDocument: POLICY_DOCUMENT }))
      )
    ).toMatchObject({ code: 'EntityAlreadyExists', status: 409 })

    await iam.send(new AttachUserPolicyCommand({ UserName: 'ken', PolicyArn: ARN_READONLY }))
    await iam.send(new AttachUserPolicyCommand({ UserName: 'ken', PolicyArn: mine.Arn }))
    expect(
      (await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'ken' }))).AttachedPolicies
    ).toEqual([
      { PolicyName: 'deploy', PolicyArn: mine.Arn },
      { PolicyName: 'ReadOnlyAccess', PolicyArn: ARN_READONLY }
    ])
    const missing = 'arn:aws:iam::aws:policy/NoSuchPolicy'
    expect(
      await failure(iam.send(new AttachUserPolicyCommand({ UserName: 'ken', PolicyArn: missing })))
    ).toEqual({
      code: 'NoSuchEntity',
      status: 404,
      message: `Policy ${missing} does not exist or is not attachable.`
    })
    await iam.send(new DetachUserPolicyCommand({ UserName: 'ken', PolicyArn: ARN_READONLY }))
    expect(
      await failure(
        iam.send(new DetachUserPolicyCommand({ UserName: 'ken', PolicyArn: ARN_READONLY }))
      )
    ).toMatchObject({
      code: 'NoSuchEntity'
    })
  })

  it('shows a permissions boundary in GetUser until it is deleted', async () => {
    const iam = await sandbox()
    await iam.send(new CreateUserCommand({ UserName: 'liz' }))
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: 'liz', PermissionsBoundary: ARN_READONLY })
    )
    expect(
      (await iam.send(new GetUserCommand({ UserName: 'liz' }))).User?.PermissionsBoundary
    ).toEqual({
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: ARN_READONLY
    })
    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'liz' }))
    expect(
      (await iam.send(new GetUserCommand({ UserName: 'liz' }))).User?.PermissionsBoundary
    ).toBeUndefined()
    // A boundary does not block deletion.
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: 'liz', PermissionsBoundary: ARN_READONLY })
    )
    await iam.send(new DeleteUserCommand({ UserName: 'liz' }))
  })

  it('manages groups and their members, paged', async () => {
    const iam = await sandbox(manyUsers(5))
    const g = (await iam.send(new CreateGroupCommand({ GroupName: 'developers' }))).Group!
    expect(g.Arn).toBe('arn:aws:iam::123456789012:group/developers')
    await iam.send(new CreateGroupCommand({ GroupName: 'oncall' }))
    expect(await failure(iam.send(new CreateGroupCommand({ GroupName: 'oncall' })))).toMatchObject({
      code: 'EntityAlreadyExists',
      status: 409
    })
    for (const n of ['user-00003', 'user-00001', 'user-00002'])
      await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: n }))
    await iam.send(new AddUserToGroupCommand({ GroupName: 'oncall', UserName: 'user-00001' }))

    const page1 = await iam.send(new GetGroupCommand({ GroupName: 'developers', MaxItems: 2 }))
    expect(page1.Users?.map(u => u.UserName)).toEqual(['user-00001', 'user-00002'])
    expect(page1.IsTruncated).toBe(true)
    const page2 = await iam.send(
      new GetGroupCommand({ GroupName: 'developers', Marker: page1.Marker })
    )
    expect(page2.Users?.map(u => u.UserName)).toEqual(['user-00003'])
    expect(page2.IsTruncated).toBe(false)

    const forUser = await iam.send(new ListGroupsForUserCommand({ UserName: 'user-00001' }))
    expect(forUser.Groups?.map(x => x.GroupName)).toEqual(['developers', 'oncall'])
    expect((await iam.send(new ListGroupsCommand({}))).Groups?.map(x => x.GroupName)).toEqual([
      'developers',
      'oncall'
    ])

    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'oncall', UserName: 'user-00001' }))
    expect(
      await failure(
        iam.send(new RemoveUserFromGroupCommand({ GroupName: 'oncall', UserName: 'user-00001' }))
      )
    ).toMatchObject({ code: 'NoSuchEntity' })
    expect(await failure(iam.send(new GetGroupCommand({ GroupName: 'nope' })))).toEqual({
      code: 'NoSuchEntity',
      status: 404,
      message: 'The group with name nope cannot be found.'
    })
    expect(await holdings(iam, 'user-00001')).toMatchObject({ groups: ['developers'] })
  })
})

describe('IAM sandbox: DeleteUser', () => {
  // Each leftover AWS names before it lets a user go, seeded on its own.
  const D = '2026-01-01T00:00:00Z'
  const cases: [string, string, Partial<IamSimUser>][] = [
    [
      'login profile',
      'must delete login profile first',
      { loginProfile: { createDate: D, passwordResetRequired: false } }
    ],
    [
      'access key',
      'must delete access keys first',
      { accessKeys: [{ accessKeyId: 'AKIALEFTOVER00000001', status: 'Inactive', createDate: D }] }
    ],
    [
      'signing certificate',
      'must delete signing certificates first',
      {
        signingCertificates: [
          { certificateId: 'C1', certificateBody: CERTIFICATE_PEM, status: 'Active', uploadDate: D }
        ]
      }
    ],
    [
      'SSH key',
      'must delete SSH public keys first',
      {
        sshPublicKeys: [
          {
            sshPublicKeyId: 'APKA1',
            sshPublicKeyBody: SSH_PUBLIC_KEY,
            fingerprint: 'f',
            status: 'Active',
            uploadDate: D
          }
        ]
      }
    ],
    [
      'service-specific credential',
      'must delete service-specific credentials first',
      {
        serviceSpecificCredentials: [
          {
            serviceSpecificCredentialId: 'ACCA1',
            serviceName: 'codecommit.amazonaws.com',
            serviceUserName: 'u-at-1',
            status: 'Active',
            createDate: D
          }
        ]
      }
    ],
    [
      'MFA device',
      'must delete MFA device first',
      { mfaDevices: [{ serialNumber: 'GAHT12345678', enableDate: D }] }
    ],
    ['inline policy', 'must delete policies first', { inlinePolicies: { p: POLICY_DOCUMENT } }],
    ['attached policy', 'must detach all policies first', { attachedPolicyArns: [ARN_READONLY] }],
    ['group membership', 'must remove users from group first', { groupNames: ['developers'] }]
  ]

  it.each(cases)('refuses while the user still has a %s', async (_what, words, leftover) => {
    const state = manyUsers(1)
    Object.assign(state.users.get('user-00000')!, leftover)
    const iam = await sandbox(state)
    expect(await failure(iam.send(new DeleteUserCommand({ UserName: 'user-00000' })))).toEqual({
      code: 'DeleteConflict',
      status: 409,
      message: `Cannot delete entity, ${words}.`
    })
    expect(running!.platform.leftovers('user-00000')).toEqual([`Cannot delete entity, ${words}.`])
    expect(running!.platform.user('user-00000')).toBeDefined()
  })
})

describe('IAM sandbox: audits', () => {
  it('pages GetAccountAuthorizationDetails over users with what each holds', async () => {
    const state = manyUsers(7)
    state.users.get('user-00002')!.attachedPolicyArns.push(ARN_READONLY)
    state.users.get('user-00002')!.inlinePolicies['deny'] = POLICY_DOCUMENT
    const iam = await sandbox(state)
    await iam.send(new CreateGroupCommand({ GroupName: 'developers' }))
    await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'user-00002' }))

    const seen: string[] = []
    let marker: string | undefined
    let pages = 0
    do {
      const page = await iam.send(
        new GetAccountAuthorizationDetailsCommand({ Filter: ['User'], MaxItems: 3, Marker: marker })
      )
      pages++
      expect(page.GroupDetailList).toEqual([])
      for (const u of page.UserDetailList ?? []) {
        seen.push(u.UserName!)
        if (u.UserName === 'user-00002') {
          expect(u.GroupList).toEqual(['developers'])
          expect(u.AttachedManagedPolicies).toEqual([
            { PolicyName: 'ReadOnlyAccess', PolicyArn: ARN_READONLY }
          ])
          expect(
            u.UserPolicyList?.map(p => [p.PolicyName, decodeURIComponent(p.PolicyDocument!)])
          ).toEqual([['deny', POLICY_DOCUMENT]])
        }
      }
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
    expect(pages).toBe(3)
    expect(seen).toEqual([...state.users.keys()].sort())

    const both = await iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Group'], MaxItems: 100 })
    )
    expect(both.GroupDetailList?.map(g => g.GroupName)).toEqual(['developers'])
  })

  it('generates a credential report with AWS columns, one row per user', async () => {
    const state = manyUsers(2)
    const u = state.users.get('user-00001')!
    u.loginProfile = { createDate: '2026-02-01T00:00:00Z', passwordResetRequired: false }
    u.mfaDevices.push({
      serialNumber: 'arn:aws:iam::123456789012:mfa/u1',
      enableDate: '2026-02-01T00:00:00Z'
    })
    u.accessKeys.push(
      {
        accessKeyId: 'AKIAREPORT0000000001',
        status: 'Active',
        createDate: '2026-03-01T00:00:00Z',
        lastUsed: { date: '2026-03-02T00:00:00Z', serviceName: 'iam', region: 'us-east-1' }
      },
      {
        accessKeyId: 'AKIAREPORT0000000002',
        status: 'Inactive',
        createDate: '2026-04-01T00:00:00Z'
      }
    )
    const iam = await sandbox(state)
    expect(await failure(iam.send(new GetCredentialReportCommand({})))).toMatchObject({
      code: 'ReportNotPresent',
      status: 410
    })
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED')
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE')
    const report = await iam.send(new GetCredentialReportCommand({}))
    expect(report.ReportFormat).toBe('text/csv')
    const [header, ...lines] = Buffer.from(report.Content!).toString('utf8').split('\n')
    const columns = header.split(',')
    expect(header).toMatch(
      /^user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,/
    )
    const rows = lines.map(l => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])))
    expect(rows.map(r => r.user)).toEqual(['<root_account>', 'user-00000', 'user-00001'])
    expect(rows[1]).toMatchObject({
      password_enabled: 'false',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_1_last_rotated: 'N/A'
    })
    expect(rows[2]).toMatchObject({
      arn: 'arn:aws:iam::123456789012:user/user-00001',
      password_enabled: 'true',
      password_last_used: 'no_information',
      password_last_changed: '2026-02-01T00:00:00+00:00',
      mfa_active: 'true',
      access_key_1_active: 'true',
      access_key_1_last_used_date: '2026-03-02T00:00:00+00:00',
      access_key_1_last_used_service: 'iam',
      access_key_2_active: 'false',
      access_key_2_last_rotated: '2026-04-01T00:00:00+00:00',
      access_key_2_last_used_date: 'N/A'
    })
  })
})

describe('IAM sandbox: STS AssumeRole into member accounts', () => {
  it("gives a session whose requests act in the role's account, and refuses an account it does not hold", async () => {
    const state = emptyIamState()
    const member = emptyIamState('222222222222')
    member.users.set('bob', newIamUser('bob'))
    state.memberAccounts = new Map([[member.accountId, member]])
    const iam = await sandbox(state)
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: running!.server.url,
      credentials: { accessKeyId: 'AKIADUMMYDUMMYDUMMY1', secretAccessKey: 'dummy' },
      maxAttempts: 1
    })
    const roleArn = 'arn:aws:iam::222222222222:role/ops/offboard'
    const assumed = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'offboard-apply-local' })
    )
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(assumed.Credentials?.Expiration).toBeInstanceOf(Date)
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::222222222222:assumed-role/offboard/offboard-apply-local'
    )
    const inMember = new IAMClient({
      region: 'us-east-1',
      endpoint: running!.server.url,
      credentials: {
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!
      },
      maxAttempts: 1
    })
    await inMember.send(new CreateUserCommand({ UserName: 'carol' }))
    const users = async (client: IAMClient) =>
      ((await client.send(new ListUsersCommand({}))).Users ?? []).map(u => u.UserName)
    expect(await users(inMember)).toEqual(['bob', 'carol'])
    expect(await users(iam)).toEqual([])
    expect([...running!.platform.sessions.values()]).toEqual([
      { account: '222222222222', roleArn, sessionName: 'offboard-apply-local' }
    ])

    const elsewhere = 'arn:aws:iam::333333333333:role/offboard'
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: elsewhere, RoleSessionName: 's' }))
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
      message: `User: arn:aws:iam::123456789012:user/offboard is not authorized to perform: sts:AssumeRole on resource: ${elsewhere}`
    })
    // Assuming a role changes nothing: it is not a write.
    expect(running!.server.writes().map(r => r.operation)).toEqual(['CreateUser'])
  })
})

describe('IAM sandbox: knobs and scale', () => {
  it('throttles and fails as AWS does, and records reads and writes', async () => {
    const iam = await sandbox(undefined, { throttleRate: 1 })
    expect(await failure(iam.send(new ListUsersCommand({})))).toEqual({
      code: 'Throttling',
      status: 400,
      message: 'Rate exceeded'
    })
    running!.server.knobs.throttleRate = 0
    running!.server.knobs.serverErrorRate = 1
    expect(await failure(iam.send(new CreateUserCommand({ UserName: 'x' })))).toMatchObject({
      code: 'ServiceFailure',
      status: 500
    })
    running!.server.knobs.serverErrorRate = 0
    await iam.send(new CreateUserCommand({ UserName: 'x' }))
    await iam.send(new GenerateCredentialReportCommand({}))
    expect(running!.server.counts()).toEqual({
      ListUsers: 1,
      CreateUser: 2,
      GenerateCredentialReport: 1
    })
    expect(running!.server.writes().map(r => [r.operation, r.status])).toEqual([
      ['CreateUser', 500],
      ['CreateUser', 200]
    ])
  })

  it('lists 5,000 users in pages of 1,000 touching only each page, and reads one user in O(1)', async () => {
    // A users map that counts what the handlers touch: a whole-map scan per request would show.
    class CountingMap<K, V> extends Map<K, V> {
      gets = 0
      scans = 0
      override get(key: K) {
        this.gets++
        return super.get(key)
      }
      override keys() {
        this.scans++
        return super.keys()
      }
      override values() {
        this.scans++
        return super.values()
      }
      override entries() {
        this.scans++
        return super.entries()
      }
    }
    const state = manyUsers(5000)
    const users = new CountingMap(state.users)
    state.users = users
    const iam = await sandbox(state)
    await iam.send(new ListUsersCommand({ MaxItems: 1 })) // builds the sorted index once
    users.gets = users.scans = 0

    const started = performance.now()
    let marker: string | undefined
    let total = 0
    do {
      const page = await iam.send(new ListUsersCommand({ MaxItems: 1000, Marker: marker }))
      total += page.Users?.length ?? 0
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
    const elapsed = performance.now() - started
    expect(total).toBe(5000)
    expect(running!.server.counts().ListUsers).toBe(6)
    expect(users.scans).toBe(0)
    expect(users.gets).toBe(5000)
    // Benchmarks run against this with injected latency: the sandbox's own share stays small.
    expect(elapsed).toBeLessThan(3000)

    users.gets = 0
    await iam.send(new GetUserCommand({ UserName: 'user-04321' }))
    await iam.send(new CreateAccessKeyCommand({ UserName: 'user-04321' }))
    await iam.send(new DeleteUserCommand({ UserName: 'user-00007' }))
    expect(users.scans).toBe(0)
    expect(users.gets).toBeLessThanOrEqual(3)
  })
})
