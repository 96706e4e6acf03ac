// Benchmark: the AWS connector revoking a departure on the sandbox's IAM with 50 ms added to
// every request. The user holds every credential type IAM has; the plan is a dependency graph,
// run by runSteps as its links allow, so the perform phase should take about
// depth x 50 ms, not steps x 50 ms. Goal: within 1.5 x depth x latency, for delete and disable.
//
//   npm run bench -- aws-apply [latency ms, default 50]
import { aws, planDepth } from '../src/connectors/aws-iam.js'
import type { ConnectorContext, Identity, Scope } from '../src/connectors/connector.js'
import { loadFromDirectory } from '../src/declarations/load.js'
import type { Declarations } from '../src/declarations/types.js'
import { runSteps } from '../src/execute.js'
import { startSandbox } from '../src/sandbox/index.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  type Scenario
} from '../src/sandbox/scenario.js'

const LATENCY_MS = Number(process.argv[2] ?? 50)
const GOAL = 1.5
/** Runs per mode (each on a fresh sandbox); the median is reported, after one warm-up run. */
const RUNS = Number(process.argv[3] ?? 5)
const departure: Scope = { kind: 'departure' }

/** The bundled scenario, where alice holds every credential type; plus a second group, so
 *  that she holds two of everything IAM lets a user hold several of. */
async function scenarioFor(decl: Declarations): Promise<Scenario> {
  const scenario = await parseScenario(bundledScenarioText(), BUNDLED_SCENARIO, decl)
  const alice = scenario.people!.alice.aws!
  alice.groups = [...(alice.groups ?? []), 'operators']
  return scenario
}

async function measure(decl: Declarations, mode: 'delete' | 'disable') {
  const sandbox = await startSandbox(decl, await scenarioFor(decl), {
    knobs: { 'aws-iam': { latencyMs: LATENCY_MS } }
  })
  try {
    const iam = sandbox.servers['aws-iam']
    const ctx: ConnectorContext = {
      platforms: { ...decl.platforms, aws: { ...decl.platforms.aws!, on_departure: mode } },
      env: sandbox.env,
      maskSecret: () => {},
      log: () => {}
    }
    const alice = decl.people.get('alice')!
    const who: Identity = {
      person: alice.id,
      name: alice.name,
      email: alice.email,
      account: alice.accounts.aws
    }

    const reader = aws.reader(ctx)
    let started = performance.now()
    const found = await reader.discover(who, departure)
    const discoverMs = performance.now() - started
    const discoverRequests = iam.requests.length
    if (found.status !== 'checked') throw new Error(`discover: ${found.reason}`)
    const { steps } = reader.planSteps(found, departure)
    const depth = planDepth(steps)

    const writer = aws.writer(ctx)
    iam.resetRecord()
    started = performance.now()
    const outcomes = await runSteps(steps, s => writer.perform(s))
    const performMs = performance.now() - started
    const failed = [...outcomes.values()].filter(o => o.result === 'failed')
    if (failed.length > 0) throw new Error(`${mode}: ${failed.map(f => f.detail).join('; ')}`)

    const user = sandbox.states.iam!.users.get('alice')
    const expected =
      mode === 'delete' ? user === undefined : user?.accessKeys.every(k => k.status === 'Inactive')
    if (!expected) throw new Error(`${mode}: the sandbox does not show alice revoked`)
    return {
      mode,
      holdings: found.holdings.length,
      steps: steps.length,
      depth,
      discoverMs,
      discoverRequests,
      performMs,
      performRequests: iam.requests.length,
      boundMs: depth * LATENCY_MS
    }
  } finally {
    await sandbox.close()
  }
}

async function main() {
  const { declarations, diagnostics } = await loadFromDirectory('access')
  if (diagnostics.length > 0) throw new Error('the example access tree does not validate')
  console.log(
    `aws-apply: departure of an IAM user holding every credential type, ${LATENCY_MS} ms per request, median of ${RUNS} runs`
  )
  let met = true
  for (const mode of ['delete', 'disable'] as const) {
    await measure(declarations, mode) // warm-up: the first run also loads and compiles code
    const runs: Awaited<ReturnType<typeof measure>>[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await measure(declarations, mode))
    const median = (pick: (r: (typeof runs)[number]) => number) =>
      runs.map(pick).sort((a, b) => a - b)[Math.floor(RUNS / 2)]
    const r = runs[0]
    const performMs = median(x => x.performMs)
    const ratio = performMs / r.boundMs
    met &&= ratio <= GOAL
    console.log(
      `  ${r.mode.padEnd(7)} ${r.holdings} holdings, ${r.steps} steps, depth ${r.depth}: ` +
        `discover ${median(x => x.discoverMs).toFixed(0)} ms (${r.discoverRequests} requests), ` +
        `perform ${performMs.toFixed(0)} ms (${r.performRequests} requests; ` +
        `min ${Math.min(...runs.map(x => x.performMs)).toFixed(0)}, max ${Math.max(...runs.map(x => x.performMs)).toFixed(0)}), ` +
        `bound depth x ${LATENCY_MS} ms = ${r.boundMs} ms, ratio ${ratio.toFixed(2)} ` +
        `(goal <= ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'}); ` +
        `one request after another would take ${r.performRequests * LATENCY_MS} ms`
    )
  }
  process.exitCode = met ? 0 : 1
}

main().catch((err: unknown) => {
  console.error(`aws-apply: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 2
})
