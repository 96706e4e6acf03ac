import { describe, expect, it } from '@jest/globals'
import type { Discovery, Holding, Scope } from '../src/connectors/connector.js'
import type { GithubConfig } from '../src/declarations/types.js'
import { pacingNote, planGithubSteps } from '../src/connectors/github/plan.js'

const config: GithubConfig = { org: 'acme', protected: ['Acme-Bot'], repository_scan_limit: 200 }
const departure: Scope = { kind: 'departure' }

function discovery(login: string, holdings: Holding[]): Discovery {
  return {
    platform: 'github',
    person: 'alice',
    status: 'checked',
    account: { id: '101', display: login },
    holdings,
    notes: []
  }
}

const member = (role: string, owners: number | null = null): Holding => ({
  kind: 'org_membership',
  id: 'alice-gh',
  label: '',
  details: { role, state: 'active', owners }
})
const everything: Holding[] = [
  member('admin', 2),
  { kind: 'token_request', id: '41', label: '', details: { token_name: 'ci' } },
  { kind: 'token_grant', id: '31', label: '', details: { token_name: 'deploy' } },
  {
    kind: 'sso_authorization',
    id: '9001',
    label: '',
    details: { credential_type: 'personal access token', last4: '1234' }
  },
  { kind: 'invitation', id: '5', label: '', details: { login: null, email: 'alice@acme.example' } },
  { kind: 'copilot_seat', id: 'alice-gh', label: '', details: { assigning_team: null } },
  {
    kind: 'deploy_key',
    id: 'api/555123',
    label: '',
    details: { repository: 'api', key_id: 555123, title: 'ci deploy' }
  }
]

