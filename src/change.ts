// What a change (base -> head declarations) asks for: departures, reductions, additions.
// A pure function over plain data (SPEC section 2).
import type { Declarations, Person } from './declarations/types.js'
import { grantKey, personGrants, type Grant } from './grants.js'

export interface Departure {
  /** The person as last declared: from head when marked departed, from base when deleted. */
  person: Person
  how: 'marked_departed' | 'deleted'
}

export interface Reduction {
  /** The person as declared at head (still active). */
  person: Person
  /** Grants base gave and head no longer gives through any role. */
  remove: Grant[]
}

export interface Addition {
  person: Person
  /** A person new at head (or back to active), or grants head adds to an active person. */
  how: 'new_person' | 'reactivated' | 'more_grants'
  add: Grant[]
}

export interface Change {
  departures: Departure[]
  reductions: Reduction[]
  additions: Addition[]
}

type Decl = Pick<Declarations, 'people' | 'roles' | 'platforms'>

export function detectChange(base: Decl, head: Decl): Change {
  const change: Change = { departures: [], reductions: [], additions: [] }
  const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

  for (const before of [...base.people.values()].sort(byId)) {
    const after = head.people.get(before.id)
    // Someone already departed at base was revoked by an earlier change.
    if (before.status === 'departed') continue
    if (!after) change.departures.push({ person: before, how: 'deleted' })
    else if (after.status === 'departed')
      change.departures.push({ person: after, how: 'marked_departed' })
  }

  for (const after of [...head.people.values()].sort(byId)) {
    if (after.status !== 'active') continue
    const before = base.people.get(after.id)
    const now = personGrants(after, head)
    if (!before || before.status !== 'active') {
      change.additions.push({
        person: after,
        how: before ? 'reactivated' : 'new_person',
        add: now
      })
      continue
    }
    const then = personGrants(before, base)
    const nowKeys = new Set(now.map(grantKey))
    const thenKeys = new Set(then.map(grantKey))
    const remove = then.filter(g => !nowKeys.has(grantKey(g)))
    const add = now.filter(g => !thenKeys.has(grantKey(g)))
    if (remove.length > 0) change.reductions.push({ person: after, remove })
    if (add.length > 0) change.additions.push({ person: after, how: 'more_grants', add })
  }
  return change
}
