// What to revoke on Slack, as data: a departure ends the member's sessions, then deactivates
// them as `deactivate_with` says (Slack's SCIM API, admin.users.remove, or a human); a
// reduction removes them from the user groups and channels no role grants any more. The
// primary owner and protected members are refused.
import type { SlackConfig } from '../../declarations/types.js'
import type { Discovery, PlatformPlan, Scope, Step } from '../connector.js'
import { refusal, step } from '../shared/results.js'

export function planSlack(found: Discovery, scope: Scope, config: SlackConfig): PlatformPlan {
  const member = found.holdings.find(h => h.kind === 'member')
  if (found.status !== 'checked' || !member || member.details?.deleted)
    return { steps: [], refused: [] }
  const uid = member.id
  const refuse = (reason: string): PlatformPlan => ({
    steps: [],
    refused: [refusal('slack', found.person, uid, reason)]
  })
  if (config.protected.includes(uid))
    return refuse(`${uid} is protected (slack.protected in platforms.yaml): never touched`)
  if (member.details?.is_primary_owner)
    return refuse(
      `${uid} is the primary owner, whom Slack lets no one deactivate: transfer primary ownership first`
    )
  const make = (
    action: string,
    target: string,
    reason: string,
    params: Record<string, unknown>,
    extra: Partial<Step> = {}
  ): Step =>
    step(
      'slack',
      found.person,
      action,
      target,
      reason,
      {
        user_id: uid,
        ...(member.details?.found_by ? { found_by: member.details.found_by } : {}),
        ...params
      },
      extra
    )
  if (scope.kind === 'departure') {
    // Both steps contain (the executor runs them before any other platform's clean-up). The
    // reset stays before the deactivation: a member already deactivated or removed is
    // user_not_found to admin.users.session.reset, which would be logged as signed out
    // without anyone having seen the sessions end.
    const reset = make(
      'reset_sessions',
      uid,
      'departure: sign out of every device now',
      {},
      { contain: true }
    )
    const after = { after: [reset.id], contain: true }
    const deactivate = {
      scim: () =>
        make('deactivate_user', uid, "departure: deactivate through Slack's SCIM API", {}, after),
      admin: () =>
        make(
          'remove_from_workspace',
          uid,
          'departure: remove from the workspace (admin.users.remove)',
          { team_id: member.details?.team_id },
          after
        ),
      none: () =>
        make(
          'deactivate_user',
          uid,
          'deactivate_with is none: deactivate the member in Slack or the identity provider',
          {},
          { ...after, mode: 'manual' }
        )
    }[config.deactivate_with]()
    return { steps: [reset, deactivate], refused: [] }
  }
  const steps: Step[] = []
  for (const h of found.holdings) {
    if (h.kind === 'usergroup_membership')
      steps.push(
        make('remove_from_usergroup', `@${h.id}`, 'no role grants this user group any more', {
          usergroup_id: h.details?.usergroup_id,
          handle: h.id
        })
      )
    if (h.kind === 'channel_membership')
      steps.push(
        make('remove_from_channel', h.id, 'no role grants this channel any more', {
          channel: h.id
        })
      )
  }
  return { steps, refused: [] }
}
