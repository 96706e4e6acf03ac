// The access repository on GitHub (the repository the action runs in, not the organization
// offboard revokes access on): its client, built as the GitHub connector's (throttling,
// retries, budgets), with what it writes scrubbed as it leaves. The other files of this
// folder are the calls the action and the log committer make with it.
import type { Octokit } from '@octokit/rest'
import {
  createGithubClient,
  DEFAULT_GITHUB_API_URL,
  describeError,
  type GithubOctokit
} from '../connectors/github/client.js'

/** A failed request in words, as the connector gives it (this file is the only one outside
 *  connectors/ that imports the connector's client). */
export { describeError }

/** A repository, as the REST API's parameters name it. */
export interface Repo {
  owner: string
  repo: string
}

/** What the calls of this folder need: any Octokit (the tests pass a plain one). */
export type RepoClient = Octokit

export interface RepositoryClientOptions {
  token: string
  /** GITHUB_API_URL; GitHub's own API when absent or empty. */
  baseUrl?: string
  log: (line: string) => void
  /** Space writes as GitHub asks (see createGithubClient). */
  paceWrites: boolean
  /** Applied to the text of every write before it leaves: comment, issue and pull request
   *  bodies, titles, commit messages. */
  scrub: (text: string) => string
}

/** GraphQL: who the token acts as (checked against GitHub's published schema by a test). */
export const VIEWER_QUERY = 'query { viewer { login } }'

/** The login the client's token acts as (`my-app[bot]` for a GitHub App installation token,
 *  `github-actions[bot]` for the job token): what its comments are written by. GraphQL's
 *  viewer answers installation tokens, which REST's GET /user refuses. */
export async function viewerLogin(client: RepoClient): Promise<string> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY)
    return viewer.login
  } catch (err) {
    throw new Error(
      `could not tell which account repo-token acts as (GraphQL viewer): ${describeError(err)}`,
      { cause: err }
    )
  }
}

/** A client that may write. File contents are not scrubbed: the log's records are redacted
 *  when chained, and a person file is the declarations' own text. */
export function repositoryClient(options: RepositoryClientOptions): GithubOctokit {
  const octokit = createGithubClient({
    token: options.token,
    baseUrl: options.baseUrl || DEFAULT_GITHUB_API_URL,
    readOnly: false,
    log: options.log,
    paceWrites: options.paceWrites
  })
  octokit.hook.before('request', request => {
    if (request.method === 'GET' || request.method === 'HEAD') return
    for (const key of ['body', 'title', 'message'])
      if (typeof request[key] === 'string') request[key] = options.scrub(request[key])
  })
  return octokit
}
