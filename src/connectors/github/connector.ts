// The GitHub connector: discovers what a login holds in each organization and in the enterprise
// (read-only), plans its revocation, performs single steps, lists the organizations and the
// enterprise for audits, and reads back the steps apply left to a human. Each organization has
// its own client (its own installation token) and is read at the same time as the others; the
// enterprise comes after every organization. With one organization and no enterprise this is
// exactly the one organization's connector. This file composes the reader and the writer from
// client.ts, discover.ts, plan.ts, list.ts, perform.ts, waiting.ts and enterprise.ts.
import { needsAHuman } from '../../graph.js'
import type { GithubConfig } from '../../declarations/types.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Grant,
  Holding,
  Identity,
  Inventory,
  Outcome,
  PlatformPlan,
  PlatformReader,
  Scope,
  Step,
  WaitingCheck,
  WaitingStep
} from '../connector.js'
import { discovery, inventory } from '../shared/results.js'
import {
  connectGithub,
  type GithubConnection,
  type GithubConnectorOptions,
  type OrgConnection
} from './client.js'
import { withHint } from './answers.js'
import { discover } from './discover.js'
import {
  discoverEnterprise,
  enterpriseName,
  enterpriseWaiting,
  listEnterprise,
  performEnterprise,
  planEnterprise
} from './enterprise.js'
import { list } from './list.js'
import { perform } from './perform.js'
import {
  GH,
  isLastOwner,
  isProtected,
  pacingNote,
  planGithubSteps,
  protectedReason,
  sameLogin
} from './plan.js'
import { manyOrgs, orgsOf, teamRef, teamValue } from './settings.js'
import { deployKeysWaiting } from './waiting.js'

export type { GithubConnectorOptions }

export function createGithubConnector(options: GithubConnectorOptions = {}): ConnectorFactory {
  return {
    reader: ctx => reader(connectGithub(ctx, true, options), options),
    writer: ctx => {
      const connected = connectGithub(ctx, false, options)
      return {
        ...reader(connected, options),
        perform: async step => performStep(connected, ctx.claims, step)
      }
    }
  }
}

/** One organization and no enterprise: the organization's connector as it always was. */
const alone = (c: GithubConnection): OrgConnection | undefined =>
  c.config && c.orgs.length === 1 && c.config.enterprise === undefined ? c.orgs[0] : undefined

function reader(c: GithubConnection, options: GithubConnectorOptions): PlatformReader {
  const notChecked = (person: string, reason: string): Discovery => ({
    ...discovery('github', person),
    status: 'not_checked',
    reason
  })
  return {
    platform: 'github',
    unavailable: c.unavailable,
    discover: async (who, scope) => {
      if (c.unavailable !== undefined) return notChecked(who.person, c.unavailable)
      const one = alone(c)
      if (one?.github) return discover(one.github, who, scope)
      return discoverAll(c, who, scope)
    },
    planSteps: (found, scope) => (c.config ? planAll(c.config, found, scope) : empty()),
    planTogether: each => (c.config ? keepAnOwner(c.config, each) : each.map(e => e.plan)),
    pacing: steps => pacingNote(steps, options.paceWrites !== false),
    list: async declared =>
      c.unavailable !== undefined
        ? { ...inventory('github'), status: 'not_checked', reason: c.unavailable }
        : listAll(c, declared),
    stillWaiting: steps => waitingAll(c, steps)
  }
}

const empty = (): PlatformPlan => ({ steps: [], refused: [] })

/** The part of a reduction that concerns one organization: its teams (as bare slugs) and its
 *  owner role. */
function scopeIn(config: GithubConfig, scope: Scope, org: string): Scope {
  if (scope.kind === 'departure' || !manyOrgs(config)) return scope
  const remove = scope.remove.flatMap((g): Grant[] => {
    if (g.platform !== 'github') return []
    if (g.kind === 'github_team') {
      const team = teamRef(g.value, config)
      return team.org === org ? [{ ...g, value: team.slug }] : []
    }
    return g.kind === 'github_org_admin' && !sameLogin(g.value, org) ? [] : [g]
  })
  return { kind: 'reduction', remove }
}

