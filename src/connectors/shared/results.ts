// What every connector hands back, built one way: a discovery and an inventory to fill, a
// secondary read that failed (a documented absence is a note, any other error is unread, never
// "nothing there"), a listing with its request count, a plan's steps and refusals, and an
// error as a failed outcome. Texts never hold secrets: the errors are the clients' own, which
// describe a call without its credentials.
import { message } from '../../graph.js'
import type {
  Discovery,
  Inventory,
  ListedAccount,
  Outcome,
  PlatformName,
  Refusal,
  Step
} from '../connector.js'

/** A discovery that found nothing yet. */
export const discovery = (platform: PlatformName, person: string): Discovery => ({
  platform,
  person,
  status: 'checked',
  holdings: [],
  notes: []
})

/** An inventory that lists nothing yet. */
export const inventory = (platform: PlatformName): Inventory => ({
  platform,
  status: 'checked',
  accounts: [],
  requests: 0,
  notes: []
})

/** Why a connector without its token cannot work; `unavailable` prefixes "not checked: ". */
export const noCredentials = (envName: string): string => `no credentials (set ${envName})`

/** An error as an outcome: the clients' messages already name platform and call. */
export const failed = (err: unknown): Outcome => ({ result: 'failed', detail: message(err) })

/**
 * Runs one secondary read of a discovery. An answer the platform documents as "this does not
 * exist here" (`absence` gives its note) becomes a note; any other error is recorded as unread
 * (`describe` says it), and what the other reads found is still planned (containment first),
 * while apply fails until a rerun reads it.
 */
export function secondaryReads(found: Discovery, describe: (err: unknown) => string) {
  return async <T>(
    what: string,
    read: () => Promise<T>,
    absence?: (err: unknown) => string | undefined
  ): Promise<T | undefined> => {
    try {
      return await read()
    } catch (err) {
      const note = absence?.(err)
      if (note) found.notes.push(note)
      else (found.unread ??= []).push({ what, error: describe(err) })
      return undefined
    }
  }
}

/** The accounts `list` reads, as an inventory: not_checked with `failure`'s reason when it
 *  throws. `counter.requests` counts the client's HTTP requests, retries included. */
export async function listing(
  platform: PlatformName,
  counter: { readonly requests: number },
  list: (notes: string[]) => Promise<ListedAccount[]>,
  failure: (err: unknown) => string
): Promise<Inventory> {
  const out = inventory(platform)
  const before = counter.requests
  try {
    out.accounts = await list(out.notes)
  } catch (err) {
    out.status = 'not_checked'
    out.reason = failure(err)
  }
  out.requests = counter.requests - before
  return out
}

/** A step of a plan, with the id every plan uses (`<platform>/<person>/<action>/<target>`):
 *  apply performs it, after nothing, unless `extra` says otherwise. */
export function step(
  platform: PlatformName,
  person: string,
  action: string,
  target: string,
  reason: string,
  params: Record<string, unknown>,
  extra: Partial<Step> = {}
): Step {
  return {
    id: `${platform}/${person}/${action}/${target}`,
    platform,
    person,
    action,
    target,
    reason,
    after: [],
    mode: 'auto',
    params,
    ...extra
  }
}

/** What a plan will not touch, and why. */
export const refusal = (
  platform: PlatformName,
  person: string,
  target: string,
  reason: string
): Refusal => ({ platform, person, target, reason })
