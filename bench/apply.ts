// Benchmark: offboard's apply of one departure on the whole sandbox (every platform the example
// tree configures) with LATENCY_MS added to every request. Base is the example
// access tree; head marks alice departed, and in the bundled scenario she holds every
// credential type. Each run uses fresh sandboxes and measures
//   - discovery: planChange, the read-only plan apply starts with;
//   - execution: execute() of that plan with the platforms' writers;
//   - the whole applyChange (which plans again, then executes), on a second sandbox.
// The plan is a dependency graph run as its links allow, so execution should take about
// depth x latency. Goal: execution within 1.5 x that bound. The identity providers' containment
// steps (sessions ended, sign-in blocked) run before any other: when they are done is printed
// beside the whole execution. Medians of RUNS runs are printed.
//
//   npm run bench -- apply [latency ms, default 50] [runs, default 5]
import { applyChange } from '../src/apply.js'
import type { PlatformName } from '../src/connectors/connector.js'
import { openWriters } from '../src/connectors/index.js'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'
import type { Declarations } from '../src/declarations/types.js'
import { planChange, type ConnectorEnvironment, type Revision } from '../src/engine.js'
import { execute, planSteps, type Execution } from '../src/execute.js'
import { containmentFirst, planDepth } from '../src/graph.js'
import type { Plan } from '../src/plan-types.js'
import { startSandbox, type Sandbox } from '../src/sandbox/index.js'
import { loadSandboxInputs } from '../src/sandbox/inputs.js'
import type { Scenario } from '../src/sandbox/scenario.js'

const LATENCY_MS = Number(process.argv[2] ?? 50)
const RUNS = Number(process.argv[3] ?? 5)
const GOAL = 1.5
const PERSON = 'alice'
const CHANGE = { base: 'b', head: 'h', pr: null, approvers: [] }

/** Base with the person marked departed today, everything else shared. */
function departed(base: Declarations, id: string): Declarations {
  const person = base.people.get(id)
  if (!person) throw new Error(`the example access tree has no ${id}`)
  const people = new Map(base.people)
  people.set(id, {
    ...person,
    status: 'departed',
    departed_on: new Date().toISOString().slice(0, 10)
  })
  return { ...base, people }
}

