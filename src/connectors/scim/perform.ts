// The one place a SCIM app is changed: deactivate (PATCH, or PUT where PATCH is unsupported)
// or delete. A 404 is already_absent only once a read shows the user gone (scim-client.ts).
import type { ConnectorContext, Outcome, PlatformName, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import { failed } from '../shared/results.js'
import type { ScimClient } from '../shared/scim-client.js'

export async function perform(
  platform: PlatformName,
  client: ScimClient,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  const id = String(step.params.user_id)
  const crossed = refuseCrossed(claims, step, step.params.user_name)
  if (crossed) return crossed
  try {
    if (step.action === 'deactivate_user') {
      const result = await client.deactivate(id)
      return { result, detail: result === 'already_absent' ? 'no active account' : '' }
    }
    if (step.action === 'delete_user') {
      const result = await client.deleteUser(id)
      return { result, detail: result === 'already_absent' ? 'no such user' : '' }
    }
    return { result: 'failed', detail: `${platform}: unknown action ${step.action}` }
  } catch (err) {
    return failed(err)
  }
}
