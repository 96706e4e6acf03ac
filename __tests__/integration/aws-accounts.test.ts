// One apply revokes the same person's IAM user in two member accounts of aws.accounts, each
// through the role assumed there, at the same time, against moto (which keeps every account's
// IAM apart); a rerun finds nothing left. A role that cannot be assumed fails that account's
// records, saying which role and what to fix, while the other account is still revoked. The
// audit reports what each account holds on that account, and an account whose role cannot be
// assumed as not checked. Reads (plan, verify, audit) assume only the read-only roles.
import { describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { randomInt } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyChange } from '../../src/apply.js'
import { loadRevisions } from '../../src/engine.js'
import type { LogRecord } from '../../src/log/record.js'
import type { AuditJson } from '../../src/report/audit.js'
import { initRepo } from '../support/git.js'
import { MOTO_RETRY, motoClientConfig, motoUrl, uniqueName } from '../support/moto.js'
import { cli, scratchTree } from '../support/tree.js'

const accountId = () => String(100_000_000_000 + randomInt(899_999_999_999))
const roleIn = (id: string) => `arn:aws:iam::${id}:role/offboard`
const readRoleIn = (id: string) => `arn:aws:iam::${id}:role/offboard-read`

/** Moto's credentials in `id`, as the role assumed there gives them. */
async function credentialsIn(id: string) {
  const sts = new STSClient(motoClientConfig())
  const { Credentials: c } = await sts.send(
    new AssumeRoleCommand({ RoleArn: roleIn(id), RoleSessionName: 'seed' })
  )
  return {
    accessKeyId: c!.AccessKeyId!,
    secretAccessKey: c!.SecretAccessKey!,
    sessionToken: c!.SessionToken!
  }
}

/** An IAM client in member account `id` (`credentials`: obtained before STS was mocked). */
async function iamIn(id: string, credentials?: Awaited<ReturnType<typeof credentialsIn>>) {
  return new IAMClient({
    ...motoClientConfig(),
    credentials: credentials ?? (await credentialsIn(id))
  })
}

/** A user holding a group, a key and a console password in that account's IAM. */
async function seedUser(iam: IAMClient, user: string, group: string) {
  await iam.send(new CreateGroupCommand({ GroupName: group }))
  await iam.send(new CreateUserCommand({ UserName: user }))
  await iam.send(new AddUserToGroupCommand({ UserName: user, GroupName: group }))
  await iam.send(new CreateAccessKeyCommand({ UserName: user }))
  await iam.send(new CreateLoginProfileCommand({ UserName: user, Password: 'Aa1!aaaaaaaaaa' }))
}

const person = (id: string, user: string, status = 'active') =>
  `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-25\n' : ''}roles: [dev]\naccounts:\n  aws: ${user}\n`

/** A git tree whose last change departs `leaver`, with aws.accounts listing `accounts` (those
 *  in `readRoles` with a read-only role too), `protect` protected in each, and `stayer` the
 *  IAM user of a person who stays. */
function departureTree(
  accounts: string[],
  user: string,
  group: string,
  {
    readRoles = [],
    protect = [],
    stayer = uniqueName('stayer')
  }: { readRoles?: string[]; protect?: string[]; stayer?: string } = {}
): string {
  const cwd = scratchTree()
  const access = join(cwd, 'access')
  rmSync(access, { recursive: true })
  mkdirSync(join(access, 'people'), { recursive: true })
  mkdirSync(join(access, 'roles'))
  const read = (id: string) =>
    readRoles.includes(id) ? `, read_role_arn: "${readRoleIn(id)}"` : ''
  const listed = accounts
    .map(id => `    - {id: "${id}", role_arn: "${roleIn(id)}"${read(id)}}\n`)
    .join('')
  writeFileSync(
    join(access, 'platforms.yaml'),
    `version: 1\naws:\n  protected: ${JSON.stringify(protect)}\n  accounts:\n${listed}policy:\n  max_departure_ratio: 1\n  retry: ${JSON.stringify(MOTO_RETRY)}\n`
  )
  writeFileSync(
    join(access, 'roles/dev.yaml'),
    `id: dev\ngrants:\n  aws:\n    groups: [${group}]\n`
  )
  writeFileSync(join(access, 'people/leaver.yaml'), person('leaver', user))
  writeFileSync(join(access, 'people/stayer.yaml'), person('stayer', stayer))
  initRepo(cwd)
  writeFileSync(join(access, 'people/leaver.yaml'), person('leaver', user, 'departed'))
  return cwd
}

