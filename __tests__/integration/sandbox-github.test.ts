// The GitHub sandbox driven the way the product drives GitHub: through @octokit/rest, with
// every request checked against GitHub's REST description.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { throttling } from '@octokit/plugin-throttling'
import { startSimServer, type Knobs, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  commitFiles,
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GithubPlatformOptions,
  type GithubSim,
  type GithubSimState
} from '../../src/sandbox/github/index.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'

const ORG = 'acme'
const TOKEN = 'ghp_sandboxtoken'
const check = createGithubOpenapiCheck()
// Octokit logs every failed request; the refusals here are expected.
const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** An org with one owner, a few people in teams, `extra` more members, and a repository. */
function seed(extra = 0): GithubSimState {
  const state = newGithubState(ORG, { samlSso: true, copilot: true })
  const people = ['acme-owner', 'alice-gh', 'bob-gh', 'carol-gh']
  for (let i = 0; i < extra; i++) people.push(`member-${String(i).padStart(3, '0')}`)
  people.forEach((login, i) => {
    state.users.push({ login, id: 100 + i, email: `${login}@acme.example` })
    state.members.push({ login, role: i === 0 ? 'admin' : 'member', state: 'active' })
  })
  state.users.push({ login: 'outsider', id: 99, email: null })
  state.teams.push(
    {
      id: 1,
      slug: 'backend',
      name: 'Backend',
      members: [
        { login: 'alice-gh', role: 'maintainer' },
        { login: 'bob-gh', role: 'member' }
      ]
    },
    { id: 2, slug: 'frontend', name: 'Frontend', members: [{ login: 'alice-gh', role: 'member' }] }
  )
  state.credentialAuthorizations.push({
    credential_id: 7001,
    login: 'alice-gh',
    credential_type: 'personal access token',
    token_last_eight: 'abcd1234',
    credential_authorized_at: '2025-01-01T00:00:00Z',
    credential_accessed_at: null,
    authorized_credential_id: 555
  })
  state.patGrants.push({
    id: 31,
    owner: 'alice-gh',
    token_id: 9031,
    token_name: 'deploy script',
    repository_selection: 'subset',
    repositories: ['access'],
    permissions: { repository: { contents: 'write' } },
    access_granted_at: '2025-02-01T00:00:00Z',
    token_expired: false,
    token_expires_at: null,
    token_last_used_at: null
  })
  state.copilotSeats.push({
    login: 'alice-gh',
    created_at: '2025-01-01T00:00:00Z',
    pending_cancellation_date: null,
    last_activity_at: null,
    last_activity_editor: null
  })
  const repo = newGithubRepo('access')
  state.repos.push(repo)
  commitFiles(repo, {
    files: { 'access/platforms.yaml': 'version: 1\n', 'README.md': '# access\n' },
    message: 'Initial access tree',
    author: { name: 'Acme Owner', email: 'owner@acme.example', date: '2025-01-01T00:00:00Z' }
  })
  return state
}

let sim: GithubSim
let server: SimServer
let octokit: Octokit

async function start(
  state: GithubSimState,
  options: GithubPlatformOptions = {},
  knobs: Partial<Knobs> = {}
) {
  sim = createGithubPlatform(state, { checkRequest: check, ...options })
  server = await startSimServer(sim.platform, { knobs })
  octokit = new Octokit({ auth: TOKEN, baseUrl: server.url, log })
}

const statusOf = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status: number }) => e.status
  )

afterEach(async () => {
  // No request the product or these tests made may break GitHub's published contract.
  expect(sim.violations).toEqual([])
  await server.close()
})

