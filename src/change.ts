// What a change (base -> head declarations) asks for: departures, reductions, additions.
// A pure function over plain data (SPEC section 2).
import type { Declarations, Person } from './declarations/types.js'
import { grantKey, personGrants, type Grant } from './grants.js'

export interface Departure {
  /** The person as declared at base: the identity reviewers approved is what is revoked. */
  person: Person
  how: 'marked_departed' | 'deleted'
  /** The person as declared at head, when marked departed (src/trust.ts compares the two). */
  atHead?: Person
}

export interface Reduction {
  /** The person as declared at base (active at both), so the grants are removed from the
   *  accounts they were given to, whatever head says the accounts are now. */
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

const sameRoles = (person: Person, base: Decl, head: Decl): boolean =>
  person.roles.every(id => base.roles.get(id) === head.roles.get(id))

export function detectChange(base: Decl, head: Decl): Change {
  const change: Change = { departures: [], reductions: [], additions: [] }
  const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

  // The few people a change touches are found first and sorted, not the 100,000 of a tree.
  const leaving: Person[] = []
  for (const before of base.people.values()) {
    // Someone already departed at base was revoked by an earlier change.
    if (before.status === 'departed') continue
    const after = head.people.get(before.id)
    if (!after || after.status === 'departed') leaving.push(before)
  }
  for (const before of leaving.sort(byId)) {
    const after = head.people.get(before.id)
    if (!after) change.departures.push({ person: before, how: 'deleted' })
    else change.departures.push({ person: before, how: 'marked_departed', atHead: after })
  }

  const staying: Person[] = []
  for (const after of head.people.values()) {
    if (after.status !== 'active') continue
    // The same declaration with the same roles under the same settings grants the same: in a
    // large tree, nearly every person (revisions loaded through one cache share them).
    const before = base.people.get(after.id)
    if (before === after && head.platforms === base.platforms && sameRoles(after, base, head))
      continue
    staying.push(after)
  }
  for (const after of staying.sort(byId)) {
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
    if (remove.length > 0) change.reductions.push({ person: before, remove })
    if (add.length > 0) change.additions.push({ person: after, how: 'more_grants', add })
  }
  return change
}
