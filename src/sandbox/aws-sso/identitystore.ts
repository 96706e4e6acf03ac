// Identity Store actions: users, groups and group memberships, with the service's checks
// (required attributes, unique user names and group names, members and groups that exist) and
// answers (ResourceNotFound naming the resource type, Conflict naming the constraint).
import type { Action, SsoContext } from './context.js'
import { notFound, page, SsoError, validation, type Input } from './protocol.js'
import { userIdFor, type SsoSimEmail, type SsoSimMembership, type SsoSimUser } from './state.js'

/** User names compare without regard to case (see connectors/aws_sso/rules.ts). */
const fold = (s: string) => s.toLowerCase()

const conflict = (what: string) =>
  new SsoError('ConflictException', `Duplicate ${what}`, {
    Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION'
  })

function userJson(ctx: SsoContext, u: SsoSimUser) {
  return {
    IdentityStoreId: ctx.state.identityStoreId,
    UserId: u.userId,
    UserName: u.userName,
    DisplayName: u.displayName,
    Name: u.name,
    Emails: u.emails,
    UserStatus: u.status
  }
}

const groupJson = (
  ctx: SsoContext,
  g: { groupId: string; displayName: string; description?: string }
) => ({
  IdentityStoreId: ctx.state.identityStoreId,
  GroupId: g.groupId,
  DisplayName: g.displayName,
  Description: g.description
})

const membershipJson = (ctx: SsoContext, m: SsoSimMembership) => ({
  IdentityStoreId: ctx.state.identityStoreId,
  MembershipId: m.membershipId,
  GroupId: m.groupId,
  MemberId: { UserId: m.userId }
})

/** The user a request's `UserName` would collide with, if any. */
const userNamed = (ctx: SsoContext, userName: string) =>
  [...ctx.state.users.values()].find(u => fold(u.userName) === fold(userName))

/** A UniqueAttribute alternate identifier: its attribute path and value. */
function uniqueAttribute(input: Input): { path: string; value: string } {
  const id = input.object('AlternateIdentifier')
  if (id?.ExternalId) throw validation('ExternalId alternate identifiers are not supported here')
  const u = id?.UniqueAttribute as { AttributePath?: unknown; AttributeValue?: unknown } | undefined
  if (
    typeof u?.AttributePath !== 'string' ||
    typeof u.AttributeValue !== 'string' ||
    !u.AttributeValue
  )
    throw validation('attribute value cannot be empty or null for attribute path')
  return { path: u.AttributePath.toLowerCase(), value: u.AttributeValue }
}

function members(ctx: SsoContext, keep: (m: SsoSimMembership) => boolean) {
  return [...ctx.state.memberships.values()].filter(keep).map(m => membershipJson(ctx, m))
}

