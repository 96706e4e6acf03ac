// How apply judges the review of its change: only approvals of the pull request's head count,
// each person's latest review decides, bots approve nothing, and neither the author nor a
// person the change departs can approve it; only a merged pull request brought a change.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reviewOf } from '../src/action/review.js'
import { repositoryClient } from '../src/github/client.js'
import { approversOf, mergedPullOf } from '../src/github/pulls.js'
import { unreviewed } from '../src/report/review.js'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GhPull,
  type GhReview
} from '../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import { createGithubOpenapiCheck } from './support/github-openapi-check.js'

const [OLD, HEAD, MERGE, OPEN] = ['1', '2', '3', '4'].map(c => c.repeat(40))
const repo = { owner: 'acme', repo: 'access' }
let server: SimServer
let client: ReturnType<typeof repositoryClient>

const review = (id: number, user: string, state: GhReview['state'], commit = HEAD): GhReview => ({
  id,
  user,
  state,
  body: '',
  commit_id: commit,
  submitted_at: `2026-11-26T04:${String(10 + id).padStart(2, '0')}:00Z`
})

const pull = (number: number, extra: Partial<GhPull>): GhPull => ({
  number,
  title: 'bob leaves',
  body: '',
  state: 'closed',
  user: 'dave',
  head: { ref: 'bob-leaves', sha: HEAD },
  base: { ref: 'main', sha: OLD },
  merged: true,
  merged_at: '2026-11-26T05:00:00Z',
  merge_commit_sha: MERGE,
  labels: [],
  requested_reviewers: [],
  reviews: [],
  created_at: '2026-11-26T04:00:00Z',
  updated_at: '2026-11-26T05:00:00Z',
  closed_at: '2026-11-26T05:00:00Z',
  ...extra
})

beforeAll(async () => {
  const state = newGithubState('acme')
  for (const login of ['dave', 'carol', 'erin', 'frank', 'bob'])
    state.users.push({ login, id: login.length * 7, email: null })
  state.users.push({ login: 'helper[bot]', id: 99, email: null, type: 'Bot' })
  const access = newGithubRepo('access')
  access.pulls.push(
    pull(5, {
      reviews: [
        review(1, 'carol', 'APPROVED', OLD), // an earlier push: approves nothing since
        review(2, 'erin', 'APPROVED'),
        review(3, 'erin', 'CHANGES_REQUESTED'), // her latest word
        review(4, 'frank', 'APPROVED'),
        review(5, 'frank', 'COMMENTED'), // a comment changes nothing
        review(6, 'helper[bot]', 'APPROVED'),
        review(7, 'bob', 'APPROVED') // the person who leaves
      ]
    }),
    // Open, holding a commit: it did not bring that commit to the branch.
    pull(6, {
      state: 'open',
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      head: { ref: 'x', sha: OPEN }
    })
  )
  state.repos.push(access)
  const sim = createGithubPlatform(state, {
    checkRequest: createGithubOpenapiCheck(),
    tokens: { ghs_repo: 'helper[bot]' }
  })
  server = await startSimServer(sim.platform)
  client = repositoryClient({
    token: 'ghs_repo',
    baseUrl: server.url,
    log: () => {},
    paceWrites: false,
    scrub: t => t
  })
})

afterAll(() => server.close())

describe('the review of a change', () => {
  it("counts each person's latest review of the head commit that approves it, no bot's", async () => {
    expect(await approversOf(client, repo, 5, HEAD)).toEqual(['bob', 'frank'])
  })

  it('finds the merged pull request that brought a commit, and none for a commit an open one holds', async () => {
    expect(await mergedPullOf(client, repo, MERGE)).toEqual({
      number: 5,
      headSha: HEAD,
      author: 'dave',
      merged: true,
      // The times and branch the departure's request time is read from (evidence).
      createdAt: '2026-11-26T04:00:00Z',
      mergedAt: '2026-11-26T05:00:00Z',
      headRef: 'bob-leaves'
    })
    expect(await mergedPullOf(client, repo, OPEN)).toBeUndefined()
  })

  it('lets neither the author nor a person who leaves approve the change', async () => {
    const judged = await reviewOf(client, repo, MERGE, ['BOB'])
    expect(judged).toMatchObject({
      approvers: ['bob', 'frank'],
      independent: ['frank'],
      identity: 'helper[bot]'
    })
    expect(unreviewed(judged, 'a..b')).toBeUndefined()
    const alone = await reviewOf(client, repo, MERGE, ['bob', 'frank'])
    expect(unreviewed(alone, 'a..b')).toBe(
      `nobody other than its author dave and the people it departs (bob, frank) approved head ${HEAD.slice(0, 12)} of pull request #5 (approved by bob, frank)`
    )
    expect(unreviewed(await reviewOf(client, repo, OPEN, []), 'a..b')).toBe(
      'the push a..b came from no merged pull request: nobody reviewed it'
    )
  })
})