/** Every organization at once, then (departures) the enterprise. An organization that could
 *  not be read is an unread record: what the others hold is still planned, and apply fails. */
async function discoverAll(c: GithubConnection, who: Identity, scope: Scope): Promise<Discovery> {
  const config = c.config!
  const many = manyOrgs(config)
  const tag = (org: string, text: string) => (many ? `${org}: ${text}` : text)
  const parts = await Promise.all(
    c.orgs.map(async o => ({
      org: o.org,
      found: o.github
        ? await discover(o.github, who, scopeIn(config, scope, o.org))
        : {
            ...discovery('github', who.person),
            status: 'not_checked' as const,
            reason: o.unavailable
          }
    }))
  )
  const out = discovery('github', who.person)
  const unread = (out.unread = [] as NonNullable<Discovery['unread']>)
  const nothing: string[] = []
  for (const { org, found } of parts) {
    out.account ??= found.account
    out.notes.push(...found.notes.map(n => tag(org, n)))
    if (found.status === 'not_checked') {
      unread.push({ what: orgUnread(who.person, org), error: found.reason ?? '' })
      continue
    }
    if (found.status === 'no_account' && found.reason) nothing.push(tag(org, found.reason))
    out.holdings.push(
      ...found.holdings.map(h => ({
        ...h,
        label: tag(org, h.label),
        details: { ...h.details, org }
      }))
    )
    unread.push(...(found.unread ?? []).map(u => ({ ...u, what: tag(org, u.what) })))
  }
  if (parts.every(p => p.found.status === 'not_checked'))
    return { ...out, status: 'not_checked', reason: unread.map(u => u.error).join('; ') }

  const e = c.enterprise
  if (scope.kind === 'departure' && e && config.enterprise !== undefined) {
    if (e.github) await discoverEnterprise(e.github, out.account?.display, who.email, out)
    else unread.push({ what: enterpriseName({ slug: config.enterprise }), error: e.unavailable })
  }
  if (!unread.length) delete out.unread
  if (out.holdings.length === 0 && !unread.length)
    return { ...out, status: 'no_account', reason: nothing.join('; ') || 'nothing held' }
  return out
}

/** How an organization that could not be read is listed in a discovery's `unread`. */
const orgUnread = (person: string, org: string) => `what ${person} holds in ${org}`

type Together = Parameters<NonNullable<PlatformReader['planTogether']>>[0]

/** Owners leaving an organization in one change (removed or demoted), seen together: when
 *  they are all of its owners, as counted by discovery, the last of them in the change stays
 *  an owner, refused as the last owner, with their credentials still revoked. Each plan alone
 *  could not see it; apply also counts the owners again, live, before each owner change. */
function keepAnOwner(config: GithubConfig, each: Together): PlatformPlan[] {
  const orgOf = (h: Holding) => String(h.details?.org ?? orgsOf(config)[0])
  const leaving = new Map<string, { owners: number; who: number[] }>()
  each.forEach(({ found, plan }, i) => {
    for (const s of plan.steps) {
      const owner =
        s.action === 'demote_org_admin' ||
        (s.action === 'remove_org_membership' && s.params.role === 'admin')
      const org = String(s.params.org)
      const m = found.holdings.find(h => h.kind === GH.membership && orgOf(h) === org)
      if (!owner || typeof m?.details?.owners !== 'number') continue
      const entry = leaving.get(org) ?? { owners: m.details.owners, who: [] }
      entry.who.push(i)
      leaving.set(org, entry)
    }
  })
  const kept = new Map<number, Map<string, string>>()
  for (const [org, { owners, who }] of leaving) {
    if (who.length < owners) continue
    const logins = who.map(i => each[i]!.found.account?.display ?? each[i]!.found.person)
    for (const i of who.slice(owners - 1 - who.length))
      (kept.get(i) ?? kept.set(i, new Map()).get(i)!).set(org, logins.join(', '))
  }
  return each.map(({ found, scope, plan }, i) => {
    const orgs = kept.get(i)
    if (!orgs) return plan
    const holdings = found.holdings.map((h): Holding => {
      const together = h.kind === GH.membership ? orgs.get(orgOf(h)) : undefined
      return together
        ? { ...h, details: { ...h.details, owners: 1, leaving_together: together } }
        : h
    })
    return planAll(config, { ...found, holdings }, scope)
  })
}