/** The principal offboard runs as, in the denials mocked below. */
const CI = 'arn:aws:iam::123456789012:user/ci'

type Credentials = Awaited<ReturnType<typeof credentialsIn>>

/** STS mocked: each role in `assumable` gives the credentials moto gave for its account,
 *  each in `denied` answers AccessDenied as AWS does to a principal the trust policy omits. */
function mockSts(assumable: Record<string, Credentials>, denied: string[] = []) {
  const sts = mockClient(STSClient)
  for (const [arn, c] of Object.entries(assumable))
    sts.on(AssumeRoleCommand, { RoleArn: arn }).resolves({
      Credentials: {
        AccessKeyId: c.accessKeyId,
        SecretAccessKey: c.secretAccessKey,
        SessionToken: c.sessionToken,
        Expiration: new Date(Date.now() + 3_600_000)
      }
    })
  for (const arn of denied)
    sts.on(AssumeRoleCommand, { RoleArn: arn }).rejects(
      new STSServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: {},
        message: `User: ${CI} is not authorized to perform: sts:AssumeRole on resource: ${arn}`
      })
    )
  return {
    /** `role session` of every AssumeRole since the last call, sorted. */
    sessions(): string[] {
      const calls = sts.commandCalls(AssumeRoleCommand).map(c => c.args[0].input)
      sts.resetHistory()
      return calls.map(s => `${s.RoleArn} ${s.RoleSessionName}`).sort()
    },
    restore: () => sts.restore()
  }
}

const env = () => ({
  AWS_ENDPOINT_URL_IAM: motoUrl(),
  AWS_ENDPOINT_URL_STS: motoUrl(),
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  OFFBOARD_ACTOR: 'tester'
})

