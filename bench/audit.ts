// Benchmark: `offboard audit` against the simulated GitHub, IAM and Slack with LATENCY_MS
// (default 50) per request: an organization of 10,000 members in 300 teams, 5,000 IAM users,
// 20,000 Slack members, and matching declarations (a few drifts of every kind seeded).
// SCALE (default 1) multiplies every size but the teams; SCALES=1,2,4 runs several in turn.
// Each run is its own audit process, RUNS of them per scale (default 3): the simulators run in
// a child that also writes the access tree as YAML files, and the audit process loads that
// tree as `offboard audit` does, so loading is the audit's time and memory, writing it is not.
// Prints per scale min / median / max of the wall time and of the audit process's peak memory
// (maxRSS), and per platform the requests made against the pagination minimum.
// Goals: requests within 1.1x of the minimum; peak memory under 300 MB; wall time growing no
// faster than the scale (median wall at a scale over the smallest scale's, at most 1.2x the
// ratio of the scales).
// Run: npm run bench -- audit; SCALE=4 npm run bench -- audit; SCALES=1,2,4 RUNS=3 npm run bench -- audit
import { fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
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
import { collectGarbageSooner } from '../src/heap.js'
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
import { message } from './child.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const SCALE = env('SCALE', 1)
const SCALES = (process.env.SCALES ?? String(SCALE)).split(',').map(Number)
const RUNS = env('RUNS', 3)
const GOALS = { requests: 1.1, peakMb: 300, growth: 1.2 }
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

/** The declarations as an access tree on disk, as the audit command finds it. */
function writeTree(decl: Declarations): string {
  const root = mkdtempSync(join(tmpdir(), 'offboard-audit-bench-'))
  mkdirSync(join(root, 'people'), { recursive: true })
  mkdirSync(join(root, 'roles'))
  // Where each object came from is the loader's to say.
  const yaml = (x: object) => dump(x, { replacer: (k, v: unknown) => (k === 'at' ? undefined : v) })
  writeFileSync(join(root, 'platforms.yaml'), yaml(decl.platforms))
  for (const role of decl.roles.values())
    writeFileSync(join(root, 'roles', `${role.id}.yaml`), yaml(role))
  for (const person of decl.people.values())
    writeFileSync(join(root, 'people', `${person.id}.yaml`), yaml(person))
  return root
}

async function loadTree(root: string): Promise<Declarations> {
  const loaded = await loadFromDirectory(root)
  if (loaded.diagnostics.length)
    throw new Error(
      `the generated tree is invalid:\n${loaded.diagnostics.slice(0, 5).map(formatDiagnostic).join('\n')}`
    )
  return loaded.declarations
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
  /** The access tree, written as YAML files. */
  tree: string
}

type Counts = Record<string, Record<string, number>>

/** The child: seeds and serves the three platforms and writes the access tree; between runs
 *  it reports and forgets the requests it saw, and removes the tree when told to stop. */
async function serve(): Promise<void> {
  const knobs = { latencyMs: SIZE.latencyMs }
  const servers: SimServer[] = [
    await startSimServer(createGithubPlatform(githubState()).platform, { knobs }),
    await startSimServer(createIamPlatform(iamState()), { knobs }),
    await startSimServer(createSlackPlatform(slackWorkspace()), { knobs })
  ]
  const tree = writeTree(declarations())
  const [github, iam, slack] = servers.map(s => s.url)
  process.send!({ urls: { github, iam, slack }, tree } satisfies Served)
  process.on('message', async (what: 'counts' | 'stop') => {
    if (what === 'counts') {
      process.send!({ counts: Object.fromEntries(servers.map(s => [s.name, s.counts()])) })
      for (const s of servers) s.resetRecord()
      return
    }
    await Promise.all(servers.map(s => s.close()))
    rmSync(tree, { recursive: true, force: true })
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

/** What one audit process measured. */
interface Run {
  wallMs: number
  peakBytes: number
  people: number
  platforms: {
    platform: string
    status: string
    accounts: number
    requests: number
    seconds: number
    reason?: string
    notes: string[]
  }[]
  findings: Record<string, number>
  blocking: number
  /** Two runs with the same digest found the same findings. */
  digest: string
  minimum: Record<string, { requests: number; how: string }>
  size: typeof SIZE
}

/** One audit, in this process: loading the tree, listing every platform, the drift. */
async function audit(): Promise<void> {
  const urls = JSON.parse(process.env.BENCH_URLS!) as Served['urls']
  const start = performance.now()
  // As `offboard audit` does before it loads the tree (src/heap.ts).
  collectGarbageSooner()
  const decl = await loadTree(process.env.BENCH_TREE!)
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
  const readers = (await openReaders(ctx)).map(r => timed(r, times))
  const drift = await auditPlatforms(decl, readers)
  const wallMs = performance.now() - start
  const run: Run = {
    wallMs,
    // The most this process ever held, as the operating system counts it.
    peakBytes: resourceUsage().maxRSS * 1024,
    people: decl.people.size,
    platforms: drift.platforms.map(p => ({ ...p, seconds: times.get(p.platform)! / 1000 })),
    findings: countBySeverity(drift.findings),
    blocking: blocking(drift).length,
    digest: createHash('sha256').update(JSON.stringify(drift.findings)).digest('hex').slice(0, 12),
    minimum: minimum(),
    size: SIZE
  }
  process.send!(run, () => process.exit(0))
}

/** One audit process against the served platforms, and the requests the simulators saw. */
async function measure(scale: number, served: Served, sims: ChildProcess) {
  const child = fork(fileURLToPath(import.meta.url), ['--audit'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      SCALE: String(scale),
      BENCH_URLS: JSON.stringify(served.urls),
      BENCH_TREE: served.tree
    }
  })
  const run = await message<Run>(child)
  sims.send('counts')
  const { counts } = await message<{ counts: Counts }>(sims)
  return { run, counts }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!
const spread = (xs: number[], f: (x: number) => string) => {
  const s = sorted(xs)
  return `${f(s[0]!)} / ${f(median(s))} / ${f(s[s.length - 1]!)}`
}
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
const met = (ok: boolean) => (ok ? 'met' : 'NOT met')

async function main(): Promise<void> {
  const medians = new Map<number, number>()
  const goals = { requests: true, peak: true }
  const peaks: string[] = []
  for (const scale of SCALES) {
    // This very module, bundled or not, serves the platforms in the child.
    const sims = fork(fileURLToPath(import.meta.url), ['--serve'], {
      stdio: 'inherit',
      env: { ...process.env, SCALE: String(scale) }
    })
    const served = await message<Served>(sims)
    const runs: Run[] = []
    let counts: Counts = {}
    for (let i = 0; i < RUNS; i++) ({ run: runs[i], counts } = await measure(scale, served, sims))
    sims.send('stop')
    const r = runs[0]!
    const z = r.size
    console.log(
      `audit bench, SCALE ${scale}: ${z.githubMembers} GitHub members in ${z.teams} teams, ${z.iamUsers} IAM users, ${z.slackMembers} Slack members, ${r.people} people; ${z.latencyMs} ms per request; min / median / max of ${RUNS} run${RUNS === 1 ? '' : 's'}`
    )
    for (const p of r.platforms) {
      const m = r.minimum[p.platform]!
      const requests = runs.map(x => x.platforms.find(q => q.platform === p.platform)!.requests)
      const ratio = Math.max(...requests) / m.requests
      goals.requests &&= ratio <= GOALS.requests
      const time = runs.map(x => x.platforms.find(q => q.platform === p.platform)!.seconds * 1000)
      console.log(
        `  ${p.platform.padEnd(7)} ${p.status}: ${p.accounts} accounts, ${spread(requests, String)} requests, minimum ${m.requests} (${m.how}), ${ratio.toFixed(2)}x; ${spread(time, seconds)} s`
      )
      if (p.reason) console.log(`          ${p.reason}`)
      for (const note of p.notes) console.log(`          note: ${note}`)
    }
    console.log('  requests the simulators saw in the last run, by operation:')
    for (const [name, ops] of Object.entries(counts))
      console.log(
        `    ${name}: ${Object.entries(ops)
          .map(([op, n]) => `${op} ${n}`)
          .join(', ')}`
      )
    const digests = new Set(runs.map(x => x.digest))
    console.log(
      `  findings: ${Object.entries(r.findings)
        .map(([s, n]) => `${n} ${s}`)
        .join(
          ', '
        )} (${r.blocking} at medium or above); digest ${[...digests].join(', ')}${digests.size > 1 ? ' (the runs DIFFER)' : ''}`
    )
    const walls = runs.map(x => x.wallMs)
    const peak = runs.map(x => x.peakBytes)
    medians.set(scale, median(walls))
    goals.peak &&= Math.max(...peak) < GOALS.peakMb * 1024 * 1024
    peaks.push(`${mb(Math.max(...peak))} MB at ${scale}`)
    console.log(
      `  wall ${spread(walls, seconds)} s (loading the tree included); peak ${spread(peak, mb)} MB (maxRSS of the audit process)`
    )
  }
  const base = Math.min(...SCALES)
  const growth = SCALES.filter(s => s !== base).map(s => {
    const ratio = medians.get(s)! / medians.get(base)!
    return { s, ratio, ok: ratio <= GOALS.growth * (s / base) }
  })
  console.log(
    `goals: requests within ${GOALS.requests}x of the minimum: ${met(goals.requests)}; peak memory under ${GOALS.peakMb} MB: ${met(goals.peak)} (highest ${peaks.join(', ')})${
      growth.length
        ? `; wall time linear in SCALE: ${met(growth.every(g => g.ok))} (${growth
            .map(g => `${g.s / base}x the size took ${g.ratio.toFixed(2)}x the time`)
            .join(', ')})`
        : ''
    }`
  )
  if (RUNS < 3) console.log('  (fewer than 3 runs: a quick look, not a measurement)')
}

// No top-level await: the bench runner bundles this file with ncc.
const entry = process.argv.includes('--serve')
  ? serve
  : process.argv.includes('--audit')
    ? audit
    : main
entry().catch(err => {
  console.error(err)
  process.exitCode = 1
})
