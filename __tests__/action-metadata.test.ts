// action.yml documents exactly the inputs the action reads and the outputs it sets.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { repoRoot } from './support/tree.js'

interface Metadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const metadata = load(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Metadata
const sources = readdirSync(join(repoRoot, 'src/action'))
  .map(f => readFileSync(join(repoRoot, 'src/action', f), 'utf8'))
  .join('\n')
const called = (fn: string) =>
  [...new Set([...sources.matchAll(new RegExp(`${fn}\\('([a-z-]+)'`, 'g'))].map(m => m[1]))].sort()

describe('action.yml', () => {
  it('declares every input the settings read, each described, optional ones with a default', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual(called('getInput'))
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect([name, input.description.length > 20]).toEqual([name, true])
      if (!input.required) expect([name, typeof input.default]).toEqual([name, 'string'])
    }
  })

  it('declares every output the modes set', () => {
    expect(Object.keys(metadata.outputs).sort()).toEqual(called('setOutput'))
  })

  it('runs the committed bundle on node24', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
