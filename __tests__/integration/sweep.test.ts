// offboard sweep on the sandbox: a departure applied and logged, then a key that appears after
// it (her IAM user re-created with an access key) is swept on the next run and logged with the
// departure's change; a second run writes nothing and logs one verified record per platform;
// the guard, a person not departed at HEAD, and a departed person's file edited since.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand
} from '@aws-sdk/client-iam'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import type { LogRecord } from '../../src/log/record.js'
import { commitAll, git } from '../support/git.js'
import { cli, departureCheckout, repoRoot } from '../support/tree.js'

const PLATFORMS = [
  'github',
  'aws',
  'slack',
  'scim:jira',
  'scim:pagerduty',
  'aws_sso',
  'entra',
  'google',
  'okta'
]

let sandbox: Sandbox
let iam: IAMClient
let cwd = ''
let env: Record<string, string> = {}
/** The commit that departs alice, which her apply's records name as head. */
let departed = ''

const records = (): LogRecord[] =>
  readdirSync(join(cwd, 'access/log'))
    .filter(f => f.endsWith('.jsonl'))
    .sort()
    .flatMap(f =>
      readFileSync(join(cwd, 'access/log', f), 'utf8')
        .trim()
        .split('\n')
    )
    .map(line => JSON.parse(line) as LogRecord)
const writes = () => Object.values(sandbox.servers).reduce((n, s) => n + s.writes().length, 0)

/** Someone re-creates alice's IAM user and gives it an access key, after her departure. */
async function keyAppears(): Promise<void> {
  await iam.send(new CreateUserCommand({ UserName: 'alice' })).catch((err: Error) => {
    if (err.name !== 'EntityAlreadyExistsException') throw err
  })
  await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }))
}

beforeAll(async () => {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', repoRoot)
  })
  env = { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true', OFFBOARD_ACTOR: 'scheduler' }
  iam = new IAMClient({
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_IAM,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
    maxAttempts: 1
  })
  cwd = departureCheckout('alice')
  departed = git(cwd, 'rev-parse', 'HEAD')
  const applied = await cli(['apply', '--base', 'HEAD~1', '--head', 'HEAD'], cwd, env)
  expect(applied.code).toBe(0)
  commitAll(cwd, 'revocation log')
})
afterAll(() => sandbox.close())

describe('offboard sweep', () => {
  it('revokes a key created after the departure and logs it with the departure', async () => {
    await keyAppears()
    const before = records().length
    const { code, out, err } = await cli(['sweep'], cwd, env)
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/alice {2}aws {2}delete_access_key {2}alice\/AKIA\.\.\.\w{4} {2}revoked/)
    expect(out).toMatch(/alice {2}aws {2}delete_user {2}alice {2}revoked/)
    expect(out).toMatch(/alice {2}aws {2}verify {2}alice {2}verified {2}/)
    // judy is departed in the tree, but no departure of hers is in the log: left to the audit.
    expect(out).toMatch(/not swept: judy: no departure of judy in the log/)
    expect(out).toMatch(/offboard sweep: 1 person \(plan [0-9a-f]{12}\): [1-9]\d* revoked/)
    await expect(iam.send(new GetUserCommand({ UserName: 'alice' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException'
    })
    const swept = records().slice(before)
    const head = git(cwd, 'rev-parse', 'HEAD')
    expect(new Set(swept.map(r => JSON.stringify([r.person, r.change])))).toEqual(
      new Set([
        JSON.stringify([
          'alice',
          {
            kind: 'sweep',
            base: git(cwd, 'rev-parse', 'HEAD~2'),
            head: departed,
            pr: null,
            approvers: [],
            swept: head
          }
        ])
      ])
    )
    expect(swept.filter(r => r.action === 'verify').map(r => [r.platform, r.result])).toEqual(
      PLATFORMS.map(p => [p, 'verified'])
    )
    // Each record says when the departure was requested, as the departure's own records do.
    const requested = records().find(r => r.change.kind === undefined)!.requested_at
    expect(swept.every(r => r.requested_at === requested)).toBe(true)
    const verified = await cli(['verify-log'], cwd, env)
    expect(verified.code).toBe(0)
    expect(verified.out).toMatch(/^intact: /)
  })

  it('finds nothing left the next time: no write, one verified record per platform', async () => {
    const [before, sent] = [records().length, writes()]
    const { code, out } = await cli(['sweep', '--person', 'alice'], cwd, env)
    expect(code).toBe(0)
    expect(writes()).toBe(sent)
    expect(
      records()
        .slice(before)
        .map(r => [r.platform, r.action, r.result])
    ).toEqual(PLATFORMS.map(p => [p, 'verify', 'verified']))
    expect(out).toMatch(/offboard sweep: 1 person \(plan [0-9a-f]{12}\): 0 revoked, .*9 verified/)
  })

  it('refuses to sweep more people than policy.max_sweep_per_run, revoking nothing', async () => {
    const file = join(cwd, 'access/platforms.yaml')
    const platforms = readFileSync(file, 'utf8')
    writeFileSync(file, platforms.replace('policy:\n', 'policy:\n  max_sweep_per_run: 0\n'))
    commitAll(cwd, 'no sweeps')
    try {
      await keyAppears()
      const [before, sent] = [records().length, writes()]
      const { code, err } = await cli(['sweep'], cwd, env)
      expect(code).toBe(2)
      expect(err).toMatch(
        /refused: this sweep would revoke access of 1 departed people \(alice\); policy\.max_sweep_per_run allows 0\. Nothing is revoked/
      )
      expect([records().length, writes()]).toEqual([before, sent])
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: 'alice' }))
      expect(keys.AccessKeyMetadata).toHaveLength(1)
    } finally {
      writeFileSync(file, platforms)
      commitAll(cwd, 'sweeps again')
    }
  })

  it('refuses a person who is not departed at HEAD, even when the working tree departs them', async () => {
    const file = join(cwd, 'access/people/bob.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'status: active',
        'status: departed\ndeparted_on: 2026-11-25'
      )
    )
    const [before, sent] = [records().length, writes()]
    const { code, err } = await cli(['sweep', '--person', 'bob'], cwd, env)
    expect(code).toBe(2)
    expect(err).toMatch(
      /^offboard: bob is not departed at HEAD \([0-9a-f]{7}\) \(status: active\): a sweep finishes only departures already merged/
    )
    expect([records().length, writes()]).toEqual([before, sent])
    git(cwd, 'checkout', '--', 'access/people/bob.yaml')
  })

  it("refuses a departed person whose accounts changed since the departure: another's account is never swept", async () => {
    // A harmless-looking edit of a departed file that points her IAM account at a stray.
    const file = join(cwd, 'access/people/alice.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('aws: alice', 'aws: old-contractor'))
    commitAll(cwd, 'fix alice aws account')
    const sent = writes()
    const before = records().length
    const { code, out } = await cli(['sweep'], cwd, env)
    expect(code).toBe(1)
    expect(out).toMatch(
      /alice {2}offboard {2}refuse_departure {2}alice {2}failed {2}refused: since the departure of alice \(applied at [0-9a-f]{12}\), the default branch changes alice's identity \(accounts\.aws alice -> old-contractor\)/
    )
    expect(writes()).toBe(sent)
    expect(
      records()
        .slice(before)
        .map(r => [r.action, r.result])
    ).toEqual([['refuse_departure', 'failed']])
    await expect(iam.send(new GetUserCommand({ UserName: 'old-contractor' }))).resolves.toBeTruthy()
  })
})
