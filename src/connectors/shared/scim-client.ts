// One SCIM 2.0 client (RFC 7643/7644) for every SCIM app and for Slack's SCIM API: find,
// read, list, deactivate, delete. It waits out 429 + Retry-After and retries server errors
// and lost connections itself, within the retry budget of each request (retry-budget.ts),
// turns SCIM error bodies into messages that say what to do, and in read mode refuses
// anything but GET before a request leaves the process.
import type { PlatformName } from '../connector.js'
import { fetchWithRetry } from './http-retry.js'
import { CallBudget, DEFAULT_RETRY_BUDGET, sleep, type RetryBudget } from './retry-budget.js'

export interface ScimUser {
  id: string
  userName: string
  /** RFC 7643 makes `active` optional; an account without it counts as active. */
  active: boolean
  displayName?: string
  email?: string
  /** The resource as the server sent it (PUT sends it back). */
  raw: Record<string, unknown>
}

export interface ScimClientOptions {
  /** Named in every error: `scim:jira`, `slack`. */
  platform: PlatformName
  baseUrl: string
  token: string
  /** The environment variable the token came from, for hints. */
  tokenEnv: string
  mode: 'read' | 'write'
  log?: (line: string) => void
  /** Injected by tests; waits for real otherwise. */
  sleep?: (ms: number) => Promise<void>
  /** How long one request may take, retries and waits included (default 3 retries, 60 s). */
  budget?: RetryBudget
}

/** Test seam: the client's waits between retries. */
export type ScimTiming = Pick<ScimClientOptions, 'sleep'>

/** A change that was made, or one that had nothing left to do. */
export type ChangeResult = 'revoked' | 'already_absent'

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error'
const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp'
/** Servers cap `count` at their own maximum; asking for more costs nothing. */
const PAGE_SIZE = 1000

export class ScimError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly scimType?: string
  ) {
    super(message)
    this.name = 'ScimError'
  }
}

/** Thrown by a read-mode client for any non-GET request. */
export class ScimReadOnlyError extends Error {
  constructor(platform: string, method: string, path: string) {
    super(`${platform}: refused ${method} ${path}: this SCIM client is read-only (plan and audit)`)
    this.name = 'ScimReadOnlyError'
  }
}

interface Answer {
  status: number
  body: Record<string, unknown> | undefined
  /** Set when the budget stopped retrying this (retryable) answer. */
  gaveUp?: CallBudget
}

