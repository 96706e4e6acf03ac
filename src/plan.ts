// change x connectors -> Plan: for every departure, everything the person actually holds on
// every configured platform; for every reduction, the grants to remove. Guards first.
import { createHash } from 'node:crypto'
import { detectChange, type Change, type Departure } from './change.js'
import type {
  Claims,
  Discovery,
  Identity,
  PlatformName,
  PlatformReader,
  Scope
} from './connectors/connector.js'
import { descriptorOf } from './connectors/registry.js'
import type { ClaimIndex } from './declarations/checks.js'
import type { Declarations, Person } from './declarations/types.js'
import {
  claimsOn,
  declaredAccount,
  declaredClaims,
  grantKey,
  personGrants,
  type Grant
} from './grants.js'
import { knownIdsOf, type KnownAccountIds } from './log/known-ids.js'
import type {
  GuardRefusal,
  PersonPlan,
  PersonRefusal,
  Plan,
  PlatformSection,
  RequestTimes
} from './plan-types.js'
import { DEFAULT_MAX_SWEEP } from './declarations/load.js'
import { dueBy } from './evidence/timing.js'
import { departureRefusal, trustedSettings } from './trust.js'

export interface PlanInput {
  /** With `claims` when the loader's checks indexed them (engine.ts Revision). */
  base: { label: string; declarations: Declarations; claims?: ClaimIndex }
  head: { label: string; declarations: Declarations }
  /** Read-only connectors, one per configured platform. */
  readers: PlatformReader[]
  /** No credentials at all (pull requests from forks): plan from the declarations alone. */
  declaredOnly?: boolean
  /** Account ids the revocation log at base records, for renamed accounts. */
  known?: KnownAccountIds
  /** When the change's departures were requested; absent, their time is not known yet. */
  requested?: RequestTimes
  now?: Date
}

/** What every discovery is told beyond the person: who declares which account (base and head
 *  alike), and the ids the log knows. Built once per plan. */
interface Lookups {
  /** Worked out on first use: a plan whose platforms are all without credentials looks
   *  nothing up, and in a tree of 100,000 people the claims take half a second. */
  claims: () => Claims
  known?: KnownAccountIds
  /** Base's declarations: what a declared-only departure lists as the person's grants. */
  base: Declarations
}

const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

export async function buildPlan(input: PlanInput): Promise<Plan> {
  const { base, head, readers } = input
  const [atBase, atHead] = [base.declarations.platforms, head.declarations.platforms]
  const trust = trustedSettings(atBase, atHead)
  const change = trustedChange(base.declarations, head.declarations, trust)
  const refused = checkGuards(change, base.declarations)
  const lookups: Lookups = {
    claims: once(() => declaredClaims([base.declarations, head.declarations], base.claims)),
    known: input.known,
    base: base.declarations
  }
  const revokeWithin = atBase.policy.revoke_within
  const departure = (d: Departure) => ({
    ...header(d.person, 'departure', departureWhy(d.how)),
    ...requestTiming(d, input.requested, revokeWithin)
  })
  // A refused change is still planned (read-only) so that reviewers see every step it would
  // have run; apply runs none of them.
  const plans: PersonPlan[] = await Promise.all([
    ...change.departures.map(d => {
      const plan = departure(d)
      const personRefused = departureRefusal(d.person, d.atHead, atBase, atHead)
      return personRefused
        ? { ...plan, refused: personRefused }
        : planPerson(d.person, plan, { kind: 'departure' }, readers, lookups, input.declaredOnly)
    }),
    ...change.reductions.map(r =>
      planPerson(
        r.person,
        {
          ...header(
            r.person,
            'reduction',
            `no longer granted: ${r.remove.map(describeGrant).join(', ')}`
          ),
          remove: r.remove
        },
        { kind: 'reduction', remove: r.remove },
        readers,
        lookups,
        input.declaredOnly
      )
    )
  ])
  planTogether(plans, readers)
  const plan: Omit<Plan, 'hash'> = {
    base: base.label,
    head: head.label,
    createdAt: (input.now ?? new Date()).toISOString(),
    declaredOnly: input.declaredOnly ?? false,
    revokeWithin,
    ...(refused ? { refused } : {}),
    afterMerge: trust.afterMerge,
    ...(input.known?.ignored ? { notices: [input.known.ignored] } : {}),
    people: plans,
    additions: change.additions
  }
  return { ...plan, hash: planHash(plan) }
}

