// One vocabulary for "what access means" on each platform, shared by change detection
// (reductions), the plan (what a connector must remove) and the audit (expected vs actual).
import type { Declarations, Person, Role } from './declarations/types.js'

export type GrantKind =
  | 'github_team' // value: team slug
  | 'github_org_admin' // value: org login; present when a role grants org_role: admin
  | 'aws_group' // value: group name
  | 'aws_policy' // value: managed policy ARN
  | 'slack_usergroup' // value: usergroup handle
  | 'slack_channel' // value: channel id
  | 'scim_app' // value: app name

export interface Grant {
  platform: PlatformName
  kind: GrantKind
  value: string
}

/** `github`, `aws`, `slack`, or `scim:<app name>`. */
export type PlatformName = 'github' | 'aws' | 'slack' | `scim:${string}`

/** Stable string form, usable as a Set/Map key. GitHub slugs compare case-insensitively. */
export function grantKey(g: Grant): string {
  const value = g.platform === 'github' ? g.value.toLowerCase() : g.value
  return `${g.platform}|${g.kind}|${value}`
}

/** The account a person declares on `platform`: `accounts.scim.<app>` for `scim:<app>`. */
export function declaredAccount(person: Person, platform: PlatformName): string | undefined {
  if (platform.startsWith('scim:')) return person.accounts.scim?.[platform.slice('scim:'.length)]
  return person.accounts[platform as 'github' | 'aws' | 'slack']
}

/** Every grant one role gives. */
export function roleGrants(role: Role, decl: Pick<Declarations, 'platforms'>): Grant[] {
  const out: Grant[] = []
  const { github, aws, slack, scim } = role.grants
  if (github) {
    for (const t of github.teams) out.push({ platform: 'github', kind: 'github_team', value: t })
    if (github.org_role === 'admin' && decl.platforms.github)
      out.push({ platform: 'github', kind: 'github_org_admin', value: decl.platforms.github.org })
  }
  if (aws) {
    for (const g of aws.groups) out.push({ platform: 'aws', kind: 'aws_group', value: g })
    for (const p of aws.policies) out.push({ platform: 'aws', kind: 'aws_policy', value: p })
  }
  if (slack) {
    for (const u of slack.usergroups)
      out.push({ platform: 'slack', kind: 'slack_usergroup', value: u })
    for (const c of slack.channels) out.push({ platform: 'slack', kind: 'slack_channel', value: c })
  }
  for (const app of scim ?? []) out.push({ platform: `scim:${app}`, kind: 'scim_app', value: app })
  return out
}

/** Every grant a person's roles give, de-duplicated (roles that do not exist are ignored). */
export function personGrants(
  person: Person,
  decl: Pick<Declarations, 'platforms' | 'roles'>
): Grant[] {
  const byKey = new Map<string, Grant>()
  for (const roleId of person.roles) {
    const role = decl.roles.get(roleId)
    if (!role) continue
    for (const g of roleGrants(role, decl)) byKey.set(grantKey(g), g)
  }
  return [...byKey.values()]
}
