// The rules every connector follows when it finds an account other than by the name a person
// declares: by email (Slack, SCIM apps, GitHub invitations), or by an immutable id the log
// knows (a renamed account). Such an account is used only if it is provably this person's:
// its email is theirs and nobody else declares it. Otherwise nothing is planned on that
// platform for the person, and the reason says what to fix.
import { accountsKey, claimsOn, foldAccount } from '../../grants.js'
import type {
  AccountClaims,
  ConnectorContext,
  Identity,
  Outcome,
  PlatformName,
  Step
} from '../connector.js'

/** Marks holdings and step params of an account found by lookup, for perform's last check. */
export const FOUND_BY_LOOKUP = 'lookup'

/** Another person who declares `account` on `platform`, if any. */
export function otherClaimant(
  claims: AccountClaims | undefined,
  platform: PlatformName,
  account: string,
  person: string
): string | undefined {
  return claims?.get(foldAccount(platform, account))?.find(p => p !== person)
}

const declareOwn = (who: Identity, platform: PlatformName) =>
  `declare ${who.person}'s own account as ${accountsKey(platform)} in people/${who.person}.yaml`

/**
 * Why an account found by lookup must not be used for `who`, or undefined when it may: its
 * email must be the person's (case-insensitively) and no other person may declare it.
 * `how` says what answered, e.g. `users.lookupByEmail for alice@acme.example`.
 */
export function lookupProblem(
  who: Identity,
  platform: PlatformName,
  found: { account: string; email?: string },
  how: string
): string | undefined {
  const other = otherClaimant(who.claims, platform, found.account, who.person)
  if (other)
    return `not checked: ${how} answered ${found.account}, which ${other} declares: it is not used, so nothing of ${other}'s is touched; ${declareOwn(who, platform)}, or correct ${other}'s`
  if (found.email?.toLowerCase() !== who.email.toLowerCase())
    return `not checked: ${how} answered ${found.account}, whose email is ${found.email ?? 'not given'}, not ${who.email}: it is not used; ${declareOwn(who, platform)}`
  return undefined
}

/**
 * Perform's last check: a step aimed at an account found by lookup (params.found_by) that
 * another person declares is refused, whatever plan handed it over.
 */
export function refuseCrossed(
  claims: ConnectorContext['claims'],
  step: Step,
  account: unknown
): Outcome | undefined {
  if (step.params.found_by !== FOUND_BY_LOOKUP || typeof account !== 'string') return undefined
  const other = otherClaimant(claimsOn(claims, step.platform), step.platform, account, step.person)
  return other
    ? {
        result: 'failed',
        detail: `refused: ${account} was found by lookup for ${step.person}, but ${other} declares it: nothing was changed; declare ${step.person}'s own account as ${accountsKey(step.platform)}`
      }
    : undefined
}

/** A departure's declared account found again under a new name, or why it may not be used. */
export type Renamed<T> = { found: T; name: string; note: string } | { refused: string }

/**
 * A departure whose declared name is not found: the first id the log knows for the person
 * that still exists is the same account, renamed. It is used unless another person declares
 * the new name. `byId` reads the account by id (undefined when there is none).
 */
export async function findRenamed<T>(
  who: Identity,
  platform: PlatformName,
  what: string,
  byId: (id: string) => Promise<T | undefined>,
  nameOf: (account: T) => string
): Promise<Renamed<T> | undefined> {
  for (const id of who.knownIds ?? []) {
    const found = await byId(id)
    if (found === undefined) continue
    const name = nameOf(found)
    const other = otherClaimant(who.claims, platform, name, who.person)
    const was = `${what} ${who.account} is not found, but the account the revocation log knows as ${who.person}'s (id ${id}) is now named ${name}`
    if (other)
      return {
        refused: `not checked: ${was}, which ${other} declares: nothing is touched; find out whose account it is and correct ${accountsKey(platform)} of ${who.person} or ${other}`
      }
    return {
      found,
      name,
      note: `renamed: ${was}; the same account is revoked under its new name (update ${accountsKey(platform)} in people/${who.person}.yaml)`
    }
  }
  return undefined
}
