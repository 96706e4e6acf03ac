// Every Slack member for the audit, with the declared user groups and channels they are in:
// users.list with the largest page, one usergroups.list, one member list per declared channel.
import type { Grant, Inventory, ListedAccount } from '../connector.js'
import { failed, listing } from '../shared/results.js'
import {
  channelMembers,
  isBot,
  slackCode,
  usergroups,
  type Member,
  type SlackApi
} from './client.js'

/** What the audit keeps of a member: users.list answers with whole profiles. */
const member = (m: Member): Member => ({
  id: m.id,
  name: m.name,
  real_name: m.real_name,
  deleted: m.deleted,
  is_bot: m.is_bot,
  profile: m.profile && { email: m.profile.email, real_name: m.profile.real_name }
})

export function list(api: SlackApi, declared: Grant[]): Promise<Inventory> {
  const wanted = (kind: Grant['kind']) => [
    ...new Set(declared.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value))
  ]
  const handles = wanted('slack_usergroup')
  return listing(
    'slack',
    api,
    async notes => {
      const [members, groups, channels] = await Promise.all([
        api.collect('users.list', {}, 'members', member),
        handles.length ? usergroups(api) : [],
        Promise.all(
          wanted('slack_channel').map(async c => {
            try {
              return [c, await channelMembers(api, c)] as const
            } catch (err) {
              if (slackCode(err) !== 'channel_not_found') throw err
              notes.push(`channel ${c} not found, or not visible to the token: not checked`)
              return [c, undefined] as const
            }
          })
        )
      ])
      const grants = new Map<string, Grant[]>()
      const give = (uid: string, grant: Grant) =>
        grants.set(uid, [...(grants.get(uid) ?? []), grant])
      for (const handle of handles) {
        const group = groups.find(g => g.handle === handle)
        if (!group) notes.push(`declared user group @${handle} not found`)
        for (const uid of group?.users ?? [])
          give(uid, { platform: 'slack', kind: 'slack_usergroup', value: handle })
      }
      for (const [channel, uids] of channels)
        for (const uid of uids ?? [])
          give(uid, { platform: 'slack', kind: 'slack_channel', value: channel })
      return members.map((m): ListedAccount => ({
        platform: 'slack',
        account: m.id,
        id: m.id,
        email: m.profile?.email,
        name: m.real_name ?? m.profile?.real_name ?? m.name,
        kind: isBot(m) ? 'bot' : 'member',
        active: !m.deleted,
        grants: grants.get(m.id) ?? [],
        credentials: []
      }))
    },
    err => failed(err).detail
  )
}
