// Benchmark: `offboard validate` and `offboard plan` of one departure on a generated tree
// (default 100,000 people and 500 roles), as users run them: the bundled CLI, process start
// included. Build it first (npm run package), or point OFFBOARD_CLI at another build.
// The tree is committed twice in a temporary repository: base, and a head that marks one
// person departed, so plan loads both revisions from git as it does in a pull request. No
// platform credentials are set, so plan's figure is loading, change detection and the plan
// itself (discovery is scored by the apply bench).
// Goals: validate under 5 s; plan under 3 s with a peak resident memory under 400 MB.
// Beside them, what no change to offboard removes: base listed and every file of it read
// through one `git cat-file --batch` into a process that does nothing with them.
//
//   node bench/validate.mjs            PEOPLE=10000 ROLES=100 RUNS=5 KEEP=1 node bench/validate.mjs
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const PEOPLE = Number(process.env.PEOPLE ?? 100000)
const ROLES = Number(process.env.ROLES ?? 500)
const RUNS = Math.max(3, Number(process.env.RUNS ?? 3))
const cli = resolve(process.env.OFFBOARD_CLI ?? 'dist/cli/index.js')

const root = mkdtempSync(join(tmpdir(), 'offboard-bench-'))
const access = join(root, 'access')
mkdirSync(join(access, 'people'), { recursive: true })
mkdirSync(join(access, 'roles'))
writeFileSync(
  join(access, 'platforms.yaml'),
  'version: 1\ngithub: {org: acme}\naws: {}\nslack: {}\nscim:\n  - {name: jira, base_url: "https://jira.example/scim/v2", token_env: JIRA_TOKEN}\npolicy: {max_departures_per_change: 5}\n'
)
for (let r = 0; r < ROLES; r++)
  writeFileSync(
    join(access, 'roles', `role-${r}.yaml`),
    `id: role-${r}\ndescription: Role ${r}\ngrants:\n  github:\n    teams: [team-${r}, team-${(r + 1) % ROLES}]\n  aws:\n    groups: [group-${r}]\n    policies: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n  slack:\n    usergroups: [ug-${r}]\n    channels: [C${String(r).padStart(6, '0')}]\n  scim: [jira]\n`
  )
const person = (p, status) =>
  `id: person-${p}\nname: Person ${p}\nemail: person-${p}@acme.example\nstatus: ${status}\nroles: [role-${p % ROLES}, role-${(p + 1 + (p % 3)) % ROLES}]\naccounts:\n  github: person-${p}-gh\n  aws: person-${p}\n  slack: U${String(p).padStart(8, '0')}\n  scim:\n    jira: person-${p}@acme.example\n`
// One in fifty departed in an earlier change: plan skips them, validate checks them.
for (let p = 0; p < PEOPLE; p++)
  writeFileSync(
    join(access, 'people', `person-${p}.yaml`),
    person(p, p % 50 === 0 ? 'departed\ndeparted_on: 2026-11-20' : 'active')
  )

