// The exclusive lock on a log folder while a run appends to it: `<dir>/log/.lock`, created
// with O_EXCL and holding who made it. A second run waits for it (bounded, saying so) and
// then fails naming the holder; a lock whose process is gone from this host is taken over.
import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rmdir, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { resolve } from 'node:path'
import { logPath, openLog, unwritable, type LogAppender } from './store.js'

/** The lock file's name inside the log folder: not a `.jsonl` file, so never read as log. */
export const LOCK_FILE = '.lock'

/** What a lock file says about the run holding it. */
export interface LockHolder {
  pid: number
  host: string
  started_at: string
  /** What runs: `apply`, `action apply`, `action offboard (urgent)`. */
  command: string
  /** Tells this lock from a later one of the same process. */
  token: string
}

export interface LockOptions {
  /** Named in the lock and in what others are told while they wait. */
  command: string
  /** How long to wait for another run's lock (default 300 s; 0: fail at once). */
  waitMs?: number
  /** Between two looks at the lock (default 200 ms). */
  pollMs?: number
  /** Progress while waiting: once when it starts, then every 30 s. */
  onWait?: (line: string) => void
  /** A lock left by a dead process was taken over. */
  onNotice?: (line: string) => void
}

export interface LogLock {
  /** The lock file, as shown (`access/log/.lock`). */
  readonly path: string
  /** Removes the lock if it is still this run's; the log folder too if the lock made it and
   *  it is empty. */
  release(): Promise<void>
}

export const DEFAULT_LOCK_WAIT_MS = 300_000
const PROGRESS_EVERY_MS = 30_000
/** A lock file that says nothing parseable for this long was left by a run that died while
 *  writing it (writing takes microseconds). */
const UNREADABLE_STALE_MS = 10_000

/** Another run holds the lock and did not let go within the wait. */
export class LogLockedError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | undefined,
    waitMs: number
  ) {
    const who = holder ? describe(holder) : 'a run that left no readable details'
    super(
      `${path} is held by another run (${who})${waitMs > 0 ? ` that did not finish within ${seconds(waitMs)}` : ''}: nothing was revoked. ` +
        `Wait for that run to end and apply again (--wait SECONDS waits longer); if no such process runs${holder ? ` on ${holder.host}` : ''} any more, delete ${path} and apply again`
    )
  }
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

const describe = (h: LockHolder): string =>
  `${h.command}, pid ${h.pid} on ${h.host}, started ${h.started_at}`

const code = (err: unknown) => (err as NodeJS.ErrnoException).code

/** Whether a process of this host is still there (one of another user answers EPERM). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return code(err) !== 'ESRCH'
  }
}

/** Creates `file` only if it does not exist, with `text`, flushed. */
async function createExclusive(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(text)
    await handle.datasync()
  } catch (err) {
    await handle.close()
    await unlink(file).catch(() => undefined)
    throw err
  }
  await handle.close()
}

/** The lock file's text, undefined when there is none. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined
    throw err
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>
    return typeof h.pid === 'number' && typeof h.host === 'string' ? (h as LockHolder) : undefined
  } catch {
    return undefined
  }
}

/** Why the lock in `text` may be taken over, or undefined while its run may be alive. */
async function staleness(file: string, text: string, holder?: LockHolder) {
  if (holder)
    return holder.host === hostname() && !alive(holder.pid)
      ? `pid ${holder.pid} (${holder.command}, started ${holder.started_at}) no longer runs on this host`
      : undefined
  const age = await stat(file).then(
    s => Date.now() - s.mtimeMs,
    () => 0
  )
  return age > UNREADABLE_STALE_MS
    ? `it holds no readable details (${JSON.stringify(text.slice(0, 40))}) and is ${Math.round(age / 1000)} s old`
    : undefined
}

/**
 * Removes the stale lock whose text is `text`, unless it changed meanwhile. Several runs may
 * find the same stale lock: the one holding `<lock>.takeover` removes it, and only if it still
 * reads the same, so that nobody removes a lock another run has just made.
 */
async function takeOver(file: string, text: string): Promise<boolean> {
  const guard = `${file}.takeover`
  try {
    await createExclusive(guard, String(process.pid))
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err
    // A guard is held for microseconds: an old one was left by a run that died holding it.
    const old = await stat(guard).then(
      s => Date.now() - s.mtimeMs > UNREADABLE_STALE_MS,
      () => false
    )
    if (old) await unlink(guard).catch(() => undefined)
    return false
  }
  try {
    if ((await readText(file)) !== text) return false
    await unlink(file)
    return true
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/** Takes the lock on the log below `dir` (relative to `cwd`), waiting as options say. */
export async function lockLog(dir: string, cwd: string, options: LockOptions): Promise<LogLock> {
  const folder = resolve(cwd, dir, 'log')
  const file = resolve(folder, LOCK_FILE)
  const shown = `${logPath(dir)}/${LOCK_FILE}`
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS
  let madeFolder: string | undefined
  try {
    madeFolder = await mkdir(folder, { recursive: true })
  } catch (err) {
    throw unwritable(logPath(dir), err)
  }
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started_at: new Date().toISOString(),
    command: options.command,
    token: randomUUID()
  }
  const text = `${JSON.stringify(mine)}\n`
  const since = Date.now()
  let told = -1
  for (;;) {
    try {
      await createExclusive(file, text)
      break
    } catch (err) {
      if (code(err) !== 'EEXIST') throw unwritable(logPath(dir), err)
    }
    const found = await readText(file)
    if (found === undefined) continue // released meanwhile
    const holder = parseHolder(found)
    const stale = await staleness(file, found, holder)
    if (stale && (await takeOver(file, found))) {
      options.onNotice?.(`took over the lock ${shown}: ${stale}; what it did is in the log`)
      continue
    }
    const waited = Date.now() - since
    if (waited >= waitMs) throw new LogLockedError(shown, holder, waitMs)
    if (told < 0)
      options.onWait?.(
        `${shown} is held by another run (${holder ? describe(holder) : 'no readable details yet'}): waiting up to ${seconds(waitMs)} for it to finish`
      )
    else if (Math.floor(waited / PROGRESS_EVERY_MS) > told)
      options.onWait?.(`still waiting for ${shown} (${seconds(waited)} of ${seconds(waitMs)})`)
    told = Math.floor(waited / PROGRESS_EVERY_MS)
    await sleep(Math.min(options.pollMs ?? 200, waitMs - waited))
  }
  return {
    path: shown,
    async release() {
      if ((await readText(file)) === text) await unlink(file)
      if (madeFolder) await rmdir(folder).catch(() => undefined)
    }
  }
}

/**
 * Runs `fn` with the log below `dir` locked and open: the lock first (a second run waits
 * here), then the chain and the folder checked (openLog), so that nothing is planned or
 * revoked on a log that cannot take the records. Closes and unlocks whatever `fn` does.
 */
export async function withLockedLog<T>(
  dir: string,
  cwd: string,
  options: LockOptions,
  fn: (log: LogAppender) => Promise<T>
): Promise<T> {
  const lock = await lockLog(dir, cwd, options)
  try {
    const log = await openLog(dir, cwd)
    try {
      return await fn(log)
    } finally {
      await log.close()
    }
  } finally {
    await lock.release()
  }
}
