// Action mode `audit` (schedule, workflow_dispatch): the same audit as `offboard audit`, its
// report in the job summary, and one drift issue in the repository kept in step with it.
import * as core from '@actions/core'
import { blocking, FAIL_AT, type Drift } from '../audit.js'
import { auditDeclarations } from '../engine.js'
import { describeError, type GithubOctokit } from '../connectors/github-client.js'
import type { Declarations } from '../declarations/types.js'
import { auditMarkdown, auditText } from '../report/audit.js'
import { connectorEnvironment, currentRepo, repoClient, runLink, type Repo } from './repo.js'
import type { Settings } from './settings.js'

/** The label that finds the drift issue; the issue is created with it. */
export const DRIFT_LABEL = 'offboard-drift'
/** GitHub refuses issue bodies over 65,536 characters; leave room for the footer. */
const MAX_BODY = 60_000
/** A job summary may hold 1 MiB. */
const MAX_SUMMARY = 1_000_000

export async function runAudit(settings: Settings, head: Declarations): Promise<void> {
  const drift = await auditDeclarations(head, {
    ...connectorEnvironment(),
    log: line => core.info(line)
  })
  core.info(auditText(drift, settings.accessDir))
  await core.summary
    .addRaw(auditMarkdown(drift, settings.accessDir, { maxChars: MAX_SUMMARY }))
    .write()
  const found = blocking(drift).length
  if (found) core.warning(`offboard audit: ${found} finding(s) of severity ${FAIL_AT} or above`)
  // The issue lives in this repository: the repo-token input, else the organization token.
  const token = settings.repoToken || process.env.GITHUB_TOKEN
  if (!token || !process.env.GITHUB_REPOSITORY) {
    core.warning(
      'offboard audit: no drift issue kept: set GITHUB_TOKEN (with issues: write) and run in a repository (GITHUB_REPOSITORY)'
    )
    return
  }
  await syncDriftIssue(repoClient(token), currentRepo(), drift, settings.accessDir)
}

/** Keeps exactly one open issue labelled DRIFT_LABEL: opened when drift appears, its body
 *  replaced while drift stays, closed with a comment once every platform is checked and clean. */
export async function syncDriftIssue(
  octokit: GithubOctokit,
  repo: Repo,
  drift: Drift,
  origin: string
): Promise<void> {
  try {
    await sync(octokit, repo, drift, origin, runLink())
  } catch (error) {
    throw new Error(
      `could not update the drift issue in ${repo.owner}/${repo.repo}: ${describeError(error)} (the workflow needs "permissions: issues: write")`,
      { cause: error }
    )
  }
}

async function sync(
  octokit: GithubOctokit,
  repo: Repo,
  drift: Drift,
  origin: string,
  link: string
): Promise<void> {
  const open = (
    await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: DRIFT_LABEL,
      state: 'open',
      direction: 'asc',
      per_page: 100
    })
  ).filter(i => !i.pull_request)
  const [issue, ...extra] = open
  const found = blocking(drift).length
  const unchecked = drift.platforms.filter(p => p.status === 'not_checked').map(p => p.platform)
  const body = `${auditMarkdown(drift, origin, { maxChars: MAX_BODY })}\n---\n_Kept up to date by the scheduled offboard audit${link}._\n`
  const title = `Access drift: ${found} finding${found === 1 ? '' : 's'} of severity ${FAIL_AT} or above`

  for (const dup of extra) {
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: dup.number,
      body: `Duplicate of #${issue!.number}, which tracks the drift.`
    })
    await octokit.rest.issues.update({ ...repo, issue_number: dup.number, state: 'closed' })
  }

  if (found > 0) {
    if (issue) {
      await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body })
      core.info(`drift issue #${issue.number} updated`)
    } else {
      const { data } = await octokit.rest.issues.create({
        ...repo,
        title,
        body,
        labels: [DRIFT_LABEL]
      })
      core.info(`drift issue #${data.number} opened`)
    }
    return
  }
  if (!issue) return
  if (unchecked.length) {
    // Not clean until every platform could be looked at: keep the issue, say why.
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body })
    core.info(`drift issue #${issue.number} stays open: ${unchecked.join(', ')} not checked`)
    return
  }
  await octokit.rest.issues.createComment({
    ...repo,
    issue_number: issue.number,
    body: `The audit at ${drift.at} found no drift of severity ${FAIL_AT} or above on any platform${link}: closing.`
  })
  await octokit.rest.issues.update({
    ...repo,
    issue_number: issue.number,
    state: 'closed',
    state_reason: 'completed'
  })
  core.info(`drift issue #${issue.number} closed: the audit is clean`)
}
