import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error: a plain JavaScript build script, without types
import { compileSchemas } from '../scripts/compile-schemas.mjs'
import { repoRoot } from './support/tree.js'

describe('compiled validators', () => {
  it('match schemas/*.schema.json: after editing a schema, run node scripts/compile-schemas.mjs', () => {
    const committed = readFileSync(join(repoRoot, 'src/declarations/validators.js'), 'utf8')
    expect(committed === (compileSchemas() as string)).toBe(true)
  })
})
