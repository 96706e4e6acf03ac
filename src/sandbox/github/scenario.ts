// GitHub's part of the sandbox scenario: the org's settings, what a person holds there, the
// accounts and invitations nobody declares; and the checks its schema part
// (scenario-schema.json) cannot make.
import type { Declarations } from '../../declarations/types.js'
import type { YamlPath } from '../../declarations/yaml.js'
import { personGrants } from '../../grants.js'
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'
import { orgsOf } from '../../connectors/github/settings.js'

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

/** What an account holds in the enterprise (github.enterprise). */
export interface EnterpriseHolds {
  /** Holds one of its licenses; default: when it is in an organization. */
  member?: boolean
  /** A Copilot seat the enterprise assigns. */
  copilot?: boolean
}

/** A person's GitHub: the first organization's holdings, the other organizations' by name,
 *  and the enterprise's. */
export interface GithubPersonHolds extends GithubHolds {
  orgs?: Record<string, GithubHolds>
  enterprise?: EnterpriseHolds
}

export interface OtherGithubAccount extends GithubHolds {
  enterprise?: EnterpriseHolds
  login: string
  name?: string
  email?: string
  bot?: boolean
}

export interface GithubScenario {
  github?: {
    saml_sso?: boolean
    copilot?: boolean
    repos?: string[]
    /** The repository holding the access tree (default `access`). */
    access_repo?: string
    /** Login the sandbox token acts as (default: the first org owner). */
    token_owner?: string
    enterprise?: { copilot?: boolean }
  }
  people?: Record<string, { github?: GithubPersonHolds }>
  others?: {
    github?: OtherGithubAccount[]
    github_invitations?: { email: string; role?: 'direct_member' | 'admin' }[]
  }
}

type Scenario = ScenarioBase & GithubScenario

export function checkGithub(c: ScenarioCheck<Scenario>): void {
  const s = c.scenario
  const configured = c.decl.platforms.github !== undefined
  const repos = new Set([s.github?.access_repo ?? 'access', ...(s.github?.repos ?? [])])
  const checkDeployKeys = (path: YamlPath, h: GithubHolds | undefined) =>
    (h?.deploy_keys ?? []).forEach((repo, i) => {
      if (!repos.has(repo))
        c.problem(
          [...path, 'deploy_keys', i],
          `deploy key on "${repo}", which is not a repository of the scenario: add it to github.repos`
        )
    })

  for (const { id, person, holds } of c.people) {
    if (holds.github)
      c.needsAccount(id, 'github', configured, person.accounts.github, 'a GitHub login')
    checkDeployKeys(['people', id, 'github'], holds.github)
    const orgs = c.decl.platforms.github ? orgsOf(c.decl.platforms.github).slice(1) : []
    for (const org of Object.keys(holds.github?.orgs ?? {}))
      if (!orgs.includes(org))
        c.problem(
          ['people', id, 'github', 'orgs', org],
          `${org} is not one of the other organizations of github.orgs${orgs.length ? ` (${orgs.join(', ')})` : ''}: name one of them`
        )
  }

  const others = s.others?.github
  if (others && !configured) c.unconfigured(['others', 'github'], 'github')
  c.notDeclared(
    'github',
    (others ?? []).map(a => a.login),
    'login',
    login => login.toLowerCase()
  )
  ;(others ?? []).forEach((a, i) => checkDeployKeys(['others', 'github', i], a))

  const owner = s.github?.token_owner
  if (owner !== undefined && !githubOwners(s, c.decl).has(owner.toLowerCase()))
    c.problem(
      ['github', 'token_owner'],
      `${owner} is not an org owner in the sandbox: name an owner (a person whose roles grant org_role: admin, or an account under others with role: admin)`
    )
}

/** Logins (lower-case) that are org owners once the scenario is seeded. */
function githubOwners(s: Scenario, decl: Declarations): Set<string> {
  const owners = new Set<string>()
  for (const p of decl.people.values()) {
    const login = p.accounts.github?.toLowerCase()
    const role = s.people?.[p.id]?.github?.role
    const admin = role
      ? role === 'admin'
      : p.status === 'active' && personGrants(p, decl).some(g => g.kind === 'github_org_admin')
    if (login && admin) owners.add(login)
  }
  for (const a of s.others?.github ?? []) if (a.role === 'admin') owners.add(a.login.toLowerCase())
  return owners
}
