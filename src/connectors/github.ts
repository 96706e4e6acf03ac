// The GitHub connector: discovers what a login holds in the organization (read-only), plans
// its revocation (github-plan.ts), performs single steps, and lists the organization for audits.
import { mapLimit } from '../concurrency.js'
import type { GithubConfig } from '../declarations/types.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Grant,
  Holding,
  Identity,
  Inventory,
  ListedAccount,
  Outcome,
  PlatformPlan,
  PlatformReader,
  PlatformWriter,
  Scope,
  Step
} from './connector.js'
import {
  createGithubClient,
  DEFAULT_GITHUB_API_URL,
  describeError,
  statusOf,
  type GithubClientOptions,
  type GithubOctokit
} from './github-client.js'
import {
  GH,
  isProtected,
  lastOwnerReason,
  planGithubSteps,
  protectedReason,
  sameLogin
} from './github-plan.js'

const NO_CREDENTIALS = 'not checked: no credentials (set GITHUB_TOKEN)'

/** Repositories whose deploy keys are read at the same time. */
const REPOSITORY_SCAN_CONCURRENCY = 8

/** A SAML SSO credential authorization as GitHub lists it (not in Octokit's types). */
interface CredentialAuthorization {
  login: string
  credential_id: number
  credential_type: string
  token_last_eight?: string | null
  fingerprint?: string | null
  credential_authorized_at?: string
  credential_accessed_at?: string | null
}

/** Client tuning for tests and simulated servers; see GithubClientOptions. */
export type GithubConnectorOptions = Pick<GithubClientOptions, 'retryAfterBaseValue' | 'paceWrites'>

/** Answers that mean "there is nothing there", per feature, turned into notes. */
type Explain = Partial<Record<number, string>>

class GithubReader implements PlatformReader {
  readonly platform = 'github' as const
  readonly unavailable?: string
  protected readonly octokit?: GithubOctokit
  protected readonly config?: GithubConfig

  constructor(ctx: ConnectorContext, readOnly: boolean, options: GithubConnectorOptions) {
    this.config = ctx.platforms.github
    const token = ctx.env.GITHUB_TOKEN
    if (!this.config) this.unavailable = 'not checked: no github block in platforms.yaml'
    else if (!token) this.unavailable = NO_CREDENTIALS
    else {
      ctx.maskSecret(token)
      this.octokit = createGithubClient({
        token,
        baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
        readOnly,
        log: ctx.log,
        ...options
      })
    }
  }

  protected get org(): string {
    return this.config?.org ?? ''
  }

  // ---------------------------------------------------------------- discover

  async discover(who: Identity, scope: Scope): Promise<Discovery> {
    const found: Discovery = {
      platform: 'github',
      person: who.person,
      status: 'checked',
      holdings: [],
      notes: []
    }
    if (!this.octokit || !this.config)
      return { ...found, status: 'not_checked', reason: this.unavailable }
    try {
      await this.discoverInto(found, this.octokit, this.config, who, scope)
    } catch (error) {
      return {
        ...found,
        status: 'not_checked',
        reason: `could not read ${this.org} on GitHub: ${withHint(error)}`
      }
    }
    if (found.status === 'checked' && found.holdings.length === 0 && found.account)
      return {
        ...found,
        status: 'no_account',
        reason: `${found.account.display} holds nothing in ${this.org}`
      }
    return found
  }

