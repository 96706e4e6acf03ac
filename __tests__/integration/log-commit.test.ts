// Commit back against the simulated GitHub, every request checked against GitHub's REST
// description: one commit per run, re-chained when another commit lands first.
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { commitRecords, CommitBackError } from '../../src/log/commit.js'
import { chain, type Entry } from '../../src/log/record.js'
import { planAppend } from '../../src/log/store.js'
import { verifyLog, type LogFile } from '../../src/log/verify.js'
import { blobContent, entryAt } from '../../src/sandbox/github/git.js'
import {
  commitFiles,
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GhRepo,
  type GithubSim
} from '../../src/sandbox/github/index.js'
import {
  startSimServer,
  type SimRequest,
  type SimResponse,
  type SimServer
} from '../../src/sandbox/shared/server.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { entries } from '../support/log.js'

const ORG = 'acme'
const check = createGithubOpenapiCheck()
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const LOG_2026 = 'access/log/2026.jsonl'

let sim: GithubSim
let server: SimServer

/** Runs the sandbox with an `access` repository; `intercept` may answer or act before it. */
async function start(intercept?: (req: SimRequest) => SimResponse | undefined) {
  const state = newGithubState(ORG)
  state.users.push({ login: 'acme-owner', id: 1, email: 'owner@acme.example' })
  state.members.push({ login: 'acme-owner', role: 'admin', state: 'active' })
  const repo = newGithubRepo('access')
  state.repos.push(repo)
  commitFiles(repo, { files: { 'README.md': '# access\n' }, message: 'Initial access tree' })
  sim = createGithubPlatform(state, { checkRequest: check })
  const platform = {
    ...sim.platform,
    handle: (req: SimRequest) => intercept?.(req) ?? sim.platform.handle(req)
  }
  server = await startSimServer(platform)
  const octokit = new Octokit({ auth: 'ghp_sandboxtoken', baseUrl: server.url, log: quiet })
  return { repo, octokit }
}

afterEach(async () => {
  expect(sim.violations).toEqual([])
  await server.close()
})

const tip = (repo: GhRepo) => repo.git.refs['refs/heads/main']

/** A file's text at the tip of main, or undefined. */
function fileAt(repo: GhRepo, path: string): string | undefined {
  const entry = entryAt(repo.git, repo.git.commits[tip(repo)].tree, path)
  return entry && blobContent(repo.git, entry.sha)?.toString('utf8')
}

/** Every log file at the tip of main. */
const logAt = (repo: GhRepo): LogFile[] =>
  ['access/log/2025.jsonl', LOG_2026, 'access/log/2027.jsonl'].flatMap(path => {
    const text = fileAt(repo, path)
    return text === undefined ? [] : [{ path, text }]
  })

/** Another run lands its records on main, as its own commit. */
function otherRun(repo: GhRepo, records: Entry[]): void {
  const { appends } = planAppend(logAt(repo), records, 'access/log')
  const files = Object.fromEntries(
    appends.map(a => [a.path, (fileAt(repo, a.path) ?? '') + a.text])
  )
  commitFiles(repo, {
    files: { ...files, 'access/people/zoe.yaml': 'name: Zoe\n' },
    message: 'other run'
  })
}

const isRefUpdate = (req: SimRequest) => req.method === 'PATCH' && req.path.includes('/git/refs/')

const options = (octokit: Octokit, records: Entry[]) => ({
  octokit,
  owner: ORG,
  repo: 'access',
  branch: 'main',
  records,
  message: 'offboard: revocation log for alice (#17)',
  sleep: async () => {}
})

