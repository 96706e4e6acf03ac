// Benchmark: how long apply takes when one platform stops answering properly. One departure
// (alice, every credential type) on the sandbox, with one server answering every request with
// a server error, dropping every connection, or never answering, while the others work. The
// retry budget of each client (policy.retry in platforms.yaml) bounds the time a failing
// platform can hold apply up (per call: apply discovers, then verifies, one after the other);
// this prints, per server and fault, the wall time until apply ended and how many records
// failed, or that it was still running when the cap was reached.
//
//   npm run bench -- stall [cap seconds, default 300] [server, default all]
import { applyChange } from '../src/apply.js'
import { DEFAULT_RETRY_BUDGET } from '../src/connectors/shared/retry-budget.js'
import type { Revision } from '../src/engine.js'
import type { Declarations } from '../src/declarations/types.js'
import { startSandbox, type SandboxOptions } from '../src/sandbox/index.js'
import { loadSandboxInputs } from '../src/sandbox/inputs.js'

const CAP_S = Number(process.argv[2] ?? 300)
const ONLY = process.argv[3]
const SERVERS = ['github', 'aws-iam', 'slack', 'scim:jira']
const BUDGET = DEFAULT_RETRY_BUDGET
/** Knobs of the failing server; "hang" answers after ten minutes, later than any cap. */
const FAULTS: Record<string, NonNullable<SandboxOptions['knobs']>[string]> = {
  '500': { serverErrorRate: 1 },
  drop: { dropRate: 1 },
  hang: { latencyMs: 600_000 }
}

/** Base with the retry budget set (so that the figures never depend on the defaults). */
function withBudget(decl: Declarations): Declarations {
  return {
    ...decl,
    platforms: { ...decl.platforms, policy: { ...decl.platforms.policy, retry: BUDGET } }
  }
}

function departed(base: Declarations): Declarations {
  const people = new Map(base.people)
  people.set('alice', { ...people.get('alice')!, status: 'departed', departed_on: '2026-11-25' })
  return { ...base, people }
}

async function measure(base: Revision, head: Revision, server: string, fault: string) {
  const inputs = await loadSandboxInputs('access', process.cwd())
  if (!inputs.ok) throw new Error(inputs.message)
  const sandbox = await startSandbox(base.declarations, inputs.scenario, {
    knobs: { [server]: FAULTS[fault] }
  })
  const started = performance.now()
  let cap: NodeJS.Timeout | undefined
  try {
    const applied = applyChange(
      base,
      head,
      { env: { ...sandbox.env }, maskSecret: () => {}, log: () => {} },
      { change: { base: 'b', head: 'h', pr: null, approvers: [] }, actor: 'bench' }
    )
    const capped = new Promise<undefined>(
      done => (cap = setTimeout(() => done(undefined), CAP_S * 1000))
    )
    const result = await Promise.race([applied, capped])
    const seconds = (performance.now() - started) / 1000
    return result
      ? `${seconds.toFixed(1)} s, ${result.failed} failed`
      : `still running after ${CAP_S} s`
  } finally {
    clearTimeout(cap)
    await sandbox.close()
  }
}

async function main() {
  const inputs = await loadSandboxInputs('access', process.cwd())
  if (!inputs.ok) throw new Error(inputs.message)
  const base: Revision = { label: 'base', declarations: withBudget(inputs.declarations) }
  const head: Revision = { label: 'head', declarations: departed(base.declarations) }
  console.log(
    `stall: apply of one departure with one server failing (retry budget ${BUDGET.retries} retries / ${BUDGET.seconds} s, ${BUDGET.attempt_seconds} s per attempt; cap ${CAP_S} s)`
  )
  for (const server of SERVERS.filter(s => !ONLY || s === ONLY))
    for (const fault of Object.keys(FAULTS))
      console.log(
        `  ${server.padEnd(10)} ${fault.padEnd(5)} ${await measure(base, head, server, fault)}`
      )
  // A capped apply is still waiting on timers: end here.
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(`stall: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(2)
})
