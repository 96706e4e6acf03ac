// What every platform's seeding shares: the declarations and scenario it reads, the clock,
// and stable made-up material (fingerprints, key bodies) derived from names.
import { createHash } from 'node:crypto'
import { byName } from '../../declarations/names.js'
import type { Declarations, Person } from '../../declarations/types.js'
import { personGrants, roleGrants, type Grant, type GrantKind } from '../../grants.js'
import type { HoldsOf, ScenarioBase } from './scenario.js'

/** What a platform is seeded from; S is the scenario as far as the platform knows it. */
export interface SeedInput<S extends ScenarioBase = ScenarioBase> {
  decl: Declarations
  scenario: S
  /** The sandbox's start: credentials "used recently" were used a day before it. */
  now: Date
  /** Makes minted ids the same on every run. */
  seed: number
  /** The access tree's files (paths relative to it), for the platform that hosts the access
   *  repository. */
  accessFiles: Record<string, string | Buffer>
}

/** When seeded accounts and credentials were created, unless the scenario says. */
export const SEED_CREATED = '2024-01-01T00:00:00Z'

/** One person with what the seeding needs: their active grants and scenario extras. */
export interface Seeded<H> {
  person: Person
  active: boolean
  /** Grants of their roles, for active people only (departed people hold nothing by
   *  default: what they still hold comes from the scenario). */
  grants: Grant[]
  holds: H
}

export function seededPeople<S extends ScenarioBase>(input: SeedInput<S>): Seeded<HoldsOf<S>>[] {
  const people = input.scenario.people as Record<string, HoldsOf<S>> | undefined
  return [...input.decl.people.values()].map(person => {
    const active = person.status === 'active'
    return {
      person,
      active,
      grants: active ? personGrants(person, input.decl) : [],
      // Every platform's part of a person is optional: one the scenario does not describe
      // holds nothing more.
      holds: byName(people, person.id) ?? ({} as HoldsOf<S>)
    }
  })
}

/** Values of one grant kind. */
export const valuesOf = (grants: Grant[], kind: GrantKind): string[] =>
  grants.filter(g => g.kind === kind).map(g => g.value)

/** Every value of one grant kind that any role declares, in declaration order. */
export function declaredValues(decl: Declarations, kind: GrantKind): string[] {
  const all = [...decl.roles.values()].flatMap(r => roleGrants(r, decl))
  return [...new Set(valuesOf(all, kind))]
}

/** `YYYY-MM-DD` as an ISO timestamp (9:00 UTC). */
export const dayOf = (date: string): string => `${date}T09:00:00Z`

/** ISO timestamp `days` before `now`. */
export const daysBefore = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Stable bytes from a name: public-looking material that is the same on every run. */
export const digest = (name: string): Buffer => createHash('sha256').update(name).digest()

/** An OpenSSH ed25519 public key line, made up from a name. */
export function sshPublicKey(name: string): string {
  const type = Buffer.from('ssh-ed25519')
  const key = digest(`ssh:${name}`)
  const u32 = (n: number) => {
    const b = Buffer.alloc(4)
    b.writeUInt32BE(n)
    return b
  }
  const blob = Buffer.concat([u32(type.length), type, u32(key.length), key])
  return `ssh-ed25519 ${blob.toString('base64')} ${name}`
}

/** Items in `a` or `b`, each once, in order. */
export const union = (a: string[], b: string[] = []): string[] => [...new Set([...a, ...b])]
