// The IAM client itself, without any mock: plan and audit clients refuse writes before any
// request leaves, and a machine without AWS credentials is reported, not crashed on.
import { describe, expect, it } from '@jest/globals'
import {
  DeleteUserCommand,
  GenerateCredentialReportCommand,
  ListUsersCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import { aws } from '../src/connectors/aws-iam.js'
import { iamClient } from '../src/connectors/aws-iam-client.js'
import type { Step } from '../src/connectors/connector.js'
import { withoutAwsCredentials } from './support/aws-env.js'
import { connectorContext } from './support/connectors.js'
import { awsConfig } from './support/declarations.js'

// A loopback port nothing listens on: any request that does leave fails to connect.
const NOWHERE = 'http://127.0.0.1:9'

function context(env: Record<string, string>) {
  return connectorContext(
    { aws: awsConfig() },
    { AWS_ENDPOINT_URL_IAM: NOWHERE, AWS_MAX_ATTEMPTS: '1', ...env }
  )
}

const keys = { AWS_ACCESS_KEY_ID: 'AKIDTESTING', AWS_SECRET_ACCESS_KEY: 'test-secret' }

describe('IAM client', () => {
  it('refuses every mutating command on a read-only client, before sending anything', async () => {
    const client = iamClient(context(keys).ctx, { readOnly: true })
    await expect(client.send(new DeleteUserCommand({ UserName: 'alice' }))).rejects.toThrow(
      'AWS IAM: refused DeleteUser: this client only reads (plan and audit never write)'
    )
    await expect(
      client.send(
        new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'p', PolicyDocument: '{}' })
      )
    ).rejects.toThrow(/refused PutUserPolicy/)
    // Reads and report generation go out (and fail to connect: nothing listens there).
    for (const read of [new ListUsersCommand({}), new GenerateCredentialReportCommand({})])
      await expect(client.send(read as ListUsersCommand)).rejects.not.toThrow(/refused/)
  })

  it('lets the writer client send writes', async () => {
    const client = iamClient(context(keys).ctx, { readOnly: false })
    await expect(client.send(new DeleteUserCommand({ UserName: 'alice' }))).rejects.not.toThrow(
      /refused/
    )
  })

  it('masks the secret key and session token it reads from the environment', () => {
    const { ctx, masked } = context({ ...keys, AWS_SESSION_TOKEN: 'session-token' })
    iamClient(ctx, { readOnly: true })
    expect(masked.sort()).toEqual(['session-token', 'test-secret'])
  })
})

describe('AWS connector without credentials', () => {
  withoutAwsCredentials()

  it('says "not checked: no credentials" from discover, list and unavailable', async () => {
    const reader = aws.reader(context({}).ctx)
    expect(reader.unavailable).toBeUndefined()
    const who = { person: 'alice', name: 'Alice', email: 'a@example.test', account: 'alice' }
    const found = await reader.discover(who, { kind: 'departure' })
    expect(found.status).toBe('not_checked')
    expect(found.reason).toMatch(/^not checked: no credentials \(.+\)$/)
    expect(reader.unavailable).toBe(found.reason)
    const inventory = await reader.list([])
    expect(inventory).toMatchObject({ status: 'not_checked', reason: found.reason, requests: 0 })
  })

  it('fails steps in apply with the same reason', async () => {
    const writer = aws.writer(context({}).ctx)
    const step: Step = {
      id: 'aws/alice/delete_user/alice',
      platform: 'aws',
      person: 'alice',
      action: 'delete_user',
      target: 'alice',
      reason: 'departed',
      after: [],
      mode: 'auto',
      params: { user: 'alice', account: '123456789012' }
    }
    const outcome = await writer.perform(step)
    expect(outcome.result).toBe('failed')
    expect(outcome.detail).toMatch(/^AWS IAM: no credentials \(/)
  })
})
