// Checks the revocation log's hash chain across its year files and names the first record
// that breaks it.
import { GENESIS, recordHash, type ChainHead, type LogRecord } from './record.js'

/** One log file: its path as shown (`access/log/2026.jsonl`) and its text. */
export interface LogFile {
  path: string
  text: string
}

export type Verification =
  | {
      ok: true
      records: number
      files: number
      /** The last record, absent for an empty log. */
      head?: ChainHead & { year: number }
    }
  | {
      ok: false
      /** `access/log/2026.jsonl:LINE`, or the file alone when its name is the problem. */
      where: string
      problem: string
    }

/** Thrown when asked to append onto a broken chain. */
export class BrokenLogError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string
  ) {
    super(
      `the revocation log is broken at ${where}: ${problem}. Nothing was appended: ` +
        'restore the log from git history (offboard verify-log checks it), then rerun'
    )
  }
}

/** The year a log file holds, from its name, or undefined for any other name. */
function yearOf(path: string): number | undefined {
  const m = /(?:^|\/)(\d{4})\.jsonl$/.exec(path)
  return m ? Number(m[1]) : undefined
}

const FIELDS: [keyof LogRecord, string][] = [
  ['v', 'number'],
  ['seq', 'number'],
  ['at', 'string'],
  ['person', 'string'],
  ['change', 'object'],
  ['actor', 'string'],
  ['platform', 'string'],
  ['action', 'string'],
  ['target', 'string'],
  ['result', 'string'],
  ['detail', 'string'],
  ['prev', 'string'],
  ['hash', 'string']
]

/** What is wrong with the shape of a parsed line, if anything. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'malformed: the line is not a JSON object'
  const record = value as Record<string, unknown>
  const missing = FIELDS.filter(([k, type]) => typeof record[k] !== type || record[k] === null).map(
    ([k, type]) => `${k} (${type})`
  )
  if (missing.length > 0) return `malformed: missing or mistyped ${missing.join(', ')}`
  if (record.v !== 1) return `unknown record version ${String(record.v)}`
  return undefined
}

/** Lines of a file, 1-based; a missing final newline is tolerated. */
function linesOf(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Recomputes every hash and link, files in year order. */
export function verifyLog(files: LogFile[]): Verification {
  const odd = files.find(f => yearOf(f.path) === undefined)
  if (odd)
    return {
      ok: false,
      where: odd.path,
      problem: 'not a <YYYY>.jsonl file: records there are outside the chain'
    }
  const ordered = [...files].sort((a, b) => yearOf(a.path)! - yearOf(b.path)!)
  let head: (ChainHead & { year: number }) | undefined
  let records = 0
  for (const file of ordered) {
    const lines = linesOf(file.text)
    for (let i = 0; i < lines.length; i++) {
      const where = `${file.path}:${i + 1}`
      const broken = (problem: string): Verification => ({ ok: false, where, problem })
      if (lines[i].trim() === '') return broken('malformed: empty line (was a record cut out?)')
      let parsed: unknown
      try {
        parsed = JSON.parse(lines[i])
      } catch (err) {
        return broken(`malformed JSON (${(err as Error).message}): the line was cut or edited`)
      }
      const shape = shapeProblem(parsed)
      if (shape) return broken(shape)
      const record = parsed as LogRecord
      if (recordHash(parsed as Record<string, unknown>) !== record.hash)
        return broken(`edited: the hash does not match the record's content (seq ${record.seq})`)
      const seq = (head?.seq ?? 0) + 1
      const prev = head?.hash ?? GENESIS
      const wrong = [
        ...(record.seq === seq ? [] : [`seq is ${record.seq}, ${seq} expected`]),
        ...(record.prev === prev ? [] : ['prev is not the hash of the record before it'])
      ]
      if (wrong.length > 0)
        return broken(
          `out of chain: ${wrong.join('; ')}: records before it were deleted, reordered or rewritten`
        )
      head = { seq: record.seq, hash: record.hash, year: yearOf(file.path)! }
      records++
    }
  }
  return { ok: true, records, files: files.length, ...(head ? { head } : {}) }
}

/** The chain's head, or BrokenLogError naming where it breaks. */
export function chainHead(files: LogFile[]): (ChainHead & { year: number }) | undefined {
  const checked = verifyLog(files)
  if (!checked.ok) throw new BrokenLogError(checked.where, checked.problem)
  return checked.head
}
