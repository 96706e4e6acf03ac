// change x connectors -> Plan: for every departure, everything the person actually holds on
// every configured platform; for every reduction, the grants to remove. Guards first.
import { createHash } from 'node:crypto'
import { detectChange, type Change } from './change.js'
import type {
  Discovery,
  Identity,
  PlatformName,
  PlatformReader,
  Scope
} from './connectors/connector.js'
import type { Declarations, Person } from './declarations/types.js'
import { declaredAccount, grantKey, type Grant } from './grants.js'
import type { GuardRefusal, PersonPlan, Plan, PlatformSection } from './plan-types.js'

export interface PlanInput {
  base: { label: string; declarations: Declarations }
  head: { label: string; declarations: Declarations }
  /** Read-only connectors, one per configured platform. */
  readers: PlatformReader[]
  /** No credentials at all (pull requests from forks): plan from the declarations alone. */
  declaredOnly?: boolean
  now?: Date
}

export async function buildPlan(input: PlanInput): Promise<Plan> {
  const { base, head, readers } = input
  const change = detectChange(base.declarations, head.declarations)
  const refused = checkGuards(change, base.declarations)
  const plans: PersonPlan[] = refused
    ? change.departures.map(d => header(d.person, 'departure', departureWhy(d.how)))
    : await Promise.all([
        ...change.departures.map(d =>
          planPerson(
            d.person,
            header(d.person, 'departure', departureWhy(d.how)),
            { kind: 'departure' },
            readers,
            input.declaredOnly
          )
        ),
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
            input.declaredOnly
          )
        )
      ])
  const plan: Omit<Plan, 'hash'> = {
    base: base.label,
    head: head.label,
    createdAt: (input.now ?? new Date()).toISOString(),
    declaredOnly: input.declaredOnly ?? false,
    ...(refused ? { refused } : {}),
    people: plans,
    additions: change.additions
  }
  return { ...plan, hash: planHash(plan) }
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
      message: `refused: this change departs ${n === 1 ? 'one person' : `${n} people`} (${names}); policy.max_departures_per_change allows ${max}. Nothing is revoked. Split it into smaller pull requests, or raise the limit in platforms.yaml in a separate reviewed change first.`
    }
  const active = [...base.people.values()].filter(p => p.status === 'active').length
  if (n / active > ratio)
    return {
      guard: 'max_departure_ratio',
      message: `refused: this change departs ${n} of ${active} active people (${Math.round((100 * n) / active)}%: ${names}); policy.max_departure_ratio allows ${Math.round(ratio * 100)}%. Nothing is revoked. Split it into smaller pull requests, or raise the ratio in platforms.yaml in a separate reviewed change first.`
    }
  return undefined
}

function header(person: Person, kind: PersonPlan['kind'], why: string): PersonPlan {
  return { person: person.id, name: person.name, email: person.email, kind, why, platforms: [] }
}

const departureWhy = (how: 'deleted' | 'marked_departed') =>
  how === 'deleted' ? 'file deleted' : 'marked departed'

export function describeGrant(g: Grant): string {
  const what: Record<Grant['kind'], string> = {
    github_team: 'GitHub team',
    github_org_admin: 'GitHub org owner of',
    aws_group: 'IAM group',
    aws_policy: 'IAM policy',
    slack_usergroup: 'Slack user group',
    slack_channel: 'Slack channel',
    scim_app: 'account in'
  }
  return `${what[g.kind]} ${g.value}`
}

function identityFor(person: Person, platform: PlatformName): Identity {
  const account = declaredAccount(person, platform)
  return {
    person: person.id,
    name: person.name,
    email: person.email,
    ...(account ? { account } : {})
  }
}

async function planPerson(
  person: Person,
  plan: PersonPlan,
  scope: Scope,
  readers: PlatformReader[],
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
        ? declaredSection(person, reader.platform, platformScope)
        : liveSection(person, reader, platformScope)
    })
  )
  return { ...plan, platforms }
}

async function liveSection(
  person: Person,
  reader: PlatformReader,
  scope: Scope
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
    found = await reader.discover(identityFor(person, reader.platform), scope)
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
    steps,
    refused
  }
}

/** Without credentials, say what the declarations imply; nothing was looked up. */
function declaredSection(person: Person, platform: PlatformName, scope: Scope): PlatformSection {
  const account = declaredAccount(person, platform)
  const holdings =
    scope.kind === 'reduction'
      ? scope.remove.map(g => ({
          kind: 'declared_grant',
          id: grantKey(g),
          label: describeGrant(g)
        }))
      : account
        ? [{ kind: 'declared_account', id: account, label: `declared account ${account}` }]
        : []
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
      platforms: p.platforms.map(s => ({
        platform: s.platform,
        status: s.status,
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
