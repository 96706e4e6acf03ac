// The IAM Identity Center connector against moto: a departing user with direct assignments in
// two accounts and two groups (one of which gives a third permission set), revoked as apply
// does, then checked through the SDK; a rerun finds nothing left. moto answers every call the
// connector makes except DescribePermissionSetProvisioningStatus: its ProvisionPermissionSet
// answers SUCCEEDED at once, so that call is never needed here (the unit tests mock it).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeUserCommand, DeleteUserCommand } from '@aws-sdk/client-identitystore'
import { ProvisionPermissionSetCommand } from '@aws-sdk/client-sso-admin'
import { awsSsoConnector } from '../../src/connectors/aws_sso/connector.js'
import { ssoClients } from '../../src/connectors/aws_sso/client.js'
import { ASSIGNMENT_KIND, AWS_SSO, GROUP_KIND } from '../../src/connectors/aws_sso/rules.js'
import type { AwsSsoConfig } from '../../src/connectors/aws_sso/types.js'
import type { Identity, Scope } from '../../src/connectors/connector.js'
import {
  instanceOf,
  leftOf,
  policyOf,
  sdkClients,
  seeder,
  ssoContext,
  type SdkClients
} from '../support/aws-sso.js'
import { planWith, revokeWith } from '../support/connectors.js'
import { motoUrl, uniqueName } from '../support/moto.js'

const MOTO_ACCOUNT = '123456789012'
const OTHER_ACCOUNT = '111122223333'
const OTHERS_STATEMENT = {
  Sid: 'ReadBuckets',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: '*'
}

let sdk: SdkClients
let config: AwsSsoConfig

beforeAll(async () => {
  sdk = sdkClients(motoUrl())
  config = await instanceOf(sdk)
})

/** A user holding two direct assignments, two groups, and through one group a third set. */
async function seedDeparting() {
  const s = seeder(sdk, config)
  const userName = uniqueName('leaver')
  const userId = await s.user(userName)
  const [developers, oncall] = [await s.group(), await s.group()]
  const [deploy, admin, viaGroup] = [
    await s.permissionSet(),
    await s.permissionSet(),
    await s.permissionSet()
  ]
  await s.inlinePolicy(deploy.arn, { Version: '2012-10-17', Statement: [OTHERS_STATEMENT] })
  await Promise.all([
    s.join(developers.id, userId),
    s.join(oncall.id, userId),
    s.assign(MOTO_ACCOUNT, deploy.arn, 'USER', userId),
    s.assign(OTHER_ACCOUNT, admin.arn, 'USER', userId),
    s.assign(MOTO_ACCOUNT, viaGroup.arn, 'GROUP', oncall.id)
  ])
  return { userName, userId, groups: [developers, oncall], sets: { deploy, admin, viaGroup } }
}

const who = (account: string | undefined, email = `${account}@acme.example`): Identity => ({
  person: 'leaver',
  name: 'Leaver',
  email,
  ...(account ? { account } : {})
})

function revoke(
  identity: Identity,
  scope: Scope = { kind: 'departure' },
  more: Partial<AwsSsoConfig> = {}
) {
  const writer = awsSsoConnector({ ...config, ...more }).writer(ssoContext(motoUrl()))
  return revokeWith(writer, identity, scope)
}

