// Benchmark: the AWS connector revoking a departure on the sandbox's IAM with 50 ms added to
// every request. The user holds every credential type IAM has; the plan is a dependency graph,
// run by runSteps as its links allow, so the perform phase should take about
// depth x 50 ms, not steps x 50 ms. Goal: within 1.5 x depth x latency, for delete and disable.
//
// Then the same departure in two member accounts of aws.accounts at once, each holding alice
// with every credential type, on the simulator's STS and IAM: each account's role is assumed
// (one round trip) before its first write, and the accounts run concurrently, so the bound is
// (1 + the deeper plan's depth) x latency, not the sum over accounts.
//
// Then IAM Identity Center's departure of the same person (the bundled scenario: groups, direct
// and group-given assignments in several permission sets), on its simulator with the same
// latency. Its steps take several round trips each (a session deny reads, writes, provisions,
// reads the request's status and reads the policy back), so its bound is the plan's critical
// path weighted by each step's round trips, counted on a run of one step at a time: goal within
// 1.5 x that x latency. The simulator finishes asynchronous requests at once and the waits
// between status reads are zeroed: how long AWS takes to provision is AWS's, not offboard's.
//
//   npm run bench -- aws-apply [latency ms, default 50]
import { aws, awsConnector } from '../src/connectors/aws/connector.js'
import { aws as awsPlatform } from '../src/connectors/aws/index.js'
import { awsSsoConnector } from '../src/connectors/aws_sso/connector.js'
import type { ConnectorContext, Identity, Scope, Step } from '../src/connectors/connector.js'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'
import { loadFromDirectory } from '../src/declarations/load.js'
import type { Declarations } from '../src/declarations/types.js'
import { planDepth, runSteps } from '../src/graph.js'
import { startSandbox } from '../src/sandbox/index.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  type Scenario
} from '../src/sandbox/scenario.js'
import { declaredAccount } from '../src/grants.js'

const LATENCY_MS = Number(process.argv[2] ?? 50)
const GOAL = 1.5
/** Runs per mode (each on a fresh sandbox); the median is reported, after one warm-up run. */
const RUNS = Number(process.argv[3] ?? 5)
const departure: Scope = { kind: 'departure' }

/** Member accounts of the two-account departure. */
const MEMBER_ACCOUNTS = ['111111111111', '222222222222']

