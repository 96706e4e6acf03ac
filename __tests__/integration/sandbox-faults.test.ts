// Per-operation fault rules on the whole sandbox, as a client sees them on the wire: each
// platform's own error answer for a status, Retry-After, a dropped connection, a slow answer;
// rules that clear themselves after a number of hits, rules changed on a running sandbox, and
// the checks that refuse a rule naming a server or an operation the sandbox does not have.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadFromDirectory } from '../../src/declarations/load.js'
import type { Declarations } from '../../src/declarations/types.js'
import { parseFault } from '../../src/sandbox/faults.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import {
  BUNDLED_SCENARIO,
  bundledScenarioText,
  parseScenario,
  ScenarioError,
  type Scenario
} from '../../src/sandbox/scenario.js'
import type { FaultRule } from '../../src/sandbox/shared/server.js'
import { exampleAccess } from '../support/tree.js'

let decl: Declarations
let scenario: Scenario
let sandbox: Sandbox

beforeAll(async () => {
  decl = (await loadFromDirectory(exampleAccess)).declarations
  scenario = await parseScenario(bundledScenarioText(), BUNDLED_SCENARIO, decl)
  sandbox = await startSandbox(decl, scenario)
})
afterAll(() => sandbox.close())

/** One request to a server, as a client would send it; status 0 for a dropped connection. */
async function call(server: string, path: string, init: RequestInit = {}) {
  try {
    const res = await fetch(`${sandbox.servers[server].url}${path}`, init)
    const text = await res.text()
    return { status: res.status, headers: res.headers, text }
  } catch {
    return { status: 0, headers: new Headers(), text: '' }
  }
}
const github = (path: string, method = 'GET') =>
  call('github', path, { method, headers: { authorization: `token ${sandbox.tokens.github}` } })
const iam = (action: string) =>
  call('aws-iam', '/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `Action=${action}&Version=2010-05-08&UserName=alice`
  })
const slack = (method: string) =>
  call('slack', `/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.tokens.slack}` },
    body: new URLSearchParams({ user: 'U0ALICE01' })
  })
const jira = (path: string, method = 'GET') =>
  call('scim:jira', `/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${sandbox.tokens.scim.jira}` }
  })

/** Runs `body` with `rules` on `server`, then clears them. */
async function withFaults(server: string, rules: FaultRule[], body: () => Promise<void>) {
  sandbox.servers[server].knobs.faults = rules
  try {
    await body()
  } finally {
    sandbox.servers[server].knobs.faults = []
  }
}

describe('a status, in the platform’s own words', () => {
  it('GitHub: its error body for the status, on that route only', async () => {
    await withFaults(
      'github',
      [{ operation: 'GET /orgs/{org}/members', status: 500 }],
      async () => {
        const members = await github('/orgs/acme/members')
        expect(members.status).toBe(500)
        expect(JSON.parse(members.text)).toMatchObject({ message: 'Server Error', status: '500' })
        expect((await github('/orgs/acme/invitations')).status).toBe(200)
      }
    )
    expect((await github('/orgs/acme/members')).status).toBe(200)
  })

  it('GitHub: a 429 is a secondary rate limit, with the Retry-After asked for', async () => {
    const rule = { operation: 'DELETE /orgs/{org}/invitations/{invitation_id}', status: 429 }
    await withFaults('github', [{ ...rule, retryAfterSeconds: 30 }], async () => {
      const answer = await github('/orgs/acme/invitations/1', 'DELETE')
      expect(answer.status).toBe(429)
      expect(answer.headers.get('retry-after')).toBe('30')
      expect(JSON.parse(answer.text).message).toMatch(/exceeded a secondary rate limit/)
    })
  })

  it('IAM: the error code for the status, as an ErrorResponse', async () => {
    await withFaults('aws-iam', [{ operation: 'ListAccessKeys', status: 403 }], async () => {
      const denied = await iam('ListAccessKeys')
      expect(denied.status).toBe(403)
      expect(denied.text).toMatch(
        /<Code>AccessDenied<\/Code><Message>User: .* is not authorized to perform: iam:ListAccessKeys/
      )
      expect((await iam('ListMFADevices')).status).toBe(200)
    })
  })

  it('IAM: another error code when the rule names one', async () => {
    const rule = { operation: 'DeleteUser', status: 409, code: 'DeleteConflict' }
    await withFaults('aws-iam', [rule], async () => {
      expect((await iam('DeleteUser')).text).toMatch(/<Code>DeleteConflict<\/Code>/)
    })
  })

  it('Slack: an ok: false answer, with the HTTP status asked for or Slack’s usual 200', async () => {
    const rules = [
      { operation: 'users.info', status: 200, code: 'user_not_found' },
      { operation: 'usergroups.list', status: 500 }
    ]
    await withFaults('slack', rules, async () => {
      const info = await slack('users.info')
      expect([info.status, JSON.parse(info.text)]).toEqual([
        200,
        { ok: false, error: 'user_not_found' }
      ])
      const groups = await slack('usergroups.list')
      expect([groups.status, JSON.parse(groups.text)]).toEqual([
        500,
        { ok: false, error: 'internal_error' }
      ])
    })
  })

  it('SCIM: an RFC 7644 error, with Retry-After', async () => {
    const rule = { operation: 'PATCH /Users/{id}', status: 503, retryAfterSeconds: 7 }
    await withFaults('scim:jira', [rule], async () => {
      const answer = await jira('/Users/anything', 'PATCH')
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('7')
      expect(JSON.parse(answer.text)).toMatchObject({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '503'
      })
      expect((await jira('/Users')).status).toBe(200)
    })
  })
})

