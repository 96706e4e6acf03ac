// Mode `offboard`, for workflow_dispatch and repository_dispatch (`person-departed`, sent by an
// HR system or identity provider): open the pull request that marks a person departed (branch
// and commit through the git data API, the plan as its sticky comment, a label, reviewers from
// CODEOWNERS), or find the one already open. With urgent, also revoke at once, commit the log
// and say so on the pull request; the apply after merge then finds everything already absent.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { applyChange } from '../apply.js'
import { describeError, type GithubOctokit } from '../connectors/github-client.js'
import { DepartError, markDeparted } from '../declarations/depart.js'
import { directorySource, withContents } from '../declarations/files.js'
import { formatDiagnostic, loadDeclarations } from '../declarations/load.js'
import { didYouMean } from '../declarations/suggest.js'
import type { Declarations, Person } from '../declarations/types.js'
import { planChange, type Revision } from '../engine.js'
import { progressLine } from '../execute.js'
import { appliedMarkdown, tally } from '../report/applied.js'
import { verbatim } from '../report/markdown.js'
import { planMarkdown, PLAN_COMMENT_MARKER } from '../report/plan.js'
import { asReviewers, ownersOf, readCodeowners } from './codeowners.js'
import { commitLog } from './log.js'
import {
  connectorEnvironment,
  currentRepo,
  pathInRepository,
  repoClient,
  runLink,
  upsertComment,
  type Repo
} from './repo.js'
import type { OffboardRequest, Settings } from './settings.js'

/** The first line of the pull request body, and of the comment an urgent revocation leaves. */
const REQUEST_MARKER = '<!-- offboard:request -->'
const URGENT_MARKER = '<!-- offboard:urgent -->'

/** The branch of a person's offboarding pull request; offboard owns the `offboard/` prefix. */
const offboardBranch = (id: string) => `offboard/${id}`

interface PullRef {
  number: number
  url: string
  headSha: string
}

/** What every step of a run knows. */
interface Run {
  octokit: GithubOctokit
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

  const open = await findOpenPull(run)
  const { pull, text } = open
    ? { pull: open, text: await fileAt(run, open.headSha) }
    : await openPull(run)
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
    declarations: local
  }
  const head: Revision = {
    label: `${offboardBranch(person.id)} (${pull.headSha.slice(0, 7)})`,
    commit: pull.headSha,
    declarations: edited.declarations
  }
  if (request.urgent) await revokeNow(run, pull, base, head)
  else {
    const plan = await planChange(base, head, connectorEnvironment())
    const markdown = planMarkdown(plan)
    await upsertPlanComment(run, pull, markdown)
    await core.summary.addRaw(`Offboarding pull request: ${pull.url}\n\n${markdown}`, true).write()
    if (plan.refused) core.warning(`the plan is refused: ${plan.refused.message}`)
  }
}

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

async function findOpenPull(run: Run): Promise<PullRef | undefined> {
  const { data } = await run.octokit.rest.pulls.list({
    ...run.repo,
    state: 'open',
    head: `${run.repo.owner}:${offboardBranch(run.person.id)}`,
    base: run.defaultBranch,
    per_page: 1
  })
  return data[0] && { number: data[0].number, url: data[0].html_url, headSha: data[0].head.sha }
}

async function fileAt(run: Run, ref: string): Promise<string> {
  try {
    const { data } = await run.octokit.rest.repos.getContent({ ...run.repo, path: run.path, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new Error('not a file')
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (err) {
    throw new Error(
      `cannot read ${run.path} at ${ref.slice(0, 7)} in ${run.repo.owner}/${run.repo.repo}: ${describeError(err)} (the token needs contents: read)`,
      { cause: err }
    )
  }
}

/** Branch, commit and pull request, then (best effort) the label and the reviewers. */
async function openPull(run: Run): Promise<{ pull: PullRef; text: string }> {
  const { octokit, repo, person, request } = run
  const branch = offboardBranch(person.id)
  const { data: ref } = await octokit.rest.git.getRef({
    ...repo,
    ref: `heads/${run.defaultBranch}`
  })
  const tip = ref.object.sha
  const [current, { data: tipCommit }] = await Promise.all([
    fileAt(run, tip),
    octokit.rest.git.getCommit({ ...repo, commit_sha: tip })
  ])
  let text: string
  try {
    text = markDeparted(current, request.departedOn, run.path)
  } catch (err) {
    if (err instanceof DepartError)
      throw new Error(`${err.message} on ${run.defaultBranch}`, { cause: err })
    throw err
  }
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: tipCommit.tree.sha,
    tree: [{ path: run.path, mode: '100644', type: 'blob', content: text }]
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: `offboard: ${person.id} departed on ${request.departedOn}\n\nRequested by ${run.actor} (${github.context.eventName}).${request.reason ? `\nReason: ${request.reason}` : ''}`,
    tree: tree.sha,
    parents: [tip]
  })
  await pointBranch(run, branch, commit.sha)
  let created
  try {
    created = await octokit.rest.pulls.create({
      ...repo,
      head: branch,
      base: run.defaultBranch,
      title: `Offboard ${person.name} (${person.id})${request.urgent ? ': urgent, access revoked at once' : ''}`,
      body: requestBody(run)
    })
  } catch (err) {
    // Another run for the same person got there first: use its pull request.
    const raced = (err as { status?: number }).status === 422 ? await findOpenPull(run) : undefined
    if (raced) return { pull: raced, text: await fileAt(run, raced.headSha) }
    throw new Error(
      `could not open the pull request from ${branch}: ${describeError(err)} (the token needs contents: write and pull-requests: write)`,
      { cause: err }
    )
  }
  const pull = { number: created.data.number, url: created.data.html_url, headSha: commit.sha }
  core.info(`${person.id}: opened pull request #${pull.number} (${pull.url})`)
  await labelAndRequestReviews(run, pull.number, created.data.user?.login)
  return { pull, text }
}

/** The branch is offboard's: a leftover from a closed pull request is moved to the new commit. */
async function pointBranch(run: Run, branch: string, sha: string): Promise<void> {
  try {
    await run.octokit.rest.git.createRef({ ...run.repo, ref: `refs/heads/${branch}`, sha })
  } catch (err) {
    const { status, message } = err as { status?: number; message?: string }
    if (status !== 422 || !/already exists/i.test(message ?? '')) throw err
    await run.octokit.rest.git.updateRef({ ...run.repo, ref: `heads/${branch}`, sha, force: true })
  }
}

/** Nice to have, not worth failing for: each problem is a warning that says what to grant. */
async function labelAndRequestReviews(run: Run, number: number, author?: string): Promise<void> {
  const { octokit, repo, person } = run
  try {
    await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: number,
      labels: [run.request.label]
    })
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
    await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      reviewers: reviewers.users,
      team_reviewers: reviewers.teams
    })
  } catch (err) {
    core.warning(
      `could not request reviews on #${number} from ${rule.owners.join(' ')} (${codeowners.file}:${rule.line}): ${describeError(err)}; owners must be collaborators with write access`
    )
  }
}

