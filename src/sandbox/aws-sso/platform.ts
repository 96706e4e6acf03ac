// The simulated IAM Identity Center: Identity Store and SSO admin on one server (the two SDK
// clients are pointed at the same URL; X-Amz-Target says which service a request is for),
// over a state the caller seeds (state.ts). `offboard demo` and the tests run on it.
import {
  jsonFields,
  type Classified,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import { SsoContext, type Action, type SsoPlatformOptions } from './context.js'
import { storeActions } from './identitystore.js'
import { errorResponse, Input, okResponse, SsoError, targetOf, type Service } from './protocol.js'
import { adminActions } from './ssoadmin.js'
import type { SsoSimState } from './state.js'

export type { SsoPlatformOptions }

const ACTIONS: Record<Service, Record<string, Action>> = {
  store: storeActions,
  admin: adminActions
}

/** The error a fault rule's status stands for, and its message. */
const FAULT_CODES: Record<number, [string, string]> = {
  400: ['ValidationException', 'The request failed to satisfy a constraint.'],
  403: [
    'AccessDeniedException',
    'User: arn:aws:sts::123456789012:assumed-role/offboard/ci is not authorized to perform this action'
  ],
  404: ['ResourceNotFoundException', 'The resource was not found.'],
  409: ['ConflictException', 'Another change to the resource is in progress.'],
  429: ['ThrottlingException', 'Rate exceeded'],
  500: [
    'InternalServerException',
    'The request processing has failed because of an unknown error.'
  ],
  503: ['InternalServerException', 'The service is unavailable. Please try again later.']
}

const READS = /^(List|Describe|Get|IsMember)/

export interface SsoPlatform extends Platform {
  readonly state: SsoSimState
  /** The actions it answers, by service. */
  readonly actions: Record<Service, readonly string[]>
}

export function createSsoPlatform(
  state: SsoSimState,
  options: SsoPlatformOptions = {}
): SsoPlatform {
  const ctx = new SsoContext(state, options)
  const operations = [...Object.keys(storeActions), ...Object.keys(adminActions)]
  return {
    name: 'aws-sso',
    state,
    actions: { store: Object.keys(storeActions), admin: Object.keys(adminActions) },

    classify(req: SimRequest): Classified {
      const operation = targetOf(req)?.action || 'Unknown'
      return { operation, write: !READS.test(operation) }
    },

    handle(req: SimRequest): SimResponse {
      const target = targetOf(req)
      const actions = target ? ACTIONS[target.service] : undefined
      const action =
        target && actions && Object.hasOwn(actions, target.action)
          ? actions[target.action]
          : undefined
      if (!action)
        return errorResponse(
          'UnknownOperationException',
          `Unknown operation ${String(req.headers['x-amz-target'] ?? '(none)')}`
        )
      try {
        return okResponse(action(ctx, new Input(req)))
      } catch (err) {
        if (err instanceof SsoError) return errorResponse(err.code, err.message, err.fields)
        throw err
      }
    },

    throttled: retryAfterSeconds => {
      const answer = errorResponse(...FAULT_CODES[429])
      answer.headers = { ...answer.headers, 'retry-after': String(retryAfterSeconds) }
      return answer
    },
    serverError: () => errorResponse(...FAULT_CODES[500]),
    fault(status: number, rule: FaultRule) {
      const [code, message] = FAULT_CODES[status] ?? FAULT_CODES[500]
      const answer = errorResponse(rule.code ?? code, message, {}, status)
      if (rule.retryAfterSeconds !== undefined)
        answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) }
      return answer
    },
    operations: () => operations,
    echo(answer, echo) {
      const fields = jsonFields(answer)
      if (answer.status < 400 || !fields) return answer
      return {
        ...answer,
        body: { ...fields, Message: `${String(fields.Message ?? '')} ${echo}`.trim() }
      }
    }
  }
}
