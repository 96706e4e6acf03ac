// A simulated SCIM 2.0 service provider (RFC 7643/7644), Users only, over a user store: the
// generic in-memory store serves apps with their own users (Jira, PagerDuty, ...), and
// slack/scim.ts serves Slack's SCIM API over the Slack workspace state.
import {
  jsonFields,
  type FaultRule,
  type Platform,
  type SimRequest,
  type SimResponse
} from '../shared/server.js'
import { filterAttributes, matchesFilter, parseFilter, ScimFilterError } from './filter.js'

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User'
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error'
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse'
export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp'

export interface ScimEmail {
  value: string
  type?: string
  primary?: boolean
}

/** The attributes a client writes (POST, PUT, PATCH). */
export interface ScimUserAttrs {
  userName: string
  externalId?: string
  displayName?: string
  name?: { givenName?: string; familyName?: string; formatted?: string }
  emails?: ScimEmail[]
  active: boolean
}

export interface ScimUser extends ScimUserAttrs {
  id: string
  /** ISO timestamps for meta; absent when the store does not keep them. */
  created?: string
  lastModified?: string
}

/** A store's refusal, answered as a SCIM error. */
export interface ScimRefusal {
  status: number
  scimType?: string
  detail: string
}

/** Where a SCIM server keeps its users. The server checks existence and userName
 *  uniqueness before calling create/update/delete; the store decides what they mean
 *  (Slack's DELETE deactivates instead of removing). */
export interface ScimUserStore {
  all(): ScimUser[]
  get(id: string): ScimUser | undefined
  create(attrs: ScimUserAttrs): ScimUser | ScimRefusal
  update(id: string, attrs: ScimUserAttrs): ScimUser | ScimRefusal
  delete(id: string): ScimRefusal | undefined
}

/** A generic app's own users: DELETE removes the user. */
export interface ScimSimState {
  users: ScimUser[]
  /** Next numeric id handed out by POST /Users. */
  nextId: number
}

export interface ScimPlatformOptions {
  /** Platform name in the request record, e.g. `scim:jira` (default `scim`). */
  name?: string
  /** Bearer tokens the app accepts. */
  tokens: string[]
  /** Path the API lives under (default `/scim/v2`, so base_url is `<server url>/scim/v2`). */
  basePath?: string
  /** Whether PATCH is supported; when not, PATCH answers 501 (RFC 7644) or 405, as some
   *  apps do, and ServiceProviderConfig says `patch.supported: false`. */
  patch?: 'supported' | 'not_implemented' | 'method_not_allowed'
  /** Largest page GET /Users returns (ServiceProviderConfig `filter.maxResults`, default 100). */
  maxResults?: number
}

const isRefusal = (r: object): r is ScimRefusal => 'status' in r && 'detail' in r

/** A seeded user: only userName is needed; active defaults to true, ids to 1, 2, 3... */
export type ScimUserSeed = Partial<ScimUser> & Pick<ScimUser, 'userName'>

export function scimState(seeds: ScimUserSeed[] = []): ScimSimState {
  const at = new Date().toISOString()
  const users = seeds.map((s, i): ScimUser => ({
    id: String(i + 1),
    active: true,
    created: at,
    lastModified: at,
    ...s
  }))
  const numeric = users.map(u => Number(u.id)).filter(Number.isInteger)
  return { users, nextId: Math.max(0, ...numeric) + 1 }
}

export function memoryScimStore(state: ScimSimState): ScimUserStore {
  const now = () => new Date().toISOString()
  return {
    all: () => state.users,
    get: id => state.users.find(u => u.id === id),
    create: attrs => {
      const at = now()
      const user: ScimUser = { ...attrs, id: String(state.nextId++), created: at, lastModified: at }
      state.users.push(user)
      return user
    },
    update: (id, attrs) => {
      const i = state.users.findIndex(u => u.id === id)
      const old = state.users[i]
      state.users[i] = { ...attrs, id, created: old.created, lastModified: now() }
      return state.users[i]
    },
    delete: id => {
      state.users = state.users.filter(u => u.id !== id)
      return undefined
    }
  }
}

