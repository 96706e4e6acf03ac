// Plans and steps for executor and log tests, built from a few fields.
import type { Outcome, PlatformName, PlatformWriter, Step } from '../../src/connectors/connector.js'
import type { PersonPlan, Plan } from '../../src/plan-types.js'

/** A step `<platform>/<person>/<action>/<target>`; `after` names other steps by target. */
export function step(
  platform: PlatformName,
  person: string,
  action: string,
  target: string,
  extra: Partial<Step> = {}
): Step {
  return {
    id: `${platform}/${person}/${action}/${target}`,
    platform,
    person,
    action,
    target,
    reason: `${action} for ${person}`,
    after: [],
    mode: 'auto',
    params: {},
    ...extra
  }
}

/** A plan holding `steps`, grouped per person and platform in the order given. */
export function planOf(steps: Step[], extra: Partial<Plan> = {}): Plan {
  const people: PersonPlan[] = []
  for (const s of steps) {
    let person = people.find(p => p.person === s.person)
    if (!person) {
      person = {
        person: s.person,
        name: s.person,
        email: `${s.person}@example.test`,
        kind: 'departure',
        why: 'deleted',
        platforms: []
      }
      people.push(person)
    }
    let section = person.platforms.find(p => p.platform === s.platform)
    if (!section) {
      section = {
        platform: s.platform,
        status: 'checked',
        holdings: [],
        notes: [],
        steps: [],
        refused: []
      }
      person.platforms.push(section)
    }
    section.steps.push(s)
  }
  return {
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    createdAt: '2026-11-26T05:00:00.000Z',
    declaredOnly: false,
    revokeWithin: '24h',
    afterMerge: [],
    people,
    additions: [],
    hash: 'c'.repeat(64),
    ...extra
  }
}

/** A writer that only performs (the executor needs nothing else). */
export const fakeWriter = (
  platform: PlatformName,
  perform: (step: Step) => Promise<Outcome>,
  unavailable?: string
): PlatformWriter => ({ platform, perform, unavailable }) as unknown as PlatformWriter

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Writers for one platform. */
export const writersFor = (
  platform: PlatformName,
  perform: (step: Step) => Promise<Outcome>
): Map<PlatformName, PlatformWriter> => new Map([[platform, fakeWriter(platform, perform)]])

/** A clock that reads `start`, then one second later at each reading. */
export function ticking(start: string): () => Date {
  let t = Date.parse(start) - 1000
  return () => new Date((t += 1000))
}
