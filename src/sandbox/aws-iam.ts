// The simulated AWS IAM service: the query protocol @aws-sdk/client-iam speaks, over a state
// the caller seeds (see aws-iam-state.ts). `offboard demo` and the benchmarks run on it.
import type { Classified, Platform, SimRequest, SimResponse } from './server.js'
import { IamContext, type IamPlatformOptions } from './aws-iam-context.js'
import { credentialActions } from './aws-iam-credentials.js'
import { identityActions, leftovers } from './aws-iam-identities.js'
import { errorResponse, IamError, okResponse, paramsOf } from './aws-iam-protocol.js'
import type { IamSimState, IamSimUser } from './aws-iam-state.js'

export * from './aws-iam-state.js'
export type { IamPlatformOptions } from './aws-iam-context.js'

const actions = { ...identityActions, ...credentialActions }

/** The IAM platform for startSimServer, plus read access to the state it serves. */
export interface IamPlatform extends Platform {
  readonly state: IamSimState
  /** The actions it answers (every other Action is an InvalidAction error). */
  readonly actions: readonly string[]
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
  return {
    name: 'aws-iam',
    state,
    actions: Object.keys(actions),

    classify(req: SimRequest): Classified {
      const operation = paramsOf(req).action || 'Unknown'
      const write = !/^(Get|List)/.test(operation) && operation !== 'GenerateCredentialReport'
      return { operation, write }
    },

    handle(req: SimRequest): SimResponse {
      const p = paramsOf(req)
      const action = Object.hasOwn(actions, p.action) ? actions[p.action] : undefined
      if (!action)
        return errorResponse(
          'InvalidAction',
          `Could not find operation ${p.action || '(none)'} for version ${p.optional('Version') ?? '(none)'}`
        )
      try {
        return okResponse(p.action, action(ctx, p, req))
      } catch (err) {
        if (err instanceof IamError) return errorResponse(err.code, err.message)
        throw err
      }
    },

    throttled: () => errorResponse('Throttling', 'Rate exceeded'),
    serverError: () =>
      errorResponse(
        'ServiceFailure',
        'The request processing has failed because of an unknown error, exception or failure.'
      ),

    user: userName => state.users.get(userName),
    userNames: () => ctx.users.keys,
    leftovers: userName => {
      const u = state.users.get(userName)
      return u ? leftovers(u) : []
    }
  }
}
