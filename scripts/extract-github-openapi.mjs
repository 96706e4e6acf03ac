#!/usr/bin/env node
// Writes __tests__/fixtures/github-openapi.json: the request side of GitHub's official REST
// description, for exactly the operations the GitHub sandbox implements. The description ships
// in @octokit/openapi, which is far too large to be a dependency, so it is fetched with
// `npm pack` into a temporary folder and only the few operations we need are kept.
//
//   node scripts/extract-github-openapi.mjs [version]     (default: latest)
//
// Operations come from the api.github.com description; the few that exist only on GitHub
// Enterprise Cloud (SAML SSO credential authorizations, the enterprise's licenses, Copilot seats
// and SCIM identities) come from the ghec description, and each operation records which one it
// came from.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const OUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '__tests__/fixtures/github-openapi.json'
)

// Keep in step with the route table of src/sandbox/github/platform.ts (a test compares the two).
const OPERATIONS = `
GET /rate_limit
GET /user
GET /user/{account_id}
GET /users/{username}
GET /orgs/{org}
GET /orgs/{org}/members
GET /orgs/{org}/memberships/{username}
PUT /orgs/{org}/memberships/{username}
DELETE /orgs/{org}/memberships/{username}
GET /orgs/{org}/outside_collaborators
DELETE /orgs/{org}/outside_collaborators/{username}
GET /orgs/{org}/invitations
DELETE /orgs/{org}/invitations/{invitation_id}
GET /orgs/{org}/credential-authorizations
DELETE /orgs/{org}/credential-authorizations/{credential_id}
GET /orgs/{org}/personal-access-tokens
POST /orgs/{org}/personal-access-tokens
POST /orgs/{org}/personal-access-tokens/{pat_id}
GET /orgs/{org}/personal-access-token-requests
POST /orgs/{org}/personal-access-token-requests
POST /orgs/{org}/personal-access-token-requests/{pat_request_id}
GET /orgs/{org}/copilot/billing/seats
DELETE /orgs/{org}/copilot/billing/selected_users
GET /orgs/{org}/members/{username}/copilot
GET /orgs/{org}/teams
GET /orgs/{org}/teams/{team_slug}/members
GET /orgs/{org}/teams/{team_slug}/memberships/{username}
PUT /orgs/{org}/teams/{team_slug}/memberships/{username}
DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}
GET /orgs/{org}/repos
GET /repos/{owner}/{repo}
GET /repos/{owner}/{repo}/keys
GET /repos/{owner}/{repo}/keys/{key_id}
DELETE /repos/{owner}/{repo}/keys/{key_id}
GET /repos/{owner}/{repo}/issues
POST /repos/{owner}/{repo}/issues
GET /repos/{owner}/{repo}/issues/{issue_number}
PATCH /repos/{owner}/{repo}/issues/{issue_number}
GET /repos/{owner}/{repo}/issues/{issue_number}/comments
POST /repos/{owner}/{repo}/issues/{issue_number}/comments
PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}
POST /repos/{owner}/{repo}/issues/{issue_number}/labels
GET /repos/{owner}/{repo}/labels
POST /repos/{owner}/{repo}/labels
GET /repos/{owner}/{repo}/pulls
POST /repos/{owner}/{repo}/pulls
GET /repos/{owner}/{repo}/pulls/{pull_number}
GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews
POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews
PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge
POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers
GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls
GET /repos/{owner}/{repo}/contents/{path}
GET /repos/{owner}/{repo}/git/ref/{ref}
GET /repos/{owner}/{repo}/git/matching-refs/{ref}
POST /repos/{owner}/{repo}/git/refs
PATCH /repos/{owner}/{repo}/git/refs/{ref}
GET /repos/{owner}/{repo}/git/commits/{commit_sha}
POST /repos/{owner}/{repo}/git/commits
GET /repos/{owner}/{repo}/git/trees/{tree_sha}
POST /repos/{owner}/{repo}/git/trees
GET /repos/{owner}/{repo}/git/blobs/{file_sha}
POST /repos/{owner}/{repo}/git/blobs
GET /enterprises/{enterprise}/consumed-licenses
GET /enterprises/{enterprise}/members/{username}/copilot
DELETE /enterprises/{enterprise}/copilot/billing/selected_users
GET /scim/v2/enterprises/{enterprise}/Users
GET /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}
PATCH /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}
DELETE /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}
`
  .trim()
  .split('\n')
  .map(line => {
    const [method, path] = line.split(' ')
    return { method, path }
  })

