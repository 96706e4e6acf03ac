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
      /** Writes still in doubt: `started` records that no later record of the same step
       *  (person, platform, action, target) answers or settles: the run stopped before the
       *  platform answered, and no run has checked since. Absent when there are none. */
      unanswered?: LogRecord[]
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
    readonly problem: string,
    /** What was left undone because of it. */
    consequence = 'Nothing was appended'
  ) {
    const file = where.replace(/:\d+$/, '')
    super(
      `the revocation log is broken at ${where}: ${problem}. ${consequence}: restore the file ` +
        `from git history (git log -p -- ${file} shows who changed it; git checkout <commit> -- ${file} ` +
        'restores it), check it with offboard verify-log, then rerun'
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

/** Version 2's optional fields, strings when present; `urgent` is `true` when present. */
const OPTIONAL_FIELDS = ['requested_at', 'account_id', 'run'] as const

/** What is wrong with the shape of a parsed line, if anything. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'malformed: the line is not a JSON object'
  const record = value as Record<string, unknown>
  const missing = FIELDS.filter(([k, type]) => typeof record[k] !== type || record[k] === null).map(
    ([k, type]) => `${k} (${type})`
  )
  if (missing.length > 0) return `malformed: missing or mistyped ${missing.join(', ')}`
  if (record.v !== 1 && record.v !== 2) return `unknown record version ${String(record.v)}`
  if (record.v === 2) {
    const mistyped = OPTIONAL_FIELDS.filter(k => k in record && typeof record[k] !== 'string')
    if (mistyped.length > 0) return `malformed: mistyped ${mistyped.join(', ')} (string)`
    if ('urgent' in record && record.urgent !== true) return 'malformed: urgent is not true'
    const change = record.change as Record<string, unknown>
    if ('kind' in change && change.kind !== 'sweep')
      return `malformed: unknown change.kind ${JSON.stringify(change.kind)} (sweep is the only one)`
    if ('swept' in change && typeof change.swept !== 'string')
      return 'malformed: mistyped change.swept (string)'
    const { review } = record
    if (
      'review' in record &&
      (typeof review !== 'object' || review === null || Array.isArray(review))
    )
      return 'malformed: mistyped review (object)'
  }
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
  // `started` records waiting for their outcome, by step.
  const open = new Map<string, LogRecord>()
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
      // A later record of the same step answers a `started` one, or settles it (a later run).
      if (record.result === 'started' || open.size > 0) {
        const step = JSON.stringify([record.person, record.platform, record.action, record.target])
        if (record.result === 'started') open.set(step, record)
        else open.delete(step)
      }
    }
  }
  const unanswered = [...open.values()]
  return {
    ok: true,
    records,
    files: files.length,
    ...(head ? { head } : {}),
    ...(unanswered.length > 0 ? { unanswered } : {})
  }
}

/** The chain's head, or BrokenLogError naming where it breaks. */
export function chainHead(files: LogFile[]): (ChainHead & { year: number }) | undefined {
  const checked = verifyLog(files)
  if (!checked.ok) throw new BrokenLogError(checked.where, checked.problem)
  return checked.head
}

/** The records of an intact chain, in chain order, beside its verification; a broken one
 *  only says where it breaks. */
export function chainRecords(
  files: LogFile[]
): (Verification & { ok: true; all: LogRecord[] }) | (Verification & { ok: false }) {
  const checked = verifyLog(files)
  if (!checked.ok) return checked
  const all = [...files]
    .sort((a, b) => yearOf(a.path)! - yearOf(b.path)!)
    .flatMap(f => linesOf(f.text))
    .map(line => JSON.parse(line) as LogRecord)
  return { ...checked, all }
}
