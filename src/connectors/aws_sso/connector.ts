// The IAM Identity Center connector: finds the Identity Store user a person is (by the user
// name they declare, or by email when exactly one user has it), what it holds, plans its
// revocation (plan.ts), performs one step at a time (perform.ts), and lists every user for the
// audit (list.ts). Readers hold clients that refuse writes; only writers can perform.
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Grant,
  Holding,
  Identity,
  Inventory,
  Leftover,
  Outcome,
  PlatformPlan,
  PlatformReader,
  PlatformWriter,
  Scope,
  Step,
  WaitingCheck,
  WaitingStep
} from '../connector.js'
import { findRenamed, FOUND_BY_LOOKUP, lookupProblem } from '../shared/lookup.js'
import { credentialProblem, errorText, ssoClients, type SsoClients } from './client.js'
import {
  allUsers,
  discoverHoldings,
  userById,
  userByName,
  usersByEmail,
  type SsoUser
} from './discover.js'
import { listIdentityCenter, staleSessionDenies, type StaleSessionDeny } from './list.js'
import { SsoPerformer } from './perform.js'
import { planAwsSso, USER_KIND } from './plan.js'
import type { Timing } from './requests.js'
import { AWS_SSO } from './rules.js'
import type { AwsSsoConfig } from './types.js'

const READ_POLICY = 'the role needs the read-only policy in docs/aws-sso.md'

/** A reader, and what the audit asks of Identity Center besides the listing. */
export interface AwsSsoReader extends PlatformReader {
  staleSessionDenies(now?: Date): Promise<StaleSessionDeny[]>
}

/** A ConnectorFactory whose readers also find stale session denies. */
export interface AwsSsoFactory extends ConnectorFactory {
  reader(ctx: ConnectorContext): AwsSsoReader
  writer(ctx: ConnectorContext): AwsSsoReader & PlatformWriter
}

class SsoReader implements AwsSsoReader {
  readonly platform = AWS_SSO
  protected readonly clients: SsoClients
  private problem?: string
  private checked?: Promise<string | undefined>
  /** Every user, listed at the first lookup by email. */
  private users?: Promise<SsoUser[]>

  constructor(
    protected readonly config: AwsSsoConfig,
    protected readonly ctx: ConnectorContext,
    private readonly readOnly: boolean
  ) {
    this.clients = ssoClients(ctx, config, { readOnly })
  }

  /** Known once the credentials were first resolved (by discover, list or perform). */
  get unavailable(): string | undefined {
    return this.problem
  }

  protected credentials(): Promise<string | undefined> {
    this.checked ??= credentialProblem(this.clients).then(p => (this.problem = p))
    return this.checked
  }

  async discover(who: Identity, scope: Scope): Promise<Discovery> {
    const base: Discovery = {
      platform: AWS_SSO,
      person: who.person,
      status: 'checked',
      holdings: [],
      notes: []
    }
    if (scope.kind === 'reduction' && !scope.remove.some(g => g.platform === AWS_SSO)) return base
    const problem = await this.credentials()
    if (problem) return { ...base, status: 'not_checked', reason: problem }
    try {
      const found = await this.findUser(who, scope)
      if ('status' in found) return { ...base, ...found }
      const { user, notes, foundBy } = found
      const held = await discoverHoldings(
        this.clients,
        this.config,
        user,
        scope.kind === 'reduction'
      )
      if (user.status === 'DISABLED')
        notes.push(`${user.userName} is already disabled in Identity Center`)
      return {
        ...base,
        account: { id: user.userId, display: user.userName },
        holdings: [userHolding(user, foundBy), ...held.holdings],
        notes: [...notes, ...held.notes],
        unread: held.unread
      }
    } catch (err) {
      return {
        ...base,
        status: 'not_checked',
        reason: `could not read Identity Center user ${who.account ?? who.email}: ${errorText(err)} (${READ_POLICY})`
      }
    }
  }

  /** The person's user, or the discovery's status and reason when there is none to use. */
  private async findUser(
    who: Identity,
    scope: Scope
  ): Promise<
    { user: SsoUser; notes: string[]; foundBy?: string } | Pick<Discovery, 'status' | 'reason'>
  > {
    const c = this.clients
    const notes: string[] = []
    if (who.account) {
      const user = await userByName(c, this.config, who.account)
      if (user) return { user, notes }
      const renamed =
        scope.kind === 'departure'
          ? await findRenamed(
              who,
              AWS_SSO,
              'Identity Center user',
              id => userById(c, this.config, id),
              u => u.userName
            )
          : undefined
      if (renamed && 'refused' in renamed) return { status: 'not_checked', reason: renamed.refused }
      if (renamed) return { user: renamed.found, notes: [renamed.note] }
      return { status: 'no_account', reason: `no Identity Center user named ${who.account}` }
    }
    // One listing serves every lookup of the run.
    this.users ??= allUsers(c, this.config).catch((err: unknown) => {
      this.users = undefined // a later lookup lists again
      throw err
    })
    const matches = usersByEmail(await this.users, who.email)
    if (matches.length === 0)
      return { status: 'no_account', reason: `no Identity Center user has the email ${who.email}` }
    const declare = `declare the person's own as accounts.aws_sso in people/${who.person}.yaml`
    if (matches.length > 1)
      return {
        status: 'not_checked',
        reason: `not checked: ${matches.length} Identity Center users have the email ${who.email} (${matches.map(u => u.userName).join(', ')}): none is used; ${declare}`
      }
    const user = matches[0]!
    const crossed = lookupProblem(
      who,
      AWS_SSO,
      { account: user.userName, email: who.email },
      `the Identity Store lookup of ${who.email}`
    )
    if (crossed) return { status: 'not_checked', reason: crossed }
    notes.push(`no accounts.aws_sso declared: found ${user.userName} by the email ${who.email}`)
    return { user, notes, foundBy: FOUND_BY_LOOKUP }
  }

