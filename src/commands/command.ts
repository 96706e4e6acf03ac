// What every command of the command line provides, and how one runs; the registry is in
// cli.ts.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { formatDiagnostic } from '../declarations/load.js'
import type { Diagnostic } from '../declarations/types.js'
import type { Revision } from '../engine.js'
import { redact, registerSecret, secretsInEnvironment } from '../log/redact.js'
import { plural } from '../report/words.js'

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
  /** Its lines are printed unredacted: it prints made-up credentials for the user to copy
   *  (the sandbox), and reads no real ones. */
  verbatim?: boolean
  run(values: Values, io: Io): Promise<number>
}

export type Values = Record<string, string | boolean | undefined>

/** Thrown for a wrong invocation: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export const dirOption = { dir: { type: 'string', default: 'access' } } as const

/** Runs `command` with the arguments after its name, as `offboard <name> ...` does: options
 *  parsed strictly (a wrong one is a UsageError), --help printed, every line scrubbed of
 *  secrets (redactingIo) but a verbatim command's own, and what it throws printed (exit 2). */
export async function runCommand(command: Command, args: string[], terminal: Io): Promise<number> {
  const io = redactingIo(terminal)
  try {
    let parsed
    try {
      parsed = parseArgs({
        args,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: false,
        strict: true
      })
    } catch (err) {
      throw new UsageError(
        `${command.name}: ${(err as Error).message}\n\nUsage: ${command.usage.split('\n')[0]}`
      )
    }
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}`)
      return EXIT.ok
    }
    return await command.run(parsed.values, command.verbatim ? terminal : io)
  } catch (err) {
    return failure(io, err)
  }
}

/** What a command threw, on stderr (a wrong invocation with a pointer to --help): exit 2. */
export function failure(io: Io, err: unknown): number {
  const hint = err instanceof UsageError ? '\nRun "offboard --help" for the commands.' : ''
  io.err(`offboard: ${(err as Error).message}${hint}`)
  return EXIT.invalid
}

/** Invalid declarations: one `path:line:col: message` line each on stdout, what to do on
 *  stderr; the exit code for invalid input. */
export function reportInvalid(io: Io, diagnostics: Diagnostic[], message: string): number {
  for (const d of diagnostics) io.out(formatDiagnostic(d))
  io.err(message)
  return EXIT.invalid
}

/** The io a command prints through: the secrets of the environment registered (log/redact),
 *  and every line scrubbed of every secret registered by the time it is printed. */
export function redactingIo(io: Io): Io {
  for (const secret of secretsInEnvironment(io.env)) registerSecret(secret)
  return { ...io, out: line => io.out(redact(line)), err: line => io.err(redact(line)) }
}

/** What connectors get from the command line: the environment, the secrets registry, and
 *  progress lines on stderr with OFFBOARD_DEBUG=1. */
export const connectorEnvironment = (io: Io) => ({
  env: io.env,
  maskSecret: registerSecret,
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
