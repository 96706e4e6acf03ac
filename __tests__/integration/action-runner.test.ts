// The action as the runner runs it, in a process of its own (the sources as build.ts
// transpiles them; with OFFBOARD_ACTION_BUNDLE=dist/index.js, as CI runs it after bundling,
// the bundle itself), against the simulated GitHub, through a pull request's life: pushes to
// it (valid, invalid, refused by the guard), a fork's pull request, pull_request_target, then
// merges with and without an approving review. Each run is judged by what GitHub would show:
// the comment, the job summary, the annotations, the outputs, and the log records on the
// default branch.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  commitFiles,
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GhRepo,
  type GithubSim
} from '../../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { runAction, type ActionEvent, type ActionRun } from '../support/action-runner.js'
import { buildCli, type BuiltCli } from '../support/build.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { git } from '../support/git.js'
import { simClone, type SimClone } from '../support/sim-clone.js'
import { repoRoot } from '../support/tree.js'

const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin']
const BOT = 'offboard-bot[bot]'
/** Tokens of the simulated GitHub: the action's for the access repository (repo-token), the
 *  organization's (GITHUB_TOKEN), and people's for what they do by hand. */
const TOKENS: Record<string, string> = {
  ghs_repo: BOT,
  ghs_org: 'root-gh',
  ghp_dave: 'dave-gh',
  ghp_carol: 'carol-gh',
  ghp_bob: 'bob-gh'
}
const YEAR = new Date().getUTCFullYear()

const person = (id: string, status = 'active') =>
  `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: ${status}\n${status === 'departed' ? 'departed_on: 2026-11-25\n' : ''}roles: [dev]\naccounts:\n  github: ${id}-gh\n`

const ACCESS: Record<string, string> = {
  'access/platforms.yaml':
    'version: 1\ngithub:\n  org: acme\n  protected: [root-gh]\npolicy:\n  max_departures_per_change: 1\n  require_approval: true\n',
  'access/roles/dev.yaml': 'id: dev\ngrants:\n  github:\n    teams: [dev]\n',
  'access/log/.keep': '',
  ...Object.fromEntries(PEOPLE.map(id => [`access/people/${id}.yaml`, person(id)]))
}

let built: BuiltCli | undefined
/** The action's entry point. */
let entry: string
let sim: GithubSim
let server: SimServer
let repo: GhRepo
let clone: SimClone

const quiet = { debug() {}, info() {}, warn() {}, error() {} }
const as = (token: string) => new Octokit({ auth: token, baseUrl: server.url, log: quiet })
const api = { owner: 'acme', repo: 'access' }
const short = (sha: string) => sha.slice(0, 12)

/** The environment every step of the job has; the organization token only where given. */
const env = (orgToken?: string, sha = '') => ({
  GITHUB_REPOSITORY: 'acme/access',
  GITHUB_API_URL: server.url,
  GITHUB_SHA: sha,
  GITHUB_REF: '',
  GITHUB_ACTOR: 'dave-gh',
  GITHUB_TOKEN: orgToken ?? '',
  OFFBOARD_GITHUB_PACE_WRITES: 'false'
})

const inputs = (mode: string, repoToken = 'ghs_repo') => ({
  mode,
  'access-dir': 'access',
  'repo-token': repoToken
})

/** Checks out what actions/checkout checks out on a pull request: GitHub's merge commit of its
 *  head into its base (parents: the base's tip, the head). */
function checkoutMerge(base: string, head: string): string {
  clone.fetch()
  git(clone.cwd, 'checkout', '-q', '-f', '--detach', base)
  git(clone.cwd, 'clean', '-fdq')
  git(clone.cwd, 'merge', '-q', '--no-ff', '--no-edit', head)
  return git(clone.cwd, 'rev-parse', 'HEAD')
}

function checkout(sha: string): void {
  clone.fetch()
  git(clone.cwd, 'checkout', '-q', '-f', '--detach', sha)
  git(clone.cwd, 'clean', '-fdq')
}