const logOf = (cwd: string): LogRecord[] =>
  readFileSync(join(cwd, 'access/log', `${new Date().getUTCFullYear()}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as LogRecord)

const gone = (iam: IAMClient, user: string) =>
  expect(iam.send(new GetUserCommand({ UserName: user }))).rejects.toMatchObject({
    name: 'NoSuchEntityException'
  })

describe('aws.accounts on moto', () => {
  it('revokes the user in two accounts at once, each record naming its account, and a rerun finds nothing left', async () => {
    const [a, b] = [accountId(), accountId()]
    const user = uniqueName('leaver')
    const group = uniqueName('dev')
    const [iamA, iamB] = await Promise.all([iamIn(a), iamIn(b)])
    await Promise.all([seedUser(iamA, user, group), seedUser(iamB, user, group)])
    const cwd = departureTree([a, b], user, group)

    // moto answers 500 to ListServiceSpecificCredentials: a failed read in each account, so
    // the run revokes everything else, verifies, and exits 1 (as with one account).
    const first = await cli(['apply', '--base', 'HEAD'], cwd, env())
    expect(first.code).toBe(1)
    for (const id of [a, b]) {
      expect(first.out).toMatch(
        new RegExp(`leaver {2}aws:${id} {2}delete_user {2}${user} {2}revoked`)
      )
      expect(first.out).toMatch(
        new RegExp(`leaver {2}aws:${id} {2}verify {2}leaver {2}verified {2}${user}: nothing left`)
      )
    }
    await gone(iamA, user)
    await gone(iamB, user)

    const records = logOf(cwd)
    expect(new Set(records.map(r => r.platform))).toEqual(new Set([`aws:${a}`, `aws:${b}`]))
    // Concurrently: each account's first write was sent before the other's last one answered.
    const span = (id: string) => {
      const times = records
        .filter(r => r.platform === `aws:${id}` && r.action !== 'verify' && r.action !== 'discover')
        .map(r => Date.parse(r.at))
      return { first: Math.min(...times), last: Math.max(...times) }
    }
    expect(span(a).first).toBeLessThan(span(b).last)
    expect(span(b).first).toBeLessThan(span(a).last)
    expect((await cli(['verify-log'], cwd)).code).toBe(0)

    const again = await cli(['apply', '--base', 'HEAD'], cwd, env())
    expect(again.code).toBe(0)
    for (const id of [a, b])
      expect(again.out).toMatch(
        new RegExp(`leaver {2}aws:${id} {2}check_account {2}leaver {2}already_absent`)
      )
    expect(again.out).toMatch(/0 revoked, 2 already absent, 0 skipped, 0 failed, 2 verified/)
  })

  it('a role that cannot be assumed fails only its account, naming the role and what to fix', async () => {
    const [a, b] = [accountId(), accountId()]
    const user = uniqueName('leaver')
    const group = uniqueName('dev')
    const credentialsA = await credentialsIn(a)
    const iamA = await iamIn(a, credentialsA)
    const iamB = await iamIn(b)
    await Promise.all([seedUser(iamA, user, group), seedUser(iamB, user, group)])
    const cwd = departureTree([a, b], user, group, { readRoles: [a] })

    const sts = mockSts({ [roleIn(a)]: credentialsA, [readRoleIn(a)]: credentialsA }, [roleIn(b)])
    try {
      const revisions = await loadRevisions({ cwd, dir: 'access', base: 'HEAD' })
      if (!revisions.ok) throw new Error(`invalid declarations at ${revisions.which}`)
      const applied = await applyChange(
        revisions.base,
        revisions.head,
        {
          env: { ...env(), GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' },
          log: () => {},
          maskSecret: () => {}
        },
        {
          change: { base: 'base', head: 'head', pr: 17, approvers: [] },
          actor: 'test',
          verify: { settle: [] }
        }
      )
      const of = (id: string) => applied.entries.filter(e => e.platform === `aws:${id}`)
      expect(of(a).find(e => e.action === 'delete_user')?.result).toBe('revoked')
      expect(of(a).find(e => e.action === 'verify')?.result).toBe('verified')
      expect(of(b).map(e => e.result)).toEqual(of(b).map(() => 'failed'))
      expect(of(b).find(e => e.action === 'discover')?.detail).toBe(
        `not checked: could not assume ${roleIn(b)} in AWS account ${b}: AccessDenied: User: ${CI} is not authorized to perform: sts:AssumeRole on resource: ${roleIn(b)} (the role's trust policy must let the principal offboard runs as call sts:AssumeRole, and that principal may need sts:AssumeRole on the role in its own policy: docs/aws.md, "Several accounts")`
      )
      // Plan and verify each read each account under a session of their own (A's read-only
      // role), apply writes under another, all named after offboard and the workflow run; B,
      // unread, got no writes.
      expect(sts.sessions()).toEqual(
        [
          `${roleIn(a)} offboard-apply-run4242-2`,
          ...Array(2).fill(`${readRoleIn(a)} offboard-read-run4242-2`),
          ...Array(2).fill(`${roleIn(b)} offboard-read-run4242-2`)
        ].sort()
      )
    } finally {
      sts.restore()
    }
    await gone(iamA, user)
    await expect(iamB.send(new GetUserCommand({ UserName: user }))).resolves.toBeDefined()
  })

  it('audits every account: what each holds is reported on its account, an account whose role cannot be assumed is not checked', async () => {
    const [a, b, c] = [accountId(), accountId(), accountId()]
    const [leaver, stayer, stranger, guard] = ['leaver', 'stayer', 'stranger', 'breakglass'].map(
      uniqueName
    )
    const group = uniqueName('dev')
    const [credentialsA, credentialsB] = await Promise.all([credentialsIn(a), credentialsIn(b)])
    const [iamA, iamB] = await Promise.all([iamIn(a, credentialsA), iamIn(b, credentialsB)])
    // A: the departed person's user, its key active; B: a user nobody declares; both: the
    // stayer and a protected user (with a key: access that would otherwise be drift).
    await seedUser(iamA, leaver!, group)
    await seedUser(iamB, stranger!, group)
    for (const iam of [iamA, iamB]) {
      await iam.send(new CreateUserCommand({ UserName: stayer }))
      await iam.send(new AddUserToGroupCommand({ UserName: stayer, GroupName: group }))
      await iam.send(new CreateUserCommand({ UserName: guard }))
      await iam.send(new CreateAccessKeyCommand({ UserName: guard }))
    }
    const cwd = departureTree([a, b, c], leaver!, group, {
      readRoles: [a, b, c],
      protect: [guard!],
      stayer
    })

    const sts = mockSts({ [readRoleIn(a)]: credentialsA, [readRoleIn(b)]: credentialsB }, [
      readRoleIn(c)
    ])
    try {
      const audit = await cli(['audit', '--json', '--fail-on-drift'], cwd, env())
      expect(audit.code).toBe(3)
      const report = JSON.parse(audit.out) as AuditJson
      expect(report.platforms.map(p => [p.platform, p.status, p.accounts])).toEqual([
        [`aws:${a}`, 'checked', 3],
        [`aws:${b}`, 'checked', 3],
        [`aws:${c}`, 'not_checked', 0]
      ])
      expect(report.platforms[2]!.reason).toBe(
        `not checked: could not assume ${readRoleIn(c)} in AWS account ${c}: AccessDenied: User: ${CI} is not authorized to perform: sts:AssumeRole on resource: ${readRoleIn(c)} (the role's trust policy must let the principal offboard runs as call sts:AssumeRole, and that principal may need sts:AssumeRole on the role in its own policy: docs/aws.md, "Several accounts")`
      )
      expect(report.findings.map(f => `${f.kind} ${f.platform} ${f.account} ${f.person}`)).toEqual([
        `departed_still_active aws:${a} ${leaver} leaver`,
        `undeclared_account aws:${b} ${stranger} null`
      ])
      // Each account's read-only role, once, under a session that says offboard read.
      expect(sts.sessions()).toEqual(
        [a, b, c].map(id => `${readRoleIn(id)} offboard-read-local`).sort()
      )

      const text = await cli(['audit'], cwd, env())
      expect(text.out).toMatch(
        /^offboard audit of access at \S+: 2 findings \(1 critical, 1 high\); 1 platform not checked$/m
      )
      expect(text.out).toMatch(
        new RegExp(`^  aws:${c}  NOT CHECKED: could not assume ${readRoleIn(c)}`, 'm')
      )
    } finally {
      sts.restore()
    }
  })

  it('plan reads each account through its read-only role only, never the role apply writes with', async () => {
    const [a, b] = [accountId(), accountId()]
    const user = uniqueName('leaver')
    const group = uniqueName('dev')
    const [credentialsA, credentialsB] = await Promise.all([credentialsIn(a), credentialsIn(b)])
    const [iamA, iamB] = await Promise.all([iamIn(a, credentialsA), iamIn(b, credentialsB)])
    await Promise.all([seedUser(iamA, user, group), seedUser(iamB, user, group)])
    const cwd = departureTree([a, b], user, group, { readRoles: [a, b] })

    // The write roles are refused: a plan that assumed one would not see the account.
    const sts = mockSts({ [readRoleIn(a)]: credentialsA, [readRoleIn(b)]: credentialsB }, [
      roleIn(a),
      roleIn(b)
    ])
    try {
      const plan = await cli(['plan', '--base', 'HEAD'], cwd, { ...env(), GITHUB_RUN_ID: '77' })
      expect(plan.code).toBe(0)
      for (const id of [a, b])
        expect(plan.out).toMatch(new RegExp(`^ {2}aws:${id} ${user} \\(id \\w+\\): 7 steps`, 'm'))
      expect(sts.sessions()).toEqual(
        [a, b].map(id => `${readRoleIn(id)} offboard-read-run77`).sort()
      )
    } finally {
      sts.restore()
    }
  })
})
