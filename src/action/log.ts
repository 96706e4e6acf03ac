// The log commit of the action's runs: the records go to the log on the default branch in one
// commit; when they cannot, they are kept in the job summary and in a file the workflow
// uploads, and the run fails.
import * as core from '@actions/core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GithubOctokit } from '../connectors/github-client.js'
import { CommitBackError, commitRecords } from '../log/commit.js'
import type { Entry } from '../log/record.js'
import type { Repo } from './repo.js'

export interface LogCommit {
  octokit: GithubOctokit
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
