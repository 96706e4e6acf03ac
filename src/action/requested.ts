// When the departures of a change were requested, from its pull request: a person's
// offboarding pull request (branch `offboard/<id>`) is opened by mode `offboard` as the
// dispatch runs, so its opening is the dispatch time for that person; for everyone else the
// merge counts, else the commit time. Every time here is GitHub's own, not the author's.
import type { PullFacts } from '../github/pulls.js'
import type { RequestTimes } from '../plan-types.js'

const PREFIX = 'offboard/'

/** The branch of a person's offboarding pull request; offboard owns the `offboard/` prefix. */
export const offboardBranch = (id: string): string => `${PREFIX}${id}`

/** The request times of a change pushed as `committedAt`, merged by `pull` (if any). */
export const pullRequestTimes = (
  pull: PullFacts | undefined,
  committedAt: string
): RequestTimes => ({ at: pull?.mergedAt ?? committedAt, ...dispatchTimes(pull) })

/** The dispatched departure of an offboarding pull request: its person, when it was opened. */
export function dispatchTimes(
  pull: Pick<PullFacts, 'createdAt' | 'headRef'> | undefined
): Pick<RequestTimes, 'dispatched'> {
  const person = pull?.headRef.startsWith(PREFIX) ? pull.headRef.slice(PREFIX.length) : ''
  return pull && person ? { dispatched: { [person]: pull.createdAt } } : {}
}
