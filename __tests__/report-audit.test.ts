import { describe, expect, it } from '@jest/globals'
import type { Drift, Finding } from '../src/audit/index.js'
import { auditJson, auditMarkdown, auditText, headline } from '../src/report/audit.js'

const finding = (f: Partial<Finding> & Pick<Finding, 'kind' | 'severity'>): Finding => ({
  platform: 'github',
  account: 'someone',
  detail: 'why',
  ...f
})

const drift: Drift = {
  at: '2026-11-26T05:00:00.000Z',
  staleKeyDays: 90,
  platforms: [
    { platform: 'github', status: 'checked', accounts: 812, requests: 12, notes: [] },
    {
      platform: 'aws',
      status: 'checked',
      accounts: 40,
      requests: 3,
      notes: ['2 user(s) newer than the credential report: read one by one']
    },
    {
      platform: 'slack',
      status: 'not_checked',
      reason: 'not checked: no credentials (set SLACK_TOKEN)',
      accounts: 0,
      requests: 0,
      notes: []
    }
  ],
  findings: [
    finding({
      kind: 'departed_still_active',
      severity: 'critical',
      platform: 'aws',
      account: 'frank',
      person: 'frank',
      detail: 'frank departed on 2026-11-20 but still holds an active account'
    }),
    finding({ kind: 'undeclared_account', severity: 'high', account: 'mallory' }),
    finding({
      kind: 'extra_grant',
      severity: 'medium',
      account: 'alice-gh',
      person: 'alice',
      target: 'github_team sre',
      detail: 'github_team sre | <b>: no role of alice gives it'
    }),
    finding({ kind: 'missing_grant', severity: 'info', account: 'dave', person: 'dave' })
  ]
}

describe('audit JSON', () => {
  it('has the documented shape: summary, platforms with requests and counts, findings', () => {
    const json = auditJson(drift, 'access')
    expect(json).toMatchObject({
      version: 1,
      at: drift.at,
      declarations: 'access',
      stale_key_days: 90,
      fail_at: 'medium',
      drift: true,
      summary: { critical: 1, high: 1, medium: 1, low: 0, info: 1, total: 4 }
    })
    expect(
      json.platforms.map(p => [p.platform, p.status, p.requests, p.findings.critical])
    ).toEqual([
      ['github', 'checked', 12, 0],
      ['aws', 'checked', 3, 1],
      ['slack', 'not_checked', 0, 0]
    ])
    expect(json.platforms[2]!.reason).toMatch(/SLACK_TOKEN/)
    expect(json.findings[2]).toEqual({
      severity: 'medium',
      kind: 'extra_grant',
      platform: 'github',
      account: 'alice-gh',
      person: 'alice',
      target: 'github_team sre',
      detail: 'github_team sre | <b>: no role of alice gives it'
    })
    expect(json.findings[1]!.person).toBeNull()
  })

  it('says no drift when only info findings are left', () => {
    const json = auditJson({ ...drift, findings: drift.findings.slice(3) }, 'access')
    expect(json.drift).toBe(false)
  })

  it('never calls an audit with platforms not checked clean', () => {
    const none = { ...drift, findings: [] }
    expect(headline(none)).toBe('no drift on the platforms checked; 1 platform not checked')
    const checked = { ...none, platforms: none.platforms.slice(0, 2) }
    expect(headline(checked)).toBe('no drift')
  })
})

describe('audit text', () => {
  it('names the platforms not checked and lists the findings most severe first', () => {
    const text = auditText(drift, 'access')
    expect(text.split('\n')[0]).toBe(
      'offboard audit of access at 2026-11-26T05:00:00.000Z: 4 findings (1 critical, 1 high, 1 medium, 1 info); 1 platform not checked'
    )
    expect(text).toMatch(/slack +NOT CHECKED: no credentials \(set SLACK_TOKEN\)/)
    expect(text).toMatch(/github +checked: 812 accounts, 12 requests/)
    expect(text).toMatch(/note: aws: 2 user\(s\) newer than the credential report/)
    const kinds = text.split('\n').filter(l => /^[A-Z]+ /.test(l))
    expect(kinds.map(l => l.split(/ +/)[0])).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'])
    expect(kinds[0]).toBe(
      'CRITICAL departed_still_active aws frank (frank): frank departed on 2026-11-20 but still holds an active account'
    )
  })
})

describe('audit Markdown', () => {
  it('summarises by platform and severity, then details sections, critical first', () => {
    const md = auditMarkdown(drift, 'access')
    expect(md).toContain(
      '| platform | status | accounts | requests | critical | high | medium | low | info |'
    )
    expect(md).toContain('| aws | checked | 40 | 3 | 1 |  |  |  |  |')
    expect(md).toContain('| github | checked | 812 | 12 |  | 1 | 1 |  | 1 |')
    expect(md).toContain('| slack | **not checked**: no credentials (set SLACK_TOKEN) | 0 | 0 |')
    const order = ['critical', 'high', 'medium', 'info'].map(s =>
      md.indexOf(`<summary><b>${s}</b>`)
    )
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true)
    expect(md).toContain('<details open><summary><b>critical</b>: 1 finding</summary>')
    expect(md).toContain('<details><summary><b>medium</b>: 1 finding</summary>')
  })

  it('keeps table cells intact: pipes escaped, HTML neutralised', () => {
    const md = auditMarkdown(drift, 'access')
    expect(md).toContain('github_team sre \\| &lt;b&gt;: no role of alice gives it')
  })

  it('fits a size limit by counting the findings it leaves out', () => {
    const many: Drift = {
      ...drift,
      findings: Array.from({ length: 2000 }, (_, i) =>
        finding({
          kind: 'undeclared_account',
          severity: 'high',
          account: `user-${i}`,
          detail: 'an active account that no active person declares'
        })
      )
    }
    const md = auditMarkdown(many, 'access', { maxChars: 20_000 })
    expect(md.length).toBeLessThanOrEqual(20_000)
    const shown = md.split('\n').filter(l => l.startsWith('| undeclared_account')).length
    expect(shown).toBeGreaterThan(100)
    expect(md).toContain(
      `_${2000 - shown} more findings not shown here: run \`offboard audit --json\` for all._`
    )
  })
})
