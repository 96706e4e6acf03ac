// Who owns a path by the repository's CODEOWNERS file, read as GitHub reads it: the first of
// .github/, the root and docs/; gitignore-style patterns; the last matching line wins; a
// line with no owners leaves its paths unowned.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where GitHub looks, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export interface OwnerRule {
  line: number
  pattern: string
  matches: RegExp
  /** `@login`, `@org/team` or an email, as written. */
  owners: string[]
}

export interface Codeowners {
  file: string
  rules: OwnerRule[]
}

/** The repository's CODEOWNERS below `root`, or undefined when it has none. */
export function readCodeowners(root: string): Codeowners | undefined {
  for (const file of CODEOWNERS_PATHS) {
    let text: string
    try {
      text = readFileSync(join(root, file), 'utf8')
    } catch {
      continue
    }
    return { file, rules: parseCodeowners(text) }
  }
  return undefined
}

export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [first, ...rest] = line.split(/\s+/)
    const owners: string[] = []
    for (const word of rest) {
      if (word.startsWith('#')) break // an inline comment
      owners.push(word)
    }
    const pattern = first.startsWith('\\#') ? first.slice(1) : first
    rules.push({ line: i + 1, pattern, matches: patternRegex(pattern), owners })
  })
  return rules
}

/** The owners of `path` (relative to the repository root): those of the last matching rule. */
export function ownersOf(codeowners: Codeowners, path: string): OwnerRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--)
    if (codeowners.rules[i].matches.test(path)) return codeowners.rules[i]
  return undefined
}

export interface Reviewers {
  users: string[]
  /** Team slugs of the repository's organization. */
  teams: string[]
  /** Owners a review cannot be requested from, with why. */
  skipped: string[]
}

/** Owners as review requests: users and the organization's teams, without `exclude` (the
 *  pull request's author, the person who leaves). */
export function asReviewers(owners: string[], org: string, exclude: string[]): Reviewers {
  const out: Reviewers = { users: [], teams: [], skipped: [] }
  const excluded = new Set(exclude.map(l => l.toLowerCase()))
  for (const owner of owners) {
    const team = /^@([^/\s]+)\/(.+)$/.exec(owner)
    if (team) {
      if (team[1].toLowerCase() === org.toLowerCase()) out.teams.push(team[2])
      else out.skipped.push(`${owner} (a team of another organization)`)
    } else if (owner.startsWith('@')) {
      const login = owner.slice(1)
      if (excluded.has(login.toLowerCase())) out.skipped.push(`${owner} (excluded)`)
      else out.users.push(login)
    } else out.skipped.push(`${owner} (an email: name the GitHub login instead)`)
  }
  return out
}

/** gitignore-style: `*` within a segment, `**` across, `?` one character; a leading or
 *  inner `/` anchors at the root; a trailing `/` means everything inside; a match on a
 *  directory covers everything inside it, except that `dir/*` stops at dir's own files
 *  (as GitHub documents). */
function patternRegex(pattern: string): RegExp {
  const dirOnly = pattern.endsWith('/')
  const trimmed = pattern.replace(/^\/+/, '').replace(/\/+$/, '')
  const anchored = pattern.startsWith('/') || trimmed.includes('/')
  let body = ''
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i]
    if (trimmed.startsWith('**/', i)) {
      body += '(?:.*/)?'
      i += 2
    } else if (trimmed.startsWith('/**', i) && i + 3 === trimmed.length) {
      body += '(?:/.*)?'
      i += 2
    } else if (trimmed.startsWith('**', i)) {
      body += '.*'
      i += 1
    } else if (c === '*') body += '[^/]*'
    else if (c === '?') body += '[^/]'
    else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const inside = dirOnly ? '/.*' : trimmed.endsWith('/*') ? '' : '(?:/.*)?'
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${inside}$`)
}
