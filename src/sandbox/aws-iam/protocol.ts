// The AWS query protocol as IAM speaks it: form-encoded requests (`Action=...&Tags.member.1.Key=`),
// XML answers wrapped in <XResponse><XResult>, errors as <ErrorResponse> with AWS's HTTP status,
// and Marker/MaxItems pagination.
import { randomUUID } from 'node:crypto'
import type { SimRequest, SimResponse } from '../shared/server.js'

const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/'

/** HTTP status AWS answers with for each IAM error code; anything else is a 400. */
const STATUS: Record<string, number> = {
  AccessDenied: 403,
  NoSuchEntity: 404,
  DeleteConflict: 409,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  ConcurrentModification: 409,
  DuplicateCertificate: 409,
  InvalidAuthenticationCode: 403,
  NotSupportedService: 404,
  ReportNotPresent: 410,
  ServiceFailure: 500
}

/** An IAM error answer; thrown by actions, turned into <ErrorResponse> by errorResponse(). */
export class IamError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export function errorResponse(
  code: string,
  message: string,
  status = STATUS[code] ?? 400
): SimResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender'
  const id = randomUUID()
  return {
    status,
    headers: headers(id),
    body:
      `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type><Code>${esc(code)}</Code>` +
      `<Message>${esc(message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
  }
}

/** A successful answer; `result` undefined for actions that return nothing (DeleteUser, ...). */
export function okResponse(action: string, result: XmlValue | undefined): SimResponse {
  const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`
  const id = randomUUID()
  return {
    status: 200,
    headers: headers(id),
    body:
      `<${action}Response xmlns="${XMLNS}">${inner}` +
      `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></${action}Response>`
  }
}

const headers = (requestId: string) => ({
  'content-type': 'text/xml',
  'x-amzn-requestid': requestId
})

/** Values the XML writer knows: arrays become <member> lists, Buffers base64 (AWS blobs). */
export type XmlValue =
  string | number | boolean | Buffer | undefined | XmlValue[] | { [key: string]: XmlValue }

function toXml(value: XmlValue): string {
  const parts: string[] = []
  write(value, parts)
  return parts.join('')
}

// Appends to one array (joined once): answers of 1,000 users stay a few milliseconds.
function write(value: XmlValue, out: string[]): void {
  if (value === undefined) return
  if (typeof value === 'string') out.push(esc(value))
  else if (typeof value !== 'object') out.push(String(value))
  else if (Buffer.isBuffer(value)) out.push(value.toString('base64'))
  else if (Array.isArray(value))
    for (const v of value) {
      out.push('<member>')
      write(v, out)
      out.push('</member>')
    }
  else
    for (const k in value) {
      const v = value[k]
      if (v === undefined) continue
      out.push(`<${k}>`)
      write(v, out)
      out.push(`</${k}>`)
    }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
export const esc = (s: string) => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, c => ESCAPES[c]) : s)

/** The form parameters of one request, with typed readers that answer as AWS validates. */
export class Params {
  constructor(readonly form: URLSearchParams) {}

  get action(): string {
    return this.form.get('Action') ?? ''
  }

  optional(name: string): string | undefined {
    return this.form.get(name) ?? undefined
  }

  required(name: string): string {
    const v = this.form.get(name)
    if (v === null || v === '') throw validation(name, 'null', 'Member must not be null')
    return v
  }

  /** `name` must be one of `values` (Status=Active|Inactive, ...). */
  oneOf<T extends string>(name: string, values: readonly T[]): T {
    const v = this.required(name)
    if (!(values as readonly string[]).includes(v))
      throw validation(name, v, `Member must satisfy enum value set: [${values.join(', ')}]`)
    return v as T
  }

  bool(name: string): boolean {
    return this.form.get(name) === 'true'
  }

  /** `Name.member.N` scalars, in N order. */
  list(name: string): string[] {
    const out: string[] = []
    for (let i = 1; this.form.has(`${name}.member.${i}`); i++)
      out.push(this.form.get(`${name}.member.${i}`) as string)
    return out
  }

