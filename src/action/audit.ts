// Action mode `audit` (schedule, workflow_dispatch): the same audit as `offboard audit`, its
// report in the job summary with the evidence of the last 30 days after it (as
// `offboard evidence` prints it), and one drift issue in the repository kept in step with it.
import * as core from './core.js'
import { blocking, FAIL_AT, type Drift } from '../audit/index.js'
import { auditDeclarations } from '../engine.js'
import { collectGarbageSooner } from '../heap.js'
import type { Declarations } from '../declarations/types.js'
import { describeError, type Repo, type RepoClient } from '../github/client.js'
import { addComment, openIssuesLabelled } from '../github/issues.js'
import { buildEvidence } from '../evidence/evidence.js'
import { readLog } from '../log/store.js'
import { auditMarkdown, auditText } from '../report/audit.js'
import { evidenceMarkdown } from '../report/evidence.js'
import { cell } from '../report/markdown.js'
import { connectorEnvironment, currentRepo, repoClient, runLink } from './repo.js'
import type { Settings } from './settings.js'

/** The label that finds the drift issue; the issue is created with it. */
export const DRIFT_LABEL = 'offboard-drift'
/** GitHub refuses issue bodies over 65,536 characters; leave room for the footer. */
const MAX_BODY = 60_000
/** A job summary may hold 1 MiB; the evidence after the audit takes the rest. */
const MAX_SUMMARY = 800_000
/** The days of departures the evidence in the job summary covers. */
const EVIDENCE_DAYS = 30

export async function runAudit(settings: Settings, head: Declarations): Promise<void> {
  collectGarbageSooner()
  const drift = await auditDeclarations(
    head,
    { ...connectorEnvironment(), log: line => core.info(line) },
    { dir: settings.accessDir, cwd: process.cwd() }
  )
  core.info(auditText(drift, settings.accessDir))
  await core.summary
    .addRaw(auditMarkdown(drift, settings.accessDir, { maxChars: MAX_SUMMARY }))
    .addRaw(`\n\n${await evidenceSummary(settings.accessDir, head)}\n`)
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

/** The evidence of the last EVIDENCE_DAYS days (UTC, today included), from the checkout's log
 *  and history, for the job summary; a broken chain gives a warning instead. */
async function evidenceSummary(dir: string, head: Declarations, now = new Date()): Promise<string> {
  const since = new Date(now.getTime() - EVIDENCE_DAYS * 86_400_000).toISOString().slice(0, 10)
  const report = await buildEvidence({
    files: await readLog(dir, process.cwd()),
    dir,
    cwd: process.cwd(),
    revokeWithin: head.platforms.policy.revoke_within,
    now,
    since
  })
  if ('rows' in report) return evidenceMarkdown(report)
  const message = `offboard evidence: the revocation log is broken at ${report.where} (${report.problem}): no evidence until it is restored from git history`
  core.warning(message)
  return `> [!CAUTION]\n> ${cell(message)}`
}

/** Keeps exactly one open issue labelled DRIFT_LABEL: opened when drift appears, its body
 *  replaced while drift stays, closed with a comment once every platform is checked and clean. */
export async function syncDriftIssue(
  octokit: RepoClient,
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
  octokit: RepoClient,
  repo: Repo,
  drift: Drift,
  origin: string,
  link: string
): Promise<void> {
  const [issue, ...extra] = await openIssuesLabelled(octokit, repo, DRIFT_LABEL)
  const found = blocking(drift).length
  const unchecked = drift.platforms.filter(p => p.status === 'not_checked').map(p => p.platform)
  const body = `${auditMarkdown(drift, origin, { maxChars: MAX_BODY })}\n---\n_Kept up to date by the scheduled offboard audit${link}._\n`
  const title = `Access drift: ${found} finding${found === 1 ? '' : 's'} of severity ${FAIL_AT} or above`

  for (const dup of extra) {
    await addComment(
      octokit,
      repo,
      dup.number,
      `Duplicate of #${issue!.number}, which tracks the drift.`
    )
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
  await addComment(
    octokit,
    repo,
    issue.number,
    `The audit at ${drift.at} found no drift of severity ${FAIL_AT} or above on any platform${link}: closing.`
  )
  await octokit.rest.issues.update({
    ...repo,
    issue_number: issue.number,
    state: 'closed',
    state_reason: 'completed'
  })
  core.info(`drift issue #${issue.number} closed: the audit is clean`)
}
