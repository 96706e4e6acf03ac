// Pull requests of the access repository: the one that merged a commit, the one open from a
// branch (opened, or reused when another run opened it first), who approved it, and review
// requests.
import { describeError, type Repo, type RepoClient } from './client.js'

export interface PullRef {
  number: number
  url: string
  headSha: string
  /** When it was opened (GitHub's time, UTC ISO). */
  createdAt: string
}

/** A pull request as apply judges it: its head, who opened it, when it was opened and merged,
 *  and from which branch. */
export interface PullFacts {
  number: number
  /** Its head commit: what reviewers saw and approved. */
  headSha: string
  /** Who opened it. */
  author?: string
  merged: boolean
  createdAt: string
  /** Absent while it is not merged. */
  mergedAt?: string
  headRef: string
}

/** The merged pull request that brought `sha` in; undefined for a commit pushed without
 *  one (an open pull request that holds the commit did not bring it). */
export async function mergedPullOf(
  client: RepoClient,
  repo: Repo,
  sha: string
): Promise<PullFacts | undefined> {
  const { data: pulls } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha
  })
  const pull = pulls.find(p => p.merged_at)
  return (
    pull && {
      number: pull.number,
      headSha: pull.head.sha,
      author: pull.user?.login,
      merged: true,
      createdAt: pull.created_at,
      ...(pull.merged_at ? { mergedAt: pull.merged_at } : {}),
      headRef: pull.head.ref
    }
  )
}

/** The open pull request from `head` (a branch of this repository) into `base`, if any. */
export async function openPullFrom(
  client: RepoClient,
  repo: Repo,
  head: string,
  base: string
): Promise<PullRef | undefined> {
  const { data } = await client.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${repo.owner}:${head}`,
    base,
    per_page: 1
  })
  return data[0] && pullRef(data[0])
}

const pullRef = (p: {
  number: number
  html_url: string
  head: { sha: string }
  created_at: string
}): PullRef => ({ number: p.number, url: p.html_url, headSha: p.head.sha, createdAt: p.created_at })

export interface NewPull {
  head: string
  base: string
  title: string
  body: string
}

/** Opens a pull request from `head` into `base`; when another run got there first, its open
 *  pull request is returned instead (`reused`). `author` is who opened it (reviews cannot be
 *  requested from them). */
export async function openPull(
  client: RepoClient,
  repo: Repo,
  pull: NewPull
): Promise<{ pull: PullRef; reused: boolean; author?: string }> {
  try {
    const { data } = await client.rest.pulls.create({ ...repo, ...pull })
    return {
      pull: pullRef(data),
      reused: false,
      author: data.user?.login
    }
  } catch (err) {
    const raced =
      (err as { status?: number }).status === 422
        ? await openPullFrom(client, repo, pull.head, pull.base)
        : undefined
    if (raced) return { pull: raced, reused: true }
    throw new Error(
      `could not open the pull request from ${pull.head}: ${describeError(err)} (the token needs contents: write and pull-requests: write)`,
      { cause: err }
    )
  }
}

/** Who approved `head`, the pull request's head commit: each person's latest review that is
 *  not a comment, where that review approves that very commit (an approval of an earlier
 *  push approves nothing pushed since); bots' reviews are not approvals. Sorted. */
export async function approversOf(
  client: RepoClient,
  repo: Repo,
  number: number,
  head: string
): Promise<string[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100
  })
  const latest = new Map<string, { state: string; commit: string | null }>()
  for (const r of reviews)
    if (r.user && r.user.type !== 'Bot' && r.state !== 'COMMENTED' && r.state !== 'PENDING')
      latest.set(r.user.login, { state: r.state, commit: r.commit_id })
  return [...latest]
    .filter(([, r]) => r.state === 'APPROVED' && r.commit === head)
    .map(([login]) => login)
    .sort()
}

/** Asks users and teams (slugs of the repository's organization) to review. */
export async function requestReviews(
  client: RepoClient,
  repo: Repo,
  number: number,
  reviewers: { users: string[]; teams: string[] }
): Promise<void> {
  await client.rest.pulls.requestReviewers({
    ...repo,
    pull_number: number,
    reviewers: reviewers.users,
    team_reviewers: reviewers.teams
  })
}
