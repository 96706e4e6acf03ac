// The simulated AWS IAM service: the query protocol @aws-sdk/client-iam speaks, over a state
// the caller seeds (see state.ts), and STS AssumeRole into its member accounts (sts.ts).
// `offboard demo` and the benchmarks run on it.
import type { Classified, FaultRule, Platform, SimRequest, SimResponse } from '../shared/server.js'
import { IamContext, type IamPlatformOptions } from './context.js'
import { credentialActions } from './credentials.js'
import { identityActions, leftovers, type Action } from './identities.js'
import { errorResponse, esc, IamError, okResponse, paramsOf } from './protocol.js'
import type { IamSimState, IamSimUser } from './state.js'
import { Accounts, type AssumedSession } from './sts.js'

const actions = { ...identityActions, ...credentialActions }

/** The IAM error a fault rule's status stands for, and its message. */
const FAULT_CODES: Record<number, [string, (action: string) => string]> = {
  400: ['ValidationError', () => 'The request was rejected because it did not validate.'],
  403: [
    'AccessDenied',
    action =>
      `User: arn:aws:iam::123456789012:user/offboard is not authorized to perform: iam:${action} because no identity-based policy allows the iam:${action} action`
  ],
  404: [
    'NoSuchEntity',
    () => 'The request was rejected because it referenced an entity that does not exist.'
  ],
  409: ['ConcurrentModification', () => 'Concurrent modification of the entity was detected.'],
  429: ['Throttling', () => 'Rate exceeded'],
  500: [
    'ServiceFailure',
    () => 'The request processing has failed because of an unknown error, exception or failure.'
  ],
  503: ['ServiceUnavailable', () => 'The service is unavailable. Please try again later.']
}

/** The IAM platform for startSimServer, plus read access to the state it serves. */
export interface IamPlatform extends Platform {
  readonly state: IamSimState
  /** The actions it answers (every other Action is an InvalidAction error). */
  readonly actions: readonly string[]
  /** Every role session STS gave, by its key id. */
  readonly sessions: ReadonlyMap<string, AssumedSession>
  user(userName: string): IamSimUser | undefined
  /** User names in the order ListUsers returns them. */
  userNames(): readonly string[]
  /** What still blocks DeleteUser for this user, as AWS's DeleteConflict messages; [] when
   *  nothing does (or the user does not exist). */
  leftovers(userName: string): string[]
}

export function createIamPlatform(
  state: IamSimState,
  options: IamPlatformOptions = {}
): IamPlatform {
  const ctx = new IamContext(state, options)
  const accounts = new Accounts(ctx, options)
  const all: Record<string, Action> = { ...actions, AssumeRole: (_, p) => accounts.assumeRole(p) }
  return {
    name: 'aws-iam',
    state,
    actions: Object.keys(all),
    sessions: accounts.sessions,

    classify(req: SimRequest): Classified {
      const operation = paramsOf(req).action || 'Unknown'
      const write =
        !/^(Get|List|AssumeRole$)/.test(operation) && operation !== 'GenerateCredentialReport'
      return { operation, write }
    },

    handle(req: SimRequest): SimResponse {
      const p = paramsOf(req)
      const action = Object.hasOwn(all, p.action) ? all[p.action] : undefined
      if (!action)
        return errorResponse(
          'InvalidAction',
          `Could not find operation ${p.action || '(none)'} for version ${p.optional('Version') ?? '(none)'}`
        )
      try {
        return okResponse(p.action, action(accounts.contextOf(req), p, req))
      } catch (err) {
        if (err instanceof IamError) return errorResponse(err.code, err.message)
        throw err
      }
    },

    throttled: () => errorResponse('Throttling', 'Rate exceeded'),
    serverError: () => errorResponse(FAULT_CODES[500][0], FAULT_CODES[500][1]('')),
    fault(status: number, rule: FaultRule, req: SimRequest) {
      const [code, message] = FAULT_CODES[status] ?? ['ServiceFailure', FAULT_CODES[500][1]]
      const answer = errorResponse(rule.code ?? code, message(paramsOf(req).action), status)
      if (rule.retryAfterSeconds !== undefined)
        answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) }
      return answer
    },
    operations: () => Object.keys(all),
    // At the end of the error's message, XML-escaped.
    echo(answer, echo) {
      const body = answer.body
      if (answer.status < 400 || typeof body !== 'string' || !body.includes('</Message>'))
        return answer
      return { ...answer, body: body.replace('</Message>', `${esc(` ${echo}`)}</Message>`) }
    },

    user: userName => state.users.get(userName),
    userNames: () => ctx.users.keys,
    leftovers: userName => {
      const u = state.users.get(userName)
      return u ? leftovers(u) : []
    }
  }
}
