// Benchmark: offboard's apply on the whole sandbox (every platform the example tree
// configures) with LATENCY_MS added to every request and GitHub's write pacing on (one write a
// second per token, as GitHub asks), for 1, 5 and 20 departures in one change. The departing
// people are copies of alice, who holds every credential type in the bundled scenario; the
// bench's own tree raises the policy's departure limits to fit. Each run is one applyChange on
// fresh sandboxes, as the action runs it. The sandbox serves from a child process of its own,
// as real platforms answer from elsewhere: its simulators' work is not apply's. Reports:
//   - discovery: from the start of apply to the first write (the read-only plan apply starts
//     with), and its requests per departure;
//   - time to contain, per platform and overall: from the start of apply until the last
//     containment step (Step.contain: sign-in blocked, sessions ended, the membership gone)
//     has finished. Its bound is discovery plus, per platform, one round trip per request on
//     its containment's critical path, plus GitHub's pacing between its containment writes;
//   - time to complete: the whole apply, verification included; GitHub's writes, and for a
//     GitHub-bound run the bound of one second per GitHub write;
//   - execution with the pacing off, to compare 5 and 20 departures (shared work);
// then every size's medians side by side.
// Goals (the compass, not a test): time to contain within 1.5x its bound at every size; time
// to complete within 1.2x of GitHub writes x 1 s for GitHub-bound runs; unpaced execution for
// 20 departures within 1.5x of 5 departures'. min / median / max over RUNS runs (at least 3),
// after one warm-up.
//
//   npm run bench -- apply [latency ms, default 50] [runs, default 3] [sizes, default 1,5,20]
import { applyChange } from '../src/apply.js'
import type { PlatformName, Step } from '../src/connectors/connector.js'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'
import type { Declarations, Person } from '../src/declarations/types.js'
import type { ConnectorEnvironment, Revision } from '../src/engine.js'
import type { Execution } from '../src/execute.js'
import { containmentFirst, planDepth } from '../src/graph.js'
import { startSandbox } from '../src/sandbox/index.js'
import { loadSandboxInputs } from '../src/sandbox/inputs.js'
import type { Scenario } from '../src/sandbox/scenario.js'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { message } from './child.js'

const LATENCY_MS = Number(process.argv[2] ?? 50)
const RUNS = Math.max(3, Number(process.argv[3] ?? 3))
const SIZES = (process.argv[4] ?? '1,5,20').split(',').map(Number)
const GOALS = { contain: 1.5, complete: 1.2, shared: 1.5 }
/** GitHub's pacing: one write of a token per second. */
const PACE_MS = 1000
/** The REST requests a GitHub App installation's token may make an hour (its lowest rate). */
const GITHUB_HOURLY = 5000
const TEMPLATE = 'alice'
const CHANGE = { base: 'b', head: 'h', pr: null, approvers: [] }
/** Requests on a containment step's critical path beyond its one write. */
function extraRequests(step: Step): number {
  // Identity Center: the set's inline policy read, written, provisioned, the provisioning's
  // status read, and the policy read back (AWS's own wait before the status read is not a
  // request, and is not in the bound).
  if (step.action === 'deny_sessions') return 4
  // GitHub recounts the owners before an owner's removal; a member's is sent at once.
  if (step.action === 'remove_org_membership' && step.params.role !== 'member') return 1
  return 0
}

/** The n-th copy of the template person: every account renamed the same way. */
function copyOf(person: Person, n: number): Person {
  if (n === 1) return person
  const text = JSON.stringify(person)
    .replace(/U0ALICE01/g, `U0ALICE${String(n).padStart(2, '0')}`)
    .replace(/alice/g, `alice${n}`)
  return JSON.parse(text) as Person
}

