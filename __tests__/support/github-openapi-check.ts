// Checks a request to the GitHub sandbox against GitHub's own REST description (the fixture
// written by scripts/extract-github-openapi.mjs): the route exists, path and query parameters
// have the documented types and values, and the JSON body matches the request schema.
// A client that would break against api.github.com breaks against the sandbox too.
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { SimRequest } from '../../src/sandbox/shared/server.js'

type Schema = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  schema: Schema
}

export interface FixtureOperation {
  method: string
  path: string
  operationId: string
  plan: string
  parameters: Parameter[]
  requestBody: { required: boolean; schema: Schema } | null
  responses: number[]
}

export interface GithubOpenapiFixture {
  source: { package: string; version: string }
  operations: FixtureOperation[]
}

export function loadGithubOpenapiFixture(): GithubOpenapiFixture {
  return JSON.parse(
    readFileSync(new URL('../fixtures/github-openapi.json', import.meta.url), 'utf8')
  ) as GithubOpenapiFixture
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf']
const SUBSCHEMAS = ['items', 'not', 'additionalProperties']
// OpenAPI 3.0 keywords JSON Schema does not know.
const OPENAPI_ONLY = ['nullable', 'readOnly', 'writeOnly', 'deprecated', 'discriminator', 'xml']

/** OpenAPI 3.0 schema -> JSON Schema: `nullable: true` becomes a null alternative. */
export function toJsonSchema(schema: Schema): Schema {
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.includes(key)) continue
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([n, s]) => [n, toJsonSchema(s)])
      )
    } else if (SUBSCHEMA_LISTS.includes(key)) out[key] = (value as Schema[]).map(toJsonSchema)
    else if (SUBSCHEMAS.includes(key) && typeof value === 'object')
      out[key] = toJsonSchema(value as Schema)
    else out[key] = value
  }
  if (schema.nullable !== true) return out
  if (typeof out.type === 'string') {
    const nullable: Schema = { ...out, type: [out.type, 'null'] }
    if (Array.isArray(out.enum)) nullable.enum = [...(out.enum as unknown[]), null]
    return nullable
  }
  return { anyOf: [out, { type: 'null' }] }
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false })
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv
  addFormats(ajv)
  // Formats of GitHub's own making: accepted, only their type is checked.
  for (const format of [
    'int64',
    'int32',
    'repo.nwo',
    'ssh-key',
    'ssh-key fingerprint',
    'uri-template'
  ]) {
    ajv.addFormat(format, true)
  }
  return ajv
}

interface CompiledOperation {
  op: FixtureOperation
  pattern: RegExp
  pathNames: string[]
  literals: number
  params: Map<string, { parameter: Parameter; validate: ValidateFunction }>
  body?: ValidateFunction
}

// Parameters GitHub documents as spanning several path segments.
const MULTI_SEGMENT = new Set(['ref', 'path'])

function compile(ajv: Ajv, op: FixtureOperation): CompiledOperation {
  const pathNames: string[] = []
  const source = op.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
    pathNames.push(name)
    return MULTI_SEGMENT.has(name) ? '(.*)' : '([^/]+)'
  })
  const params = new Map(
    op.parameters
      .filter(p => p.in !== 'header')
      .map(p => [
        `${p.in}:${p.name}`,
        { parameter: p, validate: ajv.compile(toJsonSchema(p.schema)) }
      ])
  )
  return {
    op,
    pattern: new RegExp(`^${source}/?$`),
    pathNames,
    literals: op.path.split('/').filter(s => s !== '' && !s.startsWith('{')).length,
    params,
    body: op.requestBody ? ajv.compile(closed(toJsonSchema(op.requestBody.schema))) : undefined
  }
}

/** GitHub ignores body fields it does not know; a client sending one has a bug (Octokit puts
 *  every unknown parameter in the body), so the check refuses them at the top level. */
function closed(schema: Schema): Schema {
  const open =
    schema.type === 'object' && schema.properties && schema.additionalProperties === undefined
  return open ? { ...schema, additionalProperties: false } : schema
}

/** A query or path string as the type its schema names, for the schema check. */
function coerce(raw: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number')
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

const describe = (v: ValidateFunction) =>
  (v.errors ?? []).map(e => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim()).join('; ')

/** A checker for the sandbox's `checkRequest` hook: the violations a request commits. */
export function createGithubOpenapiCheck(
  fixture: GithubOpenapiFixture = loadGithubOpenapiFixture()
): (req: SimRequest) => string[] {
  const ajv = newAjv()
  const operations = fixture.operations
    .map(op => compile(ajv, op))
    .sort((a, b) => b.literals - a.literals)

  return req => {
    const found = operations.find(o => o.op.method === req.method && o.pattern.test(req.path))
    if (!found) return [`no such operation in GitHub's REST description: ${req.method} ${req.path}`]
    const out: string[] = []
    const match = found.pattern.exec(req.path) as RegExpExecArray

    found.pathNames.forEach((name, i) => {
      const p = found.params.get(`path:${name}`)
      const value = decodeURIComponent(match[i + 1])
      if (p && !p.validate(coerce(value, p.parameter.schema))) {
        out.push(`path parameter ${name}=${JSON.stringify(value)}: ${describe(p.validate)}`)
      }
    })

    const names = new Set([...req.query.keys()].map(k => k.replace(/\[\]$/, '')))
    for (const name of names) {
      const p = found.params.get(`query:${name}`)
      if (!p) {
        out.push(`unknown query parameter ${name} for ${found.op.operationId}`)
        continue
      }
      const raw = [...req.query.getAll(name), ...req.query.getAll(`${name}[]`)]
      const value =
        p.parameter.schema.type === 'array'
          ? raw
              .flatMap(v => v.split(','))
              .map(v => coerce(v, (p.parameter.schema.items ?? {}) as Schema))
          : coerce(raw[raw.length - 1], p.parameter.schema)
      if (!p.validate(value))
        out.push(
          `query parameter ${name}=${JSON.stringify(raw.join(','))}: ${describe(p.validate)}`
        )
    }
    for (const { parameter } of found.params.values()) {
      if (parameter.in === 'query' && parameter.required && !names.has(parameter.name)) {
        out.push(`missing required query parameter ${parameter.name}`)
      }
    }

    if (req.body.length === 0) {
      if (found.op.requestBody?.required)
        out.push(`missing request body for ${found.op.operationId}`)
    } else if (!found.body) {
      out.push(`${found.op.operationId} takes no request body`)
    } else {
      let body: unknown
      try {
        body = JSON.parse(req.body.toString('utf8'))
      } catch {
        out.push('request body is not JSON')
        return out
      }
      if (!found.body(body)) out.push(`request body: ${describe(found.body)}`)
    }
    return out
  }
}
