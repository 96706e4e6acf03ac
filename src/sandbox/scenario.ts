// The sandbox scenario: who actually holds what on the simulated platforms beyond what the
// access declarations grant (credentials, leftovers of departed people, strays, bots). The
// format is YAML, checked against schemas/scenario.schema.json and against the declarations,
// every problem reported at its line. The bundled one is sandbox/scenario.yaml.
import { readFileSync } from 'node:fs'
import { formatDiagnostic } from '../declarations/load.js'
import { schemaProblems } from '../declarations/schema.js'
import type { Declarations, Diagnostic, Person } from '../declarations/types.js'
import { loadCarefulParser, parseYaml, type YamlPath } from '../declarations/yaml.js'
import { personGrants } from '../grants.js'

export interface GithubHolds {
  /** Org membership; default what the roles grant (member for undeclared accounts). */
  role?: 'member' | 'admin' | 'none'
  teams?: string[]
  /** A pending invitation to the person's email. */
  invitation?: 'direct_member' | 'admin'
  sso_authorizations?: ('token' | 'ssh_key')[]
  /** Names of fine-grained tokens with access to the org. */
  token_grants?: string[]
  token_requests?: string[]
  copilot?: boolean
  /** Repositories where the person added a deploy key. */
  deploy_keys?: string[]
}

export interface AwsKeySpec {
  status?: 'Active' | 'Inactive'
  /** YYYY-MM-DD */
  created?: string
  last_used?: string
}

export interface AwsHolds {
  access_keys?: AwsKeySpec[]
  password?: boolean
  mfa?: boolean
  ssh_keys?: number
  signing_certificates?: number
  /** Services with a service-specific credential (codecommit.amazonaws.com, ...). */
  service_credentials?: string[]
  inline_policies?: string[]
  /** Managed policy ARNs. */
  policies?: string[]
  groups?: string[]
  permissions_boundary?: string
}

export interface SlackHolds {
  usergroups?: string[]
  channels?: string[]
  deactivated?: boolean
}

export interface PersonHolds {
  github?: GithubHolds
  aws?: AwsHolds
  slack?: SlackHolds
  /** SCIM app name -> the state of the person's account there. */
  scim?: Record<string, 'active' | 'inactive'>
}

export interface OtherGithubAccount extends GithubHolds {
  login: string
  name?: string
  email?: string
  bot?: boolean
}

export interface OtherIamUser extends AwsHolds {
  user: string
}

export interface OtherSlackMember extends SlackHolds {
  id: string
  name: string
  email?: string
  admin?: boolean
  owner?: boolean
  primary_owner?: boolean
  bot?: boolean
  guest?: boolean
}

export interface Scenario {
  version: 1
  github?: {
    saml_sso?: boolean
    copilot?: boolean
    repos?: string[]
    /** The repository holding the access tree (default `access`). */
    access_repo?: string
    /** Login the sandbox token acts as (default: the first org owner). */
    token_owner?: string
  }
  slack?: { token_owner?: string }
  /** By person id. */
  people?: Record<string, PersonHolds>
  /** Accounts no declaration names. */
  others?: {
    github?: OtherGithubAccount[]
    github_invitations?: { email: string; role?: 'direct_member' | 'admin' }[]
    aws?: OtherIamUser[]
    slack?: OtherSlackMember[]
    scim?: Record<string, { userName: string; active?: boolean }[]>
  }
}

/** A scenario that does not parse, or does not fit the declarations. */
export class ScenarioError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `the sandbox scenario has ${diagnostics.length === 1 ? 'a problem' : `${diagnostics.length} problems`}:\n` +
        diagnostics.map(formatDiagnostic).join('\n')
    )
    this.name = 'ScenarioError'
  }
}

/** Where the bundled scenario is reported from. */
export const BUNDLED_SCENARIO = 'sandbox/scenario.yaml'

/** The bundled scenario's text. ncc sees this literal URL and copies the file next to the
 *  bundle, so the command line finds it after bundling too. */
export function bundledScenarioText(): Buffer {
  return readFileSync(new URL('../../sandbox/scenario.yaml', import.meta.url))
}

/** Parses and checks a scenario; throws ScenarioError with every problem found. */
export async function parseScenario(
  text: Buffer | string,
  file: string,
  decl: Declarations
): Promise<Scenario> {
  // One file, and its problems need exact positions: always the careful parser.
  await loadCarefulParser()
  const { parsed, problems } = parseYaml(file, Buffer.from(text))
  if (!parsed) throw new ScenarioError(problems)
  const schema = schemaProblems('scenario', parsed)
  if (schema.length > 0) throw new ScenarioError(schema)
  const scenario = parsed.value as Scenario
  const found = crossCheck(scenario, decl)
  if (found.length > 0)
    throw new ScenarioError(
      found
        .map(f => ({ file, ...parsed.locate(f.path, { key: f.atKey }), message: f.message }))
        .sort((a, b) => a.line - b.line || a.column - b.column)
    )
  return scenario
}

interface Problem {
  path: YamlPath
  atKey?: boolean
  message: string
}

/** Whether an active person's roles make them an org owner. */
const grantsOrgAdmin = (p: Person, decl: Declarations): boolean =>
  personGrants(p, decl).some(g => g.kind === 'github_org_admin')