/** Base with `n` copies of the template, head with all of them departed today. */
function trees(inputs: { declarations: Declarations; scenario: Scenario }, n: number) {
  const template = inputs.declarations.people.get(TEMPLATE)!
  const copies = Array.from({ length: n }, (_, i) => copyOf(template, i + 1))
  const people = new Map(inputs.declarations.people)
  for (const p of copies) people.set(p.id, p)
  const declarations: Declarations = {
    ...inputs.declarations,
    people,
    platforms: {
      ...inputs.declarations.platforms,
      policy: {
        ...inputs.declarations.platforms.policy,
        max_departures_per_change: n,
        max_departure_ratio: 1,
        // Set here, so that the figures never depend on the defaults.
        retry: DEFAULT_RETRY_BUDGET
      }
    }
  }
  const today = new Date().toISOString().slice(0, 10)
  const departed = new Map(people)
  for (const p of copies) departed.set(p.id, { ...p, status: 'departed', departed_on: today })
  const holds = inputs.scenario.people![TEMPLATE]!
  const scenario: Scenario = {
    ...inputs.scenario,
    people: {
      ...inputs.scenario.people,
      ...Object.fromEntries(copies.map(p => [p.id, structuredClone(holds)]))
    }
  }
  return {
    base: { label: 'base', declarations } satisfies Revision,
    head: { label: 'head', declarations: { ...declarations, people: departed } } satisfies Revision,
    scenario
  }
}

const connectorEnv = (
  sandboxEnv: Record<string, string>,
  paced: boolean
): ConnectorEnvironment => ({
  env: {
    ...sandboxEnv,
    AWS_EC2_METADATA_DISABLED: 'true',
    OFFBOARD_GITHUB_PACE_WRITES: paced ? 'true' : 'false'
  },
  maskSecret: () => {},
  log: () => {}
})

const at = (iso: string) => Date.parse(iso)

/** Fails the run unless every step revoked (or found its target gone, or needs a human) and
 *  every platform verified. */
function check(what: string, applied: Awaited<ReturnType<typeof applyChange>>): Execution {
  const { plan, execution } = applied
  if (plan.refused) throw new Error(`${what}: the change was refused (${plan.refused.guard})`)
  if (!execution) throw new Error(`${what}: nothing was executed`)
  const failed = execution.outcomes.filter(o => o.result === 'failed')
  if (failed.length > 0)
    throw new Error(
      `${what}: ${failed.length} steps failed: ${failed.map(f => `${f.step.platform} ${f.step.action}: ${f.detail}`).join('; ')}`
    )
  const unverified = applied.verify.filter(v => v.result !== 'verified')
  if (unverified.length > 0)
    throw new Error(
      `${what}: not verified: ${unverified.map(v => `${v.person} ${v.platform}: ${v.detail}`).join('; ')}`
    )
  return execution
}

interface Contained {
  doneMs: number
  boundMs: number
  steps: number
}

interface Run {
  discoverMs: number
  discoverRequests: number
  containMs: number
  containBoundMs: number
  platforms: Map<PlatformName, Contained>
  executeMs: number
  completeMs: number
  githubWrites: number
  githubRequests: number
  githubContainWrites: number
}

/** Per platform: when its last containment step finished (from the start of apply), and its
 *  bound: discovery, one round trip per request on the critical path of its containment, and
 *  for GitHub the pacing between its containment writes. */
function containment(outcomes: Execution['outcomes'], startMs: number, discoverMs: number) {
  const first = new Set(containmentFirst(outcomes.map(o => o.step)).first)
  const byPlatform = new Map<PlatformName, Contained>()
  for (const platform of new Set(outcomes.filter(o => o.step.contain).map(o => o.step.platform))) {
    const own = outcomes.filter(o => o.step.platform === platform && first.has(o.step))
    const steps: Step[] = own.map(o => o.step)
    const requests = planDepth(steps) + Math.max(0, ...steps.map(extraRequests))
    const paced =
      platform === 'github' ? Math.max(0, own.filter(o => o.step.mode === 'auto').length - 1) : 0
    byPlatform.set(platform, {
      doneMs: Math.max(...own.map(o => at(o.finishedAt))) - startMs,
      boundMs: discoverMs + requests * LATENCY_MS + paced * PACE_MS,
      steps: own.length
    })
  }
  return byPlatform
}

