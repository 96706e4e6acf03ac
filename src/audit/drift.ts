// The drift itself: what the head declarations say each person should hold, against what
// every platform lists. A pure function over plain data.
import type {
  Inventory,
  Leftover,
  ListedAccount,
  ListedCredential,
  PlatformName,
  WaitingCheck
} from '../connectors/connector.js'
import type { PlatformDescriptor } from '../connectors/descriptor.js'
import {
  configuredInstance,
  descriptorOf,
  platformDescriptors,
  settingsOf
} from '../connectors/registry.js'
import type { Declarations, Person } from '../declarations/types.js'
import {
  accountsKey,
  declaredAccount,
  declaredOn,
  foldAccount,
  platformGrants,
  sameGrant,
  type Grant
} from '../grants.js'
import { lateRevocations } from '../evidence/late.js'
import { knownIdsOf, type KnownAccountIds } from '../log/known-ids.js'
import type { LogRecord } from '../log/record.js'
import { byImportance, finding, type Drift, type Finding, type PlatformResult } from './findings.js'
import { listedAccounts, matcher } from './match.js'

const DAY_MS = 86_400_000

/** What one platform's departures left behind (PlatformReader.leftovers), or why that could
 *  not be read. */
export interface LeftoversRead {
  platform: PlatformName
  found: Leftover[]
  failed?: string
}

/** What the drift keeps of one platform's listing: its result and findings, not its accounts,
 *  so that an audit lets each listing go as soon as it is read (80,000 accounts are tens of
 *  megabytes). */
export interface ListingDrift {
  result: PlatformResult
  findings: Finding[]
}

/** The findings of one platform's listing: a listing not checked has none (its result says
 *  why). */
export function listingDrift(
  decl: Declarations,
  inv: Inventory,
  opts: { now: Date; known?: KnownAccountIds }
): ListingDrift {
  const { accounts, ...rest } = inv
  return {
    result: { ...rest, accounts: accounts.length },
    findings:
      inv.status === 'checked' ? platformDrift(decl, inv, opts.now.getTime(), opts.known) : []
  }
}

export function computeDrift(
  decl: Declarations,
  inventories: Inventory[],
  opts: DriftOptions
): Drift {
  return driftOf(
    decl,
    inventories.map(inv => listingDrift(decl, inv, opts)),
    opts
  )
}

/** `known`: the account ids the revocation log records, to recognise renamed accounts;
 *  `pending`: manual steps read back, those still waiting become findings; `leftovers`: each
 *  is a finding, and a platform whose leftovers could not be read is not checked. */
export interface DriftOptions {
  now: Date
  pending?: WaitingCheck[]
  leftovers?: LeftoversRead[]
  known?: KnownAccountIds
  records?: readonly LogRecord[]
}

/** The drift from every platform's listing drift, with what the log and the leftovers add. */
export function driftOf(decl: Declarations, listings: ListingDrift[], opts: DriftOptions): Drift {
  const staleKeyDays =
    platformDescriptors()
      .map(d => staleRule(decl, d))
      .find(r => r !== undefined)?.days ?? DEFAULT_STALE_DAYS
  const findings: Finding[] = listings.flatMap(l => l.findings)
  for (const c of opts.pending ?? []) if (c.pending) findings.push(pendingFinding(decl, c))
  findings.push(...lateRevocations(decl, opts.records ?? [], opts.now))
  const leftovers = opts.leftovers ?? []
  for (const read of leftovers)
    findings.push(...read.found.map(l => leftoverFinding(decl, read.platform, l)))
  // The listing's findings stand; what could not be read keeps the platform from counting as
  // checked (a listing not checked already says why).
  const unread = (r: PlatformResult) =>
    r.status === 'checked' ? leftovers.find(l => l.platform === r.platform)?.failed : undefined
  return {
    at: opts.now.toISOString(),
    staleKeyDays,
    platforms: listings.map(({ result: r }) => ({
      platform: r.platform,
      status: unread(r) ? 'not_checked' : r.status,
      ...(r.reason || unread(r) ? { reason: r.reason ?? unread(r) } : {}),
      accounts: r.accounts,
      requests: r.requests,
      notes: r.notes
    })),
    findings: findings.sort(byImportance)
  }
}

/** When credentials count as stale, when a platform has a rule for it: the kind, the days. */
interface Clock {
  now: number
  stale?: { kind: string; days: number }
}

const DEFAULT_STALE_DAYS = 90

function staleRule(decl: Declarations, platform: PlatformDescriptor) {
  const rule = platform.staleCredentials
  return (
    rule && {
      kind: rule.kind,
      days: rule.days(settingsOf(decl.platforms, platform)) ?? DEFAULT_STALE_DAYS
    }
  )
}

/** The findings of one checked listing. Run for every account and every person (hundreds of
 *  thousands in a large organization): grants are compared as they are, not by their keys. */