describe('commitRecords', () => {
  it('appends the records to the log on the branch in one commit, chained after its last record', async () => {
    const { repo, octokit } = await start()
    otherRun(repo, entries('bob', '2026-02-01T10:00:00.000Z', 2))
    const before = tip(repo)
    const existing = fileAt(repo, LOG_2026)!

    const done = await commitRecords(
      options(octokit, entries('alice', '2026-11-26T05:00:00.000Z', 3))
    )

    expect(done.attempts).toBe(1)
    expect(tip(repo)).toBe(done.commit)
    expect(repo.git.commits[done.commit]).toMatchObject({
      parents: [before],
      message: 'offboard: revocation log for alice (#17)'
    })
    const text = fileAt(repo, LOG_2026)!
    expect(text.startsWith(existing)).toBe(true)
    expect(text.slice(existing.length)).toBe(
      done.records.map(r => `${JSON.stringify(r)}\n`).join('')
    )
    expect(done.records.map(r => r.seq)).toEqual([3, 4, 5])
    expect(verifyLog(logAt(repo))).toMatchObject({
      ok: true,
      records: 5,
      head: { hash: done.records[2].hash }
    })
    // The rest of the tree is as it was.
    expect(fileAt(repo, 'README.md')).toBe('# access\n')
    expect(fileAt(repo, 'access/people/zoe.yaml')).toBe('name: Zoe\n')
    expect(server.writes().map(w => w.operation)).toEqual([
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}'
    ])
  })

  it('starts the log when the branch has none, and a new year file when the year turns', async () => {
    const { repo, octokit } = await start()
    const first = await commitRecords(
      options(octokit, entries('alice', '2026-12-31T23:59:59.000Z', 2))
    )
    expect(first.records[0]).toMatchObject({ seq: 1, prev: '0'.repeat(64) })
    expect(fileAt(repo, LOG_2026)!.split('\n')).toHaveLength(2)
    expect(fileAt(repo, 'access/log/2027.jsonl')!.split('\n')).toHaveLength(2)
    await commitRecords(options(octokit, entries('bob', '2027-01-05T08:00:00.000Z', 1)))
    expect(verifyLog(logAt(repo))).toMatchObject({ ok: true, records: 3, files: 2 })
  })

  it('re-chains and retries when another run commits between its read and its ref update', async () => {
    let pushed = false
    const { repo, octokit } = await start(req => {
      if (isRefUpdate(req) && !pushed) {
        pushed = true
        otherRun(repo, entries('bob', '2026-11-26T05:00:30.000Z', 2))
      }
      return undefined
    })
    otherRun(repo, entries('carol', '2026-11-01T09:00:00.000Z', 1))
    const waits: number[] = []
    const done = await commitRecords({
      ...options(octokit, entries('alice', '2026-11-26T05:00:00.000Z', 3)),
      backoffMs: 100,
      sleep: async ms => {
        waits.push(ms)
      }
    })

    expect(done.attempts).toBe(2)
    expect(waits).toEqual([100])
    const lines = fileAt(repo, LOG_2026)!
      .trimEnd()
      .split('\n')
      .map(l => JSON.parse(l) as Entry)
    expect(lines.map(l => l.person)).toEqual(['carol', 'bob', 'bob', 'alice', 'alice', 'alice'])
    expect(done.records.map(r => r.seq)).toEqual([4, 5, 6])
    expect(verifyLog(logAt(repo))).toMatchObject({ ok: true, records: 6 })
    // Our commit sits on top of the other run's: nothing was forced away.
    const other = repo.git.commits[done.commit].parents[0]
    expect(repo.git.commits[other].message).toBe('other run')
    expect(fileAt(repo, 'access/people/zoe.yaml')).toBe('name: Zoe\n')
    expect(server.counts()['PATCH /repos/{owner}/{repo}/git/refs/{ref}']).toBe(2)
  })

  it('gives up after the tries it was given and hands back the records', async () => {
    const { repo, octokit } = await start(req => {
      if (isRefUpdate(req)) otherRun(repo, entries('bob', '2026-11-26T05:00:30.000Z', 1))
      return undefined
    })
    const waits: number[] = []
    const failed = commitRecords({
      ...options(octokit, entries('alice', '2026-11-26T05:00:00.000Z', 3)),
      attempts: 3,
      backoffMs: 10,
      sleep: async ms => {
        waits.push(ms)
      }
    })
    await expect(failed).rejects.toBeInstanceOf(CommitBackError)
    const err = (await failed.catch((e: unknown) => e)) as CommitBackError
    expect(err.message).toMatch(
      /could not push the revocation log to acme\/access@main: the branch kept moving \(3 tries\)/
    )
    expect(waits).toEqual([10, 20])
    // Chained onto the log as last read: two other records by then (a third came with the
    // last refused update).
    expect(err.records.map(r => [r.person, r.seq])).toEqual([
      ['alice', 3],
      ['alice', 4],
      ['alice', 5]
    ])
    expect(err.jsonl.split('\n')).toHaveLength(4)
    expect(fileAt(repo, LOG_2026)).not.toMatch(/"person":"alice"/)
  })

  it('does not retry a refusal, and says what the token needs', async () => {
    const { octokit } = await start(req =>
      isRefUpdate(req)
        ? { status: 403, body: { message: 'Resource not accessible by integration' } }
        : undefined
    )
    const failed = commitRecords(options(octokit, entries('alice', '2026-11-26T05:00:00.000Z', 1)))
    await expect(failed).rejects.toThrow(/Resource not accessible by integration.*contents: write/)
    expect(server.counts()['PATCH /repos/{owner}/{repo}/git/refs/{ref}']).toBe(1)
  })

  it('refuses to append onto a broken log on the branch, writing nothing', async () => {
    const { repo, octokit } = await start()
    const [r1, r2] = chain(entries('bob', '2026-02-01T10:00:00.000Z', 2))
    const edited = { ...r2, result: 'already_absent' }
    commitFiles(repo, {
      files: { [LOG_2026]: `${JSON.stringify(r1)}\n${JSON.stringify(edited)}\n` },
      message: 'hand edit'
    })
    server.resetRecord()
    const failed = commitRecords(options(octokit, entries('alice', '2026-11-26T05:00:00.000Z', 2)))
    await expect(failed).rejects.toThrow(
      /cannot append to the log on main: the revocation log is broken at access\/log\/2026.jsonl:2: edited/
    )
    expect(((await failed.catch((e: unknown) => e)) as CommitBackError).records).toHaveLength(2)
    expect(server.writes()).toEqual([])
  })
})
