// Commit back: appends a run's records to the log on a branch in one commit through the git
// data API, re-chaining onto whatever the branch holds when another commit got there first.
import type { Octokit } from '@octokit/rest'
import { chain, type Entry, type LogRecord } from './record.js'
import { logPath, planAppend } from './store.js'
import { BrokenLogError, type LogFile } from './verify.js'

export interface CommitBack {
  octokit: Octokit
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

type Repo = { octokit: Octokit; owner: string; repo: string }

/** The log files in the tree of `commit`, below `folder`. */
async function readLogAt({ octokit, owner, repo }: Repo, treeSha: string, folder: string) {
  let sha = treeSha
  for (const part of folder.split('/')) {
    const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha })
    const next = data.tree.find(e => e.path === part && e.type === 'tree')
    if (!next?.sha) return []
    sha = next.sha
  }
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha })
  const blobs = data.tree.filter(e => e.type === 'blob' && e.path?.endsWith('.jsonl'))
  return Promise.all(
    blobs.map(async (e): Promise<LogFile> => {
      const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: e.sha! })
      const text = Buffer.from(blob.data.content, blob.data.encoding as BufferEncoding)
      return { path: `${folder}/${e.path}`, text: text.toString('utf8') }
    })
  )
}

/** The branch moved (or is being moved) under us: read again and retry. */
const raced = (err: unknown): boolean => {
  const e = err as { status?: number; message?: string }
  return e.status === 409 || (e.status === 422 && /fast.forward/i.test(e.message ?? ''))
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
  const { octokit, owner, repo, branch } = options
  const folder = logPath(options.dir ?? 'access')
  const attempts = options.attempts ?? 5
  const sleep = options.sleep ?? sleeper
  // What the caller keeps if nothing lands: chained onto the log as last read.
  let kept = chain(options.records)
  for (let attempt = 1; ; attempt++) {
    try {
      const ref = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
      const parent = ref.data.object.sha
      const tip = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent })
      const files = await readLogAt(options, tip.data.tree.sha, folder)
      const { records, appends } = planAppend(files, options.records, folder)
      kept = records
      const tree = await octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: tip.data.tree.sha,
        tree: appends.map(a => ({
          path: a.path,
          mode: '100644' as const,
          type: 'blob' as const,
          content: (files.find(f => f.path === a.path)?.text ?? '') + a.text
        }))
      })
      const commit = await octokit.rest.git.createCommit({
        owner,
        repo,
        message: options.message,
        tree: tree.data.sha,
        parents: [parent]
      })
      await octokit.rest.git.updateRef({
        owner,
        repo,
        ref: `heads/${branch}`,
        sha: commit.data.sha,
        force: false
      })
      return { commit: commit.data.sha, records, attempts: attempt }
    } catch (err) {
      if (err instanceof BrokenLogError)
        throw new CommitBackError(`cannot append to the log on ${branch}: ${err.message}`, kept)
      if (!raced(err) || attempt >= attempts) {
        const why = raced(err)
          ? `the branch kept moving (${attempt} tries)`
          : `${(err as Error).message}: the token needs contents: write on the branch, and a way past its protection rules`
        throw new CommitBackError(
          `could not push the revocation log to ${owner}/${repo}@${branch}: ${why}`,
          kept
        )
      }
      await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 1))
    }
  }
}