const SCIM_JSON = { 'content-type': 'application/scim+json' }

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  ({ status, headers: { ...SCIM_JSON, ...headers }, body }) satisfies SimResponse

export function scimError(
  status: number,
  detail: string,
  scimType?: string,
  headers: Record<string, string> = {}
): SimResponse {
  const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(status), scimType, detail }
  return answer(status, body, headers)
}

const refused = (r: ScimRefusal) => scimError(r.status, r.detail, r.scimType)

/** What `classify` names: method and path template under the base path. */
const SCIM_OPERATIONS = [
  ...['GET', 'POST'].map(m => `${m} /Users`),
  ...['GET', 'PUT', 'PATCH', 'DELETE'].map(m => `${m} /Users/{id}`),
  ...[
    'ServiceProviderConfig',
    'ResourceTypes',
    'ResourceTypes/{id}',
    'Schemas',
    'Schemas/{id}'
  ].map(p => `GET /${p}`)
]

/** The `detail` of the error a fault rule's status stands for. */
const FAULT_DETAILS: Record<number, string> = {
  400: 'the request is not valid',
  401: 'a valid bearer token is required',
  403: 'the token may not perform this operation',
  404: 'resource not found',
  409: 'the resource was changed meanwhile',
  429: 'too many requests',
  500: 'internal server error',
  503: 'service unavailable'
}

const listResponse = (resources: unknown[], total = resources.length, startIndex = 1) => ({
  schemas: [SCIM_LIST_SCHEMA],
  totalResults: total,
  itemsPerPage: resources.length,
  startIndex,
  Resources: resources
})

// Lower-case attribute paths a filter may name (matched against the stored user, so not
// meta), and those compared case-exactly (RFC 7643).
const FILTERABLE = [
  'id',
  'externalid',
  'username',
  'displayname',
  'active',
  'name',
  'name.givenname',
  'name.familyname',
  'name.formatted',
  'emails',
  'emails.value',
  'emails.type',
  'emails.primary'
]
const CASE_EXACT = ['id', 'externalid']

const userPath = (p: string) =>
  p.toLowerCase().replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, '')

function asBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  // Some identity providers (Azure AD) send "True"/"False" strings.
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true'
  return undefined
}

const invalid = (detail: string, scimType = 'invalidValue'): ScimRefusal => ({
  status: 400,
  scimType,
  detail
})

const NAME_PARTS = {
  'name.givenname': 'givenName',
  'name.familyname': 'familyName',
  'name.formatted': 'formatted'
} as const

/** Set one attribute (PATCH add/replace, or a key of a POST/PUT body); a refusal when the
 *  path or value is not one this server knows. */
function setAttr(attrs: ScimUserAttrs, path: string, value: unknown): ScimRefusal | undefined {
  const p = userPath(path)
  const text = () => (typeof value === 'string' ? value : undefined)
  switch (p) {
    case 'active': {
      const b = asBoolean(value)
      if (b === undefined) return invalid('active must be a boolean')
      attrs.active = b
      return
    }
    case 'username':
      if (!text()) return invalid('userName must be a non-empty string')
      attrs.userName = text()!
      return
    case 'externalid':
    case 'displayname':
      if (text() === undefined) return invalid(`${path} must be a string`)
      attrs[p === 'externalid' ? 'externalId' : 'displayName'] = text()
      return
    case 'name':
      if (!value || typeof value !== 'object') return invalid('name must be an object')
      attrs.name = {}
      for (const [k, v] of Object.entries(value)) {
        const r = setAttr(attrs, `name.${k}`, v)
        if (r) return r
      }
      return
    case 'name.givenname':
    case 'name.familyname':
    case 'name.formatted': {
      if (text() === undefined) return invalid(`${path} must be a string`)
      const key = NAME_PARTS[p]
      attrs.name = { ...attrs.name, [key]: text() }
      return
    }
    case 'emails':
      if (!Array.isArray(value) || value.some(e => typeof e?.value !== 'string'))
        return invalid('emails must be a list of objects with a string value')
      attrs.emails = value.map((e: ScimEmail) => ({
        value: e.value,
        ...(e.type !== undefined ? { type: e.type } : {}),
        ...(e.primary !== undefined ? { primary: e.primary } : {})
      }))
      return
    case 'schemas':
    case 'id':
    case 'meta':
      return // read-only or protocol attributes: ignored on write, as RFC 7644 allows
    default:
      return invalid(`unknown attribute "${path}"`, 'invalidPath')
  }
}

