// Mode `sweep` (schedule, workflow_dispatch; after audit): what departed people still hold,
// revoked under their merged departure (src/sweep.ts), the log committed back as apply's is.
// It runs only on the default branch's tip as checked out: a pull request's head, another
// branch or a checkout that is not the event's commit could otherwise decide who is departed.
import * as core from './core.js'
import * as github from '@actions/github'
import { commitTime, git } from '../declarations/files.js'
import { loadFromGit } from '../declarations/load.js'
import { readLog } from '../log/store.js'
import { appliedMarkdown, progressLine, tally, timesMarkdown } from '../report/applied.js'
import { sweep } from '../sweep.js'
import { annotate } from './annotations.js'
import { commitInterrupted, commitLog, entriesToCommit, withCheckoutLog } from './log.js'
import { connectorEnvironment, currentRepo, pathInRepository, repoClient } from './repo.js'
import type { Settings } from './settings.js'

export async function sweepMode(settings: Settings): Promise<void> {
  const octokit = repoClient(settings.repoToken)
  const repo = currentRepo()
  const payload = github.context.payload as { repository?: { default_branch?: string } }
  const branch =
    payload.repository?.default_branch ??
    (await octokit.rest.repos.get({ ...repo })).data.default_branch
  const { ref, sha } = github.context
  if (ref !== `refs/heads/${branch}`)
    throw new Error(
      `mode "sweep" runs on the default branch (${branch}), but this run is on ${ref || 'no ref'}: a sweep revokes without a new review, so only what ${branch} holds may say who is departed. Run the workflow on ${branch}`
    )
  const cwd = process.cwd()
  const checkout = (await git(cwd, 'rev-parse', 'HEAD')).trim()
  if (checkout !== sha)
    throw new Error(
      `the checkout is ${checkout}, not ${branch}'s commit ${sha} that started this run: check out the default branch as the event gives it (actions/checkout does by default), nothing else`
    )
  // Where the log goes, checked before anything is revoked.
  const logDir = pathInRepository(settings.accessDir)
  const loaded = await loadFromGit(sha, settings.accessDir, cwd)
  if (loaded.diagnostics.length) {
    annotate(loaded.diagnostics)
    throw new Error(`the declarations at ${sha.slice(0, 7)} are invalid: nothing is swept`)
  }
  const revision = {
    label: `${branch} (${sha.slice(0, 7)})`,
    commit: sha,
    committedAt: await commitTime(sha, cwd),
    declarations: loaded.declarations
  }
  const target = { octokit, repo, branch, dir: logDir }
  await withCheckoutLog(settings.accessDir, 'action sweep', async log => {
    const swept = await sweep(
      {
        revision,
        log: await readLog(settings.accessDir, cwd),
        ...(settings.sweep?.person ? { person: settings.sweep.person } : {}),
        dir: settings.accessDir,
        cwd
      },
      connectorEnvironment(),
      {
        actor: github.context.actor || 'github-actions',
        onOutcome: o => core.info(progressLine(o)),
        onRecord: entry => log.append(entry),
        inDoubt: log.unanswered
      }
    ).catch((err: unknown) => commitInterrupted(target, log, err))
    for (const u of swept.unswept) core.info(`not swept: ${u.person}: ${u.why}`)
    const { plan } = swept
    if (plan.refused) throw new Error(`refused: ${plan.refused.message}`)
    if (swept.entries.length === 0) {
      core.info(`${revision.label}: no departed person to sweep`)
      return
    }
    const people = [...new Set(swept.entries.map(e => e.person))].join(', ')
    core.summary
      .addHeading(`offboard sweep: ${people}`, 3)
      .addRaw(`Swept ${revision.label}: ${tally(swept.entries)}\n\n`, true)
      .addRaw(appliedMarkdown(swept.entries), true)
      .addRaw(timesMarkdown(plan, log.records), true)
    await commitLog({
      ...target,
      entries: entriesToCommit(log, swept),
      message: `offboard: sweep log for ${people}\n\nSwept ${revision.label}, plan ${plan.hash}`
    })
    await core.summary.write()
    if (swept.failed > 0)
      core.setFailed(
        `${swept.failed} failed: see the log lines marked failed; fix the cause and re-run this job (the next sweep finishes what is left)`
      )
  })
}
