// The immutable account ids the revocation log knows (records' `account_id`), so that a
// departure whose declared name is no longer found recognises the same account renamed.
// A plan reads them from the log at base, as it reads the declarations at base: head's log
// is whatever the pull request says. Only an intact chain is trusted.
import { posix } from 'node:path'
import type { PlatformName } from '../connectors/connector.js'
import { git } from '../declarations/files.js'
import { logPath, readLog } from './store.js'
import { chainRecords, type LogFile } from './verify.js'

export interface KnownAccountIds {
  /** `<platform> <person>` -> the account ids recorded for them, newest first, each once. */
  byPerson: ReadonlyMap<string, readonly string[]>
  /** Set when the log was not used (a broken chain): what to tell the reader. */
  ignored?: string
}

const key = (platform: string, person: string) => `${platform} ${person}`

/** The ids the log knows for `person`'s account on `platform`, newest first. */
export function knownIdsOf(
  known: KnownAccountIds | undefined,
  platform: PlatformName,
  person: string
): readonly string[] {
  return known?.byPerson.get(key(platform, person)) ?? []
}

/** Every account id in an intact log; none, with the reason, from a broken one. */
export function knownIdsFromLog(files: LogFile[], where: string): KnownAccountIds {
  const read = chainRecords(files)
  if (!read.ok)
    return {
      byPerson: new Map(),
      ignored: `the revocation log ${where} is broken at ${read.where} (${read.problem}), so the account ids it records were not used and a renamed account is not recognised: restore the log from git history (offboard verify-log checks it)`
    }
  const records = [...read.all]
  const byPerson = new Map<string, string[]>()
  for (const r of records.reverse()) {
    if (!r.account_id) continue
    const ids = byPerson.get(key(r.platform, r.person)) ?? []
    if (!ids.includes(r.account_id)) byPerson.set(key(r.platform, r.person), [...ids, r.account_id])
  }
  return { byPerson }
}

/** The ids the log below `dir` holds at `commit` (read from git, not from the working tree). */
export async function knownIdsAt(
  commit: string,
  dir: string,
  cwd: string
): Promise<KnownAccountIds> {
  const folder = logPath(dir)
  const listing = await git(cwd, 'ls-tree', '-z', commit, '--', `${folder}/`)
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .map(entry => {
      const [meta, path] = entry.split('\t')
      const [, type, oid] = meta.split(' ')
      return { type, oid, name: posix.basename(path) }
    })
    .filter(b => b.type === 'blob' && b.name.endsWith('.jsonl'))
  const files = await Promise.all(
    blobs.map(async b => ({
      path: posix.join(folder, b.name),
      text: await git(cwd, 'cat-file', 'blob', b.oid)
    }))
  )
  return knownIdsFromLog(files, `at ${commit.slice(0, 12)}`)
}

/** The ids the log below `dir` holds on disk (the audit, on the default branch's checkout). */
export async function knownIdsIn(dir: string, cwd: string): Promise<KnownAccountIds> {
  return knownIdsFromLog(await readLog(dir, cwd), `in ${logPath(dir)}`)
}
