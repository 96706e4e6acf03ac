// What Graph's error answers mean, as one error type the connector handles: the status, Graph's
// code and message, and what to do (a 403 names the permission the call probably lacks).
import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client'
import { gaveUpPrefix } from '../shared/retry-budget.js'

/** A Graph answer that was an error, or a request that got none (status 0). */
export class EntraError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string
  ) {
    super(message)
    this.name = 'EntraError'
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Graph's error body: `{"error": {"code": ..., "message": ...}}`. */
export function graphErrorOf(body: unknown): { code?: string; message?: string } {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {}
  return {
    code: typeof error.code === 'string' ? error.code : undefined,
    message: typeof error.message === 'string' ? error.message : undefined
  }
}

/** The SDK's errors as EntraError: GraphError for an answer, GraphClientError for ours. */
export function fromSdk(method: string, path: string, error: unknown, needs?: string): Error {
  if (error instanceof GraphClientError) return new EntraError(error.message, 0)
  if (error instanceof GraphError && error.statusCode > 0) {
    const said = graphErrorOf({ error: safeJson(error.body) })
    return entraError(method, path, error.statusCode, error.code ?? said.code, error.message, {
      needs,
      gaveUp: gaveUpPrefix(error.headers).replace(/: $/, '') || undefined
    })
  }
  return new EntraError(`entra: ${method} ${path} failed: ${causeOf(error)}`, 0)
}

function safeJson(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : text
  } catch {
    return undefined
  }
}

/** `entra: GET users/x answered 403 Authorization_RequestDenied: ...; <what to do>`. */
export function entraError(
  method: string,
  path: string,
  status: number,
  code: string | null | undefined,
  message: string | undefined,
  extra: { needs?: string; gaveUp?: string }
): EntraError {
  const hint =
    status === 401
      ? 'the app was not signed in: check tenant_id, client_id and its credentials'
      : status === 403
        ? extra.needs
          ? `the app probably lacks ${extra.needs} (see docs/entra.md)`
          : 'the app lacks a permission this call needs (see docs/entra.md)'
        : status === 429
          ? 'Graph kept throttling: run again later'
          : status >= 500
            ? 'Graph failed: run again later'
            : ''
  const said = [code, message].filter(Boolean).join(': ')
  const text = `${method} ${path.split('?')[0]} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`
  return new EntraError(
    `entra: ${extra.gaveUp ? `${extra.gaveUp}: ` : ''}${text}`,
    status,
    code ?? undefined
  )
}

/** The status of a Graph error answer, or undefined for anything else. */
export const statusOf = (error: unknown): number | undefined =>
  error instanceof EntraError && error.status > 0 ? error.status : undefined

/** A secret-free description of an error for reasons, notes and outcome details. */
export const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

export function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return error.cause instanceof Error ? error.cause.message : error.message
}
