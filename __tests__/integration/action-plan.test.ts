// The action's plan mode on a pull_request event: the comment on the simulated GitHub is
// created once and then updated in place.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GithubSim
} from '../../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { fakeActionsCore } from '../support/action-core.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { commitAll, initRepo } from '../support/git.js'
import { scratchTree } from '../support/tree.js'

const action = fakeActionsCore()
const { inputs, outputs, failures, summaries, warnings } = action
jest.unstable_mockModule('@actions/core', () => action.core)

let sim: GithubSim
let server: SimServer
let cwd: string
let run: () => Promise<void>
/** The pull request's base and head commits, as the event names them. */
let commits: { base: string; head: string }
const saved = { ...process.env }

beforeAll(async () => {
  const state = newGithubState('acme')
  state.users.push({ login: 'reviewer', id: 1, email: 'r@acme.example' })
  state.members.push({ login: 'reviewer', role: 'admin', state: 'active' })
  state.repos.push(newGithubRepo('access'))
  state.repos[0].issues.push({
    number: 7,
    title: 'alice leaves',
    body: '',
    state: 'open',
    labels: [],
    user: 'reviewer',
    pull_request: true
  } as never)
  sim = createGithubPlatform(state, {
    checkRequest: createGithubOpenapiCheck(),
    tokens: { ghs_repo: 'reviewer' }
  })
  server = await startSimServer(sim.platform)

  cwd = scratchTree()
  const base = initRepo(cwd)
  const alice = join(cwd, 'access/people/alice.yaml')
  writeFileSync(
    alice,
    readFileSync(alice, 'utf8').replace(
      'status: active',
      'status: departed\ndeparted_on: 2026-11-25'
    )
  )
  commits = { base, head: commitAll(cwd, 'alice leaves') }
  const event = join(mkdtempSync(join(tmpdir(), 'offboard-event-')), 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        created_at: '2026-11-25T09:00:00Z',
        base: { sha: commits.base, repo: { full_name: 'acme/access' } },
        head: { sha: commits.head, ref: 'offboard/alice', repo: { full_name: 'acme/access' } }
      },
      repository: { full_name: 'acme/access', name: 'access', owner: { login: 'acme' } }
    })
  )
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_API_URL: server.url,
    OFFBOARD_GITHUB_PACE_WRITES: 'false'
  })
  delete process.env.GITHUB_TOKEN
  Object.assign(inputs, { mode: 'plan', 'access-dir': 'access', 'repo-token': 'ghs_repo' })
  process.chdir(cwd)
  ;({ run } = await import('../../src/main.js'))
})

afterAll(async () => {
  process.env = saved
  await server.close()
})

describe('action mode plan', () => {
  it('posts one sticky comment with the plan, and updates it in place on the next push', async () => {
    await run()
    expect(failures).toEqual([])
    const comments = () => sim.state.repos[0].comments.filter(c => c.issue_number === 7)
    expect(comments()).toHaveLength(1)
    const first = comments()[0].body
    // The hidden marker carries the plan's hash and the commits it was made for.
    const { hash } = JSON.parse(String(outputs['plan-json'])) as { hash: string }
    expect(first).toMatch(
      new RegExp(
        `^<!-- offboard:plan hash=${hash} base=${commits.base} head=${commits.head} -->\n### offboard plan: 1 departure, 0 reductions`
      )
    )
    expect(first).toMatch(
      /\| alice \| departure \| not checked: no credentials \(set GITHUB_TOKEN\)/
    )
    // A platform that could not be read is a warning at the top and an annotation of its own.
    expect(first).toMatch(
      /\n> \[!WARNING\]\n> \*\*not checked: github, aws, slack, scim:jira, scim:pagerduty, aws_sso, entra, google, okta: what they hold is not in this plan, and apply fails \(exit 1\) there until they can be read\.\*\*/
    )
    expect(first.indexOf('[!WARNING]')).toBeLessThan(first.indexOf('| Person |'))
    // Opened by mode offboard (its branch): the dispatch time starts the clock.
    expect(first).toContain(
      '- **alice**: to be revoked and verified by 2026-11-26T09:00:00.000Z (requested 2026-11-25T09:00:00.000Z; policy.revoke_within 24h)'
    )
    expect(warnings).toEqual([
      'alice github: not checked: no credentials (set GITHUB_TOKEN)',
      expect.stringMatching(/^alice aws: not checked: no credentials/),
      'alice slack: not checked: no credentials (set SLACK_TOKEN)',
      'alice scim:jira: not checked: no credentials (set JIRA_SCIM_TOKEN)',
      'alice scim:pagerduty: not checked: no credentials (set PAGERDUTY_SCIM_TOKEN)',
      expect.stringMatching(/^alice aws_sso: not checked: no credentials/),
      'alice entra: not checked: no credentials (set ENTRA_CLIENT_SECRET)',
      'alice google: not checked: no credentials (set GOOGLE_SERVICE_ACCOUNT_KEY)',
      'alice okta: not checked: no credentials (set OKTA_API_TOKEN)'
    ])
    expect(summaries).toEqual([`${first}\n`])
    expect(outputs.departures).toBe(1)
    expect(JSON.parse(String(outputs['plan-json']))).toMatchObject({
      version: 1,
      people: [{ person: 'alice' }]
    })

    // the next push: bob leaves too, which the policy refuses (2 of 9 active is over 20%)
    const bob = join(cwd, 'access/people/bob.yaml')
    writeFileSync(
      bob,
      readFileSync(bob, 'utf8').replace(
        'status: active',
        'status: departed\ndeparted_on: 2026-11-25'
      )
    )
    const next = commitAll(cwd, 'bob leaves too')
    const { context } = await import('@actions/github')
    context.payload.pull_request!.head.sha = next
    await run()
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toMatch(/### offboard plan: 2 departures/)
    expect(comments()[0].body).toMatch(/\*\*Refused\*\* by `policy.max_departure_ratio`/)
    expect(comments()[0].body).toContain(`head=${next}`)
    expect(failures).toEqual([
      expect.stringMatching(/^refused: .*policy.max_departure_ratio allows 20%/)
    ])
    expect(sim.violations).toEqual([])
  })
})
