// Shared by the IAM sandbox tests: a running sandbox with an SDK client on it, credential
// bodies IAM accepts, and a read of everything a user holds, through the SDK.
import {
  GetLoginProfileCommand,
  IAMClient,
  IAMServiceException,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand
} from '@aws-sdk/client-iam'
import {
  createIamPlatform,
  emptyIamState,
  type IamPlatform,
  type IamSimState
} from '../../src/sandbox/aws-iam/index.js'
import { startSimServer, type Knobs, type SimServer } from '../../src/sandbox/shared/server.js'

/** A self-signed certificate (public material only) for UploadSigningCertificate. */
export const CERTIFICATE_PEM = `-----BEGIN CERTIFICATE-----
MIIDKTCCAhGgAwIBAgIUSSr7n/Born0yWLkad/cU8XrzWsowDQYJKoZIhvcNAQEL
BQAwIzEhMB8GA1UEAwwYb2ZmYm9hcmQtc2FuZGJveC1zaWduaW5nMCAXDTI2MTEy
NjA1NTMwMFoYDzIxMjYxMTAyMDU1MzAwWjAjMSEwHwYDVQQDDBhvZmZib2FyZC1z
YW5kYm94LXNpZ25pbmcwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCU
8r3QVCYEn2pfwBO/dsfO1MEMFAreGCZ1C3CyK6iezzoj4uANJV2m44vhlJS7Hvog
m98OaJ8zwNg8EELu4SXwthqoIijtoQ6bcEq95UatEMHRFkSyKYB7suFYXUq7lswb
HeCENUp2/EIZsNLbqomXrtHoJ0YpySGW4tJayqv83fvoVvVoXOrlQXj1o4f2rsWe
edeC6EzCwskzU+SJUHfXVDb/VFcG4D+9jaBC9+8jtu4TYkobJRixtuz8EIYSl2KG
23uGnXjqvZi9mK2/v/d9BhcxRAedY7X3QHaQNbk3OzINX5Za6xKfjGHCgy2ARj6/
EQSM8hiiColrYg8Dk5xnAgMBAAGjUzBRMB0GA1UdDgQWBBT5x6xyZxeJQrnquEEC
y3Kdwaeg1jAfBgNVHSMEGDAWgBT5x6xyZxeJQrnquEECy3Kdwaeg1jAPBgNVHRMB
Af8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQCE0SknYVpcfJxyS+3RWSBK9XU5
o8eiFzwNURNCT3szK+lMLKCt5cT11PAfbgtbijnnZJabkC59ivD3nSEotySn3IxJ
Sp/rTbTsib+Zykcn3fpcosaqPtZH/9a8hNIID8z7WWwBNXid+hr4nKjJcdiipwjf
phkByJ4jOGYypDD9eD7TADuN3QfV3AxPJFOc+6MocUsFAxt17K6+5gkxWWGSemNh
g3KtCAhuFm1jJW4gbcS5A5PUh/gz13IvYPMlGKgyjY8v8l+p0gSu1RbCn4zu3Gr8
v46w55Mfmbab3h6Giqr6fkZfUeu8p1F/J6SXfU7OX0Eib5U4jYz9Ciqp6G3E
-----END CERTIFICATE-----`

/** An OpenSSH RSA public key (public material only) for UploadSSHPublicKey. */
export const SSH_PUBLIC_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDj5E0hVlqqvHIXHXXndnQsWvxYp4q4B6R9jedbJLPwraI1NDPocKiALHr1H4+A4Me+jNZKyAyi51qQB0wV1Ftjlq+8kO+AgAF9Ipqjt5Oht4abKhrxgyyOzePnJeXSzfQ05cQ4ZkZvV4RJ2YG8OwDn4hMKLp7hl/UO/9ov+2U2J7iF3r/yNPr7LgwCXox8382TZCwextWkhicmnTxBsvi2zryYXd/YtVmOHLK0I5jpf324xGK2utz6hNoLbFH/ortY9o5p66KioplCcxAUO+Hj7tyT/+xzvijpgPDtK3UA3iN9Mki7noLsQhrvPU/tO4iTSZicWK8yz5F+Nvp5V7Dl sandbox'

export const POLICY_DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }]
})

export interface RunningIam {
  platform: IamPlatform
  server: SimServer
  iam: IAMClient
}

/** The sandbox on a loopback port, with an SDK client as a user would configure it. */
export async function startIam(
  state: IamSimState = emptyIamState(),
  knobs: Partial<Knobs> = {}
): Promise<RunningIam> {
  const platform = createIamPlatform(state, { seed: 7 })
  const server = await startSimServer(platform, { knobs })
  const iam = new IAMClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKIADUMMYDUMMYDUMMY1', secretAccessKey: 'dummy' },
    maxAttempts: 1
  })
  return { platform, server, iam }
}

/** The IAM error code an SDK call fails with (as AWS names it: NoSuchEntity, ...), its HTTP
 *  status and message; throws if the call succeeds. */
export async function failure(
  call: Promise<unknown>
): Promise<{ code: string; status?: number; message: string }> {
  try {
    await call
  } catch (err) {
    if (err instanceof IAMServiceException) {
      const code = (err as IAMServiceException & { Code?: string }).Code ?? err.name
      return { code, status: err.$metadata.httpStatusCode, message: err.message }
    }
    throw err
  }
  throw new Error('expected the call to fail')
}

/** Everything a user holds, as listed through the SDK, without ids or dates. */
export async function holdings(iam: IAMClient, userName: string) {
  const UserName = userName
  const [keys, certs, ssh, mfa, inline, attached, groups] = await Promise.all([
    iam.send(new ListAccessKeysCommand({ UserName })),
    iam.send(new ListSigningCertificatesCommand({ UserName })),
    iam.send(new ListSSHPublicKeysCommand({ UserName })),
    iam.send(new ListMFADevicesCommand({ UserName })),
    iam.send(new ListUserPoliciesCommand({ UserName })),
    iam.send(new ListAttachedUserPoliciesCommand({ UserName })),
    iam.send(new ListGroupsForUserCommand({ UserName }))
  ])
  const loginProfile = await iam.send(new GetLoginProfileCommand({ UserName })).then(
    () => true,
    (err: Error) => (err.name === 'NoSuchEntityException' ? false : Promise.reject(err))
  )
  return {
    accessKeys: (keys.AccessKeyMetadata ?? []).map(k => k.Status).sort(),
    loginProfile,
    signingCertificates: (certs.Certificates ?? []).map(c => c.Status).sort(),
    sshPublicKeys: (ssh.SSHPublicKeys ?? []).map(k => k.Status).sort(),
    mfaDevices: (mfa.MFADevices ?? []).length,
    inlinePolicies: [...(inline.PolicyNames ?? [])].sort(),
    attachedPolicies: (attached.AttachedPolicies ?? []).map(a => a.PolicyArn ?? '').sort(),
    groups: (groups.Groups ?? []).map(g => g.GroupName ?? '').sort()
  }
}
