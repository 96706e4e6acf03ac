// Verify after apply: what a fresh plan still finds becomes one verify entry per person and
// platform; manual steps wait for a human without failing; a removal shown late is read again.
import { describe, expect, it } from '@jest/globals'
import type { Step } from '../src/connectors/connector.js'
import type { Execution } from '../src/execute.js'
import { runEntries } from '../src/log/entries.js'
import type { ChangeInfo } from '../src/log/record.js'
import type { PersonPlan, Plan, PlatformSection } from '../src/plan-types.js'
import { verifyApplied } from '../src/verify.js'

const change: ChangeInfo = { base: 'a'.repeat(40), head: 'b'.repeat(40), pr: 7, approvers: [] }
const run = { change, actor: 'tester', settle: [] as number[] }

function section(platform: PlatformSection['platform'], extra: Partial<PlatformSection> = {}) {
  return {
    platform,
    status: 'checked',
    account: { id: `id-${platform}`, display: `alice-${platform}` },
    holdings: [],
    notes: [],
    steps: [],
    refused: [],
    ...extra
  } as PlatformSection
}

function planOf(platforms: PlatformSection[], kind: PersonPlan['kind'] = 'departure'): Plan {
  return {
    base: 'base',
    head: 'head',
    createdAt: '2026-11-26T05:00:00.000Z',
    declaredOnly: false,
    revokeWithin: '24h',
    afterMerge: [],
    people: [
      { person: 'alice', name: 'Alice', email: 'a@x', kind, why: 'marked departed', platforms }
    ],
    additions: [],
    hash: 'h'
  }
}

function step(platform: string, action: string, target: string, extra: Partial<Step> = {}): Step {
  return {
    id: `${platform}/alice/${action}/${target}`,
    platform: platform as Step['platform'],
    person: 'alice',
    action,
    target,
    reason: '',
    after: [],
    mode: 'auto',
    params: {},
    ...extra
  }
}

const skippedAll = (plan: Plan): Execution => ({
  outcomes: plan.people.flatMap(p =>
    p.platforms.flatMap(s =>
      s.steps.map(st => ({
        step: st,
        result: st.mode === 'manual' ? ('skipped' as const) : ('revoked' as const),
        detail: '',
        startedAt: '',
        finishedAt: ''
      }))
    )
  ),
  counts: { revoked: 0, already_absent: 0, skipped: 0, failed: 0 },
  startedAt: '',
  finishedAt: ''
})

const brief = (entries: { platform: string; result: string; detail: string }[]) =>
  entries.map(e => [e.platform, e.result, e.detail])

