// offboard apply as a user runs it, against a real IAM emulator (moto): revoke, log, verify,
// and a rerun that changes nothing but leaves evidence.
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
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { initRepo } from '../support/git.js'
import { motoClientConfig, motoUrl, uniqueName } from '../support/moto.js'
import { cli, scratchTree } from '../support/tree.js'

const person = (id: string, user: string, status = 'active') =>
  `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-25\n' : ''}roles: [dev]\naccounts:\n  aws: ${user}\n`

describe('offboard apply (AWS IAM on moto)', () => {
  it('revokes a departure, writes a log that verifies, and a rerun only confirms', async () => {
    const iam = new IAMClient(motoClientConfig())
    const user = uniqueName('leaver')
    const group = uniqueName('dev')
    await iam.send(new CreateGroupCommand({ GroupName: group }))
    await iam.send(new CreateUserCommand({ UserName: user }))
    await iam.send(new AddUserToGroupCommand({ UserName: user, GroupName: group }))
    await iam.send(new CreateAccessKeyCommand({ UserName: user }))
    await iam.send(new CreateLoginProfileCommand({ UserName: user, Password: 'Aa1!aaaaaaaaaa' }))

    const cwd = scratchTree()
    const access = join(cwd, 'access')
    const { rmSync, mkdirSync } = await import('node:fs')
    rmSync(access, { recursive: true })
    mkdirSync(join(access, 'people'), { recursive: true })
    mkdirSync(join(access, 'roles'))
    writeFileSync(
      join(access, 'platforms.yaml'),
      'version: 1\naws:\n  on_departure: delete\npolicy:\n  max_departure_ratio: 1\n'
    )
    writeFileSync(
      join(access, 'roles/dev.yaml'),
      `id: dev\ngrants:\n  aws:\n    groups: [${group}]\n`
    )
    writeFileSync(join(access, 'people/leaver.yaml'), person('leaver', user))
    writeFileSync(join(access, 'people/stayer.yaml'), person('stayer', uniqueName('stayer')))
    initRepo(cwd)
    writeFileSync(join(access, 'people/leaver.yaml'), person('leaver', user, 'departed'))

    const env = {
      AWS_ENDPOINT_URL_IAM: motoUrl(),
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '2',
      OFFBOARD_ACTOR: 'tester'
    }
    const first = await cli(['apply', '--base', 'HEAD'], cwd, env)
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    expect(first.out).toMatch(
      /leaver {2}aws {2}delete_access_key {2}\S+\/AKIA\.\.\.\w{4} {2}revoked/
    )
    expect(first.out).toMatch(/leaver {2}aws {2}delete_user {2}\S+ {2}revoked/)
    expect(first.out).toMatch(
      /offboard apply: 1 person \(plan [0-9a-f]{12}\): \d+ revoked, 0 already absent/
    )
    await expect(iam.send(new GetUserCommand({ UserName: user }))).rejects.toMatchObject({
      name: 'NoSuchEntityException'
    })

    const log = readFileSync(join(access, 'log', `${new Date().getUTCFullYear()}.jsonl`), 'utf8')
    const records = log
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(
      records.every(r => r.person === 'leaver' && r.actor === 'tester' && r.platform === 'aws')
    ).toBe(true)
    expect(records.map(r => r.action)).toEqual(
      expect.arrayContaining(['delete_login_profile', 'remove_from_group', 'delete_user'])
    )
    expect(log).not.toMatch(/AKIA[A-Z0-9]{16}/) // key ids are cut to their last 4
    expect((await cli(['verify-log'], cwd)).code).toBe(0)

    const again = await cli(['apply', '--base', 'HEAD'], cwd, env)
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/leaver {2}aws {2}check_account {2}leaver {2}already_absent/)
    expect(again.out).toMatch(/0 revoked, 1 already absent, 0 skipped, 0 failed/)
    const verified = await cli(['verify-log'], cwd)
    expect(verified.out).toMatch(new RegExp(`^intact: ${records.length + 1} records in 1 file`))
  })

  it('fails a platform it cannot check, and still writes the log', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    const alice = join(cwd, 'access/people/alice.yaml')
    writeFileSync(
      alice,
      readFileSync(alice, 'utf8').replace(
        'status: active',
        'status: departed\ndeparted_on: 2026-11-25'
      )
    )
    const { code, out, err } = await cli(['apply', '--base', 'HEAD'], cwd, {})
    expect(code).toBe(1)
    expect(out).toMatch(
      /alice {2}github {2}discover {2}alice {2}failed {2}not checked: no credentials \(set GITHUB_TOKEN\)/
    )
    expect(out).toMatch(/log: 5 records appended/)
    expect(err).toMatch(/5 failed: .* run apply again/)
  })
})
