// Who a listed account belongs to, as the audit decides it.
import type { Inventory, ListedAccount, PlatformName } from '../connectors/connector.js'
import { descriptorOf } from '../connectors/registry.js'
import type { Person } from '../declarations/types.js'
import { accountsKey, declaredOn, foldAccount } from '../grants.js'
import { knownIdsOf, type KnownAccountIds } from '../log/known-ids.js'

export interface Match {
  person?: Person
  /** Why the account points at two people, for an `account_conflict` finding. */
  conflict?: string
}

/** Who a listed account belongs to: the person declaring it (as the platform compares
 *  names), else the person the revocation log knows its id for, else, where the platform looks
 *  people up by email, the person whose email it has (GitHub invitations too). An account
 *  that points at two people is a conflict: a lookup for one would land on the other. */
export function matcher(
  people: Person[],
  platform: PlatformName,
  known: KnownAccountIds | undefined
): (a: ListedAccount) => Match {
  const byAccount = new Map<string, Person>()
  const byEmail = new Map<string, Person>()
  const byId = new Map<string, Person>()
  for (const p of people) {
    const declared = declaredOn(p, platform)
    if (declared) byAccount.set(declared.folded, p)
    byEmail.set(lower(p.email), p)
    for (const id of knownIdsOf(known, platform, p.id)) if (!byId.has(id)) byId.set(id, p)
  }
  return a => {
    const declarer = byAccount.get(foldAccount(platform, a.account))
    const logged = a.id === undefined ? undefined : byId.get(a.id)
    const looksUp = descriptorOf(platform).lookupByEmail || a.kind === 'invitation'
    // Its email, or a userName that is an email (SCIM apps are looked up by userName).
    const byItsEmail = looksUp && a.email ? byEmail.get(lower(a.email)) : undefined
    const byItsName = looksUp ? byEmail.get(lower(a.account)) : undefined
    const owner = byItsEmail ?? byItsName
    // An invitation is anyone's whose email it has; an account found by email only the
    // person's who declares none there (a declared account is looked up by its name).
    const emailMatch =
      owner && (a.kind === 'invitation' || !declaredOn(owner, platform)) ? owner : undefined
    const other = declarer ?? emailMatch
    const crossed = declarer && (notThe(declarer, byItsEmail) ?? notThe(declarer, byItsName))
    const conflict = crossed
      ? `${a.account} has the email of ${crossed.id} (${crossed.email}), but ${declarer.id} declares it: a lookup by email for ${crossed.id} would land on ${declarer.id}'s account. Declare ${crossed.id}'s own account as ${accountsKey(platform)}, or correct ${declarer.id}'s`
      : logged && other && logged !== other
        ? `the revocation log knows ${a.account} (id ${a.id}) as ${logged.id}'s account, but ${declarer ? `${other.id} declares it` : `its email is ${other.id}'s`}: find out whose it is and correct the declarations`
        : undefined
    return { person: declarer ?? logged ?? emailMatch, ...(conflict ? { conflict } : {}) }
  }
}

/** The names a listing holds (as the platform compares them) and its accounts by id. */
export function listedAccounts(inv: Inventory) {
  const names = new Set(inv.accounts.map(a => foldAccount(inv.platform, a.account)))
  const ids = new Map<string, ListedAccount>()
  for (const a of inv.accounts) if (a.id !== undefined) ids.set(a.id, a)
  return { names, ids }
}

const lower = (s: string) => s.toLowerCase()

const notThe = (declarer: Person, p: Person | undefined) => (p === declarer ? undefined : p)
