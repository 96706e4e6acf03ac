#!/usr/bin/env node
// Runs a TypeScript benchmark: bundles bench/<name>.ts (which imports src/ directly) with ncc
// into a private temporary folder, runs it with node, and removes the folder.
//
//   npm run bench -- <name> [arguments for the benchmark]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [name, ...args] = process.argv.slice(2)
const entry = join(root, 'bench', `${name}.ts`)
if (!name || !existsSync(entry)) {
  const names = readdirSync(join(root, 'bench'))
    .filter(f => f.endsWith('.ts'))
    .map(f => f.slice(0, -3))
  console.error(
    `${name ? `no benchmark bench/${name}.ts` : 'which benchmark?'}: npm run bench -- <name>, one of: ${names.join(', ')}`
  )
  process.exit(2)
}

const out = mkdtempSync(join(tmpdir(), 'offboard-bench-'))
try {
  // Transpile only: the type check is `npm run build`'s job, and bundling is several times
  // faster without it.
  execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', entry, '-o', out, '-q', '-t'], {
    cwd: root,
    stdio: 'inherit'
  })
  const run = spawnSync(process.execPath, [join(out, 'index.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
    // Loopback only (no EC2 metadata probing); Node 20 is supported on purpose.
    env: {
      ...process.env,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
    }
  })
  process.exitCode = run.status ?? 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
