// The simulated Slack workspace as plain data. The Web API sim (platform.ts) and Slack's SCIM
// API sim (scim.ts) both read and change the same SlackSimState, so a member
// deactivated through SCIM shows `deleted: true` in users.info, as on Slack.

export interface SlackMember {
  /** Member id, e.g. `U0ALICE01`. */
  id: string
  /** Username (Slack's `name`, SCIM's `userName`). */
  name: string
  real_name: string
  profile: { email?: string; display_name?: string }
  /** Deactivated. */
  deleted: boolean
  is_admin: boolean
  is_owner: boolean
  is_primary_owner: boolean
  is_bot: boolean
  /** Guest (multi-channel guest; single-channel guests also have is_ultra_restricted). */
  is_restricted: boolean
  is_ultra_restricted: boolean
}

export interface SlackUsergroup {
  /** e.g. `S0BACKEND`. */
  id: string
  /** What people type after @, and what the declarations name. */
  handle: string
  name: string
  /** Member ids. */
  users: string[]
  /** Disabled usergroups are left out of usergroups.list unless include_disabled. */
  disabled?: boolean
}

export interface SlackChannel {
  /** e.g. `C0BACKEND`. */
  id: string
  name: string
  is_private: boolean
  /** The workspace's #general: nobody can be kicked from it. */
  is_general: boolean
  is_archived: boolean
  /** Member ids. */
  members: string[]
}

export interface SlackToken {
  /** The bearer token value (a made-up string; the sim never prints it). */
  token: string
  /** The member the token acts as (auth.test's user_id; conversations.kick's "self"). */
  user_id: string
  scopes: string[]
  /** An Enterprise Grid org admin's user token: may call `admin.*` methods. */
  admin: boolean
  /** The token is a bot token (auth.test then reports a bot_id). */
  bot?: boolean
}

export interface SlackSessionReset {
  user_id: string
  mobile_only: boolean
  web_only: boolean
}

export interface SlackSimState {
  team: { id: string; name: string; domain: string; enterprise_id?: string }
  members: SlackMember[]
  usergroups: SlackUsergroup[]
  channels: SlackChannel[]
  tokens: SlackToken[]
  /** Every admin.users.session.reset that succeeded, in order. */
  sessionResets: SlackSessionReset[]
}

/** A member with Slack's defaults (active, not admin, not a bot, not a guest). */
export function slackMember(
  fields: Pick<SlackMember, 'id' | 'name'> & Partial<Omit<SlackMember, 'id' | 'name'>>
): SlackMember {
  return {
    real_name: fields.name,
    profile: {},
    deleted: false,
    is_admin: false,
    is_owner: false,
    is_primary_owner: false,
    is_bot: false,
    is_restricted: false,
    is_ultra_restricted: false,
    ...fields
  }
}

/** An empty workspace; fill its lists, or pass the parts to override. */
export function slackState(fields: Partial<SlackSimState> = {}): SlackSimState {
  return {
    team: { id: 'T0ACME001', name: 'Acme', domain: 'acme' },
    members: [],
    usergroups: [],
    channels: [],
    tokens: [],
    sessionResets: [],
    ...fields
  }
}

export const findMember = (state: SlackSimState, id: string): SlackMember | undefined =>
  state.members.find(m => m.id === id)

export const findMemberByEmail = (state: SlackSimState, email: string): SlackMember | undefined =>
  state.members.find(m => m.profile.email?.toLowerCase() === email.toLowerCase())

export const findUsergroup = (
  state: SlackSimState,
  idOrHandle: string
): SlackUsergroup | undefined =>
  state.usergroups.find(g => g.id === idOrHandle || g.handle === idOrHandle)

export const findChannel = (state: SlackSimState, id: string): SlackChannel | undefined =>
  state.channels.find(c => c.id === id)

/** Deactivate (or reactivate) a member. Slack drops a deactivated member from every
 *  usergroup; channel member lists keep them. */
export function setDeactivated(state: SlackSimState, member: SlackMember, deleted: boolean): void {
  member.deleted = deleted
  if (!deleted) return
  for (const g of state.usergroups) g.users = g.users.filter(u => u !== member.id)
}