  planSteps(found: Discovery, scope: Scope): PlatformPlan {
    return planAwsSso(found, scope, this.config)
  }

  /** Clients of their own, so that concurrent listings do not mix their request counts. */
  private counted(): { clients: SsoClients; requests: () => number } {
    let requests = 0
    const clients = ssoClients(this.ctx, this.config, {
      readOnly: this.readOnly,
      onRequest: () => requests++,
      credentials: this.clients.store.config.credentials
    })
    return { clients, requests: () => requests }
  }

  async list(_declared: Grant[]): Promise<Inventory> {
    const base: Inventory = {
      platform: AWS_SSO,
      status: 'checked',
      accounts: [],
      requests: 0,
      notes: []
    }
    const problem = await this.credentials()
    if (problem) return { ...base, status: 'not_checked', reason: problem }
    const { clients, requests } = this.counted()
    try {
      const listing = await listIdentityCenter(clients, this.config)
      return { ...base, ...listing, requests: requests() }
    } catch (err) {
      return {
        ...base,
        status: 'not_checked',
        reason: `could not list Identity Center: ${errorText(err)} (${READ_POLICY})`,
        requests: requests()
      }
    }
  }

  /** The session denies the audit reports as `stale_session_deny`; throws when they cannot
   *  be read (the audit then says so: a read that failed is never clean). */
  async staleSessionDenies(now = new Date()): Promise<StaleSessionDeny[]> {
    const problem = await this.credentials()
    if (problem) throw new Error(`AWS IAM Identity Center: ${problem}`)
    try {
      return await staleSessionDenies(this.clients, this.config, now)
    } catch (err) {
      throw new Error(
        `AWS IAM Identity Center: could not read the session denies: ${errorText(err)} (${READ_POLICY})`,
        { cause: err }
      )
    }
  }

  /** The audit's `stale_session_deny` findings. */
  async leftovers(now: Date): Promise<Leftover[]> {
    return (await this.staleSessionDenies(now)).map(d => ({
      kind: 'stale_session_deny',
      account: d.userName ?? d.userId,
      target: `session_deny ${d.permissionSet}`,
      detail:
        `the session deny ${d.sid} in permission set ${d.permissionSet} was put ${d.hours} hours ago ` +
        `for ${d.userName ? `${d.userName}, who can no longer use the set` : `user ${d.userId}, since deleted`}: ` +
        'every session it held off has expired; take the statement out of the inline policy and provision the set again (docs/aws-sso.md)'
    }))
  }

  /** A manual disable_user is done once Identity Store shows the user disabled, or gone. */
  async stillWaiting(steps: WaitingStep[]): Promise<WaitingCheck[]> {
    const problem = await this.credentials()
    return Promise.all(
      steps.map(async (step): Promise<WaitingCheck> => {
        if (problem) return { step, pending: true, detail: problem }
        try {
          const user = await userByName(this.clients, this.config, step.target)
          if (!user) return { step, pending: false, detail: 'no such user (deleted)' }
          const disabled = user.status === 'DISABLED'
          return { step, pending: !disabled, detail: disabled ? 'disabled' : 'still enabled' }
        } catch (err) {
          return { step, pending: true, detail: `could not be read: ${errorText(err)}` }
        }
      })
    )
  }
}

function userHolding(user: SsoUser, foundBy?: string): Holding {
  const facts = [user.emails[0], user.status === 'DISABLED' ? 'disabled' : undefined]
  const said = facts.filter(Boolean).join(', ')
  return {
    kind: USER_KIND,
    id: user.userId,
    label: `Identity Center user ${user.userName}${said ? ` (${said})` : ''}`,
    details: {
      userName: user.userName,
      status: user.status ?? null,
      ...(foundBy ? { found_by: foundBy } : {})
    }
  }
}

class SsoWriter extends SsoReader implements PlatformWriter {
  private readonly performer: SsoPerformer

  constructor(config: AwsSsoConfig, ctx: ConnectorContext, timing: Timing) {
    super(config, ctx, false)
    this.performer = new SsoPerformer(this.clients, config, ctx, timing)
  }

  async perform(step: Step): Promise<Outcome> {
    const problem = await this.credentials()
    if (problem)
      return {
        result: 'failed',
        detail: `AWS IAM Identity Center: ${problem.replace('not checked: ', '')}`
      }
    return this.performer.perform(step)
  }

  gathers(step: Step): boolean {
    return step.action === 'deny_sessions'
  }
}

/** The connector of one Identity Center instance. `timing` is a test seam for the waits on
 *  AWS's asynchronous requests. */
export function awsSsoConnector(config: AwsSsoConfig, timing: Timing = {}): AwsSsoFactory {
  return {
    reader: ctx => new SsoReader(config, ctx, true),
    writer: ctx => new SsoWriter(config, ctx, timing)
  }
}
