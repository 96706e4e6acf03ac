// The audit: what the head declarations say each person should hold, against what every
// platform lists, as drift findings. computeDrift is a pure function over plain data;
// auditPlatforms only adds the listing, through read-only connectors.
import type {
  Inventory,
  PlatformReader,
  ListedAccount,
  ListedCredential,
  PlatformName
} from './connectors/connector.js'
import { isProtected as isAwsProtected } from './connectors/aws-iam-plan.js'
import { isProtected as isGithubProtected } from './connectors/github-plan.js'
import type { Declarations, Person } from './declarations/types.js'
import { declaredAccount, grantKey, personGrants, roleGrants, type Grant } from './grants.js'

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export type DriftKind =
  | 'departed_still_active'
  | 'undeclared_account'
  | 'extra_grant'
  | 'stale_credential'
  | 'undeclared_invitation'
  | 'missing_grant'

const SEVERITY_OF: Record<DriftKind, Severity> = {
  departed_still_active: 'critical',
  undeclared_account: 'high',
  extra_grant: 'medium',
  stale_credential: 'medium',
  undeclared_invitation: 'low',
  missing_grant: 'info'
}

/** `--fail-on-drift` and the drift issue count findings of this severity or above. */
export const FAIL_AT: Severity = 'medium'

export interface Finding {
  kind: DriftKind
  severity: Severity
  platform: PlatformName
  /** The account as the platform lists it (login, user name, member id, userName, email of
   *  an invitation); for a declared account that is absent, the declared one. */
  account: string
  /** Person id, when the account belongs to a declared person. */
  person?: string
  /** The grant or credential concerned, e.g. `github_team backend`, `access_key AKIA...WXYZ`. */
  target?: string
  /** One sentence for reviewers; never a secret. */
  detail: string
}

export interface PlatformResult {
  platform: PlatformName
  status: 'checked' | 'not_checked'
  reason?: string
  /** Accounts the platform listed. */
  accounts: number
  /** API requests the listing made. */
  requests: number
  notes: string[]
}

export interface Drift {
  /** When the audit ran (ISO); stale credentials are measured from it. */
  at: string
  staleKeyDays: number
  platforms: PlatformResult[]
  /** Sorted: most severe first, then platform, account, kind, target. */
  findings: Finding[]
}

const DAY_MS = 86_400_000

/** Every grant any role declares on `platform`: what its connector's list() must cover. */
function declaredGrants(decl: Declarations, platform: PlatformName): Grant[] {
  const byKey = new Map<string, Grant>()
  for (const role of decl.roles.values())
    for (const g of roleGrants(role, decl)) if (g.platform === platform) byKey.set(grantKey(g), g)
  return [...byKey.values()]
}

export function atLeast(severity: Severity, floor: Severity = FAIL_AT): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor)
}

/** Findings at or above FAIL_AT: what fails `--fail-on-drift` and keeps the drift issue open. */
export const blocking = (drift: Drift): Finding[] => drift.findings.filter(f => atLeast(f.severity))

/** Lists every platform at once (each reader already pages its own collections
 *  concurrently) and computes the drift. A reader that throws is "not checked", never clean. */
export async function auditPlatforms(
  decl: Declarations,
  readers: PlatformReader[],
  opts: { now?: () => Date } = {}
): Promise<Drift> {
  const inventories = await Promise.all(
    readers.map(async (r): Promise<Inventory> => {
      try {
        return await r.list(declaredGrants(decl, r.platform))
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err)
        return {
          platform: r.platform,
          status: 'not_checked',
          reason: `could not list ${r.platform}: ${why}`,
          accounts: [],
          requests: 0,
          notes: []
        }
      }
    })
  )
  return computeDrift(decl, inventories, { now: (opts.now ?? (() => new Date()))() })
}

