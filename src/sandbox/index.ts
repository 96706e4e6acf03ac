// The whole sandbox: every platform the declarations configure, seeded from them plus a
// scenario, each on its own loopback server, with the tokens and the environment variables
// that point the command line (or a test, or a benchmark) at it. The platforms are those of
// the registry (registry.ts); each says how it is seeded and started.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import type { Declarations } from '../declarations/types.js'
import { parseFault } from './faults.js'
import {
  sandboxPlatforms,
  type PlatformOptions,
  type SandboxStates,
  type SandboxTokens,
  type Scenario
} from './registry.js'
import { seedStates, type SeedOptions } from './seed.js'
import type { AccessRepo, ServerStart } from './shared/descriptor.js'
import {
  faultProblems,
  startSimServer,
  type FaultRule,
  type Knobs,
  type Platform,
  type SimServer
} from './shared/server.js'

export interface SandboxOptions extends SeedOptions, PlatformOptions {
  /** Milliseconds added before every answer of every server. */
  latencyMs?: number
  /** Knobs per server name (`github`, `aws-iam`, `slack`, `slack-scim`, `scim:<app>`), over
   *  the latency above: e.g. `{ github: { serverErrorRate: 1 } }`, or per-operation rules
   *  `{ 'aws-iam': { faults: [{ operation: 'ListAccessKeys', status: 500 }] } }`. */
  knobs?: Record<string, Partial<Knobs>>
  /** More fault rules as text, after those in `knobs` and the scenario's `faults` (see
   *  faults.ts and docs/sandbox.md):
   *  `github GET /orgs/{org}/members = 500`, `slack users.info = drop times=1`. */
  faults?: string[]
  /** Fixed ports from this one up, in the order of `servers` (default: any free ports). */
  portBase?: number
}

export interface Sandbox {
  /** Running servers by name, in start order; each keeps its request record and knobs. */
  servers: Record<string, SimServer>
  /** The live state of each platform: the servers change it as writes arrive. */
  states: SandboxStates
  /** Tokens the servers accept (made up for this run; they open nothing else). */
  tokens: SandboxTokens
  /** The repository holding the access tree, on the simulated platform that hosts it. */
  accessRepo?: AccessRepo
  /** What the command line needs to talk to the sandbox instead of the real platforms. */
  env: Record<string, string>
  close(): Promise<void>
}

/** A made-up token: recognisably the sandbox's, different on every run. */
const token = (prefix: string) => `${prefix}sandbox-${randomBytes(12).toString('hex')}`

export async function startSandbox(
  decl: Declarations,
  scenario: Scenario,
  options: SandboxOptions = {}
): Promise<Sandbox> {
  const seeded: Record<string, unknown> = seedStates(decl, scenario, options)
  const states: Record<string, unknown> = {}
  const tokens: Record<string, unknown> = {}
  const env: Record<string, string> = {}
  const starts: ServerStart[] = []
  let accessRepo: AccessRepo | undefined
  for (const p of sandboxPlatforms) {
    const s = seeded[p.key]
    states[p.key] = p.state(s)
    accessRepo ??= p.accessRepo?.(s)
    if (s === undefined || s === null) continue
    const started = p.start(s, { decl, options, seed: options.seed ?? 1, token })
    if (started.tokens !== undefined) tokens[p.key] = started.tokens
    starts.push(...started.servers)
  }

  const faults = faultsByServer(
    starts.map(s => s.platform),
    scenario,
    options
  )
  const servers: Record<string, SimServer> = {}
  const close = () => Promise.all(Object.values(servers).map(s => s.close())).then(() => undefined)
  try {
    for (const [i, start] of starts.entries()) {
      const { platform } = start
      const port = options.portBase === undefined ? undefined : options.portBase + i
      if (port !== undefined) await checkPortFree(port, platform.name)
      const server = await startSimServer(platform, {
        port,
        seed: options.seed,
        knobs: {
          latencyMs: options.latencyMs ?? 0,
          ...options.knobs?.[platform.name],
          faults: faults.get(platform.name) ?? []
        }
      })
      servers[platform.name] = server
      Object.assign(env, start.env(server.url))
    }
  } catch (err) {
    await close()
    throw err
  }

  return {
    servers,
    states: states as SandboxStates,
    tokens: tokens as SandboxTokens,
    accessRepo,
    env,
    close
  }
}

/** Every fault rule per server, checked against what each platform has: a rule for a server
 *  that is not running, or an operation its platform does not have, is an error. */
function faultsByServer(
  platforms: Platform[],
  scenario: Scenario,
  options: SandboxOptions
): Map<string, FaultRule[]> {
  const byName = new Map(platforms.map(p => [p.name, p]))
  const out = new Map<string, FaultRule[]>()
  const add = (server: string, rules: FaultRule[]) => {
    const platform = byName.get(server)
    if (!platform)
      throw new Error(
        `sandbox: no server "${server}" to put faults on: the servers are ${[...byName.keys()].join(', ')}`
      )
    const problems = faultProblems(platform, rules)
    if (problems.length > 0) throw new Error(`sandbox: ${problems.join('; ')}`)
    out.set(server, [...(out.get(server) ?? []), ...rules])
  }
  for (const [server, knobs] of Object.entries(options.knobs ?? {}))
    if (knobs.faults) add(server, knobs.faults)
  for (const text of [...(scenario.faults ?? []), ...(options.faults ?? [])]) {
    const { server, rule } = parseFault(text)
    add(server, [rule])
  }
  return out
}

/** Fails with a clear message when a fixed port is taken (the server would only crash). */
function checkPortFree(port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `sandbox: cannot serve ${name} on 127.0.0.1:${port} (${err.code ?? err.message}): choose another --port-base, or leave it out to use free ports`
        )
      )
    )
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}
