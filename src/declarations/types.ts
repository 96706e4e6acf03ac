// The access declarations as typed plain data: what people, roles and platforms.yaml say,
// with defaults filled in. Every object remembers where it came from, so later stages
// (plan guards, audit) can point at the YAML that caused them.

/** A place in a YAML file: `file` is relative to the working directory, line/column 1-based. */
export interface SourcePos {
  file: string
  line: number
  column: number
}

export interface GithubConfig {
  org: string
  /** Logins the tool never removes or demotes (compared case-insensitively). */
  protected: string[]
  /** How many repositories to scan for deploy keys a departing person added (default 200). */
  repository_scan_limit: number
}

export interface AwsConfig {
  on_departure: 'delete' | 'disable'
  revoke_sessions: boolean
  protected: string[]
  /** An access key unused for this many days is a stale credential in audits (default 90). */
  stale_key_days: number
}

export interface SlackConfig {
  deactivate_with: 'scim' | 'admin' | 'none'
  protected: string[]
}

export interface ScimAppConfig {
  name: string
  base_url: string
  /** Name of the environment variable holding the bearer token (never the token itself). */
  token_env: string
  on_departure: 'deactivate' | 'delete'
}

export interface Policy {
  max_departures_per_change: number
  max_departure_ratio: number
}

export interface Platforms {
  version: 1
  github?: GithubConfig
  aws?: AwsConfig
  slack?: SlackConfig
  scim: ScimAppConfig[]
  policy: Policy
  at: SourcePos
}

export interface Accounts {
  github?: string
  aws?: string
  slack?: string
  /** SCIM app name -> userName in that app. */
  scim?: Record<string, string>
}

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

export interface Grants {
  github?: { teams: string[]; org_role: 'member' | 'admin' }
  aws?: { groups: string[]; policies: string[] }
  slack?: { usergroups: string[]; channels: string[] }
  scim?: string[]
}

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
