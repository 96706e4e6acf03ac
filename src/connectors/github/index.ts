// GitHub as the core sees it: one instance for the organizations (github.org or github.orgs)
// and their enterprise, a person's login (accounts.github), a role's teams and org role
// (grants.github).
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import { isProtected } from './plan.js'
import {
  githubGrants,
  githubSettings,
  orgsOf,
  teamRef,
  teamValue,
  type GithubConfig,
  type GithubGrants
} from './settings.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { GithubConfig, GithubGrants }

const lower = (s: string) => s.toLowerCase()

export const github: PlatformDescriptor<OneInstance<'github', GithubConfig, GithubGrants>> = {
  key: 'github',
  title: 'GitHub',
  settings: raw => githubSettings(raw as Parameters<typeof githubSettings>[0]),
  grants: raw => githubGrants(raw as Partial<GithubGrants>),
  ...singleInstance<'github', GithubConfig>('github', s =>
    [orgsOf(s).join(', '), s.enterprise && `enterprise ${s.enterprise}${s.emu ? ' (EMU)' : ''}`]
      .filter(Boolean)
      .join('; ')
  ),
  accountLabel: () => 'GitHub login',
  foldAccount: lower,
  isProtected: (config, login) => isProtected(config, login),
  lookupByEmail: false,
  roleGrants(grants, settings) {
    // One spelling per team (see teamValue), so that roles and listings compare alike.
    const team = (value: string) => {
      if (!settings) return value
      const { org, slug } = teamRef(value, settings)
      return teamValue(org, slug, settings)
    }
    const out = grants.teams.map(value => ({
      platform: 'github',
      kind: 'github_team',
      value: team(value)
    }))
    // Owners of every organization: each org's login is a value.
    if (grants.org_role === 'admin' && settings)
      for (const org of orgsOf(settings))
        out.push({ platform: 'github', kind: 'github_org_admin', value: org })
    return out
  },
  grantKinds: { github_team: 'GitHub team', github_org_admin: 'GitHub org owner of' },
  foldGrantValue: lower,
  credentials:
    'GITHUB_TOKEN, or GITHUB_TOKEN_<ORG> per organization and GITHUB_ENTERPRISE_TOKEN for the enterprise',
  checkSettings(config, report) {
    if (!config) return
    if (config.org !== undefined && config.orgs !== undefined)
      report(
        ['github', 'orgs'],
        `github.org and github.orgs are both set: keep one. For several organizations keep github.orgs (and add ${config.org} to it if it is still managed), for one keep github.org`
      )
    else if (orgsOf(config).length === 0)
      report(
        ['github'],
        'github names no organization: set github.org (or github.orgs for several)'
      )
    if (config.emu && !config.enterprise)
      report(
        ['github', 'emu'],
        'github.emu is true but github.enterprise is not set: name the enterprise whose SCIM API deprovisions its managed users'
      )
    const orgs = orgsOf(config).map(o => o.toLowerCase())
    orgs.forEach((o, i) => {
      if (orgs.indexOf(o) !== i)
        report(['github', 'orgs', i], `organization ${o} is listed twice in github.orgs: keep one`)
    })
  },
  // GitHub asks integrations to space writes; simulated servers do not need it.
  connector: async (_, env) =>
    (await connectorModule()).createGithubConnector({
      paceWrites: env.OFFBOARD_GITHUB_PACE_WRITES !== 'false'
    })
}
