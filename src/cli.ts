// The command line: parse argv, call the engine, print, return the exit code.
// The same engine serves the action (main.ts).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import pkg from '../package.json' with { type: 'json' }
import { formatDiagnostic, loadFromDirectory } from './declarations/load.js'
import { didYouMean } from './declarations/suggest.js'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  cwd: string
  env: Record<string, string | undefined>
}

/** Exit codes, as SPEC section 3 defines them. */
export const EXIT = { ok: 0, failed: 1, invalid: 2, drift: 3 } as const

class UsageError extends Error {}

interface Command {
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  run(values: Record<string, string | boolean | undefined>, io: Io): Promise<number>
}

const dirOption = { dir: { type: 'string', default: 'access' } } as const

const commands: Record<string, Command> = {
  validate: {
    summary: 'check the access declarations (schemas and cross-file rules)',
    usage: `offboard validate [--dir access]

Checks every file of the access tree against its schema and the cross-file rules.
Prints one "path:line:column: message" line per problem.
Exit: 0 valid, 2 invalid.`,
    options: dirOption,
    async run(values, io) {
      const dir = String(values.dir)
      const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd)
      if (diagnostics.length > 0) {
        for (const d of diagnostics) io.out(formatDiagnostic(d))
        const files = new Set(diagnostics.map(d => d.file)).size
        io.err(
          `offboard: ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: fix them and run validate again`
        )
        return EXIT.invalid
      }
      const active = [...declarations.people.values()].filter(p => p.status === 'active').length
      const p = declarations.platforms
      const platforms = [
        ...(p.github ? [`github (${p.github.org})`] : []),
        ...(p.aws ? ['aws'] : []),
        ...(p.slack ? ['slack'] : []),
        ...p.scim.map(a => `scim:${a.name}`)
      ]
      io.out(
        `${dir}: valid: ${declarations.people.size} people (${active} active), ${declarations.roles.size} roles; platforms: ${platforms.join(', ') || 'none'}`
      )
      return EXIT.ok
    }
  }
}

/** Commands of the contract whose work has not landed yet. */
const upcoming: Record<string, string> = {
  plan: 'detect the change between two commits and show what would be revoked',
  apply: 'revoke what the change removes and append the revocation log',
  audit: 'compare declared with actual access on every platform',
  'verify-log': "check the revocation log's hash chain",
  demo: 'the whole flow on the bundled sandbox, no credentials needed'
}

function mainHelp(): string {
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(12)}${c.summary}`)
  const later = Object.entries(upcoming).map(
    ([n, s]) => `  ${n.padEnd(12)}${s} (not yet available)`
  )
  return `offboard ${pkg.version}: access as code, revoked by pull request

Usage: offboard <command> [options]

Commands:
${[...lines, ...later].join('\n')}

Options:
  -h, --help     show help (also: offboard <command> --help)
  -v, --version  print the version

Exit codes: 0 ok, 1 some step failed / log broken, 2 invalid input or refused change, 3 drift found.`
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const [name, ...rest] = argv
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.out(mainHelp())
      return name === undefined ? EXIT.invalid : EXIT.ok
    }
    if (name === '-v' || name === '--version') {
      io.out(pkg.version)
      return EXIT.ok
    }
    if (name in upcoming) {
      io.err(`offboard ${name}: not yet available in this version`)
      return EXIT.invalid
    }
    const command = commands[name]
    if (!command) throw new UsageError(`unknown command "${name}"${suggestCommand(name)}`)
    let parsed
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: false,
        strict: true
      })
    } catch (err) {
      throw new UsageError(
        `${name}: ${(err as Error).message}\n\nUsage: ${command.usage.split('\n')[0]}`
      )
    }
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}`)
      return EXIT.ok
    }
    return await command.run(parsed.values, io)
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`offboard: ${err.message}\nRun "offboard --help" for the commands.`)
      return EXIT.invalid
    }
    io.err(`offboard: ${(err as Error).message}`)
    return EXIT.invalid
  }
}

function suggestCommand(name: string): string {
  return didYouMean(name, [...Object.keys(commands), ...Object.keys(upcoming)])
}
