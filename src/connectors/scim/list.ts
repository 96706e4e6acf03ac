// Every account of one SCIM app for the audit, paged with the largest page the server grants.
// A deactivated account gives no access: it holds no grant.
import type { Inventory, ListedAccount } from '../connector.js'
import { failed, listing } from '../shared/results.js'
import type { ScimClient } from '../shared/scim-client.js'
import type { ScimAppConnection } from './client.js'

export function list(
  { platform, config }: ScimAppConnection,
  client: ScimClient
): Promise<Inventory> {
  return listing(
    platform,
    client,
    async () =>
      (await client.listUsers()).map((u): ListedAccount => ({
        platform,
        account: u.userName,
        id: u.id,
        email: u.email,
        name: u.displayName,
        kind: 'user',
        active: u.active,
        grants: u.active ? [{ platform, kind: 'scim_app', value: config.name }] : [],
        credentials: []
      })),
    err => failed(err).detail
  )
}
