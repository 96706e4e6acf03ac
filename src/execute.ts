// Runs revocation steps as their dependency graph allows: every step whose predecessors are
// done starts at once, bounded per platform, so a plan takes about depth x round-trip time.
import type { Outcome, PlatformName, PlatformWriter, Result, Step } from './connectors/connector.js'
import { descriptorOf } from './connectors/registry.js'
import { redact } from './log/redact.js'
import type { Plan } from './plan-types.js'
import { limiter } from './concurrency.js'
import { attempt, checkGraph, containmentGates, inOrder, message } from './graph.js'

/** What happened to one step, and when. */
export interface StepOutcome extends Outcome {
  step: Step
  /** ISO times around the perform call. */
  startedAt: string
  finishedAt: string
}

export interface Execution {
  /** In plan order: people, their platform sections, the sections' steps. */
  outcomes: StepOutcome[]
  counts: Record<Result, number>
  startedAt: string
  finishedAt: string
}

export interface RunOptions {
  /** Steps of one platform in flight at once (default: its descriptor's concurrency, or 16):
   *  each platform's rate limits are its own, so one slow platform never holds back another. */
  perPlatform?: number | Partial<Record<PlatformName, number>>
  /** Called as each step finishes; the steps after it start once it resolves. */
  onOutcome?: (outcome: StepOutcome) => unknown
  now?: () => Date
}

export interface ExecuteOptions extends RunOptions {
  /** Called before a step's write is sent; the write is sent once it resolves, and not at
   *  all when it rejects (the step fails, "not attempted"). The log's `started` record. */
  beforeWrite?: (step: Step) => Promise<unknown>
}

// Wide enough for one departure's widest layer (an IAM user holding every credential type has a
// dozen independent first steps); the clients still wait out each platform's rate limits.
export const DEFAULT_PER_PLATFORM = 16

/** A step no writer was opened for: where its platform's write credentials come from. */
export const noCredentials = (platform: PlatformName): string =>
  `no credentials for ${platform}: set ${descriptorOf(platform).credentials} and rerun apply`

/** Every step of a plan, in plan order. */
export const planSteps = (plan: Plan): Step[] =>
  plan.people.flatMap(p => p.platforms.flatMap(s => s.steps))

/**
 * Runs `steps` as their `after` links allow (graph.ts), each platform's at most `perPlatform`
 * at once, and returns their outcomes in the order given, timed and with secrets redacted.
 * On each platform, its containment (Step.contain, and what it waits on) ends before its
 * clean-up starts. `manual` steps are recorded as skipped; a perform that throws is a failed
 * step. Steps `unbounded` names (and manual ones) take no slot.
 */
async function runGraph(
  steps: Step[],
  perform: (step: Step) => Promise<Outcome>,
  options: RunOptions & { unbounded?: (step: Step) => boolean } = {}
): Promise<StepOutcome[]> {
  checkGraph(steps)
  const now = options.now ?? (() => new Date())
  const bound = (p: PlatformName): number => {
    const n = options.perPlatform
    const size =
      typeof n === 'number' ? n : (n?.[p] ?? descriptorOf(p).concurrency ?? DEFAULT_PER_PLATFORM)
    if (!(Number.isInteger(size) || size === Infinity) || size < 1)
      throw new Error(`concurrency for ${p} must be a positive whole number, got ${size}`)
    return size
  }
  const limits = new Map<PlatformName, ReturnType<typeof limiter>>()
  const limit = (p: PlatformName) => {
    if (!limits.has(p)) limits.set(p, limiter(bound(p)))
    return limits.get(p)!
  }
  // A wrong bound fails here, before anything runs.
  steps.forEach(s => limit(s.platform))

  const gates = containmentGates(steps)
  // Once an outcome could not be recorded (the log could not be written), nothing more starts:
  // the run stops half-way, with what it did on record.
  let stopped: unknown
  const timed = async (step: Step): Promise<StepOutcome> => {
    if (stopped) throw stopped
    const startedAt = now().toISOString()
    const outcome = await attempt(step, perform)
    // Connectors keep secrets out of details; error messages from elsewhere may not.
    const detail = redact(outcome.detail)
    const done = {
      step,
      result: outcome.result,
      detail,
      startedAt,
      finishedAt: now().toISOString()
    }
    try {
      await options.onOutcome?.(done)
    } catch (err) {
      stopped ??= err
      throw err
    }
    gates.ended(step)
    return done
  }
  const unbounded = (s: Step) => s.mode === 'manual' || options.unbounded?.(s) === true
  const run = (s: Step) => (unbounded(s) ? timed(s) : limit(s.platform)(() => timed(s)))
  return inOrder(steps, s => {
    const contained = gates.wait(s)
    return contained ? contained.then(() => run(s)) : run(s)
  })
}

/** Runs a plan's steps with each platform's writer. A platform without a writer (no
 *  credentials) fails its steps, and nothing else stops: every outcome is logged. */
export async function execute(
  plan: Plan,
  writers: ReadonlyMap<PlatformName, PlatformWriter>,
  options: ExecuteOptions = {}
): Promise<Execution> {
  if (plan.refused)
    throw new Error(`the change was refused (${plan.refused.guard}): nothing is revoked`)
  if (plan.declaredOnly)
    throw new Error(
      'this plan was made without credentials (declarations only): plan again with credentials before applying'
    )
  const now = options.now ?? (() => new Date())
  const startedAt = now().toISOString()
  const steps = planSteps(plan)
  checkGraph(steps)
  const perform = async (step: Step): Promise<Outcome> => {
    const writer = writers.get(step.platform)
    if (!writer) return { result: 'failed', detail: noCredentials(step.platform) }
    if (writer.unavailable)
      return { result: 'failed', detail: `${step.platform}: ${writer.unavailable}` }
    try {
      await options.beforeWrite?.(step)
    } catch (err) {
      return { result: 'failed', detail: `not attempted: ${message(err)}` }
    }
    return writer.perform(step)
  }
  const unbounded = (s: Step) => writers.get(s.platform)?.gathers?.(s) === true
  const outcomes = await runGraph(steps, perform, { ...options, now, unbounded })
  const counts: Record<Result, number> = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 }
  for (const o of outcomes) counts[o.result]++
  return { outcomes, counts, startedAt, finishedAt: now().toISOString() }
}
