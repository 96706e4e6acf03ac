import { dirOption, EXIT, reportInvalid, UsageError, type Command, type Io } from './command.js'

export const sandbox: Command = {
  name: 'sandbox',
  summary: 'run simulated GitHub, AWS IAM, Slack and SCIM apps to point offboard at',
  usage: `offboard sandbox [--dir access] [--scenario FILE] [--latency MS] [--port-base N]
                        [--fault 'SERVER OPERATION = EFFECT...']...

Starts a simulated copy of every platform platforms.yaml configures, on 127.0.0.1, holding
what the declarations grant plus what the scenario adds (default: the bundled one, see
docs/sandbox.md). Prints the environment variables that point offboard at it as
"export NAME=value" lines, then runs until Ctrl-C.
  --scenario FILE  who holds what beyond the declarations (YAML)
  --latency MS     wait this long before every answer (default 0)
  --port-base N    serve on ports N, N+1, ... instead of free ones
  --fault RULE     fail one operation of one server (repeatable), e.g.
                     --fault 'github GET /orgs/{org}/members = 500'
                     --fault 'aws-iam ListAccessKeys = 429 retry-after=30 times=2'
                     --fault 'slack users.info = drop'
                     --fault 'scim:jira PATCH /Users/{id} = delay=5000'
                   effects: a status, drop, delay=MS, retry-after=S, code=NAME, rate=0..1,
                   times=N (then the fault clears itself); see docs/sandbox.md
Exit: 0 after Ctrl-C, 2 invalid declarations, scenario or options.`,
  options: {
    ...dirOption,
    scenario: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'port-base': { type: 'string' },
    fault: { type: 'string', multiple: true }
  },
  verbatim: true,
  async run(values, io) {
    const latencyMs = whole(values.latency, 'latency', 0, 60_000)
    const portBase =
      values['port-base'] === undefined
        ? undefined
        : whole(values['port-base'], 'port-base', 1024, 65_000)
    const dir = String(values.dir)
    const file = values.scenario === undefined ? undefined : String(values.scenario)
    const faults = ((values.fault ?? []) as string[]).map(String)
    // The simulated platforms load only for this command.
    const { FaultSyntaxError, parseFault } = await import('../sandbox/faults.js')
    for (const text of faults)
      try {
        parseFault(text)
      } catch (err) {
        throw err instanceof FaultSyntaxError ? new UsageError(`sandbox: --${err.message}`) : err
      }
    const { loadSandboxInputs } = await import('../sandbox/inputs.js')
    const { startSandbox } = await import('../sandbox/index.js')
    const { readAccessTree } = await import('../sandbox/seed.js')
    const inputs = await loadSandboxInputs(dir, io.cwd, file)
    if (!inputs.ok)
      return reportInvalid(io, inputs.diagnostics, `offboard sandbox: ${inputs.message}`)
    const { declarations, scenario } = inputs
    const running = await startSandbox(declarations, scenario, {
      latencyMs,
      portBase,
      faults,
      accessFiles: await readAccessTree(dir, io.cwd)
    })
    const names = Object.values(running.servers).map(s => `${s.name} ${s.url}`)
    io.out(
      [
        `# offboard sandbox: ${names.join(', ')}`,
        `# Seeded from ${dir} and ${inputs.scenarioName}. Paste the lines below into`,
        '# another shell (or save them to a file and source it), then run offboard there: plan,',
        '# apply and audit talk to these simulated platforms instead of the real ones, with',
        '# made-up tokens that open nothing else. The state lives in this process only: writes',
        '# change it as the real platform would, and Ctrl-C ends it; start again for a fresh copy.',
        ...[...(scenario.faults ?? []), ...faults].map(f => `# Fault: ${f}`),
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
