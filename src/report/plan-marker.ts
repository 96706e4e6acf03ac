// The plan comment's hidden first line, an HTML comment: it finds the comment to update in
// place, and carries what apply reads back without parsing the comment's prose: the plan's
// hash and the commits it was computed for.
//
//   <!-- offboard:plan hash=<sha-256 of the plan> base=<commit> head=<commit> -->
//
// A comment that replaced the plan because head's declarations were invalid carries the
// commits and no hash: there is no plan for that head. Comments written before the marker
// carried anything (`<!-- offboard:plan -->`) are still found, and tell of nothing.

/** What every plan comment starts with, whatever its marker carries. */
export const PLAN_COMMENT_MARKER = '<!-- offboard:plan'

export interface PlanMarker {
  /** The plan's hash (Plan.hash); absent when there is no plan for `head`. */
  hash?: string
  /** The commits the plan compared, when they are known (a pull request's base and head). */
  base?: string
  head?: string
}

const HASH = /^[0-9a-f]{64}$/
/** A git object id: SHA-1, or SHA-256 for repositories that use it. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** The marker line. A value of the wrong shape is left out, so nothing can end the comment
 *  early or slip a field in. */
export function planMarker(m: PlanMarker): string {
  const fields = [
    ...(m.hash && HASH.test(m.hash) ? [`hash=${m.hash}`] : []),
    ...(m.base && COMMIT.test(m.base) ? [`base=${m.base}`] : []),
    ...(m.head && COMMIT.test(m.head) ? [`head=${m.head}`] : [])
  ]
  return `${PLAN_COMMENT_MARKER}${fields.map(f => ` ${f}`).join('')} -->`
}

/** What the marker on the first line of `body` carries; undefined when it is not a plan
 *  comment or carries nothing (an old comment). */
export function readPlanMarker(body: string): PlanMarker | undefined {
  const line = /^<!-- offboard:plan((?: [a-z]+=[0-9a-f]+)*) -->(?:\r?\n|$)/.exec(body)
  if (!line) return undefined
  const fields = new Map(
    line[1]
      .trim()
      .split(' ')
      .filter(Boolean)
      .map(f => f.split('=') as [string, string])
  )
  const [hash, base, head] = [fields.get('hash'), fields.get('base'), fields.get('head')]
  const marker: PlanMarker = {
    ...(hash && HASH.test(hash) ? { hash } : {}),
    ...(base && COMMIT.test(base) ? { base } : {}),
    ...(head && COMMIT.test(head) ? { head } : {})
  }
  return Object.keys(marker).length ? marker : undefined
}
