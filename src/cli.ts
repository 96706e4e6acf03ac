// The command line: parse argv, call the engine, print, return the exit code.
// Each command lives in src/commands/; the same engine serves the action (main.ts).
import pkg from '../package.json' with { type: 'json' }
import {
  EXIT,
  failure,
  redactingIo,
  runCommand,
  UsageError,
  type Command,
  type Io
} from './commands/command.js'
import { apply } from './commands/apply.js'
import { audit } from './commands/audit.js'
import { demo } from './commands/demo.js'
import { evidence } from './commands/evidence.js'
import { plan } from './commands/plan.js'
import { sandbox } from './commands/sandbox.js'
import { sweep } from './commands/sweep.js'
import { validate } from './commands/validate.js'
import { verifyLogCommand } from './commands/verify-log.js'
import { didYouMean } from './declarations/suggest.js'

const commands: Command[] = [
  validate,
  plan,
  apply,
  sweep,
  audit,
  verifyLogCommand,
  evidence,
  demo,
  sandbox
]

function mainHelp(): string {
  const lines = commands.map(c => `  ${c.name.padEnd(12)}${c.summary}`)
  return `offboard ${pkg.version}: access as code, revoked by pull request

Usage: offboard <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     show help (also: offboard <command> --help)
  -v, --version  print the version

Exit codes: 0 ok, 1 some step failed / log broken, 2 invalid input or refused change, 3 drift found.`
}

/** Runs one command (runCommand); every line printed is scrubbed of secrets (redactingIo),
 *  except a verbatim command's own. */
export async function runCli(argv: string[], terminal: Io): Promise<number> {
  const io = redactingIo(terminal)
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
    const command = commands.find(c => c.name === name)
    if (!command)
      throw new UsageError(
        `unknown command "${name}"${didYouMean(
          name,
          commands.map(c => c.name)
        )}`
      )
    return await runCommand(command, rest, terminal)
  } catch (err) {
    return failure(io, err)
  }
}
