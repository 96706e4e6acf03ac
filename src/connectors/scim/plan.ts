// What to revoke in a SCIM app, as data: a departure, or a reduction that removes the app's
// `scim_app` grant, deactivates or deletes the account as the app's `on_departure` says;
// nothing else is touched.
import type { ScimAppConfig } from '../../declarations/types.js'
import type { Discovery, PlatformName, PlatformPlan, Scope } from '../connector.js'
import { step } from '../shared/results.js'

/** Whether `scope` touches the app: a departure, or a reduction removing its grant. */
export function inScope(platform: PlatformName, scope: Scope): boolean {
  return (
    scope.kind === 'departure' ||
    scope.remove.some(g => g.platform === platform && g.kind === 'scim_app')
  )
}

export function planScimApp(
  platform: PlatformName,
  config: ScimAppConfig,
  found: Discovery,
  scope: Scope
): PlatformPlan {
  const account = found.holdings.find(h => h.kind === 'app_account')
  if (found.status !== 'checked' || !account || !inScope(platform, scope))
    return { steps: [], refused: [] }
  const remove = config.on_departure === 'delete'
  // A deactivated account needs no deactivation, but `delete` still removes it.
  if (!remove && account.details?.active === false) return { steps: [], refused: [] }
  const action = remove ? 'delete_user' : 'deactivate_user'
  const userName = String(account.details?.userName ?? account.id)
  const why = scope.kind === 'departure' ? 'departure' : `no role grants ${config.name} any more`
  const params = {
    user_id: account.id,
    user_name: userName,
    ...(account.details?.found_by ? { found_by: account.details.found_by } : {})
  }
  const reason = `${why} (on_departure: ${config.on_departure})`
  // A departure's deactivation (or deletion) is what ends sign-in to the app: containment.
  const extra = scope.kind === 'departure' ? { contain: true } : {}
  return {
    steps: [step(platform, found.person, action, userName, reason, params, extra)],
    refused: []
  }
}
