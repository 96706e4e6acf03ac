// Runs revocation steps as their dependency graph allows.
import type { Outcome, Step } from './connectors/connector.js'

/** Runs steps as their `after` links allow: every step whose predecessors are done starts at
 *  once. Steps after a failed one still run (they may fail in turn, and say why). */
export async function runSteps(
  steps: Step[],
  perform: (step: Step) => Promise<Outcome>
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>()
  const running = new Map<string, Promise<Outcome>>()
  const start = (s: Step): Promise<Outcome> => {
    let p = running.get(s.id)
    if (!p) {
      const before = steps.filter(b => s.after.includes(b.id))
      p = Promise.all(before.map(start)).then(() => perform(s))
      running.set(s.id, p)
    }
    return p
  }
  await Promise.all(steps.map(async s => outcomes.set(s.id, await start(s))))
  return outcomes
}
