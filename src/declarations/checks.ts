// Rules that need more than one file: ids match file names, roles exist, no account is
// claimed twice, departing people hold no protected account, the platform instances accounts
// and grants name are configured, and what each platform's descriptor checks of its block
// (alone, and against the people).
import type { Instance, PlatformDescriptor } from '../connectors/descriptor.js'
import { instancesNamed, platformDescriptors, settingsOf } from '../connectors/registry.js'
import { declaredAccounts, type PersonAccount, type PlatformName } from '../grants.js'
import { didYouMean } from './suggest.js'
import type { Declarations, Diagnostic, Person } from './types.js'
import type { ParsedYaml, YamlPath } from './yaml.js'

/** Who claims what on each instance (`email` for emails): the folded name and its claimant. */
export type ClaimIndex = Map<string, Map<string, Person>>

/** A revision whose checks found nothing, and its claims: a revision that differs from it in a
 *  few people is checked against it, those people alone (checkAcrossFiles). */
export interface CleanRevision {
  decl: Declarations
  claims: ClaimIndex
}

/** The cross-file problems of `decl`, and the revision to check the next one against when
 *  there are none. With `since` (a clean revision under the same platforms.yaml and with every
 *  one of its roles still there), only the people who differ from it are checked, with those
 *  unchanged who claim what they claim: unchanged people had no problem there, and nothing
 *  else they are checked against has changed. */
