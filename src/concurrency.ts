// Bounded concurrency, shared by the executor and the connectors' listings.

/** At most `size` tasks at once. */
export function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: (() => void)[] = []
  return async task => {
    if (active >= size) await new Promise<void>(resolve => waiting.push(resolve))
    else active++
    try {
      return await task()
    } finally {
      // The slot passes straight to the next waiter, so `active` stays counted.
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}

/** `fn` over `items`, at most `size` at once; results in the order of `items`. */
export function mapLimit<T, R>(
  items: T[],
  size: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const limit = limiter(size)
  return Promise.all(items.map(item => limit(() => fn(item))))
}

const queues = new Map<string, Promise<unknown>>()

/** Runs `fn` after every earlier call with the same key has finished, whatever their result
 *  (a connector's guard re-checks the platform one change at a time: the last owner or
 *  administrator is never removed by two steps that each saw the other still there). */
export function serialized<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn)
  queues.set(
    key,
    run.catch(() => undefined)
  )
  return run
}
