// The repository the action runs in, the job's client for it (src/github/), and the
// environment the connectors get.
import * as core from './core.js'
import * as github from '@actions/github'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { ConnectorEnvironment } from '../engine.js'
import { repositoryClient, type Repo, type RepoClient } from '../github/client.js'
import { redact } from '../log/redact.js'

export function currentRepo(): Repo {
  const { owner, repo } = github.context.repo
  return { owner, repo }
}

/** The client for this repository: the text the action writes to it (comments, issues, pull
 *  requests, commit messages) is scrubbed of secrets as it leaves. */
export function repoClient(token: string): RepoClient {
  if (!token)
    throw new Error(
      'input "repo-token" is empty: pass ${{ github.token }} (the default) or a token that can write pull request comments and issues'
    )
  return repositoryClient({
    token,
    baseUrl: process.env.GITHUB_API_URL,
    log: line => core.debug(line),
    paceWrites: process.env.OFFBOARD_GITHUB_PACE_WRITES !== 'false',
    scrub: redact
  })
}

/** What the connectors get in the action: the job's environment; each secret they read is
 *  masked in the job log and registered for redaction. */
export const connectorEnvironment = (): ConnectorEnvironment => ({
  env: process.env,
  maskSecret: value => core.setSecret(value),
  log: line => core.debug(line)
})

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
