// Scratch access trees for tests: the example tree in this repository, with files replaced,
// added (string or bytes) or deleted (null).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { commitAll, initRepo } from './git.js'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const exampleAccess = join(repoRoot, 'access')

/** A temporary working directory holding `access/` (the example, then the overrides). */
export function scratchTree(overrides: Record<string, string | Buffer | null> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'offboard-tree-'))
  cpSync(exampleAccess, join(cwd, 'access'), { recursive: true })
  for (const [rel, content] of Object.entries(overrides)) {
    const file = join(cwd, 'access', rel)
    if (content === null) rmSync(file, { force: true })
    else {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
  }
  return cwd
}

/** A repository holding the example tree (with `overrides`, as scratchTree takes them) whose
 *  last commit departs `person`. */
export function departureCheckout(
  person = 'alice',
  overrides: Record<string, string | Buffer | null> = {}
): string {
  const cwd = scratchTree(overrides)
  initRepo(cwd)
  markDeparted(cwd, person)
  commitAll(cwd, `${person} leaves`)
  return cwd
}

/** Marks `person` of the tree in `cwd` departed (on 2026-11-25), with `edit` made to the file. */
export function markDeparted(cwd: string, person: string, edit = (text: string) => text): void {
  const file = join(cwd, 'access/people', `${person}.yaml`)
  const text = readFileSync(file, 'utf8')
  writeFileSync(
    file,
    edit(text.replace('status: active', 'status: departed\ndeparted_on: 2026-11-25'))
  )
}

/** Runs the CLI in-process and collects what it prints. */
export async function cli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const { runCli } = await import('../../src/cli.js')
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, {
    out: l => out.push(l),
    err: l => err.push(l),
    cwd,
    env
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
