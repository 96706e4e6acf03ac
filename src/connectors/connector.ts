// The interface every platform implements. Plain data in, plain data out; the only write
// is `perform`, and only a PlatformWriter has it. `plan` and `audit` are handed readers,
// whose HTTP/SDK clients also refuse any write request: dry run by construction.
import type { Platforms } from '../declarations/types.js'
import type { Grant, PlatformName } from '../grants.js'

export type { Grant, PlatformName }

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

export interface Discovery {
  platform: PlatformName
  person: string
  /** checked: discover ran; no_account: the person has no account there;
   *  not_checked: no credentials or the platform could not be read (see `reason`). */
  status: 'checked' | 'no_account' | 'not_checked'
  reason?: string
  /** The account found: `id` is the immutable platform id (GitHub numeric id, IAM ARN,
   *  Slack member id, SCIM id), `display` the human name. */
  account?: { id: string; display: string }
  holdings: Holding[]
  /** Facts reviewers should see, e.g. "SAML SSO not enabled: no credential authorizations". */
  notes: string[]
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
  email?: string
  name?: string
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

export interface PlatformReader {
  readonly platform: PlatformName
  /** Why this platform cannot be checked (e.g. "no credentials: set SLACK_TOKEN"), or undefined. */
  readonly unavailable?: string
  /** Read-only: what the person actually holds now. */
  discover(who: Identity, scope: Scope): Promise<Discovery>
  /** Pure: the steps that revoke what was found, within scope. */
  planSteps(found: Discovery, scope: Scope): PlatformPlan
  /** Read-only: every account, for the audit. `declared` are all grants any role declares on
   *  this platform, so a connector lists members of exactly those teams/groups/channels. */
  list(declared: Grant[]): Promise<Inventory>
}

export interface PlatformWriter extends PlatformReader {
  /** The one place a write happens. "Already gone" answers are `already_absent`, not errors. */
  perform(step: Step): Promise<Outcome>
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
  /** Receives every secret the connector reads, so the action can mask it. */
  maskSecret: (value: string) => void
  /** Progress and debug lines; never secrets. */
  log: (line: string) => void
  change?: ChangeRef
}

/** Each connector module exports one of these. */
export interface ConnectorFactory {
  reader(ctx: ConnectorContext): PlatformReader
  writer(ctx: ConnectorContext): PlatformWriter
}
