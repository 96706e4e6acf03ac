import { describe, expect, it } from '@jest/globals'
import { buildPlan } from '../src/plan.js'
import { PLAN_COMMENT_MARKER } from '../src/report/plan-marker.js'
import { planMarkdown, planText } from '../src/report/plan.js'
import {
  pipelineDeclarations as declarations,
  role,
  staff as person
} from './support/declarations.js'
import { fakeReader } from './support/fake-connector.js'

const roles = [
  role('backend', {
    github: { teams: ['backend'], org_role: 'member' },
    aws: { groups: ['dev'], policies: [] }
  }),
  role('sre', { github: { teams: ['sre'], org_role: 'member' } })
]
const team = (slug: string) => ({ kind: 'team', id: slug, label: `team ${slug}` })
const people = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan'].map(
  id => person(id, ['backend'])
)
const departed = { status: 'departed' as const, departed_on: '2026-11-20' }
const rev = (label: string, decl: ReturnType<typeof declarations>) => ({
  label,
  declarations: decl
})

function readers() {
  return [
    fakeReader('github', {
      alice: [team('backend'), { kind: 'token', id: 't1', label: 'token ...abcd' }],
      bob: [team('backend'), team('sre')]
    }),
    fakeReader('aws', { alice: [{ kind: 'group', id: 'dev', label: 'group dev' }] })
  ]
}

