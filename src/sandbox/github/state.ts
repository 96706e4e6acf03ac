// What the simulated GitHub knows, as plain data. The caller seeds it; the simulator's
// handlers change it in place, so a test can read the outcome of every write from it.

export type GhOrgRole = 'admin' | 'member'

export interface GhUser {
  login: string
  id: number
  email: string | null
  name?: string | null
  type?: 'User' | 'Bot'
  /** Two-factor authentication on; the `filter=2fa_disabled` listings use it. Default true. */
  twoFactor?: boolean
}

export interface GhMember {
  login: string
  role: GhOrgRole
  /** pending: invited, not yet accepted. */
  state: 'active' | 'pending'
}

export interface GhOutsideCollaborator {
  login: string
  /** Names of the org repositories the collaborator can access. */
  repos: string[]
}

export interface GhInvitation {
  id: number
  login: string | null
  email: string | null
  role: 'admin' | 'direct_member' | 'billing_manager' | 'hiring_manager' | 'reinstate'
  created_at: string
  /** Login of who sent it. */
  inviter: string
}

export interface GhTeamMember {
  login: string
  role: 'member' | 'maintainer'
  /** pending when the user was added before accepting the org invitation. Default active. */
  state?: 'active' | 'pending'
}

export interface GhTeam {
  id: number
  slug: string
  name: string
  description?: string | null
  privacy?: 'closed' | 'secret'
  members: GhTeamMember[]
}

/** A credential authorized for SAML single sign-on (GitHub Enterprise Cloud). */
export interface GhCredentialAuthorization {
  credential_id: number
  login: string
  credential_type: 'personal access token' | 'SSH key'
  /** Tokens only. */
  token_last_eight?: string
  /** SSH keys only. */
  fingerprint?: string
  scopes?: string[]
  credential_authorized_at: string
  credential_accessed_at: string | null
  authorized_credential_id: number | null
  authorized_credential_title?: string | null
  authorized_credential_note?: string | null
  authorized_credential_expires_at?: string | null
}

interface GhPatCommon {
  id: number
  /** Login of the token's owner. */
  owner: string
  token_id: number
  token_name: string
  repository_selection: 'none' | 'all' | 'subset'
  /** Repository names, for repository_selection 'subset'. */
  repositories: string[]
  permissions: {
    organization?: Record<string, string>
    repository?: Record<string, string>
    other?: Record<string, string>
  }
  token_expired: boolean
  token_expires_at: string | null
  token_last_used_at: string | null
}

/** A fine-grained personal access token with access to the org. */
export interface GhPatGrant extends GhPatCommon {
  access_granted_at: string
}

/** A fine-grained personal access token waiting for an owner's approval. */
export interface GhPatRequest extends GhPatCommon {
  reason: string | null
  created_at: string
}

export interface GhCopilotSeat {
  login: string
  created_at: string
  updated_at?: string
  /** Set when the seat is cancelled; the seat lasts until the end of the billing cycle. */
  pending_cancellation_date: string | null
  last_activity_at: string | null
  last_activity_editor: string | null
  plan_type?: 'business' | 'enterprise' | 'unknown'
}

export interface GhDeployKey {
  id: number
  title: string
  /** The public key. */
  key: string
  read_only: boolean
  /** Login of who added it. */
  added_by: string | null
  created_at: string
  last_used: string | null
  verified?: boolean
}

export interface GhLabel {
  id: number
  name: string
  color: string
  description: string | null
  default?: boolean
}

