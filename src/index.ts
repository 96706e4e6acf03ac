// The one bundle (dist/index.js) of the action and the command line: run as the action's
// entry, it runs the action; dist/cli/index.js imports it and calls `cli`. Both load their
// side lazily, so the command line never loads the action's toolkit and the reverse.
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The command line (`offboard ...`): bin.ts runs it on import. */
export async function cli(): Promise<void> {
  await import('./bin.js')
}

const started = process.argv[1]
if (started && realpathSync(started) === realpathSync(fileURLToPath(import.meta.url))) {
  const { run } = await import('./main.js')
  await run()
}
