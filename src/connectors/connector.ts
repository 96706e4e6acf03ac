// The interface every platform implements. Plain data in, plain data out; the only write
// is `perform`, and only a PlatformWriter has it. `plan` and `audit` are handed readers,
// whose HTTP/SDK clients also refuse any write request: dry run by construction.
//
// Every platform's folder has the same files: client.ts (its HTTP/SDK client, which refuses
// every write for a reader), discover.ts (what a person holds), plan.ts (pure: steps from a
// discovery), list.ts (the audit's inventory), perform.ts (the one place writes happen) and
// connector.ts (the factory composing reader and writer from them), plus helpers of its own
// where they are one thing (GitHub's holdings.ts, answers.ts, waiting.ts; AWS's policies.ts).
// What several platforms use is in shared/: results.ts (discoveries, inventories, steps and
// outcomes built one way), lookup.ts, retry-budget.ts and scim-client.ts (SCIM 2.0).
import type { Platforms } from '../declarations/types.js'
import type { Grant, PlatformName } from '../grants.js'

export type { Grant, PlatformName }

/** Who declares which account on one platform, at base or at head: the account name folded
 *  as the platform compares names (`foldAccount`) -> the ids of the people declaring it.
 *  Built once per plan; a lookup that lands on an account someone else declares is not used. */
export interface AccountClaims extends Iterable<readonly [string, readonly string[]]> {
  get(account: string): readonly string[] | undefined
}

/** The claims on every instance: `instance` -> its AccountClaims. */
export interface Claims {
  get(instance: PlatformName): AccountClaims | undefined
}

/** Who to look for on one platform. */
export interface Identity {
  /** Person id (file name in access/people). */
  person: string
  name: string
  email: string
  /** The account the declarations name on this platform: GitHub login, IAM user name,
   *  Slack member id, SCIM userName. Absent when the person declares none (Slack then
   *  looks the person up by email). */
  account?: string
  /** Every account people declare on this platform (base and head): an account found by
   *  lookup (by email) that another person declares is never used for this person. */
  claims?: AccountClaims
  /** Immutable ids (GitHub user id, IAM UserId, SCIM id) the revocation log at base recorded
   *  for this person's account on this platform, newest first: a departure whose declared
   *  name is not found looks for a renamed account by them. */
  knownIds?: readonly string[]
}

/** What to revoke: everything (departure), or only grants no longer declared (reduction). */
export type Scope = { kind: 'departure' } | { kind: 'reduction'; remove: Grant[] }

/** Something a person actually holds, found live. Never secret material. */
export interface Holding {
  /** Connector vocabulary: 'org_membership', 'access_key', 'team_membership', ... */
  kind: string
  /** Stable id on the platform (key id, team slug, grant id). */
  id: string
  /** Human text for reviewers, e.g. `access key ...WXYZ (active, last used 2026-11-01)`. */
  label: string
  details?: Record<string, string | number | boolean | null>
}

/** A read that failed: what could not be read, and the platform's answer. The platform keeps
 *  what was found and planned; apply logs each as a failed `discover` record and exits 1. */
export interface Unread {
  /** What the read would have found, e.g. `SAML SSO credential authorizations`. */
  what: string
  /** The error, secret-free, saying what to do where it can. */
  error: string
}

export interface Discovery {
  platform: PlatformName
  person: string
  /** checked: discover ran; no_account: the person has no account there;
   *  not_checked: no credentials or the platform could not be read (see `reason`). */
  status: 'checked' | 'no_account' | 'not_checked'
  reason?: string
  /** The account found: `id` is the immutable platform id (GitHub numeric id, IAM UserId,
   *  Slack member id, SCIM id), `display` the human name; IAM also gives the user's ARN. */
  account?: { id: string; display: string; arn?: string }
  holdings: Holding[]
  /** Facts reviewers should see, e.g. "SAML SSO not enabled: no credential authorizations".
   *  Only an answer documented to mean "this feature does not exist here" becomes a note. */
  notes: string[]
  /** Secondary reads that failed (credentials, invitations, ...): every other error. Absent or
   *  empty when everything was read. A failed primary read (the account, the membership) makes
   *  the discovery not_checked instead. */
  unread?: Unread[]
}

/** One revocation call, as data. */
export interface Step {
  /** Unique within a plan: `<platform>/<person>/<action>/<target>`. */
  id: string
  platform: PlatformName
  person: string
  /** Verb as logged: 'delete_access_key', 'remove_org_membership', ... */
  action: string
  /** What it acts on, as logged: no secrets, key ids cut to their last 4 characters. */
  target: string
  /** Why, for reviewers. */
  reason: string
  /** Ids of steps that must finish first. */
  after: string[]
  /** auto: apply performs it; manual: shown as "needs a human", logged as skipped. */
  mode: 'auto' | 'manual'
  /** Everything perform() needs, plain JSON. */
  params: Record<string, unknown>
  /** A containment step: it ends the person's ability to sign in or act (an identity
   *  provider's sessions and sign-in). The executor runs a platform's containment steps, and
   *  the steps they wait on, before any other step of that platform, and every platform's at
   *  once, so the window in which the person can still act is their round trips, not the
   *  whole apply. */
  contain?: boolean
}

/** Something the connector will not touch, with the reason (protected, last owner, ...). */
export interface Refusal {
  platform: PlatformName
  person: string
  target: string
  reason: string
}

export interface PlatformPlan {
  steps: Step[]
  refused: Refusal[]
}

export type Result = 'revoked' | 'already_absent' | 'skipped' | 'failed'