  private async discoverInto(
    found: Discovery,
    octokit: GithubOctokit,
    config: GithubConfig,
    who: Identity,
    scope: Scope
  ): Promise<void> {
    const org = config.org
    const optional = this.optional(found.notes)
    const user = who.account
      ? await absentOn404(octokit.rest.users.getByUsername({ username: who.account }))
      : undefined
    const departure = scope.kind === 'departure'

    if (!user) {
      // Without a GitHub user there can still be an invitation sent to the person's email.
      const invitations = departure
        ? await optional('pending invitations', () =>
            this.invitations(octokit, undefined, who.email)
          )
        : []
      found.holdings.push(...(invitations ?? []))
      if (found.holdings.length === 0) {
        found.status = 'no_account'
        found.reason = who.account
          ? `GitHub has no user ${who.account}`
          : 'no GitHub login declared'
      }
      return
    }

    const login = user.login
    found.account = { id: String(user.id), display: login }
    const membership = await absentOn404(
      octokit.rest.orgs.getMembershipForUser({ org, username: login })
    )
    const needOwners =
      membership?.role === 'admin' &&
      (departure ||
        scope.remove.some(g => g.platform === 'github' && g.kind === 'github_org_admin'))
    // Everything below depends only on the membership: read it all at once.
    const owners = needOwners ? this.owners(octokit).then(o => o.length) : Promise.resolve(null)
    const withMembership = async (reads: Promise<Holding[] | undefined>[]) => {
      const [count, ...lists] = await settleAll([owners, ...reads])
      if (membership)
        found.holdings.push({
          kind: GH.membership,
          id: login,
          label: `${membership.state} ${membership.role === 'admin' ? 'owner' : membership.role} of ${org}`,
          details: { role: membership.role, state: membership.state, owners: count }
        })
      for (const list of lists) found.holdings.push(...(list ?? []))
    }

    if (!departure) {
      const teams = scope.remove.filter(g => g.platform === 'github' && g.kind === 'github_team')
      // Team slugs are lower case on GitHub; roles may spell them either way.
      return withMembership(
        teams.map(async t => {
          const held = await this.teamMembership(octokit, t.value.toLowerCase(), login)
          return held ? [held] : []
        })
      )
    }

    const outside = membership
      ? Promise.resolve(false)
      : this.isOutsideCollaborator(octokit, user.id)
    return withMembership([
      outside.then(o =>
        o
          ? [
              {
                kind: GH.outsideCollaborator,
                id: login,
                label: `outside collaborator on repositories of ${org}`
              }
            ]
          : []
      ),
      optional('pending invitations', () => this.invitations(octokit, login, who.email)),
      optional('SAML SSO credential authorizations', () => this.ssoAuthorizations(octokit, login), {
        404: `SAML SSO credential authorizations: not applicable (${org} does not use SAML single sign-on)`,
        403: `SAML SSO credential authorizations: not applicable or not permitted (${org} answered 403: no SAML single sign-on, or the token cannot list them; see the GitHub permissions)`
      }),
      optional('fine-grained token grants', () =>
        this.fineGrainedTokens(octokit, login, user.id, false)
      ),
      optional('fine-grained token requests', () =>
        this.fineGrainedTokens(octokit, login, user.id, true)
      ),
      optional('Copilot seat', () => this.copilotSeat(octokit, login, found.notes), {
        404: `Copilot: ${login} has no seat in ${org}`,
        // GitHub answers 422 both when Copilot is off and for someone only invited.
        422:
          membership?.state === 'pending'
            ? `Copilot: ${login} has a pending invitation to ${org}, no seat`
            : `Copilot: not enabled in ${org}, or seats are not managed per user`
      }),
      // Only members and outside collaborators can have added deploy keys.
      outside.then(o =>
        membership || o
          ? optional('deploy keys', () => this.deployKeys(octokit, config, login, found.notes))
          : []
      )
    ])
  }

  /** Runs one optional discovery; an error becomes a note, never a failed discovery. */
  private optional(notes: string[]) {
    return async <T>(label: string, read: () => Promise<T>, explain: Explain = {}) => {
      try {
        return await read()
      } catch (error) {
        const status = statusOf(error)
        notes.push((status && explain[status]) || `${label}: not checked: ${withHint(error)}`)
        return undefined
      }
    }
  }

  protected async owners(octokit: GithubOctokit): Promise<string[]> {
    const admins = await octokit.paginate(octokit.rest.orgs.listMembers, {
      org: this.org,
      role: 'admin',
      per_page: 100
    })
    return admins.map(a => a.login)
  }

