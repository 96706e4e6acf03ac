// Servers that echo secrets back, one platform at a time, and the check that nothing offboard
// wrote holds one. Each row breaks one platform so that its error answers (which repeat the
// request's Authorization, X-Amz-Security-Token, query and body) reach what offboard prints;
// the secrets are made so that no token pattern recognises them: only redaction by value can.
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { readAccessTree } from '../../src/sandbox/seed.js'
import type { Knobs } from '../../src/sandbox/shared/server.js'
import { commitAll, initRepo } from './git.js'
import { scratchTree } from './tree.js'

/** A secret no pattern knows: a colon stops the Bearer pattern, no run is long enough to look
 *  like base64, and it holds what JSON, URLs, Markdown tables and quotes each escape. */
export const madeUpSecret = (name: string) =>
  `${name}:${randomBytes(6).toString('hex')}|"<${randomBytes(6).toString('base64url')}>'/+${randomBytes(4).toString('hex')}=`

export interface EchoRow {
  platform: string
  /** How the platform is broken so that its error answers reach the output. */
  how: string
  /** The server whose answers echo the secret; `[redacted]` must show where it was. */
  echoes: boolean
  knobs?: Record<string, Partial<Knobs>>
  /** Variables over the sandbox's own. */
  env(sandbox: Sandbox): Record<string, string>
}

export const ECHO_ROWS: EchoRow[] = [
  {
    platform: 'github',
    how: 'GITHUB_TOKEN rejected (401)',
    echoes: true,
    env: () => ({ GITHUB_TOKEN: madeUpSecret('github') })
  },
  {
    platform: 'aws-iam',
    how: 'every call fails (ServiceFailure), session credentials',
    echoes: true,
    knobs: { 'aws-iam': { serverErrorRate: 1 } },
    env: () => ({
      AWS_SECRET_ACCESS_KEY: madeUpSecret('aws-secret'),
      AWS_SESSION_TOKEN: madeUpSecret('aws-session')
    })
  },
  {
    // The Web API's error bodies are not shown (only Slack's error code is): nothing to find,
    // which is what this row checks.
    platform: 'slack',
    how: 'SLACK_TOKEN rejected (invalid_auth)',
    echoes: false,
    env: () => ({ SLACK_TOKEN: madeUpSecret('slack') })
  },
  {
    platform: 'slack-scim',
    how: 'SLACK_TOKEN accepted by the Web API, rejected by SCIM (401) when deactivating',
    echoes: true,
    env: sandbox => {
      const token = madeUpSecret('slack')
      const state = sandbox.states.slack!
      state.tokens.push({ ...state.tokens[0], token })
      return { SLACK_TOKEN: token }
    }
  },
  {
    platform: 'scim:jira',
    how: 'JIRA_SCIM_TOKEN rejected (401)',
    echoes: true,
    env: () => ({ JIRA_SCIM_TOKEN: madeUpSecret('jira') })
  },
  {
    // Its variable's name says nothing of a secret: only the connector knows it is one.
    platform: 'scim:pagerduty',
    how: 'PAGERDUTY_SCIM_AUTH rejected (401)',
    echoes: true,
    env: () => ({ PAGERDUTY_SCIM_AUTH: madeUpSecret('pagerduty') })
  }
]

export interface EchoSetup {
  sandbox: Sandbox
  /** The runner's checkout: the example tree committed once (alice active). */
  cwd: string
  base: string
  env: Record<string, string>
  /** Every secret in `env` and the sandbox's tokens, by the name it goes by. */
  secrets: Record<string, string>
}

/** The example tree (PagerDuty's token in PAGERDUTY_SCIM_AUTH), committed, and the sandbox
 *  seeded from it with every server echoing and the row's platform broken. */
