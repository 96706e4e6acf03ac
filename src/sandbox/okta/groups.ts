// The simulated Groups API as offboard calls it: listing groups (`search`, `q`, paging up to
// 10000 a page), a group's members (up to 1000 a page), and leaving a group, which Okta allows
// only for groups it manages (OKTA_GROUP).
import { noContent, notFound, oktaError, page, type Call, type Route } from './answers.js'
import { findGroup, type OktaSimGroup } from './state.js'
import { matcher, renderGroup, renderUser, resolveUser } from './render.js'

const GROUP_ATTRIBUTES: Record<string, (g: OktaSimGroup) => string> = {
  id: g => g.id,
  type: g => g.type,
  'profile.name': g => g.name
}

const onGroup = (handle: (call: Call, group: OktaSimGroup) => ReturnType<Route['handle']>) => {
  return (call: Call) => {
    const group = findGroup(call.state, call.params.groupId)
    return group ? handle(call, group) : notFound(call.params.groupId, 'UserGroup')
  }
}

export const GROUP_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/v1/groups',
    scope: 'okta.groups.read',
    handle: call => {
      const q = call.req.query
      let groups = call.state.groups
      const expression = q.get('search') ?? q.get('filter')
      if (expression !== null) {
        const match = matcher(expression, GROUP_ATTRIBUTES, q.has('search')) as
          ((g: OktaSimGroup) => boolean) | undefined
        if (!match) return oktaError(400, 'Invalid search criteria.', 'E0000031')
        groups = groups.filter(match)
      }
      const prefix = q.get('q')?.toLowerCase()
      if (prefix !== undefined) groups = groups.filter(g => g.name.toLowerCase().startsWith(prefix))
      return page(call, groups, g => renderGroup(call, g), { max: 10000, fallback: 10000 })
    }
  },
  {
    method: 'GET',
    path: '/api/v1/groups/{groupId}/users',
    scope: 'okta.groups.read',
    handle: onGroup((call, g) => {
      const members = call.state.users.filter(u => g.members.includes(u.id))
      return page(call, members, u => renderUser(call, u), { max: 1000, fallback: 1000 })
    })
  },
  {
    method: 'DELETE',
    path: '/api/v1/groups/{groupId}/users/{userId}',
    scope: 'okta.groups.manage',
    handle: onGroup((call, g) => {
      const user = resolveUser(call, call.params.userId)
      if (!user) return notFound(call.params.userId, 'User')
      if (g.type !== 'OKTA_GROUP')
        return oktaError(400, 'Api validation failed: group membership', 'E0000001', {}, [
          `the members of ${g.type} groups are not managed in Okta`
        ])
      // Leaving a group one is not in changes nothing and is no error.
      if (g.members.includes(user.id)) {
        g.members = g.members.filter(id => id !== user.id)
        call.state.events.push({ type: 'group.left', userId: user.id, detail: g.name })
      }
      return noContent()
    })
  }
]