describe('buildPlan', () => {
  const base = declarations(people, roles, {
    policy: { max_departures_per_change: 5, max_departure_ratio: 0.3, revoke_within: '24h' }
  })

  it('plans a departure on every platform from what is actually held, and a stable hash', async () => {
    const head = declarations(
      people.map(p => (p.id === 'alice' ? { ...p, ...departed } : p)),
      roles
    )
    const rs = readers()
    const plan = await buildPlan({ base: rev('base', base), head: rev('head', head), readers: rs })
    expect(plan.refused).toBeUndefined()
    expect(plan.people).toHaveLength(1)
    const alice = plan.people[0]
    expect(alice).toMatchObject({ person: 'alice', kind: 'departure', why: 'marked departed' })
    expect(alice.platforms.map(s => [s.platform, s.status, s.steps.map(st => st.action)])).toEqual([
      ['github', 'checked', ['remove_team', 'remove_token']],
      ['aws', 'checked', ['remove_group']]
    ])
    expect(rs[0].discovered[0].who).toEqual({
      person: 'alice',
      name: 'Person alice',
      email: 'alice@acme.example',
      account: 'alice-gh',
      // Who declares which login, so that no lookup lands on someone else's account.
      claims: expect.any(Map)
    })
    expect(rs[0].discovered[0].who.claims?.get('bob-gh')).toEqual(['bob'])

    const again = await buildPlan({
      base: rev('b', base),
      head: rev('h', head),
      readers: readers(),
      now: new Date(0)
    })
    expect(again.hash).toBe(plan.hash)
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('plans a reduction only on the platforms that lose grants, with only those grants', async () => {
    const head = declarations(
      people.map(p => (p.id === 'bob' ? { ...p, roles: ['backend'] } : p)),
      roles
    )
    const withSre = declarations(
      people.map(p => (p.id === 'bob' ? { ...p, roles: ['backend', 'sre'] } : p)),
      roles
    )
    const rs = readers()
    const plan = await buildPlan({ base: rev('b', withSre), head: rev('h', head), readers: rs })
    expect(plan.people).toHaveLength(1)
    expect(plan.people[0]).toMatchObject({
      person: 'bob',
      kind: 'reduction',
      why: 'no longer granted: GitHub team sre'
    })
    expect(plan.people[0].platforms.map(s => s.platform)).toEqual(['github'])
    expect(plan.people[0].platforms[0].steps.map(s => s.target)).toEqual(['bob-gh/sre'])
    expect(rs[1].discovered).toEqual([]) // aws never asked
  })

  it('reports a platform without credentials as not checked, without calling it', async () => {
    const head = declarations(
      people.map(p => (p.id === 'alice' ? { ...p, ...departed } : p)),
      roles
    )
    const gh = fakeReader(
      'github',
      {},
      { unavailable: 'not checked: no credentials (set GITHUB_TOKEN)' }
    )
    const broken = fakeReader('aws', {}, { fail: 'connect ECONNREFUSED' })
    const plan = await buildPlan({
      base: rev('b', base),
      head: rev('h', head),
      readers: [gh, broken]
    })
    expect(plan.people[0].platforms.map(s => [s.status, s.reason])).toEqual([
      ['not_checked', 'not checked: no credentials (set GITHUB_TOKEN)'],
      ['not_checked', 'discovery failed: connect ECONNREFUSED']
    ])
    expect(gh.discovered).toEqual([])
  })

  it('passes the connectors refusals through (protected accounts are never steps)', async () => {
    const head = declarations(
      people.map(p => (p.id === 'alice' ? { ...p, ...departed } : p)),
      roles
    )
    const gh = fakeReader(
      'github',
      { alice: [team('backend')] },
      { protectedAccounts: ['alice-gh'] }
    )
    const plan = await buildPlan({ base: rev('b', base), head: rev('h', head), readers: [gh] })
    expect(plan.people[0].platforms[0]).toMatchObject({
      steps: [],
      refused: [{ target: 'alice-gh', reason: 'protected in platforms.yaml' }]
    })
  })

  it('refuses three departures among nine active people with a ratio of 0.3, and still plans every step it would run', async () => {
    const head = declarations(
      people.map(p => (['alice', 'bob', 'carol'].includes(p.id) ? { ...p, ...departed } : p)),
      roles
    )
    const rs = readers()
    const plan = await buildPlan({ base: rev('b', base), head: rev('h', head), readers: rs })
    expect(plan.refused?.guard).toBe('max_departure_ratio')
    expect(plan.refused?.message).toMatch(
      /departs 3 of 9 active people \(33%: alice, bob, carol\); policy.max_departure_ratio allows 30%. Nothing is revoked/
    )
    // Read-only discovery still runs, so reviewers see what the change would have done.
    expect(
      plan.people.map(p => [p.person, p.platforms.flatMap(s => s.steps.map(st => st.action))])
    ).toEqual([
      ['alice', ['remove_team', 'remove_token', 'remove_group']],
      ['bob', ['remove_team', 'remove_team']],
      ['carol', []]
    ])
    expect(rs[0].discovered.map(d => d.who.person).sort()).toEqual(['alice', 'bob', 'carol'])
  })

  it('refuses more departures than max_departures_per_change, judged by the base policy', async () => {
    const strict = declarations(people, roles, {
      policy: { max_departures_per_change: 1, max_departure_ratio: 1, revoke_within: '24h' }
    })
    // head tries to loosen the limit in the same change: base's policy still applies
    const head = declarations(
      people.map(p => (['alice', 'bob'].includes(p.id) ? { ...p, ...departed } : p)),
      roles,
      { policy: { max_departures_per_change: 50, max_departure_ratio: 1, revoke_within: '24h' } }
    )
    const plan = await buildPlan({
      base: rev('b', strict),
      head: rev('h', head),
      readers: readers()
    })
    expect(plan.refused).toMatchObject({ guard: 'max_departures_per_change' })
    expect(plan.refused?.message).toMatch(
      /departs 2 people \(alice, bob\); policy.max_departures_per_change allows 1/
    )
  })

  it('allows a change that departs exactly as many people as the policy allows', async () => {
    // Two of nine: at both the absolute limit and the ratio, not above either.
    const exact = declarations(people, roles, {
      policy: { max_departures_per_change: 2, max_departure_ratio: 2 / 9, revoke_within: '24h' }
    })
    const departing = (ids: string[]) =>
      declarations(
        people.map(p => (ids.includes(p.id) ? { ...p, ...departed } : p)),
        roles
      )
    const rs = readers()
    const plan = await buildPlan({
      base: rev('b', exact),
      head: rev('h', departing(['alice', 'bob'])),
      readers: rs
    })
    expect(plan.refused).toBeUndefined()
    expect(plan.people.map(p => p.person)).toEqual(['alice', 'bob'])
    expect(rs[0].discovered.map(d => d.who.person)).toEqual(['alice', 'bob'])

    const ratioOnly = declarations(people, roles, {
      policy: { max_departures_per_change: 5, max_departure_ratio: 2 / 9, revoke_within: '24h' }
    })
    const three = await buildPlan({
      base: rev('b', ratioOnly),
      head: rev('h', departing(['alice', 'bob', 'carol'])),
      readers: readers()
    })
    expect(three.refused?.guard).toBe('max_departure_ratio')
  })

  it("hands a platform every person's plan of the change at once, and plans what it returns", async () => {
    const [github, aws] = readers()
    const seen: string[][] = []
    // The platform keeps the last of them: a guard only the whole change can see.
    github.planTogether = each => {
      seen.push(each.map(e => `${e.found.person} ${e.scope.kind} ${e.plan.steps.length}`))
      return each.map((e, i) =>
        i === each.length - 1
          ? {
              steps: [],
              refused: [{ platform: 'github', person: e.found.person, target: 'x', reason: 'kept' }]
            }
          : e.plan
      )
    }
    const plan = await buildPlan({
      base: rev('b', base),
      head: rev(
        'h',
        declarations(
          people.map(p => (p.id === 'alice' || p.id === 'bob' ? { ...p, ...departed } : p)),
          roles
        )
      ),
      readers: [github, aws]
    })
    expect(seen).toEqual([['alice departure 2', 'bob departure 2']])
    const section = (person: string) =>
      plan.people.find(p => p.person === person)!.platforms.find(s => s.platform === 'github')!
    expect(section('alice').steps).toHaveLength(2)
    expect(section('bob')).toMatchObject({ steps: [], refused: [{ reason: 'kept' }] })
  })

  it("shows a platform's pacing note under each person's final steps there", async () => {
    const [github, aws] = readers()
    github.pacing = steps => (steps.length ? `${steps.length} writes, one a second` : undefined)
    const plan = await buildPlan({
      base: rev('b', base),
      head: rev(
        'h',
        declarations(
          people.map(p => (p.id === 'alice' || p.id === 'carol' ? { ...p, ...departed } : p)),
          roles
        )
      ),
      readers: [github, aws]
    })
    expect(plan.people.map(p => [p.person, p.platforms.map(s => s.notes)])).toEqual([
      ['alice', [['2 writes, one a second'], []]],
      ['carol', [[], []]]
    ])
    expect(planText(plan)).toContain('note: 2 writes, one a second')
  })

  it('plans from the declarations alone when told (forks: no credentials)', async () => {
    const head = declarations(
      people.filter(p => p.id !== 'alice'),
      roles
    )
    const rs = readers()
    const plan = await buildPlan({
      base: rev('b', base),
      head: rev('h', head),
      readers: rs,
      declaredOnly: true
    })
    expect(plan.declaredOnly).toBe(true)
    expect(plan.people[0]).toMatchObject({ person: 'alice', why: 'file deleted' })
    expect(
      plan.people[0].platforms.map(s => [s.platform, s.status, s.holdings.map(h => h.label)])
    ).toEqual([
      ['github', 'declared_only', ['declared account alice-gh', 'GitHub team backend']],
      ['aws', 'declared_only', ['declared account alice', 'IAM group dev']]
    ])
    expect(rs.every(r => r.discovered.length === 0)).toBe(true)
  })
})

describe('plan reports', () => {
  it('say what will be revoked per person and platform, and what is not applied', async () => {
    const base = declarations(people, roles)
    const head = declarations(
      [...people.map(p => (p.id === 'alice' ? { ...p, ...departed } : p)), person('zed', ['sre'])],
      roles
    )
    const gh = readers()[0]
    const aws = fakeReader(
      'aws',
      {},
      { unavailable: 'not checked: no credentials (set AWS_ACCESS_KEY_ID)' }
    )
    const plan = await buildPlan({
      base: rev('HEAD~1 (abc1234)', base),
      head: rev('working tree', head),
      readers: [gh, aws]
    })

    const text = planText(plan)
    expect(text).toMatch(
      /^offboard plan: HEAD~1 \(abc1234\) -> working tree: 1 departure, 0 reductions, 1 addition \(not applied\)/
    )
    expect(text).toMatch(/alice \(Person alice <alice@acme.example>\): departure, marked departed/)
    expect(text).toMatch(
      / {2}github alice-gh \(id id-alice-gh\): 2 steps\n {4}- remove_team alice-gh\/backend/
    )
    expect(text).toMatch(/ {2}aws: not checked: no credentials \(set AWS_ACCESS_KEY_ID\)/)
    expect(text).toMatch(/Not applied[^\n]*\n {2}zed: new person: GitHub team sre/)

    const md = planMarkdown(plan)
    expect(md.startsWith(PLAN_COMMENT_MARKER)).toBe(true)
    expect(md).toMatch(/\| Person \| Change \| github \| aws \|/)
    expect(md).toMatch(/\| alice \| departure \| 2 steps \| not checked: no credentials/)
    expect(md).toMatch(/<details><summary><b>alice<\/b>/)
    expect(md).toContain(`Plan \`${plan.hash}\``)
  })

  it('say when a change is refused', async () => {
    const base = declarations(people, roles, {
      policy: { max_departures_per_change: 0, max_departure_ratio: 1, revoke_within: '24h' }
    })
    const head = declarations(
      people.filter(p => p.id !== 'ivan'),
      roles
    )
    const plan = await buildPlan({ base: rev('b', base), head: rev('h', head), readers: [] })
    expect(planText(plan)).toMatch(
      /REFUSED \(max_departures_per_change\): this change departs one person \(ivan\)[^\n]*\nEvery step below is what the change would run; none runs\./
    )
    expect(planMarkdown(plan)).toMatch(/\*\*Refused\*\* by `policy.max_departures_per_change`/)
  })
})
