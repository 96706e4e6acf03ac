import * as core from '@actions/core'
import { git } from '../declarations/files.js'

/** actions/checkout fetches one commit by default; a commit the change needs is fetched when
 *  missing (fetch-depth: 0 in the workflow avoids this). */
export async function ensureCommit(sha: string): Promise<void> {
  const cwd = process.cwd()
  try {
    await git(cwd, 'cat-file', '-e', `${sha}^{commit}`)
  } catch {
    core.info(`fetching ${sha.slice(0, 7)} (use fetch-depth: 0 to skip this)`)
    await git(cwd, 'fetch', '--no-tags', '--depth=1', 'origin', sha)
  }
}
