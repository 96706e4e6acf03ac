// How the change apply ran was reviewed, in words: the job summary, the comment on the merged
// pull request, the warnings, and why policy.require_approval refuses it.
import type { PullFacts } from '../github/pulls.js'
import { cell } from './markdown.js'

/** What apply found out about the review of its change (src/action/review.ts). */
export interface Review {
  /** The merged pull request that brought the change; absent for a push without one. */
  pull?: PullFacts
  /** Who approved the pull request's head commit. */
  approvers: string[]
  /** The approvers that count: neither the author nor a person the change departs. */
  independent: string[]
  /** The GitHub accounts of the people the change departs. */
  departing: string[]
  /** The login offboard comments as, when it could be told. */
  identity?: string
  /** What the marker of the plan comment offboard last wrote on the pull request carries. */
  posted?: { hash?: string; head?: string }
}

const short = (sha: string) => sha.slice(0, 12)

/** The hash of the plan posted for the pull request's head, if the last one was for it. */
export const postedPlan = (review: Review): string | undefined =>
  review.pull && review.posted?.head === review.pull.headSha ? review.posted.hash : undefined

/** Why nobody's approval counts, or undefined when someone's does. */
export function unreviewed(review: Review, range: string): string | undefined {
  const { pull } = review
  if (!pull) return `the push ${range} came from no merged pull request: nobody reviewed it`
  if (review.independent.length) return undefined
  const excluded = [
    ...(pull.author ? [`its author ${pull.author}`] : []),
    ...(review.departing.length ? [`the people it departs (${review.departing.join(', ')})`] : [])
  ]
  return `nobody${excluded.length ? ` other than ${excluded.join(' and ')}` : ''} approved head ${short(pull.headSha)} of pull request #${pull.number}${review.approvers.length ? ` (approved by ${review.approvers.join(', ')})` : ''}`
}

/** How the plan applied compares with the one reviewers last saw. */
function planLine(review: Review, plan: string): string {
  const { pull } = review
  if (!pull) return `Plan \`${plan}\` applied; no plan was reviewed.`
  const posted = postedPlan(review)
  const head = `head \`${short(pull.headSha)}\``
  if (posted === plan) return `Plan \`${plan}\` applied: the plan offboard posted for ${head}.`
  if (posted)
    return `Plan \`${plan}\` applied; offboard posted \`${posted}\` for ${head}: discovery found changes since the review, and everything found was revoked.`
  if (!review.identity)
    return `Plan \`${plan}\` applied; offboard's own identity could not be told, so no plan comment was read.`
  const other =
    review.posted?.head && review.posted.head !== pull.headSha
      ? ` (its plan comment is for \`${short(review.posted.head)}\`)`
      : ''
  return `Plan \`${plan}\` applied; ${cell(review.identity)} posted no plan for ${head}${other}.`
}

/** The review as Markdown lines: the pull request, its approvals, the plan. */
export function reviewMarkdown(review: Review, plan: string, range: string): string[] {
  const { pull } = review
  const why = unreviewed(review, range)
  return [
    pull
      ? `Pull request #${pull.number} (merged), head \`${short(pull.headSha)}\`${pull.author ? ` by ${cell(pull.author)}` : ''}: ${review.approvers.length ? `approved by ${review.approvers.map(cell).join(', ')}` : 'no approving review of that commit'}.`
      : `**Pushed without a pull request** (${range}).`,
    ...(why ? [`**Not reviewed**: ${cell(why)}.`] : []),
    planLine(review, plan)
  ]
}
