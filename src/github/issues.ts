// Issues and pull requests as conversations: comments (one of them marked, edited in place on
// every run), labels, and the issues a label finds.
import type { Repo, RepoClient } from './client.js'

/** The first comment on `issue` written by `author` (the login offboard's token acts as)
 *  whose body starts with `marker` (its hidden first line). A marker in anyone else's comment
 *  is ignored: anybody who can comment can write one. */
export async function findComment(
  client: RepoClient,
  repo: Repo,
  issue: number,
  marker: string,
  author: string
): Promise<{ id: number; body: string } | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100
  })
  const mine = comments.find(
    c => c.user?.login.toLowerCase() === author.toLowerCase() && c.body?.startsWith(marker)
  )
  return mine && { id: mine.id, body: mine.body! }
}

/** One comment per issue or pull request, found by its author and marker and edited in place
 *  on every run; created on the first. */
export async function upsertComment(
  client: RepoClient,
  repo: Repo,
  issue: number,
  marker: { text: string; author: string },
  body: string
): Promise<void> {
  const mine = await findComment(client, repo, issue, marker.text, marker.author)
  if (mine) await client.rest.issues.updateComment({ ...repo, comment_id: mine.id, body })
  else await addComment(client, repo, issue, body)
}

export async function addComment(
  client: RepoClient,
  repo: Repo,
  issue: number,
  body: string
): Promise<void> {
  await client.rest.issues.createComment({ ...repo, issue_number: issue, body })
}

/** Labels `issue` (GitHub creates a label it does not know yet). */
export async function addLabels(
  client: RepoClient,
  repo: Repo,
  issue: number,
  labels: string[]
): Promise<void> {
  await client.rest.issues.addLabels({ ...repo, issue_number: issue, labels })
}

/** The open issues labelled `label`, oldest first; pull requests (which GitHub lists among
 *  the issues) left out. */
export async function openIssuesLabelled(client: RepoClient, repo: Repo, label: string) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'open',
    direction: 'asc',
    per_page: 100
  })
  return issues.filter(i => !i.pull_request)
}
