// github.orgs beside github.org: one of the two, each organization once, EMU only with an
// enterprise; and a pull request's change to the organizations is shown, never used.
import { describe, expect, it } from '@jest/globals'
import { loadFromDirectory } from '../src/declarations/load.js'
import { trustedSettings } from '../src/trust.js'
import { allPlatforms, githubConfig } from './support/declarations.js'
import { scratchTree } from './support/tree.js'

const load = async (github: string) =>
  (
    await loadFromDirectory(
      'access',
      scratchTree({ 'platforms.yaml': `version: 1\ngithub: ${github}\n` })
    )
  ).diagnostics
    .map(d => d.message)
    // The rest of the example tree names platforms this file leaves out.
    .filter(m => /github\.|organization /.test(m))

describe('github.orgs', () => {
  it('is the several-organization form of github.org, with an enterprise', async () => {
    expect(await load('{orgs: [acme, acme-labs], enterprise: acme-co, emu: true}')).toEqual([])
  })

  it('refuses github.org and github.orgs together, saying which to keep', async () => {
    expect(await load('{org: acme, orgs: [acme-labs]}')).toEqual([
      expect.stringMatching(/github.org and github.orgs are both set: keep one.*add acme to it/)
    ])
  })

  it('refuses an organization listed twice, and EMU without its enterprise', async () => {
    expect(await load('{orgs: [acme, ACME], emu: true}')).toEqual([
      expect.stringMatching(/organization acme is listed twice/),
      expect.stringMatching(/github.emu is true but github.enterprise is not set/)
    ])
  })
})

describe('the organizations of a change', () => {
  it('come from base: head adding one takes effect after merge', () => {
    const base = allPlatforms({ github: githubConfig('acme', []) })
    const head = allPlatforms({
      github: { ...githubConfig('acme', []), org: undefined, orgs: ['acme', 'evilcorp'] }
    })
    const trusted = trustedSettings(base, head)
    expect(trusted.platforms.github).toEqual(base.github)
    expect(trusted.afterMerge.map(n => `${n.setting}: ${n.message}`)).toEqual([
      'github.org: head sets (not set) (this change uses acme): takes effect after merge',
      'github.orgs: head sets [acme, evilcorp] (this change uses (not set)): takes effect after merge'
    ])
  })
})