export interface GhIssue {
  number: number
  title: string
  body: string | null
  /** Label names. */
  labels: string[]
  state: 'open' | 'closed'
  state_reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  /** Login of the author. */
  user: string
  assignees?: string[]
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface GhIssueComment {
  id: number
  issue_number: number
  body: string
  user: string
  created_at: string
  updated_at: string
}

export interface GhReview {
  id: number
  user: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  body: string
  commit_id: string
  submitted_at: string | null
}

export interface GhPull {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  user: string
  head: { ref: string; sha: string }
  base: { ref: string; sha: string }
  draft?: boolean
  merged: boolean
  merged_at: string | null
  merge_commit_sha: string | null
  /** Login of who merged it. */
  merged_by?: string | null
  labels: string[]
  requested_reviewers: string[]
  requested_teams?: string[]
  reviews: GhReview[]
  created_at: string
  updated_at: string
  closed_at: string | null
}

export type GhTreeMode = '100644' | '100755' | '040000' | '160000' | '120000'

export interface GhTreeEntry {
  /** One path segment: trees nest. */
  name: string
  mode: GhTreeMode
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

export interface GhPerson {
  name: string
  email: string
  /** ISO 8601 */
  date: string
}

export interface GhCommit {
  tree: string
  parents: string[]
  message: string
  author: GhPerson
  committer: GhPerson
}

/** A repository's git objects, keyed by their git SHA-1, and its refs. */
export interface GhGitStore {
  /** Content, base64. */
  blobs: Record<string, string>
  trees: Record<string, GhTreeEntry[]>
  commits: Record<string, GhCommit>
  /** Full ref name (`refs/heads/main`) to commit SHA. */
  refs: Record<string, string>
}

export interface GhRepo {
  id: number
  name: string
  default_branch: string
  visibility: 'public' | 'private' | 'internal'
  description: string | null
  archived?: boolean
  created_at: string
  deployKeys: GhDeployKey[]
  labels: GhLabel[]
  issues: GhIssue[]
  comments: GhIssueComment[]
  pulls: GhPull[]
  git: GhGitStore
}

export interface GhOrg {
  login: string
  id: number
  name: string | null
  /** SAML single sign-on configured: without it GitHub answers 404 to credential authorizations. */
  samlSso: boolean
  /** A Copilot Business subscription: without it the Copilot billing endpoints answer 404,
   *  and a member's seat details 422. */
  copilot: boolean
  created_at: string
}

/** A user holding one of the enterprise's licenses. */
export interface GhEnterpriseMember {
  login: string
  name?: string | null
  /** e.g. `Owner`, `Member`, `Outside collaborator`. */
  roles: string[]
}

/** A managed user's SCIM identity (Enterprise Managed Users). */
export interface GhScimUser {
  id: string
  userName: string
  externalId: string | null
  displayName: string | null
  email: string
  active: boolean
  /** The managed account it provisions. */
  login: string
}

/** The enterprise the organizations belong to. */
export interface GhEnterprise {
  slug: string
  members: GhEnterpriseMember[]
  /** An enterprise-level Copilot subscription: without it its seat endpoints answer 422. */
  copilot: boolean
  /** Seats the enterprise assigns itself. */
  copilotSeats: GhCopilotSeat[]
  /** Enterprise Managed Users: the SCIM identities (absent: not an EMU enterprise, 404). */
  scimUsers?: GhScimUser[]
}

export interface GithubSimState {
  org: GhOrg
  /** Further organizations, each a state of its own sharing `users` (see addGithubOrg). */
  moreOrgs?: GithubSimState[]
  enterprise?: GhEnterprise
  /** Every account the simulator knows, members or not. */
  users: GhUser[]
  members: GhMember[]
  outsideCollaborators: GhOutsideCollaborator[]
  invitations: GhInvitation[]
  teams: GhTeam[]
  credentialAuthorizations: GhCredentialAuthorization[]
  patGrants: GhPatGrant[]
  patRequests: GhPatRequest[]
  copilotSeats: GhCopilotSeat[]
  repos: GhRepo[]
}

const SEED_DATE = '2024-01-01T00:00:00Z'

/** An org with nothing in it yet; push users, members, teams, repos into the lists. */
export function newGithubState(org: string, options: Partial<GhOrg> = {}): GithubSimState {
  return {
    org: {
      login: org,
      id: 1000,
      name: null,
      samlSso: false,
      copilot: false,
      created_at: SEED_DATE,
      ...options
    },
    users: [],
    members: [],
    outsideCollaborators: [],
    invitations: [],
    teams: [],
    credentialAuthorizations: [],
    patGrants: [],
    patRequests: [],
    copilotSeats: [],
    repos: []
  }
}

/** Another organization in the same simulated GitHub: its own members, teams and repositories,
 *  the same users. Requests naming it (`/orgs/{org}`, `/repos/{owner}`) are answered from it. */
export function addGithubOrg(
  state: GithubSimState,
  org: string,
  options: Partial<GhOrg> = {}
): GithubSimState {
  const id = 1000 + 1 + (state.moreOrgs?.length ?? 0)
  const more = { ...newGithubState(org, { id, ...options }), users: state.users }
  ;(state.moreOrgs ??= []).push(more)
  return more
}

/** The organization a request names (case-insensitive), or the first one. */
export const orgState = (state: GithubSimState, login: string | undefined): GithubSimState =>
  (login !== undefined && state.moreOrgs?.find(o => sameLogin(o.org.login, login))) || state

/** An empty repository (no commits: see `commitFiles` to add some). */
export function newGithubRepo(name: string, options: Partial<GhRepo> = {}): GhRepo {
  return {
    id: stableId(name),
    name,
    default_branch: 'main',
    visibility: 'private',
    description: null,
    created_at: SEED_DATE,
    deployKeys: [],
    labels: [],
    issues: [],
    comments: [],
    pulls: [],
    git: { blobs: {}, trees: {}, commits: {}, refs: {} },
    ...options
  }
}

/** A repeatable id from a name, so that seeded repositories differ without bookkeeping. */
function stableId(name: string): number {
  let h = 0
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0
  return 100000 + (h % 900000)
}

/** Case-insensitive login comparison, as GitHub does. */
export const sameLogin = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a != null && b != null && a.toLowerCase() === b.toLowerCase()

/** The next free number in a list (ids, issue numbers). */
export const nextId = (taken: number[], floor = 0): number => Math.max(floor, ...taken) + 1
