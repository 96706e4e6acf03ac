// The simulated GitHub's pull requests as a reviewer and a merger see them: a push to the
// branch moves the head, reviews are of the head unless another commit is named, an author
// cannot approve their own, and a merge writes a merge commit (or a squashed one) whose tree
// merges both sides, refusing when a file changed on both.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import {
  commitFiles,
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GhRepo
} from '../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import { createGithubOpenapiCheck } from './support/github-openapi-check.js'

const api = { owner: 'acme', repo: 'access' }
const quiet = { debug() {}, info() {}, warn() {}, error() {} }
let server: SimServer
let repo: GhRepo
let violations: string[]
const as = (token: string) => new Octokit({ auth: token, baseUrl: server.url, log: quiet })

beforeAll(async () => {
  const state = newGithubState('acme')
  for (const login of ['dave', 'carol']) state.users.push({ login, id: login.length, email: null })
  repo = newGithubRepo('access')
  commitFiles(repo, { files: { 'a.txt': 'a\n', 'b.txt': 'b\n' }, message: 'start' })
  state.repos.push(repo)
  const sim = createGithubPlatform(state, {
    checkRequest: createGithubOpenapiCheck(),
    tokens: { dave: 'dave', carol: 'carol' }
  })
  violations = sim.violations
  server = await startSimServer(sim.platform)
})

afterAll(() => server.close())

async function open(branch: string, files: Record<string, string>) {
  commitFiles(repo, { branch, files, message: branch })
  return (await as('dave').rest.pulls.create({ ...api, head: branch, base: 'main', title: branch }))
    .data
}

describe('simulated pull requests', () => {
  it("follow pushes to their branch, and take reviews of the head, never the author's approval", async () => {
    const pull = await open('one', { 'a.txt': 'one\n' })
    const pushed = commitFiles(repo, { branch: 'one', files: { 'c.txt': 'c\n' }, message: 'more' })
    const { data } = await as('dave').rest.pulls.get({ ...api, pull_number: pull.number })
    expect(data.head.sha).toBe(pushed)
    await expect(
      as('dave').rest.pulls.createReview({ ...api, pull_number: pull.number, event: 'APPROVE' })
    ).rejects.toMatchObject({ status: 422 })
    const { data: review } = await as('carol').rest.pulls.createReview({
      ...api,
      pull_number: pull.number,
      event: 'APPROVE'
    })
    expect(review).toMatchObject({ state: 'APPROVED', commit_id: pushed, user: { login: 'carol' } })
  })

  it('merge: a merge commit of both sides, the branch moved, the pull request merged', async () => {
    const pull = await open('two', { 'b.txt': 'two\n' })
    const tip = repo.git.refs['refs/heads/main']
    // main moves on meanwhile, touching another file
    const moved = commitFiles(repo, { files: { 'd.txt': 'd\n' }, message: 'elsewhere' })
    expect(moved).not.toBe(tip)
    const { data } = await as('dave').rest.pulls.merge({ ...api, pull_number: pull.number })
    expect(data).toMatchObject({ merged: true })
    const commit = repo.git.commits[data.sha]
    expect(commit.parents).toEqual([moved, pull.head.sha])
    expect(repo.git.refs['refs/heads/main']).toBe(data.sha)
    const files = await as('dave').rest.git.getTree({ ...api, tree_sha: commit.tree })
    expect(files.data.tree.map(e => e.path).sort()).toEqual(['a.txt', 'b.txt', 'd.txt'])
    const { data: merged } = await as('dave').rest.pulls.get({ ...api, pull_number: pull.number })
    expect(merged).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: data.sha })
    await expect(
      as('dave').rest.pulls.merge({ ...api, pull_number: pull.number })
    ).rejects.toMatchObject({ status: 405 })
  })

  it('refuses a merge when a file changed on both sides, or the head moved since the given sha', async () => {
    const pull = await open('three', { 'd.txt': 'three\n' })
    await expect(
      as('dave').rest.pulls.merge({ ...api, pull_number: pull.number, sha: 'f'.repeat(40) })
    ).rejects.toMatchObject({ status: 409 })
    commitFiles(repo, { files: { 'd.txt': 'main\n' }, message: 'conflict' })
    await expect(
      as('dave').rest.pulls.merge({ ...api, pull_number: pull.number })
    ).rejects.toMatchObject({ status: 405 })
  })

  it('squash: one commit on the base tip', async () => {
    const pull = await open('four', { 'e.txt': 'e\n' })
    const tip = repo.git.refs['refs/heads/main']
    const { data } = await as('dave').rest.pulls.merge({
      ...api,
      pull_number: pull.number,
      merge_method: 'squash'
    })
    expect(repo.git.commits[data.sha]).toMatchObject({
      parents: [tip],
      message: `four (#${pull.number})`
    })
    expect(violations).toEqual([])
  })
})
