// Checks requests to the Google sandbox, and its answers, against Google's own discovery
// documents (the subset scripts/extract-google-discovery.mjs writes): the method exists, path
// and query parameters have the documented types, ranges and values, required ones are there,
// a body matches the method's request schema and an answer its response schema. Google refuses
// fields it does not know ("Invalid JSON payload received. Unknown name"), so every object of a
// schema is closed. A client that would break against admin.googleapis.com breaks here too.
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { SimRequest } from '../../src/sandbox/shared/server.js'

type Schema = Record<string, unknown>

export interface DiscoveryParameter {
  location: 'path' | 'query'
  type: 'string' | 'integer' | 'boolean'
  required?: boolean
  repeated?: boolean
  enum?: string[]
  minimum?: string
  maximum?: string
  format?: string
}

export interface DiscoveryMethod {
  id: string
  httpMethod: string
  path: string
  parameters: Record<string, DiscoveryParameter>
  request: string | null
  response: string | null
  scopes: string[]
}

export interface GoogleDiscoveryFixture {
  source: Record<string, { revision: string; from: string } | string>
  methods: DiscoveryMethod[]
  schemas: Record<string, Schema>
}

export function loadGoogleDiscoveryFixture(): GoogleDiscoveryFixture {
  return JSON.parse(
    readFileSync(new URL('../fixtures/google-discovery.json', import.meta.url), 'utf8')
  ) as GoogleDiscoveryFixture
}

/** A discovery schema as JSON Schema: `$ref: "User"` points into $defs, `any` is anything,
 *  and an object with properties takes no others. */
function toJsonSchema(s: Schema): Schema {
  if (typeof s.$ref === 'string') return { $ref: `#/$defs/${s.$ref}` }
  const out: Schema = {}
  for (const [key, value] of Object.entries(s)) {
    if (key === 'id' || key === 'default' || key === 'location') continue
    if (key === 'type' && value === 'any') continue
    if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([n, p]) => [n, toJsonSchema(p)])
      )
    else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object'))
      out[key] = toJsonSchema(value as Schema)
    else out[key] = value
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false
  return out
}

interface Compiled {
  method: DiscoveryMethod
  pattern: RegExp
  names: string[]
  literals: number
  body?: ValidateFunction
  answer?: ValidateFunction
}

function compile(fixture: GoogleDiscoveryFixture): Compiled[] {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ;(addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv)
  for (const f of ['int32', 'int64', 'uint32', 'uint64', 'byte', 'google-datetime'])
    ajv.addFormat(f, true)
  const $defs = Object.fromEntries(
    Object.entries(fixture.schemas).map(([n, s]) => [n, toJsonSchema(s)])
  )
  const validator = (name: string | null) =>
    name ? ajv.compile({ $defs, $ref: `#/$defs/${name}` }) : undefined
  return fixture.methods
    .map(method => {
      const names: string[] = []
      const source = method.path.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))
      return {
        method,
        names,
        pattern: new RegExp(`^/${source}$`),
        literals: method.path.split('/').filter(p => !p.startsWith('{')).length,
        body: validator(method.request),
        answer: validator(method.response)
      }
    })
    .sort((a, b) => b.literals - a.literals)
}

/** The problems of one parameter value, as Google's types and ranges say. */
function parameterProblems(name: string, raw: string, p: DiscoveryParameter): string[] {
  const out: string[] = []
  if (p.type === 'integer') {
    const n = Number(raw)
    if (!/^-?\d+$/.test(raw)) out.push(`${name}=${JSON.stringify(raw)} is not an integer`)
    else if (p.minimum !== undefined && n < Number(p.minimum))
      out.push(`${name}=${raw} is below ${p.minimum}`)
    else if (p.maximum !== undefined && n > Number(p.maximum))
      out.push(`${name}=${raw} is above ${p.maximum}`)
  } else if (p.type === 'boolean' && raw !== 'true' && raw !== 'false')
    out.push(`${name}=${JSON.stringify(raw)} is not a boolean`)
  if (p.enum && !p.enum.includes(raw))
    out.push(`${name}=${JSON.stringify(raw)} is not one of ${p.enum.join(', ')}`)
  return out
}

const problemsOf = (v: ValidateFunction) =>
  (v.errors ?? []).map(e => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim()).join('; ')

export interface GoogleDiscoveryCheck {
  /** The violations a request commits (the sandbox's checkRequest hook). */
  request(req: SimRequest): string[]
  /** The method a request calls, or undefined. */
  methodOf(req: Pick<SimRequest, 'method' | 'path'>): DiscoveryMethod | undefined
  /** The violations of an answer's body, against the method's response schema. */
  answer(methodId: string, body: unknown): string[]
}

export function createGoogleDiscoveryCheck(
  fixture: GoogleDiscoveryFixture = loadGoogleDiscoveryFixture()
): GoogleDiscoveryCheck {
  const compiled = compile(fixture)
  const find = (req: Pick<SimRequest, 'method' | 'path'>) =>
    compiled.find(c => c.method.httpMethod === req.method && c.pattern.test(req.path))
  return {
    methodOf: req => find(req)?.method,
    answer(methodId, body) {
      const c = compiled.find(x => x.method.id === methodId)
      if (!c) return [`no method ${methodId} in the discovery documents`]
      if (!c.answer) return body === undefined ? [] : [`${methodId} answers no body`]
      return c.answer(body) ? [] : [`answer: ${problemsOf(c.answer)}`]
    },
    request(req) {
      const c = find(req)
      if (!c) return [`no such method in Google's discovery documents: ${req.method} ${req.path}`]
      const { parameters } = c.method
      const out: string[] = []
      const m = c.pattern.exec(req.path)!
      c.names.forEach((name, i) =>
        out.push(...parameterProblems(name, decodeURIComponent(m[i + 1]), parameters[name]))
      )
      for (const name of new Set(req.query.keys())) {
        const p = parameters[name]
        if (!p || p.location !== 'query') {
          out.push(`unknown query parameter ${name} for ${c.method.id}`)
          continue
        }
        const values = req.query.getAll(name)
        if (values.length > 1 && !p.repeated) out.push(`${name} is given ${values.length} times`)
        for (const v of values) out.push(...parameterProblems(name, v, p))
      }
      for (const [name, p] of Object.entries(parameters))
        if (p.location === 'query' && p.required && !req.query.has(name))
          out.push(`missing required query parameter ${name}`)
      if (req.body.length === 0) {
        if (c.body) out.push(`missing request body for ${c.method.id}`)
      } else if (!c.body) out.push(`${c.method.id} takes no request body`)
      else {
        let body: unknown
        try {
          body = JSON.parse(req.body.toString('utf8'))
        } catch {
          return [...out, 'request body is not JSON']
        }
        if (!c.body(body)) out.push(`request body: ${problemsOf(c.body)}`)
      }
      return out
    }
  }
}
