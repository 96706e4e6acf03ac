// Bundles the action (dist/index.js) and the command line (dist/cli/index.js) with ncc.
// Both are ES modules; dist/ is committed and CI checks it matches the sources.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  })
ncc('src/index.ts', 'dist')
ncc('src/bin.ts', 'dist/cli')