export function checkAcrossFiles(
  decl: Declarations,
  docs: ParsedYaml[],
  since?: CleanRevision
): { diagnostics: Diagnostic[]; clean?: CleanRevision } {
  const byFile = new Map(docs.map(d => [d.file, d]))
  const out: Diagnostic[] = []
  const report = (file: string, path: YamlPath, message: string, key = false) => {
    const doc = byFile.get(file)
    const pos = doc ? doc.locate(path, { key }) : { line: 1, column: 1 }
    out.push({ file, ...pos, message })
  }
  const where = (file: string, path: YamlPath) => {
    const pos = byFile.get(file)?.locate(path) ?? { line: 1, column: 1 }
    return `${file}:${pos.line}`
  }
  const { platforms } = decl
  const incremental =
    since !== undefined &&
    since.decl.platforms === platforms &&
    [...since.decl.roles.keys()].every(id => decl.roles.has(id))
  // The people to check: all of them, or those who differ from `since`.
  const changed = incremental
    ? [...decl.people.values()].filter(p => since.decl.people.get(p.id) !== p)
    : [...decl.people.values()]

  for (const item of [...changed, ...decl.roles.values()]) {
    const name = item.at.file.slice(item.at.file.lastIndexOf('/') + 1)
    const fileId = name.endsWith('.yaml') ? name.slice(0, -'.yaml'.length) : name
    if (item.id !== fileId)
      report(
        item.at.file,
        ['id'],
        `id "${item.id}" differs from the file name: set id: ${fileId}, or rename the file to ${item.id}.yaml`
      )
  }

  const descriptors = platformDescriptors()
  const settings = new Map(descriptors.map(d => [d, settingsOf(platforms, d)]))
  const inPlatforms = (path: YamlPath, message: string) => report(platforms.at.file, path, message)
  for (const d of descriptors) {
    d.checkSettings?.(settings.get(d), inPlatforms)
    d.checkPeople?.(settings.get(d), decl.people, inPlatforms)
  }
  /** Naming an instance platforms.yaml does not configure. */
  const unconfigured = (
    d: PlatformDescriptor,
    instance: string,
    field: string,
    remedy: string
  ): string =>
    d.unconfigured?.(instance, settings.get(d), remedy) ??
    `${field}.${d.key} is set but platforms.yaml has no ${d.key} block: add one, or ${remedy}`
  // Every person and role names the same few instances: each is looked up once.
  const namedInstances = new Map<PlatformName, Instance[]>()
  const configuredAs = (name: PlatformName): Instance[] => {
    let found = namedInstances.get(name)
    if (!found) namedInstances.set(name, (found = instancesNamed(platforms, name)))
    return found
  }

  /** What a claim is: the email, or a declared account; its path is built only to report it. */
  type Claimed = { person: Person; account?: PersonAccount }
  const pathOf = ({ account }: Claimed): YamlPath =>
    account ? ['accounts', account.platform.key, ...account.path] : ['email']
  const labelOf = ({ person, account }: Claimed): string =>
    account
      ? `${account.platform.accountLabel(account.instance)} ${account.account}`
      : `email ${person.email}`
  // Every account names one of a few instances: what it claims on is worked out once each.
  const claimedOn = new Map<PlatformName, string[]>()
  const onNames = (instance: PlatformName): string[] => {
    let names = claimedOn.get(instance)
    if (!names) {
      const configured = configuredAs(instance)
      claimedOn.set(
        instance,
        (names = configured.length ? configured.map(i => i.name) : [instance])
      )
    }
    return names
  }
  /** Calls `visit` with each claim a person makes, on what (`email`, or an instance) and the
   *  folded name, until it returns false. A bare key (`aws`) claims the account on each of its
   *  instances (`aws:<id>`). Nothing is allocated per claim: there are a few hundred thousand. */
  const claimsOf = (
    person: Person,
    visit: (on: string, name: string, person: Person, account?: PersonAccount) => boolean
  ) => {
    visit('email', person.email.toLowerCase(), person)
    for (const account of declaredAccounts(person))
      for (const on of onNames(account.instance))
        if (!visit(on, account.folded, person, account)) break
  }
  /** The claim a person makes of `name` on `on`, for a message. */
  const claimOf = (person: Person, on: string, name: string): Claimed => ({
    person,
    account:
      on === 'email'
        ? undefined
        : declaredAccounts(person).find(a => a.folded === name && onNames(a.instance).includes(on))
  })
  /** Claims by what they are on, then by the folded name: keys looked up as they are, never
   *  joined into new strings. */
  const claims: ClaimIndex = new Map()
  const claimsOn = (on: string) => {
    let named = claims.get(on)
    if (!named) claims.set(on, (named = new Map()))
    return named
  }
  // Returns whether the claim is the first: a conflict is reported once.
  const claim = (on: string, name: string, person: Person, account?: PersonAccount) => {
    const named = claimsOn(on)
    const first = named.get(name)
    if (first) {
      const claimed = { person, account }
      const before = claimOf(first, on, name)
      report(
        person.at.file,
        pathOf(claimed),
        `${labelOf(claimed)} is already claimed by ${first.id} (${where(first.at.file, pathOf(before))}): an account belongs to one person, remove one of the claims`
      )
    } else named.set(name, person)
    return !first
  }

  // Checked against `since`, the people who differ from it can conflict only with each other
  // and with the unchanged people who claim the same: those are claimed again with them.
  let claimants = changed
  if (incremental) {
    const more = new Set(changed)
    for (const person of changed)
      claimsOf(person, (on, name) => {
        const holder = since.claims.get(on)?.get(name)
        if (holder && decl.people.get(holder.id) === holder) more.add(holder)
        return true
      })
    claimants = [...more]
  }
  // Nearly every tree claims nothing twice: each claim is set without looking first (half the
  // index's work, a few hundred thousand times), in no particular order, and only if one
  // replaced another is the index built again, looking first, to say who claimed it first.
  let twice = false
  for (const person of claimants)
    claimsOf(person, (on, name, claimant) => {
      const named = claimsOn(on)
      const size = named.size
      twice ||= named.set(name, claimant).size === size
      return true
    })
  if (twice) {
    // First claim wins; people are visited in file order so the report is stable.
    const inOrder = claimants.slice().sort((a, b) => (a.at.file < b.at.file ? -1 : 1))
    claims.clear()
    for (const person of inOrder) claimsOf(person, claim)
  }

  for (const person of changed) {
    const file = person.at.file
    person.roles.forEach((roleId, i) => {
      if (!decl.roles.has(roleId))
        report(
          file,
          ['roles', i],
          `role "${roleId}" does not exist${didYouMean(roleId, decl.roles.keys()) || `: create roles/${roleId}.yaml or remove it`}`
        )
    })
    const departing = person.status === 'departed'
    for (const account of declaredAccounts(person)) {
      const { platform, instance } = account
      const configured = configuredAs(instance)
      if (!configured.length)
        report(
          file,
          pathOf({ person, account }),
          unconfigured(platform, instance, 'accounts', 'remove this account'),
          true
        )
      else if (departing && configured.some(i => platform.isProtected(i.settings, account.account)))
        report(
          file,
          pathOf({ person, account }),
          `${labelOf({ person, account })} is protected (platforms.yaml ${platform.key}.protected) and is never revoked: in a pull request of its own before the departure, remove it from this person's accounts (not theirs) or from the protected list (theirs, to be revoked)`
        )
    }
  }

  for (const role of decl.roles.values())
    for (const d of descriptors) {
      const grants = (role.grants as Record<string, unknown>)[d.key]
      if (grants === undefined) continue
      for (const { instance, path } of d.grantedInstances(grants))
        if (!configuredAs(instance).length)
          report(
            role.at.file,
            ['grants', d.key, ...path],
            unconfigured(
              d,
              instance,
              'grants',
              path.length ? 'remove it here' : 'remove these grants'
            ),
            path.length === 0
          )
    }
  return {
    diagnostics: out,
    ...(!incremental && out.length === 0 ? { clean: { decl, claims } } : {})
  }
}
