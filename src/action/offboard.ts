// Mode `offboard`, for workflow_dispatch and repository_dispatch (`person-departed`, sent by an
// HR system or identity provider): open the pull request that marks a person departed (branch
// and commit through the git data API, the plan as its sticky comment, a label, reviewers from
// CODEOWNERS), or find the one already open. With urgent, also revoke at once, commit the log
// and say so on the pull request; the apply after merge then finds everything already absent.
// This file orchestrates: the repository's calls are in src/github/, the texts in
// report/offboard.ts.
import * as core from './core.js'
import * as github from '@actions/github'
import { applyChange } from '../apply.js'
import { DepartError, markDeparted } from '../declarations/depart.js'
import { directorySource, withContents } from '../declarations/files.js'
import { formatDiagnostic, loadDeclarations } from '../declarations/load.js'
import { didYouMean } from '../declarations/suggest.js'
import type { Declarations, Person } from '../declarations/types.js'
import { planChange, type Revision } from '../engine.js'
import { describeError, viewerLogin, type Repo, type RepoClient } from '../github/client.js'
import { branchTip, commitFiles, fileAt } from '../github/git.js'
import { addComment, addLabels, upsertComment } from '../github/issues.js'
import { openPull, openPullFrom, requestReviews, type PullRef } from '../github/pulls.js'
import { knownIdsIn } from '../log/known-ids.js'
import type { LogAppender } from '../log/store.js'
import { appliedMarkdown, progressLine, tally, timesMarkdown } from '../report/applied.js'
import {
  offboardingPull,
  urgentRefused,
  urgentRevoked,
  urgentUnlogged
} from '../report/offboard.js'
import { planMarkdown } from '../report/plan.js'
import { PLAN_COMMENT_MARKER } from '../report/plan-marker.js'
import { asReviewers, ownersOf, readCodeowners } from './codeowners.js'
import { commitInterrupted, commitLog, entriesToCommit, withCheckoutLog } from './log.js'
import { connectorEnvironment, currentRepo, pathInRepository, repoClient, runLink } from './repo.js'
import { dispatchTimes, offboardBranch } from './requested.js'
import type { OffboardRequest, Settings } from './settings.js'

/** What every step of a run knows. */
interface Run {
  octokit: RepoClient
  repo: Repo
  request: OffboardRequest
  person: Person
  /** The default branch, which the pull request targets and the log is committed to. */
  defaultBranch: string
  /** The person's file, relative to the repository root. */
  path: string
  /** The access directory, relative to the repository root. */
  accessDir: string
  actor: string
}

export async function offboardMode(settings: Settings, local: Declarations): Promise<void> {
  const request = settings.offboard
  if (!request) throw new Error('mode "offboard" needs the input "person"')
  const person = findPerson(local, request.person, settings.accessDir)
  if (person.status === 'departed') {
    core.notice(
      `${person.id} is already departed in ${person.at.file}${person.departed_on ? ` (on ${person.departed_on})` : ''}: no pull request to open. The apply on merge revoked their access; the audit reports anything left.`
    )
    return
  }
  const octokit = repoClient(settings.repoToken)
  const repo = currentRepo()
  const payload = github.context.payload as { repository?: { default_branch?: string } }
  const defaultBranch =
    payload.repository?.default_branch ??
    (await octokit.rest.repos.get({ ...repo })).data.default_branch
  if (github.context.ref && github.context.ref !== `refs/heads/${defaultBranch}`)
    throw new Error(
      `mode "offboard" starts from the default branch (${defaultBranch}), but this run is on ${github.context.ref}: run the workflow on ${defaultBranch}`
    )
  const accessDir = pathInRepository(settings.accessDir)
  const run: Run = {
    octokit,
    repo,
    request,
    person,
    defaultBranch,
    accessDir,
    path: `${accessDir}/people/${person.id}.yaml`,
    actor: github.context.actor || 'github-actions'
  }

  const open = await openPullFrom(octokit, repo, offboardBranch(person.id), defaultBranch)
  const { pull, text } = open
    ? { pull: open, text: await personFile(run, open.headSha) }
    : await openOffboardingPull(run)
  if (open) core.info(`${person.id}: pull request #${pull.number} is already open: reusing it`)
  core.setOutput('pull-request', pull.number)
  core.setOutput('pull-request-url', pull.url)

  // Base: the default branch as checked out; head: the same tree with the pull request's file.
  const edited = await loadDeclarations(
    withContents(
      directorySource(settings.accessDir),
      new Map([[`people/${person.id}.yaml`, Buffer.from(text)]])
    )
  )
  if (edited.diagnostics.length)
    throw new Error(
      `${run.path} on ${offboardBranch(person.id)} is invalid (${edited.diagnostics.map(formatDiagnostic).join('; ')}): fix it on the pull request #${pull.number}`
    )
  const base: Revision = {
    label: `${defaultBranch} (${github.context.sha.slice(0, 7)})`,
    commit: github.context.sha,
    declarations: local,
    // Read as the base declarations are: from the default branch's checkout.
    knownIds: await knownIdsIn(settings.accessDir, process.cwd())
  }
  const head: Revision = {
    label: `${offboardBranch(person.id)} (${pull.headSha.slice(0, 7)})`,
    commit: pull.headSha,
    declarations: edited.declarations
  }
  if (request.urgent) await revokeNow(run, pull, base, head)
  else {
    const plan = await planChange(base, head, connectorEnvironment(), {
      requested: dispatched(person, pull)
    })
    const markdown = planMarkdown(plan, { base: base.commit, head: head.commit })
    await upsertPlanComment(run, pull, markdown)
    await core.summary.addRaw(`Offboarding pull request: ${pull.url}\n\n${markdown}`, true).write()
    if (plan.refused) core.warning(`the plan is refused: ${plan.refused.message}`)
  }
}

