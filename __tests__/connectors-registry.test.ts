// The registry of platforms (src/connectors/registry.ts) as the core relies on it: every
// platform brings its part of the access tree's schemas, assembled in the registry's order into
// the committed schemas/*.schema.json; its descriptor names every grant kind its roles give and
// owns the instance names it configures.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error: a plain JavaScript build script, without types
import { accessSchemaParts, accessSchemaTexts } from '../scripts/access-schemas.mjs'
import {
  configuredInstances,
  descriptorOf,
  platformDescriptors,
  registerPlatform
} from '../src/connectors/registry.js'
import { loadFromDirectory } from '../src/declarations/load.js'
import { roleGrants } from '../src/grants.js'
import { exampleAccess, repoRoot } from './support/tree.js'

describe('the access schemas', () => {
  it("are the platforms' parts assembled: after editing one, run node scripts/compile-schemas.mjs", async () => {
    const texts = (await accessSchemaTexts()) as Record<string, string>
    for (const kind of ['platforms', 'person', 'role'])
      expect(readFileSync(join(repoRoot, `schemas/${kind}.schema.json`), 'utf8')).toBe(texts[kind])
  })

  it("have a part from every registered platform, in the registry's order", () => {
    const keys = (accessSchemaParts() as { key: string }[]).map(p => p.key)
    expect(keys).toEqual(platformDescriptors().map(p => p.key))
    // Platforms added later come after these.
    expect(keys.slice(0, 4)).toEqual(['github', 'aws', 'slack', 'scim'])
  })
})

describe('the descriptors', () => {
  it('label every grant kind the example roles give, and own the instances they configure', async () => {
    const { declarations: decl, diagnostics } = await loadFromDirectory(exampleAccess)
    expect(diagnostics).toEqual([])
    const grants = [...decl.roles.values()].flatMap(r => roleGrants(r, decl))
    expect(new Set(grants.map(g => g.kind)).size).toBeGreaterThanOrEqual(7)
    for (const g of grants) expect(descriptorOf(g.platform).grantKinds[g.kind]).toBeTruthy()
    const instances = configuredInstances(decl.platforms)
    expect(instances.map(c => c.instance.name)).toEqual(
      expect.arrayContaining(['github', 'aws', 'slack', 'scim:jira', 'scim:pagerduty'])
    )
    for (const { platform, instance } of instances)
      expect(descriptorOf(instance.name)).toBe(platform)
  })

  it('are registered once each, and an unknown platform is an error, not a guess', () => {
    expect(() => registerPlatform(platformDescriptors()[0])).toThrow(
      'platform "github" is registered twice'
    )
    expect(() => descriptorOf('nosuch')).toThrow('no platform "nosuch" is registered')
  })
})

describe('the registry', () => {
  // Every command loads the registry (validate, plan, --help); each platform's SDK loads only
  // when one of its instances is opened (descriptor.ts connector): none of them is reached
  // from the registry by static imports.
  const SDKS =
    /^(@aws-sdk|@azure|@googleapis|@microsoft|@octokit|@okta|@slack|google-auth-library)\//
  const staticImports = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^'"]*?from '([^']+)'/gms)].map(
      m => m[1]!
    )

  it("reaches no platform's SDK by static imports", () => {
    const seen = new Set<string>()
    const sdks = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of staticImports(file))
        if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')))
        else if (SDKS.test(spec)) sdks.add(`${spec} (from ${file.slice(repoRoot.length + 1)})`)
    }
    visit(join(repoRoot, 'src/connectors/registry.ts'))
    // The walk went through every platform's descriptor.
    expect([...seen].filter(f => f.endsWith('/index.ts')).length).toBeGreaterThanOrEqual(8)
    expect([...sdks]).toEqual([])
  })
})
