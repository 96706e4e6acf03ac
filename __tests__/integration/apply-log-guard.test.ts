// apply checks its log before the first revocation: a chain cut at its last line, a log that
// cannot be written or a lock held by another run stop it before any write reaches a platform.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { chain } from '../../src/log/record.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { git } from '../support/git.js'
import { deadPid, entries } from '../support/log.js'
import { cli, departureCheckout, repoRoot } from '../support/tree.js'

let sandbox: Sandbox
let env: Record<string, string>
const APPLY = ['apply', '--base', 'HEAD~1', '--head', 'HEAD']
const YEAR = new Date().getUTCFullYear()

beforeAll(async () => {
  const inputs = await loadSandboxInputs('access', repoRoot)
  if (!inputs.ok) throw new Error(inputs.message)
  sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', repoRoot)
  })
  env = { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' }
})

afterAll(async () => {
  await sandbox.close()
})

/** A checkout whose last commit departs alice, with `log` files in access/log. */
function checkout(log: Record<string, string> = {}): string {
  const cwd = departureCheckout()
  mkdirSync(join(cwd, 'access/log'), { recursive: true })
  for (const [name, text] of Object.entries(log)) writeFileSync(join(cwd, 'access/log', name), text)
  return cwd
}

const writes = () => Object.values(sandbox.servers).flatMap(s => s.writes())

/** Three records, the last one cut short as a crash while writing it would leave it. */
const cutLog = () => {
  const lines = chain(entries('bob', '2026-03-01T10:00:00.000Z', 3)).map(r => JSON.stringify(r))
  return `${lines[0]}\n${lines[1]}\n${lines[2].slice(0, 90)}`
}

describe('apply refuses to revoke with a log it cannot append to', () => {
  it('a last line cut short: nothing revoked, and it says where and how to repair it', async () => {
    const cwd = checkout({ [`${YEAR}.jsonl`]: cutLog() })
    const before = readFileSync(join(cwd, `access/log/${YEAR}.jsonl`), 'utf8')
    const run = await cli(APPLY, cwd, env)
    expect(writes()).toEqual([])
    expect(run.err).toMatch(
      new RegExp(
        `^offboard: the revocation log is broken at access/log/${YEAR}\\.jsonl:3: malformed JSON .*: the line was cut or edited\\. Nothing was appended or revoked: restore the file from git history \\(git log -p -- access/log/${YEAR}\\.jsonl shows who changed it; git checkout <commit> -- access/log/${YEAR}\\.jsonl restores it\\), check it with offboard verify-log, then rerun$`
      )
    )
    expect(run.code).toBe(2)
    expect(readFileSync(join(cwd, `access/log/${YEAR}.jsonl`), 'utf8')).toBe(before)
  })

  it('a log folder that cannot be written: nothing revoked', async () => {
    const cwd = checkout()
    rmSync(join(cwd, 'access/log'), { recursive: true })
    writeFileSync(join(cwd, 'access/log'), 'a file where the folder should be\n')
    const run = await cli(APPLY, cwd, env)
    expect(writes()).toEqual([])
    expect(run.err).toMatch(
      /^offboard: the revocation log cannot be written: access\/log: .*\. Nothing was revoked: make it writable/
    )
    expect(run.code).toBe(2)
  })

  it('a lock held by a run on another host: it names the run and says what to do', async () => {
    const lock = {
      pid: 4242,
      host: 'ci-runner-7',
      started_at: '2026-11-26T05:00:00.000Z',
      command: 'apply',
      token: 't'
    }
    const cwd = checkout({ '.lock': JSON.stringify(lock) })
    const run = await cli([...APPLY, '--wait', '0'], cwd, env)
    expect(run.err).toBe(
      'offboard: access/log/.lock is held by another run (apply, pid 4242 on ci-runner-7, started 2026-11-26T05:00:00.000Z): nothing was revoked. Wait for that run to end and apply again (--wait SECONDS waits longer); if no such process runs on ci-runner-7 any more, delete access/log/.lock and apply again'
    )
    expect(run.code).toBe(2)
    expect(writes()).toEqual([])
  })

  it('a --wait that is not a number of seconds', async () => {
    const run = await cli([...APPLY, '--wait', 'soon'], checkout(), env)
    expect(run.err).toMatch(
      /^offboard: apply: --wait takes a number of seconds \(0 or more\), not "soon"/
    )
    expect(run.code).toBe(2)
  })
})

describe('the lock', () => {
  it('left by a run that died on this host is taken over; after apply no lock is left to commit', async () => {
    const pid = deadPid()
    const cwd = checkout()
    const lock = {
      pid,
      host: hostname(),
      started_at: '2026-11-26T05:00:00.000Z',
      command: 'apply',
      token: 't'
    }
    writeFileSync(join(cwd, 'access/log/.lock'), JSON.stringify(lock))
    const run = await cli(APPLY, cwd, env)
    expect(run.err).toBe(
      `offboard: took over the lock access/log/.lock: pid ${pid} (apply, started 2026-11-26T05:00:00.000Z) no longer runs on this host; what it did is in the log`
    )
    expect(run.code).toBe(0)
    expect(writes().length).toBeGreaterThan(20)
    expect(git(cwd, 'status', '--porcelain', '--untracked-files=all')).toBe(
      `?? access/log/${YEAR}.jsonl`
    )
  })
})
