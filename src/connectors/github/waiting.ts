// Manual steps apply left to a human on GitHub (deploy keys the departed person added), read
// back for the audit one by one: a key by its id, never a scan of every repository.
import { mapLimit } from '../../concurrency.js'
import type { WaitingCheck, WaitingStep } from '../connector.js'
import { absentOn404, withHint } from './answers.js'
import type { GithubOctokit } from './client.js'

/** Keys read back at the same time. */
const CONCURRENCY = 8

/** Each waiting deploy key, read back by its id (`GET /repos/{org}/{repo}/keys/{id}`): pending
 *  while it exists or cannot be read. Targets logged before the whole id was recorded
 *  (`... (...1234)`) are matched by title and id ending in the repository's key list. */
export function deployKeysWaiting(
  octokit: GithubOctokit,
  org: string,
  steps: WaitingStep[]
): Promise<WaitingCheck[]> {
  return mapLimit(steps, CONCURRENCY, async (step): Promise<WaitingCheck> => {
    const key = deployKeyTarget(step)
    if (!key)
      return { step, pending: true, detail: 'not a step offboard can check: check it by hand' }
    try {
      const found =
        'id' in key
          ? await absentOn404(
              octokit.rest.repos.getDeployKey({ owner: org, repo: key.repo, key_id: key.id })
            )
          : (
              (await absentOn404(
                octokit
                  .paginate(octokit.rest.repos.listDeployKeys, {
                    owner: org,
                    repo: key.repo,
                    per_page: 100
                  })
                  .then(data => ({ data }))
              )) ?? []
            ).find(k => k.title === key.title && String(k.id).endsWith(key.last4))
      return found
        ? {
            step,
            pending: true,
            detail: `still there (${found.read_only ? 'read-only' : 'read-write'}${found.last_used ? `, last used ${found.last_used.slice(0, 10)}` : ''}): rotate or delete it in the repository's settings`
          }
        : { step, pending: false, detail: 'gone' }
    } catch (error) {
      return { step, pending: true, detail: `could not be read back: ${withHint(error)}` }
    }
  })
}

/** The deploy key a `review_deploy_key` record names: by id (`api deploy key 42 "ci"`), or,
 *  in records written before ids were logged whole, by title and the id's last digits. */
function deployKeyTarget(
  step: WaitingStep
): { repo: string; id: number } | { repo: string; title: string; last4: string } | undefined {
  if (step.action !== 'review_deploy_key') return undefined
  const byId = /^(\S+) deploy key (\d+) "(.*)"$/.exec(step.target)
  if (byId) return { repo: byId[1], id: Number(byId[2]) }
  const old = /^(\S+) deploy key "(.*)" \(\.\.\.(\d{1,4})\)$/.exec(step.target)
  return old ? { repo: old[1], title: old[2], last4: old[3] } : undefined
}
