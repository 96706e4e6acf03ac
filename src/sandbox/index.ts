// The whole sandbox: every platform the declarations configure, seeded from them plus a
// scenario, each on its own loopback server, with the tokens and the environment variables
// that point the command line (or a test, or a benchmark) at it.
//
// The GitHub connector spaces writes 1 s apart by default, as GitHub asks of integrations;
// the sandbox has no secondary limit unless a knob injects one, so code that drives it
// in-process uses createGithubConnector({ paceWrites: false }).
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { scimUrlEnv } from '../connectors/scim.js'
import type { Declarations } from '../declarations/types.js'
import { createIamPlatform, type IamSimState } from './aws-iam.js'
import { createGithubPlatform, type GithubPlatformOptions, type GithubSimState } from './github.js'
import type { Scenario } from './scenario.js'
import { createScimPlatform, type ScimSimState } from './scim.js'
import { seedStates, type SeedOptions } from './seed.js'
import { startSimServer, type Knobs, type Platform, type SimServer } from './server.js'
import { createSlackScimPlatform } from './slack-scim.js'
import { createSlackPlatform, type SlackSimState } from './slack.js'

export interface SandboxOptions extends SeedOptions {
  /** Milliseconds added before every answer of every server. */
  latencyMs?: number
  /** Knobs per server name (`github`, `aws-iam`, `slack`, `slack-scim`, `scim:<app>`), over
   *  the latency above: e.g. `{ github: { serverErrorRate: 1 } }`. */
  knobs?: Record<string, Partial<Knobs>>
  /** Fixed ports from this one up, in the order of `servers` (default: any free ports). */
  portBase?: number
  /** Checks each GitHub request against a contract (tests pass GitHub's OpenAPI check). */
  checkGithubRequest?: GithubPlatformOptions['checkRequest']
}

export interface Sandbox {
  /** Running servers by name, in start order; each keeps its request record and knobs. */
  servers: Record<string, SimServer>
  /** The live state of each platform: the servers change it as writes arrive. */
  states: {
    github?: GithubSimState
    iam?: IamSimState
    slack?: SlackSimState
    scim: Record<string, ScimSimState>
  }
  /** Tokens the servers accept (made up for this run; they open nothing else). */
  tokens: { github?: string; slack?: string; scim: Record<string, string> }
  /** The repository holding the access tree on the simulated GitHub. */
  accessRepo?: { owner: string; repo: string; branch: string }
  /** What the command line needs to talk to the sandbox instead of the real platforms. */
  env: Record<string, string>
  close(): Promise<void>
}

/** A made-up token: recognisably the sandbox's, different on every run. */
const token = (prefix: string) => `${prefix}sandbox-${randomBytes(12).toString('hex')}`

/** Every Slack scope the connector's methods need, so that the token is never refused. */
const SLACK_SCOPES = [
  'admin',
  'admin.users:write',
  'team:read',
  'users:read',
  'users:read.email',
  'usergroups:read',
  'usergroups:write',
  'channels:read',
  'groups:read',
  'channels:manage',
  'channels:write',
  'groups:write'
]

export async function startSandbox(
  decl: Declarations,
  scenario: Scenario,
  options: SandboxOptions = {}
): Promise<Sandbox> {
  const seeded = seedStates(decl, scenario, options)
  const tokens: Sandbox['tokens'] = { scim: {} }
  const env: Record<string, string> = {}
  const platforms: { platform: Platform; env: (url: string) => void }[] = []

  if (seeded.github) {
    const { state, tokenOwner } = seeded.github
    const t = (tokens.github = token('ghp_'))
    platforms.push({
      platform: createGithubPlatform(state, {
        tokens: { [t]: tokenOwner },
        checkRequest: options.checkGithubRequest
      }).platform,
      // The simulated GitHub needs no spacing between writes (see connectors/index.ts).
      env: url =>
        Object.assign(env, {
          GITHUB_API_URL: url,
          GITHUB_TOKEN: t,
          OFFBOARD_GITHUB_PACE_WRITES: 'false'
        })
    })
  }
  if (seeded.iam)
    platforms.push({
      platform: createIamPlatform(seeded.iam, { seed: options.seed ?? 1 }),
      env: url =>
        Object.assign(env, {
          AWS_ENDPOINT_URL_IAM: url,
          AWS_REGION: 'us-east-1',
          // The sandbox checks no signature: any key signs.
          AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
          AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
        })
    })
  if (seeded.slack) {
    const { state, tokenOwner } = seeded.slack
    const t = (tokens.slack = token('xoxp-'))
    // Before the SCIM platform is made: it takes the tokens holding the admin scope.
    state.tokens.push({ token: t, user_id: tokenOwner, scopes: SLACK_SCOPES, admin: true })
    platforms.push(
      {
        platform: createSlackPlatform(state),
        env: url => Object.assign(env, { SLACK_API_URL: `${url}/api/`, SLACK_TOKEN: t })
      },
      {
        platform: createSlackScimPlatform(state),
        env: url => (env.SLACK_SCIM_URL = `${url}/scim/v2/`)
      }
    )
  }
  for (const app of decl.platforms.scim) {
    const t = (tokens.scim[app.name] = token(`scim-${app.name}-`))
    platforms.push({
      platform: createScimPlatform(seeded.scim[app.name], {
        name: `scim:${app.name}`,
        tokens: [t]
      }),
      env: url =>
        Object.assign(env, { [app.token_env]: t, [scimUrlEnv(app.name)]: `${url}/scim/v2` })
    })
  }

  const servers: Record<string, SimServer> = {}
  const close = () => Promise.all(Object.values(servers).map(s => s.close())).then(() => undefined)
  try {
    for (const [i, { platform, env: setEnv }] of platforms.entries()) {
      const port = options.portBase === undefined ? undefined : options.portBase + i
      if (port !== undefined) await checkPortFree(port, platform.name)
      const server = await startSimServer(platform, {
        port,
        seed: options.seed,
        knobs: { latencyMs: options.latencyMs ?? 0, ...options.knobs?.[platform.name] }
      })
      servers[platform.name] = server
      setEnv(server.url)
    }
  } catch (err) {
    await close()
    throw err
  }

  const github = seeded.github
  return {
    servers,
    states: {
      github: github?.state,
      iam: seeded.iam,
      slack: seeded.slack?.state,
      scim: seeded.scim
    },
    tokens,
    accessRepo: github && {
      owner: github.state.org.login,
      repo: github.accessRepo.name,
      branch: github.accessRepo.default_branch
    },
    env,
    close
  }
}

/** Fails with a clear message when a fixed port is taken (the server would only crash). */
function checkPortFree(port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `sandbox: cannot serve ${name} on 127.0.0.1:${port} (${err.code ?? err.message}): choose another --port-base, or leave it out to use free ports`
        )
      )
    )
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}
