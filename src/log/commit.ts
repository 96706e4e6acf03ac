// Commit back: appends a run's records to the log on a branch in one commit through the git
// data API (src/github/git.ts), re-chaining onto whatever the branch holds when another
// commit got there first.
import type { RepoClient } from '../github/client.js'
import { branchMoved, branchTip, commitFiles, filesBelow } from '../github/git.js'
import { chain, type Entry, type LogRecord } from './record.js'
import { logPath, planAppend } from './store.js'
import { BrokenLogError, type LogFile } from './verify.js'

export interface CommitBack {
  octokit: RepoClient
  owner: string
  repo: string
  branch: string
  /** The run's records (or entries): they are chained anew onto the branch's last record. */
  records: Entry[]
  message: string
  /** The access directory in the repository (default `access`). */
  dir?: string
  /** Tries in all when the branch moves under us (default 5). */
  attempts?: number
  /** Wait before the second try, doubling after each (default 500 ms). */
  backoffMs?: number
  sleep?: (ms: number) => Promise<void>
}

export interface Committed {
  commit: string
  records: LogRecord[]
  attempts: number
}

/** The records could not be pushed: the caller keeps them (job summary, artifact). */
export class CommitBackError extends Error {
  constructor(
    message: string,
    /** Chained onto the branch's log as last read (from the start if it could not be read). */
    readonly records: LogRecord[]
  ) {
    super(message)
  }

  /** The records as log lines. */
  get jsonl(): string {
    return this.records.map(r => `${JSON.stringify(r)}\n`).join('')
  }
}

const sleeper = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/**
 * Appends the records to `<dir>/log/<YYYY>.jsonl` on `branch` in one commit: read the branch
 * tip and its log, chain the records after its last record, write tree and commit, move the
 * branch without force. When another commit landed meanwhile the update is not a fast
 * forward: read again, re-chain, retry. Throws CommitBackError (holding the records) when it
 * cannot push.
 */
export async function commitRecords(options: CommitBack): Promise<Committed> {
  const { octokit, branch } = options
  const repo = { owner: options.owner, repo: options.repo }
  const folder = logPath(options.dir ?? 'access')
  const attempts = options.attempts ?? 5
  const sleep = options.sleep ?? sleeper
  // What the caller keeps if nothing lands: chained onto the log as last read.
  let kept = chain(options.records)
  for (let attempt = 1; ; attempt++) {
    try {
      const tip = await branchTip(octokit, repo, branch)
      const files: LogFile[] = await filesBelow(octokit, repo, tip.tree, folder, name =>
        name.endsWith('.jsonl')
      )
      const { records, appends } = planAppend(files, options.records, folder)
      kept = records
      const commit = await commitFiles(octokit, repo, {
        branch,
        parent: tip,
        message: options.message,
        files: appends.map(a => ({
          path: a.path,
          content: (files.find(f => f.path === a.path)?.text ?? '') + a.text
        })),
        move: 'fast-forward'
      })
      return { commit, records, attempts: attempt }
    } catch (err) {
      if (err instanceof BrokenLogError)
        throw new CommitBackError(`cannot append to the log on ${branch}: ${err.message}`, kept)
      if (!branchMoved(err) || attempt >= attempts) {
        const why = branchMoved(err)
          ? `the branch kept moving (${attempt} tries)`
          : `${(err as Error).message}: the token needs contents: write on the branch, and a way past its protection rules`
        throw new CommitBackError(
          `could not push the revocation log to ${repo.owner}/${repo.repo}@${branch}: ${why}`,
          kept
        )
      }
      await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 1))
    }
  }
}
