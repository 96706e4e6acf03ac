// Okta's names in the shared vocabulary (grants.ts): the platform, its one grant kind, and how
// logins compare. The descriptor (index.ts) says the same to the core.
export const OKTA = 'okta'
/** Value: the group's name. */
export const OKTA_GROUP = 'okta_group'

/** Okta logins ignore case. */
export const foldAccount = (login: string): string => login.toLowerCase()

export const sameLogin = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && foldAccount(a) === foldAccount(b)