/** The checks a schema cannot make: the scenario must fit the declarations it seeds with. */
function crossCheck(s: Scenario, decl: Declarations): Problem[] {
  const out: Problem[] = []
  const cfg = decl.platforms
  const apps = new Set(cfg.scim.map(a => a.name))
  const repos = new Set([s.github?.access_repo ?? 'access', ...(s.github?.repos ?? [])])
  const unconfigured = (path: YamlPath, block: string) =>
    out.push({
      path,
      atKey: true,
      message: `platforms.yaml has no ${block} block: remove this, or configure ${block}`
    })
  const checkApps = (path: YamlPath, names: string[]) => {
    for (const app of names)
      if (!apps.has(app))
        out.push({
          path: [...path, app],
          atKey: true,
          message: `no SCIM app "${app}" in platforms.yaml (configured: ${[...apps].join(', ') || 'none'})`
        })
  }
  const checkDeployKeys = (path: YamlPath, h: GithubHolds | undefined) =>
    (h?.deploy_keys ?? []).forEach((repo, i) => {
      if (!repos.has(repo))
        out.push({
          path: [...path, 'deploy_keys', i],
          message: `deploy key on "${repo}", which is not a repository of the scenario: add it to github.repos`
        })
    })

  for (const [id, holds] of Object.entries(s.people ?? {})) {
    const path = ['people', id]
    const person = decl.people.get(id)
    if (!person) {
      out.push({
        path,
        atKey: true,
        message: `no person "${id}" in the declarations: use a person id, or list the account under others`
      })
      continue
    }
    const needs = [
      ['github', 'github', 'a GitHub login'],
      ['aws', 'aws', 'an IAM user name']
    ] as const
    for (const [block, account, what] of needs) {
      if (!holds[block]) continue
      if (!cfg[block]) unconfigured([...path, block], block)
      else if (!person.accounts[account])
        out.push({
          path: [...path, block],
          atKey: true,
          message: `${id} declares no accounts.${account}: the scenario needs ${what} to seed`
        })
    }
    if (holds.slack && !cfg.slack) unconfigured([...path, 'slack'], 'slack')
    checkApps([...path, 'scim'], Object.keys(holds.scim ?? {}))
    checkDeployKeys([...path, 'github'], holds.github)
    const baselineKey = person.status === 'active' ? 1 : 0
    const keys = (holds.aws?.access_keys?.length ?? 0) + baselineKey
    if (keys > 2)
      out.push({
        path: [...path, 'aws', 'access_keys'],
        message: `${id} would hold ${keys} access keys (an active person holds one already); IAM allows two`
      })
  }

  const o = s.others ?? {}
  if (o.github && !cfg.github) unconfigured(['others', 'github'], 'github')
  if (o.aws && !cfg.aws) unconfigured(['others', 'aws'], 'aws')
  if (o.slack && !cfg.slack) unconfigured(['others', 'slack'], 'slack')
  checkApps(['others', 'scim'], Object.keys(o.scim ?? {}))
  const people = [...decl.people.values()]
  const declared = {
    github: new Set(people.flatMap(p => p.accounts.github ?? []).map(l => l.toLowerCase())),
    aws: new Set(people.flatMap(p => p.accounts.aws ?? [])),
    slack: new Set(people.flatMap(p => p.accounts.slack ?? []))
  }
  const claimed = (block: 'github' | 'aws' | 'slack', names: string[], key: string) =>
    names.forEach((name, i) => {
      const k = block === 'github' ? name.toLowerCase() : name
      if (declared[block].has(k))
        out.push({
          path: ['others', block, i, key],
          message: `${name} is declared for a person: describe it under people instead`
        })
      declared[block].add(k)
    })
  claimed(
    'github',
    (o.github ?? []).map(a => a.login),
    'login'
  )
  claimed(
    'aws',
    (o.aws ?? []).map(u => u.user),
    'user'
  )
  claimed(
    'slack',
    (o.slack ?? []).map(m => m.id),
    'id'
  )
  ;(o.github ?? []).forEach((a, i) => checkDeployKeys(['others', 'github', i], a))

  const owner = s.github?.token_owner
  if (owner !== undefined && !githubOwners(s, decl).has(owner.toLowerCase()))
    out.push({
      path: ['github', 'token_owner'],
      message: `${owner} is not an org owner in the sandbox: name an owner (a person whose roles grant org_role: admin, or an account under others with role: admin)`
    })
  const slackOwner = s.slack?.token_owner
  const admins = (o.slack ?? []).filter(m => m.admin || m.owner || m.primary_owner)
  if (slackOwner !== undefined && !admins.some(m => m.id === slackOwner))
    out.push({
      path: ['slack', 'token_owner'],
      message: `${slackOwner} is not a Slack admin in the scenario: name a member of others.slack with admin: true`
    })
  return out
}

/** Logins (lower-case) that are org owners once the scenario is seeded. */
function githubOwners(s: Scenario, decl: Declarations): Set<string> {
  const owners = new Set<string>()
  for (const p of decl.people.values()) {
    const login = p.accounts.github?.toLowerCase()
    const role = s.people?.[p.id]?.github?.role
    const admin = role ? role === 'admin' : p.status === 'active' && grantsOrgAdmin(p, decl)
    if (login && admin) owners.add(login)
  }
  for (const a of s.others?.github ?? []) if (a.role === 'admin') owners.add(a.login.toLowerCase())
  return owners
}