const connectorEnv = (sandbox: Sandbox): ConnectorEnvironment => ({
  env: { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' },
  maskSecret: () => {},
  log: () => {}
})

/** Requests per server since its record was last reset: all, and writes. */
const requestCounts = (sandbox: Sandbox): Record<string, { all: number; writes: number }> =>
  Object.fromEntries(
    Object.entries(sandbox.servers).map(([name, s]) => [
      name,
      { all: s.requests.length, writes: s.writes().length }
    ])
  )

/** Fails the run unless every step revoked (or found its target gone, or needs a human). */
function checkExecution(what: string, execution: Execution | undefined, plan: Plan): void {
  if (plan.refused) throw new Error(`${what}: the change was refused (${plan.refused.guard})`)
  if (!execution) throw new Error(`${what}: nothing was executed`)
  const failed = execution.outcomes.filter(o => o.result === 'failed')
  if (failed.length > 0)
    throw new Error(
      `${what}: ${failed.length} steps failed: ${failed.map(f => `${f.step.platform} ${f.step.action}: ${f.detail}`).join('; ')}`
    )
  const unchecked = plan.people.flatMap(p => p.platforms.filter(s => s.status === 'not_checked'))
  if (unchecked.length > 0)
    throw new Error(
      `${what}: not checked: ${unchecked.map(s => `${s.platform} (${s.reason})`).join('; ')}`
    )
}

/** Per platform: steps, dependency depth, and the wall time from its first start to its
 *  last finish (ISO times, so to the millisecond). */
function perPlatform(execution: Execution) {
  const platforms = new Map<PlatformName, Execution['outcomes']>()
  for (const o of execution.outcomes)
    platforms.set(o.step.platform, [...(platforms.get(o.step.platform) ?? []), o])
  return [...platforms].map(([platform, outcomes]) => ({
    platform,
    steps: outcomes.length,
    depth: planDepth(outcomes.map(o => o.step)),
    spanMs:
      Math.max(...outcomes.map(o => Date.parse(o.finishedAt))) -
      Math.min(...outcomes.map(o => Date.parse(o.startedAt)))
  }))
}

/** The containment steps (Step.contain), run before any other: per platform, the time from the
 *  execution's first start to its last containment step finished, and the depth of what runs
 *  first (the containment steps and what they wait on). */
function containment(execution: Execution) {
  const start = Math.min(...execution.outcomes.map(o => Date.parse(o.startedAt)))
  const contained = execution.outcomes.filter(o => o.step.contain)
  const byPlatform = [...new Set(contained.map(o => o.step.platform))].map(platform => {
    const own = contained.filter(o => o.step.platform === platform)
    return {
      platform,
      steps: own.length,
      doneMs: Math.max(...own.map(o => Date.parse(o.finishedAt))) - start
    }
  })
  return {
    depth: planDepth(containmentFirst(execution.outcomes.map(o => o.step)).first),
    doneMs: Math.max(0, ...byPlatform.map(p => p.doneMs)),
    platforms: byPlatform
  }
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const value = await run()
  return [value, performance.now() - started]
}

async function withSandbox<T>(
  decl: Declarations,
  scenario: Scenario,
  run: (sandbox: Sandbox) => Promise<T>
): Promise<T> {
  const sandbox = await startSandbox(decl, scenario, { latencyMs: LATENCY_MS })
  try {
    return await run(sandbox)
  } finally {
    await sandbox.close()
  }
}

async function measure(base: Revision, head: Revision, scenario: Scenario) {
  // Discovery and execution apart, on one sandbox.
  const phases = await withSandbox(base.declarations, scenario, async sandbox => {
    const env = connectorEnv(sandbox)
    const [plan, discoverMs] = await timed(() => planChange(base, head, env))
    const discoverRequests = requestCounts(sandbox)
    for (const s of Object.values(sandbox.servers)) s.resetRecord()
    const writers = openWriters({
      ...env,
      platforms: head.declarations.platforms,
      change: { base: CHANGE.base, head: CHANGE.head }
    })
    const [execution, executeMs] = await timed(() => execute(plan, writers))
    checkExecution('execute', execution, plan)
    const steps = planSteps(plan)
    return {
      plan,
      execution,
      discoverMs,
      discoverRequests,
      executeMs,
      executeRequests: requestCounts(sandbox),
      steps: steps.length,
      depth: planDepth(steps),
      platforms: perPlatform(execution),
      containment: containment(execution)
    }
  })
  // The whole apply, as the action runs it, on a fresh sandbox.
  const whole = await withSandbox(base.declarations, scenario, async sandbox => {
    const [applied, applyMs] = await timed(() =>
      applyChange(base, head, connectorEnv(sandbox), { change: CHANGE, actor: 'bench' })
    )
    checkExecution('apply', applied.execution, applied.plan)
    if (applied.failed > 0) throw new Error(`apply: ${applied.failed} log entries failed`)
    return { applyMs, counts: applied.execution!.counts, requests: requestCounts(sandbox) }
  })
  return { ...phases, ...whole }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number) => `${x.toFixed(0)} ms`

async function main() {
  const inputs = await loadSandboxInputs('access', process.cwd())
  if (!inputs.ok) throw new Error(inputs.message)
  // The retry budget is set here, so that the figures never depend on the defaults.
  const declarations = {
    ...inputs.declarations,
    platforms: {
      ...inputs.declarations.platforms,
      policy: { ...inputs.declarations.platforms.policy, retry: DEFAULT_RETRY_BUDGET }
    }
  }
  const base: Revision = { label: 'base', declarations }
  const head: Revision = { label: 'head', declarations: departed(declarations, PERSON) }

  console.log(
    `apply: departure of ${PERSON} (every credential type) on the sandbox, ${LATENCY_MS} ms per request, median of ${RUNS} runs after one warm-up`
  )
  await measure(base, head, inputs.scenario) // warm-up: the first run also loads code
  const runs: Awaited<ReturnType<typeof measure>>[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await measure(base, head, inputs.scenario))
  const m = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick))
  const r = runs[0]

  const boundMs = r.depth * LATENCY_MS
  const executeMs = m(x => x.executeMs)
  const ratio = executeMs / boundMs
  const spread = (pick: (x: (typeof runs)[number]) => number) =>
    `min ${ms(Math.min(...runs.map(pick)))}, max ${ms(Math.max(...runs.map(pick)))}`

  console.log(`  plan: ${r.steps} steps, depth ${r.depth}; counts ${JSON.stringify(r.counts)}`)
  console.log(
    `  discovery (planChange): ${ms(m(x => x.discoverMs))} (${spread(x => x.discoverMs)})`
  )
  console.log(`  execution (execute):    ${ms(executeMs)} (${spread(x => x.executeMs)})`)
  console.log(`  whole applyChange:      ${ms(m(x => x.applyMs))} (${spread(x => x.applyMs)})`)
  console.log('  requests per server: discovery / execution (writes) / whole apply (writes)')
  for (const name of Object.keys(r.requests)) {
    const d = r.discoverRequests[name]
    const e = r.executeRequests[name]
    const a = r.requests[name]
    console.log(
      `    ${name.padEnd(16)} ${String(d.all).padStart(4)} / ${String(e.all).padStart(4)} (${e.writes}) / ${String(a.all).padStart(4)} (${a.writes})`
    )
  }
  console.log('  execution per platform: steps, depth, span (median)')
  for (const p of r.platforms) {
    const span = m(x => x.platforms.find(q => q.platform === p.platform)?.spanMs ?? 0)
    console.log(
      `    ${p.platform.padEnd(16)} ${String(p.steps).padStart(3)} steps, depth ${p.depth}, ${ms(span)} (bound ${ms(p.depth * LATENCY_MS)}, ratio ${(span / (p.depth * LATENCY_MS)).toFixed(2)})`
    )
  }
  const contained = r.containment
  console.log(
    `  containment first (depth ${contained.depth}, bound ${ms(contained.depth * LATENCY_MS)}): done ${ms(m(x => x.containment.doneMs))} after execution started, of ${ms(executeMs)} (median)`
  )
  for (const p of contained.platforms)
    console.log(
      `    ${p.platform.padEnd(16)} ${String(p.steps).padStart(3)} steps, done at ${ms(m(x => x.containment.platforms.find(q => q.platform === p.platform)?.doneMs ?? 0))}`
    )
  console.log(
    `  bound depth x ${LATENCY_MS} ms = ${ms(boundMs)}; execution / bound = ${ratio.toFixed(2)} (goal <= ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'})`
  )
  process.exitCode = ratio <= GOAL ? 0 : 1
}

main().catch((err: unknown) => {
  console.error(`apply: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 2
})
