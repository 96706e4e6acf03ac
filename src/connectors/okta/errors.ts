// What Okta's error answers say, as one secret-free line that names the call and what to do:
// Okta's error body (errorCode, errorSummary, errorCauses), or the OAuth error of the token
// request (error, error_description), with a hint by status. docs/okta.md has the scopes.

/** How the client signs in, for hints: an API token, or a service app's private key. */
export interface ErrorContext {
  auth: 'token' | 'app'
  /** The variable holding the API token or the private key. */
  credentialEnv: string
  clientId?: string
}

/** An answer that was not 2xx, or a request that got no answer (status 0). */
export class OktaError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The call that answered, as `METHOD /path/{id}`. */
    readonly call: string,
    /** Okta's errorCode, e.g. E0000007 (not found). */
    readonly code?: string
  ) {
    super(message)
    this.name = 'OktaError'
  }
}

/** The HTTP status of an OktaError, else undefined. */
export const statusOf = (err: unknown): number | undefined =>
  err instanceof OktaError ? err.status : undefined

/** Where a service app asks for its access token. */
export const TOKEN_PATH = '/oauth2/v1/token'
/** That call: its failures are never a sign that what a step removes is gone. */
export const TOKEN_CALL = `POST ${TOKEN_PATH}`

/** The scope each call needs, from Okta's API description (the security of each operation). */
export const CALL_SCOPES: Readonly<Record<string, string>> = {
  'GET /api/v1/users': 'okta.users.read',
  'GET /api/v1/users/{id}': 'okta.users.read',
  'GET /api/v1/users/{id}/groups': 'okta.users.read',
  'GET /api/v1/users/{id}/appLinks': 'okta.users.read',
  'GET /api/v1/users/{id}/factors': 'okta.users.read',
  'GET /api/v1/users/{id}/grants': 'okta.users.read',
  'GET /api/v1/users/{id}/clients': 'okta.users.read',
  'GET /api/v1/users/{id}/roles': 'okta.roles.read',
  'GET /api/v1/iam/assignees/users': 'okta.roles.read',
  'GET /api/v1/groups': 'okta.groups.read',
  'GET /api/v1/groups/{id}/users': 'okta.groups.read',
  'DELETE /api/v1/users/{id}/sessions': 'okta.users.manage',
  'DELETE /api/v1/users/{id}/grants': 'okta.users.manage',
  'DELETE /api/v1/users/{id}/clients/{id}/tokens': 'okta.users.manage',
  'DELETE /api/v1/groups/{id}/users/{id}': 'okta.groups.manage',
  'POST /api/v1/users/{id}/lifecycle/suspend': 'okta.users.manage',
  'POST /api/v1/users/{id}/lifecycle/deactivate': 'okta.users.manage',
  'DELETE /api/v1/users/{id}': 'okta.users.manage'
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

/** `GET /api/v1/users/{id} answered 403 E0000006 (You do not have permission ...); <hint>`. */
export function describeAnswer(
  call: string,
  status: number,
  body: Record<string, unknown> | undefined,
  ctx: ErrorContext
): string {
  const causes = Array.isArray(body?.errorCauses)
    ? body.errorCauses.map(c => text((c as Record<string, unknown>)?.errorSummary)).filter(Boolean)
    : []
  const oauth = text(body?.error)
  const said = oauth
    ? [oauth, text(body?.error_description)].filter(Boolean).join(': ')
    : [text(body?.errorCode), [text(body?.errorSummary), ...causes].filter(Boolean).join('. ')]
        .filter(Boolean)
        .join(' ')
  const hint = oauth ? tokenHint(oauth, ctx) : statusHint(call, status, ctx)
  return `${call} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`
}

function tokenHint(error: string, { clientId, credentialEnv }: ErrorContext): string {
  if (error === 'invalid_client')
    return `Okta does not accept the service app ${clientId}'s credentials: check client_id, and that the app's public key matches the private key in ${credentialEnv} (and key_id)`
  if (error === 'invalid_scope')
    return `grant the service app ${clientId} the scopes it asks for (its Okta API Scopes tab), or narrow okta.scopes`
  return `the service app ${clientId} could not get an access token`
}

function statusHint(call: string, status: number, ctx: ErrorContext): string {
  const scope = CALL_SCOPES[call]
  if (status === 401)
    return ctx.auth === 'token'
      ? `the API token in ${ctx.credentialEnv} was rejected: check that it is current (Okta revokes tokens unused for 30 days, and those of deactivated admins)`
      : `the service app ${ctx.clientId}'s access token was rejected: run again, and check the app in Okta`
  if (status === 403)
    return ctx.auth === 'token'
      ? `the admin the API token in ${ctx.credentialEnv} acts for has no role that allows this${scope ? ` (${scope})` : ''}: see docs/okta.md`
      : `the service app ${ctx.clientId} needs the scope ${scope ?? 'for this call'} and an admin role that allows it: see docs/okta.md`
  if (status === 429) return 'still rate limited: run again later'
  if (status >= 500) return 'Okta failed: run again later'
  return ''
}
