// STS AssumeRole as aws.accounts uses it: a role in the credentials' own account or in one of
// the state's member accounts gives a session key, and the IAM requests that key signs act in
// that account's IAM (a context of its own, built on first use). A role anywhere else is
// AccessDenied, as STS answers when the role's trust policy does not name the caller.
import type { SimRequest } from '../shared/server.js'
import { IamContext, signingKey, type IamPlatformOptions } from './context.js'
import { SECRET_CHARS } from './credentials.js'
import { IamError, type Params, type XmlValue } from './protocol.js'

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const SESSION_SECONDS = 3600

export interface AssumedSession {
  account: string
  roleArn: string
  sessionName: string
}

export class Accounts {
  /** Session key id -> the role and session it was assumed as, in the order assumed. */
  readonly sessions = new Map<string, AssumedSession>()
  private readonly members = new Map<string, IamContext>()

  constructor(
    readonly own: IamContext,
    private readonly options: IamPlatformOptions
  ) {}

  /** The IAM a request acts in: the member account of the session that signed it, else the
   *  credentials' own. */
  contextOf(req: SimRequest): IamContext {
    const key = signingKey(req)
    const account = key === undefined ? undefined : this.sessions.get(key)?.account
    const state = account === undefined ? undefined : this.own.state.memberAccounts?.get(account)
    if (!account || !state) return this.own
    let ctx = this.members.get(account)
    if (!ctx) this.members.set(account, (ctx = new IamContext(state, this.options)))
    return ctx
  }

  assumeRole(p: Params): XmlValue {
    const roleArn = p.required('RoleArn')
    const sessionName = p.required('RoleSessionName')
    const [, account, role] = ROLE_ARN.exec(roleArn) ?? []
    if (!account || !role)
      throw new IamError('ValidationError', `${roleArn} is invalid: use a role ARN`)
    const own = this.own.state
    if (account !== own.accountId && !own.memberAccounts?.has(account))
      throw new IamError(
        'AccessDenied',
        `User: arn:aws:iam::${own.accountId}:user/offboard is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
      )
    const keyId = this.own.mintId('ASIA', 20)
    this.sessions.set(keyId, { account, roleArn, sessionName })
    const expires = new Date(Date.parse(this.own.now()) + SESSION_SECONDS * 1000)
    return {
      Credentials: {
        AccessKeyId: keyId,
        SecretAccessKey: this.own.mintId('', 40, SECRET_CHARS),
        SessionToken: this.own.mintId('', 128, SECRET_CHARS),
        Expiration: expires.toISOString()
      },
      AssumedRoleUser: {
        AssumedRoleId: `${this.own.mintId('AROA', 21)}:${sessionName}`,
        Arn: `arn:aws:sts::${account}:assumed-role/${role}/${sessionName}`
      }
    }
  }
}
