// Rules that need more than one file: ids match file names, roles exist, no account is
// claimed twice, departing people hold no protected account, referenced platforms exist.
import { didYouMean } from './suggest.js'
import type { Declarations, Diagnostic, Person } from './types.js'
import type { ParsedYaml, YamlPath } from './yaml.js'

const same = (s: string) => s

const lower = (s: string) => s.toLowerCase()

/** The one-account platforms, and how their account names compare: GitHub logins and IAM
 *  user names ignore case (IAM refuses both "Bob" and "bob" in one account). */
const PLATFORM_ACCOUNTS = [
  { platform: 'github', label: 'GitHub login', fold: lower },
  { platform: 'aws', label: 'IAM user', fold: lower },
  { platform: 'slack', label: 'Slack member', fold: same }
] as const

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
    const fileId = item.at.file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '')
    if (item.id !== fileId)
      report(
        item.at.file,
        ['id'],
        `id "${item.id}" differs from the file name: set id: ${fileId}, or rename the file to ${item.id}.yaml`
      )
  }

  const seenScim = new Set<string>()
  platforms.scim.forEach((app, i) => {
    if (seenScim.has(app.name))
      report(
        platforms.at.file,
        ['scim', i, 'name'],
        `SCIM app "${app.name}" is configured twice: give each app its own name`
      )
    seenScim.add(app.name)
  })
  const scimApps = platforms.scim.map(a => a.name)
  const unknownScimApp = (app: string, remedy: string) =>
    `SCIM app "${app}" is not configured in platforms.yaml${didYouMean(app, scimApps) || `: add it under scim:, or ${remedy}`}`
  const noBlock = (field: string, platform: string, remedy: string) =>
    `${field}.${platform} is set but platforms.yaml has no ${platform} block: add one, or ${remedy}`

  // First claim wins; people are visited in file order so the report is stable.
  const people = [...decl.people.values()].sort((a, b) => (a.at.file < b.at.file ? -1 : 1))
  const claims = new Map<string, { person: Person; path: YamlPath }>()
  // `what` is a function: the label is only built for the rare conflict.
  const claim = (person: Person, path: YamlPath, key: string, what: () => string) => {
    const first = claims.get(key)
    if (first)
      report(
        person.at.file,
        path,
        `${what()} is already claimed by ${first.person.id} (${where(first.person.at.file, first.path)}): an account belongs to one person, remove one of the claims`
      )
    else claims.set(key, { person, path })
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
    claim(person, ['email'], `email|${person.email.toLowerCase()}`, () => `email ${person.email}`)

    const departing = person.status === 'departed'
    for (const { platform, label, fold } of PLATFORM_ACCOUNTS) {
      const account = person.accounts[platform]
      if (account === undefined) continue
      const path = ['accounts', platform]
      const config = platforms[platform]
      if (!config) report(file, path, noBlock('accounts', platform, 'remove this account'), true)
      else if (departing && config.protected.some(p => fold(p) === fold(account)))
        report(
          file,
          path,
          `${label} ${account} is protected (platforms.yaml ${platform}.protected) and is never revoked: remove it from this departing person, or from the protected list if it really is theirs`
        )
      claim(person, path, `${platform}|${fold(account)}`, () => `${label} ${account}`)
    }
    for (const [app, userName] of Object.entries(person.accounts.scim ?? {})) {
      if (!scimApps.includes(app))
        report(file, ['accounts', 'scim', app], unknownScimApp(app, 'remove this account'), true)
      // SCIM userNames are case-insensitive (RFC 7643 caseExact: false).
      claim(
        person,
        ['accounts', 'scim', app],
        `scim|${app}|${userName.toLowerCase()}`,
        () => `${app} user ${userName}`
      )
    }
  }

  for (const role of decl.roles.values()) {
    const file = role.at.file
    for (const { platform } of PLATFORM_ACCOUNTS)
      if (role.grants[platform] && !platforms[platform])
        report(file, ['grants', platform], noBlock('grants', platform, 'remove these grants'), true)
    role.grants.scim?.forEach((app, i) => {
      if (!scimApps.includes(app))
        report(file, ['grants', 'scim', i], unknownScimApp(app, 'remove it here'))
    })
  }
  return out
}
