import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chain, type Entry, type LogRecord } from '../src/log/record.js'
import { openLog, readLog } from '../src/log/store.js'
import { verifyLog } from '../src/log/verify.js'
import { entry, scratchLogs } from './support/log.js'
import { cli } from './support/tree.js'

const scratch = scratchLogs()

const YEAR = new Date().getUTCFullYear()
const now = (i = 0) => new Date(Date.now() + i).toISOString()
const onDisk = (cwd: string, year = YEAR): LogRecord[] =>
  readFileSync(join(cwd, `access/log/${year}.jsonl`), 'utf8')
    .split('\n')
    .filter(l => l !== '')
    .map(l => JSON.parse(l) as LogRecord)

const started = (e: Entry): Entry => ({ ...e, result: 'started' })

describe('openLog', () => {
  it('has each record on disk, chained, once its append resolves', async () => {
    const cwd = scratch()
    const log = await openLog('access', cwd)
    const first = await log.append(entry('alice', now()))
    expect(onDisk(cwd)).toEqual([first])
    const second = await log.append(entry('alice', now(1), 'delete_user'))
    expect(onDisk(cwd)).toEqual([first, second])
    expect(second).toMatchObject({ seq: 2, prev: first.hash, run: log.run })
    expect(log.records).toEqual([first, second])
    await log.close()
    expect(verifyLog(await readLog('access', cwd))).toMatchObject({ ok: true, records: 2 })
  })

  it('chains appends made at once in the order they were made, into one valid chain', async () => {
    const cwd = scratch({
      [`${YEAR}.jsonl`]: `${JSON.stringify(chain([entry('zoe', now(-5))])[0])}\n`
    })
    const log = await openLog('access', cwd)
    const all = await Promise.all(
      Array.from({ length: 50 }, (_, i) => log.append(entry('alice', now(i), `action_${i}`)))
    )
    await log.close()
    expect(all.map(r => [r.seq, r.action])).toEqual(
      Array.from({ length: 50 }, (_, i) => [i + 2, `action_${i}`])
    )
    expect(onDisk(cwd).slice(1)).toEqual(all)
    expect(verifyLog(await readLog('access', cwd))).toMatchObject({ ok: true, records: 51 })
  })

  it('refuses a log whose last line was cut, before writing anything', async () => {
    const [a, b] = chain([entry('alice', now()), entry('alice', now(1), 'delete_user')])
    const cut = `${JSON.stringify(a)}\n${JSON.stringify(b).slice(0, 70)}`
    const cwd = scratch({ [`${YEAR}.jsonl`]: cut })
    await expect(openLog('access', cwd)).rejects.toThrow(
      new RegExp(
        `^the revocation log is broken at access/log/${YEAR}\\.jsonl:2: malformed JSON .*: the line was cut or edited\\. Nothing was appended or revoked: restore the file from git history`
      )
    )
    expect(readFileSync(join(cwd, `access/log/${YEAR}.jsonl`), 'utf8')).toBe(cut)
  })

  it('refuses a log it cannot write, and says so', async () => {
    const cwd = scratch()
    // A folder where the year's file should be: it can be listed, not appended to.
    rmSync(join(cwd, 'access/log'), { recursive: true })
    writeFileSync(join(cwd, 'access/log'), '')
    await expect(openLog('access', cwd)).rejects.toThrow(
      /^the revocation log cannot be (read|written): access\/log.*Nothing was revoked/
    )
  })

  it('leaves no empty file behind when nothing was appended', async () => {
    const cwd = scratch()
    const log = await openLog('access', cwd)
    expect(existsSync(join(cwd, `access/log/${YEAR}.jsonl`))).toBe(true)
    await log.close()
    expect(existsSync(join(cwd, `access/log/${YEAR}.jsonl`))).toBe(false)
  })

  it('stops at the first write that fails: the chain on disk stays whole and nothing more is appended', async () => {
    if (!existsSync('/dev/full')) return // a device that answers every write "no space left"
    const cwd = scratch()
    const log = await openLog('access', cwd)
    const kept = await log.append(entry('alice', now()))
    // Next year's file is full.
    symlinkSync('/dev/full', join(cwd, `access/log/${YEAR + 1}.jsonl`))
    const failed = log.append(entry('alice', `${YEAR + 1}-01-01T00:00:00.000Z`, 'delete_user'))
    await expect(failed).rejects.toThrow(
      new RegExp(
        `^the revocation log cannot be written: access/log/${YEAR + 1}\\.jsonl: .*no space.*\\. Records from seq 2 on are not in it`,
        'i'
      )
    )
    await expect(log.append(entry('alice', now(2), 'x'))).rejects.toBe(log.failure)
    await log.close()
    rmSync(join(cwd, `access/log/${YEAR + 1}.jsonl`), { force: true })
    expect(onDisk(cwd)).toEqual([kept])
    expect(log.records).toEqual([kept])
  })

  it('refuses an entry without a valid time, and goes on', async () => {
    const cwd = scratch()
    const log = await openLog('access', cwd)
    await expect(log.append(entry('alice', 'yesterday'))).rejects.toThrow(
      'log record 1 has no valid time: "yesterday"'
    )
    expect(await log.append(entry('alice', now()))).toMatchObject({ seq: 1 })
    await log.close()
  })
})

describe('writes in doubt', () => {
  it('are the started records no later record of the same step answers', async () => {
    const cwd = scratch()
    const log = await openLog('access', cwd)
    const team = entry('alice', now(), 'remove_team_membership')
    const member = entry('alice', now(1), 'remove_org_membership')
    await Promise.all([
      log.append(started(team)),
      log.append(started(member)),
      log.append({ ...team, at: now(2) })
    ])
    await log.close()
    const files = await readLog('access', cwd)
    const checked = verifyLog(files)
    expect(checked).toMatchObject({ ok: true, records: 3 })
    expect(checked.ok && checked.unanswered?.map(r => [r.seq, r.action])).toEqual([
      [2, 'remove_org_membership']
    ])
    expect((await openLog('access', cwd)).unanswered.map(r => r.seq)).toEqual([2])

    const shown = await cli(['verify-log'], cwd)
    expect(shown.code).toBe(0)
    expect(shown.out).toContain(
      'in doubt: 1 write started and never answered (a run stopped first); the next apply of the change checks each again:'
    )
    expect(shown.out).toMatch(
      / {2}seq 2 {2}\S+ {2}alice {2}github {2}remove_org_membership {2}alice-gh$/
    )

    // A later run's record of the same step settles it.
    const later = await openLog('access', cwd)
    await later.append({ ...member, at: now(3), result: 'already_absent' })
    await later.close()
    const settled = verifyLog(await readLog('access', cwd))
    expect(settled.ok && settled.unanswered).toBeUndefined()
  })
})
