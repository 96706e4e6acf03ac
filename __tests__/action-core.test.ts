// The action's output boundary: every line, annotation, output and job summary it writes
// through @actions/core, and the text it writes to the repository, scrubbed of secrets.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { fakeActionsCore } from './support/action-core.js'
import { useNock } from './support/nock.js'

const action = fakeActionsCore()
const { core, outputs, failures, summaries } = action
jest.unstable_mockModule('@actions/core', () => core)
const out = await import('../src/action/core.js')
const { repoClient } = await import('../src/action/repo.js')

const API = 'https://api.github.example'
let n = 0
/** A secret no token pattern knows, different in every test. */
const made = () => `tok:${++n}-vAlue|"<with>'quotes/+=`

describe('the action output boundary', () => {
  useNock()
  const saved = { ...process.env }
  beforeEach(() => action.reset())
  afterEach(() => {
    process.env = { ...saved }
  })

  it('registers what setSecret is given and still masks it in the job log', () => {
    const secret = made()
    out.setSecret(secret)
    expect(core.setSecret).toHaveBeenCalledWith(secret)
    out.info(`echo: ${secret}`)
    out.debug(`echo: ${JSON.stringify({ s: secret })}`)
    expect(core.info).toHaveBeenCalledWith('echo: [redacted]')
    expect(core.debug).toHaveBeenCalledWith('echo: {"s":"[redacted]"}')
  })

  it('scrubs annotations and their titles, failures, outputs and group names', async () => {
    const secret = made()
    out.setSecret(secret)
    out.error(`bad ${secret}`, { title: `t ${secret}`, file: 'access/people/a.yaml', startLine: 2 })
    expect(core.error).toHaveBeenCalledWith('bad [redacted]', {
      title: 't [redacted]',
      file: 'access/people/a.yaml',
      startLine: 2
    })
    out.warning(`warn ${secret}`)
    expect(core.warning).toHaveBeenCalledWith('warn [redacted]')
    out.notice(`note ${secret}`)
    expect(core.notice).toHaveBeenCalledWith('note [redacted]')
    out.setFailed(`failed: ${secret}`)
    expect(failures).toEqual(['failed: [redacted]'])
    out.setOutput('plan-json', JSON.stringify({ reason: secret }))
    out.setOutput('departures', 2)
    expect(outputs).toEqual({ 'plan-json': '{"reason":"[redacted]"}', departures: 2 })
    await out.group(`person ${secret}`, async () => undefined)
    expect(core.group).toHaveBeenCalledWith('person [redacted]', expect.any(Function))
  })

  it('scrubs the job summary when it is written, secrets registered after it was added too', async () => {
    const secret = made()
    out.summary.addHeading(`apply ${secret}`, 3).addRaw(`| ${secret} |`, true)
    out.setSecret(secret)
    await out.summary.write()
    expect(summaries).toEqual(['### apply [redacted]\n| [redacted] |\n'])
  })

  it("registers the job's secret variables", () => {
    const secret = made()
    process.env.OFFBOARD_TEST_TOKEN = secret
    out.registerEnvironmentSecrets()
    expect(core.setSecret).toHaveBeenCalledWith(secret)
  })

  it('scrubs comments, issues, pull requests and commit messages sent to the repository, never file contents', async () => {
    const secret = made()
    out.setSecret(secret)
    const sent: Record<string, unknown> = {}
    const keep = (name: string) => (_uri: string, body: nock.Body) => {
      sent[name] = body
      return [201, { id: 1, sha: 'abc', number: 1 }] as [number, object]
    }
    nock(API)
      .post('/repos/acme/access/issues/1/comments')
      .reply(keep('comment'))
      .post('/repos/acme/access/issues')
      .reply(keep('issue'))
      .post('/repos/acme/access/git/commits')
      .reply(keep('commit'))
      .post('/repos/acme/access/git/trees')
      .reply(keep('tree'))
    process.env.GITHUB_API_URL = API
    process.env.OFFBOARD_GITHUB_PACE_WRITES = 'false'
    const octokit = repoClient('ghs_repo_token')
    const repo = { owner: 'acme', repo: 'access' }
    await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: `c ${secret}` })
    await octokit.rest.issues.create({ ...repo, title: `t ${secret}`, body: `b ${secret}` })
    await octokit.rest.git.createCommit({ ...repo, message: `m ${secret}`, tree: 't', parents: [] })
    const content = `{"detail":"${secret} as the log already holds it"}\n`
    await octokit.rest.git.createTree({
      ...repo,
      tree: [{ path: 'access/log/2026.jsonl', mode: '100644', type: 'blob', content }]
    })
    expect(sent.comment).toEqual({ body: 'c [redacted]' })
    expect(sent.issue).toEqual({ title: 't [redacted]', body: 'b [redacted]' })
    expect(sent.commit).toMatchObject({ message: 'm [redacted]' })
    expect(sent.tree).toMatchObject({ tree: [{ content }] })
  })
})
