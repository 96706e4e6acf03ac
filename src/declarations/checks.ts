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

export function checkAcrossFiles(decl: Declarations, docs: ParsedYaml[]): Diagnostic[] {
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

  for (const item of [...decl.people.values(), ...decl.roles.values()]) {
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

  // First claim wins; people are visited in file order so the report is stable.
  const people = [...decl.people.values()].sort((a, b) => (a.at.file < b.at.file ? -1 : 1))
  /** What a claim is: the email, or a declared account; its path is built only to report it. */
  type Claimed = { person: Person; account?: PersonAccount }
  const pathOf = ({ account }: Claimed): YamlPath =>
    account ? ['accounts', account.platform.key, ...account.path] : ['email']
  const labelOf = ({ person, account }: Claimed): string =>
    account
      ? `${account.platform.accountLabel(account.instance)} ${account.account}`
      : `email ${person.email}`
  /** Claims by what they are on (`email`, or an instance), then by the folded name: keys
   *  looked up as they are, never joined into new strings, a few hundred thousand times. */
  const claims = new Map<string, Map<string, Claimed>>()
  // Returns whether the claim is the first: a conflict is reported once.
  const claim = (on: string, name: string, claimed: Claimed) => {
    let named = claims.get(on)
    if (!named) claims.set(on, (named = new Map()))
    const first = named.get(name)
    if (first)
      report(
        claimed.person.at.file,
        pathOf(claimed),
        `${labelOf(claimed)} is already claimed by ${first.person.id} (${where(first.person.at.file, pathOf(first))}): an account belongs to one person, remove one of the claims`
      )
    else named.set(name, claimed)
    return !first
  }

  for (const person of people) {
    const file = person.at.file
    person.roles.forEach((roleId, i) => {
      if (!decl.roles.has(roleId))
        report(
          file,
          ['roles', i],
          `role "${roleId}" does not exist${didYouMean(roleId, decl.roles.keys()) || `: create roles/${roleId}.yaml or remove it`}`
        )
    })
    claim('email', person.email.toLowerCase(), { person })

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
      // A bare key (`aws`) claims the account on each of its instances (`aws:<id>`).
      const on = configured.length ? configured.map(i => i.name) : [instance]
      on.every(name => claim(name, account.folded, { person, account }))
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
  return out
}
