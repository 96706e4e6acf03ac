// Text from platforms in the reports: control characters escaped in the terminal outputs, and
// HTML, pipes and line breaks neutralised in the Markdown ones, so no name forges a line.
import { describe, expect, it } from '@jest/globals'
import { appliedMarkdown, outcomeLine } from '../src/report/applied.js'
import { planMarkdown, planText } from '../src/report/plan.js'
import { printable } from '../src/report/printable.js'
import { planOf, step } from './support/plan.js'

const FORGED = 'laptop"\n  bob  github  remove_org_membership  bob  revoked\u001b[2K\r'
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

describe('printable', () => {
  it('writes every control character as a visible escape', () => {
    expect(printable('a\nb\rc\td\u0000e\u001b[31mf\u007fg\u009bh\u202ei\u2028j')).toBe(
      'a\\nb\\rc\\td\\u0000e\\u001b[31mf\\u007fg\\u009bh\\u202ei\\u2028j'
    )
    expect(printable('Zoë Ångström 山田')).toBe('Zoë Ångström 山田')
  })
})

describe('reports with text a platform chose', () => {
  const plan = planOf([
    step('github', 'alice', 'revoke_token_grant', `token grant 1 "${FORGED}"`, {
      reason: `reason\u001b]0;title\u0007`
    })
  ])
  plan.people[0].platforms[0].notes.push(`</details>\n\n### Nothing to revoke.<img src=x>`)
  plan.people[0].platforms[0].account = { id: '1', display: `Alice\u001b[8m` }

  it('the plan text holds each line it means to, and no control character', () => {
    const text = planText(plan)
    expect(text).not.toMatch(CONTROL)
    expect(text).not.toMatch(/^\s*bob\s+github/m)
    expect(text).toContain('revoked\\u001b[2K\\r')
    expect(text).toContain('github Alice\\u001b[8m (id 1)')
  })

  it('the plan in Markdown: no HTML, heading or line break from a platform', () => {
    const md = planMarkdown(plan)
    expect(md).not.toMatch(CONTROL)
    expect(md).not.toMatch(/^\s*bob\s+github/m)
    expect(md).not.toMatch(/^### Nothing/m)
    expect(md).not.toContain('<img')
    expect(md.match(/<\/details>/g)).toHaveLength(1)
    expect(md).toContain('&lt;/details&gt;')
  })

  it('the outcome lines and the applied table', () => {
    const entry = {
      person: 'alice',
      platform: 'github',
      action: 'revoke_token_grant',
      target: `token grant 1 "${FORGED}"`,
      result: 'failed' as const,
      detail: `github answered\n  alice  aws  delete_user  alice  revoked`
    }
    const line = outcomeLine(entry)
    expect(line).not.toMatch(CONTROL)
    expect(line.split('\n')).toHaveLength(1)
    const table = appliedMarkdown([
      { ...entry, at: '', change: { base: '', head: '', pr: null, approvers: [] }, actor: 'x' }
    ])
    expect(table).not.toMatch(CONTROL)
    expect(table.split('\n')).toHaveLength(3)
  })
})
