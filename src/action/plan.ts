// Mode `plan`, for pull_request events: validate (annotations come from main.ts), plan,
// one sticky pull request comment updated in place, the job summary, outputs.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { loadRevisions, planChange } from '../engine.js'
import { planJson, planMarkdown, PLAN_COMMENT_MARKER } from '../report/plan.js'
import { annotate } from './annotations.js'
import { ensureCommit } from './git.js'
import { currentRepo, repoClient } from './repo.js'
import type { Settings } from './settings.js'

interface PullRequestPayload {
  number: number
  base: { sha: string; repo: { full_name: string } }
  head: { sha: string; repo: { full_name: string } | null }
}

export async function planMode(settings: Settings): Promise<void> {
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
    base: pr.base.sha
  })
  if (!revisions.ok) {
    annotate(revisions.diagnostics)
    throw new Error(
      `the declarations at the pull request's ${revisions.which} are invalid: see the annotations`
    )
  }
  const plan = await planChange(
    revisions.base,
    revisions.head,
    { env: process.env, maskSecret: core.setSecret, log: line => core.debug(line) },
    { declaredOnly: fromFork }
  )
  const markdown = planMarkdown(plan)
  core.setOutput('departures', plan.people.filter(p => p.kind === 'departure').length)
  core.setOutput('plan-json', planJson(plan))
  await core.summary.addRaw(markdown, true).write()
  try {
    await upsertComment(settings.repoToken, pr.number, markdown)
  } catch (err) {
    if (!fromFork) throw err
    core.warning(
      `could not comment on the pull request from a fork (${(err as Error).message}): the plan is in the job summary`
    )
  }
  if (plan.refused) core.setFailed(plan.refused.message)
}

/** One comment per pull request, found by its hidden marker and edited on every push. */
async function upsertComment(token: string, issue: number, body: string): Promise<void> {
  const octokit = repoClient(token)
  const { owner, repo } = currentRepo()
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100
  })
  const mine = comments.find(c => c.body?.startsWith(PLAN_COMMENT_MARKER))
  if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
  else await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
}
