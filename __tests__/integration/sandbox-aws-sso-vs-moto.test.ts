// The Identity Center sandbox and moto run the same administrator's moves and the same
// departure through the AWS SDK and the connector, and must end in the same states and fail
// with the same error codes.
//
// Where moto departs from AWS the sandbox follows AWS (the service models), and this says so:
// - moto answers every error with HTTP 400; the models give ResourceNotFound 404, Conflict 409,
//   AccessDenied 403, Throttling 429. Codes are compared on both; statuses on the sandbox.
// - moto's DeleteUser and DeleteGroupMembership succeed for what does not exist; the sandbox
//   answers ResourceNotFound (USER, GROUP_MEMBERSHIP), as the API reference documents.
// - moto's ProvisionPermissionSet answers SUCCEEDED at once and has no
//   DescribePermissionSetProvisioningStatus; the sandbox answers IN_PROGRESS first, as AWS
//   does, and its requests can be made to take time (asyncMs), with Conflict meanwhile.
// - moto keeps a deleted user's group memberships; the sandbox drops them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateGroupMembershipCommand,
  CreateUserCommand,
  DeleteGroupMembershipCommand,
  DeleteUserCommand,
  DescribeUserCommand,
  GetUserIdCommand
} from '@aws-sdk/client-identitystore'
import {
  DeleteAccountAssignmentCommand,
  ProvisionPermissionSetCommand
} from '@aws-sdk/client-sso-admin'
import { awsSsoConnector } from '../../src/connectors/aws_sso/connector.js'
import type { AwsSsoConfig } from '../../src/connectors/aws_sso/types.js'
import { createSsoPlatform, emptySsoState } from '../../src/sandbox/aws-sso/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  instanceOf,
  leftOf,
  policyOf,
  sdkClients,
  seeder,
  ssoContext,
  type SdkClients
} from '../support/aws-sso.js'
import { revokeWith } from '../support/connectors.js'
import { motoUrl, uniqueName } from '../support/moto.js'

/** An error answer as `Code`, and its HTTP status. */
async function failure(call: Promise<unknown>) {
  try {
    await call
  } catch (err) {
    const e = err as { name: string; $metadata?: { httpStatusCode?: number } }
    return { code: e.name, status: e.$metadata?.httpStatusCode }
  }
  return { code: 'no error', status: 200 }
}

/** The same moves on one endpoint; returns what a reader sees along the way. */
async function scenario(endpoint: string) {
  const sdk = sdkClients(endpoint)
  const config = await instanceOf(sdk)
  const s = seeder(sdk, config)
  const IdentityStoreId = config.identity_store_id
  const code = async (call: Promise<unknown>) => (await failure(call)).code
  const out: Record<string, unknown> = {}

  const userName = uniqueName('leaver')
  const userId = await s.user(userName)
  out.duplicateUser = await code(s.user(userName))
  out.missingName = await code(
    sdk.store.send(new CreateUserCommand({ IdentityStoreId, UserName: uniqueName('noname') }))
  )
  const [developers, oncall] = [
    await s.group(uniqueName('developers')),
    await s.group(uniqueName('oncall'))
  ]
  out.duplicateGroup = await code(s.group(developers.name))
  await s.join(developers.id, userId)
  await s.join(oncall.id, userId)
  out.missingMember = await code(
    sdk.store.send(
      new CreateGroupMembershipCommand({
        IdentityStoreId,
        GroupId: oncall.id,
        MemberId: { UserId: 'nobody' }
      })
    )
  )
  out.unknownUser = await code(
    sdk.store.send(
      new GetUserIdCommand({
        IdentityStoreId,
        AlternateIdentifier: {
          UniqueAttribute: { AttributePath: 'userName', AttributeValue: uniqueName('nobody') }
        }
      })
    )
  )
  const [deploy, viaGroup] = [await s.permissionSet(), await s.permissionSet()]
  await s.inlinePolicy(deploy.arn, {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
  })
  await s.assign('123456789012', deploy.arn, 'USER', userId)
  await s.assign('123456789012', viaGroup.arn, 'GROUP', oncall.id)
  const before = await leftOf(sdk, config, userId)
  out.before = { memberships: before.memberships.length, assignments: before.assignments.length }

  const writer = awsSsoConnector(config).writer(ssoContext(endpoint))
  const who = {
    person: 'leaver',
    name: 'Leaver',
    email: `${userName}@acme.example`,
    account: userName
  }
  const { plan, outcomes } = await revokeWith(writer, who, { kind: 'departure' })
  out.steps = plan.steps.map(st => st.action).sort()
  out.results = [...new Set([...outcomes.values()].map(o => o.result))]
  out.after = await leftOf(sdk, config, userId)
  out.deletedUser = await code(
    sdk.store.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }))
  )
  const denyOf = async (arn: string) =>
    (await policyOf(sdk, config, arn)).Statement.map(
      st => `${String(st.Effect)} ${JSON.stringify(st.Condition ?? {})}`
    )
  out.denies = [await denyOf(deploy.arn), await denyOf(viaGroup.arn)]
  out.userId = userId
  out.removeAgain = await code(
    sdk.admin.send(
      new DeleteAccountAssignmentCommand({
        InstanceArn: config.instance_arn,
        TargetId: '123456789012',
        TargetType: 'AWS_ACCOUNT',
        PermissionSetArn: deploy.arn,
        PrincipalType: 'USER',
        PrincipalId: userId
      })
    )
  )
  out.rerun = (await revokeWith(writer, who, { kind: 'departure' })).plan.steps
  return out
}