const git = (...args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
git('init', '-q')
git('-c', 'user.name=bench', '-c', 'user.email=bench@acme.example', 'add', '-A')
git('-c', 'user.name=bench', '-c', 'user.email=bench@acme.example', 'commit', '-qm', 'base')
const departing = 1
writeFileSync(
  join(access, 'people', `person-${departing}.yaml`),
  person(departing, 'departed\ndeparted_on: 2026-11-21')
)
git('-c', 'user.name=bench', '-c', 'user.email=bench@acme.example', 'commit', '-qam', 'depart')

// Each run reports its own peak resident memory (the operating system's maxrss) on exit.
const probe = join(root, 'probe.mjs')
writeFileSync(
  probe,
  `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.PROBE_OUT, String(process.resourceUsage().maxRSS)))\nawait import(${JSON.stringify(cli)})\n`
)

// The floor: list base's access dir and read each blob as plan does, parsing only git's
// framing (<id> blob <size>, the blob, a newline) and doing nothing with the contents.
const floor = join(root, 'floor.mjs')
writeFileSync(
  floor,
  `import { execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
process.on('exit', () => writeFileSync(process.env.PROBE_OUT, String(process.resourceUsage().maxRSS)))
const listing = execFileSync('git', ['ls-tree', '-r', '-z', 'HEAD~1', '--', 'access'], { maxBuffer: 1 << 28 })
const ids = []
for (let at = 0; at < listing.length; ) {
  const end = listing.indexOf(0, at)
  const tab = listing.indexOf(9, at)
  ids.push(listing.toString('latin1', tab - 40, tab))
  at = end + 1
}
let seen = 0
await new Promise((resolve, reject) => {
  const git = spawn('git', ['cat-file', '--batch', '--buffer'])
  let rest = Buffer.alloc(0)
  git.stdout.on('data', chunk => {
    const data = rest.length ? Buffer.concat([rest, chunk]) : chunk
    let at = 0
    for (;;) {
      const nl = data.indexOf(10, at)
      if (nl < 0) break
      const size = Number(data.toString('latin1', data.lastIndexOf(32, nl) + 1, nl))
      if (nl + 1 + size >= data.length) break
      seen++
      at = nl + 1 + size + 1
    }
    rest = data.subarray(at)
  })
  git.on('error', reject)
  git.on('close', code => (code === 0 ? resolve() : reject(new Error('git cat-file exited ' + code))))
  git.stdin.end(ids.map(id => id + '\\n').join(''))
})
if (seen !== ids.length) throw new Error('read ' + seen + ' of ' + ids.length + ' blobs')
`
)

/** Runs the CLI RUNS times; wall milliseconds and peak MB of each run, and the first output. */
function measure(args, expectedStatus, script = probe) {
  const runs = []
  let output = ''
  for (let i = 0; i < RUNS; i++) {
    const out = join(root, 'rss')
    const start = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [script, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // No credentials are set: the AWS SDK's chain must not reach for the instance metadata.
      env: { ...process.env, PROBE_OUT: out, NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true' }
    })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (r.status !== expectedStatus)
      throw new Error(`offboard ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`)
    runs.push({ ms, mb: Number(readFileSync(out, 'utf8')) / 1024 })
    if (i === 0) output = r.stdout.trim()
  }
  return { runs, output }
}

const stats = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] }
}
const row = (name, { runs }, goalMs, goalMb) => {
  const t = stats(runs.map(r => r.ms / 1000))
  const m = stats(runs.map(r => r.mb))
  const f = (x, d) => x.toFixed(d)
  // A row without a goal (the floor) only reports.
  const met = () => t.median * 1000 < goalMs && (!goalMb || m.median < goalMb)
  const goal = goalMs
    ? `   goal < ${goalMs / 1000} s${goalMb ? `, < ${goalMb} MB` : ''}: ${met() ? 'met' : 'NOT met'}`
    : ''
  return `${name.padEnd(9)} wall s ${f(t.min, 2)} / ${f(t.median, 2)} / ${f(t.max, 2)}   peak MB ${f(m.min, 0)} / ${f(m.median, 0)} / ${f(m.max, 0)}${goal}`
}

try {
  const validate = measure(['validate', '--dir', 'access'], 0)
  const plan = measure(['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--dir', 'access'], 0)
  if (!plan.output.includes(`person-${departing}`))
    throw new Error(`plan does not show the departure of person-${departing}:\n${plan.output}`)
  const read = measure([], 0, floor)
  console.log(validate.output)
  console.log(
    `${PEOPLE + ROLES + 1} files, ${RUNS} runs each, min / median / max (process start included), ${availableParallelism()} CPUs:`
  )
  console.log(row('validate', validate, 5000))
  console.log(row('plan', plan, 3000, 400))
  console.log(row('git read', read))
  console.log('git read: listing base and reading all its files from git, nothing done with them')
} finally {
  if (!process.env.KEEP) rmSync(root, { recursive: true, force: true })
  else console.log(`kept ${root}`)
}