function platformDrift(
  decl: Declarations,
  inv: Inventory,
  now: number,
  known: KnownAccountIds | undefined
): Finding[] {
  const platform = inv.platform
  const clock: Clock = { now, stale: staleRule(decl, descriptorOf(platform)) }
  const people = [...decl.people.values()]
  const match = matcher(people, platform, known)
  const isProtected = protectedTest(decl, platform)
  const grantsOn = platformGrants(decl, platform)
  const out: Finding[] = []
  const seen = new Map<Person, ListedAccount[]>()

  for (const a of inv.accounts) {
    if (a.kind === 'bot' || isProtected(a.account)) continue
    const { person, conflict } = match(a)
    const base = { platform, account: a.account }
    if (conflict && person)
      out.push(finding('account_conflict', { ...base, person: person.id }, conflict))
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
    const listed = seen.get(person)
    if (listed) listed.push(a)
    else seen.set(person, [a])
    if (!a.active) continue
    const given = grantsOn(person)
    for (const g of a.grants)
      if (!given.some(d => sameGrant(d, g)))
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
  const onPlatform = listedAccounts(inv)
  for (const person of people) {
    const declared = declaredOn(person, platform)
    const missing =
      declared && !isProtected(declared.account) && !onPlatform.names.has(declared.folded)
        ? missingAccount(person, declared.account, platform, onPlatform.ids, known)
        : undefined
    if (missing) out.push(missing)
    if (person.status !== 'active') continue
    const grants = grantsOn(person)
    if (declared ? isProtected(declared.account) : grants.length === 0) continue
    const listed = seen.get(person)
    const held = listed?.filter(a => a.active) ?? []
    const who = {
      platform,
      account: held[0]?.account ?? declared?.account ?? person.email,
      person: person.id
    }
    if (held.length === 0) {
      const inactive = listed?.[0]
      if (missing && !inactive) continue
      out.push(
        finding(
          'missing_grant',
          { ...who, account: inactive?.account ?? who.account },
          inactive
            ? `${inactive.account} is ${inactive.kind === 'invitation' ? 'invited, not yet a member' : 'deactivated'}`
            : declared
              ? `declared account ${declared.account} not found`
              : descriptorOf(platform).lookupByEmail
                ? `roles give access on ${platform}, but no account is declared or found for ${person.email}`
                : `roles give access on ${platform}, but no account is declared`
        )
      )
      continue
    }
    for (const g of grants)
      if (!held.some(a => a.grants.some(h => sameGrant(h, g))))
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

/** A declared account the platform does not list: renamed, when the log knows its id and the
 *  listing shows that id under another name; else, for an active person, a declaration that
 *  names nothing (a departed person's account being gone is the point of offboarding). */
function missingAccount(
  person: Person,
  declared: string,
  platform: PlatformName,
  ids: Map<string, ListedAccount>,
  known: KnownAccountIds | undefined
): Finding | undefined {
  const where = { platform, account: declared, person: person.id }
  const fix = `${accountsKey(platform)} in people/${person.id}.yaml`
  const renamed = knownIdsOf(known, platform, person.id)
    .map(id => ids.get(id))
    .find(a => a !== undefined)
  if (renamed)
    return finding(
      'declared_account_missing',
      where,
      `declared account ${declared} is not on ${platform}: renamed to ${renamed.account} (id ${renamed.id}, known from the revocation log); update ${fix}`,
      person.status === 'departed' ? 'high' : 'medium'
    )
  if (person.status === 'departed') return undefined
  return finding(
    'declared_account_missing',
    where,
    `declared account ${declared} is not on ${platform}: a departure would find nothing there; correct ${fix} (a renamed account: its new name), or create the account${known?.ignored ? `. Renamed accounts could not be recognised: ${known.ignored}` : ''}`
  )
}

/** The same protection the connectors honour when revoking, so what apply never touches is
 *  never drift either. */
function protectedTest(decl: Declarations, platform: PlatformName): (account: string) => boolean {
  const configured = configuredInstance(decl.platforms, platform)
  const { isProtected } = descriptorOf(platform)
  return a => !!configured && isProtected(configured.settings, a)
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
  return `${what}${a.where ? ` ${a.where}` : ''}${creds.length ? ` with ${creds.join(', ')}` : ''}`
}

/** Active credentials of the kind the platform ages (AWS access keys) unused for its days, or
 *  never used and that old. */
function staleCredentials(
  a: ListedAccount,
  clock: Clock,
  where: Omit<Finding, 'kind' | 'severity' | 'detail'>
): Finding[] {
  return a.credentials.flatMap(c => {
    // lastUsed undefined: the platform does not say, so nothing can be concluded.
    const stale = clock.stale
    if (!stale || c.kind !== stale.kind || c.status !== 'active' || c.lastUsed === undefined)
      return []
    const since = c.lastUsed ?? c.created
    if (!since) return []
    const days = Math.floor((clock.now - Date.parse(since)) / DAY_MS)
    if (!(days >= stale.days)) return []
    // Keys listed from the credential report have no id: their creation date tells them apart.
    const why = c.lastUsed
      ? `${c.created ? `created ${c.created}, ` : ''}last used ${c.lastUsed}`
      : `never used since it was created on ${since}`
    return [
      finding(
        'stale_credential',
        { ...where, target: credentialText(c) },
        `${credentialText(c)} is active, ${why}, ${days} days ago (limit ${stale.days}): deactivate or rotate it`
      )
    ]
  })
}

/** A manual step still waiting: named by the person's declared account where there is one. */
function pendingFinding(decl: Declarations, { step, detail }: WaitingCheck): Finding {
  const person = decl.people.get(step.person)
  return finding(
    'manual_step_pending',
    {
      platform: step.platform,
      account: (person && declaredAccount(person, step.platform)) || step.person,
      person: step.person,
      target: step.target
    },
    `${step.target}: left to a human by apply on ${step.at.slice(0, 10)} (${step.action}); ${detail}`
  )
}

/** A leftover, with the person whose account it was put for when one declares it. */
function leftoverFinding(decl: Declarations, platform: PlatformName, l: Leftover): Finding {
  const folded = foldAccount(platform, l.account)
  const person = [...decl.people.values()].find(p => {
    const declared = declaredAccount(p, platform)
    return declared !== undefined && foldAccount(platform, declared) === folded
  })
  return finding(
    l.kind,
    { platform, account: l.account, ...(person ? { person: person.id } : {}), target: l.target },
    l.detail
  )
}

const credentialText = (c: ListedCredential) => `${c.kind} ${c.id}`
const grantText = (g: Grant) => `${g.kind} ${g.value}`
