import { describe, expect, it } from '@jest/globals'
import type { Outcome, PlatformName, PlatformWriter, Step } from '../src/connectors/connector.js'
import { AWS_CONCURRENCY } from '../src/connectors/shared/aws-sdk.js'
import { DEFAULT_PER_PLATFORM, execute } from '../src/execute.js'
import { planDepth, runSteps } from '../src/graph.js'
import { progressLine } from '../src/report/applied.js'
import { fakeWriter, planOf, sleep, step, ticking, writersFor } from './support/plan.js'

const LATENCY = 50

/** Writers for the platforms that perform with `perform`, recording what ran when. */
function recorder(
  perform: (s: Step) => Promise<Outcome> = async () => ({ result: 'revoked', detail: '' })
) {
  const events: string[] = []
  const peak = new Map<PlatformName, number>()
  const active = new Map<PlatformName, number>()
  const run = async (s: Step): Promise<Outcome> => {
    events.push(`start ${s.target}`)
    active.set(s.platform, (active.get(s.platform) ?? 0) + 1)
    peak.set(s.platform, Math.max(peak.get(s.platform) ?? 0, active.get(s.platform)!))
    try {
      return await perform(s)
    } finally {
      active.set(s.platform, active.get(s.platform)! - 1)
      events.push(`end ${s.target}`)
    }
  }
  const writers = (...platforms: PlatformName[]) =>
    new Map<PlatformName, PlatformWriter>(platforms.map(p => [p, fakeWriter(p, run)]))
  return { events, peak, writers }
}

const slow = async (): Promise<Outcome> => {
  await sleep(LATENCY)
  return { result: 'revoked', detail: '' }
}

