// What the git history adds to a departure the log records: the person's file at the change's
// head and base (departed_on, the name, whether the file was deleted), and, for records
// written without `requested_at`, whether the change was a departure at all and when its head
// was committed. Only committed history is read, never the working tree.
import { posix, relative, resolve, sep } from 'node:path'
import { commitTime, git, MAX_FILE_BYTES } from '../declarations/files.js'
import { loadCarefulParser, parseYaml } from '../declarations/yaml.js'
import type { ChangeInfo } from '../log/record.js'
import type { LoggedDeparture } from './departures.js'

export interface DepartureHistory {
  /** The change departs the person (always, for records that carry `requested_at`). */
  departure: boolean
  how?: 'marked_departed' | 'deleted'
  /** YYYY-MM-DD, from the person's file at head; absent for a deleted file. */
  departedOn?: string
  /** The person's name, from their file at head (at base for a deleted file). */
  name?: string
  /** When the change's head was committed: the request time of a departure logged without
   *  `requested_at`. */
  committedAt?: string
  /** Why the history could not tell (a commit not in this clone). */
  unknown?: string
}

interface PersonFile {
  status?: unknown
  departed_on?: unknown
  name?: unknown
}

/** The history of `d`, from the first of its changes whose commits this clone holds. */
export async function departureHistory(
  d: LoggedDeparture,
  dir: string,
  cwd: string
): Promise<DepartureHistory> {
  for (const change of [...d.changes].reverse()) {
    const found = await changeHistory(change, d.person, dir, cwd)
    if (found) return { ...found, departure: found.departure || d.requestedAt !== undefined }
  }
  const heads = d.changes.map(c => c.head)
  return {
    departure: d.requestedAt !== undefined,
    unknown: heads.every(h => !SHA.test(h))
      ? 'applied from a working tree, not a commit: the history has no file to read'
      : `commit ${heads.map(h => h.slice(0, 12)).join(', ')} is not in this clone's history (fetch it: git fetch origin, or actions/checkout with fetch-depth: 0)`
  }
}

async function changeHistory(
  change: ChangeInfo,
  person: string,
  dir: string,
  cwd: string
): Promise<Omit<DepartureHistory, 'unknown'> | undefined> {
  if (!(await isCommit(change.head, cwd))) return undefined
  const [head, atBase, committedAt] = await Promise.all([
    personAt(change.head, person, dir, cwd),
    (await isCommit(change.base, cwd)) ? personAt(change.base, person, dir, cwd) : undefined,
    commitTime(change.head, cwd)
  ])
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
  const activeAtBase = atBase !== undefined && atBase?.status !== 'departed'
  if (head === undefined)
    return { departure: activeAtBase, how: 'deleted', committedAt, name: text(atBase?.name) }
  const atHead = head ?? {}
  const departed = atHead.status === 'departed'
  return {
    departure: departed && (atBase === undefined || activeAtBase),
    ...(departed ? { how: 'marked_departed' as const } : {}),
    ...(departed && text(atHead.departed_on) ? { departedOn: text(atHead.departed_on) } : {}),
    name: text(atHead.name),
    committedAt
  }
}

const SHA = /^[0-9a-f]{40}$/

async function isCommit(sha: string, cwd: string): Promise<boolean> {
  if (!SHA.test(sha)) return false
  return git(cwd, 'cat-file', '-e', `${sha}^{commit}`).then(
    () => true,
    () => false
  )
}

/** The person's file at `commit`: undefined when absent; null when it is there but cannot be
 *  read as a person (too large, not YAML). */
async function personAt(
  commit: string,
  person: string,
  dir: string,
  cwd: string
): Promise<PersonFile | null | undefined> {
  // `./` makes git read the path from cwd, as --dir is given.
  const rel = relative(cwd, resolve(cwd, dir, 'people', `${person}.yaml`))
  const path = `./${rel.split(sep).join(posix.sep)}`
  const size = await git(cwd, 'cat-file', '-s', `${commit}:${path}`).then(
    out => Number(out.trim()),
    () => undefined
  )
  if (size === undefined) return undefined
  if (size > MAX_FILE_BYTES) return null
  const bytes = Buffer.from(await git(cwd, 'show', `${commit}:${path}`), 'utf8')
  await loadCarefulParser()
  const { parsed } = parseYaml(path, bytes)
  const value = parsed?.value
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as PersonFile) : null
}
