// The log on disk: `<dir>/log/<YYYY>.jsonl`. Appending only ever adds lines at the end, and a
// run appends each record as it happens, on disk (written and flushed) before it goes on.
import { randomUUID } from 'node:crypto'
import { mkdir, open, readdir, readFile, unlink, type FileHandle } from 'node:fs/promises'
import { posix, resolve } from 'node:path'
import { chain, type ChainHead, type Entry, type LogRecord } from './record.js'
import { BrokenLogError, chainHead, verifyLog, type LogFile } from './verify.js'

/** Where the log lives below an access directory, as shown in messages (`access/log`). */
export const logPath = (dir: string): string => posix.join(dir.replace(/\\/g, '/'), 'log')

/** The `*.jsonl` files of `<dir>/log` (none when it does not exist yet). */
export async function readLog(dir: string, cwd: string): Promise<LogFile[]> {
  const folder = resolve(cwd, dir, 'log')
  let names: string[]
  try {
    names = (await readdir(folder)).filter(n => n.endsWith('.jsonl'))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  return Promise.all(
    names.sort().map(async name => ({
      path: posix.join(logPath(dir), name),
      text: await readFile(resolve(folder, name), 'utf8')
    }))
  )
}

/** Text to add at the end of one file. */
export interface Append {
  path: string
  text: string
}

/** The year a record is dated in; a record without a valid time cannot be placed. */
function yearOf(r: LogRecord): number {
  const year = new Date(r.at).getUTCFullYear()
  if (Number.isNaN(year)) throw new Error(`log record ${r.seq} has no valid time: "${r.at}"`)
  return year
}

/**
 * The file of each record: the file of its year, or the file of the record before it when
 * that one is later (a run that finished just after New Year's Eve, or one re-chained after
 * a later run), so the files stay in chain order. `year` is the year of the record before.
 */
function placeRecords(records: LogRecord[], year: number, folder: string) {
  const files = new Map<string, LogRecord[]>()
  for (const r of records) {
    year = Math.max(year, yearOf(r))
    const path = posix.join(folder, `${year}.jsonl`)
    files.set(path, [...(files.get(path) ?? []), r])
  }
  return { files, year }
}

const lines = (records: LogRecord[]) => records.map(r => `${JSON.stringify(r)}\n`).join('')

/** A last line without its newline gets one, so the next record starts its own line. */
const endsOpen = (text: string) => text !== '' && !text.endsWith('\n')

/**
 * Chains `entries` onto the end of the log `files` (which live in `folder`, e.g.
 * `access/log`) and says what to add to which file (see placeRecords). Refuses
 * (BrokenLogError) when the existing chain is broken.
 */
export function planAppend(
  files: LogFile[],
  entries: Entry[],
  folder: string
): { records: LogRecord[]; appends: Append[] } {
  const head = chainHead(files)
  const records = chain(entries, head)
  const placed = placeRecords(records, head?.year ?? 0, folder)
  const appends = [...placed.files].map(([path, recs]) => {
    const open = endsOpen(files.find(f => f.path === path)?.text ?? '')
    return { path, text: `${open ? '\n' : ''}${lines(recs)}` }
  })
  return { records, appends }
}

/** One run's way into the log: records appended one by one, each on disk before it counts. */
export interface LogAppender {
  /** The log folder, as shown (`access/log`). */
  readonly folder: string
  /** This run's id, stamped on every record it appends (`run`). */
  readonly run: string
  /** The records on disk so far, in chain order. */
  readonly records: readonly LogRecord[]
  /** Writes earlier runs attempted and never saw answered (see verifyLog). */
  readonly unanswered: readonly LogRecord[]
  /** The failure that stopped appending, if any: nothing is appended after it. */
  readonly failure: Error | undefined
  /**
   * Chains the entry after the last record (in the order of the calls, whoever calls) and
   * resolves once it is written and flushed (fdatasync). Records appended while a write is
   * under way go together in the next write and flush. Rejects once a write has failed.
   */
  append(entry: Entry): Promise<LogRecord>
  /** Waits for what is being appended, then closes the file. */
  close(): Promise<void>
}

interface Open {
  path: string
  handle: FileHandle
  /** Bytes in the file: where to cut back a write that failed half-way. */
  size: number
  /** Made by this appender, so removed again if it is still empty at the end. */
  created: boolean
}

/** Flushes a folder's entries, so a new log file survives a crash of the machine too; best
 *  effort (some systems cannot open a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    await handle.sync().finally(() => handle.close())
  } catch {
    // Nothing more can be done: the records themselves are flushed.
  }
}

/** Why a log file or folder cannot be written, and what that left undone. */
export function unwritable(what: string, err: unknown, consequence = 'Nothing was revoked'): Error {
  return new Error(
    `the revocation log cannot be written: ${what}: ${(err as Error).message}. ${consequence}: make it writable (permissions, disk space), check it with offboard verify-log, then rerun`,
    { cause: err }
  )
}

/**
 * Opens the log below `dir` (relative to `cwd`) for one run: refuses a broken chain
 * (BrokenLogError) and a log that cannot be written, before anything is appended (apply
 * opens it before its first revocation), and keeps one file open for the appends.
 */
export async function openLog(
  dir: string,
  cwd: string,
  options: { run?: string } = {}
): Promise<LogAppender> {
  const folder = logPath(dir)
  const files = await readLog(dir, cwd).catch((err: Error) => {
    throw new Error(
      `the revocation log cannot be read: ${folder}: ${err.message}. Nothing was revoked: make its files readable, check it with offboard verify-log, then rerun`,
      { cause: err }
    )
  })
  const checked = verifyLog(files)
  if (!checked.ok)
    throw new BrokenLogError(checked.where, checked.problem, 'Nothing was appended or revoked')
  const run = options.run ?? randomUUID()
  let head: ChainHead | undefined = checked.head
  let year = checked.head?.year ?? 0
  const openEnded = new Set(files.filter(f => endsOpen(f.text)).map(f => f.path))
  const records: LogRecord[] = []
  let failure: Error | undefined
  let current: Open | undefined
  let pending: { record: LogRecord; resolve: () => void; reject: (e: Error) => void }[] = []
  let flushing: Promise<void> | undefined

  const openFile = async (path: string): Promise<Open> => {
    try {
      await mkdir(resolve(cwd, folder), { recursive: true })
      const existing = files.some(f => f.path === path)
      const handle = await open(resolve(cwd, path), 'a')
      if (!existing) await syncFolder(resolve(cwd, folder))
      return { path, handle, size: (await handle.stat()).size, created: !existing }
    } catch (err) {
      throw unwritable(
        path,
        err,
        records.length > 0
          ? `Records after seq ${records[records.length - 1].seq} are not in it`
          : undefined
      )
    }
  }
  const closeFile = async (f: Open): Promise<void> => {
    const empty = f.created && (await f.handle.stat()).size === 0
    await f.handle.close()
    if (empty) await unlink(resolve(cwd, f.path)).catch(() => undefined)
  }
  const write = async (batch: LogRecord[]): Promise<void> => {
    const placed = placeRecords(batch, year, folder)
    for (const [path, recs] of placed.files) {
      if (current?.path !== path) {
        if (current) await closeFile(current)
        current = await openFile(path)
      }
      const file = current
      const text = `${openEnded.delete(path) ? '\n' : ''}${lines(recs)}`
      try {
        await file.handle.appendFile(text, 'utf8')
        await file.handle.datasync()
      } catch (err) {
        // Cut back what part of it was written, so the chain on disk stays whole.
        await file.handle.truncate(file.size).catch(() => undefined)
        throw unwritable(path, err, `Records from seq ${recs[0].seq} on are not in it`)
      }
      file.size += Buffer.byteLength(text)
    }
    year = placed.year
  }
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending
      pending = []
      try {
        await write(batch.map(p => p.record))
        records.push(...batch.map(p => p.record))
        batch.forEach(p => p.resolve())
      } catch (err) {
        failure = err as Error
        for (const p of [...batch, ...pending]) p.reject(failure)
        pending = []
      }
    }
    flushing = undefined
  }

  // The file the next record goes to, opened now: a log that cannot be written shows here.
  current = await openFile(
    posix.join(folder, `${Math.max(year, new Date().getUTCFullYear())}.jsonl`)
  )
  return {
    folder,
    run,
    records,
    unanswered: checked.unanswered ?? [],
    get failure() {
      return failure
    },
    append(entry) {
      if (failure) return Promise.reject(failure)
      const [record] = chain([{ ...entry, run: entry.run ?? run }], head)
      try {
        yearOf(record)
      } catch (err) {
        return Promise.reject(err as Error)
      }
      head = record
      return new Promise<LogRecord>((resolve, reject) => {
        pending.push({ record, resolve: () => resolve(record), reject })
        flushing ??= flush()
      })
    },
    async close() {
      await flushing
      if (current) await closeFile(current)
      current = undefined
    }
  }
}