describe('execute', () => {
  it("runs each platform's containment, and what it waits on, before that platform's other steps, without waiting for another platform's; outcomes stay in plan order", async () => {
    const groups = step('okta', 'alice', 'remove_group', 'eng')
    const revokeGrant = step('okta', 'alice', 'revoke_grant', 'g1')
    const sessions = step('okta', 'alice', 'clear_sessions', 'alice', {
      contain: true,
      after: [revokeGrant.id]
    })
    const membership = step('github', 'alice', 'remove_org_membership', 'm1', { contain: true })
    const team = step('github', 'alice', 'remove_team', 't1')
    const key = step('aws', 'alice', 'delete_access_key', 'k1')
    // Okta's session reset is slow: GitHub's clean-up goes on meanwhile.
    const r = recorder(async s => {
      await sleep(s.target === 'alice' ? 4 * LATENCY : LATENCY)
      return { result: 'revoked', detail: '' }
    })
    const done = await execute(
      planOf([groups, revokeGrant, sessions, membership, team, key]),
      r.writers('okta', 'aws', 'github')
    )
    const at = (event: string) => r.events.indexOf(event)
    expect(at('end g1')).toBeLessThan(at('start alice'))
    expect(at('end alice')).toBeLessThan(at('start eng'))
    expect(at('end m1')).toBeLessThan(at('start t1'))
    expect(at('end t1')).toBeLessThan(at('end alice'))
    // AWS has nothing to contain: its clean-up starts with the first containment steps.
    expect(r.events.slice(0, 3).sort()).toEqual(['start g1', 'start k1', 'start m1'])
    expect(done.outcomes.map(o => o.step.target)).toEqual(['eng', 'g1', 'alice', 'm1', 't1', 'k1'])
  })

  it("runs a platform's clean-up after its containment even when that containment fails", async () => {
    const sessions = step('okta', 'alice', 'clear_sessions', 'alice', { contain: true })
    const groups = step('okta', 'alice', 'remove_group', 'eng')
    const r = recorder(async s => {
      await sleep(LATENCY)
      if (s.target === 'alice') throw new Error('okta answered 500')
      return { result: 'revoked', detail: '' }
    })
    const done = await execute(planOf([sessions, groups]), r.writers('okta'))
    expect(r.events).toEqual(['start alice', 'end alice', 'start eng', 'end eng'])
    expect(done.outcomes.map(o => o.result)).toEqual(['failed', 'revoked'])
  })

  it('starts nothing more, on any platform, once an outcome could not be recorded', async () => {
    const membership = step('github', 'alice', 'remove_org_membership', 'm1', { contain: true })
    const team = step('github', 'alice', 'remove_team', 't1')
    const sessions = step('okta', 'alice', 'clear_sessions', 'alice', { contain: true })
    const groups = step('okta', 'alice', 'remove_group', 'eng')
    // Okta's containment is still in flight when GitHub's outcome fails to be recorded.
    const r = recorder(async s => {
      await sleep(s.platform === 'okta' ? 3 * LATENCY : LATENCY)
      return { result: 'revoked', detail: '' }
    })
    const run = execute(planOf([membership, team, sessions, groups]), r.writers('github', 'okta'), {
      onOutcome: o => {
        if (o.step.target === 'm1') throw new Error('the runner lost its disk')
      }
    })
    await expect(run).rejects.toThrow('the runner lost its disk')
    await sleep(5 * LATENCY)
    // What was in flight finished; neither platform's clean-up was sent.
    expect(r.events).toEqual(['start m1', 'start alice', 'end m1', 'end alice'])
  })

  it('without containment steps, every independent step starts at once as before', async () => {
    const r = recorder(slow)
    await execute(
      planOf([
        step('okta', 'alice', 'remove_group', 'eng'),
        step('aws', 'alice', 'delete_access_key', 'k1')
      ]),
      r.writers('okta', 'aws')
    )
    expect(r.events.slice(0, 2).sort()).toEqual(['start eng', 'start k1'])
  })

  it('runs independent steps at once: 10 steps, all 10 in flight together', async () => {
    const steps = Array.from({ length: 10 }, (_, i) =>
      step('github', 'alice', 'remove_team', `t${i}`)
    )
    const r = recorder(slow)
    const done = await execute(planOf(steps), r.writers('github'), { perPlatform: 10 })
    expect(done.counts).toEqual({ revoked: 10, already_absent: 0, skipped: 0, failed: 0 })
    expect(r.peak.get('github')).toBe(10)
  })

  it('runs a plan of several people and platforms in as many rounds as its depth', async () => {
    const steps: Step[] = []
    for (const person of ['alice', 'bob', 'carol']) {
      const keys = [1, 2, 3].map(k => step('aws', person, 'delete_access_key', `${person}/k${k}`))
      const user = step('aws', person, 'delete_user', `user ${person}`, {
        after: keys.map(k => k.id)
      })
      steps.push(...keys, user, step('slack', person, 'deactivate_user', person))
      steps.push(step('github', person, 'remove_org_membership', person))
    }
    expect(planDepth(steps)).toBe(2)
    const r = recorder(slow)
    await execute(planOf(steps), r.writers('aws', 'slack', 'github'))
    // Two rounds, not eighteen: every step with nothing to wait on starts before any step
    // ends, and each user's deletion starts once its own keys have ended.
    const firstEnd = r.events.findIndex(e => e.startsWith('end '))
    const independent = steps.filter(s => s.after.length === 0)
    for (const s of independent)
      expect(r.events.indexOf(`start ${s.target}`)).toBeLessThan(firstEnd)
    for (const person of ['alice', 'bob', 'carol'])
      for (const k of [1, 2, 3])
        expect(r.events.indexOf(`end ${person}/k${k}`)).toBeLessThan(
          r.events.indexOf(`start user ${person}`)
        )
  })

  it('starts a step only after every step it waits on has finished', async () => {
    const a = step('aws', 'alice', 'deactivate_access_key', 'a')
    const b = step('aws', 'alice', 'delete_access_key', 'b', { after: [a.id] })
    const c = step('aws', 'alice', 'delete_login_profile', 'c')
    const d = step('aws', 'alice', 'delete_user', 'd', { after: [b.id, c.id] })
    const r = recorder(async s => {
      await sleep(s.target === 'c' ? 3 * LATENCY : 10)
      return { result: 'revoked', detail: '' }
    })
    // Listed last-first: the order in the plan is not the order of running.
    const done = await execute(planOf([d, c, b, a]), r.writers('aws'))
    const at = (e: string) => r.events.indexOf(e)
    expect(at('start b')).toBeGreaterThan(at('end a'))
    expect(at('start d')).toBeGreaterThan(at('end b'))
    expect(at('start d')).toBeGreaterThan(at('end c'))
    expect(at('start c')).toBeLessThan(at('end a'))
    expect(done.outcomes.map(o => o.step.target)).toEqual(['d', 'c', 'b', 'a'])
    const outcome = (t: string) => done.outcomes.find(o => o.step.target === t)!
    expect(outcome('d').startedAt >= outcome('c').finishedAt).toBe(true)
  })

  it('keeps going after a failure: independent steps run, dependent steps run and say why they fail', async () => {
    const key = step('aws', 'alice', 'delete_access_key', 'alice/AKIA...WXYZ')
    const user = step('aws', 'alice', 'delete_user', 'alice', { after: [key.id] })
    const team = step('github', 'alice', 'remove_team_membership', 'backend')
    const writers = new Map<PlatformName, PlatformWriter>([
      [
        'aws',
        fakeWriter('aws', async s => {
          if (s.action === 'delete_access_key') throw new Error('AccessDenied: not authorized')
          // The key could not be deleted, so IAM refuses to delete the user.
          return { result: 'failed', detail: 'DeleteConflict: the user still has an access key' }
        })
      ],
      ['github', fakeWriter('github', async () => ({ result: 'revoked', detail: '' }))]
    ])
    const done = await execute(planOf([key, user, team]), writers)
    expect(done.outcomes.map(o => [o.step.target, o.result, o.detail])).toEqual([
      [
        'alice/AKIA...WXYZ',
        'failed',
        'aws: delete_access_key alice/AKIA...WXYZ: AccessDenied: not authorized'
      ],
      ['alice', 'failed', 'DeleteConflict: the user still has an access key'],
      ['backend', 'revoked', '']
    ])
    expect(done.counts).toEqual({ revoked: 1, already_absent: 0, skipped: 0, failed: 2 })
  })

  it('holds each platform to its own bound while other platforms run freely', async () => {
    const steps = [
      ...Array.from({ length: 12 }, (_, i) =>
        step('github', 'alice', 'remove_repo_access', `r${i}`)
      ),
      ...Array.from({ length: 6 }, (_, i) => step('slack', 'alice', 'leave_channel', `c${i}`))
    ]
    const r = recorder(async () => {
      await sleep(20)
      return { result: 'revoked', detail: '' }
    })
    await execute(planOf(steps), r.writers('github', 'slack'), { perPlatform: { github: 3 } })
    expect(r.peak.get('github')).toBe(3)
    expect(r.peak.get('slack')).toBe(6)

    const r2 = recorder(async () => {
      await sleep(5)
      return { result: 'revoked', detail: '' }
    })
    const many = (platform: PlatformName) =>
      Array.from({ length: 60 }, (_, i) => step(platform, 'bob', 'detach_policy', `p${i}`))
    await execute(planOf([...many('okta'), ...many('aws')]), r2.writers('okta', 'aws'))
    // Without a bound of its own, a platform gets the default; AWS's descriptor sets the SDK's
    // socket pool.
    expect(r2.peak.get('okta')).toBe(DEFAULT_PER_PLATFORM)
    expect(r2.peak.get('aws')).toBe(AWS_CONCURRENCY)
  })

  it('runs the steps a writer gathers into shared writes outside the bound, so that one batch takes them all', async () => {
    // Identity Center's denies: the writer holds each step until its batch is written, so a
    // bound of 2 would split 6 denies into 3 batches of 2, one after another.
    const batches: string[][] = []
    let waiting: { target: string; done: () => void }[] = []
    const denies = Array.from({ length: 6 }, (_, i) =>
      step('aws_sso', `p${i}`, 'deny_sessions', `u${i}`, { contain: true })
    )
    const gatherer: PlatformWriter = {
      ...fakeWriter('aws_sso', s =>
        s.action !== 'deny_sessions'
          ? Promise.resolve({ result: 'revoked', detail: '' })
          : new Promise<Outcome>(resolve => {
              waiting.push({
                target: s.target,
                done: () => resolve({ result: 'revoked', detail: '' })
              })
              if (waiting.length > 1) return
              void sleep(10).then(() => {
                const batch = waiting
                waiting = []
                batches.push(batch.map(w => w.target))
                batch.forEach(w => w.done())
              })
            })
      ),
      gathers: s => s.action === 'deny_sessions'
    }
    const other = Array.from({ length: 4 }, (_, i) =>
      step('aws_sso', 'p0', 'remove_group_membership', `g${i}`)
    )
    const done = await execute(planOf([...denies, ...other]), new Map([['aws_sso', gatherer]]), {
      perPlatform: 2
    })
    expect(batches).toEqual([['u0', 'u1', 'u2', 'u3', 'u4', 'u5']])
    expect(done.counts.revoked).toBe(10)

    // Without `gathers`, the bound holds them, and the batches are as small as the bound.
    batches.length = 0
    await execute(planOf(denies), new Map([['aws_sso', { ...gatherer, gathers: undefined }]]), {
      perPlatform: 2
    })
    expect(batches).toEqual([
      ['u0', 'u1'],
      ['u2', 'u3'],
      ['u4', 'u5']
    ])
  })

  it('records manual steps as skipped for a human and performs nothing for them', async () => {
    const manual = step('github', 'alice', 'review_deploy_key', 'access/42', {
      mode: 'manual',
      reason: 'deploy key added by alice-gh: rotate or delete it'
    })
    const r = recorder()
    const done = await execute(planOf([manual]), r.writers('github'))
    expect(r.events).toEqual([])
    expect(done.outcomes[0]).toMatchObject({
      result: 'skipped',
      detail: 'needs a human: deploy key added by alice-gh: rotate or delete it'
    })
  })

  it('fails the steps of a platform without credentials and says what to set', async () => {
    const steps = [
      step('slack', 'alice', 'deactivate_user', 'U1'),
      step('scim:okta', 'alice', 'deactivate_user', 'alice@example.test'),
      step('github', 'alice', 'remove_org_membership', 'alice-gh')
    ]
    const writers = new Map<PlatformName, PlatformWriter>([
      [
        'github',
        fakeWriter(
          'github',
          async () => ({ result: 'revoked', detail: '' }),
          'not checked: no credentials (set GITHUB_TOKEN)'
        )
      ]
    ])
    const done = await execute(planOf(steps), writers)
    expect(done.outcomes.map(o => o.detail)).toEqual([
      'no credentials for slack: set SLACK_TOKEN and rerun apply',
      expect.stringMatching(/^no credentials for scim:okta: set the token variable/),
      'github: not checked: no credentials (set GITHUB_TOKEN)'
    ])
    expect(done.counts.failed).toBe(3)
  })

  it('turns a throwing perform into a failed step without the secret in its message', async () => {
    const s = step('slack', 'alice', 'deactivate_user', 'U1')
    const writers = new Map([
      [
        'slack' as PlatformName,
        fakeWriter('slack', async () => {
          throw new Error('invalid_auth for token xoxb-1234-5678-abcdefghijkl')
        })
      ]
    ])
    const done = await execute(planOf([s]), writers)
    expect(done.outcomes[0].result).toBe('failed')
    expect(done.outcomes[0].detail).toBe(
      'slack: deactivate_user U1: invalid_auth for token [redacted]'
    )
  })

  it('reports each finished step once, with its times, and a line per outcome', async () => {
    const now = ticking('2026-11-26T05:00:00.000Z')
    const steps = [
      step('aws', 'alice', 'delete_access_key', 'alice/AKIA...WXYZ'),
      step('aws', 'bob', 'delete_user', 'bob')
    ]
    const lines: string[] = []
    const done = await execute(
      planOf(steps),
      writersFor('aws', async s =>
        s.person === 'bob'
          ? { result: 'already_absent', detail: 'NoSuchEntity' }
          : { result: 'revoked', detail: '' }
      ),
      { now, onOutcome: o => lines.push(progressLine(o)) }
    )
    expect(lines.sort()).toEqual([
      'alice  aws  delete_access_key  alice/AKIA...WXYZ  revoked',
      'bob  aws  delete_user  bob  already_absent  NoSuchEntity'
    ])
    expect(done.startedAt).toBe('2026-11-26T05:00:00.000Z')
    for (const o of done.outcomes) expect(o.finishedAt > o.startedAt).toBe(true)
    expect(done.finishedAt > done.outcomes[1].finishedAt).toBe(true)
  })

  it('sends a write only once beforeWrite has resolved, and not at all when it rejects', async () => {
    const a = step('github', 'alice', 'remove_team', 'a')
    const b = step('github', 'alice', 'remove_team', 'b')
    const c = step('github', 'alice', 'remove_org_membership', 'c', { after: [a.id, b.id] })
    const r = recorder()
    const done = await execute(planOf([a, b, c]), r.writers('github'), {
      beforeWrite: async s => {
        r.events.push(`announce ${s.target}`)
        await sleep(10)
        r.events.push(`announced ${s.target}`)
        if (s.target === 'b') throw new Error('the log cannot be written')
      },
      onOutcome: async o => {
        await sleep(10)
        r.events.push(`recorded ${o.step.target}`)
      }
    })
    expect(r.events.indexOf('start a')).toBeGreaterThan(r.events.indexOf('announced a'))
    expect(r.events).not.toContain('start b')
    // The step after them starts once both outcomes were taken.
    expect(r.events.indexOf('announce c')).toBeGreaterThan(r.events.indexOf('recorded a'))
    expect(r.events.indexOf('announce c')).toBeGreaterThan(r.events.indexOf('recorded b'))
    expect(done.outcomes.map(o => [o.step.target, o.result, o.detail])).toEqual([
      ['a', 'revoked', ''],
      ['b', 'failed', 'not attempted: the log cannot be written'],
      ['c', 'revoked', '']
    ])
  })

  it('refuses a refused or declared-only plan, a cycle and duplicate ids before performing anything', async () => {
    const r = recorder()
    const a = step('aws', 'alice', 'delete_user', 'a')
    const refused = planOf([a], {
      refused: { guard: 'max_departures_per_change', message: 'too many' }
    })
    await expect(execute(refused, r.writers('aws'))).rejects.toThrow(/refused.*nothing is revoked/)
    await expect(execute(planOf([a], { declaredOnly: true }), r.writers('aws'))).rejects.toThrow(
      /without credentials/
    )
    const x = step('aws', 'alice', 'delete_access_key', 'x', { after: ['aws/alice/delete_user/y'] })
    const y = step('aws', 'alice', 'delete_user', 'y', { after: [x.id] })
    await expect(execute(planOf([a, x, y]), r.writers('aws'))).rejects.toThrow(
      'cycle: aws/alice/delete_access_key/x -> aws/alice/delete_user/y -> aws/alice/delete_access_key/x'
    )
    await expect(execute(planOf([a, { ...a }]), r.writers('aws'))).rejects.toThrow(
      /two steps with the id/
    )
    expect(r.events).toEqual([])
  })
})

