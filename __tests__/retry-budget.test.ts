// The retry budget: where it comes from (platforms.yaml), and how one call spends it.
import { describe, expect, it } from '@jest/globals'
import {
  CallBudget,
  DEFAULT_RETRY_BUDGET,
  gaveUpPrefix,
  retryAfterMs,
  retryBudget
} from '../src/connectors/shared/retry-budget.js'
import { loadFromDirectory } from '../src/declarations/load.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { platforms } from './support/declarations.js'
import { exampleAccess, scratchTree } from './support/tree.js'

/** The example platforms.yaml with `retry` blocks: under policy, and in the aws block. */
const PLATFORMS = readFileSync(join(exampleAccess, 'platforms.yaml'), 'utf8')
const withRetry = (policy: string, aws = '') =>
  PLATFORMS.replace('policy:\n', `policy:\n  retry: ${policy}\n`).replace(
    'aws:\n',
    `aws:\n${aws ? `  retry: ${aws}\n` : ''}`
  )

describe('retry budget in platforms.yaml', () => {
  it('defaults to 3 retries, 60 s per call and 20 s per attempt', async () => {
    const { declarations, diagnostics } = await loadFromDirectory('access', scratchTree())
    expect(diagnostics).toEqual([])
    const p = declarations.platforms
    expect(retryBudget(p, p.github?.retry)).toEqual({
      retries: 3,
      seconds: 60,
      attempt_seconds: 20
    })
    expect(DEFAULT_RETRY_BUDGET).toEqual({ retries: 3, seconds: 60, attempt_seconds: 20 })
  })

  it('takes policy.retry for every platform, and a block’s retry over it for that platform', async () => {
    const cwd = scratchTree({
      'platforms.yaml': withRetry('{retries: 1, seconds: 30}', '{seconds: 5, attempt_seconds: 2.5}')
    })
    const { declarations, diagnostics } = await loadFromDirectory('access', cwd)
    expect(diagnostics).toEqual([])
    const p = declarations.platforms
    expect(retryBudget(p, p.github?.retry)).toEqual({
      retries: 1,
      seconds: 30,
      attempt_seconds: 20
    })
    expect(retryBudget(p, p.aws?.retry)).toEqual({ retries: 1, seconds: 5, attempt_seconds: 2.5 })
    expect(p.policy).toMatchObject({ max_departures_per_change: 5, max_departure_ratio: 0.2 })
  })

  it.each([
    ['{retires: 3}', /unknown key "retires".*did you mean "retries"/],
    ['{seconds: 0}', /seconds/],
    ['{retries: 2.5}', /retries/],
    ['{retries: 50}', /retries/]
  ])('refuses aws.retry %s with a message at its line', async (retry, message) => {
    const cwd = scratchTree({ 'platforms.yaml': withRetry('{}', retry) })
    // (An invalid platforms.yaml also makes every account on its platforms a problem.)
    const found = (await loadFromDirectory('access', cwd)).diagnostics.filter(
      d => d.file === 'access/platforms.yaml'
    )
    const line = PLATFORMS.split('\n').indexOf('aws:') + 2
    expect(found.map(d => d.line)).toEqual([line])
    expect(found[0].message).toMatch(message)
  })
})

describe('one call’s budget', () => {
  const clock = () => {
    let now = 1_000_000
    return { now: () => now, advance: (ms: number) => (now += ms) }
  }

  it('grants as many retries as the budget has, then gives up naming the last error', () => {
    const t = clock()
    const call = new CallBudget({ retries: 2, seconds: 60, attempt_seconds: 20 }, t.now)
    call.attemptTimeoutMs()
    expect([call.retry(500), call.retry(1000), call.retry(2000)]).toEqual([true, true, false])
    expect(call.stopped).toBe(true)
    expect(call.gaveUp('GitHub answered 500: Server Error')).toBe(
      'gave up after 2 retries / 60 s: GitHub answered 500: Server Error'
    )
  })

  it('refuses a wait that would end after the budget, naming a wait the platform asked for', () => {
    const t = clock()
    const call = new CallBudget({ retries: 3, seconds: 60, attempt_seconds: 20 }, t.now)
    call.attemptTimeoutMs()
    t.advance(50_000)
    expect(call.retry(9_000, true)).toBe(true)
    expect(call.retry(10_000, true)).toBe(false)
    expect(call.gaveUp('x')).toBe('gave up after 1 retry / 60 s (asked to wait 10 s): x')
  })

  it('gives each attempt its timeout, cut to what is left of the call; the clock starts with the first', () => {
    const t = clock()
    const call = new CallBudget({ retries: 3, seconds: 30, attempt_seconds: 20 }, t.now)
    t.advance(100_000) // queued before the first attempt: not counted
    expect(call.attemptTimeoutMs()).toBe(20_000)
    t.advance(20_000)
    expect(call.attemptTimeoutMs()).toBe(10_000)
    expect(call.noAnswer()).toBe('no answer within 10 s')
  })

  it('marks an error it gave up on, for clients whose errors are not ours', () => {
    const call = new CallBudget({ retries: 0, seconds: 1, attempt_seconds: 1 })
    const error = new Error('ServiceFailure')
    expect(gaveUpPrefix(error)).toBe('')
    call.retry(10)
    call.mark(error)
    expect(gaveUpPrefix(error)).toBe('gave up after 0 retries / 1 s: ')
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('7')).toBe(7000)
    expect(retryAfterMs(new Date(1_000_000 + 5000).toUTCString(), 1_000_000)).toBe(5000)
    expect(retryAfterMs('soon')).toBeUndefined()
    expect(retryAfterMs(null)).toBeUndefined()
  })

  it('uses the defaults when platforms.yaml says nothing', () => {
    expect(retryBudget(platforms(), undefined)).toEqual(DEFAULT_RETRY_BUDGET)
  })
})
