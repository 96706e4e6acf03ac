// For the IAM Identity Center tests: an instance on moto or on the sandbox, seeded through the
// SDK as an administrator would (users, groups, memberships, permission sets, assignments), the
// connector's context pointed at it, and what a reader of either service sees of one user.
import {
  CreateGroupCommand,
  CreateGroupMembershipCommand,
  CreateUserCommand,
  IdentitystoreClient,
  ListGroupMembershipsForMemberCommand
} from '@aws-sdk/client-identitystore'
import {
  CreateAccountAssignmentCommand,
  CreatePermissionSetCommand,
  GetInlinePolicyForPermissionSetCommand,
  ListAccountAssignmentsForPrincipalCommand,
  ListInstancesCommand,
  PutInlinePolicyToPermissionSetCommand,
  SSOAdminClient
} from '@aws-sdk/client-sso-admin'
import type { ConnectorContext } from '../../src/connectors/connector.js'
import { awsSsoConfig, type AwsSsoConfig } from '../../src/connectors/aws_sso/types.js'
import { connectorContext } from './connectors.js'
import { MOTO_RETRY, uniqueName } from './moto.js'

export const KEYS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' }

/** Both services' SDK clients at one endpoint, signed with test keys. */
export function sdkClients(endpoint: string) {
  const config = {
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
  return { store: new IdentitystoreClient(config), admin: new SSOAdminClient(config) }
}
export type SdkClients = ReturnType<typeof sdkClients>

/** The instance the endpoint has (moto and the sandbox have exactly one). */
export async function instanceOf(sdk: SdkClients): Promise<AwsSsoConfig> {
  const [instance] = (await sdk.admin.send(new ListInstancesCommand({}))).Instances ?? []
  return awsSsoConfig({
    instance_arn: instance!.InstanceArn!,
    identity_store_id: instance!.IdentityStoreId!,
    region: 'us-east-1',
    retry: MOTO_RETRY
  })
}

/** The connector's context for an endpoint serving both services. */
export function ssoContext(endpoint: string): ConnectorContext {
  return connectorContext(
    {},
    { AWS_ENDPOINT_URL_IDENTITYSTORE: endpoint, AWS_ENDPOINT_URL_SSO_ADMIN: endpoint, ...KEYS }
  ).ctx
}

/** An administrator's moves, on one instance. */
export function seeder(sdk: SdkClients, config: AwsSsoConfig) {
  const IdentityStoreId = config.identity_store_id
  const InstanceArn = config.instance_arn
  return {
    async user(userName: string, email = `${userName}@acme.example`): Promise<string> {
      const res = await sdk.store.send(
        new CreateUserCommand({
          IdentityStoreId,
          UserName: userName,
          DisplayName: userName,
          Name: { GivenName: userName, FamilyName: 'Test' },
          Emails: [{ Value: email, Primary: true, Type: 'work' }]
        })
      )
      return res.UserId!
    },
    async group(name = uniqueName('grp')): Promise<{ id: string; name: string }> {
      const res = await sdk.store.send(
        new CreateGroupCommand({ IdentityStoreId, DisplayName: name })
      )
      return { id: res.GroupId!, name }
    },
    async join(groupId: string, userId: string): Promise<void> {
      await sdk.store.send(
        new CreateGroupMembershipCommand({
          IdentityStoreId,
          GroupId: groupId,
          MemberId: { UserId: userId }
        })
      )
    },
    async permissionSet(name = uniqueName('ps')): Promise<{ arn: string; name: string }> {
      const res = await sdk.admin.send(new CreatePermissionSetCommand({ InstanceArn, Name: name }))
      return { arn: res.PermissionSet!.PermissionSetArn!, name }
    },
    async inlinePolicy(arn: string, policy: object): Promise<void> {
      await sdk.admin.send(
        new PutInlinePolicyToPermissionSetCommand({
          InstanceArn,
          PermissionSetArn: arn,
          InlinePolicy: JSON.stringify(policy)
        })
      )
    },
    async assign(account: string, arn: string, type: 'USER' | 'GROUP', principalId: string) {
      await sdk.admin.send(
        new CreateAccountAssignmentCommand({
          InstanceArn,
          TargetId: account,
          TargetType: 'AWS_ACCOUNT',
          PermissionSetArn: arn,
          PrincipalType: type,
          PrincipalId: principalId
        })
      )
    }
  }
}

/** What is left of a user, as an administrator's reads see it. */
export async function leftOf(sdk: SdkClients, config: AwsSsoConfig, userId: string) {
  const [memberships, assignments] = await Promise.all([
    sdk.store.send(
      new ListGroupMembershipsForMemberCommand({
        IdentityStoreId: config.identity_store_id,
        MemberId: { UserId: userId }
      })
    ),
    sdk.admin.send(
      new ListAccountAssignmentsForPrincipalCommand({
        InstanceArn: config.instance_arn,
        PrincipalType: 'USER',
        PrincipalId: userId
      })
    )
  ])
  return {
    memberships: memberships.GroupMemberships ?? [],
    assignments: assignments.AccountAssignments ?? []
  }
}

/** A permission set's inline policy as a document (empty when it has none). */
export async function policyOf(sdk: SdkClients, config: AwsSsoConfig, arn: string) {
  const res = await sdk.admin.send(
    new GetInlinePolicyForPermissionSetCommand({
      InstanceArn: config.instance_arn,
      PermissionSetArn: arn
    })
  )
  return res.InlinePolicy
    ? (JSON.parse(res.InlinePolicy) as { Statement: Record<string, unknown>[] })
    : { Statement: [] }
}
