// What GitHub does when a user changes their login, for the tests of renamed accounts: the
// sandbox itself never renames anyone.
import { sameLogin, type GithubSimState } from '../../src/sandbox/github/state.js'

/**
 * Renames a user as GitHub does when they change their login: the id stays, and everything
 * that names them (memberships, teams, invitations, credentials, tokens, seats, deploy keys,
 * issues, pull requests and reviews) names the new login; `GET /users/<old>` answers 404.
 */
export function renameUser(state: GithubSimState, from: string, to: string): void {
  const user = state.users.find(u => sameLogin(u.login, from))
  if (!user) throw new Error(`renameUser: no user ${from}`)
  if (state.users.some(u => u !== user && sameLogin(u.login, to)))
    throw new Error(`renameUser: ${to} is taken`)
  const renamed = (login: string) => (sameLogin(login, from) ? to : login)
  const rename = <T, K extends keyof T>(items: T[], key: K) => {
    for (const item of items) {
      const login = item[key]
      if (typeof login === 'string') item[key] = renamed(login) as T[K]
    }
  }
  user.login = to
  rename(state.members, 'login')
  rename(state.outsideCollaborators, 'login')
  rename(state.invitations, 'login')
  rename(state.invitations, 'inviter')
  for (const team of state.teams) rename(team.members, 'login')
  rename(state.credentialAuthorizations, 'login')
  rename(state.patGrants, 'owner')
  rename(state.patRequests, 'owner')
  rename(state.copilotSeats, 'login')
  for (const repo of state.repos) {
    rename(repo.deployKeys, 'added_by')
    rename(repo.issues, 'user')
    rename(repo.comments, 'user')
    rename(repo.pulls, 'user')
    rename(repo.pulls, 'merged_by')
    for (const issue of repo.issues) issue.assignees = issue.assignees?.map(renamed)
    for (const pull of repo.pulls) {
      pull.requested_reviewers = pull.requested_reviewers.map(renamed)
      rename(pull.reviews, 'user')
    }
  }
}
