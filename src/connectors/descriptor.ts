// What the core needs of one platform, so that the declarations, change, plan, execute, trust
// and audit loop over the registry (registry.ts) and name no platform: how its parts of the
// declarations read (its platforms.yaml block, a person's `accounts.<key>`, a role's
// `grants.<key>`), its instances, its grants and accounts as it compares them, and its
// connector. Each platform's folder exports one from its index.ts; its part of the schemas is
// schema.json beside it (scripts/access-schemas.mjs assembles them).
import type { Person } from '../declarations/types.js'
import type { YamlPath } from '../declarations/yaml.js'
import type { Grant, PlatformName } from '../grants.js'
import type { ConnectorContext, ConnectorFactory } from './connector.js'

/** The types a platform brings: declarations/types.ts derives `Platforms`, `Accounts` and
 *  `Grants` from them, so that `platforms.<key>` is typed as the platform declares it. */
export interface PlatformTypes {
  /** Its key in platforms.yaml, under a person's `accounts` and under a role's `grants`. */
  key: string
  /** Its platforms.yaml block with defaults filled in. Include `undefined` when the block may be
   *  absent (then `platforms.<key>` is optional); SCIM's is a list, empty when absent. */
  settings: unknown
  /** The settings one instance's connector is given: the block, or one entry of it. */
  instance: unknown
  /** What a person's `accounts.<key>` holds: an account name, or one per instance. */
  account: unknown
  /** A role's `grants.<key>`, defaults filled in. */
  grants: unknown
}

/** One configured instance of a platform: one connector, one section of every plan. */
export interface Instance<S = unknown> {
  /** Its name in plans, logs and audits: the platform's key, or `<key>:<name>` for a platform
   *  with several instances (`scim:jira`). */
  name: PlatformName
  settings: S
  /** Shown after the name by `offboard validate`, e.g. the GitHub organization. */
  detail?: string
}

/** An account a person declares: on which instance, and where below `accounts.<key>`. */
export interface DeclaredAccount {
  /** An instance, or the platform's key alone: then on every instance it configures
   *  (registry.ts instancesNamed), as `accounts.aws: alice` is in each of aws.accounts. */
  instance: PlatformName
  account: string
  /** Below `accounts.<key>`: `[]`, or `[app]` for `accounts.scim.<app>`. */
  path: YamlPath
}

/** An instance a role's grants name (or the platform's key: every instance, as in
 *  DeclaredAccount), and where below `grants.<key>` (`[]`: the whole block). */
export interface GrantedInstance {
  instance: PlatformName
  path: YamlPath
}

/** What a platform with its own trust rule (trust.ts) reports head's differences with. */
export interface TrustNotes {
  /** A notice for each key whose value differs between base and head, `skip` aside. */
  compare(setting: string, base: object, head: object, skip?: string[]): void
  /** Base configures these instances, head does not: this change still plans their
   *  departures. */
  dropped(setting: string, what: string, ...instances: PlatformName[]): void
  /** Head configures what base does not: not planned in this change. */
  added(setting: string, what: string): void
  /** Any other difference, said in full. */
  notice(setting: string, message: string): void
}

export interface PlatformDescriptor<T extends PlatformTypes = PlatformTypes> {
  key: T['key']
  /** The platform as people name it: `GitHub`, `AWS IAM`. */
  title: string

  /** Its platforms.yaml block with defaults filled in; `raw` is the block as the schema let it
   *  through, undefined when there is none. */
  settings(raw: unknown): T['settings']
  /** A role's `grants.<key>` with defaults filled in (called only when the role has one). */
  grants(raw: unknown): T['grants']
  /** The instances its settings configure: none when the block is absent. */
  instances(settings: T['settings']): Instance<T['instance']>[]
  /** The accounts a person's `accounts.<key>` declares (`account` is never undefined here). */
  declaredAccounts(account: T['account']): DeclaredAccount[]
  /** Where a person declares their account on `instance`, below `accounts.<key>`. */
  accountPath(instance: PlatformName): YamlPath
  /** What an account is called in messages: `GitHub login`, `IAM user`, `jira user`. */
  accountLabel(instance: PlatformName): string
  /** An account name as the platform compares names (GitHub logins ignore case). */
  foldAccount(account: string): string
  /** Whether the tool never touches `account` on this instance (its `protected` list): plan,
   *  apply and audit alike. */
  isProtected(instance: T['instance'], account: string): boolean
  /** Whether a person who declares no account is looked up by email (Slack, SCIM apps). */
  lookupByEmail: boolean