  private async isOutsideCollaborator(octokit: GithubOctokit, userId: number): Promise<boolean> {
    for await (const page of octokit.paginate.iterator(octokit.rest.orgs.listOutsideCollaborators, {
      org: this.org,
      per_page: 100
    }))
      if (page.data.some(u => u?.id === userId)) return true
    return false
  }

  private async invitations(
    octokit: GithubOctokit,
    login: string | undefined,
    email: string
  ): Promise<Holding[]> {
    const all = await octokit.paginate(octokit.rest.orgs.listPendingInvitations, {
      org: this.org,
      per_page: 100
    })
    return all
      .filter(i => sameLogin(i.login, login) || sameLogin(i.email, email))
      .map(i => ({
        kind: GH.invitation,
        id: String(i.id),
        label: `pending invitation as ${i.role} (sent ${i.created_at.slice(0, 10)} by ${i.inviter.login})`,
        details: { login: i.login, email: i.email, role: i.role }
      }))
  }

  private async ssoAuthorizations(octokit: GithubOctokit, login: string): Promise<Holding[]> {
    const all = await octokit.paginate<CredentialAuthorization>(
      'GET /orgs/{org}/credential-authorizations',
      { org: this.org, login, per_page: 100 }
    )
    return all
      .filter(c => sameLogin(c.login, login))
      .map(c => {
        const last4 = (c.token_last_eight ?? c.fingerprint ?? '').slice(-4)
        return {
          kind: GH.ssoAuthorization,
          id: String(c.credential_id),
          label: `${c.credential_type} ...${last4} authorized for SSO${c.credential_accessed_at ? `, last used ${c.credential_accessed_at.slice(0, 10)}` : ''}`,
          details: {
            credential_type: c.credential_type,
            last4,
            authorized_at: c.credential_authorized_at ?? null,
            accessed_at: c.credential_accessed_at ?? null
          }
        }
      })
  }

  /** Fine-grained token grants the user owns, or (pending) their token requests. */
  private async fineGrainedTokens(
    octokit: GithubOctokit,
    login: string,
    userId: number,
    pending: boolean
  ): Promise<Holding[]> {
    const params = { org: this.org, owner: [login], per_page: 100 }
    const all: {
      id: number
      owner: { id: number }
      token_name: string
      token_id: number
      token_expired: boolean
      token_expires_at: string | null
    }[] = pending
      ? await octokit.paginate(octokit.rest.orgs.listPatGrantRequests, params)
      : await octokit.paginate(octokit.rest.orgs.listPatGrants, params)
    const expiry = (t: (typeof all)[number]) =>
      t.token_expired ? 'expired' : `expires ${t.token_expires_at?.slice(0, 10) ?? 'never'}`
    return all
      .filter(t => t.owner.id === userId)
      .map(t => ({
        kind: pending ? GH.tokenRequest : GH.tokenGrant,
        id: String(t.id),
        label: pending
          ? `pending request for fine-grained token "${t.token_name}"`
          : `fine-grained token "${t.token_name}" (${expiry(t)})`,
        details: { token_name: t.token_name, token_id: t.token_id, expires_at: t.token_expires_at }
      }))
  }

  private async copilotSeat(
    octokit: GithubOctokit,
    login: string,
    notes: string[]
  ): Promise<Holding[]> {
    const { data } = await octokit.rest.copilot.getCopilotSeatDetailsForUser({
      org: this.org,
      username: login
    })
    const team =
      data.assigning_team && 'slug' in data.assigning_team ? data.assigning_team.slug : null
    if (team) notes.push(`Copilot: the seat comes from team ${team}; it ends with the membership`)
    if (data.pending_cancellation_date)
      notes.push(
        `Copilot: the seat is already pending cancellation on ${data.pending_cancellation_date}`
      )
    return [
      {
        kind: GH.copilotSeat,
        id: login,
        label: `Copilot seat${data.last_activity_at ? `, last active ${data.last_activity_at.slice(0, 10)}` : ''}`,
        details: {
          assigning_team: team,
          pending_cancellation_date: data.pending_cancellation_date ?? null,
          last_activity_at: data.last_activity_at ?? null
        }
      }
    ]
  }