export class ScimClient {
  /** HTTP requests sent, retries included. */
  requests = 0
  private patchSupported: Promise<boolean> | undefined
  private readonly base: string
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly opts: ScimClientOptions) {
    this.base = opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`
    this.sleep = opts.sleep ?? sleep
  }

  /** The user whose userName matches (SCIM compares userName case-insensitively). */
  async findUser(userName: string): Promise<ScimUser | undefined> {
    // A SCIM filter string is a JSON string literal: JSON.stringify escapes quotes and backslashes.
    const filter = `userName eq ${JSON.stringify(userName)}`
    const { body } = await this.expect('GET', 'Users', { query: { filter } })
    const wanted = userName.toLowerCase()
    return resources(body)
      .map(toUser)
      .find(u => u.userName.toLowerCase() === wanted)
  }

  async getUser(id: string): Promise<ScimUser | undefined> {
    const answer = await this.request('GET', userPath(id))
    if (answer.status === 404) return undefined
    return toUser(this.check('GET', userPath(id), answer).body ?? {})
  }

  /** Every user, paged by startIndex/count with the largest page the server grants. */
  async listUsers(): Promise<ScimUser[]> {
    const users: ScimUser[] = []
    for (let startIndex = 1; ;) {
      const { body } = await this.expect('GET', 'Users', {
        query: { startIndex: String(startIndex), count: String(PAGE_SIZE) }
      })
      const page = resources(body)
      users.push(...page.map(toUser))
      startIndex += page.length
      const total = typeof body?.totalResults === 'number' ? body.totalResults : undefined
      if (page.length === 0 || (total !== undefined ? startIndex > total : page.length < PAGE_SIZE))
        return users
    }
  }

  /** Sets `active: false`: PATCH, or PUT of the whole resource where PATCH is unsupported. */
  async deactivate(id: string): Promise<ChangeResult> {
    const path = userPath(id)
    if (await this.supportsPatch()) {
      const answer = await this.request('PATCH', path, {
        body: {
          schemas: [PATCH_SCHEMA],
          Operations: [{ op: 'replace', path: 'active', value: false }]
        }
      })
      if (answer.status === 404) return this.confirmGone('PATCH', id, inactive)
      // 501 is RFC 7644's answer for an unsupported operation; 405 is what many servers send.
      if (answer.status !== 501 && answer.status !== 405) {
        this.check('PATCH', path, answer)
        return 'revoked'
      }
      this.opts.log?.(`${this.opts.platform}: PATCH not supported, replacing the user with PUT`)
    }
    const user = await this.getUser(id)
    if (!user || !user.active) return 'already_absent'
    // `meta` is server-managed (RFC 7643 3.1): send the resource back without it.
    const resource: Record<string, unknown> = { ...user.raw, active: false }
    delete resource.meta
    const answer = await this.request('PUT', path, { body: resource })
    if (answer.status === 404) return this.confirmGone('PUT', id, inactive)
    this.check('PUT', path, answer)
    return 'revoked'
  }

  /** DELETE. `deactivates`: the server's DELETE only deactivates (Slack), so an inactive user
   *  counts as gone. */
  async deleteUser(id: string, opts: { deactivates?: boolean } = {}): Promise<ChangeResult> {
    const path = userPath(id)
    const answer = await this.request('DELETE', path)
    if (answer.status === 404)
      return this.confirmGone('DELETE', id, opts.deactivates ? inactive : missing)
    this.check('DELETE', path, answer)
    return 'revoked'
  }

  /** A write answered 404: the user is gone, or the token may not see it. Only a GET showing
   *  it gone (`gone`) makes it already_absent; otherwise the step fails and says why. */
  private async confirmGone(
    method: string,
    id: string,
    gone: (user: ScimUser | undefined) => boolean
  ): Promise<ChangeResult> {
    const { platform, tokenEnv } = this.opts
    const user = await this.getUser(id)
    if (gone(user)) return 'already_absent'
    throw new ScimError(
      `${platform}: ${method} ${userPath(id)} answered 404 but the user ${user?.userName ?? id} is still there${user?.active ? ' and active' : ''}: the token in ${tokenEnv} probably lacks the right to change users`,
      404
    )
  }

  /** ServiceProviderConfig says whether PATCH works; read once. Unknown (also when it cannot
   *  be read) means "try PATCH": PATCH's own answer (501, 405) then decides. */
  private supportsPatch(): Promise<boolean> {
    this.patchSupported ??= this.request('GET', 'ServiceProviderConfig').then(
      answer => {
        const patch = answer.status === 200 ? answer.body?.patch : undefined
        return !(isRecord(patch) && patch.supported === false)
      },
      () => true
    )
    return this.patchSupported
  }

  /** A request whose non-2xx answers (404 included) are errors. */
  private async expect(
    method: string,
    path: string,
    init: { query?: Record<string, string>; body?: unknown } = {}
  ): Promise<Answer> {
    return this.check(method, path, await this.request(method, path, init))
  }

  private check(method: string, path: string, answer: Answer): Answer {
    if (answer.status >= 200 && answer.status < 300) return answer
    throw this.error(method, path, answer)
  }

  private async request(
    method: string,
    path: string,
    init: { query?: Record<string, string>; body?: unknown } = {}
  ): Promise<Answer> {
    const { platform, token, mode, log } = this.opts
    if (mode === 'read' && method !== 'GET') throw new ScimReadOnlyError(platform, method, path)
    const url = new URL(path, this.base)
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v)
    const { response, call } = await fetchWithRetry(
      url,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/scim+json, application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/scim+json' })
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body)
      },
      {
        budget: this.opts.budget ?? DEFAULT_RETRY_BUDGET,
        sleep: this.sleep,
        what: `${method} ${path}`,
        log: log && (line => log(`${platform}: ${line}`)),
        beforeAttempt: () => void this.requests++,
        unreachable: (message, cause) => new Error(`${platform}: ${message}`, { cause })
      }
    )
    const body = await readJson(response)
    return call.stopped
      ? { status: response.status, body, gaveUp: call }
      : { status: response.status, body }
  }

  private error(method: string, path: string, { status, body, gaveUp }: Answer): ScimError {
    const { platform, tokenEnv } = this.opts
    const scimType = typeof body?.scimType === 'string' ? body.scimType : undefined
    const detail = typeof body?.detail === 'string' ? body.detail : undefined
    const isScimError =
      Array.isArray(body?.schemas) && (body.schemas as unknown[]).includes(ERROR_SCHEMA)
    const said = [scimType, detail].filter(Boolean).join(': ')
    const hint =
      status === 401
        ? `the token in ${tokenEnv} was rejected: check that it is current`
        : status === 403
          ? `the token in ${tokenEnv} may not do this: give it user management rights`
          : status === 429
            ? 'still rate limited: run again later'
            : status >= 500
              ? 'the SCIM server failed: run again later'
              : isScimError
                ? ''
                : 'the answer is not a SCIM error: check base_url'
    const message = `${method} ${path} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`
    return new ScimError(
      `${platform}: ${gaveUp ? gaveUp.gaveUp(message) : message}`,
      status,
      scimType
    )
  }
}

const inactive = (user: ScimUser | undefined) => !user || !user.active
const missing = (user: ScimUser | undefined) => !user

function userPath(id: string): string {
  return `Users/${encodeURIComponent(id)}`
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function resources(body: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const list = body?.Resources
  return Array.isArray(list) ? list.filter(isRecord) : []
}

function toUser(raw: Record<string, unknown>): ScimUser {
  const emails = Array.isArray(raw.emails) ? raw.emails.filter(isRecord) : []
  const email = (emails.find(e => e.primary === true) ?? emails[0])?.value
  const name = isRecord(raw.name) ? raw.name.formatted : undefined
  const displayName = typeof raw.displayName === 'string' ? raw.displayName : name
  return {
    id: String(raw.id ?? ''),
    userName: String(raw.userName ?? ''),
    active: raw.active !== false,
    displayName: typeof displayName === 'string' ? displayName : undefined,
    email: typeof email === 'string' ? email : undefined,
    raw
  }
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  const text = await response.text()
  if (!text) return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    return isRecord(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
