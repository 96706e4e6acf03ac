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

/** A member as the audit lists it, made as its page arrives: users.list answers with whole
 *  profiles, and nothing else of them is held. Grants are added once the groups and channels
 *  are read. */
const listed = (m: Member): ListedAccount => ({
  platform: 'slack',
  account: m.id,
  id: m.id,
  email: m.profile?.email,
  name: m.real_name ?? m.profile?.real_name ?? m.name,
  kind: isBot(m) ? 'bot' : 'member',
  active: !m.deleted,
  grants: [],
  credentials: []
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
        api.collect('users.list', {}, 'members', listed),
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
      // Each list the length it ends with: a list grown by push keeps room for a dozen more,
      // which for every member of a large workspace is more than the member.
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
      for (const m of members) m.grants = grants.get(m.account) ?? m.grants
      return members
    },
    err => failed(err).detail
  )
}
