// The AWS JSON 1.1 protocol as Identity Store and SSO admin speak it: POST / with the action
// in X-Amz-Target (`AWSIdentityStore.ListUsers`, `SWBExternalService.ListInstances`) and the
// input as a JSON body; answers as JSON; errors as {"__type", "Message"} with the HTTP status
// the service model gives each error; NextToken/MaxResults pagination.
import { randomUUID } from 'node:crypto'
import type { SimRequest, SimResponse } from '../shared/server.js'

/** X-Amz-Target prefixes: which service a request is for. */
export const TARGETS = { store: 'AWSIdentityStore', admin: 'SWBExternalService' } as const
export type Service = keyof typeof TARGETS

/** The service models' HTTP status of each error (both services agree). */
const STATUS: Record<string, number> = {
  AccessDeniedException: 403,
  ConflictException: 409,
  InternalServerException: 500,
  ResourceNotFoundException: 404,
  ServiceQuotaExceededException: 402,
  ThrottlingException: 429,
  ValidationException: 400
}

/** An error answer; thrown by actions, answered by errorResponse(). `fields` are the error's
 *  members beside its message (ResourceType, Reason, ...). */
export class SsoError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
  }
}

export const notFound = (type: string, message = `${type} not found.`) =>
  new SsoError('ResourceNotFoundException', message, { ResourceType: type })

/** SSO admin's ResourceNotFound, which names no resource type. */
export const missing = (message: string) => new SsoError('ResourceNotFoundException', message)

export const validation = (message: string) => new SsoError('ValidationException', message)

const headers = () => ({
  'content-type': 'application/x-amz-json-1.1',
  'x-amzn-requestid': randomUUID()
})

export function errorResponse(
  code: string,
  message: string,
  fields: Record<string, string> = {},
  status = STATUS[code] ?? 400
): SimResponse {
  return {
    status,
    headers: { ...headers(), 'x-amzn-errortype': code },
    body: { __type: code, Message: message, ...fields }
  }
}

export const okResponse = (body: object): SimResponse => ({ status: 200, headers: headers(), body })

/** A request's service and action, or undefined when X-Amz-Target names neither service. */
export function targetOf(req: SimRequest): { service: Service; action: string } | undefined {
  const target = String(req.headers['x-amz-target'] ?? '')
  const dot = target.indexOf('.')
  const prefix = target.slice(0, dot)
  const service = (Object.keys(TARGETS) as Service[]).find(s => TARGETS[s] === prefix)
  return service ? { service, action: target.slice(dot + 1) } : undefined
}

/** The request's JSON input, read with the checks the services make. */
export class Input {
  private readonly body: Record<string, unknown>

  constructor(req: SimRequest) {
    let parsed: unknown
    const text = req.body.toString('utf8')
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      throw new SsoError('SerializationException', 'the request body is not JSON')
    }
    this.body =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  }

  optional(name: string): string | undefined {
    const v = this.body[name]
    return typeof v === 'string' ? v : undefined
  }

  required(name: string): string {
    const v = this.optional(name)
    if (v === undefined || v === '')
      throw validation(
        `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`
      )
    return v
  }

  /** A nested object input (AlternateIdentifier, MemberId, Filter, Name). */
  object(name: string): Record<string, unknown> | undefined {
    const v = this.body[name]
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined
  }

  list(name: string): unknown[] {
    const v = this.body[name]
    return Array.isArray(v) ? v : []
  }

  maxResults(): number {
    const v = this.body.MaxResults
    if (v === undefined) return 100
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 100)
      throw validation('MaxResults must be between 1 and 100')
    return v
  }
}

/** One page of `items` after the request's NextToken (an offset, opaque to callers). */
export function page<T>(input: Input, items: T[]): { items: T[]; NextToken?: string } {
  const token = input.optional('NextToken')
  const from = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'))
  if (!Number.isInteger(from) || from < 0 || from > items.length)
    throw validation('The NextToken is not valid')
  const to = from + input.maxResults()
  const next = to < items.length ? Buffer.from(String(to), 'utf8').toString('base64url') : undefined
  return { items: items.slice(from, to), ...(next ? { NextToken: next } : {}) }
}
