import * as core from './core.js'
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

/** What a pull request's plan compares: the checkout as head, which must be the pull
 *  request's head commit or GitHub's merge commit of it (actions/checkout's default, whose
 *  parents are the base's tip and the head), and the base it is compared with. Anything else
 *  (the default branch, another pull request) is refused: its plan would be another change's. */
export async function pullRequestCheckout(pull: {
  base: string
  head: string
}): Promise<{ checkout: string; base: string }> {
  const [checkout, ...parents] = (
    await git(process.cwd(), 'rev-list', '--parents', '-n', '1', 'HEAD')
  )
    .trim()
    .split(' ')
  if (checkout === pull.head) return { checkout, base: pull.base }
  if (parents.length === 2 && parents[1] === pull.head) return { checkout, base: parents[0] }
  throw new Error(
    `the checkout is ${checkout}, neither the pull request's head ${pull.head} nor GitHub's merge commit of it: check out the pull request (actions/checkout does by default)`
  )
}
