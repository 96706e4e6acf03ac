// What every command of the command line provides; the registry is in cli.ts.
import type { ParseArgsConfig } from 'node:util'

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
  run(values: Record<string, string | boolean | undefined>, io: Io): Promise<number>
}

/** Thrown for a wrong invocation: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export const dirOption = { dir: { type: 'string', default: 'access' } } as const

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** What connectors get from the command line: the environment, and progress lines on stderr
 *  with OFFBOARD_DEBUG=1. Nothing to mask on a terminal: connectors never print secrets. */
export const connectorEnvironment = (io: Io) => ({
  env: io.env,
  maskSecret: () => {},
  log: (line: string) => (io.env.OFFBOARD_DEBUG ? io.err(line) : undefined)
})