  /** Every grant a role's `grants.<key>` gives (`settings` as configured, or undefined). */
  roleGrants(grants: T['grants'], settings: T['settings']): Grant[]
  /** The instances a role's `grants.<key>` names, for "not configured" problems. */
  grantedInstances(grants: T['grants']): GrantedInstance[]
  /** Every grant kind it declares, with what a reviewer reads before the value:
   *  `github_team: 'GitHub team'` reads "GitHub team backend". */
  grantKinds: Record<string, string>
  /** A grant value as the platform compares values (GitHub slugs ignore case); as written
   *  when absent. */
  foldGrantValue?(value: string): string

  /** Where its write credentials come from, for "no credentials: set ..." failures. */
  credentials: string
  /** Steps of one instance that apply runs at once (absent: the executor's default, 16): as
   *  many as its client and rate limits take. */
  concurrency?: number
  /** Credentials the audit reports as stale when unused `days` (its settings, or the audit's
   *  default of 90 when they say nothing): AWS access keys. */
  staleCredentials?: { kind: string; days(settings: T['settings']): number | undefined }
  /** The problem with naming an instance that its settings do not configure; absent or
   *  undefined: "<field>.<key> is set but platforms.yaml has no <key> block: add one, or
   *  <remedy>". */
  unconfigured?(instance: PlatformName, settings: T['settings'], remedy: string): string | undefined
  /** Checks of its own block that its schema cannot make (SCIM app names used twice); `path` is
   *  from the top of platforms.yaml. */
  checkSettings?(settings: T['settings'], report: (path: YamlPath, message: string) => void): void
  /** Checks of its block against the people declared (a person id it names must be one);
   *  `path` as checkSettings'. */
  checkPeople?(
    settings: T['settings'],
    people: ReadonlyMap<string, Person>,
    report: (path: YamlPath, message: string) => void
  ): void
  /** What this change uses of its settings, when base and head differ, and head's differences
   *  as notices; absent: base's block, `protected` the union of both (trust.ts), which
   *  `standard` is, with the keys in `skip` left to the platform's own rule. */
  trust?(
    base: T['settings'],
    head: T['settings'],
    notes: TrustNotes,
    standard: (skip: string[]) => T['settings']
  ): T['settings']

  /** The connector of one instance, its module (and its platform's SDK) loaded only now: a
   *  command that opens no connector, or another platform's, never loads it. */
  connector(
    instance: Instance<T['instance']>,
    env: ConnectorContext['env']
  ): Promise<ConnectorFactory>
}

/** The types of a platform with one instance, named by its key: a block that may be absent, an
 *  account name per person. */
export interface OneInstance<K extends string, S, G> {
  key: K
  settings: S | undefined
  instance: S
  account: string
  grants: G
}

/** A platform's connector module, imported the first time it is asked for and then shared by
 *  every instance and every later call. */
export function lazily<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: Promise<M> | undefined
  return () => (loaded ??= load())
}

/** The path below `accounts.<key>` of an account declared right there: one for every person of
 *  a tree (YamlPath is read-only), not one each. */
export const NO_PATH: YamlPath = []

/** The instance-shaped fields of a platform with one instance, named by its key: its block
 *  (when present), its account name, its whole grants block. */
export function singleInstance<K extends string, S>(key: K, detail?: (settings: S) => string) {
  return {
    instances: (settings: S | undefined): Instance<S>[] =>
      settings === undefined
        ? []
        : [{ name: key, settings, ...(detail ? { detail: detail(settings) } : {}) }],
    declaredAccounts: (account: string): DeclaredAccount[] => [
      { instance: key, account, path: NO_PATH }
    ],
    accountPath: (): YamlPath => [],
    grantedInstances: (): GrantedInstance[] => [{ instance: key, path: [] }]
  }
}
