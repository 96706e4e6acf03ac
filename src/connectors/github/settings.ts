// What the declarations say about GitHub: the platforms.yaml block and a role's grants, with
// their defaults. One organization (`org`) or several (`orgs`), and optionally the enterprise
// they belong to.
import type { RetryBudget } from '../../declarations/types.js'
import { ownRetry } from '../shared/retry-budget.js'

export interface GithubConfig {
  /** The one organization; `orgs` names several instead (never both: checkSettings). */
  org?: string
  orgs?: string[]
  /** Logins the tool never removes or demotes (compared case-insensitively), in every org. */
  protected: string[]
  /** How many repositories to scan for deploy keys a departing person added (default 200). */
  repository_scan_limit: number
  /** The enterprise slug: a departure ends with the person's enterprise access. */
  enterprise?: string
  /** Enterprise Managed Users: a departure deprovisions the person through the enterprise's
   *  SCIM API instead of removing memberships. */
  emu?: boolean
  /** Overrides policy.retry for GitHub. */
  retry?: Partial<RetryBudget>
}

export interface GithubGrants {
  teams: string[]
  org_role: 'member' | 'admin'
}

type RawGithub = Partial<GithubConfig>

export const githubSettings = (raw: RawGithub | undefined): GithubConfig | undefined =>
  raw && {
    ...(raw.org !== undefined ? { org: raw.org } : {}),
    ...(raw.orgs !== undefined ? { orgs: raw.orgs } : {}),
    protected: raw.protected ?? [],
    repository_scan_limit: raw.repository_scan_limit ?? 200,
    ...(raw.enterprise !== undefined ? { enterprise: raw.enterprise } : {}),
    ...(raw.emu !== undefined ? { emu: raw.emu } : {}),
    ...ownRetry(raw)
  }

/** The organizations the block manages, in its order: `[org]`, or `orgs`. */
export const orgsOf = (config: GithubConfig): string[] =>
  config.orgs ?? (config.org !== undefined ? [config.org] : [])

/** Several organizations: every step, record and finding then names its organization. */
export const manyOrgs = (config: GithubConfig): boolean => orgsOf(config).length > 1

/** A team a role grants, as `{ org, slug }`: `org/slug`, or a bare slug in the first
 *  organization. Slugs are lower case on GitHub; roles may spell them either way. */
export function teamRef(value: string, config: GithubConfig): { org: string; slug: string } {
  const orgs = orgsOf(config)
  const slash = value.indexOf('/')
  const org =
    slash < 0 ? undefined : orgs.find(o => o.toLowerCase() === value.slice(0, slash).toLowerCase())
  return org
    ? { org, slug: value.slice(slash + 1).toLowerCase() }
    : { org: orgs[0] ?? '', slug: value.toLowerCase() }
}

/** A team's grant value as roles and listings compare it: the bare slug in the first
 *  organization, `org/slug` in the others. */
export function teamValue(org: string, slug: string, config: GithubConfig): string {
  const first = orgsOf(config)[0]
  return first !== undefined && first.toLowerCase() === org.toLowerCase()
    ? slug.toLowerCase()
    : `${org}/${slug.toLowerCase()}`
}

export const githubGrants = (raw: Partial<GithubGrants>): GithubGrants => ({
  teams: raw.teams ?? [],
  org_role: raw.org_role ?? 'member'
})
