// The AWS IAM connector against moto: a departed user seeded with every kind of credential
// and grant, revoked step by step as the plan orders, then checked through the SDK.
import { describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeleteUserCommand,
  EnableMFADeviceCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand,
  ListUserTagsCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand
} from '@aws-sdk/client-iam'
import { aws } from '../../src/connectors/aws/connector.js'
import { runSteps } from '../../src/graph.js'
import { iamClient } from '../../src/connectors/aws/client.js'
import type { ChangeRef, ConnectorContext, Scope, Step } from '../../src/connectors/connector.js'
import type { AwsConfig } from '../../src/declarations/types.js'
import { connectorContext, revokeWith } from '../support/connectors.js'
import { awsConfig } from '../support/declarations.js'
import { MOTO_RETRY, motoClientConfig, motoUrl, uniqueName } from '../support/moto.js'

// Public test material only: a self-signed certificate and an SSH public key.
const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBhjCCAS2gAwIBAgIUJRXn0w4gcJpLZh6B/Ga31CSbW4swCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNb2ZmYm9hcmQtdGVzdDAgFw0yNjExMjYwNTUxMDJaGA8yMTI2
MTEwMjA1NTEwMlowGDEWMBQGA1UEAwwNb2ZmYm9hcmQtdGVzdDBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABHk0/c17WSGNWSUYOkRrSaxWtgtDfShkopC24Q9zuBx6
tTEZOtaU+5fKKlFlgOEmkQFAgT9foWzi3HLzZthpFtKjUzBRMB0GA1UdDgQWBBQ1
brkuO7PeHUfg7S1xqK6ZFRDU3TAfBgNVHSMEGDAWgBQ1brkuO7PeHUfg7S1xqK6Z
FRDU3TAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIA0HZ5tGkQve
yNv+8afCqmBV0Bv5oBjPYt8smax+iNlRAiAuOkhcRQTsw3kJbvqBZOeeuyh72uo8
IDNiJxCOSHqKRA==
-----END CERTIFICATE-----`
const SSH_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxAb6sjC8gdagz0Bd2MWDjLGRr9Fapg8/mNezZXDteI offboard-test'

const CHANGE: ChangeRef = { base: 'a'.repeat(40), head: 'b'.repeat(40), pr: 17 }

function context(config: Partial<AwsConfig> = {}): ConnectorContext {
  const { ctx } = connectorContext(
    { aws: awsConfig({ retry: MOTO_RETRY, ...config }) },
    {
      AWS_ENDPOINT_URL_IAM: motoUrl(),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing'
    }
  )
  return { ...ctx, change: CHANGE }
}

interface Seeded {
  user: string
  keys: string[]
  groups: string[]
  policies: string[]
  mfaSerial: string
}

/** A departed user with two access keys (one inactive), a console password, an SSH key, a
 *  signing certificate, an enabled virtual MFA device, an inline policy, an attached managed
 *  policy and two groups. */
async function seedDeparted(iam: IAMClient, extraPolicies = 0): Promise<Seeded> {
  const user = uniqueName('departed')
  await iam.send(new CreateUserCommand({ UserName: user }))
  const groups = [uniqueName('grp'), uniqueName('grp')]
  const policies: string[] = []
  for (let i = 0; i <= extraPolicies; i++) {
    const created = await iam.send(
      new CreatePolicyCommand({
        PolicyName: uniqueName('pol'),
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }]
        })
      })
    )
    policies.push(created.Policy!.Arn!)
  }
  const keys: string[] = []
  for (let i = 0; i < 2; i++) {
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: user }))
    keys.push(key.AccessKey!.AccessKeyId!)
  }
  const mfa = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: uniqueName('mfa') })
  )
  const mfaSerial = mfa.VirtualMFADevice!.SerialNumber!
  await Promise.all([
    ...groups.map(async g => {
      await iam.send(new CreateGroupCommand({ GroupName: g }))
      await iam.send(new AddUserToGroupCommand({ GroupName: g, UserName: user }))
    }),
    ...policies.map(arn =>
      iam.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: arn }))
    ),
    iam.send(
      new UpdateAccessKeyCommand({ UserName: user, AccessKeyId: keys[1], Status: 'Inactive' })
    ),
    iam.send(new CreateLoginProfileCommand({ UserName: user, Password: 'Departed-pw-2026!' })),
    iam.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: SSH_KEY })),
    iam.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: CERTIFICATE })),
    iam.send(
      new EnableMFADeviceCommand({
        UserName: user,
        SerialNumber: mfaSerial,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '654321'
      })
    ),
    iam.send(
      new PutUserPolicyCommand({
        UserName: user,
        PolicyName: 'personal',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }]
        })
      })
    )
  ])
  return { user, keys, groups, policies, mfaSerial }
}

/** discover -> planSteps -> perform, as apply does; returns the plan and its outcomes. */
function revoke(ctx: ConnectorContext, user: string, scope: Scope) {
  const who = {
    person: user,
    name: 'Departed Person',
    email: `${user}@example.test`,
    account: user
  }
  return revokeWith(aws.writer(ctx), who, scope)
}

const destructive = (steps: Step[]) =>
  steps.filter(s => /^(delete|deactivate|remove|detach)_/.test(s.action))

describe('AWS IAM connector against moto', () => {
  const iam = new IAMClient(motoClientConfig())

  it('delete: discovers everything, revokes it in order and deletes the user', async () => {
    const seeded = await seedDeparted(iam)
    const { found, plan, outcomes } = await revoke(context(), seeded.user, { kind: 'departure' })

    expect(found.status).toBe('checked')
    expect(new Set(found.holdings.map(h => h.kind))).toEqual(
      new Set([
        'access_key',
        'login_profile',
        'mfa_device',
        'signing_certificate',
        'ssh_public_key',
        'inline_policy',
        'managed_policy',
        'group'
      ])
    )
    const actions = plan.steps.map(s => s.action)
    expect(actions).toEqual(expect.arrayContaining(['revoke_sessions', 'delete_user']))
    // Only the active key needs deactivating first.
    expect(actions.filter(a => a === 'deactivate_access_key')).toHaveLength(1)
    expect(actions.filter(a => a === 'delete_access_key')).toHaveLength(2)
    for (const step of plan.steps) {
      for (const key of seeded.keys) expect(step.target).not.toContain(key)
      expect(outcomes.get(step.id)).toEqual({ result: 'revoked', detail: '' })
    }

    await expect(iam.send(new GetUserCommand({ UserName: seeded.user }))).rejects.toBeInstanceOf(
      NoSuchEntityException
    )
    const virtual = await iam.send(new ListVirtualMFADevicesCommand({}))
    expect(virtual.VirtualMFADevices?.map(d => d.SerialNumber)).not.toContain(seeded.mfaSerial)

    const again = await revoke(context(), seeded.user, { kind: 'departure' })
    expect(again.found.status).toBe('no_account')
    expect(again.plan.steps).toEqual([])
  })

  it('disable: keeps the user with nothing usable, a deny-all policy and offboarding tags', async () => {
    const seeded = await seedDeparted(iam)
    const ctx = context({ on_departure: 'disable' })
    const { plan, outcomes } = await revoke(ctx, seeded.user, { kind: 'departure' })
    expect(plan.steps.map(s => s.action)).not.toContain('delete_user')
    expect([...outcomes.values()].every(o => o.result === 'revoked')).toBe(true)

    const u = { UserName: seeded.user }
    const [keys, ssh, certs, mfa, groups, attached, inline, tags] = await Promise.all([
      iam.send(new ListAccessKeysCommand(u)),
      iam.send(new ListSSHPublicKeysCommand(u)),
      iam.send(new ListSigningCertificatesCommand(u)),
      iam.send(new ListMFADevicesCommand(u)),
      iam.send(new ListGroupsForUserCommand(u)),
      iam.send(new ListAttachedUserPoliciesCommand(u)),
      iam.send(new ListUserPoliciesCommand(u)),
      iam.send(new ListUserTagsCommand(u))
    ])
    expect(keys.AccessKeyMetadata).toEqual([])
    expect(ssh.SSHPublicKeys).toEqual([])
    expect(certs.Certificates).toEqual([])
    expect(mfa.MFADevices).toEqual([])
    expect(groups.Groups).toEqual([])
    expect(attached.AttachedPolicies).toEqual([])
    await expect(iam.send(new GetLoginProfileCommand(u))).rejects.toBeInstanceOf(
      NoSuchEntityException
    )
    expect(inline.PolicyNames).toEqual(['offboard-deny-all'])
    const deny = await iam.send(new GetUserPolicyCommand({ ...u, PolicyName: 'offboard-deny-all' }))
    expect(JSON.parse(decodeURIComponent(deny.PolicyDocument!)).Statement).toEqual([
      { Effect: 'Deny', Action: '*', Resource: '*' }
    ])
    const tagged = Object.fromEntries((tags.Tags ?? []).map(t => [t.Key, t.Value]))
    expect(Date.parse(tagged['offboard:offboarded-at']!)).toBeGreaterThan(Date.now() - 60_000)
    expect(tagged['offboard:change']).toBe(`pr 17 ${CHANGE.base}..${CHANGE.head}`)

    const again = await revoke(ctx, seeded.user, { kind: 'departure' })
    expect(again.found.status).toBe('checked')
    expect(again.plan.steps).toEqual([])
  })

  it('disable: a second run after a partial first run performs no destructive call twice', async () => {
    const seeded = await seedDeparted(iam)
    const ctx = context({ on_departure: 'disable' })
    const writer = aws.writer(ctx)
    const who = { person: 'p', name: 'P', email: 'p@example.test', account: seeded.user }
    const first = writer.planSteps(await writer.discover(who, { kind: 'departure' }), {
      kind: 'departure'
    })
    // The first run stops after the first level of steps.
    await runSteps(
      first.steps.filter(s => s.after.length === 0),
      s => writer.perform(s)
    )
    const { plan } = await revoke(ctx, seeded.user, { kind: 'departure' })
    const done = new Set(first.steps.filter(s => s.after.length === 0).map(s => s.id))
    expect(destructive(plan.steps).filter(s => done.has(s.id))).toEqual([])
    // What the first level deactivated is deleted now. (A virtual MFA device, once
    // unassigned, is no longer the user's: IAM stops listing it with the user.)
    expect(plan.steps.map(s => s.action).sort()).toEqual([
      'delete_access_key',
      'delete_signing_certificate',
      'delete_ssh_public_key'
    ])
  })

  it('reduction: leaves exactly the groups and policies still declared', async () => {
    const seeded = await seedDeparted(iam, 1)
    const [keepGroup, dropGroup] = seeded.groups as [string, string]
    const [keepPolicy, dropPolicy] = seeded.policies as [string, string]
    const { plan } = await revoke(context(), seeded.user, {
      kind: 'reduction',
      remove: [
        { platform: 'aws', kind: 'aws_group', value: dropGroup },
        { platform: 'aws', kind: 'aws_policy', value: dropPolicy },
        { platform: 'aws', kind: 'aws_group', value: 'never-held' }
      ]
    })
    expect(plan.steps.map(s => s.action).sort()).toEqual([
      'detach_managed_policy',
      'remove_from_group'
    ])
    const u = { UserName: seeded.user }
    const groups = await iam.send(new ListGroupsForUserCommand(u))
    const attached = await iam.send(new ListAttachedUserPoliciesCommand(u))
    expect(groups.Groups?.map(g => g.GroupName)).toEqual([keepGroup])
    expect(attached.AttachedPolicies?.map(p => p.PolicyArn)).toEqual([keepPolicy])
    const keys = await iam.send(new ListAccessKeysCommand(u))
    expect(keys.AccessKeyMetadata).toHaveLength(2)
  })

  it('refuses a protected user whatever its name case', async () => {
    const seeded = await seedDeparted(iam)
    const { plan } = await revoke(
      context({ protected: [seeded.user.toUpperCase()] }),
      seeded.user,
      { kind: 'departure' }
    )
    expect(plan.steps).toEqual([])
    expect(plan.refused).toEqual([
      expect.objectContaining({ target: seeded.user, reason: expect.stringContaining('protected') })
    ])
    await expect(iam.send(new GetUserCommand({ UserName: seeded.user }))).resolves.toBeTruthy()
  })

  it('lists every user with grants and credentials in a few requests', async () => {
    const seeded = await seedDeparted(iam)
    const other = uniqueName('plain')
    await iam.send(new CreateUserCommand({ UserName: other }))
    const inventory = await aws.reader(context()).list([])

    expect(inventory.status).toBe('checked')
    const listed = inventory.accounts.find(a => a.account === seeded.user)!
    expect(listed.active).toBe(true)
    expect(listed.grants).toEqual(
      expect.arrayContaining([
        ...seeded.groups.map(g => ({ platform: 'aws', kind: 'aws_group', value: g })),
        { platform: 'aws', kind: 'aws_policy', value: seeded.policies[0] }
      ])
    )
    expect(listed.grants).toHaveLength(3)
    const kinds = listed.credentials.map(c => `${c.kind}:${c.status}`).sort()
    expect(kinds).toEqual(['access_key:active', 'access_key:inactive', 'console_password:active'])
    expect(inventory.accounts.find(a => a.account === other)?.credentials).toEqual([])
    // Whatever the number of users: authorization details, report generation and fetch.
    expect(inventory.accounts.length).toBeGreaterThanOrEqual(2)
    expect(inventory.requests).toBeGreaterThanOrEqual(3)
    expect(inventory.requests).toBeLessThanOrEqual(5)
  })

  it('plan and audit clients refuse to write, even when asked directly', async () => {
    const user = uniqueName('readonly')
    await iam.send(new CreateUserCommand({ UserName: user }))
    const reader = iamClient(context(), { readOnly: true })
    await expect(reader.send(new GetUserCommand({ UserName: user }))).resolves.toBeTruthy()
    await expect(reader.send(new DeleteUserCommand({ UserName: user }))).rejects.toThrow(
      /refused DeleteUser/
    )
    await expect(iam.send(new GetUserCommand({ UserName: user }))).resolves.toBeTruthy()
    expect('perform' in aws.reader(context())).toBe(false)
  })
})