  private async teamMembership(
    octokit: GithubOctokit,
    slug: string,
    login: string
  ): Promise<Holding | undefined> {
    const m = await absentOn404(
      octokit.rest.teams.getMembershipForUserInOrg({
        org: this.org,
        team_slug: slug,
        username: login
      })
    )
    return (
      m && {
        kind: GH.team,
        id: slug,
        label: `${m.state} ${m.role} of team ${slug}`,
        details: { role: m.role, state: m.state }
      }
    )
  }

  /** Deploy keys the person added, read from at most `repository_scan_limit` repositories. */
  private async deployKeys(
    octokit: GithubOctokit,
    config: GithubConfig,
    login: string,
    notes: string[]
  ): Promise<Holding[]> {
    const limit = config.repository_scan_limit
    if (limit <= 0) {
      notes.push('deploy keys: not checked (github.repository_scan_limit is 0)')
      return []
    }
    const repos: string[] = []
    let more = false
    for await (const page of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
      org: this.org,
      type: 'all',
      per_page: 100
    })) {
      repos.push(...page.data.map(r => r.name))
      if (repos.length > limit) {
        more = true
        break
      }
    }
    const scanned = repos.slice(0, limit)
    let unreadable = 0
    const keys = await mapLimit(scanned, REPOSITORY_SCAN_CONCURRENCY, async repo => {
      try {
        const list = await octokit.paginate(octokit.rest.repos.listDeployKeys, {
          owner: this.org,
          repo,
          per_page: 100
        })
        return list.filter(k => sameLogin(k.added_by, login)).map(k => ({ repo, key: k }))
      } catch {
        unreadable++
        return []
      }
    })
    if (more)
      notes.push(
        `deploy keys: ${this.org} has more than ${limit} repositories; only the first ${limit} were checked (raise github.repository_scan_limit to check more)`
      )
    if (unreadable)
      notes.push(`deploy keys: ${unreadable} of ${scanned.length} repositories could not be read`)
    return keys.flat().map(({ repo, key }) => ({
      kind: GH.deployKey,
      id: `${repo}/${key.id}`,
      label: `deploy key "${key.title}" on ${repo} (${key.read_only ? 'read-only' : 'read-write'}, added ${key.created_at.slice(0, 10)})`,
      details: { repository: repo, key_id: key.id, title: key.title, read_only: key.read_only }
    }))
  }

  // ---------------------------------------------------------------- plan

  planSteps(found: Discovery, scope: Scope): PlatformPlan {
    if (!this.config) return { steps: [], refused: [] }
    return planGithubSteps(found, scope, this.config)
  }

  // ---------------------------------------------------------------- list

  async list(declared: Grant[]): Promise<Inventory> {
    const inventory: Inventory = {
      platform: 'github',
      status: 'checked',
      accounts: [],
      requests: 0,
      notes: []
    }
    if (!this.octokit) return { ...inventory, status: 'not_checked', reason: this.unavailable }
    const octokit = this.octokit
    const before = octokit.stats.requests
    try {
      inventory.accounts = await this.listAccounts(octokit, declared, inventory.notes)
    } catch (error) {
      inventory.status = 'not_checked'
      inventory.reason = `could not list ${this.org} on GitHub: ${withHint(error)}`
    }
    inventory.requests = octokit.stats.requests - before
    return inventory
  }

  private async listAccounts(
    octokit: GithubOctokit,
    declared: Grant[],
    notes: string[]
  ): Promise<ListedAccount[]> {
    const org = this.org
    const page = { org, per_page: 100 } as const
    // Team slugs are lower case on GitHub; roles may spell them either way.
    const teams = [
      ...new Set(
        declared
          .filter(g => g.platform === 'github' && g.kind === 'github_team')
          .map(g => g.value.toLowerCase())
      )
    ]
    const [admins, members, outside, invitations, teamMembers] = await settleAll([
      octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'admin' }),
      octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'member' }),
      octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, page),
      octokit.paginate(octokit.rest.orgs.listPendingInvitations, page),
      settleAll(
        teams.map(async slug => {
          const list = await absentOn404(
            octokit
              .paginate(octokit.rest.teams.listMembersInOrg, { ...page, team_slug: slug })
              .then(data => ({ data }))
          )
          if (!list) notes.push(`team ${slug} is declared but does not exist in ${org}`)
          return { slug, logins: (list ?? []).map(m => m.login.toLowerCase()) }
        })
      )
    ])
    const account = (
      u: { login: string; type?: string; name?: string | null; email?: string | null },
      kind: ListedAccount['kind'],
      grants: Grant[]
    ): ListedAccount => {
      const teamGrants = teamMembers
        .filter(t => t.logins.includes(u.login.toLowerCase()))
        .map(t => ({ platform: 'github' as const, kind: 'github_team' as const, value: t.slug }))
      return {
        platform: 'github',
        account: u.login,
        ...(u.name ? { name: u.name } : {}),
        ...(u.email ? { email: u.email } : {}),
        kind: isBot(u) ? 'bot' : kind,
        active: true,
        grants: [...grants, ...teamGrants],
        credentials: []
      }
    }
    const ownerGrant: Grant = { platform: 'github', kind: 'github_org_admin', value: org }
    return [
      ...admins.map(u => account(u, 'member', [ownerGrant])),
      ...members.map(u => account(u, 'member', [])),
      ...outside.flatMap(u => (u ? [account(u, 'outside_collaborator', [])] : [])),
      ...invitations.map(i => ({
        platform: 'github' as const,
        account: i.login ?? i.email ?? String(i.id),
        ...(i.email ? { email: i.email } : {}),
        kind: 'invitation' as const,
        active: false,
        grants: i.role === 'admin' ? [ownerGrant] : [],
        credentials: []
      }))
    ]
  }
}

