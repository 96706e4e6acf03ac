// What apply knows of how its change was reviewed, from the access repository: the merged
// pull request that brought the commit, who approved that pull request's head commit, and
// the plan offboard last posted there for that head (read from the marker of the comment
// written by the identity repo-token acts as; a marker in anyone else's comment is ignored).
import * as core from './core.js'
import { detectChange } from '../change.js'
import type { Declarations } from '../declarations/types.js'
import { viewerLogin, type Repo, type RepoClient } from '../github/client.js'
import { findComment } from '../github/issues.js'
import { approversOf, mergedPullOf } from '../github/pulls.js'
import type { ReviewEvidence } from '../log/record.js'
import { PLAN_COMMENT_MARKER, readPlanMarker } from '../report/plan-marker.js'
import { postedPlan, type Review } from '../report/review.js'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The GitHub accounts (at base) of the people the change from `base` to `head` departs. */
export const departingAccounts = (base: Declarations, head: Declarations): string[] =>
  detectChange(base, head)
    .departures.map(d => d.person.accounts.github)
    .filter((login): login is string => !!login)

export async function reviewOf(
  client: RepoClient,
  repo: Repo,
  sha: string,
  departing: string[]
): Promise<Review> {
  const pull = await mergedPullOf(client, repo, sha)
  if (!pull) return { approvers: [], independent: [], departing }
  const [approvers, identity] = await Promise.all([
    approversOf(client, repo, pull.number, pull.headSha),
    viewerLogin(client).catch((err: Error) => {
      core.warning(`${err.message}: no plan comment is trusted, so none is compared`)
      return undefined
    })
  ])
  const comment =
    identity && (await findComment(client, repo, pull.number, PLAN_COMMENT_MARKER, identity))
  const independent = approvers.filter(
    a => !(pull.author && same(a, pull.author)) && !departing.some(d => same(a, d))
  )
  return {
    pull,
    approvers,
    independent,
    departing,
    ...(identity ? { identity } : {}),
    ...(comment ? { posted: readPlanMarker(comment.body) ?? {} } : {})
  }
}

/** What every log record of the run says of the review (the plan's side is added there). */
export const reviewEvidence = (review: Review): Omit<ReviewEvidence, 'plan' | 'plan_matches'> => {
  const posted = postedPlan(review)
  return {
    merged: !!review.pull,
    ...(review.pull ? { pr_head: review.pull.headSha } : {}),
    ...(review.pull?.author ? { author: review.pull.author } : {}),
    approved: review.independent.length > 0,
    ...(posted ? { posted_plan: posted } : {})
  }
}
