// Benchmark: `offboard audit` against the simulated GitHub, IAM and Slack with LATENCY_MS
// (default 50) per request: an organization of 10,000 members in 300 teams, 5,000 IAM users,
// 20,000 Slack members, and matching declarations (a few drifts of every kind seeded).
// Prints per platform the requests made against the pagination minimum, wall time, and
// the audit process's peak memory. The simulators run in a child process, so the memory
// measured is the audit's own.
// The declarations are written as YAML files to a temporary access tree and loaded as
// `offboard audit` loads them, so their memory and time are the audit's too. SCALE (default 1)
// multiplies every size: the goals hold at 1, 2 and 4.
// Goals: requests within 1.1x of the minimum; peak memory under 300 MB.
// Run: npm run bench -- audit (or bundle it with ncc and run the output); SCALE=4 npm run bench -- audit
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dump } from 'js-yaml'
import { resourceUsage } from 'node:process'
import { fileURLToPath } from 'node:url'
import { auditPlatforms, blocking } from '../src/audit/index.js'
import type { PlatformReader } from '../src/connectors/connector.js'
import { openReaders } from '../src/connectors/index.js'
import { formatDiagnostic, loadFromDirectory } from '../src/declarations/load.js'
import type { Declarations, Person, Role } from '../src/declarations/types.js'
import { countBySeverity } from '../src/report/audit.js'
import {
  createIamPlatform,
  emptyIamState,
  joinGroup,
  newIamGroup,
  newIamUser
} from '../src/sandbox/aws-iam/index.js'
import { createGithubPlatform, newGithubState } from '../src/sandbox/github/index.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import { createSlackPlatform, slackMember, slackState } from '../src/sandbox/slack/index.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const SCALE = env('SCALE', 1)
const SIZE = {
  githubMembers: env('GITHUB_MEMBERS', 10_000 * SCALE),
  teams: env('TEAMS', 300),
  iamUsers: env('IAM_USERS', 5_000 * SCALE),
  slackMembers: env('SLACK_MEMBERS', 20_000 * SCALE),
  latencyMs: env('LATENCY_MS', 50)
}
/** Groups, user groups and channels the roles share out. */
const GROUPS = 50
const USERGROUPS = 100
const CHANNELS = 50
const ADMINS = 5
/** Accounts no one declares, per platform. */
const STRANGERS = 20
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const DAY = 86_400_000
const ORG = 'acme'
const TOKENS = { github: 'ghp_bench', slack: 'xoxp-bench' }

// ---------------------------------------------------------------- the shape of the company

/** Person i holds the roles of team (i mod teams) where they have accounts; every 50th person has departed (and still holds all);
 *  every 200th is in one team too many; every 100th IAM user has a stale key. */
const PEOPLE = Math.max(SIZE.githubMembers, SIZE.iamUsers, SIZE.slackMembers) - STRANGERS
const roleOf = (i: number) => i % SIZE.teams
const departed = (i: number) => i % 50 === 49
const extraTeam = (i: number) => i % 200 === 3
const staleKey = (i: number) => i % 100 === 7
const login = (i: number) => `user-${i}`
const iamName = (i: number) => `iam-${i}`
const memberId = (i: number) => `U${String(i).padStart(8, '0')}`
const channelId = (c: number) => `C${String(c).padStart(8, '0')}`
const declaredOn = (i: number) => ({
  github: i < SIZE.githubMembers - STRANGERS,
  aws: i < SIZE.iamUsers - STRANGERS,
  slack: i < SIZE.slackMembers - STRANGERS
})

