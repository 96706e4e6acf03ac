// Every GraphQL document offboard sends to GitHub (the connector's enterprise member removal, the
// action's viewer query) and every one the simulated GitHub answers, validated against GitHub's
// published GraphQL schema (@octokit/graphql-schema): GitHub refuses a misspelt field or a
// wrong argument type with a 200 whose `errors` say so, which a simulator answering the same
// text would never show.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { schema as published } from '@octokit/graphql-schema'
import { buildSchema, parse, validate } from 'graphql'
import {
  ENTERPRISE_MEMBER_IDS,
  REMOVE_ENTERPRISE_MEMBER
} from '../src/connectors/github/enterprise.js'
import { VIEWER_QUERY } from '../src/github/client.js'
import { DOCUMENTS } from '../src/sandbox/github/graphql.js'
import { repoRoot } from './support/tree.js'

// The published SDL defines two fields of EnterpriseOwnerInfo twice, which GitHub's schema
// tolerates and graphql's SDL check does not: the schema is taken as GitHub publishes it.
const schema = buildSchema(published.idl, { assumeValidSDL: true })

/** The schema's complaints about a document, as messages. */
const problems = (document: string) => validate(schema, parse(document)).map(e => e.message)

/** What the product sends, by the name it sends it under. */
const SENT: Record<string, string> = {
  ENTERPRISE_MEMBER_IDS,
  REMOVE_ENTERPRISE_MEMBER,
  VIEWER_QUERY
}

/** Every `.graphql(...)` call in src/, by the name of the document it sends. */
function graphqlCalls(dir = join(repoRoot, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return graphqlCalls(path)
    if (!entry.name.endsWith('.ts')) return []
    const text = readFileSync(path, 'utf8')
    return [...text.matchAll(/\.graphql(?:<[^(]*?>)?\(\s*([^,)\s]+)/g)].map(m => m[1])
  })
}

describe("GitHub's GraphQL schema", () => {
  it.each(Object.entries(SENT))('accepts %s, which offboard sends', (_name, document) => {
    expect(problems(document)).toEqual([])
  })

  it.each(DOCUMENTS.map(d => [d.name, d.document]))(
    'accepts "%s", which the simulated GitHub answers',
    (_name, document) => expect(problems(document)).toEqual([])
  )

  it('covers every document src/ sends, each named by a constant checked here', () => {
    const calls = graphqlCalls()
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.filter(name => !(name in SENT))).toEqual([])
    // The simulator answers exactly what is sent.
    expect(DOCUMENTS.map(d => d.document).sort()).toEqual(Object.values(SENT).sort())
  })

  it('refuses a misspelt field, a wrong argument and an unknown mutation', () => {
    expect(problems(ENTERPRISE_MEMBER_IDS.replace('databaseId', 'databaseID'))).toEqual([
      expect.stringMatching(/Cannot query field "databaseID" on type "User"/)
    ])
    expect(problems(REMOVE_ENTERPRISE_MEMBER.replace('userId:', 'memberId:'))).not.toEqual([])
    expect(
      problems(REMOVE_ENTERPRISE_MEMBER.replace('removeEnterpriseMember(', 'removeEnterpriseUser('))
    ).not.toEqual([])
  })
})
