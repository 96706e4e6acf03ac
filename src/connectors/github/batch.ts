// Writes GitHub takes for several items in one request (fine-grained token grants and
// requests, Copilot seats): the steps of one organization and action share requests, so twenty
// departures send one paced write where they sent twenty. One request per organization and
// action is in flight at a time; the steps that arrive meanwhile (the executor starts every
// ready step at once, and GitHub's writes wait their turn a second apart) go in the next.
// Each step still gets its own outcome and log record. A batch GitHub refuses for an item
// (404, 422) is sent again one item per request, so that each step gets its own answer (and a
// 404 its own read-back); so is a batch whose answer does not account for every item.
import { statusOf, type Github } from './client.js'

/** The most items GitHub takes in one of these requests. */
const MAX_ITEMS = 100

/** Answers that may concern one item of the batch (one gone, one refused): each is sent
 *  again alone. Any other error (5xx, 403, a lost connection) is every item's. */
const ITEM_STATUSES = new Set([404, 410, 422])

export interface Bulk<T, R> {
  /** One request for these items. */
  send: (gh: Github, items: T[]) => Promise<R>
  /** Whether an answer to `size` items accounts for every one of them. */
  complete?: (answer: R, size: number) => boolean
}

interface Waiting<T, R> {
  item: T
  resolve: (value: R) => void
  reject: (error: unknown) => void
}

interface Queue<T, R> {
  waiting: Waiting<T, R>[]
  busy: boolean
}

const queues = new WeakMap<Github, Map<string, Queue<unknown, unknown>>>()

/** Sends `item` in the next request of `action` for `gh`, with whatever joins it; the answer
 *  is the batch's, or the item's own when it had to be sent alone. */
export function together<T, R>(gh: Github, action: string, bulk: Bulk<T, R>, item: T): Promise<R> {
  let byAction = queues.get(gh)
  if (!byAction) queues.set(gh, (byAction = new Map()))
  let queue = byAction.get(action) as Queue<T, R> | undefined
  if (!queue)
    byAction.set(action, (queue = { waiting: [], busy: false }) as Queue<unknown, unknown>)
  const q = queue
  const promise = new Promise<R>((resolve, reject) => q.waiting.push({ item, resolve, reject }))
  // Steps started in the same turn join before the first request leaves.
  if (!q.busy) {
    q.busy = true
    setImmediate(() => void drain(gh, bulk, q))
  }
  return promise
}

async function drain<T, R>(gh: Github, bulk: Bulk<T, R>, q: Queue<T, R>) {
  while (q.waiting.length > 0) await flush(gh, bulk, q.waiting.splice(0, MAX_ITEMS))
  q.busy = false
}

async function flush<T, R>(gh: Github, bulk: Bulk<T, R>, waiting: Waiting<T, R>[]) {
  const alone = (w: Waiting<T, R>) => bulk.send(gh, [w.item]).then(w.resolve, w.reject)
  if (waiting.length === 1) return alone(waiting[0]!)
  let answer: R
  try {
    answer = await bulk.send(
      gh,
      waiting.map(w => w.item)
    )
  } catch (error) {
    if (!ITEM_STATUSES.has(statusOf(error) ?? 0)) for (const w of waiting) w.reject(error)
    else await Promise.all(waiting.map(alone))
    return
  }
  if (bulk.complete && !bulk.complete(answer, waiting.length)) await Promise.all(waiting.map(alone))
  else for (const w of waiting) w.resolve(answer)
}
