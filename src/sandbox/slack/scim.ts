// Slack's SCIM API (https://api.slack.com/scim/v2/) over the same SlackSimState as the Web
// API sim. As on Slack: the SCIM id is the member id, userName the member's `name`,
// DELETE deactivates the member (the record stays, `active: false`), `active: false` by
// PATCH or PUT does the same, bots are not SCIM users, and a token needs the `admin` scope.
import type { Platform } from '../shared/server.js'
import {
  createScimPlatform,
  type ScimPlatformOptions,
  type ScimRefusal,
  type ScimUser,
  type ScimUserAttrs,
  type ScimUserStore
} from '../scim/platform.js'
import {
  findMember,
  setDeactivated,
  slackMember,
  type SlackMember,
  type SlackSimState
} from './state.js'

function toScimUser(m: SlackMember): ScimUser {
  const [givenName, ...rest] = m.real_name.split(' ')
  return {
    id: m.id,
    userName: m.name,
    displayName: m.profile.display_name || m.real_name,
    name: { givenName, familyName: rest.join(' '), formatted: m.real_name },
    emails: m.profile.email ? [{ value: m.profile.email, primary: true }] : [],
    active: !m.deleted
  }
}

const primaryOwnerRefusal: ScimRefusal = {
  status: 403,
  detail: 'the primary owner cannot be deactivated; transfer primary ownership first'
}

/** Write SCIM attributes onto a member; refuse to deactivate the primary owner. */
function apply(
  state: SlackSimState,
  m: SlackMember,
  attrs: ScimUserAttrs
): ScimRefusal | undefined {
  if (!attrs.active && m.is_primary_owner) return primaryOwnerRefusal
  m.name = attrs.userName
  const formatted =
    attrs.name?.formatted ??
    [attrs.name?.givenName, attrs.name?.familyName].filter(Boolean).join(' ')
  if (formatted) m.real_name = formatted
  if (attrs.displayName !== undefined) m.profile.display_name = attrs.displayName
  const email = attrs.emails?.find(e => e.primary)?.value ?? attrs.emails?.[0]?.value
  if (email !== undefined) m.profile.email = email
  setDeactivated(state, m, !attrs.active)
  return undefined
}

export function slackScimStore(state: SlackSimState): ScimUserStore {
  const member = (id: string) => {
    const m = findMember(state, id)
    return m && !m.is_bot ? m : undefined
  }
  let created = 0
  return {
    all: () => state.members.filter(m => !m.is_bot).map(toScimUser),
    get: id => {
      const m = member(id)
      return m && toScimUser(m)
    },
    create: attrs => {
      let id: string
      do id = `U0SCIM${String(++created).padStart(3, '0')}`
      while (findMember(state, id))
      const m = slackMember({ id, name: attrs.userName })
      state.members.push(m)
      apply(state, m, attrs)
      return toScimUser(m)
    },
    update: (id, attrs) => {
      const m = member(id)!
      return apply(state, m, attrs) ?? toScimUser(m)
    },
    delete: id => {
      const m = member(id)!
      return apply(state, m, { ...toScimUser(m), active: false })
    }
  }
}

export type SlackScimOptions = Partial<ScimPlatformOptions>

/** Slack's SCIM API as a sim platform. Tokens default to those of the state holding the
 *  `admin` scope when the platform is created, as Slack requires that scope. */
export function createSlackScimPlatform(
  state: SlackSimState,
  options: SlackScimOptions = {}
): Platform {
  return createScimPlatform(slackScimStore(state), {
    name: 'slack-scim',
    tokens: state.tokens.filter(t => t.scopes.includes('admin')).map(t => t.token),
    ...options
  })
}
