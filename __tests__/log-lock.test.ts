import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { LogLockedError, lockLog, withLockedLog } from '../src/log/lock.js'
import { readLog } from '../src/log/store.js'
import { BrokenLogError, verifyLog } from '../src/log/verify.js'
import { appendToLog, deadPid, entries, scratchLogs } from './support/log.js'

const scratch = scratchLogs()

const lockFile = (cwd: string) => join(cwd, 'access/log/.lock')

const holder = (fields: Record<string, unknown>) =>
  JSON.stringify({
    pid: 4242,
    host: 'ci-runner-7',
    started_at: '2026-11-26T05:00:00.000Z',
    command: 'apply',
    token: 't',
    ...fields
  })

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

describe('lockLog', () => {
  it('holds access/log/.lock with who holds it, and removes it on release', async () => {
    const cwd = scratch()
    const lock = await lockLog('access', cwd, { command: 'apply' })
    expect(lock.path).toBe('access/log/.lock')
    expect(JSON.parse(readFileSync(lockFile(cwd), 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      command: 'apply',
      token: expect.any(String)
    })
    await lock.release()
    expect(existsSync(lockFile(cwd))).toBe(false)
  })

  it('makes a second run wait, saying so, until the first lets go', async () => {
    const cwd = scratch()
    const first = await lockLog('access', cwd, { command: 'apply' })
    const waits: string[] = []
    let got = false
    const second = lockLog('access', cwd, {
      command: 'apply',
      pollMs: 10,
      onWait: l => waits.push(l)
    }).then(l => {
      got = true
      return l
    })
    // However busy the machine: until the second run has said it waits (it then polls on).
    while (waits.length === 0) await sleep(10)
    await sleep(50)
    expect(got).toBe(false)
    expect(waits).toEqual([
      expect.stringMatching(
        new RegExp(
          `^access/log/\\.lock is held by another run \\(apply, pid ${process.pid} on ${hostname()}, started \\S+\\): waiting up to 300 s for it to finish$`
        )
      )
    ])
    await first.release()
    const lock = await second
    expect(got).toBe(true)
    await lock.release()
  })

  it("gives up after the wait, naming the holder and what to do, and leaves the other run's lock", async () => {
    const cwd = scratch({ '.lock': holder({}) })
    const began = Date.now()
    const locking = lockLog('access', cwd, { command: 'apply', waitMs: 300, pollMs: 20 })
    await expect(locking).rejects.toBeInstanceOf(LogLockedError)
    await expect(locking).rejects.toThrow(
      'access/log/.lock is held by another run (apply, pid 4242 on ci-runner-7, started 2026-11-26T05:00:00.000Z) that did not finish within 0.3 s: nothing was revoked. Wait for that run to end and apply again (--wait SECONDS waits longer); if no such process runs on ci-runner-7 any more, delete access/log/.lock and apply again'
    )
    expect(Date.now() - began).toBeGreaterThanOrEqual(300)
    expect(readFileSync(lockFile(cwd), 'utf8')).toBe(holder({}))
  })

  it('takes over a lock whose process is gone from this host, with a notice', async () => {
    const pid = deadPid()
    const cwd = scratch({ '.lock': holder({ pid, host: hostname() }) })
    const notices: string[] = []
    const lock = await lockLog('access', cwd, {
      command: 'apply',
      waitMs: 0,
      onNotice: l => notices.push(l)
    })
    expect(notices).toEqual([
      `took over the lock access/log/.lock: pid ${pid} (apply, started 2026-11-26T05:00:00.000Z) no longer runs on this host; what it did is in the log`
    ])
    expect(JSON.parse(readFileSync(lockFile(cwd), 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('takes over an unreadable lock only once it is old: a run may be writing it', async () => {
    const cwd = scratch({ '.lock': '{"pid": 12' })
    await expect(lockLog('access', cwd, { command: 'apply', waitMs: 50 })).rejects.toThrow(
      /held by another run \(a run that left no readable details\)/
    )
    const old = new Date(Date.now() - 60_000)
    utimesSync(lockFile(cwd), old, old)
    const notices: string[] = []
    const lock = await lockLog('access', cwd, { command: 'apply', onNotice: l => notices.push(l) })
    expect(notices).toEqual([
      expect.stringMatching(/it holds no readable details .* and is \d+ s old/)
    ])
    await lock.release()
  })

  it('lets one run at a time through when many find the same stale lock', async () => {
    const cwd = scratch({ '.lock': holder({ pid: deadPid(), host: hostname() }) })
    let inside = 0
    let most = 0
    const notices: string[] = []
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const lock = await lockLog('access', cwd, {
          command: 'apply',
          pollMs: 5,
          onNotice: l => notices.push(l)
        })
        most = Math.max(most, ++inside)
        await sleep(15)
        inside--
        await lock.release()
      })
    )
    expect(most).toBe(1)
    expect(notices).toHaveLength(1)
    expect(existsSync(lockFile(cwd))).toBe(false)
  })

  it("does not remove another run's lock on release", async () => {
    const cwd = scratch()
    const lock = await lockLog('access', cwd, { command: 'apply' })
    writeFileSync(lockFile(cwd), holder({}))
    await lock.release()
    expect(readFileSync(lockFile(cwd), 'utf8')).toBe(holder({}))
  })

  it('is never read as a log file', async () => {
    const cwd = scratch()
    await appendToLog('access', cwd, entries('alice', '2026-02-01T00:00:00.000Z', 2))
    const lock = await lockLog('access', cwd, { command: 'apply' })
    const files = await readLog('access', cwd)
    expect(files.map(f => f.path)).toEqual(['access/log/2026.jsonl'])
    expect(verifyLog(files)).toMatchObject({ ok: true, records: 2 })
    await lock.release()
  })

  it('says the log folder is not writable when it cannot be made', async () => {
    const cwd = scratch()
    rmSync(join(cwd, 'access/log'), { recursive: true })
    writeFileSync(join(cwd, 'access/log'), 'not a folder')
    await expect(lockLog('access', cwd, { command: 'apply' })).rejects.toThrow(
      /^the revocation log cannot be written: access\/log: .*\. Nothing was revoked: make it writable/
    )
  })
})

describe('withLockedLog', () => {
  it('refuses a broken log before running anything, and lets go of the lock', async () => {
    const cwd = scratch({ '2026.jsonl': '{"v":2,"seq":1,"at":"2026-01' })
    let ran = false
    const run = withLockedLog('access', cwd, { command: 'apply' }, async () => {
      ran = true
    })
    await expect(run).rejects.toBeInstanceOf(BrokenLogError)
    await expect(run).rejects.toThrow(
      /^the revocation log is broken at access\/log\/2026\.jsonl:1: malformed JSON .*\. Nothing was appended or revoked: restore the file from git history \(git log -p -- access\/log\/2026\.jsonl/
    )
    expect(ran).toBe(false)
    expect(existsSync(lockFile(cwd))).toBe(false)
  })

  it('lets go of the lock when the run throws', async () => {
    const cwd = scratch()
    const run = withLockedLog('access', cwd, { command: 'apply' }, async () => {
      throw new Error('boom')
    })
    await expect(run).rejects.toThrow('boom')
    expect(existsSync(lockFile(cwd))).toBe(false)
  })
})
