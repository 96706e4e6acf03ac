// Every user of the Workspace customer (or of google.domain) for the audit, at the largest
// page Google serves, with their memberships of exactly the groups roles declare (each
// group's members listed once, a few groups at a time). OAuth tokens, app passwords and
// backup codes have no customer-wide listing in the Directory API: plans read them per person.
import { mapLimit } from '../../concurrency.js'
import type { Grant, Inventory, ListedAccount } from '../connector.js'
import { absentOn404, describeError, type GoogleClient } from './client.js'
import { foldAccount, GOOGLE, GOOGLE_GROUP, groupGrant } from './declared.js'
import { PAGE } from './discover.js'
import type { GoogleConfig } from './types.js'

/** Groups whose members are read at the same time. */
const GROUP_CONCURRENCY = 8

export async function listGoogle(
  client: GoogleClient,
  config: GoogleConfig,
  declared: Grant[]
): Promise<Inventory> {
  const inventory: Inventory = {
    platform: GOOGLE,
    status: 'checked',
    accounts: [],
    requests: 0,
    notes: []
  }
  const before = client.requests
  const where = config.domain ? { domain: config.domain } : { customer: config.customer_id }
  const groups = [
    ...new Map(
      declared
        .filter(g => g.platform === GOOGLE && g.kind === GOOGLE_GROUP)
        .map(g => [foldAccount(g.value), g.value])
    ).values()
  ]
  try {
    const [users, memberships] = await Promise.all([
      client.all(
        `directory.users.list ${config.domain ?? config.customer_id}`,
        (pageToken, o) =>
          client.directory.users.list(
            { ...where, maxResults: PAGE.users, projection: 'basic', pageToken },
            o
          ),
        d => d.users
      ),
      mapLimit(groups, GROUP_CONCURRENCY, async group => {
        const members = await absentOn404(
          client.all(
            `directory.members.list ${group}`,
            (pageToken, o) =>
              client.directory.members.list(
                { groupKey: group, maxResults: PAGE.members, pageToken },
                o
              ),
            d => d.members
          )
        )
        if (!members) inventory.notes.push(`group ${group} is declared but does not exist`)
        return { group, ids: new Set((members ?? []).map(m => m.id)) }
      })
    ])
    inventory.accounts = users.flatMap((u): ListedAccount[] =>
      u.id && u.primaryEmail
        ? [
            {
              platform: GOOGLE,
              account: u.primaryEmail,
              id: u.id,
              email: u.primaryEmail,
              ...(u.name?.fullName ? { name: u.name.fullName } : {}),
              kind: 'user',
              active: !u.suspended && !u.archived,
              grants: memberships.filter(m => m.ids.has(u.id)).map(m => groupGrant(m.group)),
              credentials: []
            }
          ]
        : []
    )
  } catch (err) {
    inventory.status = 'not_checked'
    inventory.reason = `could not list Google Workspace users: ${describeError(err)}`
  }
  inventory.requests = client.requests - before
  return inventory
}
