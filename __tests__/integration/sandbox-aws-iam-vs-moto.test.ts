// The IAM sandbox and moto (a real IAM emulator) run the same offboarding scenario through the
// AWS SDK and must end in the same states and fail with the same error codes.
//
// Where moto departs from AWS the sandbox follows AWS, and this test says so:
// - moto's DeleteUser only refuses while policies are attached or inline; AWS (and the
//   sandbox) also refuse while keys, a password, MFA, certificates, SSH keys, service-specific
//   credentials or group memberships remain. The full-user DeleteUser below still has an
//   attached policy, so both refuse; the sandbox-only case checks the rest.
// - moto deletes an enabled virtual MFA device; AWS refuses with DeleteConflict.
// - moto does not implement service-specific credentials nor user permissions boundaries.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachUserPolicyCommand,
  EnableMFADeviceCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateAccessKeyCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand
} from '@aws-sdk/client-iam'
import { motoClientConfig, uniqueName } from '../support/moto.js'
import {
  CERTIFICATE_PEM,
  failure,
  holdings,
  POLICY_DOCUMENT,
  SSH_PUBLIC_KEY,
  startIam,
  type RunningIam
} from '../support/sandbox-aws-iam-fixtures.js'

/** Runs the scenario on one IAM endpoint; returns what a reader sees at each stage. */
async function scenario(iam: IAMClient) {
  const UserName = uniqueName('leaver')
  const groups = [uniqueName('developers'), uniqueName('oncall')]
  const send = iam.send.bind(iam)
  // An error as `Code/HTTP status`: both must agree.
  const code = async (call: Promise<unknown>) => {
    const f = await failure(call)
    return `${f.code}/${f.status}`
  }
  const out: Record<string, unknown> = {}

  await send(new CreateUserCommand({ UserName }))
  out.duplicateUser = await code(send(new CreateUserCommand({ UserName })))
  for (const GroupName of groups) await send(new CreateGroupCommand({ GroupName }))
  // A customer-managed policy: moto loads AWS-managed ones only when configured to.
  const PolicyArn = (
    await send(
      new CreatePolicyCommand({ PolicyName: uniqueName('deploy'), PolicyDocument: POLICY_DOCUMENT })
    )
  ).Policy!.Arn!
  out.duplicateGroup = await code(send(new CreateGroupCommand({ GroupName: groups[0] })))

  const keys = []
  for (let i = 0; i < 2; i++)
    keys.push((await send(new CreateAccessKeyCommand({ UserName }))).AccessKey!.AccessKeyId!)
  await send(new UpdateAccessKeyCommand({ UserName, AccessKeyId: keys[1], Status: 'Inactive' }))
  out.thirdKey = await code(send(new CreateAccessKeyCommand({ UserName })))

  await send(new CreateLoginProfileCommand({ UserName, Password: 'Correct-Horse-9' }))
  out.secondLoginProfile = await code(
    send(new CreateLoginProfileCommand({ UserName, Password: 'Correct-Horse-9' }))
  )
  await send(new UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody: SSH_PUBLIC_KEY }))
  await send(new UploadSigningCertificateCommand({ UserName, CertificateBody: CERTIFICATE_PEM }))
  const serial = (await send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName })))
    .VirtualMFADevice!.SerialNumber!
  const codes = { AuthenticationCode1: '123456', AuthenticationCode2: '654321' }
  await send(new EnableMFADeviceCommand({ UserName, SerialNumber: serial, ...codes }))
  await send(
    new PutUserPolicyCommand({ UserName, PolicyName: 'deny-all', PolicyDocument: POLICY_DOCUMENT })
  )
  await send(new AttachUserPolicyCommand({ UserName, PolicyArn }))
  for (const GroupName of groups) await send(new AddUserToGroupCommand({ UserName, GroupName }))

  // Normalised: names without their unique suffix, so both runs compare.
  const seen = async () => {
    const h = await holdings(iam, UserName)
    const plain = (names: string[]) =>
      names.map(n => n.replace(/^.*\//, '').replace(/-[0-9a-f]{8}$/, ''))
    return { ...h, groups: plain(h.groups), attachedPolicies: plain(h.attachedPolicies) }
  }
  out.full = await seen()
  out.deleteWhileHeld = await code(send(new DeleteUserCommand({ UserName })))

  out.missingKey = await code(
    send(new DeleteAccessKeyCommand({ UserName, AccessKeyId: 'AKIAMISSINGMISSING00' }))
  )
  out.missingPolicy = await code(
    send(new DeleteUserPolicyCommand({ UserName, PolicyName: 'never-put' }))
  )
  out.missingUser = await code(send(new GetUserCommand({ UserName: uniqueName('nobody') })))
  out.missingUserKeys = await code(
    send(new ListAccessKeysCommand({ UserName: uniqueName('nobody') }))
  )

  // Strip everything, in the order an offboarding run would.
  await send(new DeactivateMFADeviceCommand({ UserName, SerialNumber: serial }))
  await send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }))
  for (const AccessKeyId of keys) await send(new DeleteAccessKeyCommand({ UserName, AccessKeyId }))
  await send(new DeleteLoginProfileCommand({ UserName }))
  for (const k of (await send(new ListSSHPublicKeysCommand({ UserName }))).SSHPublicKeys ?? [])
    await send(new DeleteSSHPublicKeyCommand({ UserName, SSHPublicKeyId: k.SSHPublicKeyId }))
  for (const c of (await send(new ListSigningCertificatesCommand({ UserName }))).Certificates ?? [])
    await send(new DeleteSigningCertificateCommand({ UserName, CertificateId: c.CertificateId }))
  await send(new DeleteUserPolicyCommand({ UserName, PolicyName: 'deny-all' }))
  await send(new DetachUserPolicyCommand({ UserName, PolicyArn }))
  out.detachAgain = await code(send(new DetachUserPolicyCommand({ UserName, PolicyArn })))
  for (const GroupName of groups)
    await send(new RemoveUserFromGroupCommand({ UserName, GroupName }))
  out.stripped = await seen()

  await send(new DeleteUserCommand({ UserName }))
  out.deletedUser = await code(send(new GetUserCommand({ UserName })))
  out.deleteAgain = await code(send(new DeleteUserCommand({ UserName })))
  return out
}