/** The attributes of a POST/PUT body: what it gives, the rest cleared (active defaults to true). */
function attrsFromBody(body: unknown): ScimUserAttrs | ScimRefusal {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return invalid('the body must be a User resource', 'invalidSyntax')
  const attrs: ScimUserAttrs = { userName: '', active: true }
  for (const [k, v] of Object.entries(body)) {
    const r = setAttr(attrs, k, v)
    if (r) return r
  }
  return attrs.userName ? attrs : invalid('userName is required')
}

/** The client-writable part of a user. */
const writable = ({ userName, externalId, displayName, name, emails, active }: ScimUser) => ({
  userName,
  externalId,
  displayName,
  name,
  emails,
  active
})

/** Apply a PatchOp body to a copy of the user's attributes. */
function patched(user: ScimUser, body: unknown): ScimUserAttrs | ScimRefusal {
  const b = body as { schemas?: unknown; Operations?: unknown }
  if (!Array.isArray(b?.schemas) || !b.schemas.includes(SCIM_PATCH_SCHEMA))
    return invalid(`a PATCH body must have schemas ["${SCIM_PATCH_SCHEMA}"]`, 'invalidSyntax')
  if (!Array.isArray(b.Operations) || b.Operations.length === 0)
    return invalid('a PATCH body needs a non-empty Operations list', 'invalidSyntax')
  const attrs: ScimUserAttrs = structuredClone(writable(user))
  for (const raw of b.Operations as { op?: unknown; path?: unknown; value?: unknown }[]) {
    const op = String(raw?.op ?? '').toLowerCase()
    const path = typeof raw?.path === 'string' ? raw.path : undefined
    let r: ScimRefusal | undefined
    if (op === 'add' || op === 'replace') {
      if (path !== undefined) r = setAttr(attrs, path, raw.value)
      else if (raw.value && typeof raw.value === 'object' && !Array.isArray(raw.value))
        for (const [k, v] of Object.entries(raw.value)) r ??= setAttr(attrs, k, v)
      else r = invalid(`"${op}" without a path needs an object value`)
    } else if (op === 'remove') {
      r = removeAttr(attrs, path)
    } else {
      r = invalid(`unknown PATCH op "${String(raw?.op)}"`, 'invalidSyntax')
    }
    if (r) return r
  }
  return attrs
}

function removeAttr(attrs: ScimUserAttrs, path: string | undefined): ScimRefusal | undefined {
  if (path === undefined) return invalid('"remove" needs a path', 'noTarget')
  const p = userPath(path)
  if (p === 'username' || p === 'active')
    return invalid(`${path} is required and cannot be removed`, 'mutability')
  const key = {
    externalid: 'externalId',
    displayname: 'displayName',
    name: 'name',
    emails: 'emails'
  }[p] as keyof ScimUserAttrs | undefined
  if (!key) return invalid(`unknown attribute "${path}"`, 'invalidPath')
  delete attrs[key]
  return undefined
}

function parseJson(req: SimRequest): { body: unknown } | undefined {
  try {
    return { body: JSON.parse(req.body.toString('utf8')) as unknown }
  } catch {
    return undefined
  }
}

/** An integer query parameter; `fallback` when absent or not a number (callers clamp it). */
const intParam = (raw: string | null, fallback: number) => {
  const n = raw === null ? NaN : Number.parseInt(raw, 10)
  return Number.isNaN(n) ? fallback : n
}

