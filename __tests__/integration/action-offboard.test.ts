// The action's offboard mode on the whole sandbox (GitHub checked against its OpenAPI
// description): a dispatch opens one pull request marking the person departed, a second run
// reuses it, urgent revokes at once and records it, and the apply after merge finds
// everything already absent.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blobContent, entryAt, resolveCommitish } from '../../src/sandbox/github/git.js'
import type { GhRepo } from '../../src/sandbox/github/state.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import { fakeActionsCore } from '../support/action-core.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { commitAll, initRepo } from '../support/git.js'
import { repoRoot, scratchTree } from '../support/tree.js'

const action = fakeActionsCore()
const { core, outputs, failures, warnings, summaries } = action
jest.unstable_mockModule('@actions/core', () => core)

const saved = { ...process.env }
const savedCwd = process.cwd()
let sandbox: Sandbox
let cwd: string
let repo: GhRepo
let run: () => Promise<void>
const LOG = `access/log/${new Date().getUTCFullYear()}.jsonl`

const fileOn = (ref: string, path: string) => {
  const sha = resolveCommitish(repo.git, ref)!
  const entry = entryAt(repo.git, repo.git.commits[sha].tree, path)
  return entry ? blobContent(repo.git, entry.sha)!.toString('utf8') : undefined
}
const logOnMain = () =>
  (fileOn('main', LOG) ?? '')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
const writesOn = (server: string) =>
  sandbox.servers[server].writes().map(w => `${w.method} ${w.path}`)
const allWrites = () =>
  Object.keys(sandbox.servers)
    .filter(name => name !== 'github')
    .flatMap(writesOn)

/** One dispatched run: fresh outcome, the given inputs over the defaults. */
async function dispatch(extra: Record<string, string> = {}) {
  action.reset({
    mode: 'offboard',
    'access-dir': 'access',
    'repo-token': sandbox.tokens.github!,
    person: 'Alice@Acme.example',
    'departed-on': '2026-11-20',
    reason: 'Left for @competitor; see ticket `HR-1` </details>',
    ...extra
  })
  await run()
}

beforeAll(async () => {
  const loaded = await loadSandboxInputs('access', repoRoot)
  if (!loaded.ok) throw new Error(loaded.message)
  sandbox = await startSandbox(loaded.declarations, loaded.scenario, {
    accessFiles: await readAccessTree('access', repoRoot),
    checkGithubRequest: createGithubOpenapiCheck()
  })
  repo = sandbox.states.github!.repos.find(r => r.name === sandbox.accessRepo!.repo)!

  // The runner's checkout: the access tree and a CODEOWNERS naming who reviews access changes.
  cwd = scratchTree()
  mkdirSync(join(cwd, '.github'))
  writeFileSync(
    join(cwd, '.github/CODEOWNERS'),
    '*  @acme/frontend\n/access/  @acme/sre @bobokafor @alice-gh @acme-bot  # security review\n/access/log/\n'
  )
  const event = join(mkdtempSync(join(tmpdir(), 'offboard-event-')), 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      inputs: { task: 'offboard' },
      ref: 'refs/heads/main',
      repository: { default_branch: 'main', full_name: 'acme/access', name: 'access' }
    })
  )
  Object.assign(process.env, sandbox.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: resolveCommitish(repo.git, 'main'),
    GITHUB_ACTOR: 'bobokafor',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'offboard-runner-'))
  })
  process.chdir(cwd)
  ;({ run } = await import('../../src/main.js'))
})

afterAll(async () => {
  process.chdir(savedCwd)
  process.env = saved
  await sandbox.close()
})

