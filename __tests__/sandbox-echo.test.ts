// The echo knob: a server's error answers repeat the request's credentials, query string and
// body, each in the platform's own error shape; other answers, and servers without the knob,
// are as before.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createIamPlatform } from '../src/sandbox/aws-iam/index.js'
import { emptyIamState } from '../src/sandbox/aws-iam/state.js'
import { createGithubPlatform, newGithubState } from '../src/sandbox/github/index.js'
import { createScimPlatform, SCIM_ERROR_SCHEMA, scimState } from '../src/sandbox/scim/index.js'
import { startSimServer, type Platform, type SimServer } from '../src/sandbox/shared/server.js'
import { createSlackPlatform } from '../src/sandbox/slack/index.js'
import { slackState } from '../src/sandbox/slack/state.js'

let server: SimServer | undefined
afterEach(() => server?.close())

async function start(platform: Platform, echo = true) {
  server = await startSimServer(platform, { knobs: { echo } })
  return server.url
}

describe('sandbox servers that echo', () => {
  it("GitHub: in the error's message", async () => {
    const state = newGithubState('acme')
    state.users.push({ login: 'alice', id: 1, email: 'alice@acme.example' })
    const url = await start(
      createGithubPlatform(state, { tokens: { 'gh-token': 'alice' } }).platform
    )
    const res = await fetch(`${url}/users/nobody?per_page=5`, {
      headers: { authorization: 'token gh-token' }
    })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { message: string }).message).toBe(
      'Not Found (request GET /users/nobody?per_page=5; authorization: token gh-token; body: )'
    )
    const ok = await fetch(`${url}/users/alice`, { headers: { authorization: 'token gh-token' } })
    expect(JSON.stringify(await ok.json())).not.toContain('gh-token')
  })

  it("Slack: in `detail`, beside Slack's error code", async () => {
    const url = await start(createSlackPlatform(slackState()))
    const res = await fetch(`${url}/api/users.info`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer xoxp-unknown',
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: 'user=U0ALICE01'
    })
    expect(await res.json()).toEqual({
      ok: false,
      error: 'invalid_auth',
      detail:
        '(request POST /api/users.info; authorization: Bearer xoxp-unknown; body: user=U0ALICE01)'
    })
  })

  it("SCIM: in the error's detail", async () => {
    const url = await start(createScimPlatform(scimState([]), { name: 'scim:jira', tokens: ['t'] }))
    const res = await fetch(`${url}/scim/v2/Users?filter=userName%20eq%20%22a%22`, {
      headers: { authorization: 'Bearer wrong-token' }
    })
    expect(res.status).toBe(401)
    const body = (await res.json()) as { schemas: string[]; detail: string }
    expect(body.schemas).toEqual([SCIM_ERROR_SCHEMA])
    expect(body.detail).toMatch(
      / \(request GET \/scim\/v2\/Users\?filter=userName\+eq\+%22a%22; authorization: Bearer wrong-token; body: \)$/
    )
  })

  it('IAM: in <Message>, XML-escaped, with the session token header', async () => {
    const url = await start(createIamPlatform(emptyIamState()))
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/x, Signature=abc',
        'x-amz-security-token': 'session<&>token',
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: 'Action=GetUser&UserName=nobody&Version=2010-05-08'
    })
    expect(res.status).toBe(404)
    const xml = await res.text()
    expect(xml).toContain('<Code>NoSuchEntity</Code>')
    expect(xml).toMatch(
      /<Message>[^<]+ \(request POST \/; authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/x, Signature=abc; x-amz-security-token: session&lt;&amp;&gt;token; body: Action=GetUser&amp;UserName=nobody&amp;Version=2010-05-08\)<\/Message>/
    )
  })

  it('without the knob, errors say only what the platform says', async () => {
    const url = await start(
      createScimPlatform(scimState([]), { name: 'scim:jira', tokens: ['t'] }),
      false
    )
    const res = await fetch(`${url}/scim/v2/Users`, { headers: { authorization: 'Bearer wrong' } })
    expect(JSON.stringify(await res.json())).not.toContain('wrong')
  })
})
