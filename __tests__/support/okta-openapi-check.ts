// Checks a request to the Okta simulator against Okta's own API description (the fixture
// written by scripts/extract-okta-openapi.mjs, from the description the Okta SDK is generated
// from): the same check as GitHub's for the Management API's JSON routes, and for the token
// request, its form fields against the client credentials grant's schema.
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { SimRequest } from '../../src/sandbox/shared/server.js'
import {
  createGithubOpenapiCheck,
  toJsonSchema,
  type FixtureOperation,
  type GithubOpenapiFixture
} from './github-openapi-check.js'

type Schema = Record<string, unknown>

export interface OktaFixtureOperation extends FixtureOperation {
  /** The scopes a service app's token needs for the call. */
  scopes: string[]
  /** A form-encoded body: its base schema, and by the discriminator's value its variants. */
  form?: { schema: Schema; discriminator?: string; variants?: Record<string, Schema> }
}

export interface OktaOpenapiFixture {
  source: { repository: string; tag: string; version: string }
  operations: OktaFixtureOperation[]
}

export function loadOktaOpenapiFixture(): OktaOpenapiFixture {
  return JSON.parse(
    readFileSync(new URL('../fixtures/okta-openapi.json', import.meta.url), 'utf8')
  ) as OktaOpenapiFixture
}

/** A checker for the simulator's `checkRequest` hook: the violations a request commits. */
export function createOktaOpenapiCheck(
  fixture: OktaOpenapiFixture = loadOktaOpenapiFixture()
): (req: SimRequest) => string[] {
  const json = createGithubOpenapiCheck({
    source: { package: fixture.source.repository, version: fixture.source.version },
    operations: fixture.operations.filter(o => !o.form)
  } satisfies GithubOpenapiFixture)
  const ajv = new Ajv({ allErrors: true, strict: false })
  const forms = fixture.operations.flatMap(o =>
    o.form
      ? [
          {
            op: o,
            base: ajv.compile(toJsonSchema(o.form.schema)),
            variants: Object.fromEntries(
              Object.entries(o.form.variants ?? {}).map(([k, s]) => [
                k,
                ajv.compile(toJsonSchema(s))
              ])
            )
          }
        ]
      : []
  )
  return req => {
    const form = forms.find(f => f.op.method === req.method && f.op.path === req.path)
    if (!form) return json(req)
    const body = Object.fromEntries(new URLSearchParams(req.body.toString('utf8')))
    const key = form.op.form?.discriminator
    const variant = key ? form.variants[body[key]] : undefined
    return [form.base, ...(variant ? [variant] : [])].flatMap(validate =>
      validate(body)
        ? []
        : (validate.errors ?? []).map(e =>
            `form body ${e.instancePath || '(root)'} ${e.message ?? ''}`.trim()
          )
    )
  }
}
