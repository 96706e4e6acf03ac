// What every connector's reader shares: its read-only face of a writer (no perform; the
// writer's clients are built read-only for it), and the frame of an audit's listing.
import type {
  Inventory,
  ListedAccount,
  PlatformName,
  PlatformReader,
  PlatformWriter
} from '../connector.js'

export function readerOf(w: PlatformWriter): PlatformReader {
  const { platform, unavailable, discover, planSteps, list, stillWaiting } = w
  return {
    platform,
    unavailable,
    discover,
    planSteps,
    list,
    ...(stillWaiting ? { stillWaiting } : {})
  }
}

/** An audit's listing by `read`: not checked without a client (`unavailable` says why) or when
 *  the read fails (`why` describes it); `client.requests` counts what it sent. */
export async function listing(
  platform: PlatformName,
  client: { requests: number } | undefined,
  unavailable: string | undefined,
  read: (notes: string[]) => Promise<ListedAccount[]>,
  why: (error: unknown) => string
): Promise<Inventory> {
  const inventory: Inventory = { platform, status: 'checked', accounts: [], requests: 0, notes: [] }
  if (!client) return { ...inventory, status: 'not_checked', reason: unavailable }
  const before = client.requests
  try {
    inventory.accounts = await read(inventory.notes)
  } catch (error) {
    Object.assign(inventory, { status: 'not_checked', reason: why(error) })
  }
  inventory.requests = client.requests - before
  return inventory
}
