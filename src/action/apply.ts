// Mode `apply`, for a push to the default branch: the change is the push's before..after;
// find how it was reviewed (the merged pull request, approvals of its head, the plan posted
// for that head), refuse it when policy.require_approval asks for a review it lacks, revoke,
// commit the log back to the branch in one commit through the git data API, and say what was
// done on the merged pull request.
import * as core from './core.js'
import * as github from '@actions/github'
import { applyChange } from '../apply.js'
import { loadRevisions, type Revision } from '../engine.js'
import type { Repo, RepoClient } from '../github/client.js'
import { addComment } from '../github/issues.js'
import type { ChangeInfo } from '../log/record.js'
import type { LogAppender } from '../log/store.js'
import {
  appliedComment,
  appliedMarkdown,
  outcomeLine,
  progressLine,
  timesMarkdown
} from '../report/applied.js'
import { cell } from '../report/markdown.js'
import { reviewMarkdown, unreviewed, type Review } from '../report/review.js'
import { annotate } from './annotations.js'
import { ensureCommit } from './git.js'
import { commitInterrupted, commitLog, entriesToCommit, withCheckoutLog } from './log.js'
import { connectorEnvironment, currentRepo, pathInRepository, repoClient, runLink } from './repo.js'
import { departingAccounts, reviewEvidence, reviewOf } from './review.js'
import { pullRequestTimes } from './requested.js'
import type { Settings } from './settings.js'
import type { RequestTimes } from '../plan-types.js'

const ZERO = /^0+$/

interface PushPayload {
  ref: string
  before: string
  after: string
  repository: { default_branch: string }
}

export async function applyMode(settings: Settings): Promise<void> {
  const push = github.context.payload as unknown as PushPayload
  const branch = push.repository.default_branch
  if (push.ref !== `refs/heads/${branch}`) {
    core.info(`${push.ref} is not the default branch (${branch}): nothing to apply`)
    return
  }
  if (ZERO.test(push.before)) {
    core.info('a new branch has no previous commit to compare with: nothing to apply')
    return
  }
  // Where the log goes, checked before anything is revoked.
  const logDir = pathInRepository(settings.accessDir)
  await Promise.all([ensureCommit(push.before), ensureCommit(push.after)])
  const revisions = await loadRevisions({
    cwd: process.cwd(),
    dir: settings.accessDir,
    base: push.before,
    head: push.after
  })
  if (!revisions.ok) {
    annotate(revisions.diagnostics)
    throw new Error(`the declarations at ${revisions.which} are invalid: nothing is revoked`)
  }
  const octokit = repoClient(settings.repoToken)
  const repo = currentRepo()
  const range = `${push.before.slice(0, 7)}..${push.after.slice(0, 7)}`
  const review = await reviewOf(
    octokit,
    repo,
    push.after,
    departingAccounts(revisions.base.declarations, revisions.head.declarations)
  )
  // Judged by base's policy: a change cannot lift the rule it is judged by.
  const why = unreviewed(review, range)
  if (why && revisions.base.declarations.platforms.policy.require_approval) {
    await core.summary
      .addHeading('offboard apply: refused', 3)
      .addRaw(
        `**Refused by \`policy.require_approval\`**: ${cell(why)}. Nothing was revoked.\n`,
        true
      )
      .write()
    throw new Error(
      `refused by policy.require_approval: ${why}. Nothing was revoked: revert the change, or have someone other than its author and the people it departs approve the pull request's head and re-run this job`
    )
  }
  if (why)
    core.warning(
      `${why}; applied all the same (policy.require_approval is off at base: turn it on to refuse such changes)`,
      { title: 'offboard: not reviewed' }
    )
  const change: ChangeInfo = {
    base: push.before,
    head: push.after,
    pr: review.pull?.number ?? null,
    approvers: review.approvers
  }
  const requested = pullRequestTimes(review.pull, revisions.head.committedAt!)
  const run = { push, revisions, octokit, repo, review, change, requested, branch, logDir, range }
  await withCheckoutLog(settings.accessDir, 'action apply', log => revokeAndCommit(run, log))
}

/** What apply mode found out before revoking. */
interface ApplyRun {
  push: PushPayload
  revisions: { base: Revision; head: Revision }
  octokit: RepoClient
  repo: Repo
  review: Review
  change: ChangeInfo
  requested: RequestTimes
  branch: string
  logDir: string
  range: string
}

/** Revokes with the checkout's log locked and written as it happens, commits it back, and
 *  says so on the merged pull request. */
async function revokeAndCommit(run: ApplyRun, log: LogAppender): Promise<void> {
  const { revisions, octokit, repo, review, change, requested, branch, logDir, range } = run
  const target = { octokit, repo, branch, dir: logDir }
  const applied = await applyChange(revisions.base, revisions.head, connectorEnvironment(), {
    change,
    requested,
    actor: github.context.actor || 'github-actions',
    review: reviewEvidence(review),
    onOutcome: o => core.info(progressLine(o)),
    onRecord: entry => log.append(entry),
    inDoubt: log.unanswered
  }).catch((err: unknown) => commitInterrupted(target, log, err))
  const { plan } = applied
  if (plan.refused) throw new Error(`refused: ${plan.refused.message}`)
  if (applied.entries.length === 0) {
    core.info('nothing to revoke')
    return
  }
  for (const person of plan.people)
    await core.group(`${person.person}: ${person.kind}, ${person.why}`, async () => {
      for (const e of applied.entries.filter(x => x.person === person.person))
        core.info(outcomeLine(e))
    })

  const reviewed = reviewMarkdown(review, plan.hash, range)
  const people = [...new Set(applied.entries.map(e => e.person))].join(', ')
  const message = `offboard: revocation log for ${people}${change.pr ? ` (#${change.pr})` : ''}\n\nApplied ${range}, plan ${plan.hash}${change.approvers.length ? `\nApproved by ${change.approvers.join(', ')}` : '\nNot approved'}`
  const summary = core.summary
    .addHeading(`offboard apply: ${people}`, 3)
    .addRaw(`${reviewed.join('\n\n')}\n\n`, true)
    .addRaw(appliedMarkdown(applied.entries), true)
    .addRaw(timesMarkdown(plan, log.records), true)
  const logCommit = await commitLog({
    ...target,
    entries: entriesToCommit(log, applied),
    message
  })
  await summary.write()
  if (review.pull)
    await addComment(
      octokit,
      repo,
      review.pull.number,
      appliedComment({
        review: reviewed,
        entries: applied.entries,
        logCommit,
        branch,
        runLink: runLink()
      })
    ).catch((err: Error) =>
      core.warning(
        `could not comment on pull request #${review.pull!.number} (${err.message}): the outcomes are in the job summary (the token needs pull-requests: write)`
      )
    )
  if (applied.failed > 0)
    core.setFailed(
      `${applied.failed} failed: see the log lines marked failed; fix the cause and re-run this job (it resumes where it stopped)`
    )
}