export function computeDrift(
  decl: Declarations,
  inventories: Inventory[],
  opts: { now: Date }
): Drift {
  const staleKeyDays = decl.platforms.aws?.stale_key_days ?? 90
  const expected = new Map(
    [...decl.people.values()].map(p => [p.id, personGrants(p, decl)] as const)
  )
  const clock = { now: opts.now.getTime(), staleKeyDays }
  const findings: Finding[] = []
  for (const inv of inventories)
    if (inv.status === 'checked') findings.push(...platformDrift(decl, expected, inv, clock))
  return {
    at: opts.now.toISOString(),
    staleKeyDays,
    platforms: inventories.map(inv => ({
      platform: inv.platform,
      status: inv.status,
      ...(inv.reason ? { reason: inv.reason } : {}),
      accounts: inv.accounts.length,
      requests: inv.requests,
      notes: inv.notes
    })),
    findings: findings.sort(byImportance)
  }
}

interface Clock {
  now: number
  staleKeyDays: number
}

function platformDrift(
  decl: Declarations,
  expected: Map<string, Grant[]>,
  inv: Inventory,
  clock: Clock
): Finding[] {
  const platform = inv.platform
  const people = [...decl.people.values()]
  const match = matcher(people, platform)
  const isProtected = protectedTest(decl, platform)
  const grantsOn = (p: Person) => expected.get(p.id)!.filter(g => g.platform === platform)
  const out: Finding[] = []
  const seen = new Map<Person, ListedAccount[]>()

  for (const a of inv.accounts) {
    if (a.kind === 'bot' || isProtected(a.account)) continue
    const person = match(a)
    const base = { platform, account: a.account }
    if (!person) {
      if (a.kind === 'invitation')
        out.push(finding('undeclared_invitation', base, 'pending invitation nobody declares'))
      else if (holdsAccess(a)) {
        out.push(
          finding('undeclared_account', base, `${describe(a)} that no active person declares`)
        )
        out.push(...staleCredentials(a, clock, base))
      }
      continue
    }
    const who = { ...base, person: person.id }
    if (person.status === 'departed') {
      if (holdsAccess(a))
        out.push(
          finding(
            'departed_still_active',
            who,
            `${person.id} departed${person.departed_on ? ` on ${person.departed_on}` : ''} but still holds ${describe(a)}`
          )
        )
      continue
    }
    seen.set(person, [...(seen.get(person) ?? []), a])
    if (!a.active) continue
    const given = new Set(grantsOn(person).map(grantKey))
    for (const g of a.grants)
      if (!given.has(grantKey(g)))
        out.push(
          finding(
            'extra_grant',
            { ...who, target: grantText(g) },
            `${grantText(g)}: no role of ${person.id} gives it`
          )
        )
    out.push(...staleCredentials(a, clock, who))
  }

  // Active people who should be on the platform: they declare an account, or a role gives
  // them something there.
  for (const person of people) {
    if (person.status !== 'active') continue
    const declared = declaredAccount(person, platform)
    const grants = grantsOn(person)
    if (declared ? isProtected(declared) : grants.length === 0) continue
    const listed = seen.get(person) ?? []
    const held = listed.filter(a => a.active)
    const who = {
      platform,
      account: held[0]?.account ?? declared ?? person.email,
      person: person.id
    }
    if (held.length === 0) {
      const inactive = listed[0]
      out.push(
        finding(
          'missing_grant',
          { ...who, account: inactive?.account ?? who.account },
          inactive
            ? `${inactive.account} is ${inactive.kind === 'invitation' ? 'invited, not yet a member' : 'deactivated'}`
            : declared
              ? `declared account ${declared} not found`
              : emailFallback(platform)
                ? `roles give access on ${platform}, but no account is declared or found for ${person.email}`
                : `roles give access on ${platform}, but no account is declared`
        )
      )
      continue
    }
    const have = new Set(held.flatMap(a => a.grants.map(grantKey)))
    for (const g of grants)
      if (!have.has(grantKey(g)))
        out.push(
          finding(
            'missing_grant',
            { ...who, target: grantText(g) },
            `${grantText(g)} is declared but not held (offboard does not provision)`
          )
        )
  }
  return out
}

/** Slack and SCIM apps find a person by email when no account is declared. */
const emailFallback = (platform: PlatformName) =>
  platform === 'slack' || platform.startsWith('scim:')