export function createScimPlatform(
  source: ScimSimState | ScimUserStore,
  options: ScimPlatformOptions
): Platform {
  const store = 'users' in source ? memoryScimStore(source) : source
  const basePath = (options.basePath ?? '/scim/v2').replace(/\/$/, '')
  const patchMode = options.patch ?? 'supported'
  const maxResults = options.maxResults ?? 100

  /** The path under basePath split into segments, or undefined when outside it. */
  const route = (req: SimRequest): string[] | undefined => {
    if (req.path !== basePath && !req.path.startsWith(`${basePath}/`)) return undefined
    return req.path.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent)
  }

  const render = (req: SimRequest, u: ScimUser) => ({
    schemas: [SCIM_USER_SCHEMA],
    id: u.id,
    ...(u.externalId !== undefined ? { externalId: u.externalId } : {}),
    userName: u.userName,
    ...(u.name ? { name: u.name } : {}),
    ...(u.displayName !== undefined ? { displayName: u.displayName } : {}),
    ...(u.emails ? { emails: u.emails } : {}),
    active: u.active,
    meta: {
      resourceType: 'User',
      ...(u.created ? { created: u.created, lastModified: u.lastModified ?? u.created } : {}),
      location: `http://${req.headers.host ?? 'sandbox'}${basePath}/Users/${encodeURIComponent(u.id)}`
    }
  })

  /** 409 uniqueness when another user already has the userName (compared case-insensitively). */
  const userNameTaken = (userName: string, exceptId?: string): SimResponse | undefined => {
    const lower = userName.toLowerCase()
    const taken = store.all().some(u => u.id !== exceptId && u.userName.toLowerCase() === lower)
    return taken
      ? scimError(409, `userName "${userName}" is already taken`, 'uniqueness')
      : undefined
  }

  const listUsers = (req: SimRequest): SimResponse => {
    let users = store.all()
    const filter = req.query.get('filter')
    if (filter !== null) {
      try {
        const f = parseFilter(filter)
        const unknown = filterAttributes(f).find(a => !FILTERABLE.includes(a))
        if (unknown) throw new ScimFilterError(`unknown attribute "${unknown}"`)
        users = users.filter(u => matchesFilter(f, u, CASE_EXACT))
      } catch (err) {
        if (!(err instanceof ScimFilterError)) throw err
        return scimError(400, `invalid filter: ${err.message}`, 'invalidFilter')
      }
    }
    const startIndex = Math.max(1, intParam(req.query.get('startIndex'), 1))
    const count = Math.min(maxResults, Math.max(0, intParam(req.query.get('count'), maxResults)))
    const pageOf = users.slice(startIndex - 1, startIndex - 1 + count).map(u => render(req, u))
    return answer(200, listResponse(pageOf, users.length, startIndex))
  }

  const createUser = (req: SimRequest, body: unknown): SimResponse => {
    const attrs = attrsFromBody(body)
    if (isRefusal(attrs)) return refused(attrs)
    const taken = userNameTaken(attrs.userName)
    if (taken) return taken
    const user = store.create(attrs)
    if (isRefusal(user)) return refused(user)
    const resource = render(req, user)
    return answer(201, resource, { location: resource.meta.location })
  }

  const writeUser = (req: SimRequest, user: ScimUser, attrs: ScimUserAttrs | ScimRefusal) => {
    if (isRefusal(attrs)) return refused(attrs)
    const taken = userNameTaken(attrs.userName, user.id)
    if (taken) return taken
    const updated = store.update(user.id, attrs)
    return isRefusal(updated) ? refused(updated) : answer(200, render(req, updated))
  }

  const patchUnsupported = (): SimResponse =>
    patchMode === 'not_implemented'
      ? scimError(501, 'PATCH is not supported; replace the user with PUT')
      : scimError(405, 'Method Not Allowed', undefined, { allow: 'GET, PUT, DELETE' })

  const serviceProviderConfig = () => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: patchMode === 'supported' },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authorization: Bearer' }
    ],
    meta: { resourceType: 'ServiceProviderConfig' }
  })

  const userResourceType = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    schema: SCIM_USER_SCHEMA,
    meta: { resourceType: 'ResourceType' }
  }

  const userSchema = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id: SCIM_USER_SCHEMA,
    name: 'User',
    attributes: [
      ['userName', 'string', true],
      ['externalId', 'string', false],
      ['displayName', 'string', false],
      ['name', 'complex', false],
      ['emails', 'complex', false],
      ['active', 'boolean', false]
    ].map(([name, type, required]) => ({
      name,
      type,
      required,
      multiValued: name === 'emails',
      caseExact: name === 'externalId',
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: name === 'userName' ? 'server' : 'none'
    })),
    meta: { resourceType: 'Schema' }
  }

  const handle = (req: SimRequest): SimResponse => {
    const segments = route(req)
    if (!segments) return scimError(404, `no SCIM API at ${req.path}; it is under ${basePath}`)
    const auth = String(req.headers.authorization ?? '')
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : ''
    if (!options.tokens.includes(token))
      return scimError(401, 'a valid bearer token is required', undefined, {
        'www-authenticate': 'Bearer'
      })
    const [collection, id, extra] = segments
    const notAllowed = () => scimError(405, `${req.method} is not allowed on ${req.path}`)
    const readOnly = (body: unknown) => (req.method === 'GET' ? answer(200, body) : notAllowed())

    if (extra !== undefined) return scimError(404, `no such resource ${req.path}`)
    if (collection === 'ServiceProviderConfig' && id === undefined)
      return readOnly(serviceProviderConfig())
    if (collection === 'ResourceTypes')
      return readOnly(id === undefined ? listResponse([userResourceType]) : userResourceType)
    if (collection === 'Schemas' && (id === undefined || id === SCIM_USER_SCHEMA))
      return readOnly(id === undefined ? listResponse([userSchema]) : userSchema)
    if (collection !== 'Users') return scimError(404, `no such resource ${req.path}`)

    const needsBody = ['POST', 'PUT', 'PATCH'].includes(req.method)
    const parsed = needsBody ? parseJson(req) : { body: undefined }
    if (!parsed) return scimError(400, 'the body is not valid JSON', 'invalidSyntax')

    if (id === undefined) {
      if (req.method === 'GET') return listUsers(req)
      if (req.method === 'POST') return createUser(req, parsed.body)
      return notAllowed()
    }
    if (req.method === 'PATCH' && patchMode !== 'supported') return patchUnsupported()
    const user = store.get(id)
    if (!user) return scimError(404, `User ${id} not found`)
    switch (req.method) {
      case 'GET':
        return answer(200, render(req, user))
      case 'PUT':
        return writeUser(req, user, attrsFromBody(parsed.body))
      case 'PATCH':
        return writeUser(req, user, patched(user, parsed.body))
      case 'DELETE': {
        const r = store.delete(id)
        return r ? refused(r) : { status: 204 }
      }
      default:
        return notAllowed()
    }
  }

  return {
    name: options.name ?? 'scim',
    classify: req => {
      const [collection, id] = route(req) ?? []
      const path = collection === undefined ? req.path : `/${collection}${id ? '/{id}' : ''}`
      return { operation: `${req.method} ${path}`, write: req.method !== 'GET' }
    },
    handle,
    throttled: retryAfterSeconds =>
      scimError(429, 'too many requests', undefined, { 'retry-after': String(retryAfterSeconds) }),
    serverError: () => scimError(500, FAULT_DETAILS[500]),
    fault: (status: number, rule: FaultRule) =>
      scimError(
        status,
        FAULT_DETAILS[status] ?? 'request failed',
        rule.code,
        rule.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(rule.retryAfterSeconds) }
      ),
    operations: () => SCIM_OPERATIONS,
    echo: (answer, echo) => {
      const fields = jsonFields(answer)
      if (!Array.isArray(fields?.schemas) || !fields.schemas.includes(SCIM_ERROR_SCHEMA))
        return answer
      return { ...answer, body: { ...fields, detail: `${fields.detail ?? ''} ${echo}`.trim() } }
    }
  }
}