/** The declarations as an access tree on disk, loaded as the audit command loads it. */
async function loadTree(decl: Declarations): Promise<Declarations> {
  const root = mkdtempSync(join(tmpdir(), 'offboard-audit-bench-'))
  try {
    mkdirSync(join(root, 'people'), { recursive: true })
    mkdirSync(join(root, 'roles'))
    // Where each object came from is the loader's to say.
    const yaml = (x: object) =>
      dump(x, { replacer: (k, v: unknown) => (k === 'at' ? undefined : v) })
    writeFileSync(join(root, 'platforms.yaml'), yaml(decl.platforms))
    for (const role of decl.roles.values())
      writeFileSync(join(root, 'roles', `${role.id}.yaml`), yaml(role))
    for (const person of decl.people.values())
      writeFileSync(join(root, 'people', `${person.id}.yaml`), yaml(person))
    const loaded = await loadFromDirectory(root)
    if (loaded.diagnostics.length)
      throw new Error(
        `the generated tree is invalid:\n${loaded.diagnostics.slice(0, 5).map(formatDiagnostic).join('\n')}`
      )
    return loaded.declarations
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function declarations(): Declarations {
  const at = { file: 'access/x.yaml', line: 1, column: 1 }
  // One role per team and platform, so that a person is given access only where they
  // have an account.
  const roles = new Map<string, Role>()
  const addRole = (id: string, grants: Role['grants']) => roles.set(id, { id, grants, at })
  for (let t = 0; t < SIZE.teams; t++) {
    addRole(`gh-${t}`, { github: { teams: [`team-${t}`], org_role: 'member' } })
    addRole(`aws-${t}`, { aws: { groups: [`group-${t % GROUPS}`], policies: [READ_ONLY] } })
    addRole(`slack-${t}`, {
      slack: { usergroups: [`ug-${t % USERGROUPS}`], channels: [channelId(t % CHANNELS)] }
    })
  }
  const people = new Map<string, Person>()
  for (let i = 0; i < PEOPLE; i++) {
    const on = declaredOn(i)
    const id = `person-${i}`
    people.set(id, {
      id,
      name: `Person ${i}`,
      email: `${id}@acme.example`,
      ...(departed(i)
        ? { status: 'departed', departed_on: '2026-11-20' }
        : { status: 'active' as const }),
      roles: (['github', 'aws', 'slack'] as const)
        .filter(p => on[p])
        .map(p => `${p === 'github' ? 'gh' : p}-${roleOf(i)}`),
      accounts: {
        ...(on.github ? { github: login(i) } : {}),
        ...(on.aws ? { aws: iamName(i) } : {}),
        ...(on.slack ? { slack: memberId(i) } : {})
      },
      at
    })
  }
  return {
    origin: 'bench',
    platforms: {
      version: 1,
      github: { org: ORG, protected: [], repository_scan_limit: 200 },
      aws: { on_departure: 'delete', revoke_sessions: true, protected: [], stale_key_days: 90 },
      slack: { deactivate_with: 'scim', protected: [] },
      scim: [],
      policy: { max_departures_per_change: 5, max_departure_ratio: 0.2, revoke_within: '24h' },
      at
    },
    people,
    roles
  }
}

// ---------------------------------------------------------------- the simulated platforms

function githubState() {
  const state = newGithubState(ORG)
  const teams = Array.from({ length: SIZE.teams }, (_, t) => ({
    id: t + 1,
    slug: `team-${t}`,
    name: `Team ${t}`,
    members: [] as { login: string; role: 'member' }[]
  }))
  for (let i = 0; i < SIZE.githubMembers; i++) {
    const name = i < SIZE.githubMembers - STRANGERS ? login(i) : `gh-stranger-${i}`
    state.users.push({ login: name, id: 1000 + i, email: null })
    state.members.push({ login: name, role: i < ADMINS ? 'admin' : 'member', state: 'active' })
    teams[roleOf(i)]!.members.push({ login: name, role: 'member' })
    if (extraTeam(i))
      teams[(roleOf(i) + 1) % SIZE.teams]!.members.push({ login: name, role: 'member' })
  }
  state.teams.push(...teams)
  for (let k = 0; k < 10; k++)
    state.invitations.push({
      id: k + 1,
      login: null,
      email: `invitee-${k}@else.example`,
      role: 'direct_member',
      created_at: '2026-11-01T00:00:00Z',
      inviter: login(0)
    })
  return state
}

function iamState() {
  const state = emptyIamState()
  const groups = Array.from({ length: GROUPS }, (_, g) => newIamGroup(`group-${g}`))
  for (const g of groups) state.groups.set(g.groupName, g)
  const now = Date.now()
  const day = (ago: number) => new Date(now - ago * DAY).toISOString().replace(/\.\d+Z$/, 'Z')
  for (let i = 0; i < SIZE.iamUsers; i++) {
    const name = i < SIZE.iamUsers - STRANGERS ? iamName(i) : `iam-stranger-${i}`
    const u = newIamUser(name)
    u.attachedPolicyArns.push(READ_ONLY)
    u.accessKeys.push({
      accessKeyId: `AKIA${String(i).padStart(16, '0')}`,
      status: 'Active',
      createDate: day(400),
      lastUsed: { date: day(staleKey(i) ? 120 : 2), serviceName: 's3', region: 'us-east-1' }
    })
    state.users.set(name, u)
    joinGroup(u, groups[roleOf(i) % GROUPS]!)
  }
  // A report under four hours old exists, as in an account audited every day: generating
  // answers COMPLETE at once.
  state.credentialReport = { generatedTime: day(0), csv: '' }
  return state
}

function slackWorkspace() {
  const state = slackState({
    tokens: [
      {
        token: TOKENS.slack,
        user_id: memberId(0),
        scopes: ['users:read', 'users:read.email', 'usergroups:read', 'channels:read'],
        admin: false
      }
    ]
  })
  state.usergroups = Array.from({ length: USERGROUPS }, (_, g) => ({
    id: `S${String(g).padStart(8, '0')}`,
    handle: `ug-${g}`,
    name: `Group ${g}`,
    users: [] as string[]
  }))
  state.channels = Array.from({ length: CHANNELS }, (_, c) => ({
    id: channelId(c),
    name: `channel-${c}`,
    is_private: false,
    is_general: false,
    is_archived: false,
    members: [] as string[]
  }))
  for (let i = 0; i < SIZE.slackMembers; i++) {
    const id = i < SIZE.slackMembers - STRANGERS ? memberId(i) : `W${String(i).padStart(8, '0')}`
    state.members.push(slackMember({ id, name: `member-${i}` }))
    state.usergroups[roleOf(i) % USERGROUPS]!.users.push(id)
    state.channels[roleOf(i) % CHANNELS]!.members.push(id)
  }
  return state
}

interface Served {
  urls: { github: string; iam: string; slack: string }
}

/** The child: seeds and serves the three platforms until told to stop. */
async function serve(): Promise<void> {
  const knobs = { latencyMs: SIZE.latencyMs }
  const servers: SimServer[] = [
    await startSimServer(createGithubPlatform(githubState()).platform, { knobs }),
    await startSimServer(createIamPlatform(iamState()), { knobs }),
    await startSimServer(createSlackPlatform(slackWorkspace()), { knobs })
  ]
  const [github, iam, slack] = servers.map(s => s.url)
  process.send!({ urls: { github, iam, slack } } satisfies Served)
  process.on('message', async () => {
    process.send!({ counts: Object.fromEntries(servers.map(s => [s.name, s.counts()])) })
    await Promise.all(servers.map(s => s.close()))
    process.exit(0)
  })
}

// ---------------------------------------------------------------- the audit, measured

/** ceil(n / page) requests, at least one: an empty collection still takes a request. */
const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size))

