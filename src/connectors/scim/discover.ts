// The person's account in one SCIM app, read-only: by the declared userName, or by their email
// when none is declared (then used only if it is provably theirs, see lookup.ts); a departure
// whose userName is gone looks for the account by the ids the log knows (renamed).
import type { Discovery, Identity, Scope } from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import { discovery, failed } from '../shared/results.js'
import type { ScimClient } from '../shared/scim-client.js'
import type { ScimAppConnection } from './client.js'
import { inScope } from './plan.js'

export async function discover(
  { platform, config }: ScimAppConnection,
  client: ScimClient,
  who: Identity,
  scope: Scope
): Promise<Discovery> {
  const found = discovery(platform, who.person)
  if (!inScope(platform, scope)) return found
  const userName = who.account ?? who.email
  if (!who.account) found.notes.push(`no ${config.name} userName declared: looked up ${who.email}`)
  try {
    let user = await client.findUser(userName)
    if (!user && who.account && scope.kind === 'departure') {
      const renamed = await findRenamed(
        who,
        platform,
        `${config.name} user`,
        id => client.getUser(id),
        u => u.userName
      )
      if (renamed && 'refused' in renamed)
        return { ...found, status: 'not_checked', reason: renamed.refused }
      if (renamed) found.notes.push(renamed.note)
      user = renamed?.found
    }
    if (!user) return { ...found, status: 'no_account' }
    // A user without an email address was found by its userName, the person's email.
    const crossed =
      !who.account &&
      lookupProblem(
        who,
        platform,
        { account: user.userName, email: user.email ?? user.userName },
        `the ${config.name} lookup of userName ${who.email}`
      )
    if (crossed) return { ...found, status: 'not_checked', reason: crossed }
    found.account = { id: user.id, display: user.displayName ?? user.userName }
    found.holdings.push({
      kind: 'app_account',
      id: user.id,
      label: `${config.name} account ${user.userName} (${user.active ? 'active' : 'deactivated'})`,
      details: {
        userName: user.userName,
        active: user.active,
        ...(who.account ? {} : { found_by: FOUND_BY_LOOKUP })
      }
    })
    if (!user.active) found.notes.push(`${user.userName} is already deactivated in ${config.name}`)
    return found
  } catch (err) {
    return { ...found, status: 'not_checked', reason: failed(err).detail }
  }
}
