// Bounded concurrency: never more than the bound in flight, results in input order.
import { describe, expect, it } from '@jest/globals'
import { mapLimit } from '../src/concurrency.js'

describe('mapLimit', () => {
  it('keeps at most the bound in flight, uses all of it, and keeps the order of its input', async () => {
    let active = 0
    let peak = 0
    const items = Array.from({ length: 20 }, (_, i) => i)
    const out = await mapLimit(items, 4, async i => {
      peak = Math.max(peak, ++active)
      // Later items finish first: the order of the results must not follow finishing order.
      await new Promise(resolve => setTimeout(resolve, 20 - i))
      active--
      return i * 10
    })
    expect(peak).toBe(4)
    expect(out).toEqual(items.map(i => i * 10))
  })

  it('starts the next task when one fails, and rejects with the failure', async () => {
    const started: number[] = []
    await expect(
      mapLimit([1, 2, 3], 1, async i => {
        started.push(i)
        if (i === 1) throw new Error('boom')
        return i
      })
    ).rejects.toThrow('boom')
    await new Promise(resolve => setTimeout(resolve, 5))
    expect(started).toEqual([1, 2, 3])
  })
})