describe('dropped connections, slow answers, and how often', () => {
  it('drops the connection without an answer, and records it with status 0', async () => {
    sandbox.servers.slack.resetRecord()
    await withFaults('slack', [{ operation: 'users.info', drop: true }], async () => {
      expect((await slack('users.info')).status).toBe(0)
    })
    expect(sandbox.servers.slack.requests.map(r => [r.operation, r.status])).toEqual([
      ['users.info', 0]
    ])
  })

  it('answers late but correctly with a delay alone; idle() waits for the late answer', async () => {
    const server = sandbox.servers['scim:jira']
    await withFaults('scim:jira', [{ operation: 'GET /Users', delayMs: 300 }], async () => {
      const pending = jira('/Users')
      await new Promise(r => setTimeout(r, 50))
      let idle = false
      const settled = server.idle().then(() => (idle = true))
      await new Promise(r => setTimeout(r, 50))
      expect(idle).toBe(false)
      expect((await pending).status).toBe(200)
      await settled
    })
    await server.idle()
  })

  it('clears itself after `times` hits, counting them', async () => {
    const rule: FaultRule = { operation: 'GET /orgs/{org}/invitations', status: 502, times: 2 }
    await withFaults('github', [rule], async () => {
      const statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await github('/orgs/acme/invitations')).status)
      expect(statuses).toEqual([502, 502, 200, 200])
      expect(rule.hits).toBe(2)
    })
  })

  it('hits a fraction of the requests with a rate, and `*` matches every operation', async () => {
    const rule: FaultRule = { operation: '*', status: 500, rate: 0.5 }
    await withFaults('github', [rule], async () => {
      const statuses = []
      for (let i = 0; i < 40; i++) statuses.push((await github('/orgs/acme/members')).status)
      const failed = statuses.filter(s => s === 500).length
      expect(failed).toBe(rule.hits)
      expect(failed).toBeGreaterThan(5)
      expect(failed).toBeLessThan(35)
    })
  })

  it('applies the first rule that matches and is not spent', async () => {
    const rules: FaultRule[] = [
      { operation: 'ListAccessKeys', status: 500, times: 1 },
      { operation: 'ListAccessKeys', status: 403 }
    ]
    await withFaults('aws-iam', rules, async () => {
      expect([(await iam('ListAccessKeys')).status, (await iam('ListAccessKeys')).status]).toEqual([
        500, 403
      ])
    })
  })
})

describe('rules that cannot apply are refused', () => {
  it('names a server the sandbox does not run, listing those it does', async () => {
    await expect(startSandbox(decl, scenario, { faults: ['gitlab GET /x = 500'] })).rejects.toThrow(
      'sandbox: no server "gitlab" to put faults on: the servers are github, aws-iam, slack, slack-scim, scim:jira, scim:pagerduty'
    )
  })

  it('names an operation the platform does not have, with the closest one', async () => {
    await expect(
      startSandbox(decl, scenario, { faults: ['aws-iam ListAccesKeys = 500'] })
    ).rejects.toThrow('aws-iam has no operation "ListAccesKeys": did you mean "ListAccessKeys"?')
    await expect(
      startSandbox(decl, scenario, {
        knobs: { slack: { faults: [{ operation: 'users.info', status: 500, drop: true }] } }
      })
    ).rejects.toThrow('users.info: drop and a status exclude each other')
  })

  it('explains the syntax of a rule it cannot read', () => {
    expect(parseFault('github GET /orgs/{org}/members = 500 times=2 retry-after=5')).toEqual({
      server: 'github',
      rule: {
        operation: 'GET /orgs/{org}/members',
        status: 500,
        times: 2,
        retryAfterSeconds: 5
      }
    })
    expect(parseFault('scim:jira PATCH /Users/{id} = delay=2000, rate=0.5')).toEqual({
      server: 'scim:jira',
      rule: { operation: 'PATCH /Users/{id}', delayMs: 2000, rate: 0.5 }
    })
    expect(() => parseFault('github GET /x 500')).toThrow(/no "=" between the operation/)
    expect(() => parseFault('github = 500')).toThrow(/name the server, then the operation/)
    expect(() => parseFault('slack users.info = explode')).toThrow(
      /"explode" is not an effect: use a status \(500\), drop, delay=MS/
    )
  })

  it('reports a scenario’s faults that cannot be read at their line', async () => {
    const text = `${bundledScenarioText().toString()}\nfaults:\n  - github GET /orgs/{org}/members = 500\n  - gitlab GET /x = 500\n  - slack users.info = boom\n`
    const line = text.split('\n').indexOf('faults:') + 1
    const error = await parseScenario(text, 'my.yaml', decl).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScenarioError)
    expect((error as ScenarioError).diagnostics.map(d => [d.line, d.message])).toEqual([
      [
        line + 2,
        expect.stringMatching(/^no server "gitlab" in this sandbox: the servers are github/)
      ],
      [line + 3, expect.stringMatching(/"boom" is not an effect/)]
    ])
  })

  it('applies a scenario’s faults', async () => {
    const text = `${bundledScenarioText().toString()}\nfaults:\n  - github GET /orgs/{org}/members = 503 times=1\n`
    const faulty = await startSandbox(decl, await parseScenario(text, 'my.yaml', decl))
    try {
      expect(faulty.servers.github.knobs.faults).toEqual([
        { operation: 'GET /orgs/{org}/members', status: 503, times: 1 }
      ])
    } finally {
      await faulty.close()
    }
  })
})
