// The one place Slack is changed: one call per step. Answers meaning "nothing left to remove"
// (not_in_channel, user_not_found, ...) are already_absent; a session reset this plan or token
// cannot make is skipped, since deactivation signs the member out.
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import { failed } from '../shared/results.js'
import type { ScimClient } from '../shared/scim-client.js'
import { slackCode, type Method, type SlackApi } from './client.js'

/** Session reset answers Slack documents as "not on this plan or token type" (off Enterprise
 *  Grid) or "not for this member": skipped, since deactivation signs the member out. A token
 *  that lacks a scope or an admin (missing_scope, not_an_admin, ...) is a failure to fix. */
const CANNOT_RESET = new Set([
  'not_allowed_token_type',
  'feature_not_enabled',
  'paid_only',
  'unknown_method',
  'cannot_reset_bot'
])

/** `scim`: Slack's SCIM API, when the writer deactivates through it. */
export async function perform(
  api: SlackApi,
  scim: ScimClient | undefined,
  claims: ConnectorContext['claims'],
  step: Step
): Promise<Outcome> {
  const uid = String(step.params.user_id)
  const crossed = refuseCrossed(claims, step, uid)
  if (crossed) return crossed
  switch (step.action) {
    case 'reset_sessions':
      return write(
        api,
        'admin.users.session.reset',
        { user_id: uid },
        {
          gone: ['user_not_found'],
          cannot: CANNOT_RESET,
          why: 'deactivation signs the member out'
        }
      )
    case 'deactivate_user':
      if (!scim) return { result: 'skipped', detail: step.reason }
      try {
        // Slack's SCIM DELETE deactivates the member; it never erases them.
        const result = await scim.deleteUser(uid, { deactivates: true })
        return { result, detail: result === 'already_absent' ? 'no active member' : '' }
      } catch (err) {
        return failed(err)
      }
    case 'remove_from_workspace':
      return write(
        api,
        'admin.users.remove',
        { team_id: step.params.team_id, user_id: uid },
        { gone: ['user_not_found', 'user_already_deleted'] }
      )
    case 'remove_from_usergroup':
      return removeFromUsergroup(
        api,
        uid,
        String(step.params.usergroup_id),
        String(step.params.handle)
      )
    case 'remove_from_channel':
      return write(
        api,
        'conversations.kick',
        { channel: step.params.channel, user: uid },
        { gone: ['not_in_channel', 'user_not_found'] }
      )
    default:
      return { result: 'failed', detail: `slack: unknown action ${step.action}` }
  }
}

/** One write call. `gone`: Slack errors meaning "nothing left to remove"; `cannot`: errors
 *  meaning this token or plan cannot make the call, recorded as skipped with `why`. */
async function write(
  api: SlackApi,
  method: Method,
  args: Record<string, unknown>,
  answers: { gone?: string[]; cannot?: ReadonlySet<string>; why?: string }
): Promise<Outcome> {
  try {
    await api.call(method, args)
    return { result: 'revoked', detail: '' }
  } catch (err) {
    const code = slackCode(err) ?? ''
    if (answers.gone?.includes(code)) return { result: 'already_absent', detail: code }
    if (answers.cannot?.has(code))
      return { result: 'skipped', detail: `${failed(err).detail}; ${answers.why ?? ''}` }
    return failed(err)
  }
}

async function removeFromUsergroup(
  api: SlackApi,
  uid: string,
  usergroup: string,
  handle: string
): Promise<Outcome> {
  // usergroups.users.update replaces the whole list: read it right before writing.
  let users: string[]
  try {
    const answer = await api.call('usergroups.users.list', { usergroup, include_disabled: true })
    users = (answer.users ?? []) as string[]
  } catch (err) {
    if (slackCode(err) === 'no_such_subteam')
      return { result: 'already_absent', detail: `user group @${handle} no longer exists` }
    return failed(err)
  }
  if (!users.includes(uid)) return { result: 'already_absent', detail: `not in @${handle}` }
  const rest = users.filter(u => u !== uid)
  if (rest.length === 0)
    return {
      result: 'skipped',
      detail: `${uid} is the only member of @${handle} and Slack cannot empty a user group: add someone or disable the group (usergroups.disable), then apply again`
    }
  return write(
    api,
    'usergroups.users.update',
    { usergroup, users: rest.join(',') },
    { gone: ['no_such_subteam'] }
  )
}
