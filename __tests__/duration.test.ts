// Durations as policy.revoke_within writes them, spans as reports show them, and when a
// departure is due: the clock starts at the request, or at the start of departed_on (UTC)
// when that is later.
import { describe, expect, it } from '@jest/globals'
import { durationMs, formatSpan } from '../src/duration.js'
import { clockStart, dueBy, judge } from '../src/evidence/timing.js'

describe('durations', () => {
  it('reads minutes, hours and days, and refuses anything else', () => {
    expect(durationMs('90m')).toBe(90 * 60_000)
    expect(durationMs('24h')).toBe(86_400_000)
    expect(durationMs('2d')).toBe(2 * 86_400_000)
    for (const bad of ['0h', '1.5h', '24', 'h', '1 d', '24H', '-1h'])
      expect(() => durationMs(bad)).toThrow(`"${bad}" is not a duration`)
  })

  it('shows a span in its two largest units', () => {
    expect(formatSpan(420)).toBe('0.4s')
    expect(formatSpan(59_990)).toBe('59.9s')
    expect(formatSpan(65_000)).toBe('1m 05s')
    expect(formatSpan(3 * 3600_000 + 5 * 60_000 + 59_000)).toBe('3h 05m')
    expect(formatSpan(25 * 3600_000)).toBe('1d 01h')
  })
})

describe('when a departure is due', () => {
  it('counts from the request, or from 00:00 UTC of departed_on when that is later', () => {
    // Dispatched a week ahead: due a day after the departure day starts, not after the request.
    expect(clockStart('2026-11-13T15:00:00.000Z', '2026-11-20')).toBe('2026-11-20T00:00:00.000Z')
    expect(dueBy('2026-11-13T15:00:00.000Z', '2026-11-20', '24h')).toBe('2026-11-21T00:00:00.000Z')
    // Requested on the day, or after it (HR was late): the request starts the clock.
    expect(clockStart('2026-11-20T15:00:00.000Z', '2026-11-20')).toBe('2026-11-20T15:00:00.000Z')
    expect(dueBy('2026-11-22T15:00:00.000Z', '2026-11-20', '90m')).toBe('2026-11-22T16:30:00.000Z')
    // A deleted file has no departed_on.
    expect(dueBy('2026-11-22T23:30:00.000Z', undefined, '1h')).toBe('2026-11-23T00:30:00.000Z')
  })

  it('judges a departure within, late, pending, or unknown without a request time', () => {
    const now = new Date('2026-11-21T12:00:00Z')
    const asked = '2026-11-20T12:00:00.000Z'
    expect(judge(asked, undefined, '2026-11-21T12:00:00.000Z', '24h', now)).toMatchObject({
      sla: 'within',
      timeToRevokeMs: 86_400_000
    })
    expect(judge(asked, undefined, '2026-11-21T12:00:00.001Z', '24h', now).sla).toBe('late')
    expect(judge(asked, undefined, undefined, '24h', now).sla).toBe('pending')
    expect(
      judge(asked, undefined, undefined, '24h', new Date('2026-11-21T12:00:00.001Z')).sla
    ).toBe('late')
    expect(judge(undefined, '2026-11-20', '2026-11-21T00:00:00.000Z', '24h', now)).toEqual({
      sla: 'unknown'
    })
    // Revoked before the departure day (merged early): no negative time.
    expect(
      judge('2026-11-10T09:00:00.000Z', '2026-11-20', '2026-11-10T10:00:00.000Z', '24h', now)
    ).toMatchObject({ sla: 'within', timeToRevokeMs: 0 })
  })
})