describe('people and teams', () => {
  beforeEach(() => start(seed(130)))

  it('pages members with Link headers, and octokit.paginate collects every page', async () => {
    const first = await octokit.rest.orgs.listMembers({ org: ORG })
    expect(first.data).toHaveLength(30)
    expect(first.headers.link).toMatch(/page=2>; rel="next"/)
    expect(first.headers.link).toMatch(/page=5>; rel="last"/)

    server.resetRecord()
    const all = await octokit.paginate(octokit.rest.orgs.listMembers, { org: ORG, per_page: 100 })
    expect(all).toHaveLength(134)
    expect(new Set(all.map(m => m.login)).size).toBe(134)
    expect(server.counts()['GET /orgs/{org}/members']).toBe(2)

    const admins = await octokit.rest.orgs.listMembers({ org: ORG, role: 'admin' })
    expect(admins.data.map(m => m.login)).toEqual(['acme-owner'])
  })

  it('removing a membership also ends team memberships; removing it again is a 404', async () => {
    await octokit.rest.orgs.removeMembershipForUser({ org: ORG, username: 'alice-gh' })
    expect(
      await statusOf(octokit.rest.orgs.getMembershipForUser({ org: ORG, username: 'alice-gh' }))
    ).toBe(404)
    for (const team_slug of ['backend', 'frontend']) {
      const members = await octokit.rest.teams.listMembersInOrg({ org: ORG, team_slug })
      expect(members.data.map(m => m.login)).not.toContain('alice-gh')
      expect(
        await statusOf(
          octokit.rest.teams.getMembershipForUserInOrg({
            org: ORG,
            team_slug,
            username: 'alice-gh'
          })
        )
      ).toBe(404)
    }
    expect(sim.state.teams.find(t => t.slug === 'backend')?.members.map(m => m.login)).toEqual([
      'bob-gh'
    ])
    expect(
      await statusOf(octokit.rest.orgs.removeMembershipForUser({ org: ORG, username: 'alice-gh' }))
    ).toBe(404)
  })

  it('refuses to remove or demote the last owner, and allows it once another owner exists', async () => {
    const removal = octokit.rest.orgs.removeMembershipForUser({ org: ORG, username: 'acme-owner' })
    await expect(removal).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/last owner/)
    })
    const demotion = octokit.rest.orgs.setMembershipForUser({
      org: ORG,
      username: 'acme-owner',
      role: 'member'
    })
    await expect(demotion).rejects.toMatchObject({ status: 403 })
    expect(sim.state.members.find(m => m.login === 'acme-owner')?.role).toBe('admin')

    await octokit.rest.orgs.setMembershipForUser({ org: ORG, username: 'bob-gh', role: 'admin' })
    const demoted = await octokit.rest.orgs.setMembershipForUser({
      org: ORG,
      username: 'acme-owner',
      role: 'member'
    })
    expect(demoted.data).toMatchObject({
      role: 'member',
      state: 'active',
      user: { login: 'acme-owner' }
    })
  })

  it('invites a non-member as a pending membership that can be cancelled', async () => {
    const invited = await octokit.rest.orgs.setMembershipForUser({ org: ORG, username: 'outsider' })
    expect(invited.data.state).toBe('pending')
    const invitations = await octokit.rest.orgs.listPendingInvitations({ org: ORG })
    expect(invitations.data.map(i => i.login)).toEqual(['outsider'])
    await octokit.rest.orgs.cancelInvitation({ org: ORG, invitation_id: invitations.data[0].id })
    expect(
      await statusOf(octokit.rest.orgs.getMembershipForUser({ org: ORG, username: 'outsider' }))
    ).toBe(404)
    const again = octokit.rest.orgs.cancelInvitation({
      org: ORG,
      invitation_id: invitations.data[0].id
    })
    expect(await statusOf(again)).toBe(404)
  })

  it('revokes SSO authorizations, fine-grained tokens and Copilot seats, then answers 404', async () => {
    const auths = await octokit.request('GET /orgs/{org}/credential-authorizations', {
      org: ORG,
      login: 'alice-gh'
    })
    expect(auths.data).toEqual([
      expect.objectContaining({ credential_id: 7001, token_last_eight: 'abcd1234' })
    ])
    const revokeAuth = () =>
      octokit.request('DELETE /orgs/{org}/credential-authorizations/{credential_id}', {
        org: ORG,
        credential_id: 7001
      })
    expect((await revokeAuth()).status).toBe(204)
    expect(await statusOf(revokeAuth())).toBe(404)

    const grants = await octokit.rest.orgs.listPatGrants({ org: ORG, owner: ['alice-gh'] })
    expect(grants.data.map(g => g.id)).toEqual([31])
    const revoke = () =>
      octokit.rest.orgs.updatePatAccess({ org: ORG, pat_id: 31, action: 'revoke' })
    expect((await revoke()).status).toBe(204)
    expect(await statusOf(revoke())).toBe(404)

    const cancelled = await octokit.rest.copilot.cancelCopilotSeatAssignmentForUsers({
      org: ORG,
      selected_usernames: ['alice-gh']
    })
    expect(cancelled.data.seats_cancelled).toBe(1)
    const seats = await octokit.rest.copilot.listCopilotSeats({ org: ORG })
    expect(seats.data.seats?.[0].pending_cancellation_date).toMatch(/^\d{4}-\d{2}-01$/)
  })

  it('answers 404 to credential authorizations when the org has no SAML SSO', async () => {
    sim.state.org.samlSso = false
    const list = octokit.request('GET /orgs/{org}/credential-authorizations', { org: ORG })
    expect(await statusOf(list)).toBe(404)
  })

  it('requires a token', async () => {
    const anonymous = new Octokit({ baseUrl: server.url, log })
    await expect(anonymous.rest.orgs.get({ org: ORG })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Requires authentication' } }
    })
  })
})

