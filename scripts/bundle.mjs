// Bundles the engine once (dist/index.js, the action's entry, with ncc) and gives the command
// line a two-line entry that imports it (dist/cli/index.js): one copy of the code, not two.
// dist/ is committed and CI checks it matches the sources.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  'npx',
  ['ncc', 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '-q'],
  {
    stdio: 'inherit'
  }
)
// Some packages ship sources with CRLF line ends; git stores dist/ with LF (.gitattributes), so
// the bundle is written with LF or a fresh build would never match the committed one.
for (const name of readdirSync('dist')) {
  if (!name.endsWith('.js')) continue
  const text = readFileSync(`dist/${name}`, 'utf8')
  if (text.includes('\r\n')) writeFileSync(`dist/${name}`, text.replace(/\r\n/g, '\n'))
}
mkdirSync('dist/cli')
writeFileSync(
  'dist/cli/index.js',
  "#!/usr/bin/env node\n// The `offboard` command: the engine is dist/index.js.\nawait (await import('../index.js')).cli()\n"
)
chmodSync('dist/cli/index.js', 0o755)