export interface Outcome {
  result: Result
  /** Why it was skipped, the error when it failed, or a short fact; never a secret. */
  detail: string
}

/** A credential as listed for the audit. */
export interface ListedCredential {
  kind: string
  /** Shortened id (last 4 characters for keys). */
  id: string
  status: 'active' | 'inactive'
  created?: string
  /** ISO date of last use; null when never used; absent when unknown. */
  lastUsed?: string | null
}

/** One account on a platform, as listed for the audit. */
export interface ListedAccount {
  platform: PlatformName
  /** GitHub login, IAM user name, Slack member id, SCIM userName. */
  account: string
  /** The immutable id (GitHub user id, IAM UserId, Slack member id, SCIM id), when the
   *  platform lists one (GitHub invitations have none). */
  id?: string
  email?: string
  name?: string
  /** Where on the platform, when it has several places: `in acme`, `in enterprise acme-co`. */
  where?: string
  kind: 'member' | 'outside_collaborator' | 'invitation' | 'bot' | 'user'
  /** false for deactivated/suspended accounts. */
  active: boolean
  /** Grants it actually holds, in the shared vocabulary (only kinds the platform can list). */
  grants: Grant[]
  credentials: ListedCredential[]
}

export interface Inventory {
  platform: PlatformName
  status: 'checked' | 'not_checked'
  reason?: string
  accounts: ListedAccount[]
  /** API requests the listing made (audits report it). */
  requests: number
  notes: string[]
}

/** Something departures put on a platform that outlived its purpose, as the audit reports it:
 *  a session deny past the longest session its user could have held (IAM Identity Center). */
export interface Leftover {
  kind: 'stale_session_deny'
  /** The account it was put for: its name, or its id once the account is gone. */
  account: string
  /** What and where it is, e.g. `session_deny Deploy`. */
  target: string
  /** One sentence: what it is, why it is no longer needed, how to remove it. */
  detail: string
}

/** A manual step the log recorded as left to a human (skipped, "needs a human"). */
export interface WaitingStep {
  person: string
  platform: PlatformName
  action: string
  /** As logged: a GitHub deploy key reads `<repo> deploy key <key id> "<title>"`. */
  target: string
  /** The immutable id of the account, as logged (an Entra user's object id), when there is
   *  one: the name in the target may since have been renamed. */
  account_id?: string
  /** When apply left it (the record's time). */
  at: string
}

/** A waiting step read back on the platform. */
export interface WaitingCheck {
  step: WaitingStep
  /** false once the platform shows it done (the deploy key is gone). */
  pending: boolean
  /** What was found, e.g. `still there (read-write)`, or why it could not be read. */
  detail: string
}

export interface PlatformReader {
  readonly platform: PlatformName
  /** Why this platform cannot be checked (e.g. "no credentials: set SLACK_TOKEN"), or undefined. */
  readonly unavailable?: string
  /** Read-only: what the person actually holds now. */
  discover(who: Identity, scope: Scope): Promise<Discovery>
  /** Pure: the steps that revoke what was found, within scope. */
  planSteps(found: Discovery, scope: Scope): PlatformPlan
  /** Pure, optional: every person's plan on this platform in one change, seen together after
   *  each was made alone, for a guard only the whole change shows (GitHub keeps an owner when
   *  every owner leaves at once). Returns the plans to use, in the order given. */
  planTogether?(each: { found: Discovery; scope: Scope; plan: PlatformPlan }[]): PlatformPlan[]
  /** Pure, optional: for a platform that spaces its writes, how many one person's steps make
   *  and how long that takes, as a note the plan shows under them (GitHub: one a second). */
  pacing?(steps: Step[]): string | undefined
  /** Read-only: every account, for the audit. `declared` are all grants any role declares on
   *  this platform, so a connector lists members of exactly those teams/groups/channels. */
  list(declared: Grant[]): Promise<Inventory>
  /** Read-only: which of the manual steps apply left to a human are still to do, each checked
   *  directly. Connectors without manual steps the platform can show leave it out. */
  stillWaiting?(steps: WaitingStep[]): Promise<WaitingCheck[]>
  /** Read-only: what departures left on the platform that is no longer needed, for the audit;
   *  throws when it cannot be read. Connectors that leave nothing behind leave it out. */
  leftovers?(now: Date): Promise<Leftover[]>
}

export interface PlatformWriter extends PlatformReader {
  /** The one place a write happens. "Already gone" answers are `already_absent`, not errors. */
  perform(step: Step): Promise<Outcome>
  /** Steps this writer gathers into shared writes itself, one per resource under its own lock
   *  (Identity Center's denies, one policy change per permission set): the executor runs them
   *  outside the platform's bound, since slots held while waiting for a batch would split it. */
  gathers?(step: Step): boolean
}

/** What the change being applied is, for records a platform keeps (AWS disable tags). */
export interface ChangeRef {
  base: string
  head: string
  pr?: number
}

export interface ConnectorContext {
  platforms: Platforms
  env: Record<string, string | undefined>
  /** Receives every secret the connector reads: it is scrubbed from everything offboard writes
   *  (log/redact's registry), and masked in the job log by the action. */
  maskSecret: (value: string) => void
  /** Progress and debug lines; never secrets. */
  log: (line: string) => void
  change?: ChangeRef
  /** Writers: who declares which account, per platform (as in Identity.claims), so that
   *  perform refuses a step aimed at an account found by lookup that another person declares. */
  claims?: Claims
}

/** Each connector module exports one of these. */
export interface ConnectorFactory {
  reader(ctx: ConnectorContext): PlatformReader
  writer(ctx: ConnectorContext): PlatformWriter
}
