// The registry of simulated platforms (src/sandbox/registry.ts) as the shared code relies on
// it: every platform brings its part of the scenario schema, which is assembled in the
// registry's order into the committed schemas/scenario.schema.json (key order included:
// problems list the allowed keys in the schema's order), and names the servers it starts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error: a plain JavaScript build script, without types
import { scenarioSchema, scenarioSchemaParts } from '../scripts/scenario-schema.mjs'
import { loadFromDirectory } from '../src/declarations/load.js'
import type { Declarations } from '../src/declarations/types.js'
import { startSandbox } from '../src/sandbox/index.js'
import { SANDBOX_PLATFORMS } from '../src/sandbox/registry.js'
import { BUNDLED_SCENARIO, bundledScenarioText, parseScenario } from '../src/sandbox/scenario.js'
import { exampleAccess, repoRoot } from './support/tree.js'

/** Every key path of a JSON value, in the order the keys appear. */
function keyPaths(value: unknown, at = ''): string[] {
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => [`${at}/${k}`, ...keyPaths(v, `${at}/${k}`)])
}

const example = async (): Promise<Declarations> =>
  (await loadFromDirectory(exampleAccess)).declarations

describe('the scenario schema', () => {
  it("is the platforms' parts assembled: after editing one, run node scripts/compile-schemas.mjs", () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(repoRoot, 'schemas/scenario.schema.json'), 'utf8')
    )
    const assembled: unknown = scenarioSchema()
    expect(committed).toEqual(assembled)
    expect(keyPaths(committed)).toEqual(keyPaths(assembled))
  })

  it("has a part from every registered platform, in the registry's order", () => {
    expect(scenarioSchemaParts()).toEqual(SANDBOX_PLATFORMS.map(p => p.name))
  })
})

describe('the servers', () => {
  it('are those each platform names, in the registry order', async () => {
    const decl = await example()
    const sandbox = await startSandbox(
      decl,
      await parseScenario(bundledScenarioText(), BUNDLED_SCENARIO, decl)
    )
    try {
      expect(Object.keys(sandbox.servers)).toEqual(SANDBOX_PLATFORMS.flatMap(p => p.servers(decl)))
      expect(Object.keys(sandbox.servers)).toEqual([
        'github',
        'aws-iam',
        'slack',
        'slack-scim',
        'scim:jira',
        'scim:pagerduty',
        'aws-sso',
        'okta',
        'entra',
        'google'
      ])
      expect(Object.keys(sandbox.states)).toEqual([
        'github',
        'iam',
        'slack',
        'scim',
        'sso',
        'okta',
        'entra',
        'google'
      ])
    } finally {
      await sandbox.close()
    }
  })

  it('leave out a platform platforms.yaml does not configure: no server, no state, no token', async () => {
    const full = await example()
    const decl = {
      ...full,
      platforms: { ...full.platforms, github: undefined, slack: undefined, okta: undefined }
    }
    const sandbox = await startSandbox(decl, { version: 1 })
    try {
      expect(Object.keys(sandbox.servers)).toEqual([
        'aws-iam',
        'scim:jira',
        'scim:pagerduty',
        'aws-sso',
        'entra',
        'google'
      ])
      expect(sandbox.states.github).toBeUndefined()
      expect(sandbox.states.slack).toBeUndefined()
      expect(sandbox.states.okta).toBeUndefined()
      expect(Object.keys(sandbox.tokens)).toEqual(['scim', 'google'])
      expect(sandbox.accessRepo).toBeUndefined()
      expect(Object.keys(sandbox.env)).not.toContain('GITHUB_TOKEN')
    } finally {
      await sandbox.close()
    }
  })
})
