// Benchmark: what writing the revocation log as it happens costs. Each record is written and
// flushed (fdatasync) before the run goes on; records appended while a flush is under way go
// together in the next one. Measures, in a temporary folder on the disk the system puts
// temporary files on:
//   - the appender alone: records appended one after the other (one flush each), and all at
//     once (as many flushes as it takes);
//   - apply of a departure on the sandbox (PEOPLE: about 40 steps, LATENCY_MS per request)
//     without a log, and with the log written as it happens (a started record before each
//     write, its outcome after it): the difference is the log's cost.
// Medians of RUNS runs after one warm-up.
//
//   npm run bench -- log [latency ms, default 50] [runs, default 5]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyChange } from '../src/apply.js'
import type { Declarations } from '../src/declarations/types.js'
import type { Revision } from '../src/engine.js'
import { planSteps } from '../src/execute.js'
import type { Entry } from '../src/log/record.js'
import { openLog } from '../src/log/store.js'
import { startSandbox } from '../src/sandbox/index.js'
import { loadSandboxInputs } from '../src/sandbox/inputs.js'
import type { Scenario } from '../src/sandbox/scenario.js'

const LATENCY_MS = Number(process.argv[2] ?? 50)
const RUNS = Number(process.argv[3] ?? 5)
const RECORDS = 200
const PEOPLE = ['alice', 'carol', 'dave']
const CHANGE = { base: 'b', head: 'h', pr: null, approvers: [] }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number) => `${x.toFixed(1)} ms`

const entry = (i: number): Entry => ({
  at: new Date().toISOString(),
  person: 'alice',
  change: CHANGE,
  actor: 'bench',
  platform: 'aws',
  action: 'delete_access_key',
  target: `alice/AKIA...${String(i).padStart(4, '0')}`,
  result: 'revoked',
  detail: ''
})

async function inFolder<T>(run: (cwd: string) => Promise<T>): Promise<T> {
  const cwd = mkdtempSync(join(tmpdir(), 'offboard-bench-log-'))
  try {
    return await run(cwd)
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

/** Milliseconds to append RECORDS records one after the other, and all at once. */
async function appender(): Promise<{ oneByOne: number; atOnce: number }> {
  const oneByOne = await inFolder(async cwd => {
    const log = await openLog('access', cwd)
    const began = performance.now()
    for (let i = 0; i < RECORDS; i++) await log.append(entry(i))
    const took = performance.now() - began
    await log.close()
    return took
  })
  const atOnce = await inFolder(async cwd => {
    const log = await openLog('access', cwd)
    const began = performance.now()
    await Promise.all(Array.from({ length: RECORDS }, (_, i) => log.append(entry(i))))
    const took = performance.now() - began
    await log.close()
    return took
  })
  return { oneByOne, atOnce }
}

function departed(base: Declarations): Declarations {
  const people = new Map(base.people)
  for (const id of PEOPLE) {
    const person = base.people.get(id)
    if (!person) throw new Error(`the example access tree has no ${id}`)
    people.set(id, { ...person, status: 'departed', departed_on: '2026-11-25' })
  }
  return { ...base, people }
}

/** One apply on a fresh sandbox, with or without the log: its time, steps and records. */
async function apply(base: Revision, head: Revision, scenario: Scenario, logged: boolean) {
  const sandbox = await startSandbox(base.declarations, scenario, { latencyMs: LATENCY_MS })
  try {
    const env = {
      env: { ...sandbox.env, AWS_EC2_METADATA_DISABLED: 'true' },
      maskSecret: () => {},
      log: () => {}
    }
    return await inFolder(async cwd => {
      const log = logged ? await openLog('access', cwd) : undefined
      const began = performance.now()
      const applied = await applyChange(base, head, env, {
        change: CHANGE,
        actor: 'bench',
        onRecord: log && (e => log.append(e))
      })
      const took = performance.now() - began
      await log?.close()
      if (applied.plan.refused) throw new Error(applied.plan.refused.message)
      if (applied.failed > 0) throw new Error(`apply: ${applied.failed} failed`)
      return { took, steps: planSteps(applied.plan).length, records: log?.records.length ?? 0 }
    })
  } finally {
    await sandbox.close()
  }
}

async function main() {
  const inputs = await loadSandboxInputs('access', process.cwd())
  if (!inputs.ok) throw new Error(inputs.message)
  // Three of the example's people leave in one change: above its policy's 20%.
  const { platforms } = inputs.declarations
  const declarations = {
    ...inputs.declarations,
    platforms: { ...platforms, policy: { ...platforms.policy, max_departure_ratio: 0.5 } }
  }
  const base: Revision = { label: 'base', declarations }
  const head: Revision = { label: 'head', declarations: departed(declarations) }

  console.log(`log: written as it happens, each record flushed; median of ${RUNS} runs`)
  await appender()
  const alone = []
  for (let i = 0; i < RUNS; i++) alone.push(await appender())
  const one = median(alone.map(a => a.oneByOne))
  const all = median(alone.map(a => a.atOnce))
  console.log(
    `  appender, ${RECORDS} records one after the other: ${ms(one)} (${ms(one / RECORDS)} per record, one flush each)`
  )
  console.log(
    `  appender, ${RECORDS} records at once:           ${ms(all)} (${ms(all / RECORDS)} per record)`
  )

  await apply(base, head, inputs.scenario, true)
  const plain: number[] = []
  const logged: number[] = []
  let shape = { steps: 0, records: 0 }
  for (let i = 0; i < RUNS; i++) {
    plain.push((await apply(base, head, inputs.scenario, false)).took)
    const r = await apply(base, head, inputs.scenario, true)
    logged.push(r.took)
    shape = r
  }
  const cost = median(logged) - median(plain)
  console.log(
    `  apply of ${PEOPLE.join(' and ')} (${shape.steps} steps, ${shape.records} records), ${LATENCY_MS} ms per request:`
  )
  console.log(`    without a log: ${ms(median(plain))}`)
  console.log(
    `    with the log:  ${ms(median(logged))} (${cost >= 0 ? '+' : ''}${ms(cost)}, ${ms(cost / shape.records)} per record; runs vary by more)`
  )
}

main().catch((err: unknown) => {
  console.error(`log: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 1
})