/** A departed person a sweep finishes (src/sweep.ts): as declared at the default branch's
 *  commit, with what the log says of their departure. */
export interface SweepTarget {
  person: Person
  /** What the plan says of them: `departed: sweep of #17`. */
  why: string
  /** When their departure was requested, from its records. */
  requestedAt?: string
  /** Why nothing may be revoked for them (their departure was refused, their identity has
   *  changed since): then nothing is discovered, and apply logs it as failed. */
  refused?: PersonRefusal
}

export interface SweepPlanInput {
  /** The default branch's commit: declarations merged, so settings and protected lists are
   *  its own. */
  revision: { label: string; declarations: Declarations }
  readers: PlatformReader[]
  targets: SweepTarget[]
  known?: KnownAccountIds
  now?: Date
}

/** The plan of a sweep: each target planned as a departure is (the same discovery and steps,
 *  protected accounts and the last owner refused as always), then policy.max_sweep_per_run
 *  over the people it would revoke anything for. */
export async function buildSweepPlan(input: SweepPlanInput): Promise<Plan> {
  const { declarations, label } = input.revision
  const lookups: Lookups = {
    claims: once(() => declaredClaims([declarations])),
    known: input.known,
    base: declarations
  }
  const { policy } = declarations.platforms
  const people = await Promise.all(
    input.targets.map(t => {
      const departure: Departure = { person: t.person, how: 'marked_departed', atHead: t.person }
      const plan = {
        ...header(t.person, 'departure', t.why),
        ...requestTiming(departure, { at: t.requestedAt }, policy.revoke_within)
      }
      return t.refused
        ? { ...plan, refused: t.refused }
        : planPerson(t.person, plan, { kind: 'departure' }, input.readers, lookups)
    })
  )
  planTogether(people, input.readers)
  const refused = sweepGuard(people, policy.max_sweep_per_run ?? DEFAULT_MAX_SWEEP)
  const plan: Omit<Plan, 'hash'> = {
    base: label,
    head: label,
    createdAt: (input.now ?? new Date()).toISOString(),
    declaredOnly: false,
    revokeWithin: policy.revoke_within,
    ...(refused ? { refused } : {}),
    afterMerge: [],
    ...(input.known?.ignored ? { notices: [input.known.ignored] } : {}),
    people,
    additions: []
  }
  return { ...plan, hash: planHash(plan) }
}

/** A sweep may revoke for at most `max` people: more means something is wrong (a platform
 *  that lists the wrong accounts, a mass re-invitation) and wants a human first. People it
 *  finds nothing left for do not count. */
function sweepGuard(people: PersonPlan[], max: number): GuardRefusal | undefined {
  const swept = people.filter(p => p.platforms.some(s => s.steps.length > 0)).map(p => p.person)
  if (swept.length <= max) return undefined
  return {
    guard: 'max_sweep_per_run',
    message: `this sweep would revoke access of ${swept.length} departed people (${swept.join(', ')}); policy.max_sweep_per_run allows ${max}. Nothing is revoked. Check what the audit lists for them, then sweep them one at a time (offboard sweep --person ID), or raise the limit in platforms.yaml in a reviewed change first.`
  }
}

/** The change as the trusted settings see it: both revisions read with base's platforms
 *  (a renamed github.org is no reduction of its owners), and no reduction on a platform head
 *  stops managing (dropping a block is not revoking everyone's grants there). */
function trustedChange(
  base: Declarations,
  head: Declarations,
  trust: ReturnType<typeof trustedSettings>
): Change {
  const change = detectChange(
    { ...base, platforms: trust.platforms },
    { ...head, platforms: trust.platforms }
  )
  const reductions = change.reductions
    .map(r => ({ ...r, remove: r.remove.filter(g => !trust.droppedByHead.includes(g.platform)) }))
    .filter(r => r.remove.length > 0)
  return { ...change, reductions }
}

/** The guards of platforms.yaml `policy`, as base declares it: a change cannot loosen the
 *  rules it is judged by. */
