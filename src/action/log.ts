// The log of the action's runs: appended in the checkout as each step happens (locked, as on
// the command line), then the records go to the log on the default branch in one commit; when
// they cannot, they are kept in the job summary and in a file the workflow uploads, and the
// run fails.
import * as core from './core.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Applied } from '../apply.js'
import type { Repo, RepoClient } from '../github/client.js'
import { CommitBackError, commitRecords } from '../log/commit.js'
import { withLockedLog } from '../log/lock.js'
import type { Entry } from '../log/record.js'
import type { LogAppender } from '../log/store.js'

export interface LogCommit {
  octokit: RepoClient
  repo: Repo
  branch: string
  entries: Entry[]
  message: string
  /** The access directory in the repository. */
  dir: string
}

/** The commit that holds the records (also the `log-commit` output). */
export async function commitLog(input: LogCommit): Promise<string> {
  try {
    const committed = await commitRecords({
      octokit: input.octokit,
      ...input.repo,
      branch: input.branch,
      records: input.entries,
      message: input.message,
      dir: input.dir
    })
    core.setOutput('log-commit', committed.commit)
    core.summary.addRaw(
      `\nLog committed in ${committed.commit} (${committed.records.length} records).\n`,
      true
    )
    return committed.commit
  } catch (err) {
    if (!(err instanceof CommitBackError)) throw err
    const file = join(process.env.RUNNER_TEMP || process.cwd(), 'offboard-unpushed-log.jsonl')
    writeFileSync(file, err.jsonl)
    core.setOutput('unpushed-log', file)
    await core.summary
      .addRaw(
        `\n**The log could not be committed** (${err.message}). Its records:\n\n\`\`\`jsonl\n${err.jsonl}\`\`\`\n`,
        true
      )
      .write()
    throw new Error(
      `the revocation log could not be committed back: ${err.message}. The records are in the job summary and in ${file} (upload it with actions/upload-artifact)`,
      { cause: err }
    )
  }
}

/** Runs `fn` with the checkout's log below `accessDir` locked and open (withLockedLog), the
 *  wait and any takeover reported, and what earlier runs left in doubt warned about. */
export function withCheckoutLog<T>(
  accessDir: string,
  command: string,
  fn: (log: LogAppender) => Promise<T>
): Promise<T> {
  const lock = { command, onWait: core.info, onNotice: core.warning }
  return withLockedLog(accessDir, process.cwd(), lock, async log => {
    if (log.unanswered.length > 0)
      core.warning(
        `an earlier run stopped before ${log.unanswered.length} write(s) were answered (log seq ${log.unanswered.map(r => r.seq).join(', ')}): this run discovers again what is left and logs each one found done as already absent`
      )
    return fn(log)
  })
}

/** What a run hands to the commit: every record the checkout's log took, then any outcome it
 *  could not take (the commit still can). */
export function entriesToCommit(log: LogAppender, applied: Applied): Entry[] {
  if (log.failure) core.error(`${log.failure.message}; the commit carries the rest`)
  return [...log.records, ...applied.unrecorded]
}

/** An apply that threw half-way: what it appended is committed back (or kept in the summary
 *  and the artifact), then the error goes on. */
export async function commitInterrupted(
  input: Omit<LogCommit, 'entries' | 'message'>,
  log: LogAppender,
  err: unknown
): Promise<never> {
  if (log.records.length > 0) {
    const people = [...new Set(log.records.map(r => r.person))].join(', ')
    await commitLog({
      ...input,
      entries: [...log.records],
      message: `offboard: revocation log for ${people}, of a run that stopped half-way\n\n${(err as Error).message}`
    }).catch((pushErr: Error) => core.error(pushErr.message))
  }
  throw err
}