describe('IAM Identity Center connector against moto', () => {
  it('departs a user: the session deny first, then assignments and memberships, then the user', async () => {
    const seeded = await seedDeparting()
    const { found, plan, outcomes } = await revoke(who(seeded.userName))

    expect(found.status).toBe('checked')
    expect(found.unread).toEqual([])
    const { deploy, admin, viaGroup } = seeded.sets
    const steps = plan.steps.map(s => `${s.action} ${s.target}`).sort()
    expect(steps).toEqual(
      [
        `delete_user ${seeded.userName}`,
        `deny_sessions ${seeded.userName}/${admin.name}`,
        `deny_sessions ${seeded.userName}/${deploy.name}`,
        `deny_sessions ${seeded.userName}/${viaGroup.name}`,
        `remove_account_assignment ${seeded.userName}/${MOTO_ACCOUNT}/${deploy.name}`,
        `remove_account_assignment ${seeded.userName}/${OTHER_ACCOUNT}/${admin.name}`,
        ...seeded.groups.map(g => `remove_group_membership ${seeded.userName}/${g.name}`)
      ].sort()
    )
    // Nothing precedes the deny; every removal waits for every deny.
    const denies = plan.steps.filter(s => s.action === 'deny_sessions')
    for (const d of denies) expect(d.after).toEqual([])
    for (const s of plan.steps.filter(s => s.action.startsWith('remove_')))
      expect(s.after.sort()).toEqual(denies.map(d => d.id).sort())
    for (const s of plan.steps) expect(outcomes.get(s.id)?.result).toBe('revoked')

    await expect(
      sdk.store.send(
        new DescribeUserCommand({
          IdentityStoreId: config.identity_store_id,
          UserId: seeded.userId
        })
      )
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    expect(await leftOf(sdk, config, seeded.userId)).toEqual({ memberships: [], assignments: [] })

    // The deny is in every set the user could use; what else a policy said is kept.
    const deny = {
      Sid: expect.stringMatching(/^OffboardSessionDeny[0-9a-f]+At\d{8}T\d{6}Z$/),
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'identitystore:userId': seeded.userId } }
    }
    expect((await policyOf(sdk, config, deploy.arn)).Statement).toEqual([OTHERS_STATEMENT, deny])
    expect((await policyOf(sdk, config, admin.arn)).Statement).toEqual([deny])
    expect((await policyOf(sdk, config, viaGroup.arn)).Statement).toEqual([deny])

    const again = await revoke(who(seeded.userName))
    expect(again.found.status).toBe('no_account')
    expect(again.plan.steps).toEqual([])
  })

  it('disable: keeps the user with nothing assigned and leaves disabling it to a human', async () => {
    const seeded = await seedDeparting()
    const { plan, outcomes } = await revoke(
      who(seeded.userName),
      { kind: 'departure' },
      {
        on_departure: 'disable'
      }
    )
    const manual = plan.steps.filter(s => s.mode === 'manual')
    expect(manual.map(s => s.action)).toEqual(['disable_user'])
    expect(outcomes.get(manual[0]!.id)?.result).toBe('skipped')
    expect(await leftOf(sdk, config, seeded.userId)).toEqual({ memberships: [], assignments: [] })

    // Nothing is left to remove; the human's step stays until the user shows disabled.
    const again = await revoke(
      who(seeded.userName),
      { kind: 'departure' },
      { on_departure: 'disable' }
    )
    expect(again.plan.steps.map(s => s.action)).toEqual(['disable_user'])
  })

  it('reduction: removes exactly the group and the assignment no role grants any more', async () => {
    const seeded = await seedDeparting()
    const [keep, drop] = seeded.groups
    const { plan } = await revoke(who(seeded.userName), {
      kind: 'reduction',
      remove: [
        { platform: AWS_SSO, kind: GROUP_KIND, value: drop!.name },
        {
          platform: AWS_SSO,
          kind: ASSIGNMENT_KIND,
          value: `${OTHER_ACCOUNT}/${seeded.sets.admin.name}`
        },
        { platform: AWS_SSO, kind: GROUP_KIND, value: 'never-held' }
      ]
    })
    expect(plan.steps.map(s => s.action).sort()).toEqual([
      'remove_account_assignment',
      'remove_group_membership'
    ])
    const left = await leftOf(sdk, config, seeded.userId)
    expect(left.memberships.map(m => m.GroupId)).toEqual([keep!.id])
    expect(left.assignments.map(a => `${a.AccountId} ${a.PermissionSetArn}`)).toEqual([
      `${MOTO_ACCOUNT} ${seeded.sets.deploy.arn}`
    ])
  })

  it('finds the user by email when none is declared, and refuses an email two users share', async () => {
    const seeded = await seedDeparting()
    const email = `${seeded.userName}@acme.example`
    const reader = awsSsoConnector(config).reader(ssoContext(motoUrl()))
    const { found, plan } = await planWith(reader, who(undefined, email), { kind: 'departure' })
    expect(found.status).toBe('checked')
    expect(found.account?.display).toBe(seeded.userName)
    expect(plan.steps.every(s => s.params.found_by === 'lookup')).toBe(true)

    await seeder(sdk, config).user(uniqueName('twin'), email.toUpperCase())
    // The next run (a reader lists the store once per run).
    const next = awsSsoConnector(config).reader(ssoContext(motoUrl()))
    const twice = await next.discover(who(undefined, email), { kind: 'departure' })
    expect(twice.status).toBe('not_checked')
    expect(twice.reason).toMatch(/2 Identity Center users have the email .*: none is used/)
  })

  it('refuses a protected user whatever its name case', async () => {
    const seeded = await seedDeparting()
    const reader = awsSsoConnector({
      ...config,
      protected: [seeded.userName.toUpperCase()]
    }).reader(ssoContext(motoUrl()))
    const { plan } = await planWith(reader, who(seeded.userName), { kind: 'departure' })
    expect(plan.steps).toEqual([])
    expect(plan.refused).toEqual([
      expect.objectContaining({
        target: seeded.userName,
        reason: expect.stringContaining('protected')
      })
    ])
  })

  it('lists every user with its groups and direct assignments for the audit', async () => {
    const seeded = await seedDeparting()
    // moto lists a permission set's assignments in its own account once it is provisioned.
    await sdk.admin.send(
      new ProvisionPermissionSetCommand({
        InstanceArn: config.instance_arn,
        PermissionSetArn: seeded.sets.deploy.arn,
        TargetType: 'ALL_PROVISIONED_ACCOUNTS'
      })
    )
    const inventory = await awsSsoConnector(config).reader(ssoContext(motoUrl())).list([])
    expect(inventory.status).toBe('checked')
    const listed = inventory.accounts.find(a => a.account === seeded.userName)!
    expect(listed).toMatchObject({
      id: seeded.userId,
      email: `${seeded.userName}@acme.example`,
      active: true
    })
    expect(listed.grants).toEqual(
      expect.arrayContaining([
        ...seeded.groups.map(g => ({ platform: 'aws_sso', kind: 'aws_sso_group', value: g.name })),
        {
          platform: 'aws_sso',
          kind: 'aws_sso_assignment',
          value: `${MOTO_ACCOUNT}/${seeded.sets.deploy.name}`
        }
      ])
    )
    // The group's assignment is the group's, not a grant of the user's.
    expect(listed.grants).toHaveLength(3)
    expect(listed.credentials).toEqual([])
  })

  it('plan and audit clients refuse to write, even when asked directly', async () => {
    const seeded = await seedDeparting()
    const { store } = ssoClients(ssoContext(motoUrl()), config, { readOnly: true })
    await expect(
      store.send(
        new DeleteUserCommand({ IdentityStoreId: config.identity_store_id, UserId: seeded.userId })
      )
    ).rejects.toThrow('AWS Identity Store: refused DeleteUser: this client only reads')
    await expect(
      sdk.store.send(
        new DescribeUserCommand({
          IdentityStoreId: config.identity_store_id,
          UserId: seeded.userId
        })
      )
    ).resolves.toBeTruthy()
    expect('perform' in awsSsoConnector(config).reader(ssoContext(motoUrl()))).toBe(false)
  })
})
