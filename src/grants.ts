// One vocabulary for "what access means" on each platform, shared by change detection
// (reductions), the plan (what a connector must remove) and the audit (expected vs actual):
// each platform's descriptor (connectors/registry.ts) says what its declarations mean.
import type { AccountClaims, Claims } from './connectors/connector.js'
import type { ClaimIndex } from './declarations/checks.js'
import type { DeclaredAccount, PlatformDescriptor } from './connectors/descriptor.js'
import { descriptorOf, platformDescriptors, settingsOf } from './connectors/registry.js'
import type { Declarations, Person, Role } from './declarations/types.js'

/** One of the kinds a platform's descriptor declares (`grantKinds`): `github_team`, ... */
export type GrantKind = string

export interface Grant {
  platform: PlatformName
  kind: GrantKind
  value: string
}

/** An instance of a registered platform: its key (`github`), or `<key>:<name>` for a platform
 *  with several instances (`scim:jira`). */
export type PlatformName = string

/** Stable string form, usable as a Set/Map key; values compare as their platform compares
 *  them (GitHub slugs ignore case). */
export function grantKey(g: Grant): string {
  const fold = descriptorOf(g.platform).foldGrantValue
  return `${g.platform}|${g.kind}|${fold ? fold(g.value) : g.value}`
}

/** Whether two grants are the same, as grantKey compares them, without making their keys: the
 *  audit asks for every grant of every listed account. */
export function sameGrant(a: Grant, b: Grant): boolean {
  if (a.kind !== b.kind || a.platform !== b.platform) return false
  if (a.value === b.value) return true
  const fold = descriptorOf(a.platform).foldGrantValue
  return !!fold && fold(a.value) === fold(b.value)
}

/** What a person's `accounts.<key>` holds for one platform. */
const accountsOn = (person: Person, platform: PlatformDescriptor): unknown =>
  (person.accounts as Record<string, unknown>)[platform.key]

/** An account a person declares, with its platform and its name as the platform folds it. */
export type PersonAccount = DeclaredAccount & { platform: PlatformDescriptor; folded: string }

// A loaded person is plain data nothing changes, and a change's two revisions share the people
// it leaves alone: each person's accounts are worked out once (the cross-file checks of both
// revisions and the plan's claims all ask, 100,000 times in a large tree).
const accountsOf = new WeakMap<Person, readonly PersonAccount[]>()

/** Every account a person declares, on every platform, in registry order. */
export function declaredAccounts(person: Person): readonly PersonAccount[] {
  let accounts = accountsOf.get(person)
  if (!accounts) {
    const found: PersonAccount[] = []
    for (const platform of platformDescriptors()) {
      const entry = accountsOn(person, platform)
      if (entry === undefined) continue
      // Written out, not spread: a spread of objects of several shapes gives each result a
      // hidden class of its own, which costs memory and slows every read of it.
      for (const { instance, account, path } of platform.declaredAccounts(entry))
        found.push({ instance, account, path, platform, folded: platform.foldAccount(account) })
    }
    // Cut to its length: a list grown by push keeps room for a dozen more.
    accountsOf.set(person, (accounts = found.slice()))
  }
  return accounts
}

/** The account a person declares on `platform` (`accounts.scim.<app>` for `scim:<app>`): on
 *  that instance, else on every instance of its platform (`accounts.aws` for `aws:<id>`). */
export function declaredAccount(person: Person, platform: PlatformName): string | undefined {
  return declaredOn(person, platform)?.account
}

/** declaredAccount with its name as the platform folds it. */
export function declaredOn(person: Person, platform: PlatformName): PersonAccount | undefined {
  const key = descriptorOf(platform).key
  let onEvery: PersonAccount | undefined
  for (const a of declaredAccounts(person)) {
    if (a.instance === platform) return a
    if (a.instance === key) onEvery ??= a
  }
  return onEvery
}

/** Where a person declares their account on `platform`, for messages: `accounts.github`,
 *  `accounts.scim.jira`. */
export function accountsKey(platform: PlatformName): string {
  const descriptor = descriptorOf(platform)
  return ['accounts', descriptor.key, ...descriptor.accountPath(platform)].join('.')
}

/** An account name as its platform compares names: GitHub logins, IAM user names and SCIM
 *  userNames without regard to case, Slack member ids exactly. */
export const foldAccount = (platform: PlatformName, account: string): string =>
  descriptorOf(platform).foldAccount(account)

/** Every account the people of `revisions` declare, per platform: folded name -> person ids.
 *  A claim in any revision counts, so a claim can only ever stop a lookup, never aim one.
 *  `checked`: the first revision's claims as its cross-file checks indexed them (ClaimIndex,
 *  a clean revision's, every claim on each configured instance it reaches): then only the
 *  people the other revisions hold differently are gone through, not 100,000 again. */
