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
import { MOTO_RETRY, motoClientConfig, motoUrl, uniqueName } from '../support/moto.js'
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
      `version: 1\naws:\n  on_departure: delete\npolicy:\n  max_departure_ratio: 1\n  retry: ${JSON.stringify(MOTO_RETRY)}\n`
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
      OFFBOARD_ACTOR: 'tester'
    }
    // moto does not implement ListServiceSpecificCredentials (it answers 500): a failed read,
    // so the first run revokes everything else, verifies, and still exits 1.
    const first = await cli(['apply', '--base', 'HEAD'], cwd, env)
    expect(first.code).toBe(1)
    expect(first.out).toMatch(
      /leaver {2}aws {2}discover {2}service-specific credentials {2}failed {2}.*rerun apply/
    )
    expect(first.err).toMatch(/^offboard: 1 failed: /)
    expect(first.out).toMatch(
      new RegExp(
        `leaver {2}aws {2}verify {2}leaver {2}verified {2}${user}: nothing left; no IAM user`
      )
    )
    expect(first.out).toMatch(
      /leaver {2}aws {2}delete_access_key {2}\S+\/AKIA\.\.\.\w{4} {2}revoked/
    )
    expect(first.out).toMatch(/leaver {2}aws {2}delete_user {2}\S+ {2}revoked/)
    expect(first.out).toMatch(
      /offboard apply: 1 person \(plan [0-9a-f]{12}\): \d+ revoked, 0 already absent, 0 skipped, 1 failed, 1 verified/
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

    // The rerun finds the user gone (nothing left to list): it finishes the job.
    const again = await cli(['apply', '--base', 'HEAD'], cwd, env)
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/leaver {2}aws {2}check_account {2}leaver {2}already_absent/)
    expect(again.out).toMatch(/0 revoked, 1 already absent, 0 skipped, 0 failed, 1 verified/)
    const verified = await cli(['verify-log'], cwd)
    expect(verified.out).toMatch(new RegExp(`^intact: ${records.length + 2} records in 1 file`))
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
    expect(out).toMatch(
      /alice {2}github {2}verify {2}alice {2}failed {2}not verified: nothing was revoked here \(not checked: no credentials/
    )
    // Per platform: the discovery that could not run, and the verification that could not pass.
    expect(out).toMatch(/log: 18 records appended/)
    expect(err).toMatch(/18 failed: .* run apply again/)
  })
})