// GitHub's GraphQL endpoint is in no REST description: its one operation here is described by
// hand (a JSON body with the query), and marked as such.
const GRAPHQL = {
  method: 'POST',
  path: '/graphql',
  operationId: 'graphql',
  plan: 'graphql',
  documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql',
  parameters: [],
  requestBody: {
    required: true,
    schema: {
      type: 'object',
      required: ['query'],
      properties: { query: { type: 'string' }, variables: { type: 'object' } }
    }
  },
  responses: [200]
}

// Schema keywords that only document; dropping them keeps the fixture small and readable.
const DOC_KEYWORDS = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf']
const SUBSCHEMAS = ['items', 'not', 'additionalProperties']

/** A schema without its documentation; `properties` keys are names, not keywords. */
function clean(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key) || key.startsWith('x-')) continue
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([n, s]) => [n, clean(s)]))
    } else if (SUBSCHEMA_LISTS.includes(key)) out[key] = value.map(clean)
    else if (SUBSCHEMAS.includes(key)) out[key] = clean(value)
    else out[key] = value
  }
  return out
}

// Where GitHub's own examples of an operation contradict its schema, the schema is widened to
// what the examples send, and said here. The SCIM PATCH's `value` is typed as a string, but
// GitHub's example "Disable User" (and the warning in the description) send `false` and
// `{ "active": false }`: the documented way to suspend a managed user.
const WIDEN = {
  'PATCH /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}': body => {
    body.schema.properties.Operations.items.properties.value = {
      anyOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'object' }]
    }
  }
}

function operation(description, plan, { method, path }) {
  const item = description.paths[path]
  const op = item?.[method.toLowerCase()]
  if (!op) return undefined
  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(p => ({
    name: p.name,
    in: p.in,
    required: p.required === true,
    schema: clean(p.schema),
    ...(p.style ? { style: p.style } : {}),
    ...(p.explode !== undefined ? { explode: p.explode } : {}),
    ...(p['x-multi-segment'] ? { multiSegment: true } : {})
  }))
  const json = op.requestBody?.content?.['application/json']
  const requestBody = json
    ? { required: op.requestBody.required === true, schema: clean(json.schema) }
    : null
  WIDEN[`${method} ${path}`]?.(requestBody)
  return {
    method,
    path,
    operationId: op.operationId,
    plan,
    documentation_url: op.externalDocs?.url,
    parameters,
    requestBody,
    responses: Object.keys(op.responses).map(Number)
  }
}

const version = process.argv[2] ?? 'latest'
const work = mkdtempSync(join(tmpdir(), 'github-openapi-'))
try {
  const packed = JSON.parse(
    execFileSync(
      'npm',
      ['pack', `@octokit/openapi@${version}`, '--json', '--pack-destination', work],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
  )[0]
  const want = ['api.github.com', 'ghec'].map(p => `package/generated/${p}.deref.json`)
  execFileSync('tar', [
    'xzf',
    join(work, packed.filename),
    '-C',
    work,
    'package/package.json',
    ...want
  ])
  const pkg = JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8'))
  const [dotcom, ghec] = want.map(f => JSON.parse(readFileSync(join(work, f), 'utf8')))

  const operations = OPERATIONS.map(o => {
    const found = operation(dotcom, 'api.github.com', o) ?? operation(ghec, 'ghec', o)
    if (!found) throw new Error(`${o.method} ${o.path} is in neither description: check the route`)
    return found
  })
  operations.push(GRAPHQL)
  const fixture = {
    source: {
      package: '@octokit/openapi',
      version: pkg.version,
      files: want.map(f => f.replace('package/', '')),
      note: 'Request side only, documentation keywords removed. Regenerate with scripts/extract-github-openapi.mjs.'
    },
    operations
  }
  writeFileSync(OUT, JSON.stringify(fixture, null, 1) + '\n')
  console.log(
    `wrote ${operations.length} operations from @octokit/openapi ${pkg.version} to ${OUT}`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