export function declaredClaims(
  revisions: Pick<Declarations, 'people'>[],
  checked?: ClaimIndex
): Claims {
  const claims = new Map<PlatformName, Map<string, string[]>>()
  // Revisions loaded through one cache share the people their change leaves alone: a person
  // an earlier revision holds (under their id, as every revision does) is counted there.
  revisions.forEach((decl, i) => {
    if (i === 0 && checked) return
    const earlier = revisions.slice(0, i)
    for (const p of decl.people.values()) {
      if (earlier.some(r => r.people.get(p.id) === p)) continue
      for (const { instance, folded: key } of declaredAccounts(p)) {
        let platformClaims = claims.get(instance)
        if (!platformClaims) claims.set(instance, (platformClaims = new Map()))
        // Built here and only read after: added to in place, not copied for every claim.
        const people = platformClaims.get(key)
        if (!people) platformClaims.set(key, [p.id])
        else if (!people.includes(p.id)) people.push(p.id)
      }
    }
  })
  if (!checked) return claims
  return {
    get(instance) {
      const indexed = checked.get(instance)
      return indexed ? merged(idsOf(indexed), claims.get(instance)) : claims.get(instance)
    }
  }
}

/** A ClaimIndex's claims on one instance as AccountClaims. */
const idsOf = (indexed: ReadonlyMap<string, Person>): AccountClaims => ({
  get: account => {
    const person = indexed.get(account)
    return person && [person.id]
  },
  *[Symbol.iterator]() {
    for (const [account, person] of indexed) yield [account, [person.id]] as const
  }
})

/** The claims of `a` and of `b`, read through: nothing is copied. */
function merged(a: AccountClaims, b: AccountClaims | undefined): AccountClaims {
  if (!b) return a
  return {
    get: account => union(a.get(account), b.get(account)),
    *[Symbol.iterator]() {
      for (const [account, ids] of a) yield [account, union(ids, b.get(account))!] as const
      for (const entry of b) if (!a.get(entry[0])) yield entry
    }
  }
}

/** The ids of `a` and `b`, once each. */
function union(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined
): readonly string[] | undefined {
  if (!a || !b) return a ?? b
  return [...new Set([...a, ...b])]
}

/** Who declares which account on `instance`: the claims on it, and those on every instance of
 *  its platform (DeclaredAccount with the platform's key). */
export function claimsOn(claims: Claims | undefined, instance: PlatformName): AccountClaims {
  const own = claims?.get(instance)
  const key = descriptorOf(instance).key
  const every = key === instance ? undefined : claims?.get(key)
  return own ? merged(own, every) : (every ?? new Map())
}

/** Every grant one role gives. */
export function roleGrants(role: Role, decl: Pick<Declarations, 'platforms'>): Grant[] {
  return platformDescriptors().flatMap(platform => {
    const grants = (role.grants as Record<string, unknown>)[platform.key]
    return grants === undefined
      ? []
      : platform.roleGrants(grants, settingsOf(decl.platforms, platform))
  })
}

/** Every grant a person's roles give, de-duplicated (roles that do not exist are ignored). */
export function personGrants(
  person: Person,
  decl: Pick<Declarations, 'platforms' | 'roles'>
): Grant[] {
  return grantUnion(
    person.roles.flatMap(id => {
      const role = decl.roles.get(id)
      return role ? [roleGrants(role, decl)] : []
    })
  )
}

/** The grants of several lists, each once (as grantKey compares them). */
function grantUnion(lists: readonly (readonly Grant[])[]): Grant[] {
  const byKey = new Map<string, Grant>()
  for (const grants of lists) for (const g of grants) byKey.set(grantKey(g), g)
  return [...byKey.values()]
}

const NO_GRANTS: readonly Grant[] = Object.freeze([])

/** personGrants on one platform, for asking about many people: worked out once a role, and
 *  people given grants there by the same roles share one list instead of each getting a copy
 *  (80,000 people would otherwise hold 80,000 lists). */
export function platformGrants(
  decl: Pick<Declarations, 'platforms' | 'roles'>,
  platform: PlatformName
): (person: Person) => readonly Grant[] {
  const byRole = new Map<Role, readonly Grant[]>()
  const ofRole = (role: Role) => {
    let grants = byRole.get(role)
    if (!grants) {
      const own = roleGrants(role, decl).filter(g => g.platform === platform)
      byRole.set(role, (grants = own.length ? own : NO_GRANTS))
    }
    return grants
  }
  const byRoles = new Map<string, readonly Grant[]>()
  return person => {
    // Most people hold one role a platform: theirs is that role's list, found without a list
    // of their own.
    let first: Role | undefined
    let giving: Role[] | undefined
    for (const id of person.roles) {
      const role = decl.roles.get(id)
      if (!role || !ofRole(role).length) continue
      if (!first) first = role
      else (giving ??= [first]).push(role)
    }
    if (!giving) return first ? ofRole(first) : NO_GRANTS
    const key = giving.map(r => r.id).join('\n')
    let grants = byRoles.get(key)
    if (!grants) byRoles.set(key, (grants = grantUnion(giving.map(ofRole))))
    return grants
  }
}
