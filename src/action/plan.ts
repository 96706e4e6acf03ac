// Mode `plan`, for pull_request events: validate the pull request's head, plan, one sticky
// pull request comment updated in place, the job summary, outputs. The plan is bound to its
// commits: the comment names the head it was computed for and the base it compared with, and
// a head whose declarations are invalid replaces the comment with "no plan for <head>", so
// that nobody reads an earlier push's plan as current.
import * as core from './core.js'
import * as github from '@actions/github'
import { formatDiagnostic } from '../declarations/load.js'
import { loadRevisions, planChange } from '../engine.js'
import { viewerLogin } from '../github/client.js'
import { upsertComment } from '../github/issues.js'
import {
  failedReads,
  noPlanMarkdown,
  notChecked,
  planJson,
  planMarkdown,
  refusedPeople
} from '../report/plan.js'
import { PLAN_COMMENT_MARKER } from '../report/plan-marker.js'
import { annotate } from './annotations.js'
import { ensureCommit, pullRequestCheckout } from './git.js'
import { connectorEnvironment, currentRepo, repoClient } from './repo.js'
import { dispatchTimes } from './requested.js'
import type { Settings } from './settings.js'

interface PullRequestPayload {
  number: number
  created_at: string
  base: { sha: string; repo: { full_name: string } }
  head: { sha: string; ref: string; repo: { full_name: string } | null }
}

export async function planMode(settings: Settings): Promise<void> {
  const pr = github.context.payload.pull_request as PullRequestPayload | undefined
  if (!pr) throw new Error('the pull_request event carries no pull request')
  // Pull requests from forks get no secrets: say what the declarations imply, and pass.
  const fromFork = pr.head.repo?.full_name !== pr.base.repo.full_name
  const { checkout, base } = await pullRequestCheckout({ base: pr.base.sha, head: pr.head.sha })
  const commits = { base, head: pr.head.sha }
  await ensureCommit(base)
  const revisions = await loadRevisions({
    cwd: process.cwd(),
    dir: settings.accessDir,
    base,
    head: checkout
  })
  const post = (markdown: string) => postPlan(settings, pr.number, fromFork, markdown)

  if (!revisions.ok) {
    annotate(revisions.diagnostics)
    const problems = revisions.diagnostics.map(formatDiagnostic)
    const markdown = noPlanMarkdown(problems, commits, revisions.which)
    await core.summary.addRaw(markdown, true).write()
    await post(markdown)
    core.setFailed(
      `${problems.length} problem(s) in the declarations at the pull request's ${revisions.which} (${commits[revisions.which]}): no plan for ${pr.head.sha}. See the annotations, fix them and push again`
    )
    return
  }
  // Not merged yet: only a dispatched departure's request time is known (requested.ts).
  const plan = await planChange(revisions.base, revisions.head, connectorEnvironment(), {
    declaredOnly: fromFork,
    requested: dispatchTimes(
      fromFork ? undefined : { createdAt: pr.created_at, headRef: pr.head.ref }
    )
  })
  // What the plan could not see is an annotation of its own, never only a line in the comment.
  for (const w of notChecked(plan)) core.warning(w, { title: 'offboard: not checked' })
  for (const w of failedReads(plan)) core.warning(w, { title: 'offboard: a read failed' })
  const markdown = planMarkdown(plan, commits)
  core.setOutput('departures', plan.people.filter(p => p.kind === 'departure').length)
  core.setOutput('plan-json', planJson(plan))
  await core.summary.addRaw(markdown, true).write()
  await post(markdown)
  if (plan.refused) core.setFailed(`refused: ${plan.refused.message}`)
  else for (const p of refusedPeople(plan)) core.setFailed(`refused: ${p.refused!.message}`)
}

/** The sticky comment: the one written by the identity repo-token acts as, created on the
 *  first run. A fork's token may not comment: the job summary then holds the plan. */
async function postPlan(
  settings: Settings,
  number: number,
  fromFork: boolean,
  markdown: string
): Promise<void> {
  try {
    const client = repoClient(settings.repoToken)
    const author = await viewerLogin(client)
    await upsertComment(
      client,
      currentRepo(),
      number,
      { text: PLAN_COMMENT_MARKER, author },
      markdown
    )
  } catch (err) {
    if (!fromFork) throw err
    core.warning(
      `could not comment on the pull request from a fork (${(err as Error).message}): the plan is in the job summary`
    )
  }
}