describe('planDepth', () => {
  it('counts the longest chain of after links, ignoring links to steps not in the plan', () => {
    const a = step('aws', 'p', 'x', 'a')
    const b = step('aws', 'p', 'x', 'b', { after: [a.id, 'gone'] })
    const c = step('aws', 'p', 'x', 'c', { after: [b.id] })
    const d = step('aws', 'p', 'x', 'd', { after: [a.id] })
    expect(planDepth([])).toBe(0)
    expect(planDepth([a, d])).toBe(2)
    expect(planDepth([d, c, b, a])).toBe(3)
    expect(planDepth([step('aws', 'p', 'x', 'e', { after: ['gone'] })])).toBe(1)
  })
})

describe('runSteps', () => {
  it('returns outcomes by step id and runs steps after ones that are not in the list', async () => {
    const a = step('aws', 'p', 'delete_access_key', 'a', { after: ['aws/p/x/elsewhere'] })
    const b = step('aws', 'p', 'delete_user', 'b', { after: [a.id] })
    const order: string[] = []
    const outcomes = await runSteps([b, a], async s => {
      order.push(s.target)
      return { result: 'revoked', detail: s.target }
    })
    expect(order).toEqual(['a', 'b'])
    expect(outcomes.get(b.id)).toEqual({ result: 'revoked', detail: 'b' })
  })
})
