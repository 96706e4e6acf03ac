// The audit: what the head declarations say each person should hold, against what every
// platform lists, as drift findings (drift.ts, a pure function over plain data); this only
// adds the listing, through read-only connectors.
import type {
  Inventory,
  PlatformName,
  PlatformReader,
  WaitingCheck,
  WaitingStep
} from '../connectors/connector.js'
import type { Declarations } from '../declarations/types.js'
import { grantKey, roleGrants, type Grant } from '../grants.js'
import type { KnownAccountIds } from '../log/known-ids.js'
import type { LogRecord } from '../log/record.js'
import { driftOf, listingDrift, type LeftoversRead } from './drift.js'
import type { Drift } from './findings.js'

export { computeDrift } from './drift.js'
export * from './findings.js'

/** Every grant any role declares on `platform`: what its connector's list() must cover. */
function declaredGrants(decl: Declarations, platform: PlatformName): Grant[] {
  const byKey = new Map<string, Grant>()
  for (const role of decl.roles.values())
    for (const g of roleGrants(role, decl)) if (g.platform === platform) byKey.set(grantKey(g), g)
  return [...byKey.values()]
}

export interface AuditOptions {
  now?: () => Date
  /** Manual steps the log recorded as left to a human: each is read back, and reported as
   *  `manual_step_pending` until the platform shows it done. */
  waiting?: WaitingStep[]
  /** The account ids the revocation log records, to recognise renamed accounts. */
  known?: KnownAccountIds
  /** The records of an intact revocation log: departures past due become late_revocation. */
  records?: readonly LogRecord[]
}

/** Lists every platform at once (each reader already pages its own collections
 *  concurrently) and computes the drift, each platform's as soon as its listing is read, so
 *  that listings are not all held at once. A reader that throws is "not checked", never
 *  clean. */
export async function auditPlatforms(
  decl: Declarations,
  readers: PlatformReader[],
  opts: AuditOptions = {}
): Promise<Drift> {
  const now = (opts.now ?? (() => new Date()))()
  const [listings, pending, leftovers] = await Promise.all([
    Promise.all(
      readers.map(async r => listingDrift(decl, await listOne(decl, r), { now, known: opts.known }))
    ),
    stillWaiting(readers, opts.waiting ?? []),
    leftoversOf(readers, now)
  ])
  return driftOf(decl, listings, {
    now,
    pending,
    leftovers,
    known: opts.known,
    records: opts.records
  })
}

/** The waiting steps of each platform whose connector can read them back; one that cannot be
 *  read stays pending. */
async function stillWaiting(
  readers: PlatformReader[],
  waiting: WaitingStep[]
): Promise<WaitingCheck[]> {
  const checks = await Promise.all(
    readers.map(async r => {
      const steps = waiting.filter(w => w.platform === r.platform)
      if (!steps.length || !r.stillWaiting) return []
      try {
        return await r.stillWaiting(steps)
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err)
        return steps.map(step => ({
          step,
          pending: true,
          detail: `could not be read back: ${why}`
        }))
      }
    })
  )
  return checks.flat()
}

/** The leftovers of each platform whose connector can read them. */
function leftoversOf(readers: PlatformReader[], now: Date): Promise<LeftoversRead[]> {
  return Promise.all(
    readers.flatMap(r => {
      const read = r.leftovers?.bind(r)
      if (!read) return []
      return read(now).then(
        (found): LeftoversRead => ({ platform: r.platform, found }),
        (err: unknown): LeftoversRead => ({
          platform: r.platform,
          found: [],
          failed: err instanceof Error ? err.message : String(err)
        })
      )
    })
  )
}

async function listOne(decl: Declarations, r: PlatformReader): Promise<Inventory> {
  try {
    return await r.list(declaredGrants(decl, r.platform))
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return {
      platform: r.platform,
      status: 'not_checked',
      reason: `could not list ${r.platform}: ${why}`,
      accounts: [],
      requests: 0,
      notes: []
    }
  }
}