/** Each organization's steps, then the enterprise's after all of them. */
function planAll(config: GithubConfig, found: Discovery, scope: Scope): PlatformPlan {
  if (orgsOf(config).length === 1 && config.enterprise === undefined)
    return planGithubSteps(found, scope, config)
  if (found.status !== 'checked') return empty()
  const deprovisioned = found.holdings.some(h => h.kind === GH.scimUser)
  const inOrg = (org: string) => found.holdings.filter(h => h.details?.org === org)
  const plans = orgsOf(config).map(org =>
    planGithubSteps(
      { ...found, holdings: inOrg(org) },
      scopeIn(config, scope, org),
      config,
      org,
      deprovisioned
    )
  )
  const steps = plans.flatMap(p => p.steps)
  const refused = plans.flatMap(p => p.refused)
  if (scope.kind !== 'departure' || config.enterprise === undefined) return { steps, refused }
  const lastOwnerOf = orgsOf(config).filter(org => inOrg(org).some(isLastOwner))
  // Unread, or an owner whose organization's owners were not counted: perform recounts an
  // organization's owners before its own writes, but nothing recounts them for the enterprise.
  const ownersUnknown = orgsOf(config).filter(
    org =>
      found.unread?.some(u => u.what === orgUnread(found.person, org)) ||
      inOrg(org).some(
        h =>
          h.kind === GH.membership &&
          h.details?.role === 'admin' &&
          typeof h.details.owners !== 'number'
      )
  )
  const ent = planEnterprise(
    found.holdings.filter(h => h.details?.enterprise !== undefined),
    found.person,
    found.account?.display,
    config.enterprise,
    config,
    steps.map(s => s.id),
    lastOwnerOf,
    ownersUnknown
  )
  return { steps: [...steps, ...ent.steps], refused: [...refused, ...ent.refused] }
}

async function performStep(
  c: GithubConnection,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  const failed = (detail: string): Outcome => ({ result: 'failed', detail })
  if (c.unavailable !== undefined && !c.config) return failed(c.unavailable)
  if (step.params.enterprise !== undefined) {
    const e = c.enterprise
    if (!e || step.params.enterprise !== c.config?.enterprise)
      return failed(
        `github: ${enterpriseName({ slug: String(step.params.enterprise) })} is not github.enterprise in platforms.yaml: re-plan`
      )
    if (step.mode === 'manual') return { result: 'skipped', detail: needsAHuman(step) }
    const login = String(step.params.login ?? '')
    if (isProtected(c.config!, login)) return { result: 'skipped', detail: protectedReason(login) }
    return e.github ? performEnterprise(e.github, step) : failed(e.unavailable)
  }
  // Steps of plans made before github.orgs carry their organization too.
  const org = c.orgs.find(o => sameLogin(o.org, String(step.params.org ?? '')))
  if (!org)
    return failed(
      `github: ${String(step.params.org)} is not an organization of github.org or github.orgs in platforms.yaml: re-plan`
    )
  return org.github ? perform(org.github, claims, step) : failed(org.unavailable)
}

/** Every organization's accounts and the enterprise's members; one that could not be listed
 *  keeps the whole platform from counting as checked. */