class GithubWriter extends GithubReader implements PlatformWriter {
  async perform(step: Step): Promise<Outcome> {
    if (!this.octokit || !this.config) return { result: 'failed', detail: this.unavailable ?? '' }
    if (step.mode === 'manual')
      return { result: 'skipped', detail: `needs a human: ${step.reason}` }
    const login = String(step.params.login ?? '')
    if (isProtected(this.config, login))
      return { result: 'skipped', detail: protectedReason(login) }
    const act = ACTIONS[step.action]
    if (!act) return { result: 'failed', detail: `github: unknown action ${step.action}` }
    try {
      return await act(this.octokit, this.org, login, step.params, this)
    } catch (error) {
      const status = statusOf(error)
      if (status === 404 || status === 410)
        return { result: 'already_absent', detail: `GitHub answered ${status}: already gone` }
      return { result: 'failed', detail: `${step.action} ${step.target}: ${withHint(error)}` }
    }
  }

  /** Runs `act` unless `login` is the last owner, re-checked live; one owner change at a time. */
  guardLastOwner(
    octokit: GithubOctokit,
    login: string,
    act: (isOwner: boolean) => Promise<Outcome>
  ): Promise<Outcome> {
    return serialized(this.org, async () => {
      const owners = await this.owners(octokit)
      const isOwner = owners.some(o => sameLogin(o, login))
      if (isOwner && owners.length <= 1)
        return { result: 'skipped', detail: lastOwnerReason(login, this.org) }
      return act(isOwner)
    })
  }
}

type Action = (
  octokit: GithubOctokit,
  org: string,
  login: string,
  params: Record<string, unknown>,
  connector: GithubWriter
) => Promise<Outcome>

const revoked = (detail = ''): Outcome => ({ result: 'revoked', detail })
const id = (params: Record<string, unknown>) => Number(params.id)

