// Steps as a dependency graph: the checks a plan's graph must pass before anything runs, its
// depth, and running steps as their `after` links allow. Below both the executor (which runs
// a whole plan, bounded per platform, and logs every outcome) and the connectors (AWS runs its
// own few follow-up steps inside one perform), so that neither imports the other.
import type { Outcome, PlatformName, Step } from './connectors/connector.js'

const NEEDS_A_HUMAN = 'needs a human: '

/** The outcome detail of a manual step: skipped, waiting for a human. */
export const needsAHuman = (step: Step): string => `${NEEDS_A_HUMAN}${step.reason}`

/** A record or outcome of a manual step left to a human (the apply summary lists them, the
 *  audit reads them back from the log). */
export const isWaiting = (e: { result: string; detail: string }): boolean =>
  e.result === 'skipped' && e.detail.startsWith(NEEDS_A_HUMAN)

/** An error's own words, for an outcome's detail. */
export const message = (err: unknown): string =>
  err instanceof Error ? err.message || err.name : String(err)

/** What running one step gave: skipped when it is manual, failed when perform throws. */
export async function attempt(
  step: Step,
  perform: (step: Step) => Promise<Outcome>
): Promise<Outcome> {
  if (step.mode === 'manual') return { result: 'skipped', detail: needsAHuman(step) }
  try {
    return await perform(step)
  } catch (err) {
    return {
      result: 'failed',
      detail: `${step.platform}: ${step.action} ${step.target}: ${message(err)}`
    }
  }
}

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

/** The containment steps and every step they wait on (`first`), then the rest: on each
 *  platform, the executor runs its `first` to the end before it starts its rest. Both keep the
 *  order given. */
export function containmentFirst(steps: Step[]): { first: Step[]; rest: Step[] } {
  const byId = new Map(steps.map(s => [s.id, s]))
  const first = new Set<string>()
  const take = (s: Step): void => {
    if (first.has(s.id)) return
    first.add(s.id)
    for (const id of s.after) {
      const before = byId.get(id)
      if (before) take(before)
    }
  }
  for (const s of steps) if (s.contain) take(s)
  return {
    first: steps.filter(s => first.has(s.id)),
    rest: steps.filter(s => !first.has(s.id))
  }
}

/** Containment first, platform by platform: a step outside `first` waits (`wait`) until every
 *  `first` step of its platform has ended (`ended`). Each platform has limits of its own, so
 *  one platform's clean-up neither holds back another's containment nor waits for it. A `first`
 *  step waits on no other step outside `first`, so no gate waits on itself. */
export function containmentGates(steps: Step[]): {
  wait: (step: Step) => Promise<void> | undefined
  ended: (step: Step) => void
} {
  const first = new Set(containmentFirst(steps).first)
  const gates = new Map<PlatformName, { left: number; open: Promise<void>; release: () => void }>()
  for (const s of first) {
    let gate = gates.get(s.platform)
    if (!gate) {
      let release = () => {}
      const open = new Promise<void>(resolve => (release = resolve))
      gate = { left: 0, open, release }
      gates.set(s.platform, gate)
    }
    gate.left++
  }
  return {
    wait: step => (first.has(step) ? undefined : gates.get(step.platform)?.open),
    ended: step => {
      const gate = first.has(step) ? gates.get(step.platform) : undefined
      if (gate && --gate.left === 0) gate.release()
    }
  }
}

/** Refuses duplicate ids and cycles before anything runs: a cycle would wait forever. */
export function checkGraph(steps: Step[]): void {
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

/**
 * Runs `run` for every step as the `after` links allow and returns the results in the order
 * given. A step starts once every step it names in `after` has finished, whatever the result:
 * the connector's perform knows whether acting after a failure is safe, and a step that
 * cannot succeed (an IAM user whose keys are still there) fails on its own and says why,
 * which is more useful in the log than a generic "not run". `after` ids that are not among
 * `steps` count as done: a rerun's plan no longer holds what is already gone.
 */
export function inOrder<T>(steps: Step[], run: (step: Step) => Promise<T>): Promise<T[]> {
  checkGraph(steps)
  const byId = new Map(steps.map(s => [s.id, s]))
  const running = new Map<string, Promise<T>>()
  const start = (s: Step): Promise<T> => {
    let p = running.get(s.id)
    if (!p) {
      const before = s.after.flatMap(id => (byId.has(id) ? [start(byId.get(id)!)] : []))
      p = Promise.all(before).then(() => run(s))
      running.set(s.id, p)
    }
    return p
  }
  return Promise.all(steps.map(start))
}

/** Runs steps with one perform function, all at once as their links allow; outcomes by step
 *  id. For a connector running its own few follow-up steps inside one perform. */
export async function runSteps(
  steps: Step[],
  perform: (step: Step) => Promise<Outcome>
): Promise<Map<string, Outcome>> {
  const outcomes = await inOrder(steps, s => attempt(s, perform))
  return new Map(steps.map((s, i) => [s.id, outcomes[i]!]))
}