/** The fewest requests that can list each collection with the largest page sizes. */
function minimum(): Record<string, { requests: number; how: string }> {
  const teamSizes = Array.from({ length: SIZE.teams }, () => 0)
  for (let i = 0; i < SIZE.githubMembers; i++) {
    teamSizes[roleOf(i)]!++
    if (extraTeam(i)) teamSizes[(roleOf(i) + 1) % SIZE.teams]!++
  }
  // Only the channels some role names are listed.
  const channelSizes = Array.from({ length: Math.min(CHANNELS, SIZE.teams) }, () => 0)
  for (let i = 0; i < SIZE.slackMembers; i++) channelSizes[roleOf(i) % CHANNELS]!++
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  const teamPages = sum(teamSizes.map(n => pages(n, 100)))
  const channelPages = sum(channelSizes.map(n => pages(n, 1000)))
  return {
    github: {
      requests: pages(SIZE.githubMembers, 100) + 1 + 1 + teamPages,
      how: `members ${pages(SIZE.githubMembers, 100)} + outside collaborators 1 + invitations 1 + team members ${teamPages} (100 a page)`
    },
    aws: {
      requests: pages(SIZE.iamUsers, 1000) + 2,
      how: `authorization details ${pages(SIZE.iamUsers, 1000)} (1,000 a page) + credential report 2 (generate, get)`
    },
    slack: {
      requests: pages(SIZE.slackMembers, 1000) + 1 + channelPages,
      how: `users.list ${pages(SIZE.slackMembers, 1000)} + usergroups.list 1 + conversations.members ${channelPages} (1,000 a page)`
    }
  }
}

