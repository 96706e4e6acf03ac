// Benchmark: `offboard validate` on a generated tree of 10,000 people and 500 roles.
// Runs the bundled CLI (what users run), so build it first: npm run package.
// Goal: the whole validation (process start included) under 1 second.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PEOPLE = Number(process.env.PEOPLE ?? 10000)
const ROLES = Number(process.env.ROLES ?? 500)
const RUNS = 5

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
for (let p = 0; p < PEOPLE; p++) {
  const departed = p % 50 === 0
  writeFileSync(
    join(access, 'people', `person-${p}.yaml`),
    `id: person-${p}\nname: Person ${p}\nemail: person-${p}@acme.example\nstatus: ${departed ? 'departed\ndeparted_on: 2026-11-20' : 'active'}\nroles: [role-${p % ROLES}, role-${(p + 1 + (p % 3)) % ROLES}]\naccounts:\n  github: person-${p}-gh\n  aws: person-${p}\n  slack: U${String(p).padStart(8, '0')}\n  scim:\n    jira: person-${p}@acme.example\n`
  )
}

const files = PEOPLE + ROLES + 1
const times = []
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint()
  const out = execFileSync('node', ['dist/cli/index.js', 'validate', '--dir', access], {
    encoding: 'utf8'
  })
  times.push(Number(process.hrtime.bigint() - start) / 1e6)
  if (i === 0) console.log(out.trim())
}
if (!process.env.KEEP) rmSync(root, { recursive: true, force: true })
else console.log(`kept ${access}`)
times.sort((a, b) => a - b)
const median = times[Math.floor(RUNS / 2)]
console.log(
  `validate: ${files} files, median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0].toFixed(0)} ms), ${Math.round(files / (median / 1000))} files/s, goal < 1000 ms: ${median < 1000 ? 'met' : 'NOT met'}`
)
