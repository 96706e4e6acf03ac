// The audit's late_revocation: a departure whose access is, past its due time, still not
// verified gone on some platform. A departure verified late is history (offboard evidence
// reports it); one still within its time is not late yet.
import { describe, expect, it } from '@jest/globals'
import { blocking, computeDrift } from '../src/audit/index.js'
import { chain, type Entry } from '../src/log/record.js'
import { declarations, person, platforms } from './support/declarations.js'
import { CHANGE } from './support/log.js'

const NOW = new Date('2026-11-26T05:00:00Z')

const record = (
  who: string,
  platform: string,
  result: Entry['result'],
  at: string,
  extra: Partial<Entry> = {}
): Entry => ({
  at,
  person: who,
  change: { ...CHANGE, pr: null },
  actor: 'github-actions',
  platform,
  action: 'verify',
  target: who,
  result,
  detail: result === 'failed' ? 'still there: team admins' : 'nothing left',
  ...extra
})

const departed = (id: string, on: string) =>
  person(id, { status: 'departed', departed_on: on, accounts: { github: `${id}-gh` } })

const decl = declarations(platforms(), [
  departed('alice', '2026-11-20'),
  departed('carol', '2026-11-20'),
  departed('erin', '2026-11-20'),
  person('dave')
])

const findings = (entries: Entry[]) =>
  computeDrift(decl, [], { now: NOW, records: chain(entries) }).findings

describe('late_revocation', () => {
  it('is high, once per platform still not verified gone past the due time', () => {
    const asked = { requested_at: '2026-11-20T09:00:00.000Z' }
    const found = findings([
      record('alice', 'github', 'failed', '2026-11-20T09:05:00.000Z', asked),
      record('alice', 'aws', 'verified', '2026-11-20T09:05:00.000Z', asked)
    ])
    expect(found).toEqual([
      {
        kind: 'late_revocation',
        severity: 'high',
        platform: 'github',
        account: 'alice-gh',
        person: 'alice',
        detail:
          "alice's departure was requested 2026-11-20T09:00:00.000Z and due by 2026-11-21T09:00:00.000Z (policy.revoke_within 24h), but github is still not verified gone: still there: team admins (log seq 1-2); rerun the apply of the change"
      }
    ])
    expect(blocking({ at: '', staleKeyDays: 90, platforms: [], findings: found })).toHaveLength(1)
  })

  it('waits for the due time, and counts it from the start of departed_on when that is later', () => {
    // Deleted file (no departed_on): requested 23 hours ago.
    expect(
      findings([
        record('bob', 'github', 'failed', '2026-11-25T06:05:00.000Z', {
          requested_at: '2026-11-25T06:00:00.000Z'
        })
      ])
    ).toEqual([])
    // Dispatched ahead of a departure day that has not come: not due yet.
    const ahead = declarations(platforms(), [departed('alice', '2026-11-26')])
    const entries = chain([
      record('alice', 'github', 'failed', '2026-11-19T10:00:00.000Z', {
        requested_at: '2026-11-19T09:00:00.000Z'
      })
    ])
    expect(computeDrift(ahead, [], { now: NOW, records: entries }).findings).toEqual([])
  })

  it('is not reported for a departure verified late, a person back to active, or records without a request time', () => {
    expect(
      findings([
        // carol: verified gone everywhere, but two days late.
        record('carol', 'github', 'verified', '2026-11-23T09:00:00.000Z', {
          requested_at: '2026-11-20T09:00:00.000Z'
        }),
        // dave left and came back.
        record('dave', 'github', 'failed', '2026-11-20T09:05:00.000Z', {
          requested_at: '2026-11-20T09:00:00.000Z'
        }),
        // erin's records were written before offboard recorded request times.
        record('erin', 'github', 'failed', '2026-11-20T09:05:00.000Z')
      ])
    ).toEqual([])
  })
})
