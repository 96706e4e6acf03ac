// Generated declarations and a scenario of any size, for tests and benchmarks: N GitHub
// members in T teams, M IAM users, K Slack members, every one declared, so the seeded sandbox
// holds exactly what the declarations grant (plus the bot and the admin the tokens act as).
import type { Declarations, Person, Role, SourcePos } from '../../src/declarations/types.js'
import type { Scenario } from '../../src/sandbox/scenario.js'

export interface ScaleOptions {
  githubMembers: number
  teams: number
  iamUsers: number
  slackMembers: number
}

const at: SourcePos = { file: 'generated', line: 1, column: 1 }

/** Person `i` is `p<i>`; they hold an account on a platform when `i` is below its count,
 *  and one role per platform, `<platform>-<i mod teams>`. */
export function scaleSandbox(o: ScaleOptions): { declarations: Declarations; scenario: Scenario } {
  const teams = Math.max(1, o.teams)
  const roles = new Map<string, Role>()
  for (let t = 0; t < teams; t++) {
    const add = (id: string, grants: Role['grants']) => roles.set(id, { id, grants, at })
    add(`gh-${t}`, { github: { teams: [`team-${t}`], org_role: 'member' } })
    add(`aws-${t}`, {
      aws: { groups: [`group-${t}`], policies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }
    })
    add(`slack-${t}`, { slack: { usergroups: [`ug-${t}`], channels: [`C${pad(t, 8)}`] } })
  }

  const people = new Map<string, Person>()
  const total = Math.max(o.githubMembers, o.iamUsers, o.slackMembers)
  for (let i = 0; i < total; i++) {
    const id = `p${i}`
    const t = i % teams
    const person: Person = {
      id,
      name: `Person ${i}`,
      email: `${id}@acme.example`,
      status: 'active',
      roles: [],
      accounts: {},
      at
    }
    if (i < o.githubMembers) {
      person.accounts.github = `${id}-gh`
      person.roles.push(`gh-${t}`)
    }
    if (i < o.iamUsers) {
      person.accounts.aws = id
      person.roles.push(`aws-${t}`)
    }
    if (i < o.slackMembers) {
      person.accounts.slack = `U${pad(i, 9)}`
      person.roles.push(`slack-${t}`)
    }
    people.set(id, person)
  }

  const declarations: Declarations = {
    origin: 'generated',
    platforms: {
      version: 1,
      github: { org: 'acme', protected: ['acme-bot'], repository_scan_limit: 200 },
      aws: { on_departure: 'delete', revoke_sessions: true, protected: [], stale_key_days: 90 },
      slack: { deactivate_with: 'scim', protected: ['U0ADMIN01'] },
      scim: [],
      policy: { max_departures_per_change: 5, max_departure_ratio: 0.2, revoke_within: '24h' },
      at
    },
    people,
    roles
  }
  const scenario: Scenario = {
    version: 1,
    others: {
      github: [{ login: 'acme-bot', bot: true, role: 'admin' }],
      slack: [{ id: 'U0ADMIN01', name: 'admin', admin: true, owner: true, primary_owner: true }]
    }
  }
  return { declarations, scenario }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
