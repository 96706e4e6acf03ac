// Action mode `audit`, driven through run() as the runner does, against the simulated
// GitHub holding both the organization and the access repository: one drift issue,
// opened, updated in place, closed with a comment once the audit is clean.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Drift } from '../../src/audit/index.js'
import { createGithubPlatform, type GithubSimState } from '../../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { fakeActionsCore } from '../support/action-core.js'
import { auditTree, driftedOrg, fix, ORG, REPO } from '../support/audit-github-fixture.js'

const action = fakeActionsCore()
const { core, inputs, summaries } = action
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main.js')
const { DRIFT_LABEL, syncDriftIssue } = await import('../../src/action/audit.js')
const { repoClient } = await import('../../src/action/repo.js')

let state: GithubSimState
let server: SimServer
const saved = { ...process.env }

beforeAll(async () => {
  state = driftedOrg()
  server = await startSimServer(createGithubPlatform(state).platform)
  Object.assign(process.env, {
    GITHUB_TOKEN: 'ghs_action',
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: `${ORG}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    // GitHub asks for writes a second apart; the simulator does not.
    OFFBOARD_GITHUB_PACE_WRITES: 'false'
  })
  // The audit runs on schedule (the event is read when @actions/github is first imported).
  ;(await import('@actions/github')).context.eventName = 'schedule'
  inputs.mode = 'audit'
  inputs['access-dir'] = `${auditTree()}/access`
})
afterAll(async () => {
  process.env = { ...saved }
  await server.close()
})
beforeEach(() => {
  jest.clearAllMocks()
  summaries.length = 0
})

const repo = () => state.repos.find(r => r.name === REPO)!
const driftIssues = () => repo().issues.filter(i => i.labels.includes(DRIFT_LABEL))

describe('action mode audit', () => {
  it('opens one drift issue, updates it while drift stays, closes it once clean', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(summaries).toHaveLength(1)
    expect(summaries[0]).toMatch(
      /^### offboard audit: 5 findings \(1 critical, 1 high, 1 medium, 1 low, 1 info\)/
    )
    // The evidence of the last 30 days follows the audit in the summary.
    expect(summaries[0]).toMatch(
      /\n### offboard evidence: requested from \d{4}-\d{2}-\d{2} to today \(UTC days, both included\)\n\nSLA `policy.revoke_within: 24h`\. Log: empty[^\n]*\n\nNo departure in the period\./
    )
    expect(driftIssues()).toHaveLength(1)
    const [issue] = driftIssues()
    expect(issue).toMatchObject({
      state: 'open',
      title: 'Access drift: 3 findings of severity medium or above'
    })
    expect(issue!.body).toContain('| departed_still_active | github | frank-gh | frank |')
    expect(issue!.body).toContain('(run https://github.example/acme/access/actions/runs/4242)')

    // Still drifting, a little less: the same issue, its body replaced.
    state.members = state.members.filter(m => m.login !== 'mallory')
    process.env.GITHUB_RUN_ID = '4243'
    await run()
    expect(driftIssues()).toHaveLength(1)
    expect(driftIssues()[0]!.number).toBe(issue!.number)
    expect(driftIssues()[0]!.body).toContain('actions/runs/4243')
    expect(driftIssues()[0]!.body).not.toContain('mallory')
    expect(driftIssues()[0]!.title).toBe('Access drift: 2 findings of severity medium or above')
    expect(repo().comments).toEqual([])

    fix(state)
    await run()
    expect(driftIssues()).toHaveLength(1)
    expect(driftIssues()[0]).toMatchObject({ number: issue!.number, state: 'closed' })
    expect(repo().comments).toEqual([
      expect.objectContaining({
        issue_number: issue!.number,
        body: expect.stringMatching(
          /found no drift of severity medium or above on any platform .*: closing\.$/
        )
      })
    ])
    // Only info findings left: the summary still says so; nothing new is opened.
    expect(summaries.at(-1)).toMatch(/^### offboard audit: 1 finding \(1 info\)/)
    await run()
    expect(driftIssues()).toHaveLength(1)
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('keeps the issue open while a platform cannot be checked, and closes duplicates', async () => {
    const drift = (findings: Drift['findings'], slack: 'checked' | 'not_checked'): Drift => ({
      at: '2026-11-26T05:00:00.000Z',
      staleKeyDays: 90,
      platforms: [
        {
          platform: 'slack',
          status: slack,
          accounts: 0,
          requests: 0,
          notes: [],
          ...(slack === 'not_checked'
            ? { reason: 'not checked: no credentials (set SLACK_TOKEN)' }
            : {})
        }
      ],
      findings
    })
    const extra = {
      kind: 'extra_grant' as const,
      severity: 'medium' as const,
      platform: 'slack' as const,
      account: 'U0ALICE01',
      person: 'alice',
      detail: 'slack_channel C0X: no role of alice gives it'
    }
    const sync = (d: Drift) =>
      syncDriftIssue(repoClient('ghs_action'), { owner: ORG, repo: REPO }, d, 'access')
    const open = () => driftIssues().filter(i => i.state === 'open')
    await sync(drift([extra], 'checked'))
    expect(open()).toHaveLength(1)
    const tracked = open()[0]!.number

    await sync(drift([], 'not_checked'))
    expect(open().map(i => i.number)).toEqual([tracked])
    expect(open()[0]!.body).toContain('**not checked**: no credentials (set SLACK_TOKEN)')

    repo().issues.push({ ...open()[0]!, number: 999, title: 'a second drift issue' })
    await sync(drift([extra], 'checked'))
    expect(open().map(i => i.number)).toEqual([tracked])
    expect(repo().comments.at(-1)).toMatchObject({
      issue_number: 999,
      body: `Duplicate of #${tracked}, which tracks the drift.`
    })

    await sync(drift([], 'checked'))
    expect(open()).toEqual([])
  })
})
