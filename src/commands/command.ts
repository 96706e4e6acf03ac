// What every command of the command line provides; the registry is in cli.ts.
import type { ParseArgsConfig } from 'node:util'
import { formatDiagnostic } from '../declarations/load.js'
import type { Diagnostic } from '../declarations/types.js'
import type { Revision } from '../engine.js'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  cwd: string
  env: Record<string, string | undefined>
  /** Stops a command that runs until interrupted (`offboard sandbox`); the executable leaves
   *  it out and such a command listens for SIGINT/SIGTERM itself. */
  signal?: AbortSignal
}

/** Exit codes, as SPEC section 3 defines them. */
export const EXIT = { ok: 0, failed: 1, invalid: 2, drift: 3 } as const

export interface Command {
  name: string
  summary: string
  /** First line: the synopsis; then what it does and its exit codes. */
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  run(values: Values, io: Io): Promise<number>
}

export type Values = Record<string, string | boolean | undefined>

/** Thrown for a wrong invocation: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export const dirOption = { dir: { type: 'string', default: 'access' } } as const

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** Invalid declarations: one `path:line:col: message` line each on stdout, what to do on
 *  stderr; the exit code for invalid input. */
export function reportInvalid(io: Io, diagnostics: Diagnostic[], message: string): number {
  for (const d of diagnostics) io.out(formatDiagnostic(d))
  io.err(message)
  return EXIT.invalid
}

/** What connectors get from the command line: the environment, and progress lines on stderr
 *  with OFFBOARD_DEBUG=1. Nothing to mask on a terminal: connectors never print secrets. */
export const connectorEnvironment = (io: Io) => ({
  env: io.env,
  maskSecret: () => {},
  log: (line: string) => (io.env.OFFBOARD_DEBUG ? io.err(line) : undefined)
})

/** The base and head that plan and apply compare (--base, --head, --dir), both valid; or
 *  undefined once what is wrong has been printed (exit 2). */
export async function loadChange(
  command: string,
  values: Values,
  io: Io
): Promise<{ base: Revision; head: Revision } | undefined> {
  if (typeof values.base !== 'string') {
    io.err(`offboard ${command}: --base REF is required (e.g. --base HEAD~1 or --base origin/main)`)
    return undefined
  }
  // The connectors (and their SDKs) load only for the commands that use them.
  const { loadRevisions } = await import('../engine.js')
  const revisions = await loadRevisions({
    cwd: io.cwd,
    dir: String(values.dir),
    base: values.base,
    head: typeof values.head === 'string' ? values.head : undefined
  })
  if (!revisions.ok) {
    reportInvalid(
      io,
      revisions.diagnostics,
      `offboard: the declarations at ${revisions.which} have ${plural(revisions.diagnostics.length, 'problem')}: fix them first (offboard validate)`
    )
    return undefined
  }
  return revisions
}