function timed(reader: PlatformReader, times: Map<string, number>): PlatformReader {
  return {
    ...reader,
    platform: reader.platform,
    unavailable: reader.unavailable,
    discover: reader.discover.bind(reader),
    planSteps: reader.planSteps.bind(reader),
    list: async declared => {
      const start = performance.now()
      try {
        return await reader.list(declared)
      } finally {
        times.set(reader.platform, performance.now() - start)
      }
    }
  }
}

function message<T>(child: ChildProcess): Promise<T> {
  return new Promise(resolve => child.once('message', m => resolve(m as T)))
}

async function main(): Promise<void> {
  // This very module, bundled or not, serves the platforms in the child.
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' })
  const { urls } = await message<Served>(child)
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  const start = performance.now()
  const decl = await loadTree(declarations())
  const ctx = {
    platforms: decl.platforms,
    env: {
      GITHUB_TOKEN: TOKENS.github,
      GITHUB_API_URL: urls.github,
      AWS_ENDPOINT_URL_IAM: urls.iam,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIABENCHMARK0000000',
      AWS_SECRET_ACCESS_KEY: 'bench-secret',
      SLACK_TOKEN: TOKENS.slack,
      SLACK_API_URL: `${urls.slack}/api/`
    },
    maskSecret: () => undefined,
    log: (line: string) => process.stderr.write(`${line}\n`)
  }
  const times = new Map<string, number>()
  const readers = openReaders({ ...ctx, platforms: decl.platforms }).map(r => timed(r, times))

  const drift = await auditPlatforms(decl, readers)
  const wall = performance.now() - start
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)

  child.send('stop')
  const { counts } = await message<{ counts: Record<string, Record<string, number>> }>(child)

  const min = minimum()
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  console.log(
    `audit bench: ${SIZE.githubMembers} GitHub members in ${SIZE.teams} teams, ${SIZE.iamUsers} IAM users, ${SIZE.slackMembers} Slack members, ${decl.people.size} people; ${SIZE.latencyMs} ms per request`
  )
  let within = true
  for (const p of drift.platforms) {
    const m = min[p.platform]!
    const ratio = p.requests / m.requests
    within &&= ratio <= 1.1
    console.log(
      `  ${p.platform.padEnd(7)} ${p.status}: ${p.accounts} accounts, ${p.requests} requests, minimum ${m.requests} (${m.how}), ${ratio.toFixed(2)}x, ${(times.get(p.platform)! / 1000).toFixed(1)} s`
    )
    if (p.reason) console.log(`          ${p.reason}`)
    for (const note of p.notes) console.log(`          note: ${note}`)
  }
  console.log('  requests the simulators saw, by operation:')
  for (const [name, ops] of Object.entries(counts))
    console.log(
      `    ${name}: ${Object.entries(ops)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ')}`
    )
  const counted = countBySeverity(drift.findings)
  console.log(
    `  findings: ${Object.entries(counted)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')} (${blocking(drift).length} at medium or above)`
  )
  const maxRss = resourceUsage().maxRSS * 1024
  console.log(
    `  wall ${(wall / 1000).toFixed(1)} s (loading the tree included); peak RSS ${mb(peak)} sampled, ${mb(maxRss)} maxRSS (the audit process; the simulators run in a child)`
  )
  console.log(
    `  goals: requests within 1.1x of the minimum: ${within ? 'met' : 'NOT met'}; peak memory under 300 MB: ${maxRss < 300 * 1024 * 1024 ? 'met' : 'NOT met'}`
  )
}

// No top-level await: the bench runner bundles this file with ncc.
const entry = process.argv.includes('--serve') ? serve : main
entry().catch(err => {
  console.error(err)
  process.exitCode = 1
})
