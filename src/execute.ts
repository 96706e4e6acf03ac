// Runs revocation steps as their dependency graph allows: every step whose predecessors are
// done starts at once, bounded per platform, so a plan takes about depth x round-trip time.
import type { Outcome, PlatformName, PlatformWriter, Result, Step } from './connectors/connector.js'
import { redact } from './log/redact.js'
import type { Plan } from './plan-types.js'
import { limiter } from './concurrency.js'

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
  /** Steps of one platform in flight at once (default 16): each platform's rate limits are
   *  its own, so one slow platform never holds back another. */
  perPlatform?: number | Partial<Record<PlatformName, number>>
  /** Called as each step finishes. */
  onOutcome?: (outcome: StepOutcome) => void
  now?: () => Date
}

// Wide enough for one departure's widest layer (an IAM user holding every credential type has a
// dozen independent first steps); the clients still wait out each platform's rate limits.
export const DEFAULT_PER_PLATFORM = 16

/** Where each platform's write credentials come from, for "no credentials" failures. */
const CREDENTIALS: Record<string, string> = {
  github: 'GITHUB_TOKEN (or the github-token input)',
  aws: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role)',
  slack: 'SLACK_TOKEN',
  scim: "the token variable the SCIM app's entry in platforms.yaml names"
}

export const noCredentials = (platform: PlatformName): string =>
  `no credentials for ${platform}: set ${CREDENTIALS[platform.split(':')[0]]} and rerun apply`

/** Every step of a plan, in plan order. */
export const planSteps = (plan: Plan): Step[] =>
  plan.people.flatMap(p => p.platforms.flatMap(s => s.steps))

/** Depth of a step graph: the longest chain of `after` links, counted in steps. With every
 *  independent step running at once, a plan takes about depth x round-trip time. */
export function planDepth(steps: Step[]): number {
  const byId = new Map(steps.map(s => [s.id, s]))
  const depth = new Map<string, number>()
  const of = (s: Step): number => {
    let d = depth.get(s.id)
    if (d === undefined) {
      d = 1 + Math.max(0, ...s.after.map(id => (byId.has(id) ? of(byId.get(id)!) : 0)))
      depth.set(s.id, d)
    }
    return d
  }
  checkGraph(steps)
  return Math.max(0, ...steps.map(of))
}

/** Refuses duplicate ids and cycles before anything runs: a cycle would wait forever. */
function checkGraph(steps: Step[]): void {
  const byId = new Map<string, Step>()
  for (const s of steps) {
    if (byId.has(s.id)) throw new Error(`plan has two steps with the id ${s.id}: re-plan`)
    byId.set(s.id, s)
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (s: Step, path: string[]): void => {
    if (state.get(s.id) === 'done') return
    if (state.get(s.id) === 'visiting')
      throw new Error(`plan steps wait on each other in a cycle: ${[...path, s.id].join(' -> ')}`)
    state.set(s.id, 'visiting')
    for (const id of s.after) {
      const before = byId.get(id)
      if (before) visit(before, [...path, s.id])
    }
    state.set(s.id, 'done')
  }
  for (const s of steps) visit(s, [])
}

const message = (err: unknown): string =>
  err instanceof Error ? err.message || err.name : String(err)

/**
 * Runs `steps` as their `after` links allow and returns their outcomes in the order given.
 * A step starts once every step it names in `after` has finished, whatever the result:
 * the connector's perform knows whether acting after a failure is safe, and a step that
 * cannot succeed (an IAM user whose keys are still there) fails on its own and says why,
 * which is more useful in the log than a generic "not run". `after` ids that are not among
 * `steps` count as done: a rerun's plan no longer holds what is already gone.
 * `manual` steps are recorded as skipped; a perform that throws is a failed step.
 */
async function runGraph(
  steps: Step[],
  perform: (step: Step) => Promise<Outcome>,
  options: RunOptions = {}
): Promise<StepOutcome[]> {
  checkGraph(steps)
  const now = options.now ?? (() => new Date())
  const bound = (p: PlatformName): number => {
    const n = options.perPlatform
    const size = typeof n === 'number' ? n : (n?.[p] ?? DEFAULT_PER_PLATFORM)
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

  const attempt = async (step: Step): Promise<StepOutcome> => {
    const startedAt = now().toISOString()
    let outcome: Outcome
    if (step.mode === 'manual')
      outcome = { result: 'skipped', detail: `needs a human: ${step.reason}` }
    else {
      try {
        outcome = await perform(step)
      } catch (err) {
        outcome = {
          result: 'failed',
          detail: `${step.platform}: ${step.action} ${step.target}: ${message(err)}`
        }
      }
    }
    // Connectors keep secrets out of details; error messages from elsewhere may not.
    const detail = redact(outcome.detail)
    const done = {
      step,
      result: outcome.result,
      detail,
      startedAt,
      finishedAt: now().toISOString()
    }
    options.onOutcome?.(done)
    return done
  }

  const byId = new Map(steps.map(s => [s.id, s]))
  const running = new Map<string, Promise<StepOutcome>>()
  const start = (s: Step): Promise<StepOutcome> => {
    let p = running.get(s.id)
    if (!p) {
      const before = s.after.flatMap(id => (byId.has(id) ? [start(byId.get(id)!)] : []))
      p = Promise.all(before).then(() =>
        s.mode === 'manual' ? attempt(s) : limit(s.platform)(() => attempt(s))
      )
      running.set(s.id, p)
    }
    return p
  }
  return Promise.all(steps.map(start))
}

/** Runs steps with one perform function; outcomes by step id. Unbounded unless told: a
 *  connector running its own few follow-up steps inside one perform. */
export async function runSteps(
  steps: Step[],
  perform: (step: Step) => Promise<Outcome>,
  options: RunOptions = {}
): Promise<Map<string, Outcome>> {
  const outcomes = await runGraph(steps, perform, { perPlatform: Infinity, ...options })
  return new Map(outcomes.map(o => [o.step.id, { result: o.result, detail: o.detail }]))
}

/** Runs a plan's steps with each platform's writer. A platform without a writer (no
 *  credentials) fails its steps, and nothing else stops: every outcome is logged. */
export async function execute(
  plan: Plan,
  writers: ReadonlyMap<PlatformName, PlatformWriter>,
  options: RunOptions = {}
): Promise<Execution> {
  if (plan.refused)
    throw new Error(`the change was refused (${plan.refused.guard}): nothing is revoked`)
  if (plan.declaredOnly)
    throw new Error(
      'this plan was made without credentials (declarations only): plan again with credentials before applying'
    )
  const now = options.now ?? (() => new Date())
  const startedAt = now().toISOString()
  const outcomes = await runGraph(
    planSteps(plan),
    async step => {
      const writer = writers.get(step.platform)
      if (!writer) return { result: 'failed', detail: noCredentials(step.platform) }
      if (writer.unavailable)
        return { result: 'failed', detail: `${step.platform}: ${writer.unavailable}` }
      return writer.perform(step)
    },
    { ...options, now }
  )
  const counts: Record<Result, number> = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 }
  for (const o of outcomes) counts[o.result]++
  return { outcomes, counts, startedAt, finishedAt: now().toISOString() }
}

/** One progress line: person, platform, action, target, result and detail. */
export const progressLine = (o: StepOutcome): string => outcomeLine({ ...o.step, ...o })

/** One line for any outcome worth showing, a step's or a check's (the log's fields). */
export const outcomeLine = (o: {
  person: string
  platform: string
  action: string
  target: string
  result: string
  detail: string
}): string =>
  [o.person, o.platform, o.action, o.target, o.result, o.detail].filter(x => x !== '').join('  ')
