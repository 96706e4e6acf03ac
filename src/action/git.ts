import * as core from '@actions/core'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/** actions/checkout fetches one commit by default; a commit the change needs is fetched when
 *  missing (fetch-depth: 0 in the workflow avoids this). */
export async function ensureCommit(sha: string): Promise<void> {
  const git = promisify(execFile)
  try {
    await git('git', ['cat-file', '-e', `${sha}^{commit}`])
  } catch {
    core.info(`fetching ${sha.slice(0, 7)} (use fetch-depth: 0 to skip this)`)
    await git('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha])
  }
}
