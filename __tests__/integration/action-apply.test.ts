// The action's apply mode on a push to the default branch: revoke on the simulated GitHub,
// then commit the log back in one commit naming the pull request and its approvers.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GithubSim
} from '../../src/sandbox/github/index.js'
import { commitFiles, resolveCommitish } from '../../src/sandbox/github/git.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
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
/** A second change, after `after`: quitter leaves. */
let later = ''
let cwd = ''
const YEAR = new Date().getUTCFullYear()
/** The plan hash the pull request's comment carries in its marker; its prose names another,
 *  and a comment by someone else than the action's identity a third. */
const APPROVED = 'a'.repeat(64)
const PROSE = 'b'.repeat(64)
const FORGED = 'c'.repeat(64)

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'offboard-apply-'))
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
  for (const id of ['leaver', 'owner', 'other', 'quitter'])
    writeFileSync(join(cwd, `access/people/${id}.yaml`), person(id))
  git(cwd, 'init', '-q', '-b', 'main')
  before = commitAll(cwd, 'access')
  writeFileSync(join(cwd, 'access/people/leaver.yaml'), person('leaver', 'departed'))
  after = commitAll(cwd, 'leaver leaves (#3)')
  writeFileSync(join(cwd, 'access/people/quitter.yaml'), person('quitter', 'departed'))
  later = commitAll(cwd, 'quitter leaves')
  git(cwd, 'checkout', '-q', after)

  const state = newGithubState('acme')
  for (const [i, login] of ['owner-gh', 'leaver-gh', 'other-gh', 'quitter-gh'].entries()) {
    state.users.push({ login, id: 10 + i, email: `${login}@acme.example` })
    state.members.push({ login, role: login === 'owner-gh' ? 'admin' : 'member', state: 'active' })
  }
  state.teams.push({
    id: 1,
    slug: 'dev',
    name: 'dev',
    members: ['owner-gh', 'leaver-gh', 'other-gh', 'quitter-gh'].map(login => ({
      login,
      role: 'member' as const
    }))
  })
  // Quitter still has an invitation to her email: cancelled after her membership is removed.
  state.invitations.push({
    id: 77,
    login: null,
    email: 'quitter@acme.example',
    role: 'direct_member',
    created_at: '2026-11-01T00:00:00Z',
    inviter: 'owner-gh'
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
  // The plan comment as reviewers last saw it, under an earlier comment that only quotes one.
  const comment = (id: number, body: string, user = 'owner-gh') => ({
    id,
    issue_number: 3,
    body,
    user,
    created_at: '2026-11-26T04:05:00Z',
    updated_at: '2026-11-26T04:05:00Z'
  })
  repo.comments.push(
    comment(0, `<!-- offboard:plan hash=${FORGED} base=${before} head=${after} -->`, 'other-gh'),
    comment(1, `Looks right to me:\n<!-- offboard:plan hash=${PROSE} -->`),
    comment(
      2,
      `<!-- offboard:plan hash=${APPROVED} base=${before} head=${after} -->\n### offboard plan: 1 departure\n\nPlan \`${PROSE}\` (main -> leaver)`
    )
  )
  // Quitter's change was pushed without a pull request.
  repo.pulls.push({
    ...repo.pulls[0],
    number: 4,
    title: 'quitter leaves',
    head: { ref: 'quitter', sha: later },
    base: { ref: 'main', sha: after },
    merge_commit_sha: later,
    reviews: []
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

/** The log file on the simulated access repository's main branch, parsed. */
async function branchLog(): Promise<Record<string, unknown>[]> {
  const { Octokit } = await import('@octokit/rest')
  const octokit = new Octokit({ auth: 'ghs_owner', baseUrl: server.url })
  const file = await octokit.rest.repos.getContent({
    owner: 'acme',
    repo: 'access',
    path: `access/log/${YEAR}.jsonl`,
    ref: 'main'
  })
  return Buffer.from((file.data as { content: string }).content, 'base64')
    .toString('utf8')
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Record<string, unknown>)
}

const membershipRemovals = () =>
  server.writes().filter(w => w.operation === 'DELETE /orgs/{org}/memberships/{username}')

describe('action mode apply', () => {
  it("refuses to revoke anything when the checkout's log is broken", async () => {
    const { run } = await import('../../src/main.js')
    const file = join(cwd, `access/log/${YEAR}.jsonl`)
    mkdirSync(join(cwd, 'access/log'), { recursive: true })
    writeFileSync(file, '{"v":2,"seq":1,"at":"20')
    try {
      await run()
    } finally {
      rmSync(file)
    }
    expect(failures).toEqual([
      expect.stringMatching(
        new RegExp(
          `the revocation log is broken at access/log/${YEAR}\\.jsonl:1: .*Nothing was appended or revoked`
        )
      )
    ])
    expect(membershipRemovals()).toEqual([])
    expect(sim.state.members.map(m => m.login)).toContain('leaver-gh')
    action.reset({ ...action.inputs })
  })

  it('revokes, then commits the log in one commit naming the pull request and its approvers', async () => {
    const { run } = await import('../../src/main.js')
    const repo = sim.state.repos[0]
    const tipBefore = resolveCommitish(repo.git, 'main')
    await run()
    expect(failures).toEqual([])
    expect(sim.state.members.map(m => m.login)).toEqual(['owner-gh', 'other-gh', 'quitter-gh'])

    const tip = resolveCommitish(repo.git, 'main')!
    expect(outputs['log-commit']).toBe(tip)
    const commit = repo.git.commits[tip]
    expect(commit.parents).toEqual([tipBefore])
    expect(commit.message).toMatch(/^offboard: revocation log for leaver \(#3\)/)
    expect(commit.message).toContain('\nApproved by other-gh, owner-gh')

    const records = await branchLog()
    // The write was announced before it was sent, then its outcome, then the verification of
    // the end state; all by this run.
    expect(records.map(r => [r.seq, r.platform, r.action, r.target, r.result])).toEqual([
      [1, 'github', 'remove_org_membership', 'leaver-gh', 'started'],
      [2, 'github', 'remove_org_membership', 'leaver-gh', 'revoked'],
      [3, 'github', 'verify', 'leaver', 'verified']
    ])
    expect(records[1].run).toBe(records[0].run)
    expect(records[2].run).toBe(records[0].run)
    // The lock was the checkout's: the commit holds the log file alone.
    const child = (sha: string, name: string) => repo.git.trees[sha].find(e => e.name === name)!.sha
    const log = repo.git.trees[child(child(repo.git.commits[tip].tree, 'access'), 'log')]
    expect(log.map(e => e.name).sort()).toEqual(['.keep', `${YEAR}.jsonl`])
    // The plan posted is the one the marker of the action's own comment carries, never what
    // its prose says nor what another account's comment claims.
    const { hash } = JSON.parse(String(outputs['plan-json'] ?? '{}')) as { hash?: string }
    expect(hash).toBeUndefined()
    for (const r of records)
      expect(r).toMatchObject({
        person: 'leaver',
        actor: 'merger',
        change: { base: before, head: after, pr: 3, approvers: ['other-gh', 'owner-gh'] },
        review: {
          merged: true,
          pr_head: after,
          author: 'owner-gh',
          approved: true,
          posted_plan: APPROVED,
          plan_matches: false
        }
      })
    expect((records[0].review as { plan: string }).plan).toMatch(/^[0-9a-f]{64}$/)
    // The merged pull request says what was done, and where the log records it.
    const said = repo.comments.filter(c => c.issue_number === 3).at(-1)!
    expect(said.body).toMatch(
      /^### offboard applied this pull request: 1 revoked, 0 already absent/
    )
    expect(said.body).toContain(`offboard posted \`${APPROVED}\` for head`)
    expect(said.body).toContain(`The revocation log records it in ${tip} on \`main\``)
    // Not an offboarding branch: the merge requested the departure, on every record.
    for (const r of records) expect(r.requested_at).toBe('2026-11-26T05:00:00.000Z')
    expect(sim.violations).toEqual([])
  })

  it('commits what a run appended when it stops half-way', async () => {
    action.reset({ ...action.inputs })
    const github = await import('@actions/github')
    github.context.payload = { ...github.context.payload, before: after, after: later }
    const { run } = await import('../../src/main.js')
    // The run breaks once the membership is removed (containment first), before the
    // invitation is cancelled.
    action.core.info.mockImplementation((...line: unknown[]) => {
      if (/remove_org_membership .* revoked/.test(String(line[0])))
        throw new Error('the runner lost its disk')
    })
    try {
      await run()
    } finally {
      action.core.info.mockReset()
    }
    expect(failures).toEqual([expect.stringContaining('the runner lost its disk')])
    expect(sim.state.members.map(m => m.login)).not.toContain('quitter-gh')
    expect(sim.state.invitations.map(i => i.email)).toContain('quitter@acme.example')
    expect(membershipRemovals().map(w => w.path)).toEqual([
      '/orgs/acme/memberships/leaver-gh',
      '/orgs/acme/memberships/quitter-gh'
    ])

    const repo = sim.state.repos[0]
    const tip = resolveCommitish(repo.git, 'main')!
    expect(repo.git.commits[tip].message).toMatch(
      /^offboard: revocation log for quitter, of a run that stopped half-way\n\nthe runner lost its disk/
    )
    const records = await branchLog()
    // After the first run's three records: what this one appended before it broke, and no
    // verification (it never got that far).
    expect(records.slice(3).map(r => [r.seq, r.person, r.action, r.result])).toEqual([
      [4, 'quitter', 'remove_org_membership', 'started'],
      [5, 'quitter', 'remove_org_membership', 'revoked']
    ])
  })
})