/** The dispatch time of a person's departure: when their offboarding pull request was opened
 *  (by this run, or by the earlier request that opened the one reused). */
const dispatched = (person: Person, pull: PullRef) =>
  dispatchTimes({ createdAt: pull.createdAt, headRef: offboardBranch(person.id) })

/** The person by id, or by email without regard to case; never a guess. */
function findPerson(decl: Declarations, wanted: string, dir: string): Person {
  const byId = decl.people.get(wanted)
  if (byId) return byId
  const email = wanted.toLowerCase()
  const byEmail = [...decl.people.values()].filter(p => p.email.toLowerCase() === email)
  if (byEmail.length === 1) return byEmail[0]
  if (byEmail.length > 1)
    throw new Error(
      `${wanted} is the email of ${byEmail.map(p => p.id).join(' and ')}: name the person by id`
    )
  const known = [...decl.people.values()].flatMap(p => [p.id, p.email])
  throw new Error(
    `no person "${wanted}" in ${dir}/people, by id or email${didYouMean(wanted, known)}: check the request, or declare the person first`
  )
}

/** The person's file on the pull request's branch. */
const personFile = (run: Run, ref: string) => fileAt(run.octokit, run.repo, run.path, ref)

/** Branch, commit and pull request, then (best effort) the label and the reviewers. */
async function openOffboardingPull(run: Run): Promise<{ pull: PullRef; text: string }> {
  const { octokit, repo, person, request } = run
  const branch = offboardBranch(person.id)
  const tip = await branchTip(octokit, repo, run.defaultBranch)
  const current = await personFile(run, tip.commit)
  let text: string
  try {
    text = markDeparted(current, request.departedOn, run.path)
  } catch (err) {
    if (err instanceof DepartError)
      throw new Error(`${err.message} on ${run.defaultBranch}`, { cause: err })
    throw err
  }
  const { title, message, body } = offboardingPull({
    person,
    departedOn: request.departedOn,
    reason: request.reason,
    urgent: request.urgent,
    path: run.path,
    actor: run.actor,
    event: github.context.eventName,
    runLink: runLink(),
    today: new Date().toISOString().slice(0, 10)
  })
  await commitFiles(octokit, repo, {
    branch,
    parent: tip,
    message,
    files: [{ path: run.path, content: text }],
    move: 'replace'
  })
  const opened = await openPull(octokit, repo, {
    head: branch,
    base: run.defaultBranch,
    title,
    body
  })
  // Another run for the same person got there first: its pull request, with its file.
  if (opened.reused) return { pull: opened.pull, text: await personFile(run, opened.pull.headSha) }
  const { pull } = opened
  core.info(`${person.id}: opened pull request #${pull.number} (${pull.url})`)
  await labelAndRequestReviews(run, pull.number, opened.author)
  return { pull, text }
}