const pullEvent = (number: number, fork = false, name = 'pull_request'): ActionEvent => {
  const pull = repo.pulls.find(p => p.number === number)!
  return {
    name,
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { ref: 'main', sha: pull.base.sha, repo: { full_name: 'acme/access' } },
        head: {
          ref: pull.head.ref,
          sha: pull.head.sha,
          repo: { full_name: fork ? 'mallory/access' : 'acme/access' }
        }
      },
      repository: { full_name: 'acme/access', name: 'access', owner: { login: 'acme' } }
    }
  }
}

const pushEvent = (before: string, after: string): ActionEvent => ({
  name: 'push',
  payload: {
    ref: 'refs/heads/main',
    before,
    after,
    repository: {
      default_branch: 'main',
      full_name: 'acme/access',
      name: 'access',
      owner: { login: 'acme' }
    }
  }
})

/** Plans pull request `number` as the plan job would, at its head as it stands. */
async function plan(number: number, orgToken?: string): Promise<ActionRun> {
  const pull = repo.pulls.find(p => p.number === number)!
  const merge = checkoutMerge(repo.git.refs['refs/heads/main'], pull.head.sha)
  return runAction(entry, {
    cwd: clone.cwd,
    inputs: inputs('plan'),
    event: pullEvent(number),
    env: env(orgToken, merge)
  })
}

/** Opens a pull request from a new branch that writes `files` onto main. */
async function openPull(branch: string, files: Record<string, string>): Promise<number> {
  commitFiles(repo, { branch, files, message: branch })
  const { data } = await as('ghp_dave').rest.pulls.create({
    ...api,
    head: branch,
    base: 'main',
    title: branch
  })
  return data.number
}

const comments = (number: number) => repo.comments.filter(c => c.issue_number === number)
const planComment = (number: number) =>
  comments(number).find(c => c.user === BOT && c.body.startsWith('<!-- offboard:plan'))!
const errors = (r: ActionRun) => r.annotations.filter(a => a.level === 'error')
const warnings = (r: ActionRun) => r.annotations.filter(a => a.level === 'warning')

/** The log file on the simulated main branch, parsed. */
function logOnMain(): Record<string, unknown>[] {
  const text = git(clone.cwd, 'show', `origin/main:access/log/${YEAR}.jsonl`)
  return text.split('\n').map(l => JSON.parse(l) as Record<string, unknown>)
}

const members = () => sim.state.members.map(m => m.login)

beforeAll(async () => {
  const bundle = process.env.OFFBOARD_ACTION_BUNDLE
  if (bundle) entry = resolve(repoRoot, bundle)
  else ({ action: entry } = built = buildCli())
  const state = newGithubState('acme')
  for (const [i, login] of ['root-gh', ...PEOPLE.map(p => `${p}-gh`)].entries()) {
    state.users.push({ login, id: 100 + i, email: `${login}@acme.example` })
    state.members.push({ login, role: i === 0 ? 'admin' : 'member', state: 'active' })
  }
  state.users.push({ login: BOT, id: 900, email: null, type: 'Bot' })
  state.teams.push({
    id: 1,
    slug: 'dev',
    name: 'dev',
    members: PEOPLE.map(p => ({ login: `${p}-gh`, role: 'member' as const }))
  })
  repo = newGithubRepo('access')
  commitFiles(repo, { files: ACCESS, message: 'the access tree' })
  state.repos.push(repo)
  sim = createGithubPlatform(state, { checkRequest: createGithubOpenapiCheck(), tokens: TOKENS })
  server = await startSimServer(sim.platform)
  clone = simClone(repo, mkdtempSync(join(tmpdir(), 'offboard-checkout-')))
}, 60_000)

afterAll(async () => {
  built?.remove()
  await server?.close()
})