describe('Identity Center sandbox agrees with moto', () => {
  let server: SimServer
  beforeAll(async () => {
    server = await startSimServer(createSsoPlatform(emptySsoState(), { seed: 7 }))
  })
  afterAll(async () => {
    await server.close()
  })

  it('on a departure: same states along the way, same error codes', async () => {
    const moto = await scenario(motoUrl())
    const ours = await scenario(server.url)
    const withoutIds = (o: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(o).replaceAll(String(o.userId), 'USER_ID')) as Record<
        string,
        unknown
      >
    expect(withoutIds(ours)).toEqual(withoutIds(moto))
    // The scenario really held and dropped things (not two empty runs agreeing).
    expect(ours).toMatchObject({
      duplicateUser: 'ConflictException',
      missingName: 'ValidationException',
      duplicateGroup: 'ConflictException',
      missingMember: 'ResourceNotFoundException',
      unknownUser: 'ResourceNotFoundException',
      before: { memberships: 2, assignments: 1 },
      results: ['revoked'],
      after: { memberships: [], assignments: [] },
      deletedUser: 'ResourceNotFoundException',
      removeAgain: 'ResourceNotFoundException',
      rerun: []
    })
    const deny = `Deny {"StringEquals":{"identitystore:userId":"USER_ID"}}`
    expect(withoutIds(ours).denies).toEqual([['Allow {}', deny], [deny]])
  })

  it('follows the service models where moto does not: statuses, and deleting what is gone', async () => {
    const sdk = sdkClients(server.url)
    const config = await instanceOf(sdk)
    const IdentityStoreId = config.identity_store_id
    const s = seeder(sdk, config)
    const userId = await s.user(uniqueName('gone'))
    expect(
      await failure(
        s.user(
          (await sdk.store.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId })))
            .UserName!
        )
      )
    ).toEqual({
      code: 'ConflictException',
      status: 409
    })
    await sdk.store.send(new DeleteUserCommand({ IdentityStoreId, UserId: userId }))
    expect(
      await failure(sdk.store.send(new DeleteUserCommand({ IdentityStoreId, UserId: userId })))
    ).toEqual({
      code: 'ResourceNotFoundException',
      status: 404
    })
    expect(
      await failure(
        sdk.store.send(
          new DeleteGroupMembershipCommand({ IdentityStoreId, MembershipId: 'm-none' })
        )
      )
    ).toEqual({ code: 'ResourceNotFoundException', status: 404 })
  })
})

describe('the connector on the sandbox, with requests that take time', () => {
  let server: SimServer
  let sdk: SdkClients
  let config: AwsSsoConfig
  beforeAll(async () => {
    server = await startSimServer(createSsoPlatform(emptySsoState(), { seed: 7, asyncMs: 200 }))
    sdk = sdkClients(server.url)
    config = await instanceOf(sdk)
  })
  afterAll(async () => {
    await server.close()
  })

  it('waits for each request to finish, and for a provisioning under way before its own', async () => {
    const s = seeder(sdk, config)
    const userName = uniqueName('slow')
    const userId = await s.user(userName)
    const deploy = await s.permissionSet()
    await s.assign('123456789012', deploy.arn, 'USER', userId)
    // Someone else's provisioning of the same set is still running when the departure starts.
    await sdk.admin.send(
      new ProvisionPermissionSetCommand({
        InstanceArn: config.instance_arn,
        PermissionSetArn: deploy.arn,
        TargetType: 'ALL_PROVISIONED_ACCOUNTS'
      })
    )
    server.resetRecord()
    const writer = awsSsoConnector(config).writer(ssoContext(server.url))
    const who = {
      person: 'slow',
      name: 'Slow',
      email: `${userName}@acme.example`,
      account: userName
    }
    const { outcomes } = await revokeWith(writer, who, { kind: 'departure' })
    expect([...outcomes.values()].map(o => o.result)).toEqual(['revoked', 'revoked', 'revoked'])
    const counts = server.counts()
    expect(counts.ProvisionPermissionSet).toBeGreaterThanOrEqual(2) // the first met a Conflict
    expect(counts.DescribePermissionSetProvisioningStatus).toBeGreaterThanOrEqual(1)
    expect(counts.DescribeAccountAssignmentDeletionStatus).toBeGreaterThanOrEqual(1)
    expect(await leftOf(sdk, config, userId)).toEqual({ memberships: [], assignments: [] })
  })
})
