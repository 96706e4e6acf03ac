// IAM actions on identities and permissions: users, tags, groups, inline and managed policies,
// permissions boundaries, and the account authorization details audit read.
import type { SimRequest } from '../shared/server.js'
import {
  IamError,
  pageAcross,
  pageOf,
  sortedRemove,
  truncation,
  validation,
  type Params,
  type Section,
  type XmlValue
} from './protocol.js'
import { boundaryXml, checkDocument, encodeDocument, quota, type IamContext } from './context.js'
import {
  joinGroup,
  newIamGroup,
  newIamUser,
  userArn,
  type IamSimTag,
  type IamSimUser
} from './state.js'

export type Action = (ctx: IamContext, p: Params, req: SimRequest) => XmlValue | undefined

// AWS quotas (IAM and STS quotas page, defaults).
const GROUPS_PER_USER = 10
const MANAGED_POLICIES_PER_USER = 10
const TAGS_PER_USER = 50
const INLINE_POLICY_BYTES_PER_USER = 2048

const NAME = /^[\w+=,.@-]+$/

function name(p: Params, field: string, max: number): string {
  const v = p.required(field)
  if (v.length > max)
    throw validation(field, v, `Member must have length less than or equal to ${max}`)
  if (!NAME.test(v))
    throw validation(field, v, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+')
  return v
}

export function path(p: Params): string {
  const v = p.optional('Path') ?? '/'
  if (!/^\/([\x21-\x7e]+\/)?$/.test(v))
    throw validation(
      'Path',
      v,
      'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)'
    )
  return v
}

/** What still blocks DeleteUser, each with AWS's DeleteConflict message, in the order checked. */
export function leftovers(u: IamSimUser): string[] {
  const out: string[] = []
  const must = (held: boolean, what: string) =>
    held && out.push(`Cannot delete entity, must ${what} first.`)
  must(u.loginProfile !== undefined, 'delete login profile')
  must(u.accessKeys.length > 0, 'delete access keys')
  must(u.signingCertificates.length > 0, 'delete signing certificates')
  must(u.sshPublicKeys.length > 0, 'delete SSH public keys')
  must(u.serviceSpecificCredentials.length > 0, 'delete service-specific credentials')
  must(u.mfaDevices.length > 0, 'delete MFA device')
  must(Object.keys(u.inlinePolicies).length > 0, 'delete policies')
  must(u.attachedPolicyArns.length > 0, 'detach all policies')
  must(u.groupNames.length > 0, 'remove users from group')
  return out
}

function applyTags(u: IamSimUser, tags: IamSimTag[]): void {
  for (const t of tags) {
    if (!t.Key) throw validation('Tags', '', 'Member must have length greater than or equal to 1')
    // Tag keys are case-insensitive in IAM: a new value replaces the old key's.
    const i = u.tags.findIndex(x => x.Key.toLowerCase() === t.Key.toLowerCase())
    if (i >= 0) u.tags[i] = t
    else u.tags.push(t)
  }
  if (u.tags.length > TAGS_PER_USER)
    throw new IamError('LimitExceeded', `The number of tags has reached the maximum limit.`)
}

const tagsParam = (p: Params) => p.structs('Tags', ['Key', 'Value']) as unknown as IamSimTag[]

function policyArnParam(ctx: IamContext, p: Params, field: string): string {
  const arn = p.required(field)
  if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\/.+/.test(arn))
    throw new IamError('InvalidInput', `ARN ${arn} is not valid.`)
  if (!ctx.state.policies.has(arn))
    throw new IamError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`)
  return arn
}

const byPathPrefix = (p: Params) => {
  const prefix = p.optional('PathPrefix') ?? '/'
  return (path: string) => path.startsWith(prefix)
}

function userDetail(ctx: IamContext, u: IamSimUser): XmlValue {
  return {
    Path: u.path,
    UserName: u.userName,
    UserId: u.userId,
    Arn: userArn(ctx.state, u),
    CreateDate: u.createDate,
    UserPolicyList: Object.entries(u.inlinePolicies).map(([n, d]) => ({
      PolicyName: n,
      PolicyDocument: encodeDocument(d)
    })),
    GroupList: [...u.groupNames],
    AttachedManagedPolicies: u.attachedPolicyArns.map(a => ctx.attached(a)),
    PermissionsBoundary: boundaryXml(u),
    Tags: u.tags
  }
}

type Detail = { list: 'UserDetailList' | 'GroupDetailList' | 'Policies'; value: XmlValue }

export const identityActions: Record<string, Action> = {
  CreateUser(ctx, p) {
    const userName = name(p, 'UserName', 64)
    if (ctx.state.users.has(userName))
      throw new IamError('EntityAlreadyExists', `User with name ${userName} already exists.`)
    const boundary =
      p.optional('PermissionsBoundary') && policyArnParam(ctx, p, 'PermissionsBoundary')
    const u = newIamUser(userName, {
      id: ctx.mintId('AIDA', 21),
      createDate: ctx.now(),
      path: path(p)
    })
    applyTags(u, tagsParam(p))
    if (boundary) u.permissionsBoundaryArn = boundary
    ctx.state.users.set(userName, u)
    ctx.users.add(userName)
    return { User: ctx.userXml(u, true) }
  },

  GetUser(ctx, p, req) {
    const named = p.optional('UserName')
    const u = named ? ctx.user(named) : ctx.caller(req)
    if (u) return { User: ctx.userXml(u, true) }
    // Signed by a key no user owns: AWS answers for the account's root user.
    const root = `arn:aws:iam::${ctx.state.accountId}:root`
    return { User: { UserId: ctx.state.accountId, Arn: root, CreateDate: '2015-02-06T18:39:46Z' } }
  },

  ListUsers(ctx, p) {
    const inPath = byPathPrefix(p)
    const page = pageOf(p, ctx.users.keys, n => {
      const u = ctx.state.users.get(n)
      return u && inPath(u.path) ? ctx.userXml(u, false) : undefined
    })
    return { Users: page.items, ...truncation(page) }
  },

  DeleteUser(ctx, p) {
    const u = ctx.userParam(p)
    const [conflict] = leftovers(u)
    if (conflict) throw new IamError('DeleteConflict', conflict)
    ctx.state.users.delete(u.userName)
    ctx.users.remove(u.userName)
    return undefined
  },

  TagUser(ctx, p) {
    applyTags(ctx.userParam(p), tagsParam(p))
    return undefined
  },

  UntagUser(ctx, p) {
    const u = ctx.userParam(p)
    const drop = new Set(p.list('TagKeys').map(k => k.toLowerCase()))
    u.tags = u.tags.filter(t => !drop.has(t.Key.toLowerCase()))
    return undefined
  },

  ListUserTags(ctx, p) {
    const u = ctx.userParam(p)
    const byKey = new Map(u.tags.map(t => [t.Key, t]))
    const page = pageOf(p, [...byKey.keys()].sort(), k => byKey.get(k))
    return { Tags: page.items, ...truncation(page) }
  },

  PutUserPermissionsBoundary(ctx, p) {
    const u = ctx.userParam(p)
    u.permissionsBoundaryArn = policyArnParam(ctx, p, 'PermissionsBoundary')
    return undefined
  },

  DeleteUserPermissionsBoundary(ctx, p) {
    delete ctx.userParam(p).permissionsBoundaryArn
    return undefined
  },

  // ---- groups ----

  CreateGroup(ctx, p) {
    const groupName = name(p, 'GroupName', 128)
    if (ctx.state.groups.has(groupName))
      throw new IamError('EntityAlreadyExists', `Group with name ${groupName} already exists.`)
    const g = newIamGroup(groupName, {
      id: ctx.mintId('AGPA', 21),
      createDate: ctx.now(),
      path: path(p)
    })
    ctx.state.groups.set(groupName, g)
    ctx.groups.add(groupName)
    return { Group: ctx.groupXml(g) }
  },

  GetGroup(ctx, p) {
    const g = ctx.group(p.required('GroupName'))
    const page = pageOf(p, g.userNames, n => {
      const u = ctx.state.users.get(n)
      return u && ctx.userXml(u, false)
    })
    return { Group: ctx.groupXml(g), Users: page.items, ...truncation(page) }
  },

  ListGroups(ctx, p) {
    const inPath = byPathPrefix(p)
    const page = pageOf(p, ctx.groups.keys, n => {
      const g = ctx.state.groups.get(n)
      return g && inPath(g.path) ? ctx.groupXml(g) : undefined
    })
    return { Groups: page.items, ...truncation(page) }
  },

  DeleteGroup(ctx, p) {
    const g = ctx.group(p.required('GroupName'))
    if (g.userNames.length)
      throw new IamError(
        'DeleteConflict',
        'Cannot delete entity, must remove users from group first.'
      )
    if (Object.keys(g.inlinePolicies).length)
      throw new IamError('DeleteConflict', 'Cannot delete entity, must delete policies first.')
    if (g.attachedPolicyArns.length)
      throw new IamError('DeleteConflict', 'Cannot delete entity, must detach all policies first.')
    ctx.state.groups.delete(g.groupName)
    ctx.groups.remove(g.groupName)
    return undefined
  },

  AddUserToGroup(ctx, p) {
    const g = ctx.group(p.required('GroupName'))
    const u = ctx.userParam(p)
    if (u.groupNames.includes(g.groupName)) return undefined
    quota(u.groupNames.length, GROUPS_PER_USER, 'GroupsPerUser')
    joinGroup(u, g)
    return undefined
  },

  RemoveUserFromGroup(ctx, p) {
    const g = ctx.group(p.required('GroupName'))
    const u = ctx.userParam(p)
    if (!sortedRemove(g.userNames, u.userName))
      throw new IamError('NoSuchEntity', `The user with name ${u.userName} cannot be found.`)
    sortedRemove(u.groupNames, g.groupName)
    return undefined
  },

  ListGroupsForUser(ctx, p) {
    const u = ctx.userParam(p)
    const page = pageOf(p, u.groupNames, n => {
      const g = ctx.state.groups.get(n)
      return g && ctx.groupXml(g)
    })
    return { Groups: page.items, ...truncation(page) }
  },

  // ---- inline policies ----

  PutUserPolicy(ctx, p) {
    const u = ctx.userParam(p)
    const policyName = name(p, 'PolicyName', 128)
    const doc = p.required('PolicyDocument')
    checkDocument(doc)
    // AWS counts the user's inline policies together, without whitespace.
    const size = (d: string) => d.replace(/\s/g, '').length
    let total = size(doc)
    for (const [n, d] of Object.entries(u.inlinePolicies)) if (n !== policyName) total += size(d)
    if (total > INLINE_POLICY_BYTES_PER_USER)
      throw new IamError(
        'LimitExceeded',
        `Maximum policy size of ${INLINE_POLICY_BYTES_PER_USER} bytes exceeded for user ${u.userName}`
      )
    u.inlinePolicies[policyName] = doc
    return undefined
  },

  GetUserPolicy(ctx, p) {
    const u = ctx.userParam(p)
    const policyName = p.required('PolicyName')
    const doc = Object.hasOwn(u.inlinePolicies, policyName)
      ? u.inlinePolicies[policyName]
      : undefined
    if (doc === undefined)
      throw new IamError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`)
    return { UserName: u.userName, PolicyName: policyName, PolicyDocument: encodeDocument(doc) }
  },

  ListUserPolicies(ctx, p) {
    const page = pageOf(p, Object.keys(ctx.userParam(p).inlinePolicies).sort(), n => n)
    return { PolicyNames: page.items, ...truncation(page) }
  },

  DeleteUserPolicy(ctx, p) {
    const u = ctx.userParam(p)
    const policyName = p.required('PolicyName')
    if (!Object.hasOwn(u.inlinePolicies, policyName))
      throw new IamError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`)
    delete u.inlinePolicies[policyName]
    return undefined
  },

  // ---- managed policies ----

  CreatePolicy(ctx, p) {
    const policyName = name(p, 'PolicyName', 128)
    const doc = p.required('PolicyDocument')
    checkDocument(doc)
    const policyPath = path(p)
    const arn = `arn:aws:iam::${ctx.state.accountId}:policy${policyPath}${policyName}`
    if (ctx.state.policies.has(arn))
      throw new IamError(
        'EntityAlreadyExists',
        `A policy called ${policyName} already exists. Duplicate names are not allowed.`
      )
    const now = ctx.now()
    const policy = {
      arn,
      policyName,
      policyId: ctx.mintId('ANPA', 21),
      path: policyPath,
      document: doc,
      description: p.optional('Description'),
      createDate: now,
      awsManaged: false
    }
    ctx.state.policies.set(arn, policy)
    ctx.policies.add(arn)
    return {
      Policy: {
        PolicyName: policyName,
        PolicyId: policy.policyId,
        Arn: arn,
        Path: policyPath,
        DefaultVersionId: 'v1',
        AttachmentCount: 0,
        PermissionsBoundaryUsageCount: 0,
        IsAttachable: true,
        CreateDate: now,
        UpdateDate: now
      }
    }
  },

  AttachUserPolicy(ctx, p) {
    const u = ctx.userParam(p)
    const arn = policyArnParam(ctx, p, 'PolicyArn')
    if (u.attachedPolicyArns.includes(arn)) return undefined
    quota(u.attachedPolicyArns.length, MANAGED_POLICIES_PER_USER, 'PoliciesPerUser')
    u.attachedPolicyArns.push(arn)
    return undefined
  },

  DetachUserPolicy(ctx, p) {
    const u = ctx.userParam(p)
    const arn = p.required('PolicyArn')
    const i = u.attachedPolicyArns.indexOf(arn)
    if (i < 0) throw new IamError('NoSuchEntity', `Policy ${arn} was not found.`)
    u.attachedPolicyArns.splice(i, 1)
    return undefined
  },

  ListAttachedUserPolicies(ctx, p) {
    const u = ctx.userParam(p)
    const inPath = byPathPrefix(p)
    const page = pageOf(p, [...u.attachedPolicyArns].sort(), arn => {
      const pol = ctx.state.policies.get(arn)
      return !pol || inPath(pol.path) ? ctx.attached(arn) : undefined
    })
    return { AttachedPolicies: page.items, ...truncation(page) }
  },

  // ---- the audit read: everything about users (and groups, policies) in pages ----

  GetAccountAuthorizationDetails(ctx, p) {
    const filters = new Set(p.list('Filter'))
    const wants = (f: string) => filters.size === 0 || filters.has(f)
    const sections: Section<Detail>[] = []
    if (wants('User'))
      sections.push({
        keys: ctx.users.keys,
        get: n => {
          const u = ctx.state.users.get(n)
          return u && { list: 'UserDetailList', value: userDetail(ctx, u) }
        }
      })
    if (wants('Group'))
      sections.push({
        keys: ctx.groups.keys,
        get: n => {
          const g = ctx.state.groups.get(n)
          if (!g) return undefined
          const value = {
            ...(ctx.groupXml(g) as Record<string, XmlValue>),
            GroupPolicyList: Object.entries(g.inlinePolicies).map(([pn, d]) => ({
              PolicyName: pn,
              PolicyDocument: encodeDocument(d)
            })),
            AttachedManagedPolicies: g.attachedPolicyArns.map(a => ctx.attached(a))
          }
          return { list: 'GroupDetailList', value }
        }
      })
    const local = wants('LocalManagedPolicy')
    const aws = wants('AWSManagedPolicy')
    if (local || aws)
      sections.push({
        keys: ctx.policies.keys,
        get: arn => {
          const pol = ctx.state.policies.get(arn)
          if (!pol || !(pol.awsManaged ? aws : local)) return undefined
          const value = {
            PolicyName: pol.policyName,
            PolicyId: pol.policyId,
            Arn: pol.arn,
            Path: pol.path,
            DefaultVersionId: 'v1',
            IsAttachable: true,
            Description: pol.description,
            CreateDate: pol.createDate,
            UpdateDate: pol.createDate,
            PolicyVersionList: [
              {
                Document: encodeDocument(pol.document),
                VersionId: 'v1',
                IsDefaultVersion: true,
                CreateDate: pol.createDate
              }
            ]
          }
          return { list: 'Policies', value }
        }
      })
    // The sandbox has no roles: asked for, they come back as an empty list.
    const page = pageAcross(p, sections)
    const of = (list: Detail['list']) => page.items.filter(d => d.list === list).map(d => d.value)
    return {
      UserDetailList: of('UserDetailList'),
      GroupDetailList: of('GroupDetailList'),
      RoleDetailList: [],
      Policies: of('Policies'),
      ...truncation(page)
    }
  }
}