describe('mode plan on pull_request', () => {
  let number = 0
  let first: ActionRun

  it('without credentials: passes, with a warning annotation and a warning block for each platform not checked', async () => {
    number = await openPull('alice-leaves', {
      'access/people/alice.yaml': person('alice', 'departed')
    })
    first = await plan(number)
    expect([first.code, errors(first)]).toEqual([0, []])
    expect(warnings(first)).toEqual([
      {
        level: 'warning',
        message: 'alice github: not checked: no credentials (set GITHUB_TOKEN)',
        properties: { title: 'offboard: not checked' }
      }
    ])
    const body = planComment(number).body
    expect(body.indexOf('> [!WARNING]\n> **not checked: github:')).toBeGreaterThan(0)
    expect(body.indexOf('[!WARNING]')).toBeLessThan(body.indexOf('| Person |'))
  })

  it("valid: the comment, updated in place, and the summary name the pull request's head (not the merge commit) and its base", async () => {
    const id = planComment(number).id
    const r = await plan(number, 'ghs_org')
    expect([r.code, r.annotations]).toEqual([0, []])
    const pull = repo.pulls.find(p => p.number === number)!
    const { hash } = JSON.parse(r.outputs['plan-json']) as { hash: string }
    const body = planComment(number).body
    expect(planComment(number).id).toBe(id)
    expect(comments(number)).toHaveLength(1)
    expect(body.split('\n').slice(0, 4)).toEqual([
      `<!-- offboard:plan hash=${hash} base=${pull.base.sha} head=${pull.head.sha} -->`,
      '### offboard plan: 1 departure, 0 reductions',
      '',
      `Plan \`${short(hash)}\` for head \`${short(pull.head.sha)}\` against base \`${short(pull.base.sha)}\`.`
    ])
    expect(body).not.toContain(git(clone.cwd, 'rev-parse', 'HEAD').slice(0, 12))
    expect(body).toMatch(/`remove_org_membership` alice-gh/)
    expect(r.summary).toBe(`${body}\n`)
    expect(r.outputs.departures).toBe('1')
  })

  it('invalid push: the annotation on the file, and the comment replaced by "no plan for <head>"', async () => {
    const id = planComment(number).id
    commitFiles(repo, {
      branch: 'alice-leaves',
      files: { 'access/people/alice.yaml': person('alice', 'gone') },
      message: 'typo'
    })
    const head = repo.pulls.find(p => p.number === number)!.head.sha
    expect(repo.git.refs['refs/heads/alice-leaves']).toBe(head)
    const r = await plan(number, 'ghs_org')
    expect(r.code).toBe(1)
    expect(errors(r)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/status/),
        properties: expect.objectContaining({ file: 'access/people/alice.yaml', line: '4' })
      }),
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(
            `^1 problem\\(s\\) in the declarations at the pull request's head .*: no plan for ${head}`
          )
        )
      })
    ])
    const body = planComment(number).body
    expect(planComment(number).id).toBe(id)
    expect(body).toMatch(new RegExp(`^<!-- offboard:plan base=[0-9a-f]{40} head=${head} -->\n`))
    expect(body).toContain(`### offboard plan: no plan for \`${short(head)}\``)
    expect(body).toMatch(/> - access\/people\/alice\.yaml:4:\d+: /)
    expect(body).not.toContain('remove_org_membership')
    expect(r.summary).toBe(`${body}\n`)
    expect(r.outputs).toEqual({})

    // Fixed again: the plan is back, for the new head.
    commitFiles(repo, {
      branch: 'alice-leaves',
      files: { 'access/people/alice.yaml': person('alice', 'departed') },
      message: 'fix'
    })
    expect((await plan(number, 'ghs_org')).code).toBe(0)
    expect(planComment(number).body).toContain(
      `head=${repo.pulls.find(p => p.number === number)!.head.sha} -->`
    )
  })

  it('refused by the guard: fails, and still lists every step under the refusal', async () => {
    const two = await openPull('two-leave', {
      'access/people/bob.yaml': person('bob', 'departed'),
      'access/people/erin.yaml': person('erin', 'departed')
    })
    const r = await plan(two, 'ghs_org')
    expect(r.code).toBe(1)
    expect(errors(r).map(a => a.message)).toEqual([
      expect.stringMatching(
        /^refused: this change departs 2 people \(bob, erin\); policy.max_departures_per_change allows 1\. Nothing is revoked\./
      )
    ])
    const body = planComment(two).body
    expect(body).toContain(
      '> **Refused** by `policy.max_departures_per_change`: this change departs 2 people'
    )
    expect(body).not.toMatch(/refused: this change/)
    expect(body).toContain('> Every step below is what this change would run: none of them runs.')
    expect(body).toMatch(/`remove_org_membership` bob-gh/)
    expect(body).toMatch(/`remove_org_membership` erin-gh/)
    expect(body).not.toMatch(/; 0 steps</)
    expect(sim.state.members).toHaveLength(6)
  })

  it("from a fork: declared only, listing the declared accounts and grants; the fork's token may not comment", async () => {
    const fork = await openPull('fork-carol', {
      'access/people/carol.yaml': person('carol', 'departed')
    })
    const pull = repo.pulls.find(p => p.number === fork)!
    const merge = checkoutMerge(repo.git.refs['refs/heads/main'], pull.head.sha)
    const r = await runAction(entry, {
      cwd: clone.cwd,
      inputs: inputs('plan', 'ghs_fork_read_only'),
      event: pullEvent(fork, true),
      env: env(undefined, merge)
    })
    expect([r.code, errors(r)]).toEqual([0, []])
    expect(warnings(r).map(a => a.message)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request from a fork .*: the plan is in the job summary$/
      )
    ])
    expect(comments(fork)).toEqual([])
    expect(r.summary).toContain('> **Declared only**')
    expect(r.summary).toContain('| carol | departure | declared only: 2 declared items |')
    expect(r.summary).toContain('- declared account carol-gh\n- GitHub team dev')
  })

  it('pull_request_target: refused before anything is read or written', async () => {
    sim.violations.length = 0
    server.resetRecord()
    const r = await runAction(entry, {
      cwd: clone.cwd,
      inputs: inputs('plan'),
      event: pullEvent(number, true, 'pull_request_target'),
      env: env('ghs_org')
    })
    expect(r.code).toBe(1)
    expect(r.annotations).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(
          /^offboard refuses pull_request_target: .* Run mode "plan" on pull_request instead/
        ),
        properties: {}
      }
    ])
    expect([r.summary, r.outputs]).toEqual(['', {}])
    expect(server.requests).toEqual([])
  })
})

