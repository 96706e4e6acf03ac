// A read that failed is shown at the top of every plan, never as a footnote; the plan JSON
// carries it; and a plan that could not read something does not hash like one that could.
import { describe, expect, it } from '@jest/globals'
import { buildPlan } from '../src/plan.js'
import type { Plan, PlatformSection } from '../src/plan-types.js'
import { planJson, planMarkdown, planText, planWarnings } from '../src/report/plan.js'
import { declarations, githubConfig, person, platforms } from './support/declarations.js'
import { fakeReader } from './support/fake-connector.js'

const section = (extra: Partial<PlatformSection>): PlatformSection => ({
  platform: 'github',
  status: 'checked',
  account: { id: '101', display: 'alice-gh' },
  holdings: [],
  notes: ['Copilot: alice-gh has no seat in acme'],
  steps: [],
  refused: [],
  ...extra
})

const plan = (platforms: PlatformSection[]): Plan => ({
  base: 'HEAD~1',
  head: 'HEAD',
  createdAt: '2026-11-26T05:00:00.000Z',
  declaredOnly: false,
  revokeWithin: '24h',
  afterMerge: [],
  people: [
    {
      person: 'alice',
      name: 'Alice',
      email: 'alice@acme.example',
      kind: 'departure',
      why: 'marked departed',
      platforms
    }
  ],
  additions: [],
  hash: 'f'.repeat(64)
})

const unread = plan([
  section({
    unread: [
      { what: 'SAML SSO credential authorizations', error: 'GitHub answered 500: Server Error' }
    ]
  }),
  section({
    platform: 'slack',
    account: undefined,
    unread: [{ what: 'members of channel C9', error: 'channel_not_found | hidden' }]
  }),
  section({ platform: 'aws', status: 'not_checked', reason: 'not checked: no credentials' })
])

describe('plan warnings', () => {
  it('lists every platform not read, then every failed read, one line each', () => {
    expect(planWarnings(unread)).toEqual([
      'alice aws: not checked: no credentials',
      'alice github: could not read SAML SSO credential authorizations: GitHub answered 500: Server Error',
      'alice slack: could not read members of channel C9: channel_not_found | hidden'
    ])
    expect(planWarnings(plan([section({})]))).toEqual([])
  })

  it("a platform's error text is shown escaped: it can start no line (or annotation) of its own", () => {
    const forged = plan([
      section({
        unread: [
          { what: 'deploy keys', error: 'GitHub answered 500: x\n::error::all clear\u001b[2K' }
        ]
      })
    ])
    expect(planWarnings(forged)).toEqual([
      'alice github: could not read deploy keys: GitHub answered 500: x\\n::error::all clear\\u001b[2K'
    ])
  })

  it('text: WARNING blocks before the first person, and the read again in its section', () => {
    const text = planText(unread)
    const notChecked = text.indexOf(
      'WARNING: not checked: aws: what it holds is not in this plan, and apply fails (exit 1) there until it can be read:\n  alice aws: not checked: no credentials'
    )
    const warning = text.indexOf(
      'WARNING: 2 reads failed: what they would have found is not in this plan, and apply fails (exit 1) until they succeed:'
    )
    expect(notChecked).toBeGreaterThan(0)
    expect(warning).toBeGreaterThan(notChecked)
    expect(warning).toBeLessThan(text.indexOf('alice (Alice'))
    expect(text).toMatch(
      /\n {2}github alice-gh \(id 101\): nothing to revoke, 1 read failed\n {4}! could not read SAML SSO credential authorizations: GitHub answered 500/
    )
  })

  it('Markdown: a WARNING alert above the table, its cells escaped', () => {
    const md = planMarkdown(unread)
    expect(md.indexOf('> [!WARNING]')).toBeGreaterThan(0)
    expect(md.indexOf('> [!WARNING]')).toBeLessThan(md.indexOf('| Person |'))
    expect(md).toContain(
      '> - alice slack: could not read members of channel C9: channel_not_found \\| hidden'
    )
    expect(md).toContain(
      '- :warning: could not read SAML SSO credential authorizations: GitHub answered 500: Server Error'
    )
    expect(planMarkdown(plan([section({})]))).not.toContain('[!WARNING]')
  })

  it('JSON: each section carries its unread reads', () => {
    const json = JSON.parse(planJson(unread))
    expect(json.people[0].platforms[0].unread).toEqual([
      { what: 'SAML SSO credential authorizations', error: 'GitHub answered 500: Server Error' }
    ])
    expect(JSON.parse(planJson(plan([section({})]))).people[0].platforms[0]).not.toHaveProperty(
      'unread'
    )
  })

  it('the plan hash differs when a read failed that did not before', async () => {
    const decl = (status: 'active' | 'departed') =>
      declarations(
        platforms({ github: githubConfig('acme', []) }),
        [
          person('alice', {
            status,
            ...(status === 'departed' ? { departed_on: '2026-11-25' } : {}),
            accounts: { github: 'alice-gh' }
          }),
          ...['b', 'c', 'd', 'e', 'f'].map(id => person(id))
        ],
        []
      )
    const holdings = { alice: [{ kind: 'org_membership', id: 'alice-gh', label: 'member' }] }
    const reader = fakeReader('github', holdings)
    const failing = {
      ...reader,
      discover: async (...a: Parameters<typeof reader.discover>) => ({
        ...(await reader.discover(...a)),
        unread: [{ what: 'pending invitations', error: 'GitHub answered 500' }]
      })
    }
    const input = (r: typeof reader) => ({
      base: { label: 'base', declarations: decl('active') },
      head: { label: 'head', declarations: decl('departed') },
      readers: [r]
    })
    const clean = await buildPlan(input(reader))
    const partial = await buildPlan(input(failing))
    expect(partial.people[0].platforms[0].steps).toEqual(clean.people[0].platforms[0].steps)
    expect(partial.people[0].platforms[0].unread).toHaveLength(1)
    expect(partial.hash).not.toBe(clean.hash)
  })
})

describe('containment steps', () => {
  const step = (action: string, contain?: boolean) => ({
    id: `aws_sso/alice/${action}`,
    platform: 'aws_sso',
    person: 'alice',
    action,
    target: 'alice',
    reason: 'departed',
    after: [],
    mode: 'auto' as const,
    params: {},
    ...(contain ? { contain } : {})
  })
  const contained = plan([
    section({ platform: 'aws_sso', steps: [step('deny_sessions', true), step('delete_user')] })
  ])

  it('say in the text and in Markdown that they run first, and only they', () => {
    expect(planText(contained)).toContain(
      '    - first: deny_sessions alice (departed)\n    - delete_user alice (departed)'
    )
    const md = planMarkdown(contained)
    expect(md).toContain('- **first** `deny_sessions` alice: departed\n- `delete_user` alice')
  })
})
