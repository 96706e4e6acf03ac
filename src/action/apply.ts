// Mode `apply`, for a push to the default branch: the change is the push's before..after;
// revoke, then commit the log back to the branch in one commit through the git data API.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { applyChange } from '../apply.js'
import type { GithubOctokit } from '../connectors/github-client.js'
import { loadRevisions } from '../engine.js'
import { outcomeLine, progressLine } from '../execute.js'
import type { ChangeInfo } from '../log/record.js'
import { appliedMarkdown } from '../report/applied.js'
import { PLAN_COMMENT_MARKER } from '../report/plan.js'
import { annotate } from './annotations.js'
import { ensureCommit } from './git.js'
import { commitLog } from './log.js'
import {
  connectorEnvironment,
  currentRepo,
  pathInRepository,
  repoClient,
  type Repo
} from './repo.js'
import type { Settings } from './settings.js'

const ZERO = /^0+$/

interface PushPayload {
  ref: string
  before: string
  after: string
  repository: { default_branch: string }
}

export async function applyMode(settings: Settings): Promise<void> {
  if (github.context.eventName !== 'push')
    throw new Error(
      `mode "apply" runs on push to the default branch, not "${github.context.eventName}"`
    )
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
  const review = await findPullRequest(octokit, repo, push.after)
  const change: ChangeInfo = {
    base: push.before,
    head: push.after,
    pr: review?.number ?? null,
    approvers: review?.approvers ?? []
  }

  const applied = await applyChange(revisions.base, revisions.head, connectorEnvironment(), {
    change,
    actor: github.context.actor || 'github-actions',
    onOutcome: o => core.info(progressLine(o))
  })
  const { plan } = applied
  if (plan.refused) throw new Error(plan.refused.message)
  if (applied.entries.length === 0) {
    core.info('nothing to revoke')
    return
  }
  for (const person of plan.people)
    await core.group(`${person.person}: ${person.kind}, ${person.why}`, async () => {
      for (const e of applied.entries.filter(x => x.person === person.person))
        core.info(outcomeLine(e))
    })

  const people = [...new Set(applied.entries.map(e => e.person))].join(', ')
  const message = `offboard: revocation log for ${people}${change.pr ? ` (#${change.pr})` : ''}\n\nApplied ${push.before.slice(0, 7)}..${push.after.slice(0, 7)}, plan ${plan.hash}${review?.approvedPlan ? `\nApproved plan ${review.approvedPlan}` : ''}`
  const summary = core.summary
    .addHeading(`offboard apply: ${people}`, 3)
    .addRaw(
      `Plan \`${plan.hash}\`${review?.approvedPlan ? `, approved plan \`${review.approvedPlan}\`${review.approvedPlan === plan.hash ? ' (the same)' : ' (discovery found changes since the review: everything found was revoked)'}` : ''}\n\n`,
      true
    )
    .addRaw(appliedMarkdown(applied.entries), true)
  await commitLog({
    octokit,
    repo,
    branch,
    entries: applied.entries,
    message,
    dir: logDir
  })
  await summary.write()
  if (applied.failed > 0)
    core.setFailed(
      `${applied.failed} failed: see the log lines marked failed; fix the cause and re-run this job (it resumes where it stopped)`
    )
}

/** The merged pull request of a commit, its approvers (latest review per person), and the
 *  plan hash its sticky comment showed when it was approved. */
async function findPullRequest(octokit: GithubOctokit, { owner, repo }: Repo, sha: string) {
  const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha
  })
  const pr = pulls.find(p => p.merged_at) ?? pulls[0]
  if (!pr) return undefined
  const [reviews, comments] = await Promise.all([
    octokit.paginate(octokit.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number: pr.number,
      per_page: 100
    }),
    octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr.number,
      per_page: 100
    })
  ])
  const latest = new Map<string, string>()
  for (const r of reviews) if (r.user && r.state !== 'COMMENTED') latest.set(r.user.login, r.state)
  const approvers = [...latest]
    .filter(([, state]) => state === 'APPROVED')
    .map(([login]) => login)
    .sort()
  const planComment = comments.find(c => c.body?.startsWith(PLAN_COMMENT_MARKER))
  const approvedPlan = /Plan `([0-9a-f]{64})`/.exec(planComment?.body ?? '')?.[1]
  return { number: pr.number, approvers, approvedPlan }
}
