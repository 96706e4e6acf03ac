#!/usr/bin/env node
// Writes __tests__/fixtures/okta-openapi.json: the request side of Okta's official API
// description, for exactly the operations the Okta simulator serves (and so the connector can
// call). The description is the one @okta/okta-sdk-nodejs is generated from; the npm package
// does not ship it, so it is read from the SDK's repository (oas-spec/management.yaml and
// oas-spec/oauth.yaml) at the tag of the installed SDK version.
//
//   node scripts/extract-okta-openapi.mjs [path to an okta-sdk-nodejs checkout]
//
// Without a path, the tag is cloned into a temporary folder. Each operation records its file
// (`plan`: management or oauth) and the scopes its security names.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(root, '__tests__/fixtures/okta-openapi.json')

// Keep in step with the routes of src/sandbox/okta/ (a test compares the two).
const OPERATIONS = `
GET /api/v1/users
GET /api/v1/users/{userId}
DELETE /api/v1/users/{userId}
GET /api/v1/users/{userId}/groups
GET /api/v1/users/{userId}/appLinks
GET /api/v1/users/{userId}/factors
GET /api/v1/users/{userId}/grants
DELETE /api/v1/users/{userId}/grants
GET /api/v1/users/{userId}/clients
DELETE /api/v1/users/{userId}/clients/{clientId}/tokens
DELETE /api/v1/users/{userId}/sessions
POST /api/v1/users/{userId}/lifecycle/suspend
POST /api/v1/users/{userId}/lifecycle/deactivate
GET /api/v1/users/{userId}/roles
GET /api/v1/iam/assignees/users
GET /api/v1/groups
GET /api/v1/groups/{groupId}/users
DELETE /api/v1/groups/{groupId}/users/{userId}
POST /oauth2/v1/token
`
  .trim()
  .split('\n')
  .map(line => {
    const [method, path] = line.split(' ')
    return { method, path }
  })

// The grant types whose token request schema the fixture keeps (the base schema names them by
// a discriminator): the one a service app uses.
const GRANT_TYPES = ['client_credentials']

// Schema keywords that only document; dropping them keeps the fixture small and readable.
const DOC_KEYWORDS = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])

/** The schema with every $ref of `doc` replaced by its target (a cycle stays a plain
 *  object), without documentation keywords or x- extensions. */
function resolve(doc, node, seen = []) {
  if (Array.isArray(node)) return node.map(n => resolve(doc, n, seen))
  if (node === null || typeof node !== 'object') return node
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) return { type: 'object' }
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
    return resolve(doc, target, [...seen, node.$ref])
  }
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue
    if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value).map(([n, s]) => [n, resolve(doc, s, seen)])
      )
    else if (!DOC_KEYWORDS.has(key)) out[key] = resolve(doc, value, seen)
  }
  return out
}

function operation(doc, plan, { method, path }) {
  const item = doc.paths[path]
  const op = item?.[method.toLowerCase()]
  if (!op) return undefined
  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .map(p => resolve(doc, p))
    .map(p => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} }))
  const content = op.requestBody ? resolve(doc, op.requestBody).content : undefined
  const json = content?.['application/json']
  const form = content?.['application/x-www-form-urlencoded']
  return {
    method,
    path,
    operationId: op.operationId,
    plan,
    scopes: [...new Set((op.security ?? []).flatMap(s => s.oauth2 ?? []))],
    parameters,
    requestBody: json ? { required: op.requestBody.required === true, schema: json.schema } : null,
    ...(form
      ? {
          form: formSchemas(doc, op.requestBody.content['application/x-www-form-urlencoded'].schema)
        }
      : {}),
    responses: Object.keys(op.responses).map(Number)
  }
}

/** A form body's base schema and, by the value of its discriminator, the variants kept. */
function formSchemas(doc, raw) {
  const base = doc.components.schemas[raw.$ref?.split('/').pop()] ?? raw
  const { discriminator, ...schema } = resolve(doc, base)
  const mapping = base.discriminator?.mapping ?? {}
  return {
    schema,
    ...(discriminator
      ? {
          discriminator: discriminator.propertyName,
          variants: Object.fromEntries(
            GRANT_TYPES.filter(g => mapping[g]).map(g => [g, resolve(doc, { $ref: mapping[g] })])
          )
        }
      : {})
  }
}

const require = createRequire(import.meta.url)
const version = require('@okta/okta-sdk-nodejs/package.json').version
const tag = `okta-sdk-nodejs-${version}`
let checkout = process.argv[2]
let work
if (!checkout) {
  work = mkdtempSync(join(tmpdir(), 'okta-openapi-'))
  checkout = join(work, 'repo')
  execFileSync(
    'git',
    [
      'clone',
      '--quiet',
      '--depth',
      '1',
      '--branch',
      tag,
      'https://github.com/okta/okta-sdk-nodejs.git',
      checkout
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] }
  )
}
try {
  const files = { management: 'oas-spec/management.yaml', oauth: 'oas-spec/oauth.yaml' }
  const docs = Object.fromEntries(
    Object.entries(files).map(([plan, file]) => [
      plan,
      parse(readFileSync(join(checkout, file), 'utf8'), { maxAliasCount: -1 })
    ])
  )
  const operations = OPERATIONS.map(o => {
    const found = operation(docs.management, 'management', o) ?? operation(docs.oauth, 'oauth', o)
    if (!found) throw new Error(`${o.method} ${o.path} is in neither description: check the route`)
    return found
  })
  const fixture = {
    source: {
      repository: 'okta/okta-sdk-nodejs',
      tag,
      version: docs.management.info.version,
      files: Object.values(files),
      note: 'Request side only, $refs resolved, documentation keywords removed. Regenerate with scripts/extract-okta-openapi.mjs.'
    },
    operations
  }
  writeFileSync(OUT, JSON.stringify(fixture, null, 1) + '\n')
  console.log(`wrote ${operations.length} operations from ${tag} to ${OUT}`)
} finally {
  if (work) rmSync(work, { recursive: true, force: true })
}
