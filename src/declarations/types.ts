// The access declarations as typed plain data: what people, roles and platforms.yaml say,
// with defaults filled in. Every object remembers where it came from, so later stages
// (plan guards, audit) can point at the YAML that caused them.
import type { BuiltInTypes } from '../connectors/registry.js'

// The platforms' own settings types, where the connectors have always imported them from.
export type { AwsConfig } from '../connectors/aws/index.js'
export type { GithubConfig } from '../connectors/github/index.js'
export type { ScimAppConfig } from '../connectors/scim/index.js'
export type { SlackConfig } from '../connectors/slack/index.js'

/** A place in a YAML file: `file` is relative to the working directory, line/column 1-based. */
export interface SourcePos {
  file: string
  line: number
  column: number
}

/** How long one call to a platform may take (policy.retry, or a platform block's retry). */
export interface RetryBudget {
  /** Retries after the first attempt, of throttled and transient failures only (default 3). */
  retries: number
  /** The most one call may take, every attempt and wait included (default 60). */
  seconds: number
  /** The most one attempt may wait for an answer (default 20). */
  attempt_seconds: number
}

export interface Policy {
  max_departures_per_change: number
  max_departure_ratio: number
  /** The most departed people one `offboard sweep` may revoke anything for; the loader sets
   *  it (DEFAULT_MAX_SWEEP), declarations built by hand may leave it out. */
  max_sweep_per_run?: number
  /** How soon after a departure is requested its access must be verified gone: a duration
   *  such as `24h`, `90m`, `2d` (src/duration.ts). */
  revoke_within: string
  /** Apply refuses a change without an approving review of its head by someone other than
   *  its author and the people it departs (default false). */
  require_approval?: boolean
  /** Every platform's retry budget, unless its block sets its own; the rest of each is the
   *  default (connectors/shared/retry-budget.ts). */
  retry?: Partial<RetryBudget>
}

// What each platform brings (connectors/registry.ts): its block of platforms.yaml, a person's
// `accounts.<key>`, a role's `grants.<key>`, typed as its descriptor declares them.
type Each = BuiltInTypes
/** Blocks that may be absent (their settings include undefined) are optional keys. */
type Blocks = {
  [P in Each as undefined extends P['settings'] ? P['key'] : never]?: Exclude<
    P['settings'],
    undefined
  >
} & { [P in Each as undefined extends P['settings'] ? never : P['key']]: P['settings'] }

export type Platforms = {
  version: 1
  policy: Policy
  at: SourcePos
} & Blocks

export type Accounts = { [P in Each as P['key']]?: P['account'] }

export interface Person {
  id: string
  name: string
  email: string
  status: 'active' | 'departed'
  departed_on?: string
  roles: string[]
  accounts: Accounts
  at: SourcePos
}

export type Grants = { [P in Each as P['key']]?: P['grants'] }

export interface Role {
  id: string
  description?: string
  grants: Grants
  at: SourcePos
}

/** One consistent set of declarations, from a directory or a git commit. */
export interface Declarations {
  /** Where they were read from: a directory path, or `git:<ref>`. */
  origin: string
  platforms: Platforms
  people: Map<string, Person>
  roles: Map<string, Role>
}

/** A problem in the declarations, reported as `file:line:column: message`. */
export interface Diagnostic extends SourcePos {
  message: string
}
