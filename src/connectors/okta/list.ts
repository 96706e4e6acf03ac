// Every Okta user for the audit, with the declared groups each is in: the whole user
// collection (active and deactivated, 200 a page, Okta's largest), every group in one page of
// up to 10000, and the members of exactly the groups roles declare (1000 a page), all at once.
import type { Grant, Inventory, ListedAccount } from '../connector.js'
import { failed } from '../shared/results.js'
import type { OktaClient, OktaGroup, OktaUser } from './client.js'
import { OKTA, OKTA_GROUP } from './vocabulary.js'

/** Statuses in which a user cannot sign in. */
const INACTIVE = new Set(['SUSPENDED', 'DEPROVISIONED'])

export async function listOkta(client: OktaClient, declared: Grant[]): Promise<Inventory> {
  const inventory: Inventory = {
    platform: OKTA,
    status: 'checked',
    accounts: [],
    requests: 0,
    notes: []
  }
  const before = client.requests
  const names = [
    ...new Set(declared.filter(g => g.platform === OKTA && g.kind === OKTA_GROUP).map(g => g.value))
  ]
  try {
    const [users, members] = await Promise.all([
      client.users(),
      names.length ? groupMembers(client, names, inventory.notes) : new Map<string, string[]>()
    ])
    inventory.accounts = users.map(u => listed(u, members.get(u.id) ?? []))
  } catch (err) {
    Object.assign(inventory, { status: 'not_checked', reason: failed(err).detail })
  }
  inventory.requests = client.requests - before
  return inventory
}

/** User id -> the declared groups they are in. */
async function groupMembers(
  client: OktaClient,
  names: string[],
  notes: string[]
): Promise<Map<string, string[]>> {
  const groups = await client.groups()
  const byName = new Map<string, OktaGroup[]>()
  for (const g of groups) byName.set(g.name, [...(byName.get(g.name) ?? []), g])
  const wanted: OktaGroup[] = []
  for (const name of names) {
    const found = byName.get(name) ?? []
    if (found.length === 0) notes.push(`declared Okta group ${name} not found`)
    if (found.length > 1)
      notes.push(
        `${found.length} Okta groups are named ${name} (${found.map(g => `${g.id} ${g.type}`).join(', ')}): members of each count`
      )
    wanted.push(...found)
  }
  const lists = await Promise.all(
    wanted.map(async g => [g, await client.groupMembers(g.id)] as const)
  )
  const out = new Map<string, string[]>()
  for (const [g, ids] of lists) {
    // Deleted between the two reads: nobody is in it.
    if (!ids) notes.push(`Okta group ${g.name} was deleted while the audit read it`)
    for (const id of ids ?? []) out.set(id, [...new Set([...(out.get(id) ?? []), g.name])])
  }
  return out
}

function listed(u: OktaUser, groups: string[]): ListedAccount {
  const active = !INACTIVE.has(u.status)
  return {
    platform: OKTA,
    account: u.login,
    id: u.id,
    ...(u.email ? { email: u.email } : {}),
    ...(u.name ? { name: u.name } : {}),
    kind: 'user',
    active,
    grants: groups.map(value => ({ platform: OKTA, kind: OKTA_GROUP, value })),
    credentials: []
  }
}
