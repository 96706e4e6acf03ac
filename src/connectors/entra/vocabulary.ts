// What the platform descriptor needs of Entra ID: its platform name, its grant kind, how it
// compares account names, and where the declarations say what a person and a role have here.
// Until the descriptor and its registry type the declarations and the shared vocabulary per
// platform, the casts at this boundary live here and nowhere else: wiring Entra in removes them.
import type { Person, Platforms, Role } from '../../declarations/types.js'
import type { Grant, GrantKind, PlatformName } from '../../grants.js'
import type { EntraConfig } from './types.js'

/** The platform's name in plans, the log and the audit. */
export const ENTRA = 'entra' as PlatformName
/** A direct membership of an Entra group; the value is the group's object id (lower case). */
export const ENTRA_GROUP = 'entra_group' as GrantKind
export const ENTRA_GROUP_LABEL = 'Entra group'

/** The `entra` block of platforms.yaml, when it configures one (defaults filled in). */
export const entraConfigOf = (platforms: Platforms): EntraConfig | undefined =>
  (platforms as Platforms & { entra?: EntraConfig }).entra

/** `accounts.entra`: the person's userPrincipalName. */
export const declaredEntraAccount = (person: Person): string | undefined =>
  (person.accounts as { entra?: string }).entra

/** `grants.entra`: what a role grants in Entra ID. */
export const declaredEntraGrants = (role: Role): { groups: string[] } | undefined =>
  (role.grants as { entra?: { groups: string[] } }).entra

/** User principal names (and object ids) compare without regard to case. */
export const foldEntraAccount = (account: string): string => account.toLowerCase()

/** The grants a role's `grants.entra` gives: a membership of each group it names. Group ids
 *  are GUIDs, which compare without regard to case: they are kept lower case, so that two roles
 *  spelling one id differently grant the same thing. */
export const entraGrants = (grants: { groups?: string[] }): Grant[] =>
  (grants.groups ?? []).map(id => entraGroupGrant(id))

/** The grants one role gives in Entra ID. */
export const entraRoleGrants = (role: Role): Grant[] => entraGrants(declaredEntraGrants(role) ?? {})

export const entraGroupGrant = (id: string): Grant => ({
  platform: ENTRA,
  kind: ENTRA_GROUP,
  value: id.toLowerCase()
})

/** Whether a grant is one of Entra's group memberships. */
export const isEntraGroup = (g: Grant): boolean => g.platform === ENTRA && g.kind === ENTRA_GROUP

/** Step actions, as logged (here, in a module that imports no value, so that perform can
 *  read them while the registry is still loading the descriptors). */
export const ACT = {
  disable: 'disable_sign_in',
  revoke: 'revoke_sign_in_sessions',
  leaveGroup: 'remove_group_member',
  removeAppRole: 'remove_app_role_assignment',
  removeRole: 'remove_directory_role',
  delete: 'delete_user'
} as const

/** Whether the user (by UPN or object id) is in `protected`. */
export function isProtected(config: Pick<EntraConfig, 'protected'>, upn: string, id?: string) {
  const mine = [upn, id].filter((v): v is string => !!v).map(foldEntraAccount)
  return config.protected.some(p => mine.includes(foldEntraAccount(p)))
}