describe('tokens', () => {
  it('acts as the token owner: unknown tokens are refused, members cannot remove people', async () => {
    await start(seed(), { tokens: { [TOKEN]: 'acme-owner', ghp_bob: 'bob-gh' } })
    const client = (auth: string) => new Octokit({ auth, baseUrl: server.url, log })
    const me = await client('ghp_bob').rest.users.getAuthenticated()
    expect(me.data).toMatchObject({ login: 'bob-gh', id: 102, email: 'bob-gh@acme.example' })
    await expect(client('ghp_unknown').rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } }
    })
    const byMember = client('ghp_bob').rest.orgs.removeMembershipForUser({
      org: ORG,
      username: 'alice-gh'
    })
    await expect(byMember).rejects.toMatchObject({ status: 403 })
    expect(sim.state.members.map(m => m.login)).toContain('alice-gh')
    await octokit.rest.orgs.removeMembershipForUser({ org: ORG, username: 'alice-gh' })
    expect(sim.state.members.map(m => m.login)).not.toContain('alice-gh')
  })
})

describe('rate limits', () => {
  it('spends a real per-token budget, reported on every answer, and refuses when it is gone', async () => {
    await start(seed(), { rateLimit: 3 })
    const a = await octokit.rest.users.getAuthenticated()
    const b = await octokit.rest.orgs.get({ org: ORG })
    expect([a.headers['x-ratelimit-remaining'], b.headers['x-ratelimit-remaining']]).toEqual([
      '2',
      '1'
    ])
    expect(b.headers['x-ratelimit-used']).toBe('2')
    expect(b.headers['x-ratelimit-limit']).toBe('3')
    expect(Number(b.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)

    const budget = await octokit.rest.rateLimit.get()
    expect(budget.data.resources.core).toMatchObject({ limit: 3, remaining: 1, used: 2 })

    // Another token has its own budget.
    const other = new Octokit({ auth: 'ghp_othertoken', baseUrl: server.url, log })
    expect((await other.rest.orgs.get({ org: ORG })).headers['x-ratelimit-remaining']).toBe('2')

    await octokit.rest.orgs.get({ org: ORG })
    await expect(octokit.rest.orgs.get({ org: ORG })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/API rate limit exceeded/),
      response: { headers: { 'x-ratelimit-remaining': '0' } }
    })
    expect(sim.rateLimit(TOKEN).remaining).toBe(0)
  })

  it.each([403, 429] as const)(
    'answers throttled requests as a %i secondary limit that Octokit retries',
    async status => {
      await start(
        seed(),
        { secondaryLimitStatus: status },
        { throttleRate: 1, retryAfterSeconds: 1 }
      )
      await expect(octokit.rest.orgs.get({ org: ORG })).rejects.toMatchObject({
        status,
        message: expect.stringMatching(/secondary rate limit/),
        response: { headers: { 'retry-after': '1' } }
      })

      const waits: number[] = []
      const Throttled = Octokit.plugin(throttling)
      const client = new Throttled({
        auth: TOKEN,
        baseUrl: server.url,
        log,
        throttle: {
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            waits.push(retryAfter)
            server.knobs.throttleRate = 0
            return true
          }
        }
      })
      const org = await client.rest.orgs.get({ org: ORG })
      expect(org.data.login).toBe(ORG)
      expect(waits).toEqual([1])
    }
  )
})