  /** `Name.member.N.Field` structures, in N order. */
  structs(name: string, fields: string[]): Record<string, string>[] {
    const out: Record<string, string>[] = []
    for (let i = 1; fields.some(f => this.form.has(`${name}.member.${i}.${f}`)); i++) {
      const item: Record<string, string> = {}
      for (const f of fields) item[f] = this.form.get(`${name}.member.${i}.${f}`) ?? ''
      out.push(item)
    }
    return out
  }

  /** MaxItems as AWS reads it: 1..1000, 100 when absent. */
  maxItems(): number {
    const raw = this.form.get('MaxItems')
    if (raw === null) return 100
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw validation(
        'MaxItems',
        raw,
        'Member must have value less than or equal to 1000 and greater than or equal to 1'
      )
    return n
  }
}

export function validation(field: string, value: string, constraint: string): IamError {
  const f = field.charAt(0).toLowerCase() + field.slice(1)
  return new IamError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${f}' failed to satisfy constraint: ${constraint}`
  )
}

const parsed = new WeakMap<SimRequest, Params>()

/** The request's parameters: the form body (POST, as the SDK sends) or the query string. */
export function paramsOf(req: SimRequest): Params {
  let p = parsed.get(req)
  if (!p) {
    const form = new URLSearchParams(req.body.length ? req.body.toString('utf8') : req.query)
    p = new Params(form)
    parsed.set(req, p)
  }
  return p
}

// ---- pagination over sorted keys: O(log n + page) per request, whatever the list's size ----

/** First index whose key is > `after` (or >= when `inclusive`) in an ascending array. */
export function lowerBound(sorted: readonly string[], key: string, inclusive = false): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < key || (!inclusive && sorted[mid] === key)) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function sortedInsert(sorted: string[], key: string): void {
  const i = lowerBound(sorted, key, true)
  if (sorted[i] !== key) sorted.splice(i, 0, key)
}

export function sortedRemove(sorted: string[], key: string): boolean {
  const i = lowerBound(sorted, key, true)
  if (sorted[i] !== key) return false
  sorted.splice(i, 1)
  return true
}

export interface Page<T> {
  items: T[]
  /** Present when more follow: pass back as Marker. */
  marker?: string
}

/** One ordered run of keys in a paginated answer; `get` may skip a key by answering undefined. */
export interface Section<T> {
  keys: readonly string[]
  get: (key: string) => T | undefined
}

// Markers are opaque to callers, as AWS's are; here they carry the section and the last key
// returned, so a page stays correct when entries are added or removed between requests.
const encodeMarker = (section: number, lastKey: string) =>
  Buffer.from(`${section}\n${lastKey}`, 'utf8').toString('base64url')

function decodeMarker(marker: string | undefined): { section: number; key: string } | undefined {
  if (marker === undefined) return undefined
  const text = Buffer.from(marker, 'base64url').toString('utf8')
  const nl = text.indexOf('\n')
  const section = Number(text.slice(0, nl))
  const key = text.slice(nl + 1)
  if (nl < 1 || !Number.isInteger(section) || encodeMarker(section, key) !== marker)
    throw new IamError('InvalidInput', 'Invalid Marker.')
  return { section, key }
}

/** One page across `sections` in order (each ascending), after the request's Marker. */
export function pageAcross<T>(p: Params, sections: Section<T>[]): Page<T> {
  const max = p.maxItems()
  const after = decodeMarker(p.optional('Marker'))
  const items: T[] = []
  let last = after ?? { section: 0, key: '' }
  for (let s = after?.section ?? 0; s < sections.length; s++) {
    const { keys, get } = sections[s]
    for (
      let i = after && s === after.section ? lowerBound(keys, after.key) : 0;
      i < keys.length;
      i++
    ) {
      if (items.length === max) return { items, marker: encodeMarker(last.section, last.key) }
      const item = get(keys[i])
      if (item !== undefined) items.push(item)
      last = { section: s, key: keys[i] }
    }
  }
  return { items }
}

/** One page of one sorted list. */
export const pageOf = <T>(
  p: Params,
  keys: readonly string[],
  get: (key: string) => T | undefined
) => pageAcross(p, [{ keys, get }])

/** The result fields AWS adds to every paginated list. */
export const truncation = (page: Page<unknown>) => ({
  IsTruncated: page.marker !== undefined,
  Marker: page.marker
})
