// The revocation plan as plain data: what `plan` shows, what `apply` executes, what the
// log and the reports are written from.
import type { Addition } from './change.js'
import type { Discovery, Holding, PlatformName, Refusal, Step } from './connectors/connector.js'
import type { Grant } from './grants.js'

/** One person, one platform: what was found and what will be done. */
export interface PlatformSection {
  platform: PlatformName
  /** checked: discovered live; no_account: nothing there; not_checked: see `reason`;
   *  declared_only: no credentials were used (pull requests from forks), the steps are
   *  what the declarations imply, not what was found. */
  status: Discovery['status'] | 'declared_only'
  reason?: string
  account?: Discovery['account']
  holdings: Holding[]
  notes: string[]
  steps: Step[]
  refused: Refusal[]
}

export interface PersonPlan {
  person: string
  name: string
  email: string
  kind: 'departure' | 'reduction'
  /** For a departure: how (deleted or marked departed); for a reduction: the grants removed. */
  why: string
  remove?: Grant[]
  platforms: PlatformSection[]
}

/** A guard that refused the whole change: nothing is revoked. */
export interface GuardRefusal {
  guard: 'max_departures_per_change' | 'max_departure_ratio'
  message: string
}

export interface Plan {
  /** Commits (or `working tree`) the change was detected between. */
  base: string
  head: string
  createdAt: string
  declaredOnly: boolean
  refused?: GuardRefusal
  people: PersonPlan[]
  /** Listed as "not applied": provisioning is not part of version 1. */
  additions: Addition[]
  /** SHA-256 of the plan's content (people and their steps, no timestamps). */
  hash: string
}