function checkGuards(change: Change, base: Declarations): GuardRefusal | undefined {
  const { max_departures_per_change: max, max_departure_ratio: ratio } = base.platforms.policy
  const n = change.departures.length
  if (n === 0) return undefined
  const names = change.departures.map(d => d.person.id).join(', ')
  if (n > max)
    return {
      guard: 'max_departures_per_change',
      message: `this change departs ${n === 1 ? 'one person' : `${n} people`} (${names}); policy.max_departures_per_change allows ${max}. Nothing is revoked. Split it into smaller pull requests, or raise the limit in platforms.yaml in a separate reviewed change first.`
    }
  let active = 0
  for (const p of base.people.values()) if (p.status === 'active') active++
  if (n / active > ratio)
    return {
      guard: 'max_departure_ratio',
      message: `this change departs ${n} of ${active} active people (${Math.round((100 * n) / active)}%: ${names}); policy.max_departure_ratio allows ${Math.round(ratio * 100)}%. Nothing is revoked. Split it into smaller pull requests, or raise the ratio in platforms.yaml in a separate reviewed change first.`
    }
  return undefined
}

function header(person: Person, kind: PersonPlan['kind'], why: string): PersonPlan {
  return { person: person.id, name: person.name, email: person.email, kind, why, platforms: [] }
}

/** When a departure was requested and is due, as far as `requested` knows. */
function requestTiming(
  d: Departure,
  requested: RequestTimes | undefined,
  within: string
): Pick<PersonPlan, 'requestedAt' | 'dueBy'> {
  const given = requested?.dispatched?.[d.person.id] ?? requested?.at
  if (!given) return {}
  const at = new Date(given).toISOString()
  return { requestedAt: at, dueBy: dueBy(at, d.atHead?.departed_on, within) }
}

const departureWhy = (how: 'deleted' | 'marked_departed') =>
  how === 'deleted' ? 'file deleted' : 'marked departed'

/** `GitHub team backend`: the grant as its platform's descriptor names its kind. */
export const describeGrant = (g: Grant): string =>
  `${descriptorOf(g.platform).grantKinds[g.kind]} ${g.value}`

function identityFor(person: Person, platform: PlatformName, lookups: Lookups): Identity {
  const account = declaredAccount(person, platform)
  const knownIds = knownIdsOf(lookups.known, platform, person.id)
  return {
    person: person.id,
    name: person.name,
    email: person.email,
    ...(account ? { account } : {}),
    claims: claimsOn(lookups.claims(), platform),
    ...(knownIds.length ? { knownIds } : {})
  }
}

/** Each platform's sections of the whole change, handed to its planTogether (when it has
 *  one) and replaced by what it returns; then, under the final steps, its pacing note. */
function planTogether(plans: PersonPlan[], readers: PlatformReader[]): void {
  for (const reader of readers) {
    replanTogether(plans, reader)
    if (!reader.pacing) continue
    for (const section of plans.flatMap(p => p.platforms))
      if (section.platform === reader.platform) {
        const note = reader.pacing(section.steps)
        if (note) section.notes = [...section.notes, note]
      }
  }
}

function replanTogether(plans: PersonPlan[], reader: PlatformReader): void {
  if (!reader.planTogether) return
  const each = plans.flatMap(p =>
    p.platforms
      .filter(s => s.platform === reader.platform && s.status === 'checked')
      .map(section => ({ person: p, section }))
  )
  if (each.length < 2) return
  const replanned = reader.planTogether(
    each.map(({ person, section }) => ({
      found: {
        platform: section.platform,
        person: person.person,
        status: section.status as Discovery['status'],
        ...(section.account ? { account: section.account } : {}),
        holdings: section.holdings,
        notes: section.notes,
        ...(section.unread ? { unread: section.unread } : {})
      },
      scope: scopeOf(person, reader.platform),
      plan: { steps: section.steps, refused: section.refused }
    }))
  )
  each.forEach(({ section }, i) => {
    section.steps = replanned[i]!.steps
    section.refused = replanned[i]!.refused
  })
}

const scopeOf = (p: PersonPlan, platform: PlatformName): Scope =>
  p.kind === 'departure'
    ? { kind: 'departure' }
    : { kind: 'reduction', remove: (p.remove ?? []).filter(g => g.platform === platform) }

