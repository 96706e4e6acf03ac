// The revocation plan as plain data: what `plan` shows, what `apply` executes, what the
// log and the reports are written from.
import type { Addition } from './change.js'
import type {
  Discovery,
  Holding,
  PlatformName,
  Refusal,
  Step,
  Unread
} from './connectors/connector.js'
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
  /** Reads that failed while what was found is still planned: shown as warnings, logged as
   *  failed. Present only when something could not be read. */
  unread?: Unread[]
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
  /** A departure: when it was requested (RequestTimes), when known; every log record of the
   *  departure carries it as `requested_at`. */
  requestedAt?: string
  /** A departure whose request time is known: by when its access must be verified gone
   *  (policy.revoke_within after the request, or after the start of `departed_on` when that
   *  is later; see src/evidence/timing.ts). */
  dueBy?: string
  /** Present when this person's departure is refused: then `platforms` is empty. */
  refused?: PersonRefusal
  platforms: PlatformSection[]
}

/** A guard that refused the whole change: nothing is revoked. */
export interface GuardRefusal {
  guard: 'max_departures_per_change' | 'max_departure_ratio' | 'max_sweep_per_run'
  /** Why, as a sentence the reports put after "refused". */
  message: string
}

export interface Plan {
  /** Commits (or `working tree`) the change was detected between. */
  base: string
  head: string
  createdAt: string
  declaredOnly: boolean
  /** policy.revoke_within, as base declares it: how soon a departure must be revoked. */
  revokeWithin: string
  refused?: GuardRefusal
  /** Head's changes to platforms.yaml: this change uses base's settings (src/trust.ts). */
  afterMerge: SettingNotice[]
  /** Facts about the whole plan, e.g. a revocation log at base whose ids were not used. */
  notices?: string[]
  people: PersonPlan[]
  /** Listed as "not applied": provisioning is not part of version 1. */
  additions: Addition[]
  /** SHA-256 of the plan's content (people and their steps, no timestamps). */
  hash: string
}

/** A departure refused for one person (the others in the change are planned): nothing is
 *  discovered or revoked for them, `plan` exits 2 and `apply` logs it as failed. */
export interface PersonRefusal {
  rule:
    | 'departure_identity_changed'
    | 'departure_unprotects_account'
    /** Sweep only: the departure it would finish was refused by its apply. */
    | 'departure_refused'
    /** Sweep only: the departure's commit cannot be read to compare the identity. */
    | 'departure_unreadable'
  message: string
}

/** A setting head changes in platforms.yaml: shown to reviewers, not used by this change. */
export interface SettingNotice {
  /** Where: `github.org`, `scim[jira].base_url`, `aws` (the whole block), `policy.<key>`. */
  setting: string
  message: string
}

/** When a change's departures were requested, the start of their time to revoke: the
 *  dispatch of the `offboard` mode for the people it was sent for, else the merge of the
 *  pull request, else the commit time of the change. */
export interface RequestTimes {
  /** The merge (else the commit time); absent while unknown (a pull request not merged). */
  at?: string
  /** People whose departure was dispatched (workflow_dispatch or repository_dispatch in mode
   *  `offboard`): when, by person id. */
  dispatched?: Record<string, string>
}
