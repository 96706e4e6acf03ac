// The audit against a real IAM emulator (moto). moto is shared by every test file, so only
// the drift of the users this file creates is asserted.
import { describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  IAMClient,
  RemoveUserFromGroupCommand
} from '@aws-sdk/client-iam'
import { auditPlatforms, type Drift } from '../../src/audit/index.js'
import { aws } from '../../src/connectors/aws/connector.js'
import { awsConfig, declarations, person, platforms, role } from '../support/declarations.js'
import { MOTO_RETRY, motoClientConfig, motoUrl, uniqueName } from '../support/moto.js'

const iam = new IAMClient(motoClientConfig())
const config = platforms({ aws: awsConfig({ retry: MOTO_RETRY }) })
const ctx = {
  platforms: config,
  env: {
    AWS_ENDPOINT_URL_IAM: motoUrl(),
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing'
  },
  maskSecret: () => {},
  log: () => {}
}

async function user(name: string, groups: string[] = []): Promise<void> {
  await iam.send(new CreateUserCommand({ UserName: name }))
  for (const g of groups)
    await iam.send(new AddUserToGroupCommand({ GroupName: g, UserName: name }))
}

describe('audit of AWS IAM (moto)', () => {
  it('reports an undeclared user, a departed user with a key, and an unapplied reduction; then nothing once fixed', async () => {
    const [dev, ops] = [uniqueName('dev'), uniqueName('ops')]
    const names = {
      alice: uniqueName('alice'),
      frank: uniqueName('frank'),
      stranger: uniqueName('stranger')
    }
    for (const g of [dev, ops]) await iam.send(new CreateGroupCommand({ GroupName: g }))
    // Alice's role lost `ops` in a merged change that was never applied.
    await user(names.alice, [dev, ops])
    await user(names.frank, [dev])
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: names.frank }))
    await user(names.stranger)

    const decl = declarations(
      config,
      [
        person('alice', { roles: ['dev'], accounts: { aws: names.alice } }),
        person('frank', {
          status: 'departed',
          departed_on: '2026-11-20',
          roles: ['dev'],
          accounts: { aws: names.frank }
        })
      ],
      [role('dev', { aws: { groups: [dev], policies: [] } })]
    )
    const ours = (d: Drift) =>
      d.findings
        .filter(f => Object.values(names).includes(f.account))
        .map(f => `${f.severity} ${f.kind} ${f.account} ${f.person ?? '-'} ${f.target ?? '-'}`)

    const before = await auditPlatforms(decl, [aws.reader(ctx)])
    expect(before.platforms[0]).toMatchObject({ platform: 'aws', status: 'checked' })
    expect(before.platforms[0]!.requests).toBeGreaterThan(0)
    expect(ours(before)).toEqual([
      `critical departed_still_active ${names.frank} frank -`,
      `high undeclared_account ${names.stranger} - -`,
      `medium extra_grant ${names.alice} alice aws_group ${ops}`
    ])
    const frank = before.findings.find(f => f.account === names.frank)!
    expect(frank.detail).toMatch(/still holds an active account with access_key/)
    // The key id never appears whole.
    expect(JSON.stringify(before)).not.toContain(key.AccessKey!.AccessKeyId!)

    await iam.send(new RemoveUserFromGroupCommand({ GroupName: ops, UserName: names.alice }))
    await iam.send(
      new DeleteAccessKeyCommand({
        UserName: names.frank,
        AccessKeyId: key.AccessKey!.AccessKeyId!
      })
    )
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: dev, UserName: names.frank }))
    await iam.send(new DeleteUserCommand({ UserName: names.frank }))
    await iam.send(new DeleteUserCommand({ UserName: names.stranger }))

    const after = await auditPlatforms(decl, [aws.reader(ctx)])
    expect(ours(after)).toEqual([])
  })

  it('reports a key never used once it is older than aws.stale_key_days', async () => {
    const name = uniqueName('keyholder')
    await user(name)
    await iam.send(new CreateAccessKeyCommand({ UserName: name }))
    const decl = declarations(config, [person('kim', { accounts: { aws: name } })])
    const stale = (d: Drift) =>
      d.findings.filter(f => f.account === name && f.kind === 'stale_credential')
    const today = await auditPlatforms(decl, [aws.reader(ctx)])
    expect(stale(today)).toEqual([])
    const later = new Date(Date.now() + 91 * 86_400_000)
    const inThreeMonths = await auditPlatforms(decl, [aws.reader(ctx)], { now: () => later })
    expect(stale(inThreeMonths)).toEqual([
      expect.objectContaining({
        severity: 'medium',
        person: 'kim',
        detail: expect.stringMatching(/never used since it was created/)
      })
    ])
  })
})