describe('IAM sandbox agrees with moto', () => {
  let sim: RunningIam
  beforeAll(async () => {
    sim = await startIam()
  })
  afterAll(async () => {
    await sim.server.close()
  })

  it('on a full offboarding: same states along the way, same error codes and statuses', async () => {
    const moto = await scenario(new IAMClient({ ...motoClientConfig(), maxAttempts: 1 }))
    const ours = await scenario(sim.iam)
    expect(ours).toEqual(moto)
    // The scenario really held and dropped things (not two empty runs agreeing).
    expect(ours.full).toEqual({
      accessKeys: ['Active', 'Inactive'],
      loginProfile: true,
      signingCertificates: ['Active'],
      sshPublicKeys: ['Active'],
      mfaDevices: 1,
      inlinePolicies: ['deny-all'],
      attachedPolicies: ['deploy'],
      groups: ['developers', 'oncall']
    })
    expect(ours).toMatchObject({
      thirdKey: 'LimitExceeded/409',
      deleteWhileHeld: 'DeleteConflict/409',
      missingUser: 'NoSuchEntity/404',
      missingKey: 'NoSuchEntity/404',
      duplicateUser: 'EntityAlreadyExists/409'
    })
  })

  it('follows AWS where moto is laxer: DeleteUser and enabled MFA devices', async () => {
    const { iam } = sim
    const UserName = uniqueName('lax')
    await iam.send(new CreateUserCommand({ UserName }))
    await iam.send(new CreateLoginProfileCommand({ UserName, Password: 'Correct-Horse-9' }))
    // moto would delete this user; AWS refuses while the password remains.
    expect(await failure(iam.send(new DeleteUserCommand({ UserName })))).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must delete login profile first.'
    })
    const serial = (
      await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }))
    ).VirtualMFADevice!.SerialNumber!
    await iam.send(
      new EnableMFADeviceCommand({
        UserName,
        SerialNumber: serial,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '654321'
      })
    )
    // moto would delete the enabled device; AWS refuses.
    expect(
      await failure(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })))
    ).toMatchObject({
      code: 'DeleteConflict'
    })
  })
})