/** The middle of `runs` by `pick`. */
const median = <T>(runs: T[], pick: (r: T) => number) =>
  runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]

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
      platforms: {
        ...decl.platforms,
        // The retry budget is set here, so that the figures never depend on the defaults.
        aws: { ...decl.platforms.aws!, on_departure: mode, retry: DEFAULT_RETRY_BUDGET }
      },
      env: sandbox.env,
      maskSecret: () => {},
      log: () => {}
    }
    const alice = decl.people.get('alice')!
    const who: Identity = {
      person: alice.id,
      name: alice.name,
      email: alice.email,
      account: declaredAccount(alice, 'aws')
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

/** alice's departure in each of MEMBER_ACCOUNTS at once, each a copy of the seeded account,
 *  through the role assumed there. */
async function measureAccounts(decl: Declarations) {
  const sandbox = await startSandbox(decl, await scenarioFor(decl), {
    knobs: { 'aws-iam': { latencyMs: LATENCY_MS } }
  })
  try {
    const iam = sandbox.servers['aws-iam']
    const own = sandbox.states.iam!
    own.memberAccounts = new Map(
      MEMBER_ACCOUNTS.map(id => [id, { ...structuredClone(own), accountId: id }])
    )
    const config = {
      ...decl.platforms.aws!,
      on_departure: 'delete' as const,
      retry: DEFAULT_RETRY_BUDGET,
      accounts: MEMBER_ACCOUNTS.map(id => ({ id, role_arn: `arn:aws:iam::${id}:role/offboard` }))
    }
    const ctx: ConnectorContext = {
      platforms: { ...decl.platforms, aws: config },
      env: sandbox.env,
      maskSecret: () => {},
      log: () => {}
    }
    const alice = decl.people.get('alice')!
    const who: Identity = {
      person: alice.id,
      name: alice.name,
      email: alice.email,
      account: declaredAccount(alice, 'aws')
    }
    const connectors = awsPlatform.instances(config).map(i => awsConnector(i))
    let started = performance.now()
    const plans = await Promise.all(
      connectors.map(async c => {
        const reader = c.reader(ctx)
        const found = await reader.discover(who, departure)
        if (found.status !== 'checked') throw new Error(`${reader.platform}: ${found.reason}`)
        return { writer: c.writer(ctx), found, steps: reader.planSteps(found, departure).steps }
      })
    )
    const discoverMs = performance.now() - started
    const discoverRequests = iam.requests.length
    iam.resetRecord()
    started = performance.now()
    const outcomes = await Promise.all(plans.map(p => runSteps(p.steps, s => p.writer.perform(s))))
    const performMs = performance.now() - started
    const failed = outcomes.flatMap(o => [...o.values()]).filter(o => o.result === 'failed')
    if (failed.length > 0) throw new Error(`accounts: ${failed.map(f => f.detail).join('; ')}`)
    const left = MEMBER_ACCOUNTS.filter(id => own.memberAccounts!.get(id)!.users.has('alice'))
    if (left.length > 0 || own.users.get('alice') === undefined)
      throw new Error(`accounts: the sandbox shows alice still in ${left.join(', ')}`)
    const depth = Math.max(...plans.map(p => planDepth(p.steps)))
    return {
      holdings: plans.reduce((n, p) => n + p.found.holdings.length, 0),
      steps: plans.reduce((n, p) => n + p.steps.length, 0),
      depth,
      discoverMs,
      discoverRequests,
      performMs,
      performRequests: iam.requests.length,
      boundMs: (1 + depth) * LATENCY_MS
    }
  } finally {
    await sandbox.close()
  }
}

/** Identity Center's departure of alice on a fresh simulator: its plan, and the simulator. */
async function ssoDeparture(decl: Declarations) {
  const sandbox = await startSandbox(decl, await scenarioFor(decl), {
    knobs: { 'aws-sso': { latencyMs: LATENCY_MS } }
  })
  const config = { ...decl.platforms.aws_sso!, retry: DEFAULT_RETRY_BUDGET }
  const ctx: ConnectorContext = {
    platforms: { ...decl.platforms, aws_sso: config },
    env: sandbox.env,
    maskSecret: () => {},
    log: () => {}
  }
  const connector = awsSsoConnector(config, { sleep: async () => {} })
  const alice = decl.people.get('alice')!
  const who: Identity = {
    person: alice.id,
    name: alice.name,
    email: alice.email,
    account: alice.accounts.aws_sso
  }
  const server = sandbox.servers['aws-sso']
  const started = performance.now()
  const found = await connector.reader(ctx).discover(who, departure)
  const discoverMs = performance.now() - started
  const discoverRequests = server.requests.length
  if (found.status !== 'checked') throw new Error(`Identity Center discover: ${found.reason}`)
  const { steps } = connector.reader(ctx).planSteps(found, departure)
  server.resetRecord()
  return {
    sandbox,
    server,
    writer: connector.writer(ctx),
    steps,
    found,
    discoverMs,
    discoverRequests
  }
}

/** The longest chain of `after` links, each step weighted by its round trips. */
function criticalPath(steps: Step[], roundTrips: Map<string, number>): number {
  const byId = new Map(steps.map(s => [s.id, s]))
  const cost = new Map<string, number>()
  const of = (s: Step): number =>
    cost.get(s.id) ??
    cost
      .set(s.id, roundTrips.get(s.id)! + Math.max(0, ...s.after.map(id => of(byId.get(id)!))))
      .get(s.id)!
  return Math.max(0, ...steps.map(of))
}

async function measureSso(decl: Declarations) {
  // Each step's round trips, one step at a time (the same plan on a simulator of its own).
  const calibration = await ssoDeparture(decl)
  const roundTrips = new Map<string, number>()
  try {
    // The plan lists each step after those it waits on.
    for (const step of calibration.steps) {
      if (step.after.some(id => !roundTrips.has(id)))
        throw new Error(`Identity Center ${step.id} comes before a step it waits on`)
      const before = calibration.server.requests.length
      const outcome = await calibration.writer.perform(step)
      if (outcome.result === 'failed')
        throw new Error(`Identity Center ${step.id}: ${outcome.detail}`)
      roundTrips.set(step.id, calibration.server.requests.length - before)
    }
  } finally {
    await calibration.sandbox.close()
  }
  const run = await ssoDeparture(decl)
  try {
    const started = performance.now()
    const outcomes = await runSteps(run.steps, s => run.writer.perform(s))
    const performMs = performance.now() - started
    const failed = [...outcomes.values()].filter(o => o.result === 'failed')
    if (failed.length > 0)
      throw new Error(`Identity Center: ${failed.map(f => f.detail).join('; ')}`)
    const state = run.sandbox.states.sso!
    const denied = [...state.permissionSets.values()].filter(ps =>
      ps.provisionedPolicy?.includes(run.found.account!.id)
    )
    const gone = ![...state.users.values()].some(u => u.userName === 'alice')
    if (!gone || denied.length !== run.steps.filter(s => s.action === 'deny_sessions').length)
      throw new Error('Identity Center: the simulator does not show alice gone and denied')
    const path = criticalPath(run.steps, roundTrips)
    return {
      holdings: run.found.holdings.length,
      steps: run.steps.length,
      depth: planDepth(run.steps),
      path,
      discoverMs: run.discoverMs,
      discoverRequests: run.discoverRequests,
      performMs,
      performRequests: run.server.requests.length,
      boundMs: path * LATENCY_MS
    }
  } finally {
    await run.sandbox.close()
  }
}

/** What each measurement reports. */
interface Measured {
  holdings: number
  steps: number
  depth: number
  discoverMs: number
  discoverRequests: number
  performMs: number
  performRequests: number
  boundMs: number
}

/** A warm-up run (the first also loads and compiles code), then RUNS measured ones. */
async function measured<T extends Measured>(run: () => Promise<T>): Promise<T[]> {
  await run()
  const runs: T[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await run())
  return runs
}

/** Prints one measurement's line; whether it met the goal. */
function report(label: string, runs: Measured[], bound: string): boolean {
  const r = runs[0]!
  const performMs = median(runs, x => x.performMs)
  const ratio = performMs / r.boundMs
  console.log(
    `  ${label} ${r.holdings} holdings, ${r.steps} steps, depth ${r.depth}: ` +
      `discover ${median(runs, x => x.discoverMs).toFixed(0)} ms (${r.discoverRequests} requests), ` +
      `perform ${performMs.toFixed(0)} ms (${r.performRequests} requests; ` +
      `min ${Math.min(...runs.map(x => x.performMs)).toFixed(0)}, max ${Math.max(...runs.map(x => x.performMs)).toFixed(0)}), ` +
      `bound ${bound} = ${r.boundMs} ms, ratio ${ratio.toFixed(2)} ` +
      `(goal <= ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'}); ` +
      `one request after another would take ${r.performRequests * LATENCY_MS} ms`
  )
  return ratio <= GOAL
}

async function main() {
  const { declarations, diagnostics } = await loadFromDirectory('access')
  if (diagnostics.length > 0) throw new Error('the example access tree does not validate')
  console.log(
    `aws-apply: departure of an IAM user holding every credential type, ${LATENCY_MS} ms per request, median of ${RUNS} runs`
  )
  let met = true
  for (const mode of ['delete', 'disable'] as const) {
    const runs = await measured(() => measure(declarations, mode))
    met = report(mode.padEnd(7), runs, `depth x ${LATENCY_MS} ms`) && met
  }
  const accounts = await measured(() => measureAccounts(declarations))
  met =
    report(
      `${MEMBER_ACCOUNTS.length} accounts at once, delete:`,
      accounts,
      `(AssumeRole + depth ${accounts[0]!.depth}) x ${LATENCY_MS} ms`
    ) && met
  const sso = await measured(() => measureSso(declarations))
  met =
    report(
      'Identity Center delete:',
      sso,
      `critical path of ${sso[0]!.path} round trips over depth ${sso[0]!.depth} x ${LATENCY_MS} ms`
    ) && met
  process.exitCode = met ? 0 : 1
}

main().catch((err: unknown) => {
  console.error(`aws-apply: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 2
})