describe('mode apply on push', () => {
  it('a merged pull request approved on its head: revoked, recorded with its review, and said on the pull request', async () => {
    // The plan job last ran on the head the pull request is merged at.
    const number = repo.pulls.find(p => p.head.ref === 'alice-leaves')!.number
    const pull = repo.pulls.find(p => p.number === number)!
    const marker = new RegExp(
      `^<!-- offboard:plan hash=([0-9a-f]{64}) base=[0-9a-f]{40} head=${pull.head.sha} -->`
    )
    const hash = marker.exec(planComment(number).body)![1]
    // The author's own marker, claiming another plan: not the action's comment, so ignored.
    await as('ghp_dave').rest.issues.createComment({
      ...api,
      issue_number: number,
      body: `<!-- offboard:plan hash=${'f'.repeat(64)} base=${pull.base.sha} head=${pull.head.sha} -->`
    })
    // An author cannot approve their own pull request; a reviewer approves its head.
    await expect(
      as('ghp_dave').rest.pulls.createReview({ ...api, pull_number: number, event: 'APPROVE' })
    ).rejects.toMatchObject({ status: 422 })
    await as('ghp_carol').rest.pulls.createReview({
      ...api,
      pull_number: number,
      event: 'APPROVE'
    })
    const before = repo.git.refs['refs/heads/main']
    const { data: merged } = await as('ghp_dave').rest.pulls.merge({
      ...api,
      pull_number: number,
      sha: pull.head.sha
    })
    checkout(merged.sha)
    expect(git(clone.cwd, 'rev-parse', 'HEAD^1', 'HEAD^2').split('\n')).toEqual([
      before,
      pull.head.sha
    ])

    const r = await runAction(entry, {
      cwd: clone.cwd,
      inputs: inputs('apply'),
      event: pushEvent(before, merged.sha),
      env: env('ghs_org', merged.sha)
    })
    expect([r.code, r.annotations]).toEqual([0, []])
    expect(members()).not.toContain('alice-gh')
    clone.fetch()
    const tip = repo.git.refs['refs/heads/main']
    expect(r.outputs['log-commit']).toBe(tip)
    const records = logOnMain()
    expect(records.map(x => [x.person, x.action, x.result])).toEqual([
      ['alice', 'remove_org_membership', 'started'],
      ['alice', 'remove_org_membership', 'revoked'],
      ['alice', 'verify', 'verified']
    ])
    for (const x of records)
      expect(x).toMatchObject({
        v: 2,
        change: { base: before, head: merged.sha, pr: number, approvers: ['carol-gh'] },
        review: {
          merged: true,
          pr_head: pull.head.sha,
          author: 'dave-gh',
          approved: true,
          plan: hash,
          posted_plan: hash,
          plan_matches: true
        }
      })
    const review = `Pull request #${number} (merged), head \`${short(pull.head.sha)}\` by dave-gh: approved by carol-gh.`
    expect(r.summary).toContain(review)
    expect(r.summary).toContain(
      `Plan \`${hash}\` applied: the plan offboard posted for head \`${short(pull.head.sha)}\`.`
    )
    const said = comments(number).at(-1)!
    expect(said.user).toBe(BOT)
    expect(said.body).toMatch(
      /^### offboard applied this pull request: 1 revoked, 0 already absent, 0 skipped, 0 failed, 1 verified\n/
    )
    expect(said.body).toContain(review)
    expect(said.body).toContain(
      '| alice | github | remove_org_membership | alice-gh | **revoked** |'
    )
    expect(said.body).toContain(`The revocation log records it in ${tip} on \`main\`.`)
  })

  it('a merged pull request approved only by the person it departs: refused by policy.require_approval, nothing revoked', async () => {
    const number = await openPull('bob-leaves', {
      'access/people/bob.yaml': person('bob', 'departed')
    })
    await as('ghp_bob').rest.pulls.createReview({ ...api, pull_number: number, event: 'APPROVE' })
    const before = repo.git.refs['refs/heads/main']
    const { data: merged } = await as('ghp_dave').rest.pulls.merge({ ...api, pull_number: number })
    checkout(merged.sha)
    const r = await runAction(entry, {
      cwd: clone.cwd,
      inputs: inputs('apply'),
      event: pushEvent(before, merged.sha),
      env: env('ghs_org', merged.sha)
    })
    expect(r.code).toBe(1)
    const pull = repo.pulls.find(p => p.number === number)!
    expect(errors(r).map(a => a.message)).toEqual([
      `offboard: refused by policy.require_approval: nobody other than its author dave-gh and the people it departs (bob-gh) approved head ${short(pull.head.sha)} of pull request #${number} (approved by bob-gh). Nothing was revoked: revert the change, or have someone other than its author and the people it departs approve the pull request's head and re-run this job`
    ])
    expect(r.summary).toContain('**Refused by `policy.require_approval`**')
    expect(members()).toContain('bob-gh')
    expect(repo.git.refs['refs/heads/main']).toBe(merged.sha)
    expect(comments(number).filter(c => c.body.startsWith('### offboard applied'))).toEqual([])
  })

  it('a push without a pull request: refused by policy.require_approval', async () => {
    const before = repo.git.refs['refs/heads/main']
    const after = commitFiles(repo, {
      files: { 'access/people/erin.yaml': person('erin', 'departed') },
      message: 'erin leaves, pushed straight to main'
    })
    checkout(after)
    const r = await runAction(entry, {
      cwd: clone.cwd,
      inputs: inputs('apply'),
      event: pushEvent(before, after),
      env: env('ghs_org', after)
    })
    expect(r.code).toBe(1)
    expect(errors(r).map(a => a.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^offboard: refused by policy.require_approval: the push ${before.slice(0, 7)}\\.\\.${after.slice(0, 7)} came from no merged pull request: nobody reviewed it\\. Nothing was revoked`
        )
      )
    ])
    expect(members()).toContain('erin-gh')
    expect(sim.violations).toEqual([])
  })
})