/** What the sandbox's child saw in one run. */
interface Counts {
  githubWrites: number
  githubRequests: number
  requests: number
  writes: number
}

/** The child: serves a fresh sandbox for `n` departures, sends its environment, and when told
 *  reports the requests it saw, closes and ends. */
async function serve(n: number): Promise<void> {
  const { base, scenario } = trees(await inputs(), n)
  const sandbox = await startSandbox(base.declarations, scenario, { latencyMs: LATENCY_MS })
  process.send!(sandbox.env)
  process.once('message', async () => {
    const servers = Object.values(sandbox.servers)
    const github = sandbox.servers.github
    const counts: Counts = {
      githubWrites: github ? github.writes().length : 0,
      githubRequests: github ? github.requests.length : 0,
      requests: servers.reduce((k, s) => k + s.requests.length, 0),
      writes: servers.reduce((k, s) => k + s.writes().length, 0)
    }
    await sandbox.close()
    process.send!(counts, () => process.exit(0))
  })
}

async function inputs() {
  const loaded = await loadSandboxInputs('access', process.cwd())
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded
}

async function measure(
  n: number,
  paced: boolean,
  inputs: Parameters<typeof trees>[0]
): Promise<Run> {
  const { base, head } = trees(inputs, n)
  // This very module, bundled or not, serves the sandbox in the child.
  const child = fork(
    fileURLToPath(import.meta.url),
    [...process.argv.slice(2, 5), '--serve', String(n)],
    {
      stdio: 'inherit'
    }
  )
  const sandboxEnv = await message<Record<string, string>>(child)
  try {
    const started = performance.now()
    const startMs = Date.now()
    const applied = await applyChange(base, head, connectorEnv(sandboxEnv, paced), {
      change: CHANGE,
      actor: 'bench'
    })
    const completeMs = performance.now() - started
    const execution = check(`${n} departures`, applied)
    const discoverMs = at(execution.startedAt) - startMs
    const platforms = containment(execution.outcomes, startMs, discoverMs)
    child.send('counts')
    const { githubWrites, githubRequests, requests: all, writes } = await message<Counts>(child)
    const contained = [...platforms.values()]
    return {
      discoverMs,
      // Apply discovers twice (the plan, then the verification): half the reads are the plan's.
      discoverRequests: (all - writes) / 2 / n,
      containMs: Math.max(...contained.map(p => p.doneMs)),
      containBoundMs: Math.max(...contained.map(p => p.boundMs)),
      platforms,
      executeMs: at(execution.finishedAt) - at(execution.startedAt),
      completeMs,
      githubWrites,
      githubRequests,
      githubContainWrites: execution.outcomes.filter(
        o => o.step.platform === 'github' && o.step.contain && o.step.mode === 'auto'
      ).length
    }
  } finally {
    child.kill()
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const spread = (xs: number[], unit = 'ms') => {
  const s = sorted(xs)
  const f = (x: number) => (unit === 'ms' ? `${(x / 1000).toFixed(2)} s` : x.toFixed(1))
  return `${f(s[0]!)} / ${f(s[Math.floor(s.length / 2)]!)} / ${f(s[s.length - 1]!)}`
}
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!
const verdict = (ratio: number, goal: number) =>
  `${ratio.toFixed(2)}x (goal <= ${goal}: ${ratio <= goal ? 'met' : 'NOT met'})`

async function main() {
  const loaded = await inputs()
  console.log(
    `apply: 1 to ${Math.max(...SIZES)} departures (copies of ${TEMPLATE}: every credential type) on the sandbox, ${LATENCY_MS} ms per request, GitHub writes paced ${PACE_MS} ms apart; min / median / max of ${RUNS} runs after one warm-up`
  )
  await measure(1, false, loaded) // warm-up: the first run also loads code
  let met = true
  const unpaced = new Map<number, number>()
  // Each size's medians, for the table side by side at the end.
  const columns: Record<string, string>[] = []
  for (const n of SIZES) {
    const runs: Run[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await measure(n, true, loaded))
    const bare: number[] = []
    for (let i = 0; i < RUNS; i++) bare.push((await measure(n, false, loaded)).executeMs)
    unpaced.set(n, median(bare))
    const pick = (f: (r: Run) => number) => runs.map(f)
    const r = runs[0]!
    const contain = median(pick(x => x.containMs)) / median(pick(x => x.containBoundMs))
    const complete = median(pick(x => x.completeMs)) / (r.githubWrites * PACE_MS)
    met &&= contain <= GOALS.contain && complete <= GOALS.complete
    const sec = (f: (r: Run) => number) => `${(median(pick(f)) / 1000).toFixed(2)} s`
    columns.push({
      discovery: sec(x => x.discoverMs),
      'time to contain': sec(x => x.containMs),
      'its bound': sec(x => x.containBoundMs),
      'contain / bound': `${contain.toFixed(2)}x`,
      'time to complete': sec(x => x.completeMs),
      'GitHub writes': String(r.githubWrites),
      'complete / (writes x 1 s)': `${complete.toFixed(2)}x`,
      'GitHub requests': `${r.githubRequests} (${((100 * r.githubRequests) / GITHUB_HOURLY).toFixed(1)}%/h)`,
      'execution, pacing off': `${(median(bare) / 1000).toFixed(2)} s`
    })
    console.log(`\n${n} departure${n === 1 ? '' : 's'}`)
    console.log(
      `  discovery:        ${spread(pick(x => x.discoverMs))}, ${r.discoverRequests.toFixed(0)} requests per departure`
    )
    console.log(
      `  time to contain:  ${spread(pick(x => x.containMs))} (bound ${spread(pick(x => x.containBoundMs))}): ${verdict(contain, GOALS.contain)}`
    )
    for (const [platform, p] of r.platforms) {
      const done = pick(x => x.platforms.get(platform)!.doneMs)
      const bound = median(pick(x => x.platforms.get(platform)!.boundMs))
      console.log(
        `    ${platform.padEnd(9)} ${String(p.steps).padStart(3)} steps, contained at ${spread(done)} (bound ${(bound / 1000).toFixed(2)} s, ${(median(done) / bound).toFixed(2)}x)`
      )
    }
    console.log(
      `  time to complete: ${spread(pick(x => x.completeMs))} (execution ${spread(pick(x => x.executeMs))}); GitHub writes ${r.githubWrites} (${r.githubContainWrites} to contain), ${(r.githubWrites / n).toFixed(1)} per departure; / (writes x 1 s): ${verdict(complete, GOALS.complete)}`
    )
    console.log(
      `  GitHub requests:  ${r.githubRequests} (discovery, writes and verification), ${(r.githubRequests / n).toFixed(0)} per departure: ${((100 * r.githubRequests) / GITHUB_HOURLY).toFixed(1)}% of a token's ${GITHUB_HOURLY} an hour`
    )
    console.log(`  execution, pacing off: ${spread(bare)}`)
  }
  const rows = Object.keys(columns[0] ?? {})
  const width = Math.max(...rows.map(k => k.length))
  console.log(
    `\nmedians side by side\n  ${''.padEnd(width)}${SIZES.map(n => String(n).padStart(16)).join('')}`
  )
  for (const row of rows)
    console.log(`  ${row.padEnd(width)}${columns.map(c => c[row]!.padStart(16)).join('')}`)
  if (unpaced.has(5) && unpaced.has(20)) {
    const shared = unpaced.get(20)! / unpaced.get(5)!
    met &&= shared <= GOALS.shared
    console.log(`\nexecution, pacing off, 20 departures / 5: ${verdict(shared, GOALS.shared)}`)
  }
  process.exitCode = met ? 0 : 1
}

// No top-level await: the bench runner bundles this file with ncc.
const serving = process.argv.indexOf('--serve')
;(serving > 0 ? serve(Number(process.argv[serving + 1])) : main()).catch((err: unknown) => {
  console.error(`apply: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 2
})
