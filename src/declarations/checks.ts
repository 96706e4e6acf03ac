// Rules that need more than one file: ids match file names, roles exist, no account is
// claimed twice, departing people hold no protected account, referenced platforms exist.
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

  const seenScim = new Map<string, number>()
  platforms.scim.forEach((app, i) => {
    if (seenScim.has(app.name))
      report(
        platforms.at.file,
        ['scim', i, 'name'],
        `SCIM app "${app.name}" is configured twice: give each app its own name`
      )
    seenScim.set(app.name, i)
  })
  const scimApps = platforms.scim.map(a => a.name)

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

    const { github, aws, slack, scim } = person.accounts
    const departing = person.status === 'departed'
    const protectedHint = (block: string) =>
      `is protected (platforms.yaml ${block}.protected) and is never revoked: remove it from this departing person, or from the protected list if it really is theirs`
    if (github !== undefined) {
      if (!platforms.github)
        report(
          file,
          ['accounts', 'github'],
          'accounts.github is set but platforms.yaml has no github block: add one, or remove this account',
          true
        )
      else if (
        departing &&
        platforms.github.protected.some(p => p.toLowerCase() === github.toLowerCase())
      )
        report(file, ['accounts', 'github'], `GitHub login ${github} ${protectedHint('github')}`)
      claim(
        person,
        ['accounts', 'github'],
        `github|${github.toLowerCase()}`,
        () => `GitHub login ${github}`
      )
    }
    if (aws !== undefined) {
      if (!platforms.aws)
        report(
          file,
          ['accounts', 'aws'],
          'accounts.aws is set but platforms.yaml has no aws block: add one, or remove this account',
          true
        )
      else if (departing && platforms.aws.protected.includes(aws))
        report(file, ['accounts', 'aws'], `IAM user ${aws} ${protectedHint('aws')}`)
      claim(person, ['accounts', 'aws'], `aws|${aws}`, () => `IAM user ${aws}`)
    }
    if (slack !== undefined) {
      if (!platforms.slack)
        report(
          file,
          ['accounts', 'slack'],
          'accounts.slack is set but platforms.yaml has no slack block: add one, or remove this account',
          true
        )
      else if (departing && platforms.slack.protected.includes(slack))
        report(file, ['accounts', 'slack'], `Slack member ${slack} ${protectedHint('slack')}`)
      claim(person, ['accounts', 'slack'], `slack|${slack}`, () => `Slack member ${slack}`)
    }
    for (const [app, userName] of Object.entries(scim ?? {})) {
      if (!scimApps.includes(app))
        report(
          file,
          ['accounts', 'scim', app],
          `SCIM app "${app}" is not configured in platforms.yaml${didYouMean(app, scimApps) || ': add it under scim:, or remove this account'}`,
          true
        )
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
    const missingBlock = (platform: 'github' | 'aws' | 'slack') =>
      report(
        file,
        ['grants', platform],
        `grants.${platform} is set but platforms.yaml has no ${platform} block: add one, or remove these grants`,
        true
      )
    if (role.grants.github && !platforms.github) missingBlock('github')
    if (role.grants.aws && !platforms.aws) missingBlock('aws')
    if (role.grants.slack && !platforms.slack) missingBlock('slack')
    role.grants.scim?.forEach((app, i) => {
      if (!scimApps.includes(app))
        report(
          file,
          ['grants', 'scim', i],
          `SCIM app "${app}" is not configured in platforms.yaml${didYouMean(app, scimApps) || ': add it under scim:, or remove it here'}`
        )
    })
  }
  return out
}