describe('repositories', () => {
  beforeEach(() => start(seed()))

  const repo = { owner: ORG, repo: 'access' }

  it('round-trips the git data API and refuses a non-fast-forward update', async () => {
    const head = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })
    const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: head.data.object.sha })

    const text = await octokit.rest.git.createBlob({
      ...repo,
      content: 'id: alice\nstatus: departed\n'
    })
    const binary = await octokit.rest.git.createBlob({
      ...repo,
      content: Buffer.from([0, 1, 2, 255]).toString('base64'),
      encoding: 'base64'
    })
    // git's own address of the content: sha1 of "blob <length>\0<content>".
    const addressed = createHash('sha1')
      .update('blob 27\0id: alice\nstatus: departed\n')
      .digest('hex')
    expect(text.data.sha).toBe(addressed)
    const tree = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.data.tree.sha,
      tree: [
        { path: 'access/people/alice.yaml', mode: '100644', type: 'blob', sha: text.data.sha },
        { path: 'access/log/blob.bin', mode: '100644', type: 'blob', sha: binary.data.sha },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null }
      ]
    })
    const listed = await octokit.rest.git.getTree({
      ...repo,
      tree_sha: tree.data.sha,
      recursive: '1'
    })
    expect(listed.data.tree.filter(e => e.type === 'blob').map(e => e.path)).toEqual([
      'access/log/blob.bin',
      'access/people/alice.yaml',
      'access/platforms.yaml'
    ])

    const commit = await octokit.rest.git.createCommit({
      ...repo,
      message: 'Mark alice departed',
      tree: tree.data.sha,
      parents: [head.data.object.sha],
      author: { name: 'Bob', email: 'bob@acme.example', date: '2026-11-20T10:00:00Z' }
    })
    expect(commit.data.parents.map(p => p.sha)).toEqual([head.data.object.sha])
    const moved = await octokit.rest.git.updateRef({
      ...repo,
      ref: 'heads/main',
      sha: commit.data.sha
    })
    expect(moved.data.object.sha).toBe(commit.data.sha)

    const file = await octokit.rest.repos.getContent({
      ...repo,
      path: 'access/people/alice.yaml',
      ref: 'main'
    })
    const content = (file.data as { content: string }).content
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe('id: alice\nstatus: departed\n')
    const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: binary.data.sha })
    expect([...Buffer.from(blob.data.content, 'base64')]).toEqual([0, 1, 2, 255])

    // A commit on the old tip is a sibling of main, not a descendant: not a fast forward.
    const sibling = await octokit.rest.git.createCommit({
      ...repo,
      message: 'Concurrent change',
      tree: base.data.tree.sha,
      parents: [head.data.object.sha]
    })
    await expect(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sibling.data.sha })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } }
    })
    expect(sim.state.repos[0].git.refs['refs/heads/main']).toBe(commit.data.sha)
    const forced = await octokit.rest.git.updateRef({
      ...repo,
      ref: 'heads/main',
      sha: sibling.data.sha,
      force: true
    })
    expect(forced.data.object.sha).toBe(sibling.data.sha)
  })

  it("lists a pull request's reviews and finds it from its commits", async () => {
    const access = sim.state.repos[0]
    const baseSha = access.git.refs['refs/heads/main']
    const headSha = commitFiles(access, {
      branch: 'offboard-alice',
      files: { 'access/people/alice.yaml': 'status: departed\n' },
      message: 'Offboard alice'
    })
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review-me', sha: headSha })
    const pr = await octokit.rest.pulls.create({
      ...repo,
      head: 'offboard-alice',
      base: 'main',
      title: 'Offboard alice'
    })
    expect(pr.data).toMatchObject({
      number: 1,
      head: { sha: headSha },
      base: { sha: baseSha },
      commits: 1
    })
    access.pulls[0].reviews.push(
      {
        id: 1,
        user: 'bob-gh',
        state: 'CHANGES_REQUESTED',
        body: '',
        commit_id: headSha,
        submitted_at: '2026-11-20T10:00:00Z'
      },
      {
        id: 2,
        user: 'bob-gh',
        state: 'APPROVED',
        body: 'ok',
        commit_id: headSha,
        submitted_at: '2026-11-20T11:00:00Z'
      }
    )
    await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['carol-gh'] })

    const reviews = await octokit.rest.pulls.listReviews({ ...repo, pull_number: 1 })
    expect(reviews.data.map(r => [r.user?.login, r.state])).toEqual([
      ['bob-gh', 'CHANGES_REQUESTED'],
      ['bob-gh', 'APPROVED']
    ])
    const found = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: headSha
    })
    expect(found.data.map(p => p.number)).toEqual([1])
    const onMain = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: baseSha
    })
    expect(onMain.data).toEqual([])
    const byHead = await octokit.rest.pulls.list({
      ...repo,
      head: `${ORG}:offboard-alice`,
      state: 'all'
    })
    expect(byHead.data.map(p => p.requested_reviewers?.map(r => r.login))).toEqual([['carol-gh']])
  })

  it('keeps issues, labels and comments like GitHub', async () => {
    const issue = await octokit.rest.issues.create({
      ...repo,
      title: 'Access drift',
      labels: ['offboard-drift']
    })
    expect(issue.status).toBe(201)
    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.data.number,
      body: 'one'
    })
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'two' })
    const comments = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: issue.data.number
    })
    expect(comments.data.map(c => c.body)).toEqual(['two'])
    const open = await octokit.rest.issues.listForRepo({
      ...repo,
      labels: 'offboard-drift',
      state: 'open'
    })
    expect(open.data.map(i => i.number)).toEqual([issue.data.number])
    await octokit.rest.issues.update({ ...repo, issue_number: issue.data.number, state: 'closed' })
    const stillOpen = await octokit.rest.issues.listForRepo({ ...repo, labels: 'offboard-drift' })
    expect(stillOpen.data).toEqual([])
    const labels = await octokit.rest.issues.listLabelsForRepo(repo)
    expect(labels.data.map(l => l.name)).toEqual(['offboard-drift'])
    const duplicate = octokit.rest.issues.createLabel({ ...repo, name: 'offboard-drift' })
    await expect(duplicate).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'already_exists' }] } }
    })
  })

  it('lists and deletes deploy keys; a deleted key is a 404', async () => {
    sim.state.repos[0].deployKeys.push({
      id: 42,
      title: 'ci',
      key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample',
      read_only: false,
      added_by: 'alice-gh',
      created_at: '2025-01-01T00:00:00Z',
      last_used: null
    })
    const keys = await octokit.rest.repos.listDeployKeys(repo)
    expect(keys.data).toEqual([
      expect.objectContaining({ id: 42, read_only: false, added_by: 'alice-gh' })
    ])
    expect((await octokit.rest.repos.deleteDeployKey({ ...repo, key_id: 42 })).status).toBe(204)
    expect(await statusOf(octokit.rest.repos.deleteDeployKey({ ...repo, key_id: 42 }))).toBe(404)
  })
})