async function listAll(c: GithubConnection, declared: Grant[]): Promise<Inventory> {
  const one = alone(c)
  if (one?.github) return list(one.github, declared)
  const config = c.config!
  const many = manyOrgs(config)
  const lists = await Promise.all([
    ...c.orgs.map(async (o): Promise<Inventory> => {
      if (!o.github) return { ...inventory('github'), status: 'not_checked', reason: o.unavailable }
      const mine = declared.flatMap((g): Grant[] => {
        if (g.kind !== 'github_team') return [g]
        const team = teamRef(g.value, config)
        return team.org === o.org ? [{ ...g, value: team.slug }] : []
      })
      const inv = await list(o.github, mine, {
        where: many ? `in ${o.org}` : undefined,
        team: slug => teamValue(o.org, slug, config)
      })
      return { ...inv, notes: inv.notes.map(n => (many ? `${o.org}: ${n}` : n)) }
    }),
    ...(c.enterprise ? [listEnterpriseInventory(c)] : [])
  ])
  const failed = lists.filter(l => l.status === 'not_checked')
  return {
    ...inventory('github'),
    ...(failed.length
      ? { status: 'not_checked', reason: failed.map(l => l.reason).join('; ') }
      : {}),
    accounts: lists.flatMap(l => l.accounts),
    requests: lists.reduce((n, l) => n + l.requests, 0),
    notes: lists.flatMap(l => l.notes)
  }
}

async function listEnterpriseInventory(c: GithubConnection): Promise<Inventory> {
  const e = c.enterprise!
  const name = enterpriseName({ slug: c.config!.enterprise! })
  if (!e.github) return { ...inventory('github'), status: 'not_checked', reason: e.unavailable }
  const before = e.github.octokit.stats.requests
  try {
    const accounts = await listEnterprise(e.github)
    return { ...inventory('github'), accounts, requests: e.github.octokit.stats.requests - before }
  } catch (error) {
    return {
      ...inventory('github'),
      status: 'not_checked',
      reason: `could not list the members of ${name} on GitHub: ${withHint(error)}`,
      requests: e.github.octokit.stats.requests - before
    }
  }
}

/** The steps apply left to a human, read back where they are: deploy keys in their
 *  organization, enterprise removals in the enterprise. */
async function waitingAll(c: GithubConnection, steps: WaitingStep[]): Promise<WaitingCheck[]> {
  const config = c.config
  const pendingAll = (list: WaitingStep[], detail: string | undefined) =>
    list.map(step => ({ step, pending: true, detail: detail ?? 'not configured' }))
  if (!config) return pendingAll(steps, c.unavailable)
  const ent = steps.filter(s => s.action === 'remove_enterprise_member')
  const keys = steps.filter(s => s.action !== 'remove_enterprise_member')
  const many = manyOrgs(config)
  const checks = await Promise.all([
    ...c.orgs.map(async o => {
      const prefix = `${o.org}: `
      const mine = many ? keys.filter(s => s.target.startsWith(prefix)) : keys
      if (!mine.length) return []
      if (!o.github) return pendingAll(mine, o.unavailable)
      const bare = mine.map(s => ({
        ...s,
        target: many ? s.target.slice(prefix.length) : s.target
      }))
      const read = await deployKeysWaiting(o.github.octokit, o.org, bare)
      return read.map((r, i) => ({ ...r, step: mine[i] }))
    }),
    ent.length === 0
      ? Promise.resolve([])
      : c.enterprise?.github
        ? enterpriseWaiting(c.enterprise.github, ent)
        : Promise.resolve(pendingAll(ent, c.enterprise?.unavailable))
  ])
  const read = checks.flat()
  // A step naming no organization of base's (renamed since): checked by hand.
  const unknown = keys.filter(s => !read.some(r => r.step === s))
  return [
    ...read,
    ...unknown.map(step => ({
      step,
      pending: true,
      detail: 'not in an organization of github.orgs: check it by hand'
    }))
  ]
}