describe('action mode offboard', () => {
  it('opens one pull request marking the person departed, with the plan, a label and code owners as reviewers, revoking nothing', async () => {
    const mainBefore = resolveCommitish(repo.git, 'main')
    await dispatch()
    expect(failures).toEqual([])
    expect(warnings).toEqual([])

    expect(repo.pulls).toHaveLength(1)
    const [pull] = repo.pulls
    expect(pull).toMatchObject({
      state: 'open',
      title: 'Offboard Alice Liddell (alice)',
      head: { ref: 'offboard/alice' },
      base: { ref: 'main', sha: mainBefore },
      labels: ['offboarding'],
      // Not the author (the token's owner), not the person who leaves; teams of the org.
      requested_reviewers: ['bobokafor'],
      requested_teams: ['sre']
    })
    expect(outputs['pull-request']).toBe(pull.number)

    expect(summaries).toHaveLength(1)
    expect(summaries[0]).toMatch(
      /^Offboarding pull request: \S+\/pull\/\d+\n\n<!-- offboard:plan hash=[0-9a-f]{64} base=[0-9a-f]{40} head=[0-9a-f]{40} -->\n/
    )

    // Exactly two lines change in the person's file.
    const before = fileOn('main', 'access/people/alice.yaml')!
    const after = fileOn('offboard/alice', 'access/people/alice.yaml')!
    expect(after).toBe(
      before.replace('status: active\n', 'status: departed\ndeparted_on: 2026-11-20\n')
    )
    const head = repo.git.commits[pull.head.sha]
    expect(head.parents).toEqual([mainBefore])
    expect(head.message).toMatch(
      /^offboard: alice departed on 2026-11-20\n\nRequested by bobokafor/
    )
    expect(resolveCommitish(repo.git, 'main')).toBe(mainBefore)

    // The reason is shown verbatim: no mention, no HTML.
    expect(pull.body).toContain('```text\nLeft for @competitor; see ticket `HR-1` </details>\n```')
    expect(pull.body).toContain(
      'Requested by @bobokafor through `workflow_dispatch` (run https://github.example/acme/access/actions/runs/42)'
    )

    const comments = repo.comments.filter(c => c.issue_number === pull.number)
    expect(comments).toHaveLength(1)
    // The marker names the commits the plan compared: main's tip, the pull request's head.
    expect(comments[0].body).toMatch(
      new RegExp(
        `^<!-- offboard:plan hash=[0-9a-f]{64} base=${mainBefore} head=${pull.head.sha} -->\n### offboard plan: `
      )
    )
    expect(comments[0].body).toMatch(/\| alice \| departure \|/)
    expect(comments[0].body).toMatch(/remove_org_membership/)

    // Planning discovered live access read-only.
    expect(allWrites()).toEqual([])
    expect(sandbox.states.iam!.users.has('alice')).toBe(true)
  })

  it('reuses the open pull request on a second run, refreshing its plan comment', async () => {
    const [pull] = repo.pulls
    const headBefore = pull.head.sha
    const refsBefore = { ...repo.git.refs }
    await dispatch({ reason: 'sent twice by the HR system' })
    expect(failures).toEqual([])
    expect(repo.pulls).toHaveLength(1)
    expect(pull.head.sha).toBe(headBefore)
    expect(repo.git.refs).toEqual(refsBefore)
    expect(outputs['pull-request']).toBe(pull.number)
    expect(repo.comments.filter(c => c.issue_number === pull.number)).toHaveLength(1)
    expect(allWrites()).toEqual([])
  })

  it('urgent revokes at once on every platform, commits the log naming the pull request, and says so on it', async () => {
    const [pull] = repo.pulls
    const mainBefore = resolveCommitish(repo.git, 'main')!
    await dispatch({ urgent: 'true' })
    expect(failures).toEqual([])

    // Gone everywhere.
    expect(sandbox.states.github!.members.some(m => m.login === 'alice-gh')).toBe(false)
    expect(sandbox.states.iam!.users.has('alice')).toBe(false)
    expect(writesOn('slack-scim').length + writesOn('slack').length).toBeGreaterThan(0)
    expect(writesOn('scim:jira').length).toBeGreaterThan(0)

    // The log on main: one commit after the tip, every record naming the pull request and
    // no approver (nobody had reviewed yet).
    const tip = resolveCommitish(repo.git, 'main')!
    expect(outputs['log-commit']).toBe(tip)
    expect(repo.git.commits[tip].parents).toEqual([mainBefore])
    expect(repo.git.commits[tip].message).toMatch(
      new RegExp(`^offboard: urgent revocation log for alice \\(#${pull.number}\\)`)
    )
    const records = logOnMain()
    expect(records.length).toBeGreaterThan(10)
    for (const r of records) {
      expect(r.person).toBe('alice')
      expect(r.change).toEqual({
        base: mainBefore,
        head: pull.head.sha,
        pr: pull.number,
        approvers: []
      })
      expect(r.actor).toBe('bobokafor')
      // Requested when the dispatch opened the pull request; revoked before review.
      expect(r.requested_at).toBe(new Date(pull.created_at).toISOString())
      expect(r.urgent).toBe(true)
    }
    const revoked = records
      .filter(r => r.result === 'revoked')
      .map(r => `${r.platform} ${r.action}`)
    expect(revoked).toEqual(
      expect.arrayContaining([
        'github remove_org_membership',
        'aws delete_access_key',
        'aws delete_user',
        'slack deactivate_user'
      ])
    )
    expect(records.filter(r => r.result === 'failed')).toEqual([])
    // Written as it happened: each write announced before it was sent, by the same run.
    const step = (r: (typeof records)[number]) => `${r.platform} ${r.action} ${r.target}`
    const announced = records.filter(r => r.result === 'started')
    for (const r of records.filter(r => r.result === 'revoked'))
      expect(announced.find(a => step(a) === step(r) && a.seq < r.seq)?.run).toBe(r.run)

    const urgent = repo.comments.filter(
      c => c.issue_number === pull.number && c.body.startsWith('<!-- offboard:urgent -->')
    )
    expect(urgent).toHaveLength(1)
    expect(summaries.join('')).toMatch(/^### offboard: urgent revocation for alice\n/)
    expect(summaries.join('')).toContain(`The revocation log records it in ${tip}`)
    expect(urgent[0].body).toContain('Revoked at once (urgent), before review')
    expect(urgent[0].body).toContain(tip)
    expect(urgent[0].body).toMatch(/\| alice \| aws \| delete_user \| alice \| \*\*revoked\*\* \|/)
    // Still one pull request, one plan comment.
    expect(repo.pulls).toHaveLength(1)
    expect(
      repo.comments.filter(
        c => c.issue_number === pull.number && c.body.startsWith('<!-- offboard:plan ')
      )
    ).toHaveLength(1)
  })

  it('the apply after merge finds everything already absent', async () => {
    const [pull] = repo.pulls
    // The merge, as the runner's checkout sees it: the tree before, then the pull request's file.
    const local = scratchTree()
    const before = initRepo(local)
    writeFileSync(
      join(local, 'access/people/alice.yaml'),
      fileOn('offboard/alice', 'access/people/alice.yaml')!
    )
    const after = commitAll(local, `Offboard alice (#${pull.number})`)
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      merged_at: new Date().toISOString(),
      merge_commit_sha: after
    })
    // Approved by a reviewer (policy.require_approval is on in the example tree).
    pull.reviews.push({
      id: 1,
      user: 'security-lead',
      state: 'APPROVED',
      body: '',
      commit_id: pull.head.sha,
      submitted_at: new Date().toISOString()
    })
    const pushEvent = join(mkdtempSync(join(tmpdir(), 'offboard-event-')), 'event.json')
    writeFileSync(
      pushEvent,
      JSON.stringify({
        ref: 'refs/heads/main',
        before,
        after,
        repository: { default_branch: 'main' }
      })
    )
    const github = await import('@actions/github')
    const dispatched = { eventName: github.context.eventName, payload: github.context.payload }
    Object.assign(github.context, {
      eventName: 'push',
      payload: JSON.parse((await import('node:fs')).readFileSync(pushEvent, 'utf8'))
    })
    const logged = logOnMain().length
    process.chdir(local)
    try {
      await dispatch({ mode: 'apply' })
    } finally {
      process.chdir(cwd)
      Object.assign(github.context, dispatched)
    }
    expect(failures).toEqual([])
    const records = logOnMain().slice(logged)
    expect(records.length).toBeGreaterThanOrEqual(4)
    const platforms = new Set([
      'github',
      'aws',
      'slack',
      'scim:jira',
      'scim:pagerduty',
      'aws_sso',
      'entra',
      'google',
      'okta'
    ])
    // Each platform: found already absent, then verified by reading it again.
    const checks = records.filter(r => r.action !== 'verify')
    expect(new Set(checks.map(r => r.result))).toEqual(new Set(['already_absent']))
    expect(new Set(checks.map(r => r.platform))).toEqual(platforms)
    const verified = records.filter(r => r.action === 'verify')
    expect(verified.map(r => r.result)).toEqual([...platforms].map(() => 'verified'))
    // The same departure: requested at the dispatch, not the merge; this run was not urgent.
    for (const r of records) {
      expect(r.requested_at).toBe(new Date(pull.created_at).toISOString())
      expect(r.urgent).toBeUndefined()
    }
    expect(new Set(verified.map(r => r.platform))).toEqual(platforms)
    expect(records[0].change).toMatchObject({ pr: pull.number })
  })

  it('refuses an unknown person with a suggestion, and an already departed one quietly', async () => {
    await dispatch({ person: 'alcie' })
    expect(failures).toEqual([
      'offboard: no person "alcie" in access/people, by id or email: did you mean "alice"?: check the request, or declare the person first'
    ])
    await dispatch({ person: 'judy' })
    expect(failures).toEqual([])
    expect(core.notice).toHaveBeenCalledWith(expect.stringMatching(/^judy is already departed/))
  })

  it('opens a new pull request when the last one was closed, moving its leftover branch', async () => {
    const [closed] = repo.pulls
    expect(closed.state).toBe('closed')
    const leftover = repo.git.refs['refs/heads/offboard/alice']
    // This time the HR system sends it.
    const github = await import('@actions/github')
    const eventName = github.context.eventName
    github.context.eventName = 'repository_dispatch'
    try {
      await dispatch({ person: 'alice', reason: '' })
    } finally {
      github.context.eventName = eventName
    }
    expect(failures).toEqual([])
    expect(repo.pulls).toHaveLength(2)
    const reopened = repo.pulls[1]
    expect(reopened).toMatchObject({ state: 'open', head: { ref: 'offboard/alice' } })
    expect(repo.git.refs['refs/heads/offboard/alice']).toBe(reopened.head.sha)
    expect(reopened.head.sha).not.toBe(leftover)
    expect(reopened.body).not.toContain('Reason')
    expect(reopened.body).toContain('Requested by @bobokafor through `repository_dispatch`')
  })

  it('starts only from the default branch', async () => {
    const github = await import('@actions/github')
    const ref = github.context.ref
    github.context.ref = 'refs/heads/feature'
    try {
      await dispatch({ person: 'bob' })
    } finally {
      github.context.ref = ref
    }
    expect(failures).toEqual([
      'offboard: mode "offboard" starts from the default branch (main), but this run is on refs/heads/feature: run the workflow on main'
    ])
    expect(repo.pulls.filter(p => p.head.ref === 'offboard/bob')).toEqual([])
  })
})
