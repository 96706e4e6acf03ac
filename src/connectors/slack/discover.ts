// What one person holds on Slack, read-only: the member (by id, or by email when none is
// declared, then used only if it is provably theirs, see lookup.ts), and the user groups and
// channels a reduction removes. A departure lists every user group; channels end with
// deactivation.
import type { SlackConfig } from '../../declarations/types.js'
import type { Discovery, Grant, Holding, Identity, Scope } from '../connector.js'
import { FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import { discovery, failed, secondaryReads } from '../shared/results.js'
import {
  channelMembers,
  isBot,
  slackCode,
  usergroups,
  type Member,
  type Method,
  type SlackApi
} from './client.js'

/** Read answers Slack documents as "this feature does not exist here": notes, not failures.
 *  Any other error of a secondary read is unread (docs/slack-scim.md has the same table). */
const ABSENT: Partial<Record<Method, Record<string, string>>> = {
  'usergroups.list': {
    plan_upgrade_required: 'user groups: not available on this Slack plan, so none is held'
  }
}

const absentOn = (method: Method) => (err: unknown) => ABSENT[method]?.[slackCode(err) ?? '']

export async function discover(
  api: SlackApi,
  config: SlackConfig,
  who: Identity,
  scope: Scope
): Promise<Discovery> {
  const found = discovery('slack', who.person)
  try {
    const member = await findMember(api, who)
    if (!member) {
      const looked = who.account ? `member id ${who.account}` : `email ${who.email}`
      return { ...found, status: 'no_account', notes: [`no Slack member with ${looked}`] }
    }
    const crossed =
      !who.account &&
      lookupProblem(
        who,
        'slack',
        { account: member.id, email: member.profile?.email },
        `users.lookupByEmail for ${who.email}`
      )
    if (crossed) return { ...found, status: 'not_checked', reason: crossed }
    found.account = { id: member.id, display: member.real_name ?? member.name ?? member.id }
    found.holdings.push(memberHolding(member, !who.account))
    if (member.deleted) found.notes.push(`${member.id} is already deactivated`)
    const removed = (kind: Grant['kind']) =>
      scope.kind === 'reduction'
        ? scope.remove.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value)
        : []
    // A departure lists every user group (one call); channels end with deactivation.
    const handles = scope.kind === 'departure' ? undefined : removed('slack_usergroup')
    const read = secondaryReads(found, err => failed(err).detail)
    const [listed, channels] = await Promise.all([
      handles === undefined || handles.length
        ? read('user groups', () => usergroups(api), absentOn('usergroups.list'))
        : [],
      Promise.all(
        removed('slack_channel').map(
          async c =>
            [c, await read(`members of channel ${c}`, () => channelMembers(api, c))] as const
        )
      )
    ])
    const groups = listed ?? []
    for (const g of groups) {
      if ((handles && !handles.includes(g.handle)) || !g.users?.includes(member.id)) continue
      const last = g.users.length === 1
      found.holdings.push({
        kind: 'usergroup_membership',
        id: g.handle,
        label: `user group @${g.handle}${last ? ' (last member)' : ''}`,
        details: { usergroup_id: g.id, last_member: last }
      })
      if (last && scope.kind === 'reduction')
        found.notes.push(
          `${member.id} is the only member of @${g.handle}: Slack cannot empty a user group, so the removal will be reported, not made`
        )
    }
    for (const h of handles ?? [])
      if (listed && !groups.some(g => g.handle === h))
        found.notes.push(`user group @${h} not found`)
    for (const [channel, members] of channels)
      if (members?.includes(member.id))
        found.holdings.push({
          kind: 'channel_membership',
          id: channel,
          label: `channel ${channel}`
        })
    if (scope.kind === 'departure' && config.deactivate_with !== 'none')
      found.notes.push('deactivation signs the member out and removes them from every channel')
    return found
  } catch (err) {
    return { ...found, status: 'not_checked', reason: failed(err).detail }
  }
}

async function findMember(api: SlackApi, who: Identity): Promise<Member | undefined> {
  const [method, args] = who.account
    ? (['users.info', { user: who.account }] as const)
    : (['users.lookupByEmail', { email: who.email }] as const)
  try {
    return (await api.call(method, args)).user as Member
  } catch (err) {
    if (slackCode(err) === 'user_not_found' || slackCode(err) === 'users_not_found')
      return undefined
    throw err
  }
}

/** `lookup`: found by email, not by a declared member id (steps then say so, see lookup.ts). */
function memberHolding(m: Member, lookup: boolean): Holding {
  const flags = [
    m.deleted && 'deactivated',
    m.is_primary_owner ? 'primary owner' : m.is_owner ? 'owner' : m.is_admin && 'admin',
    isBot(m) && 'bot'
  ].filter(Boolean)
  const name = m.real_name ?? m.profile?.real_name ?? m.name
  return {
    kind: 'member',
    id: m.id,
    label: `member ${m.id}${name ? ` (${name})` : ''}${flags.length ? `: ${flags.join(', ')}` : ''}`,
    details: {
      deleted: m.deleted === true,
      is_admin: m.is_admin === true,
      is_owner: m.is_owner === true,
      is_primary_owner: m.is_primary_owner === true,
      is_bot: isBot(m),
      team_id: m.team_id ?? null,
      ...(lookup ? { found_by: FOUND_BY_LOOKUP } : {})
    }
  }
}
