// The action's apply mode on a push to the default branch: revoke on the simulated GitHub,
// then commit the log back in one commit naming the pull request and its approvers.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GithubSim
} from '../../src/sandbox/github.js'
import { commitFiles, resolveCommitish } from '../../src/sandbox/github-git.js'
import { startSimServer, type SimServer } from '../../src/sandbox/server.js'
import { fakeActionsCore } from '../support/action-core.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { commitAll, git } from '../support/git.js'

const action = fakeActionsCore()
const { outputs, failures } = action
Object.assign(action.inputs, {
  mode: 'apply',
  'access-dir': 'access',
  'repo-token': 'ghs_owner'
})
jest.unstable_mockModule('@actions/core', () => action.core)

const person = (id: string, status = 'active') =>
  `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-25\n' : ''}roles: [dev]\naccounts:\n  github: ${id}-gh\n`

let sim: GithubSim
let server: SimServer
const saved = { ...process.env }
let before = ''
let after = ''

beforeAll(async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'offboard-apply-'))
  mkdirSync(join(cwd, 'access/people'), { recursive: true })
  mkdirSync(join(cwd, 'access/roles'))
  writeFileSync(
    join(cwd, 'access/platforms.yaml'),
    'version: 1\ngithub:\n  org: acme\npolicy:\n  max_departure_ratio: 0.5\n'
  )
  writeFileSync(
    join(cwd, 'access/roles/dev.yaml'),
    'id: dev\ngrants:\n  github:\n    teams: [dev]\n'
  )
  for (const id of ['leaver', 'owner', 'other'])
    writeFileSync(join(cwd, `access/people/${id}.yaml`), person(id))
  git(cwd, 'init', '-q', '-b', 'main')
  before = commitAll(cwd, 'access')
  writeFileSync(join(cwd, 'access/people/leaver.yaml'), person('leaver', 'departed'))
  after = commitAll(cwd, 'leaver leaves (#3)')

  const state = newGithubState('acme')
  for (const [i, login] of ['owner-gh', 'leaver-gh', 'other-gh'].entries()) {
    state.users.push({ login, id: 10 + i, email: `${login}@acme.example` })
    state.members.push({ login, role: login === 'owner-gh' ? 'admin' : 'member', state: 'active' })
  }
  state.teams.push({
    id: 1,
    slug: 'dev',
    name: 'dev',
    members: ['owner-gh', 'leaver-gh', 'other-gh'].map(login => ({
      login,
      role: 'member' as const
    }))
  })
  const repo = newGithubRepo('access')
  commitFiles(repo, { files: { 'access/log/.keep': '' }, message: 'start' })
  repo.pulls.push({
    number: 3,
    title: 'leaver leaves',
    body: '',
    state: 'closed',
    user: 'owner-gh',
    head: { ref: 'leaver', sha: after },
    base: { ref: 'main', sha: before },
    merged: true,
    merged_at: '2026-11-26T05:00:00Z',
    merge_commit_sha: after,
    merged_by: 'owner-gh',
    labels: [],
    requested_reviewers: [],
    created_at: '2026-11-26T04:00:00Z',
    updated_at: '2026-11-26T05:00:00Z',
    closed_at: '2026-11-26T05:00:00Z',
    reviews: [
      {
        id: 1,
        user: 'other-gh',
        state: 'CHANGES_REQUESTED',
        body: '',
        commit_id: after,
        submitted_at: '2026-11-26T04:10:00Z'
      },
      {
        id: 2,
        user: 'other-gh',
        state: 'APPROVED',
        body: '',
        commit_id: after,
        submitted_at: '2026-11-26T04:20:00Z'
      },
      {
        id: 3,
        user: 'owner-gh',
        state: 'APPROVED',
        body: '',
        commit_id: after,
        submitted_at: '2026-11-26T04:30:00Z'
      }
    ]
  })
  state.repos.push(repo)
  sim = createGithubPlatform(state, {
    checkRequest: createGithubOpenapiCheck(),
    tokens: { ghs_owner: 'owner-gh' }
  })
  server = await startSimServer(sim.platform)

  const event = join(mkdtempSync(join(tmpdir(), 'offboard-event-')), 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      before,
      after,
      repository: {
        default_branch: 'main',
        full_name: 'acme/access',
        name: 'access',
        owner: { login: 'acme' }
      }
    })
  )
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_ACTOR: 'merger',
    GITHUB_API_URL: server.url,
    GITHUB_TOKEN: 'ghs_owner',
    OFFBOARD_GITHUB_PACE_WRITES: 'false'
  })
  process.chdir(cwd)
})

afterAll(async () => {
  process.env = saved
  await server.close()
})

describe('action mode apply', () => {
  it('revokes, then commits the log in one commit naming the pull request and its approvers', async () => {
    const { run } = await import('../../src/main.js')
    const repo = sim.state.repos[0]
    const tipBefore = resolveCommitish(repo.git, 'main')
    await run()
    expect(failures).toEqual([])
    expect(sim.state.members.map(m => m.login)).toEqual(['owner-gh', 'other-gh'])

    const tip = resolveCommitish(repo.git, 'main')!
    expect(outputs['log-commit']).toBe(tip)
    const commit = repo.git.commits[tip]
    expect(commit.parents).toEqual([tipBefore])
    expect(commit.message).toMatch(/^offboard: revocation log for leaver \(#3\)/)

    const { Octokit } = await import('@octokit/rest')
    const octokit = new Octokit({ auth: 'ghs_owner', baseUrl: server.url })
    const file = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'access',
      path: `access/log/${new Date().getUTCFullYear()}.jsonl`,
      ref: 'main'
    })
    const text = Buffer.from((file.data as { content: string }).content, 'base64').toString('utf8')
    const records = text
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(records.map(r => [r.platform, r.action, r.target, r.result])).toEqual([
      ['github', 'remove_org_membership', 'leaver-gh', 'revoked']
    ])
    expect(records[0]).toMatchObject({
      seq: 1,
      person: 'leaver',
      actor: 'merger',
      change: { base: before, head: after, pr: 3, approvers: ['other-gh', 'owner-gh'] }
    })
    expect(sim.violations).toEqual([])
  })
})
