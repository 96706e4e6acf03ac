#!/usr/bin/env node
// Writes __tests__/fixtures/google-discovery.json: the part of Google's own discovery documents
// (Admin SDK Directory API directory_v1, Data Transfer API datatransfer_v1) for exactly the
// methods the Google connector calls and the Google sandbox serves: each method's HTTP method,
// path, parameters, scopes and request/response schema names, and the schemas they reach.
// @googleapis/admin ships only code generated from these documents, not the documents.
//
//   node scripts/extract-google-discovery.mjs                       (Google's discovery service)
//   node scripts/extract-google-discovery.mjs DIRECTORY.json DATATRANSFER.json [--from=WHERE]
//        (local copies, e.g. discovery/admin-directory_v1.json of googleapis/google-api-nodejs-client;
//        WHERE says where they came from, for the fixture's source)
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const OUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '__tests__/fixtures/google-discovery.json'
)

// Keep in step with the sandbox's route table (src/sandbox/google/routes.ts; a test compares).
const METHODS = {
  directory_v1: [
    'directory.users.get',
    'directory.users.list',
    'directory.users.update',
    'directory.users.delete',
    'directory.users.signOut',
    'directory.tokens.list',
    'directory.tokens.delete',
    'directory.asps.list',
    'directory.asps.delete',
    'directory.verificationCodes.list',
    'directory.verificationCodes.invalidate',
    'directory.groups.list',
    'directory.members.list',
    'directory.members.delete',
    'directory.roles.list',
    'directory.roleAssignments.list'
  ],
  datatransfer_v1: [
    'datatransfer.applications.list',
    'datatransfer.transfers.list',
    'datatransfer.transfers.insert'
  ]
}

const SERVICE = version => `https://admin.googleapis.com/$discovery/rest?version=${version}`
// Keywords that only document; dropping them keeps the fixture small and readable.
const DOC_KEYWORDS = new Set(['description', 'enumDescriptions', 'annotations', 'readOnly'])

function clean(value) {
  if (Array.isArray(value)) return value.map(clean)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !DOC_KEYWORDS.has(k))
      .map(([k, v]) => [k, k === 'properties' ? cleanProperties(v) : clean(v)])
  )
}
const cleanProperties = props =>
  Object.fromEntries(Object.entries(props).map(([name, s]) => [name, clean(s)]))

function methodsOf(resources, out = new Map()) {
  for (const resource of Object.values(resources ?? {})) {
    for (const m of Object.values(resource.methods ?? {})) out.set(m.id, m)
    methodsOf(resource.resources, out)
  }
  return out
}

/** The schemas `names` reach through $ref, each once. */
function closure(schemas, names) {
  const seen = new Set()
  const visit = name => {
    if (seen.has(name)) return
    if (!schemas[name]) throw new Error(`schema ${name} is not in the document`)
    seen.add(name)
    const walk = v => {
      if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') {
        if (typeof v.$ref === 'string') visit(v.$ref)
        Object.values(v).forEach(walk)
      }
    }
    walk(schemas[name])
  }
  names.forEach(visit)
  return [...seen].sort()
}

async function load(version, file) {
  if (file) {
    const from = `${fromArg ? `${fromArg}: ` : ''}${file.split('/').pop()}`
    return { doc: JSON.parse(readFileSync(file, 'utf8')), from }
  }
  const res = await fetch(SERVICE(version))
  if (!res.ok) throw new Error(`${SERVICE(version)} answered ${res.status}`)
  return { doc: await res.json(), from: SERVICE(version) }
}

const args = process.argv.slice(2)
const fromArg = args.find(a => a.startsWith('--from='))?.slice('--from='.length)
const files = args.filter(a => !a.startsWith('--from='))
const source = {}
const methods = []
const schemas = {}
for (const [i, version] of Object.keys(METHODS).entries()) {
  const { doc, from } = await load(version, files[i])
  if (`${doc.name}:${doc.version}` !== `admin:${version}`)
    throw new Error(`${from} is ${doc.name}:${doc.version}, not admin:${version}`)
  source[version] = { revision: doc.revision, from }
  const all = methodsOf(doc.resources)
  const refs = []
  for (const id of METHODS[version]) {
    const m = all.get(id)
    if (!m) throw new Error(`${id} is not in ${from}: check the method`)
    if (m.request) refs.push(m.request.$ref)
    if (m.response) refs.push(m.response.$ref)
    methods.push({
      id,
      httpMethod: m.httpMethod,
      path: `${doc.servicePath}${m.path}`,
      parameters: clean(m.parameters ?? {}),
      request: m.request?.$ref ?? null,
      response: m.response?.$ref ?? null,
      scopes: m.scopes ?? []
    })
  }
  for (const name of closure(doc.schemas, refs)) {
    if (schemas[name]) throw new Error(`schema ${name} is in both documents`)
    schemas[name] = clean(doc.schemas[name])
  }
}
const fixture = {
  source: {
    ...source,
    note: 'Methods and schemas offboard uses, documentation removed. Regenerate with scripts/extract-google-discovery.mjs.'
  },
  methods,
  schemas
}
writeFileSync(OUT, JSON.stringify(fixture, null, 1) + '\n')
console.log(`wrote ${methods.length} methods and ${Object.keys(schemas).length} schemas to ${OUT}`)