/** Nice to have, not worth failing for: each problem is a warning that says what to grant. */
async function labelAndRequestReviews(run: Run, number: number, author?: string): Promise<void> {
  const { octokit, repo, person } = run
  try {
    await addLabels(octokit, repo, number, [run.request.label])
  } catch (err) {
    core.warning(
      `could not label #${number} "${run.request.label}": ${describeError(err)} (the token needs issues: write)`
    )
  }
  const codeowners = readCodeowners(process.cwd())
  const rule = codeowners && ownersOf(codeowners, run.path)
  if (!codeowners || !rule?.owners.length) {
    core.info(
      `no code owners for ${run.path}${codeowners ? ` in ${codeowners.file}` : ' (no CODEOWNERS file)'}: no reviewers requested`
    )
    return
  }
  // Never the author (GitHub refuses it), never the person who leaves.
  const exclude = [author, person.accounts.github].filter((l): l is string => !!l)
  const reviewers = asReviewers(rule.owners, repo.owner, exclude)
  if (reviewers.skipped.length)
    core.info(`${codeowners.file}:${rule.line}: not asked: ${reviewers.skipped.join(', ')}`)
  if (!reviewers.users.length && !reviewers.teams.length) return
  try {
    await requestReviews(octokit, repo, number, reviewers)
  } catch (err) {
    core.warning(
      `could not request reviews on #${number} from ${rule.owners.join(' ')} (${codeowners.file}:${rule.line}): ${describeError(err)}; owners must be collaborators with write access`
    )
  }
}

async function upsertPlanComment(run: Run, pull: PullRef, body: string): Promise<void> {
  const author = await viewerLogin(run.octokit)
  await upsertComment(
    run.octokit,
    run.repo,
    pull.number,
    { text: PLAN_COMMENT_MARKER, author },
    body
  )
}

/** Urgent: revoke now, commit the log to the default branch, and leave the evidence on the
 *  pull request. Guards and protected accounts hold as for any apply, and the log is locked
 *  and written as it happens as for any apply. */
async function revokeNow(run: Run, pull: PullRef, base: Revision, head: Revision): Promise<void> {
  core.info(`${run.person.id}: urgent: revoking now, before review`)
  await withCheckoutLog(run.accessDir, 'action offboard (urgent)', log =>
    revokeLogged(run, pull, base, head, log)
  )
}

async function revokeLogged(
  run: Run,
  pull: PullRef,
  base: Revision,
  head: Revision,
  log: LogAppender
): Promise<void> {
  const { octokit, repo, person } = run
  const target = { octokit, repo, branch: run.defaultBranch, dir: run.accessDir }
  const applied = await applyChange(base, head, connectorEnvironment(), {
    change: { base: base.commit!, head: pull.headSha, pr: pull.number, approvers: [] },
    actor: run.actor,
    requested: dispatched(person, pull),
    urgent: true,
    onOutcome: o => core.info(progressLine(o)),
    onRecord: entry => log.append(entry),
    inDoubt: log.unanswered
  }).catch((err: unknown) => commitInterrupted(target, log, err))
  const { plan } = applied
  await upsertPlanComment(run, pull, planMarkdown(plan, { base: base.commit, head: head.commit }))
  if (plan.refused) {
    await comment(run, pull, urgentRefused(plan.refused.message))
    throw new Error(`refused: ${plan.refused.message}`)
  }
  const counts = tally(applied.entries)
  const table = appliedMarkdown(applied.entries)
  core.summary
    .addHeading(`offboard: urgent revocation for ${person.id}`, 3)
    .addRaw(`Pull request ${pull.url}: ${counts}\n\n${table}\n`, true)
    .addRaw(timesMarkdown(plan, log.records), true)
  let logLine: string
  try {
    const logCommit = await commitLog({
      ...target,
      entries: entriesToCommit(log, applied),
      message: `offboard: urgent revocation log for ${person.id} (#${pull.number})\n\nRevoked before review at the request of ${run.actor}, plan ${plan.hash}`
    })
    logLine = `The revocation log records it in ${logCommit} on \`${run.defaultBranch}\`.`
  } catch (err) {
    await comment(run, pull, urgentUnlogged(counts, runLink(), table))
    throw err
  }
  await comment(
    run,
    pull,
    urgentRevoked({
      actor: run.actor,
      runLink: runLink(),
      counts,
      logLine,
      table,
      failed: applied.failed
    })
  )
  await core.summary.addRaw(`\n${logLine}\n`, true).write()
  if (applied.failed)
    core.setFailed(
      `${applied.failed} failed: see the lines marked failed; re-run with urgent, or merge and let the apply retry`
    )
}

const comment = (run: Run, pull: PullRef, body: string) =>
  addComment(run.octokit, run.repo, pull.number, body)