export const storeActions: Record<string, Action> = {
  CreateUser(ctx, input) {
    ctx.store(input)
    const userName = input.required('UserName')
    const name = input.object('Name') as Record<string, string> | undefined
    const missing = [
      !input.optional('DisplayName') && 'displayname',
      !name && 'name',
      name && !name.GivenName && 'givenname',
      name && !name.FamilyName && 'familyname'
    ].filter(Boolean)
    if (missing.length)
      throw validation(missing.map(a => `${a}: The attribute ${a} is required`).join(', '))
    if (userNamed(ctx, userName)) throw conflict('UserName')
    const user: SsoSimUser = {
      userId: userIdFor(ctx.state, `${userName}:${ctx.uuid()}`),
      userName,
      displayName: input.optional('DisplayName'),
      name,
      emails: input.list('Emails') as SsoSimEmail[],
      status: 'ENABLED'
    }
    ctx.state.users.set(user.userId, user)
    return { IdentityStoreId: ctx.state.identityStoreId, UserId: user.userId }
  },
  DescribeUser(ctx, input) {
    ctx.store(input)
    return userJson(ctx, ctx.user(input.required('UserId')))
  },
  GetUserId(ctx, input) {
    ctx.store(input)
    const { path, value } = uniqueAttribute(input)
    if (path !== 'username' && path !== 'emails.value')
      throw validation(`The attribute ${path} is not a unique attribute`)
    const user =
      path === 'username'
        ? userNamed(ctx, value)
        : [...ctx.state.users.values()].find(u => u.emails.some(e => e.Value === value))
    if (!user) throw notFound('USER')
    return { IdentityStoreId: ctx.state.identityStoreId, UserId: user.userId }
  },
  ListUsers(ctx, input) {
    ctx.store(input)
    const { items, NextToken } = page(input, [...ctx.state.users.values()])
    return { Users: items.map(u => userJson(ctx, u)), NextToken }
  },
  DeleteUser(ctx, input) {
    ctx.store(input)
    const user = ctx.user(input.required('UserId'))
    ctx.state.users.delete(user.userId)
    // A deleted user is in no group; its account assignments stay, naming a principal that
    // no longer exists, as AWS's do.
    for (const [id, m] of ctx.state.memberships)
      if (m.userId === user.userId) ctx.state.memberships.delete(id)
    return {}
  },
  CreateGroup(ctx, input) {
    ctx.store(input)
    const displayName = input.required('DisplayName')
    if ([...ctx.state.groups.values()].some(g => g.displayName === displayName))
      throw conflict('GroupDisplayName')
    const groupId = userIdFor(ctx.state, `group:${displayName}:${ctx.uuid()}`)
    ctx.state.groups.set(groupId, {
      groupId,
      displayName,
      description: input.optional('Description')
    })
    return { IdentityStoreId: ctx.state.identityStoreId, GroupId: groupId }
  },
  DescribeGroup(ctx, input) {
    ctx.store(input)
    return groupJson(ctx, ctx.group(input.required('GroupId')))
  },
  GetGroupId(ctx, input) {
    ctx.store(input)
    const { path, value } = uniqueAttribute(input)
    const group = [...ctx.state.groups.values()].find(
      g => path === 'displayname' && g.displayName === value
    )
    if (!group) throw notFound('GROUP')
    return { IdentityStoreId: ctx.state.identityStoreId, GroupId: group.groupId }
  },
  ListGroups(ctx, input) {
    ctx.store(input)
    const { items, NextToken } = page(input, [...ctx.state.groups.values()])
    return { Groups: items.map(g => groupJson(ctx, g)), NextToken }
  },
  CreateGroupMembership(ctx, input) {
    ctx.store(input)
    const groupId = input.required('GroupId')
    const userId = String(input.object('MemberId')?.UserId ?? '')
    if (!ctx.state.users.has(userId)) throw notFound('USER', 'Member does not exist')
    if (!ctx.state.groups.has(groupId)) throw notFound('GROUP', 'Group does not exist')
    if ([...ctx.state.memberships.values()].some(m => m.groupId === groupId && m.userId === userId))
      throw conflict('GroupMembership')
    const membershipId = ctx.uuid()
    ctx.state.memberships.set(membershipId, { membershipId, groupId, userId })
    return { IdentityStoreId: ctx.state.identityStoreId, MembershipId: membershipId }
  },
  ListGroupMemberships(ctx, input) {
    ctx.store(input)
    const groupId = ctx.group(input.required('GroupId')).groupId
    const { items, NextToken } = page(
      input,
      members(ctx, m => m.groupId === groupId)
    )
    return { GroupMemberships: items, NextToken }
  },
  ListGroupMembershipsForMember(ctx, input) {
    ctx.store(input)
    const userId = String(input.object('MemberId')?.UserId ?? '')
    const { items, NextToken } = page(
      input,
      members(ctx, m => m.userId === userId)
    )
    return { GroupMemberships: items, NextToken }
  },
  DeleteGroupMembership(ctx, input) {
    ctx.store(input)
    const id = input.required('MembershipId')
    if (!ctx.state.memberships.delete(id)) throw notFound('GROUP_MEMBERSHIP')
    return {}
  }
}