export async function startEchoSandbox(row: EchoRow): Promise<EchoSetup> {
  const cwd = scratchTree()
  const platforms = join(cwd, 'access/platforms.yaml')
  writeFileSync(
    platforms,
    readFileSync(platforms, 'utf8')
      .replace('PAGERDUTY_SCIM_TOKEN', 'PAGERDUTY_SCIM_AUTH')
      // A broken platform fails at once: the rows are about what its errors say.
      .replace('policy:\n', 'policy:\n  retry: { retries: 0 }\n')
  )
  const base = initRepo(cwd)
  const inputs = await loadSandboxInputs('access', cwd)
  if (!inputs.ok) throw new Error(inputs.message)
  const names = ['github', 'aws-iam', 'slack', 'slack-scim', 'scim:jira', 'scim:pagerduty']
  const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
    accessFiles: await readAccessTree('access', cwd),
    knobs: Object.fromEntries(names.map(n => [n, { echo: true, ...row.knobs?.[n] }]))
  })
  const env: Record<string, string> = {
    ...sandbox.env,
    AWS_EC2_METADATA_DISABLED: 'true',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: madeUpSecret('oidc'),
    ...row.env(sandbox)
  }
  const secretNames = [
    'GITHUB_TOKEN',
    'SLACK_TOKEN',
    'JIRA_SCIM_TOKEN',
    'PAGERDUTY_SCIM_AUTH',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  ]
  const secrets: Record<string, string> = {}
  for (const name of secretNames) if (env[name]) secrets[name] = env[name]
  for (const [name, token] of Object.entries(sandbox.tokens.scim))
    secrets[`sandbox ${name} token`] = token
  secrets['sandbox github token (repo-token)'] = sandbox.tokens.github!
  secrets['sandbox slack token'] = sandbox.tokens.slack!
  return { sandbox, cwd, base, env, secrets }
}

/** Commits alice's departure in the checkout; the new commit. */
export function departAlice(cwd: string): string {
  const alice = join(cwd, 'access/people/alice.yaml')
  writeFileSync(
    alice,
    readFileSync(alice, 'utf8').replace(
      'status: active',
      'status: departed\ndeparted_on: 2026-11-20'
    )
  )
  return commitAll(cwd, 'alice leaves')
}

/** Every place a secret shows in `text`, in any form an echo and offboard's own escaping can
 *  give it: as is, JSON-escaped (once, twice), URL-encoded, in a Markdown table cell, with
 *  backslash-escaped quotes, inside base64 (`user:secret`), or its last 12 characters (what a
 *  redaction that stopped short would leave). */
export function leaks(where: string, text: string, secrets: Record<string, string>): string[] {
  const found: string[] = []
  const decoded = [...text.matchAll(/[A-Za-z0-9+/_-]{12,}={0,2}/g)].flatMap(m =>
    [0, 1, 2, 3].map(skip => Buffer.from(m[0].slice(skip), 'base64').toString('utf8'))
  )
  for (const [name, secret] of Object.entries(secrets)) {
    const json = JSON.stringify(secret).slice(1, -1)
    const forms: Record<string, string> = {
      raw: secret,
      json,
      'json twice': JSON.stringify(json).slice(1, -1),
      'url-encoded': encodeURIComponent(secret),
      'markdown cell': secret
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|'),
      'quoted with backslashes': secret.replace(/["'\\]/g, c => `\\${c}`),
      'last 12 characters': secret.slice(-12)
    }
    for (const [form, value] of Object.entries(forms))
      if (text.includes(value)) found.push(`${where}: ${name} (${form})`)
    if (decoded.some(d => d.includes(secret))) found.push(`${where}: ${name} (base64)`)
  }
  return found
}

/** Every string inside a value (call arguments, a simulator's state), one per line. */
export function strings(value: unknown): string {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(value)
  return out.join('\n')
}

/** The log files in a checkout's access/log, as text. */
export function localLog(cwd: string): string {
  const dir = join(cwd, 'access/log')
  return readdirSync(dir)
    .filter(f => f.endsWith('.jsonl'))
    .map(f => readFileSync(join(dir, f), 'utf8'))
    .join('')
}

/** What the simulated GitHub's repositories hold: issues, comments, pull requests, commit
 *  messages and every file committed (the log, the person file). */
export function githubWritten(sandbox: Sandbox): string {
  return sandbox.states
    .github!.repos.map(r => {
      const { git, ...rest } = r
      const blobs = Object.values(git.blobs).map(b => Buffer.from(b, 'base64').toString('utf8'))
      return [strings(rest), strings(git.commits), ...blobs].join('\n')
    })
    .join('\n')
}
