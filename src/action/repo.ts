// The repository the action runs in, a client for it (comments, issues, the log commit), and
// the environment the connectors get.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { ConnectorEnvironment } from '../engine.js'
import {
  createGithubClient,
  DEFAULT_GITHUB_API_URL,
  type GithubOctokit
} from '../connectors/github-client.js'

export interface Repo {
  owner: string
  repo: string
}

export function currentRepo(): Repo {
  const { owner, repo } = github.context.repo
  return { owner, repo }
}

export function repoClient(token: string): GithubOctokit {
  if (!token)
    throw new Error(
      'input "repo-token" is empty: pass ${{ github.token }} (the default) or a token that can write pull request comments and issues'
    )
  return createGithubClient({
    token,
    baseUrl: process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
    readOnly: false,
    log: line => core.debug(line),
    paceWrites: process.env.OFFBOARD_GITHUB_PACE_WRITES !== 'false'
  })
}

/** What the connectors get in the action: the job's environment, secrets masked. */
export const connectorEnvironment = (): ConnectorEnvironment => ({
  env: process.env,
  maskSecret: value => core.setSecret(value),
  log: line => core.debug(line)
})

/** One comment per issue or pull request, found by its hidden marker (the first line) and
 *  edited in place on every run. */
export async function upsertComment(
  octokit: GithubOctokit,
  { owner, repo }: Repo,
  issue: number,
  marker: string,
  body: string
): Promise<void> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100
  })
  const mine = comments.find(c => c.body?.startsWith(marker))
  if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
  else await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
}

/** " (run <url>)" for the workflow run, when the runner says which one it is. */
export function runLink(): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? ` (run ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID})`
    : ''
}

/** The access directory as a path inside the repository (the workspace), for the git data
 *  API: the log commit and the offboarding commit. */
export function pathInRepository(accessDir: string): string {
  const rel = relative(process.cwd(), resolve(accessDir))
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    throw new Error(
      `input "access-dir" is "${accessDir}": it must be a directory inside the repository`
    )
  return rel.split(sep).join('/')
}
