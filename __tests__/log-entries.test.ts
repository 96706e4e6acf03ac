// The log entries of one apply, built in one place: the checks before any write in their
// order, a step's started and outcome entries, the verification after apply; every entry
// stamped with the change, the actor and the account id its plan section found.
import { describe, expect, it } from '@jest/globals'
import { runEntries } from '../src/log/entries.js'
import type { LogRecord } from '../src/log/record.js'
import { CHANGE } from './support/log.js'
import { planOf, step } from './support/plan.js'

const run = { change: CHANGE, actor: 'merger' }
const brief = (entries: { person: string; platform: string; action: string; result: string }[]) =>
  entries.map(e => [e.person, e.platform, e.action, e.result])

/** A `started` record an earlier run left unanswered. */
const inDoubt = (platform: string, person: string, action: string, target: string) =>
  ({ seq: 9, platform, person, action, target, result: 'started' }) as LogRecord

describe('the entries of an apply', () => {
  it('checks come first: refused departures, writes in doubt found done, then what each section is evidence of', () => {
    const removal = step('github', 'alice', 'remove_org_membership', 'alice-gh')
    const plan = planOf([removal, step('aws', 'bob', 'delete_user', 'bob')])
    const [alice, bob] = plan.people
    // Alice's membership is gone (no steps left); a team is refused; AWS could not be read.
    alice.platforms[0].steps = []
    alice.platforms[0].refused = [
      { platform: 'github', person: 'alice', target: 'team admins', reason: 'protected' }
    ]
    bob.platforms[0] = { ...bob.platforms[0], status: 'not_checked', reason: 'AccessDenied' }
    plan.people.push({
      ...bob,
      person: 'carol',
      platforms: [],
      refused: { rule: 'departure_identity_changed', message: 'carol: email changed' }
    })
    const { checks } = runEntries(plan, run, [
      inDoubt('github', 'alice', 'remove_org_membership', 'alice-gh'),
      // Not concluded: AWS could not be read.
      inDoubt('aws', 'bob', 'delete_login_profile', 'bob')
    ])
    expect(brief(checks)).toEqual([
      ['carol', 'offboard', 'refuse_departure', 'failed'],
      ['alice', 'github', 'remove_org_membership', 'already_absent'],
      ['alice', 'github', 'refuse', 'skipped'],
      ['bob', 'aws', 'discover', 'failed']
    ])
    expect(checks[1].detail).toBe(
      'the write started at seq 9 was never answered (its run stopped): discovery finds it done'
    )
    for (const e of checks)
      expect(e).toMatchObject({ at: plan.createdAt, change: CHANGE, actor: 'merger' })
  })

  it("a step's started entry and its outcome: the same step, dated when each happened", () => {
    const removal = step('github', 'alice', 'remove_org_membership', 'alice-gh')
    const log = runEntries(planOf([removal]), run)
    const fields = {
      person: 'alice',
      platform: 'github',
      action: 'remove_org_membership',
      target: 'alice-gh',
      change: CHANGE,
      actor: 'merger'
    }
    expect(log.started(removal, '2026-11-26T05:00:01.000Z')).toEqual({
      ...fields,
      at: '2026-11-26T05:00:01.000Z',
      result: 'started',
      detail: ''
    })
    const outcome = {
      step: removal,
      result: 'revoked' as const,
      detail: 'removed',
      startedAt: '2026-11-26T05:00:01.000Z',
      finishedAt: '2026-11-26T05:00:02.000Z'
    }
    expect(log.outcome(outcome)).toEqual({
      ...fields,
      at: '2026-11-26T05:00:02.000Z',
      result: 'revoked',
      detail: 'removed'
    })
  })

  it('carry the account id their section found, unless they name their own; other people get none', () => {
    const plan = planOf([
      step('github', 'alice', 'remove_org_membership', 'alice-gh'),
      step('github', 'bob', 'remove_org_membership', 'bob-gh')
    ])
    plan.people[0].platforms[0].account = { id: '101', display: 'alice-gh' }
    const log = runEntries(plan, run)
    const at = '2026-11-26T05:01:00.000Z'
    const verified = log.verified([
      { at, person: 'alice', platform: 'github', result: 'verified', detail: 'nothing left' },
      { at, person: 'alice', platform: 'github', result: 'failed', detail: 'x', accountId: '202' },
      { at, person: 'bob', platform: 'github', result: 'verified', detail: 'nothing left' }
    ])
    expect(verified.map(e => e.account_id)).toEqual(['101', '202', undefined])
    expect(verified[0]).toEqual({
      at,
      person: 'alice',
      platform: 'github',
      action: 'verify',
      target: 'alice',
      result: 'verified',
      detail: 'nothing left',
      account_id: '101',
      change: CHANGE,
      actor: 'merger'
    })
    expect(log.started(plan.people[0].platforms[0].steps[0], at).account_id).toBe('101')
  })

  it("stamp every record of a departure with its request time, and urgent when the run was; a reduction's with neither", () => {
    const plan = planOf([
      step('github', 'alice', 'remove_org_membership', 'alice-gh'),
      step('aws', 'bob', 'remove_from_group', 'bob/admins')
    ])
    const [alice, bob] = plan.people
    Object.assign(alice, { requestedAt: '2026-11-25T09:00:00.000Z' })
    bob.kind = 'reduction'
    const log = runEntries(plan, { ...run, urgent: true })
    const at = '2026-11-26T05:00:00.000Z'
    const [aliceStep, bobStep] = plan.people.map(p => p.platforms[0].steps[0])
    const aliceEntries = [
      log.started(aliceStep, at),
      log.verified([{ at, person: 'alice', platform: 'github', result: 'verified', detail: '' }])[0]
    ]
    for (const e of aliceEntries)
      expect(e).toMatchObject({ requested_at: '2026-11-25T09:00:00.000Z', urgent: true })
    const bobEntry = log.started(bobStep, at)
    expect(bobEntry).not.toHaveProperty('requested_at')
    expect(bobEntry).not.toHaveProperty('urgent')
    // Not urgent: no flag at all, not `false`.
    expect(runEntries(plan, run).started(aliceStep, at)).not.toHaveProperty('urgent')
  })
})
