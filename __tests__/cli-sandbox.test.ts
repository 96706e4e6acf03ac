// `offboard sandbox` in-process: it prints the variables, the platforms answer at them with
// the seeded state, and it stops cleanly when interrupted.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { runCli } from '../src/cli.js'
import { cli, scratchTree } from './support/tree.js'

/** Starts the command; resolves once it printed its variables. */
async function start(argv: string[] = [], cwd = scratchTree()) {
  const controller = new AbortController()
  const out: string[] = []
  const err: string[] = []
  let printed: () => void = () => {}
  const ready = new Promise<void>(resolve => (printed = resolve))
  const exit = runCli(['sandbox', ...argv], {
    out: line => {
      out.push(line)
      if (line.includes('export ')) printed()
    },
    err: line => err.push(line),
    cwd,
    env: {},
    signal: controller.signal
  })
  await Promise.race([ready, exit])
  const env: Record<string, string> = {}
  for (const m of out.join('\n').matchAll(/^export (\w+)=(?:'([^']*)'|(\S+))$/gm))
    env[m[1]] = m[2] ?? m[3]
  return { env, out: out.join('\n'), err, exit, stop: () => controller.abort() }
}

const listen = (port: number) =>
  new Promise<number | undefined>(resolve => {
    const s = createServer()
    s.once('error', () => resolve(undefined))
    s.listen(port, '127.0.0.1', () => {
      const { port: got } = s.address() as { port: number }
      s.close(() => resolve(got))
    })
  })

/** A port with the next `count - 1` free too: the sandbox serves on consecutive ports, and
 *  other processes on a shared machine take ports near any one the system hands out. */
async function freePorts(count: number): Promise<number> {
  for (;;) {
    const base = (await listen(0))!
    let free = true
    for (let p = base + 1; p < base + count && free; p++) free = (await listen(p)) !== undefined
    if (free) return base
  }
}

describe('offboard sandbox', () => {
  it('prints the variables, serves the seeded platforms there, and stops on abort', async () => {
    const sigints = process.listenerCount('SIGINT')
    const run = await start()
    expect(Object.keys(run.env).sort()).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_ENDPOINT_URL_IAM',
      'AWS_ENDPOINT_URL_IDENTITYSTORE',
      'AWS_ENDPOINT_URL_SSO_ADMIN',
      'AWS_ENDPOINT_URL_STS',
      'AWS_REGION',
      'AWS_SECRET_ACCESS_KEY',
      'ENTRA_CLIENT_SECRET',
      'GITHUB_API_URL',
      'GITHUB_TOKEN',
      'GOOGLE_SERVICE_ACCOUNT_KEY',
      'JIRA_SCIM_TOKEN',
      'OFFBOARD_ENTRA_AUTHORITY_URL',
      'OFFBOARD_ENTRA_GRAPH_URL',
      'OFFBOARD_GITHUB_PACE_WRITES',
      'OFFBOARD_GOOGLE_API_URL',
      'OFFBOARD_GOOGLE_AUTH_URL',
      'OFFBOARD_OKTA_URL',
      'OFFBOARD_SCIM_JIRA_URL',
      'OFFBOARD_SCIM_PAGERDUTY_URL',
      'OKTA_API_TOKEN',
      'PAGERDUTY_SCIM_TOKEN',
      'SLACK_API_URL',
      'SLACK_SCIM_URL',
      'SLACK_TOKEN'
    ])
    expect(run.out).toMatch(/^# offboard sandbox: github http:\/\/127\.0\.0\.1:\d+/)
    expect(run.out).toContain('Ctrl-C')
    expect(process.listenerCount('SIGINT')).toBe(sigints + 1)

    const members = await fetch(`${run.env.GITHUB_API_URL}/orgs/acme/members?per_page=100`, {
      headers: { authorization: `token ${run.env.GITHUB_TOKEN}` }
    })
    const logins = ((await members.json()) as { login: string }[]).map(m => m.login)
    expect(logins).toEqual(expect.arrayContaining(['judy-a', 'mallory-x', 'alice-gh']))
    const jira = await fetch(`${run.env.OFFBOARD_SCIM_JIRA_URL}/Users?count=100`, {
      headers: { authorization: `Bearer ${run.env.JIRA_SCIM_TOKEN}` }
    })
    expect(((await jira.json()) as { totalResults: number }).totalResults).toBe(11)
    const okta = await fetch(`${run.env.OFFBOARD_OKTA_URL}/api/v1/users?limit=200`, {
      headers: { authorization: `SSWS ${run.env.OKTA_API_TOKEN}` }
    })
    const oktaLogins = ((await okta.json()) as { profile: { login: string } }[]).map(
      u => u.profile.login
    )
    expect(oktaLogins).toEqual(
      expect.arrayContaining(['alice@acme.example', 'judy@acme.example', 'mallory@partner.example'])
    )

    run.stop()
    expect(await run.exit).toBe(0)
    expect(run.err).toEqual(['offboard sandbox: stopped'])
    expect(process.listenerCount('SIGINT')).toBe(sigints)
    await expect(fetch(`${run.env.GITHUB_API_URL}/user`)).rejects.toThrow()
  })

  it('serves on fixed ports with --port-base, and says so when they are taken', async () => {
    const base = await freePorts(12)
    const run = await start(['--port-base', String(base), '--latency', '5'])
    expect(run.env.GITHUB_API_URL).toBe(`http://127.0.0.1:${base}`)
    expect(run.env.AWS_ENDPOINT_URL_IAM).toBe(`http://127.0.0.1:${base + 1}`)
    const again = await cli(['sandbox', '--port-base', String(base)], scratchTree())
    expect(again.code).toBe(2)
    expect(again.err).toContain(`cannot serve github on 127.0.0.1:${base}`)
    run.stop()
    expect(await run.exit).toBe(0)
  })

  it('takes a scenario file, and refuses one that does not fit with its line', async () => {
    const cwd = scratchTree()
    writeFileSync(join(cwd, 'mine.yaml'), 'version: 1\npeople:\n  nobody: {}\n')
    const bad = await cli(['sandbox', '--scenario', 'mine.yaml'], cwd)
    expect(bad.code).toBe(2)
    expect(bad.out).toBe(
      'mine.yaml:3:3: no person "nobody" in the declarations: use a person id, or list the account under others'
    )
    writeFileSync(join(cwd, 'mine.yaml'), 'version: 1\n')
    const noAdmin = await cli(['sandbox', '--scenario', 'mine.yaml'], cwd)
    expect(noAdmin).toMatchObject({
      code: 2,
      err: expect.stringContaining('the sandbox Slack workspace has no admin for its token')
    })
    const slackOwner =
      'version: 1\nothers:\n  slack: [{ id: U0OWNER01, name: owner, primary_owner: true }]\n'
    writeFileSync(join(cwd, 'mine.yaml'), slackOwner)
    expect(await cli(['sandbox', '--scenario', 'mine.yaml'], cwd)).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'the sandbox Okta org has no super administrator for its API token'
      )
    })
    writeFileSync(
      join(cwd, 'mine.yaml'),
      `${slackOwner}  okta: [{ login: admin@acme.example, admin: [super_admin] }]\n`
    )
    const run = await start(['--scenario', 'mine.yaml'], cwd)
    const user = await fetch(`${run.env.GITHUB_API_URL}/user`, {
      headers: { authorization: `token ${run.env.GITHUB_TOKEN}` }
    })
    // Without a token_owner the token acts as the first owner.
    expect(((await user.json()) as { login: string }).login).toBe('bobokafor')
    run.stop()
    expect(await run.exit).toBe(0)
  })

  it('refuses bad options, a missing scenario and invalid declarations', async () => {
    expect(await cli(['sandbox', '--latency', 'slow'], scratchTree())).toMatchObject({
      code: 2,
      err: expect.stringContaining('--latency must be a whole number from 0 to 60000')
    })
    expect(await cli(['sandbox', '--scenario', 'none.yaml'], scratchTree())).toMatchObject({
      code: 2,
      err: expect.stringContaining('cannot read the scenario none.yaml')
    })
    const broken = await cli(['sandbox'], scratchTree({ 'people/alice.yaml': 'id: [\n' }))
    expect(broken.code).toBe(2)
    expect(broken.out).toMatch(/^access\/people\/alice\.yaml:\d+:\d+: /)
  })

  it('injects the faults --fault asks for, and refuses one it cannot read or apply', async () => {
    const run = await start([
      '--fault',
      'github GET /orgs/{org}/members = 503 times=1',
      '--fault',
      'scim:jira GET /Users = drop'
    ])
    expect(run.out).toContain('# Fault: github GET /orgs/{org}/members = 503 times=1')
    const members = () =>
      fetch(`${run.env.GITHUB_API_URL}/orgs/acme/members`, {
        headers: { authorization: `token ${run.env.GITHUB_TOKEN}` }
      }).then(r => r.status)
    expect([await members(), await members()]).toEqual([503, 200])
    await expect(fetch(`${run.env.OFFBOARD_SCIM_JIRA_URL}/Users`)).rejects.toThrow()
    run.stop()
    expect(await run.exit).toBe(0)

    expect(await cli(['sandbox', '--fault', 'github GET /x 500'], scratchTree())).toMatchObject({
      code: 2,
      err: expect.stringContaining('sandbox: --fault "github GET /x 500": no "="')
    })
    expect(
      await cli(['sandbox', '--fault', 'github GET /orgs/{org}/member = 500'], scratchTree())
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'github has no operation "GET /orgs/{org}/member": did you mean "GET /orgs/{org}/members"?'
      )
    })
  })
})
