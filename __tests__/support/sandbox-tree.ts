// End-to-end tests on the sandbox: the simulated platforms seeded from an access tree (this
// repository's example by default), and the edits a pull request makes to a scratch tree.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { repoRoot } from './tree.js'

/** The sandbox seeded from `<cwd>/access` and the bundled scenario, and the environment the
 *  command line needs to use it. */
export async function startTreeSandbox(
  cwd = repoRoot
): Promise<{ sandbox: Sandbox; env: Record<string, string> }> {
  const inputs = await loadSandboxInputs('access', cwd)
  if (!inputs.ok) throw new Error(`${inputs.message}: ${JSON.stringify(inputs.diagnostics)}`)
  const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', cwd)
  })
  return { sandbox, env: { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' } }
}

/** Rewrites `access/<rel>` of a scratch tree. */
export function editAccess(cwd: string, rel: string, change: (text: string) => string): void {
  const file = join(cwd, 'access', rel)
  writeFileSync(file, change(readFileSync(file, 'utf8')))
}

/** Marks a person departed, as the pull request that offboards them does. */
export const departIn = (cwd: string, id: string): void =>
  editAccess(cwd, `people/${id}.yaml`, t =>
    t.replace('status: active', 'status: departed\ndeparted_on: 2026-11-25')
  )