/** Who a listed account belongs to: the person declaring it (GitHub logins, IAM user names
 *  and SCIM userNames compared case-insensitively), else, where the platform allows, the person
 *  whose email it has; GitHub invitations are matched by email too. */
function matcher(
  people: Person[],
  platform: PlatformName
): (a: ListedAccount) => Person | undefined {
  const fold = platform === 'slack' ? (s: string) => s : lower
  const byAccount = new Map<string, Person>()
  const byEmail = new Map<string, Person>()
  for (const p of people) {
    const declared = declaredAccount(p, platform)
    if (declared) byAccount.set(fold(declared), p)
    if (platform === 'github' || (emailFallback(platform) && !declared))
      byEmail.set(lower(p.email), p)
  }
  const email = (a: ListedAccount) =>
    (a.email && byEmail.get(lower(a.email))) || byEmail.get(lower(a.account))
  return a =>
    byAccount.get(fold(a.account)) ??
    (emailFallback(platform) || a.kind === 'invitation' ? email(a) : undefined)
}

/** The same protection the connectors honour when revoking, so what apply never touches is
 *  never drift either. */
function protectedTest(decl: Declarations, platform: PlatformName): (account: string) => boolean {
  const { github, aws, slack } = decl.platforms
  if (platform === 'github') return a => !!github && isGithubProtected(github, a)
  if (platform === 'aws') return a => !!aws && isAwsProtected(a, aws)
  if (platform === 'slack') return a => !!slack?.protected.includes(a)
  return () => false
}

/** Access a listed account still gives: an active account, a pending invitation, or an
 *  active credential (a disabled IAM user whose key is still active holds that key). */
function holdsAccess(a: ListedAccount): boolean {
  return a.active || a.kind === 'invitation' || a.credentials.some(c => c.status === 'active')
}

function describe(a: ListedAccount): string {
  const what =
    a.kind === 'invitation'
      ? 'a pending invitation'
      : a.kind === 'outside_collaborator'
        ? 'outside collaborator access'
        : a.active
          ? 'an active account'
          : 'a deactivated account'
  const creds = a.credentials.filter(c => c.status === 'active').map(c => credentialText(c))
  return `${what}${creds.length ? ` with ${creds.join(', ')}` : ''}`
}

/** Active AWS access keys unused for `staleKeyDays`, or never used and that old. */
function staleCredentials(
  a: ListedAccount,
  clock: Clock,
  where: Omit<Finding, 'kind' | 'severity' | 'detail'>
): Finding[] {
  return a.credentials.flatMap(c => {
    // lastUsed undefined: the platform does not say, so nothing can be concluded.
    if (c.kind !== 'access_key' || c.status !== 'active' || c.lastUsed === undefined) return []
    const since = c.lastUsed ?? c.created
    if (!since) return []
    const days = Math.floor((clock.now - Date.parse(since)) / DAY_MS)
    if (!(days >= clock.staleKeyDays)) return []
    // Keys listed from the credential report have no id: their creation date tells them apart.
    const why = c.lastUsed
      ? `${c.created ? `created ${c.created}, ` : ''}last used ${c.lastUsed}`
      : `never used since it was created on ${since}`
    return [
      finding(
        'stale_credential',
        { ...where, target: credentialText(c) },
        `${credentialText(c)} is active, ${why}, ${days} days ago (limit ${clock.staleKeyDays}): deactivate or rotate it`
      )
    ]
  })
}

const credentialText = (c: ListedCredential) => `${c.kind} ${c.id}`
const grantText = (g: Grant) => `${g.kind} ${g.value}`
const lower = (s: string) => s.toLowerCase()

function finding(
  kind: DriftKind,
  where: Omit<Finding, 'kind' | 'severity' | 'detail'>,
  detail: string
): Finding {
  return { kind, severity: SEVERITY_OF[kind], ...where, detail }
}

function byImportance(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.platform.localeCompare(b.platform) ||
    a.account.localeCompare(b.account) ||
    a.kind.localeCompare(b.kind) ||
    (a.target ?? '').localeCompare(b.target ?? '')
  )
}
