// The IAM client itself, without any mock: plan and audit clients refuse writes before any
// request leaves, and a machine without AWS credentials is reported, not crashed on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DeleteUserCommand,
  GenerateCredentialReportCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import nock from 'nock'
import { aws } from '../src/connectors/aws/connector.js'
import { errorText, iamClient } from '../src/connectors/aws/client.js'
import type { Step } from '../src/connectors/connector.js'
import type { RetryBudget } from '../src/connectors/shared/retry-budget.js'
import { withoutAwsCredentials } from './support/aws-env.js'
import { connectorContext } from './support/connectors.js'
import { awsConfig } from './support/declarations.js'
import { useNock } from './support/nock.js'

// A loopback port nothing listens on: any request that does leave fails to connect.
const NOWHERE = 'http://127.0.0.1:9'

function context(env: Record<string, string>, retry: Partial<RetryBudget> = { retries: 0 }) {
  return connectorContext({ aws: awsConfig({ retry }) }, { AWS_ENDPOINT_URL_IAM: NOWHERE, ...env })
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

describe('IAM client on the default credential chain', () => {
  withoutAwsCredentials()

  it('masks the secret key and session token the chain resolves, before a request is sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offboard-aws-'))
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials')
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE,
      '[default]\naws_access_key_id = AKIDCHAIN\naws_secret_access_key = chain-secret-key\naws_session_token = chain-session-token\n'
    )
    const { ctx, masked } = context({})
    const client = iamClient(ctx, { readOnly: true })
    expect(masked).toEqual([])
    await expect(client.send(new ListUsersCommand({}))).rejects.toThrow()
    expect([...new Set(masked)].sort()).toEqual(['chain-secret-key', 'chain-session-token'])
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

describe('IAM client: the retry budget', () => {
  const IAM = 'http://iam.test'
  const budget: RetryBudget = { retries: 3, seconds: 5, attempt_seconds: 0.3 }
  const client = (retry: Partial<RetryBudget> = budget) => {
    const { ctx } = context({ ...keys, AWS_ENDPOINT_URL_IAM: IAM }, retry)
    return iamClient(ctx, { readOnly: true, onRequest: () => requests++ })
  }
  const listKeys = (c: ReturnType<typeof client>) =>
    c.send(new ListAccessKeysCommand({ UserName: 'alice' })).then(() => 'succeeded', errorText)
  const iamError = (code: string, message: string) =>
    `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`
  let requests = 0

  useNock()
  afterEach(() => {
    requests = 0
    const pending = nock.pendingMocks()
    nock.cleanAll()
    expect(pending).toEqual([])
  })

  it('gives up at once on throttling whose Retry-After is longer than the budget', async () => {
    nock(IAM)
      .post('/')
      .reply(429, iamError('Throttling', 'Rate exceeded'), { 'retry-after': '3600' })
    expect(await listKeys(client())).toBe(
      'gave up after 0 retries / 5 s (asked to wait 3600 s): Throttling: Rate exceeded'
    )
    expect(requests).toBe(1)
  })

  it('retries repeated server errors as often as the budget says, then fails naming the last', async () => {
    nock(IAM).post('/').times(4).reply(500, iamError('ServiceFailure', 'internal failure'))
    expect(await listKeys(client())).toBe(
      'gave up after 3 retries / 5 s: ServiceFailureException: internal failure'
    )
    expect(requests).toBe(4)
  })

  it('stops waiting for an answer that does not come, within the budget', async () => {
    nock(IAM).post('/').times(2).delay(1000).reply(200, '')
    expect(await listKeys(client({ retries: 1, seconds: 5, attempt_seconds: 0.2 }))).toBe(
      'gave up after 1 retry / 5 s: TimeoutError: no answer within 0.2 s'
    )
    expect(requests).toBe(2)
  })

  it('ends a call when its time is up, whatever is left of its retries', async () => {
    nock(IAM).post('/').delay(1000).reply(200, '')
    expect(await listKeys(client({ retries: 3, seconds: 0.3, attempt_seconds: 20 }))).toBe(
      'gave up after 0 retries / 0.3 s: TimeoutError: no answer within 0.3 s'
    )
  })

  it('does not retry an error that a retry cannot fix', async () => {
    nock(IAM)
      .post('/')
      .reply(403, iamError('AccessDenied', 'not authorized to perform: iam:ListAccessKeys'))
    expect(await listKeys(client())).toBe(
      'AccessDenied: not authorized to perform: iam:ListAccessKeys'
    )
    expect(requests).toBe(1)
  })
})

describe('IAM client: a dropped connection', () => {
  let server: Server
  let requests = 0
  beforeAll(async () => {
    // Reads each request, then closes the connection without an answer.
    server = createServer(req => {
      requests++
      req.resume().on('end', () => req.socket.destroy())
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  })
  afterAll(() => new Promise<void>(done => server.close(() => done())))

  it('is retried, then fails naming it', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const { ctx } = context(
      { ...keys, AWS_ENDPOINT_URL_IAM: url },
      { retries: 1, seconds: 5, attempt_seconds: 1 }
    )
    const said = await iamClient(ctx, { readOnly: true })
      .send(new ListAccessKeysCommand({ UserName: 'alice' }))
      .then(() => 'succeeded', errorText)
    expect(said).toMatch(/^gave up after 1 retry \/ 5 s: .*socket hang up/)
    expect(requests).toBe(2)
  })
})
