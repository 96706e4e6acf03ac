import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { formatDiagnostic, loadFromDirectory } from '../declarations/load.js'
import { startSandbox } from '../sandbox/index.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  ScenarioError
} from '../sandbox/scenario.js'
import { readAccessTree } from '../sandbox/seed.js'
import { dirOption, EXIT, plural, UsageError, type Command, type Io } from './command.js'

export const sandbox: Command = {
  name: 'sandbox',
  summary: 'run simulated GitHub, AWS IAM, Slack and SCIM apps to point offboard at',
  usage: `offboard sandbox [--dir access] [--scenario FILE] [--latency MS] [--port-base N]

Starts a simulated copy of every platform platforms.yaml configures, on 127.0.0.1, holding
what the declarations grant plus what the scenario adds (default: the bundled one, see
docs/sandbox.md). Prints the environment variables that point offboard at it as
"export NAME=value" lines, then runs until Ctrl-C.
  --scenario FILE  who holds what beyond the declarations (YAML)
  --latency MS     wait this long before every answer (default 0)
  --port-base N    serve on ports N, N+1, ... instead of free ones
Exit: 0 after Ctrl-C, 2 invalid declarations, scenario or options.`,
  options: {
    ...dirOption,
    scenario: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'port-base': { type: 'string' }
  },
  async run(values, io) {
    const latencyMs = whole(values.latency, 'latency', 0, 60_000)
    const portBase =
      values['port-base'] === undefined
        ? undefined
        : whole(values['port-base'], 'port-base', 1024, 65_000)
    const dir = String(values.dir)
    const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd)
    if (diagnostics.length > 0) {
      for (const d of diagnostics) io.out(formatDiagnostic(d))
      io.err(
        `offboard: ${plural(diagnostics.length, 'problem')} in ${dir}: fix them (offboard validate) and start the sandbox again`
      )
      return EXIT.invalid
    }
    const file = values.scenario === undefined ? undefined : String(values.scenario)
    let scenario
    try {
      const text = file ? await readFile(resolve(io.cwd, file)) : bundledScenarioText()
      scenario = parseScenario(text, file ?? BUNDLED_SCENARIO, declarations)
    } catch (err) {
      if (err instanceof ScenarioError) {
        for (const d of err.diagnostics) io.out(formatDiagnostic(d))
        io.err(`offboard: the scenario does not fit ${dir}: see docs/sandbox.md for its format`)
        return EXIT.invalid
      }
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR')
        throw new UsageError(`sandbox: cannot read the scenario ${file}: no such file`)
      throw err
    }

    const running = await startSandbox(declarations, scenario, {
      latencyMs,
      portBase,
      accessFiles: await readAccessTree(dir, io.cwd)
    })
    const names = Object.values(running.servers).map(s => `${s.name} ${s.url}`)
    io.out(
      [
        `# offboard sandbox: ${names.join(', ')}`,
        `# Seeded from ${dir} and ${file ?? `${BUNDLED_SCENARIO} (bundled)`}. Paste the lines below into`,
        '# another shell (or save them to a file and source it), then run offboard there: plan,',
        '# apply and audit talk to these simulated platforms instead of the real ones, with',
        '# made-up tokens that open nothing else. The state lives in this process only: writes',
        '# change it as the real platform would, and Ctrl-C ends it; start again for a fresh copy.',
        ...Object.entries(running.env).map(([k, v]) => `export ${k}=${shellQuote(v)}`)
      ].join('\n')
    )
    await interrupted(io)
    await running.close()
    io.err('offboard sandbox: stopped')
    return EXIT.ok
  }
}

function whole(raw: unknown, name: string, min: number, max: number): number {
  const n = Number(raw)
  if (!/^\d+$/.test(String(raw)) || n < min || n > max)
    throw new UsageError(`sandbox: --${name} must be a whole number from ${min} to ${max}`)
  return n
}

/** Single quotes keep a value literal in sh, bash and zsh. */
const shellQuote = (v: string) => (/^[\w.:/@%+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`)

/** Resolves on Ctrl-C (SIGINT), SIGTERM, or the caller's abort signal. */
function interrupted(io: Io): Promise<void> {
  return new Promise(done => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      io.signal?.removeEventListener('abort', stop)
      done()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    if (io.signal?.aborted) stop()
    else io.signal?.addEventListener('abort', stop, { once: true })
  })
}
