// What the declarations say about Google Workspace, for the platform descriptor: the account a
// person declares (`accounts.google`, a primary email), the groups a role grants
// (`grants.google.groups`, group emails), how names compare, and what is never touched.
import { didYouMean } from '../../declarations/suggest.js'
import type { Person, Platforms, Role } from '../../declarations/types.js'
import type { Grant, GrantKind, PlatformName } from '../../grants.js'
import type { GoogleBlock, GoogleConfig } from './types.js'

// The boundary with the core, until the connector registry names every platform: `google`
// and `google_group` are not yet members of PlatformName and GrantKind, and people and roles
// and platforms.yaml are not yet typed with their `google` keys. These casts are the only
// ones; wiring Google into the registry removes them.
export const GOOGLE = 'google' as string as PlatformName
export const GOOGLE_GROUP = 'google_group' as string as GrantKind
const googleAccount = (person: Person) => (person.accounts as { google?: string }).google
/** The `google:` block of platforms.yaml, when there is one. */
export const googleBlock = (platforms: Platforms): GoogleBlock | undefined =>
  (platforms as { google?: GoogleBlock }).google
const googleGrants = (role: Role) =>
  (role.grants as { google?: { groups?: string[] } }).google?.groups ?? []

/** How the plan and the audit name a grant of this kind. */
export const GROUP_LABEL = 'Google group'

/** Emails, primary or alias, compare without regard to case. */
export const foldAccount = (account: string): string => account.toLowerCase()

export const sameEmail = (a: string, b: string | undefined) =>
  b !== undefined && foldAccount(a) === foldAccount(b)

/** The account a person declares: `accounts.google`; absent, offboard looks up their email. */
export const declaredAccount = (person: Person): string | undefined => googleAccount(person)

/** A person's accounts are looked up by email (primary or alias) when none is declared:
 *  exactly one user answers, or nothing is used. */
export const LOOKS_UP_BY_EMAIL = true

/** The groups a role grants, as grants. */
export function roleGrants(role: Role): Grant[] {
  return googleGrants(role).map(value => ({ platform: GOOGLE, kind: GOOGLE_GROUP, value }))
}

export const groupGrant = (email: string): Grant => ({
  platform: GOOGLE,
  kind: GOOGLE_GROUP,
  value: email
})

/** What to set so that Google can be checked, for "not checked: no credentials" messages. */
export const CREDENTIALS =
  "the service account key in the variable google.credentials.key_env names (default GOOGLE_SERVICE_ACCOUNT_KEY), or the workflow's OIDC token (permissions: id-token: write) for workload identity federation"

/** The cross-file check of `transfer_drive_to`: it names an active person who declares
 *  `accounts.google` (the account the files go to); the problem, said so that it can be
 *  fixed, or undefined. */
export function transferDriveProblem(
  block: Pick<GoogleBlock, 'transfer_drive_to'>,
  people: ReadonlyMap<string, Person>
): string | undefined {
  const to = block.transfer_drive_to
  if (to === undefined) return undefined
  const person = people.get(to)
  if (!person)
    return `google.transfer_drive_to names no person "${to}"${didYouMean(to, people.keys()) || ": use the id of the person whose Google account receives departing people's Drive files"}`
  if (person.status !== 'active')
    return `google.transfer_drive_to names ${to}, who is departed: name an active person`
  if (!googleAccount(person))
    return `google.transfer_drive_to names ${to}, who declares no accounts.google: declare the account the Drive files go to in people/${to}.yaml`
  return undefined
}

/** Never touched: the `protected` list, and the admin offboard acts as (suspending it would
 *  cut offboard off mid-run). The last super admin is guarded live, in plan and perform. */
export function isProtected(config: Pick<GoogleConfig, 'protected' | 'admin'>, email: string) {
  return sameEmail(email, config.admin) || config.protected.some(p => sameEmail(email, p))
}

export function protectedReason(config: Pick<GoogleConfig, 'admin'>, email: string): string {
  return sameEmail(email, config.admin)
    ? `${email} is the admin offboard acts as (google.admin in platforms.yaml): the tool never touches it; name another super admin there first`
    : `${email} is protected (google.protected in platforms.yaml): the tool never touches it`
}