describe('github plan: departure', () => {
  it('removes the membership first (containment), then the credentials it does not end', () => {
    const { steps, refused } = planGithubSteps(discovery('alice-gh', everything), departure, config)
    expect(refused).toEqual([])
    expect(steps.map(s => `${s.action} ${s.target}`)).toEqual([
      'remove_org_membership alice-gh',
      'deny_token_request token request 41 "ci"',
      'revoke_token_grant token grant 31 "deploy"',
      'cancel_invitation invitation 5 (alice@acme.example)',
      'review_deploy_key api deploy key 555123 "ci deploy"'
    ])
    const membership = steps[0]
    expect(membership.contain).toBe(true)
    expect(membership.reason).toBe(
      'admin of acme; removing the membership also drops its SAML SSO credential authorization, its Copilot seat, every team and repository access'
    )
    expect(steps.every(s => s.after.length === 0)).toBe(true)
    expect(steps.filter(s => s.contain).map(s => s.action)).toEqual(['remove_org_membership'])
    expect(steps.find(s => s.action === 'review_deploy_key')?.mode).toBe('manual')
    expect(membership.params).toEqual({ org: 'acme', login: 'alice-gh', role: 'admin' })
    expect(membership.id).toBe('github/alice/remove_org_membership/alice-gh')
    expect(new Set(steps.map(s => s.id)).size).toBe(steps.length)
  })

  it('revokes the SSO authorizations and the Copilot seat itself when the membership stays', () => {
    const outside: Holding = { kind: 'outside_collaborator', id: 'alice-gh', label: '' }
    const held = everything.filter(h => h.kind !== 'org_membership')
    const { steps } = planGithubSteps(discovery('alice-gh', [outside, ...held]), departure, config)
    expect(steps.map(s => s.action)).toEqual([
      'remove_outside_collaborator',
      'deny_token_request',
      'revoke_token_grant',
      'revoke_sso_authorization',
      'cancel_invitation',
      'remove_copilot_seat',
      'review_deploy_key'
    ])
  })

  it('never adds a step per team or repository: the membership removal covers them', () => {
    const teams: Holding = { kind: 'team_membership', id: 'backend', label: '' }
    const { steps } = planGithubSteps(
      discovery('alice-gh', [member('member'), teams]),
      departure,
      config
    )
    expect(steps.map(s => s.action)).toEqual(['remove_org_membership'])
  })

  it('removes an outside collaborator instead of a membership', () => {
    const outside: Holding = { kind: 'outside_collaborator', id: 'alice-gh', label: '' }
    const { steps } = planGithubSteps(discovery('alice-gh', [outside]), departure, config)
    expect(steps.map(s => `${s.action} ${s.target}`)).toEqual([
      'remove_outside_collaborator alice-gh'
    ])
  })

  it('cancels the invitation of someone only invited as the containment', () => {
    const invitation: Holding = {
      kind: 'invitation',
      id: '5',
      label: '',
      details: { login: 'alice-gh', email: null }
    }
    const { steps } = planGithubSteps(discovery('alice-gh', [invitation]), departure, config)
    expect(steps.map(s => [s.action, s.contain])).toEqual([['cancel_invitation', true]])
  })

  it('leaves a Copilot seat that comes from a team, or is already ending, to the membership removal', () => {
    const seat = (details: Holding['details']): Holding => ({
      kind: 'copilot_seat',
      id: 'alice-gh',
      label: '',
      details
    })
    const ending: Holding['details'][] = [
      { assigning_team: 'copilot-users' },
      { pending_cancellation_date: '2026-12-01' }
    ]
    for (const d of ending) {
      const { steps } = planGithubSteps(
        discovery('alice-gh', [member('member'), seat(d)]),
        departure,
        config
      )
      expect(steps.map(s => s.action)).toEqual(['remove_org_membership'])
    }
  })

  it('refuses to remove the last owner, but still revokes their credentials', () => {
    const holdings = [member('admin', 1), everything[2]]
    const { steps, refused } = planGithubSteps(discovery('alice-gh', holdings), departure, config)
    expect(steps.map(s => s.action)).toEqual(['revoke_token_grant'])
    expect(refused).toEqual([
      {
        platform: 'github',
        person: 'alice',
        target: 'alice-gh',
        reason: expect.stringMatching(
          /alice-gh is the last owner of acme.*make someone else an owner first/
        )
      }
    ])
  })

  it('a protected login gets no steps at all, only refusals naming each thing left alone', () => {
    const found = discovery('acme-bot', [{ ...member('admin', 1), id: 'acme-bot' }, everything[2]])
    const { steps, refused } = planGithubSteps(found, departure, config)
    expect(steps).toEqual([])
    expect(refused.map(r => r.target).sort()).toEqual(['acme-bot', 'token grant 31 "deploy"'])
    expect(refused.every(r => /acme-bot is protected \(github.protected/.test(r.reason))).toBe(true)
  })

  it('plans nothing for a discovery that was not checked', () => {
    const found = { ...discovery('alice-gh', everything), status: 'not_checked' as const }
    expect(planGithubSteps(found, departure, config)).toEqual({ steps: [], refused: [] })
  })
})

describe('github plan: the pacing note', () => {
  it("counts the person's writes, not the deploy key a human reviews, and says how long they take", () => {
    const { steps } = planGithubSteps(discovery('alice-gh', everything), departure, config)
    expect(pacingNote(steps, true)).toBe(
      "4 GitHub writes, sent one a second as GitHub asks (about 4 s); the token grants, token requests and Copilot seats of the change's departures go in one request each"
    )
    expect(pacingNote(steps, false)).toBe(
      "4 GitHub writes, not spaced (OFFBOARD_GITHUB_PACE_WRITES=false); the token grants, token requests and Copilot seats of the change's departures go in one request each"
    )
  })

  it('says nothing of sharing without a shared write, and nothing at all without a write', () => {
    const { steps } = planGithubSteps(
      discovery('alice-gh', [member('member', 2)]),
      departure,
      config
    )
    expect(pacingNote(steps, true)).toBe(
      '1 GitHub write, sent one a second as GitHub asks (about 1 s)'
    )
    expect(pacingNote([], true)).toBeUndefined()
  })
})

describe('github plan: reduction', () => {
  const teams: Holding[] = [
    { kind: 'team_membership', id: 'backend', label: '' },
    { kind: 'team_membership', id: 'infra', label: '' }
  ]
  const reduction = (...remove: [string, string][]): Scope => ({
    kind: 'reduction',
    remove: remove.map(([kind, value]) => ({ platform: 'github', kind, value }) as never)
  })

  it('removes only the teams no longer granted, and demotes an owner who lost org_role admin', () => {
    const found = discovery('alice-gh', [member('admin', 3), ...teams])
    const scope = reduction(['github_team', 'Backend'], ['github_org_admin', 'acme'])
    const { steps, refused } = planGithubSteps(found, scope, config)
    expect(refused).toEqual([])
    expect(steps.map(s => `${s.action} ${s.target}`)).toEqual([
      'remove_team_membership team backend',
      'demote_org_admin alice-gh'
    ])
    expect(steps[0].params).toEqual({ org: 'acme', login: 'alice-gh', team: 'backend' })
    expect(steps.every(s => s.after.length === 0)).toBe(true)
  })

  it('does not demote a plain member, and refuses to demote the last owner', () => {
    const scope = reduction(['github_org_admin', 'acme'])
    expect(planGithubSteps(discovery('alice-gh', [member('member')]), scope, config).steps).toEqual(
      []
    )
    const last = planGithubSteps(discovery('alice-gh', [member('admin', 1)]), scope, config)
    expect(last.steps).toEqual([])
    expect(last.refused[0].reason).toMatch(/last owner of acme/)
  })
})
