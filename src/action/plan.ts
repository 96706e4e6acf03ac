// Mode `plan`, for pull_request events: validate (annotations come from main.ts), plan,
// one sticky pull request comment updated in place, the job summary, outputs.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { loadRevisions, planChange } from '../engine.js'
import { planJson, planMarkdown, PLAN_COMMENT_MARKER } from '../report/plan.js'
import { annotate } from './annotations.js'
import { ensureCommit } from './git.js'
import { connectorEnvironment, currentRepo, repoClient, upsertComment } from './repo.js'
import type { Declarations } from '../declarations/types.js'
import type { Settings } from './settings.js'

interface PullRequestPayload {
  number: number
  base: { sha: string; repo: { full_name: string } }
  head: { sha: string; repo: { full_name: string } | null }
}

export async function planMode(settings: Settings, workingTree: Declarations): Promise<void> {
  const pr = github.context.payload.pull_request as PullRequestPayload | undefined
  if (!pr)
    throw new Error(
      `mode "plan" runs on pull_request events, not "${github.context.eventName}": use mode "apply" on push and "audit" on schedule`
    )
  // Pull requests from forks get no secrets: say what the declarations imply, and pass.
  const fromFork = pr.head.repo?.full_name !== pr.base.repo.full_name
  await ensureCommit(pr.base.sha)
  const revisions = await loadRevisions({
    cwd: process.cwd(),
    dir: settings.accessDir,
    base: pr.base.sha,
    workingTree
  })
  if (!revisions.ok) {
    annotate(revisions.diagnostics)
    throw new Error(
      `the declarations at the pull request's ${revisions.which} are invalid: see the annotations`
    )
  }
  const plan = await planChange(revisions.base, revisions.head, connectorEnvironment(), {
    declaredOnly: fromFork
  })
  const markdown = planMarkdown(plan)
  core.setOutput('departures', plan.people.filter(p => p.kind === 'departure').length)
  core.setOutput('plan-json', planJson(plan))
  await core.summary.addRaw(markdown, true).write()
  try {
    await upsertComment(
      repoClient(settings.repoToken),
      currentRepo(),
      pr.number,
      PLAN_COMMENT_MARKER,
      markdown
    )
  } catch (err) {
    if (!fromFork) throw err
    core.warning(
      `could not comment on the pull request from a fork (${(err as Error).message}): the plan is in the job summary`
    )
  }
  if (plan.refused) core.setFailed(plan.refused.message)
}
