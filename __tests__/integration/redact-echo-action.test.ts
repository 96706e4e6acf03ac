// Secrets echoed back by the platforms never reach what the action writes: for every
// platform, modes audit, offboard (a pull request, then urgent), plan and apply run against
// servers whose error answers repeat the request's credentials, query and body, and nothing
// the action wrote holds a secret: log lines, annotations, failures, outputs, job summaries,
// and on GitHub the comments, issues, pull requests, commit messages and committed files.
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveCommitish } from '../../src/sandbox/github/git.js'
import { fakeActionsCore } from '../support/action-core.js'
import {
  departAlice,
  ECHO_ROWS,
  githubWritten,
  leaks,
  startEchoSandbox,
  strings,
  type EchoSetup
} from '../support/echo.js'

const action = fakeActionsCore()
jest.unstable_mockModule('@actions/core', () => action.core)

const saved = { ...process.env }
const savedCwd = process.cwd()
let run: () => Promise<void>
let context: (typeof import('@actions/github'))['context']
let setup: EchoSetup | undefined

beforeAll(async () => {
  ;({ run } = await import('../../src/main.js'))
  ;({ context } = await import('@actions/github'))
})
afterEach(async () => {
  process.chdir(savedCwd)
  process.env = { ...saved }
  await setup?.sandbox.close()
  setup = undefined
})

/** Everything the action reported through @actions/core in the last run but its secrets. */
function reported(): string {
  const calls = Object.entries(action.core)
    .filter(([name]) => name !== 'getInput' && name !== 'setSecret' && name !== 'summary')
    .map(([, fn]) => (fn as jest.Mock).mock.calls)
  return strings([calls, action.outputs, action.summaries])
}

describe('the action against servers that echo secrets', () => {
  it.each(ECHO_ROWS)('$platform: $how', async row => {
    setup = await startEchoSandbox(row)
    const { sandbox, cwd, base, env, secrets } = setup
    const repo = sandbox.states.github!.repos.find(r => r.name === sandbox.accessRepo!.repo)!
    const runnerTemp = mkdtempSync(join(tmpdir(), 'offboard-runner-'))
    Object.assign(process.env, env, {
      GITHUB_REPOSITORY: 'acme/access',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
      RUNNER_TEMP: runnerTemp
    })
    process.chdir(cwd)

    const found: string[] = []
    const logCommits: unknown[] = []
    let shown = ''
    const mode = async (
      name: string,
      inputs: Record<string, string>,
      event: { eventName: string; payload: object; sha?: string }
    ) => {
      action.reset({ 'access-dir': 'access', 'repo-token': sandbox.tokens.github!, ...inputs })
      Object.assign(context, { actor: 'bobokafor', ref: 'refs/heads/main', ...event })
      await run()
      const text = reported()
      if (action.outputs['log-commit']) logCommits.push(action.outputs['log-commit'])
      found.push(...leaks(`mode ${name}`, text, secrets))
      shown += text
    }

    await mode('audit', { mode: 'audit' }, { eventName: 'schedule', payload: {} })
    const dispatch = {
      eventName: 'workflow_dispatch',
      sha: resolveCommitish(repo.git, 'main'),
      payload: { repository: { default_branch: 'main' } }
    }
    const request = { mode: 'offboard', person: 'alice', 'departed-on': '2026-11-20' }
    await mode('offboard', request, dispatch)
    await mode('offboard urgent', { ...request, urgent: 'true' }, dispatch)

    // The pull request, as the runner's checkout sees it.
    const head = departAlice(cwd)
    const [pull] = repo.pulls
    const side = { repo: { full_name: 'acme/access' } }
    await mode(
      'plan',
      { mode: 'plan' },
      {
        eventName: 'pull_request',
        payload: {
          pull_request: {
            number: pull.number,
            created_at: pull.created_at,
            base: { sha: base, ...side },
            head: { sha: head, ref: pull.head.ref, ...side }
          }
        }
      }
    )
    // Approved and merged: the push's commit is the pull request's merge commit.
    pull.reviews.push({
      id: 1,
      user: 'security-lead',
      state: 'APPROVED',
      body: '',
      commit_id: pull.head.sha,
      submitted_at: new Date().toISOString()
    })
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      merged_at: new Date().toISOString(),
      merge_commit_sha: head
    })
    await mode(
      'apply',
      { mode: 'apply' },
      {
        eventName: 'push',
        payload: {
          ref: 'refs/heads/main',
          before: base,
          after: head,
          repository: { default_branch: 'main' }
        }
      }
    )

    found.push(
      ...leaks('GitHub (comments, issues, pull requests, commits)', githubWritten(sandbox), secrets)
    )
    for (const file of readdirSync(runnerTemp))
      found.push(...leaks(file, readFileSync(join(runnerTemp, file), 'utf8'), secrets))
    expect(found).toEqual([])
    // The runs did what they should (urgent and apply each committed the log; plan and urgent
    // commented), and the echo reached what they wrote, scrubbed.
    expect(logCommits).toHaveLength(2)
    expect(repo.comments.filter(c => c.issue_number === pull.number).length).toBeGreaterThan(1)
    if (row.echoes) expect(shown).toMatch(/\(request [A-Z]+ [^)]*\[redacted\]/)
  })
})