function requestBody(run: Run): string {
  const { person, request } = run
  const today = new Date().toISOString().slice(0, 10)
  const out = [
    REQUEST_MARKER,
    `Marks **${person.id}** (${person.name}) departed on ${request.departedOn} in \`${run.path}\`.`,
    '',
    `Requested by @${run.actor} through \`${github.context.eventName}\`${runLink()}.`,
    ''
  ]
  if (request.reason) out.push('Reason:', '', verbatim(request.reason), '')
  if (request.departedOn > today)
    out.push(
      '> [!WARNING]',
      `> The departure date is after today. Merging revokes at once: merge on ${request.departedOn}.`,
      ''
    )
  if (request.urgent)
    out.push(
      '> [!CAUTION]',
      '> **Urgent**: access is revoked at once, before review. The comment below lists what was revoked; the revocation log holds the records. Merging records the departure, and its apply finds everything already absent.',
      ''
    )
  out.push(
    'Merging revokes everything the plan comment lists on every platform, then appends the revocation log. Review the plan; it is refreshed on every push to this branch.'
  )
  return out.join('\n')
}

async function upsertPlanComment(run: Run, pull: PullRef, body: string): Promise<void> {
  await upsertComment(run.octokit, run.repo, pull.number, PLAN_COMMENT_MARKER, body)
}

/** Urgent: revoke now, commit the log to the default branch, and leave the evidence on the
 *  pull request. Guards and protected accounts hold as for any apply. */
async function revokeNow(run: Run, pull: PullRef, base: Revision, head: Revision): Promise<void> {
  const { octokit, repo, person } = run
  core.info(`${person.id}: urgent: revoking now, before review`)
  const applied = await applyChange(base, head, connectorEnvironment(), {
    change: { base: base.commit!, head: pull.headSha, pr: pull.number, approvers: [] },
    actor: run.actor,
    onOutcome: o => core.info(progressLine(o))
  })
  const { plan } = applied
  await upsertPlanComment(run, pull, planMarkdown(plan))
  if (plan.refused) {
    await comment(
      run,
      pull,
      `Urgent revocation refused: ${plan.refused.message}. Nothing was revoked.`
    )
    throw new Error(`${plan.refused.message}: nothing was revoked`)
  }
  const counts = tally(applied.entries)
  const table = appliedMarkdown(applied.entries)
  core.summary
    .addHeading(`offboard: urgent revocation for ${person.id}`, 3)
    .addRaw(`Pull request ${pull.url}: ${counts}\n\n${table}\n`, true)
  let logLine: string
  try {
    const logCommit = await commitLog({
      octokit,
      repo,
      branch: run.defaultBranch,
      entries: applied.entries,
      message: `offboard: urgent revocation log for ${person.id} (#${pull.number})\n\nRevoked before review at the request of ${run.actor}, plan ${plan.hash}`,
      dir: run.accessDir
    })
    logLine = `The revocation log records it in ${logCommit} on \`${run.defaultBranch}\`.`
  } catch (err) {
    await comment(
      run,
      pull,
      `Urgent revocation: ${counts}. **The log could not be committed**: the records are in the job summary and artifact of ${runLink() || 'the workflow run'}.\n\n${table}`
    )
    throw err
  }
  await comment(
    run,
    pull,
    `### Revoked at once (urgent), before review\n\nRequested by @${run.actor}${runLink()}: ${counts}. ${logLine}\n\n${table}\n\n${applied.failed ? 'Some steps failed: re-run the workflow with urgent, or merge; the apply after merge tries everything again.' : 'Merging records the departure; its apply will find everything already absent.'}`
  )
  await core.summary.addRaw(`\n${logLine}\n`, true).write()
  if (applied.failed)
    core.setFailed(
      `${applied.failed} failed: see the lines marked failed; re-run with urgent, or merge and let the apply retry`
    )
}

async function comment(run: Run, pull: PullRef, text: string): Promise<void> {
  await run.octokit.rest.issues.createComment({
    ...run.repo,
    issue_number: pull.number,
    body: `${URGENT_MARKER}\n${text}`
  })
}
