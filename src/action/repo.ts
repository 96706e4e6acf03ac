// The repository the action runs in, and a client for it (comments, issues, the log commit).
import * as github from '@actions/github'
import {
  createGithubClient,
  DEFAULT_GITHUB_API_URL,
  type GithubOctokit
} from '../connectors/github-client.js'
import * as core from '@actions/core'

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