async function planPerson(
  person: Person,
  plan: PersonPlan,
  scope: Scope,
  readers: PlatformReader[],
  lookups: Lookups,
  declaredOnly = false
): Promise<PersonPlan> {
  const relevant =
    scope.kind === 'departure'
      ? readers
      : readers.filter(r => scope.remove.some(g => g.platform === r.platform))
  const platforms = await Promise.all(
    relevant.map(reader => {
      const platformScope: Scope =
        scope.kind === 'departure'
          ? scope
          : { kind: 'reduction', remove: scope.remove.filter(g => g.platform === reader.platform) }
      return declaredOnly
        ? declaredSection(person, reader.platform, platformScope, lookups.base)
        : liveSection(person, reader, platformScope, lookups)
    })
  )
  return { ...plan, platforms }
}

async function liveSection(
  person: Person,
  reader: PlatformReader,
  scope: Scope,
  lookups: Lookups
): Promise<PlatformSection> {
  const empty = { holdings: [], notes: [], steps: [], refused: [] }
  if (reader.unavailable)
    return {
      platform: reader.platform,
      status: 'not_checked',
      reason: reader.unavailable,
      ...empty
    }
  let found: Discovery
  try {
    found = await reader.discover(identityFor(person, reader.platform, lookups), scope)
  } catch (err) {
    return {
      platform: reader.platform,
      status: 'not_checked',
      reason: `discovery failed: ${(err as Error).message}`,
      ...empty
    }
  }
  const { steps, refused } =
    found.status === 'checked' ? reader.planSteps(found, scope) : { steps: [], refused: [] }
  return {
    platform: reader.platform,
    status: found.status,
    ...(found.reason ? { reason: found.reason } : {}),
    ...(found.account ? { account: found.account } : {}),
    holdings: found.holdings,
    notes: found.notes,
    ...(found.unread?.length ? { unread: found.unread } : {}),
    steps,
    refused
  }
}

/** Without credentials, say what the declarations imply: for a departure the declared account
 *  and every grant of the person's roles there, for a reduction the grants removed. Nothing
 *  was looked up. */
function declaredSection(
  person: Person,
  platform: PlatformName,
  scope: Scope,
  base: Declarations
): PlatformSection {
  const account = declaredAccount(person, platform)
  const grants =
    scope.kind === 'reduction'
      ? scope.remove
      : personGrants(person, base).filter(g => g.platform === platform)
  const holdings = [
    ...(scope.kind === 'departure' && account
      ? [{ kind: 'declared_account', id: account, label: `declared account ${account}` }]
      : []),
    ...grants.map(g => ({ kind: 'declared_grant', id: grantKey(g), label: describeGrant(g) }))
  ]
  return {
    platform,
    status: 'declared_only',
    reason: 'declared only: no credentials were used, so live access was not discovered',
    holdings,
    notes: [],
    steps: [],
    refused: []
  }
}

/** A stable hash of what the plan does (no timestamps, no commit ids), so the plan a reviewer
 *  approved can be compared with the one applied after merge. */
function planHash(plan: Omit<Plan, 'hash'>): string {
  // Objects are built here with a fixed key order, so JSON.stringify is deterministic.
  const content = {
    refused: plan.refused?.guard ?? null,
    people: plan.people.map(p => ({
      person: p.person,
      kind: p.kind,
      ...(p.refused ? { refused: p.refused.rule } : {}),
      platforms: p.platforms.map(s => ({
        platform: s.platform,
        status: s.status,
        // A plan that could not read something is not the plan that read it all (and a plan
        // that read everything hashes as before `unread` existed).
        ...(s.unread?.length ? { unread: s.unread.map(u => u.what) } : {}),
        steps: s.steps.map(st => ({
          id: st.id,
          action: st.action,
          target: st.target,
          mode: st.mode,
          after: [...st.after].sort()
        })),
        refused: s.refused.map(r => ({ target: r.target, reason: r.reason }))
      }))
    })),
    additions: plan.additions.map(a => ({
      person: a.person.id,
      how: a.how,
      add: a.add.map(grantKey).sort()
    }))
  }
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}
