// The log on disk: `<dir>/log/<YYYY>.jsonl`. Appending only ever adds lines at the end.
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { posix, resolve } from 'node:path'
import { chain, type Entry, type LogRecord } from './record.js'
import { chainHead, type LogFile } from './verify.js'

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

/**
 * Chains `entries` onto the end of the log `files` (which live in `folder`, e.g.
 * `access/log`) and says what to add to which file. A record goes to the file of its year,
 * or to the file of the record before it when that one is later (a run that finished just
 * after New Year's Eve, or one re-chained after a later run), so the files stay in chain
 * order. Refuses (BrokenLogError) when the existing chain is broken.
 */
export function planAppend(
  files: LogFile[],
  entries: Entry[],
  folder: string
): { records: LogRecord[]; appends: Append[] } {
  const head = chainHead(files)
  const records = chain(entries, head)
  let year = head?.year ?? 0
  const texts = new Map<string, string>()
  for (const r of records) {
    const own = new Date(r.at).getUTCFullYear()
    if (Number.isNaN(own)) throw new Error(`log record ${r.seq} has no valid time: "${r.at}"`)
    year = Math.max(year, own)
    const path = posix.join(folder, `${year}.jsonl`)
    if (!texts.has(path)) {
      const existing = files.find(f => f.path === path)?.text ?? ''
      // A last line without its newline gets one, so the new record starts its own line.
      texts.set(path, existing === '' || existing.endsWith('\n') ? '' : '\n')
    }
    texts.set(path, `${texts.get(path)}${JSON.stringify(r)}\n`)
  }
  return { records, appends: [...texts].map(([path, text]) => ({ path, text })) }
}

/** Appends entries to the log below `dir` (relative to `cwd`); returns the records. */
export async function appendToLog(
  dir: string,
  cwd: string,
  entries: Entry[]
): Promise<LogRecord[]> {
  const { records, appends } = planAppend(await readLog(dir, cwd), entries, logPath(dir))
  await mkdir(resolve(cwd, dir, 'log'), { recursive: true })
  for (const a of appends) await appendFile(resolve(cwd, a.path), a.text, 'utf8')
  return records
}
