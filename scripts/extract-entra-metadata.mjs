#!/usr/bin/env node
// Writes __tests__/fixtures/entra-graph-metadata.json: the part of Microsoft Graph v1.0's
// official API description (the OData CSDL that Microsoft's OpenAPI files are generated from,
// microsoftgraph/msgraph-metadata clean_v10_metadata/cleanMetadata.xml) that the Entra
// connector and the simulated Graph touch: the entity sets, the entity types with their
// properties and navigation properties, and the bound actions. No npm package ships it and the
// OpenAPI file is far too large to vendor, so only these types are kept.
//
//   node scripts/extract-entra-metadata.mjs [cleanMetadata.xml] [commit]
//
// Without a file it downloads the description from GitHub (raw.githubusercontent.com).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const OUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '__tests__/fixtures/entra-graph-metadata.json'
)
const SOURCE = 'clean_v10_metadata/cleanMetadata.xml'
const REPO = 'microsoftgraph/msgraph-metadata'

// Keep in step with src/sandbox/entra/graph.ts and the connector's requests (a test checks both).
const ENTITY_SETS = ['users', 'groups', 'directoryRoles']
const TYPES = [
  'entity',
  'directoryObject',
  'user',
  'group',
  'directoryRole',
  'administrativeUnit',
  'appRoleAssignment',
  'authentication',
  'authenticationMethod',
  'passwordAuthenticationMethod',
  'microsoftAuthenticatorAuthenticationMethod',
  'fido2AuthenticationMethod',
  'phoneAuthenticationMethod',
  'emailAuthenticationMethod',
  'softwareOathAuthenticationMethod',
  'temporaryAccessPassAuthenticationMethod',
  'windowsHelloForBusinessAuthenticationMethod'
]
const ACTIONS = ['revokeSignInSessions']

const attrs = tag =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]))
const local = type => type.replace(/^(?:graph|microsoft\.graph)\./, '')

function extract(xml) {
  const schema = xml
    .split(/(?=<Schema )/)
    .find(s => /^<Schema Namespace="microsoft\.graph"/.test(s))
  if (!schema) throw new Error('no microsoft.graph schema in the description')
  const types = {}
  for (const name of TYPES) {
    const m = new RegExp(`<EntityType Name="${name}"[^>]*>([\\s\\S]*?)</EntityType>`).exec(schema)
    if (!m) throw new Error(`entity type ${name} is not in the description: check TYPES`)
    const head = attrs(m[0].slice(0, m[0].indexOf('>')))
    const properties = {}
    for (const p of m[1].matchAll(/<Property [^>]*>/g)) {
      const a = attrs(p[0])
      properties[a.Name] = local(a.Type)
    }
    const navigation = {}
    for (const p of m[1].matchAll(/<NavigationProperty [^>]*>/g)) {
      const a = attrs(p[0])
      const collection = a.Type.startsWith('Collection(')
      navigation[a.Name] = {
        type: local(a.Type.replace(/^Collection\((.*)\)$/, '$1')),
        collection,
        contained: a.ContainsTarget === 'true'
      }
    }
    types[name] = { base: head.BaseType ? local(head.BaseType) : null, properties, navigation }
  }
  const sets = {}
  for (const name of ENTITY_SETS) {
    const m = new RegExp(`<EntitySet Name="${name}" EntityType="([^"]+)"`).exec(schema)
    if (!m) throw new Error(`entity set ${name} is not in the description`)
    sets[name] = local(m[1])
  }
  const actions = {}
  for (const name of ACTIONS) {
    const m = new RegExp(`<Action Name="${name}" IsBound="true">([\\s\\S]*?)</Action>`).exec(schema)
    if (!m) throw new Error(`bound action ${name} is not in the description`)
    const binding = attrs(/<Parameter [^>]*>/.exec(m[1])[0])
    const returns = /<ReturnType [^>]*>/.exec(m[1])
    actions[name] = {
      binding: local(binding.Type),
      returns: returns ? attrs(returns[0]).Type : null
    }
  }
  return { sets, types, actions }
}

const [file, commit = 'master'] = process.argv.slice(2)
const xml = file
  ? readFileSync(file, 'utf8')
  : await (await fetch(`https://raw.githubusercontent.com/${REPO}/${commit}/${SOURCE}`)).text()
const fixture = {
  source: {
    repository: REPO,
    path: SOURCE,
    commit,
    note: 'Entity sets, entity types (properties and navigation properties) and bound actions the Entra connector uses. Regenerate with scripts/extract-entra-metadata.mjs.'
  },
  ...extract(xml)
}
writeFileSync(OUT, JSON.stringify(fixture, null, 1) + '\n')
console.log(`wrote ${TYPES.length} types from ${REPO} ${SOURCE} (${commit}) to ${OUT}`)