describe('verify after apply', () => {
  it('one verify entry per person and platform: verified when a fresh plan has nothing to do', async () => {
    const applied = planOf([
      section('github', { steps: [step('github', 'remove_org_membership', 'alice-gh')] }),
      section('aws', { steps: [step('aws', 'delete_user', 'alice')] })
    ])
    const again = planOf([
      section('github', { status: 'no_account', reason: 'alice-gh holds nothing in acme' }),
      section('aws', {
        holdings: [{ kind: 'inline_policy', id: 'offboard-deny-all', label: 'inline policy x' }]
      })
    ])
    // As the log records them.
    const entries = runEntries(applied, run).verified(
      await verifyApplied(applied, skippedAll(applied), async () => again, run)
    )
    expect(brief(entries)).toEqual([
      ['github', 'verified', 'alice-github: nothing left; alice-gh holds nothing in acme'],
      [
        'aws',
        'verified',
        'alice-aws: nothing left; still listed, giving no access: inline policy x'
      ]
    ])
    expect(entries[0]).toMatchObject({
      person: 'alice',
      action: 'verify',
      target: 'alice',
      account_id: 'id-github',
      change,
      actor: 'tester'
    })
  })

  it('fails naming what is still there, what is refused and what could not be read', async () => {
    const applied = planOf([section('github'), section('slack'), section('aws')])
    const again = planOf([
      section('github', { steps: [step('github', 'remove_org_membership', 'alice-gh')] }),
      section('slack', {
        refused: [{ platform: 'slack', person: 'alice', target: 'U1', reason: 'primary owner' }]
      }),
      section('aws', { unread: [{ what: 'access keys', error: 'AccessDenied' }] })
    ])
    const entries = await verifyApplied(applied, undefined, async () => again, run)
    expect(brief(entries)).toEqual([
      ['github', 'failed', 'alice-github: still there: alice-gh (remove_org_membership)'],
      ['slack', 'failed', 'alice-slack: still there: U1 (refused: primary owner)'],
      ['aws', 'failed', 'alice-aws: could not read: access keys (AccessDenied)']
    ])
  })

  it('a platform not checked before apply, or unreadable after it, is a failed verify', async () => {
    const applied = planOf([
      section('github', { status: 'not_checked', reason: 'GitHub answered 500' }),
      section('aws')
    ])
    const again = planOf([
      // Readable now and empty: still nothing was revoked there by this run.
      section('github', { status: 'no_account', reason: 'no user' }),
      section('aws', { status: 'not_checked', reason: 'no credentials' })
    ])
    const entries = await verifyApplied(applied, undefined, async () => again, run)
    expect(brief(entries)).toEqual([
      [
        'github',
        'failed',
        'alice-github: not verified: nothing was revoked here (GitHub answered 500); rerun apply once github can be read'
      ],
      ['aws', 'failed', 'alice-aws: could not read aws again: no credentials']
    ])
  })

  it('manual steps wait for a human and fail nothing, with the automatic step they wait for', async () => {
    const key = step('github', 'review_deploy_key', 'api deploy key 42 "ci"', { mode: 'manual' })
    const reset = step('slack', 'reset_sessions', 'U1')
    const deactivate = step('slack', 'deactivate_user', 'U1', {
      mode: 'manual',
      after: [reset.id]
    })
    const applied = planOf([
      section('github', { steps: [key, step('github', 'remove_org_membership', 'alice-gh')] }),
      section('slack', { steps: [reset, deactivate] })
    ])
    // The key is no longer found once the membership is gone; Slack's member stays active
    // until the identity provider deactivates it, so the fresh plan holds both steps again.
    const again = planOf([
      section('github', { status: 'no_account', reason: 'holds nothing' }),
      section('slack', { steps: [reset, deactivate] })
    ])
    const entries = await verifyApplied(applied, skippedAll(applied), async () => again, run)
    expect(brief(entries)).toEqual([
      [
        'github',
        'verified',
        'alice-github: nothing left; holds nothing; waiting for a human: api deploy key 42 "ci"'
      ],
      ['slack', 'verified', 'alice-slack: nothing left; waiting for a human: U1']
    ])
  })

  it('reductions verify the removed grants: a team still held fails', async () => {
    const applied = planOf([section('github')], 'reduction')
    const again = planOf(
      [section('github', { steps: [step('github', 'remove_team_membership', 'team backend')] })],
      'reduction'
    )
    const entries = await verifyApplied(applied, undefined, async () => again, run)
    expect(brief(entries)).toEqual([
      ['github', 'failed', 'alice-github: still there: team backend (remove_team_membership)']
    ])
  })

  it('reads again after a wait while something is still listed, and only then', async () => {
    const applied = planOf([section('aws')])
    const late = planOf([section('aws', { steps: [step('aws', 'delete_user', 'alice')] })])
    const gone = planOf([section('aws', { status: 'no_account', reason: 'no IAM user' })])
    const waits: number[] = []
    const answers = [late, gone]
    let reads = 0
    const entries = await verifyApplied(applied, undefined, async () => answers[reads++], {
      ...run,
      settle: [1000, 4000],
      sleep: async ms => void waits.push(ms)
    })
    expect(reads).toBe(2)
    expect(waits).toEqual([1000])
    expect(brief(entries)).toEqual([['aws', 'verified', 'alice-aws: nothing left; no IAM user']])

    // A failed read is not worth waiting for: one read, failed at once.
    const unread = planOf([section('aws', { unread: [{ what: 'groups', error: 'throttled' }] })])
    reads = 0
    waits.length = 0
    await verifyApplied(applied, undefined, async () => (reads++, unread), {
      ...run,
      settle: [1000, 4000],
      sleep: async ms => void waits.push(ms)
    })
    expect([reads, waits]).toEqual([1, []])
  })

  it('a fresh plan that cannot be made fails every verification, and never throws', async () => {
    const applied = planOf([section('github'), section('aws')])
    const entries = await verifyApplied(
      applied,
      undefined,
      async () => {
        throw new Error('git: bad object')
      },
      run
    )
    expect(brief(entries)).toEqual([
      ['github', 'failed', 'could not read github again: git: bad object'],
      ['aws', 'failed', 'could not read aws again: git: bad object']
    ])
  })

  it('nothing applied to anyone: no read, no entry', async () => {
    let reads = 0
    const empty = planOf([])
    expect(await verifyApplied(empty, undefined, async () => (reads++, empty), run)).toEqual([])
    expect(reads).toBe(0)
  })
})