/** The one write per action. A 404 thrown from any of them means "already gone". */
const ACTIONS: Record<string, Action> = {
  deny_token_request: async (octokit, org, _login, params) => {
    await octokit.rest.orgs.reviewPatGrantRequest({
      org,
      pat_request_id: id(params),
      action: 'deny',
      reason: 'The requester has left the organization.'
    })
    return revoked()
  },
  revoke_token_grant: async (octokit, org, _login, params) => {
    await octokit.rest.orgs.updatePatAccess({ org, pat_id: id(params), action: 'revoke' })
    return revoked()
  },
  revoke_sso_authorization: async (octokit, org, _login, params) => {
    await octokit.request('DELETE /orgs/{org}/credential-authorizations/{credential_id}', {
      org,
      credential_id: id(params)
    })
    return revoked()
  },
  cancel_invitation: async (octokit, org, _login, params) => {
    await octokit.rest.orgs.cancelInvitation({ org, invitation_id: id(params) })
    return revoked()
  },
  remove_copilot_seat: async (octokit, org, login) => {
    const { data } = await octokit.rest.copilot.cancelCopilotSeatAssignmentForUsers({
      org,
      selected_usernames: [login]
    })
    return data.seats_cancelled > 0
      ? revoked('seat pending cancellation at the end of the billing cycle')
      : { result: 'already_absent', detail: 'no Copilot seat to cancel' }
  },
  remove_team_membership: async (octokit, org, login, params) => {
    await octokit.rest.teams.removeMembershipForUserInOrg({
      org,
      team_slug: String(params.team),
      username: login
    })
    return revoked()
  },
  remove_outside_collaborator: async (octokit, org, login) => {
    await octokit.rest.orgs.removeOutsideCollaborator({ org, username: login })
    return revoked()
  },
  remove_org_membership: (octokit, org, login, _params, connector) =>
    connector.guardLastOwner(octokit, login, async () => {
      await octokit.rest.orgs.removeMembershipForUser({ org, username: login })
      return revoked()
    }),
  // Setting a role on a non-member would invite them: only an owner found live is demoted.
  demote_org_admin: (octokit, org, login, _params, connector) =>
    connector.guardLastOwner(octokit, login, async isOwner => {
      if (!isOwner)
        return { result: 'already_absent', detail: `${login} is not an owner of ${org}` }
      await octokit.rest.orgs.setMembershipForUser({ org, username: login, role: 'member' })
      return revoked()
    })
}

/** The error described, with what to do about a rejected token or a missing permission. */
function withHint(error: unknown): string {
  const status = statusOf(error)
  const described = describeError(error)
  if (status === 401) return `${described} (the token is invalid or expired: check GITHUB_TOKEN)`
  if (status === 403)
    return `${described} (the token lacks a permission this call needs: see the GitHub permissions)`
  return described
}

function isBot(u: { login: string; type?: string }): boolean {
  return u.type === 'Bot' || u.login.toLowerCase().endsWith('[bot]')
}

/** The answer's data, or undefined when GitHub says 404 (not a member, no such user). */
async function absentOn404<T>(call: Promise<{ data: T }>): Promise<T | undefined> {
  try {
    return (await call).data
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** Promise.all that lets every request finish before it reports the first failure. */
async function settleAll<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]
): Promise<T> {
  const settled = await Promise.allSettled(promises)
  const failed = settled.find(r => r.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  return settled.map(r => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}

const queues = new Map<string, Promise<unknown>>()

/** Runs `fn` after every earlier call with the same key has finished. */
function serialized<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn)
  queues.set(
    key,
    run.catch(() => undefined)
  )
  return run
}

export function createGithubConnector(options: GithubConnectorOptions = {}): ConnectorFactory {
  return {
    reader: ctx => new GithubReader(ctx, true, options),
    writer: ctx => new GithubWriter(ctx, false, options)
  }
}
