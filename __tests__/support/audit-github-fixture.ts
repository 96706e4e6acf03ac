// An access tree and a simulated GitHub organization that disagree in every way the audit
// reports, with `fix()` to bring the organization in line. Shared by the command line and
// action tests of the audit.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  newGithubRepo,
  newGithubState,
  type GithubSimState
} from '../../src/sandbox/github/index.js'

export const ORG = 'acme'
export const REPO = 'access'

const yaml = (lines: string[]) => `${lines.join('\n')}\n`

/** A working directory holding `access/`: alice, dave (declared as DaveK) and the owner are
 *  active; frank departed; carol was invited. */
export function auditTree(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'offboard-audit-'))
  const people = (id: string, lines: string[]) =>
    yaml([`id: ${id}`, `name: ${id}`, `email: ${id}@acme.example`, ...lines])
  const files: Record<string, string> = {
    'platforms.yaml': yaml(['version: 1', 'github:', `  org: ${ORG}`, '  protected: [Acme-Bot]']),
    'roles/backend.yaml': yaml(['id: backend', 'grants:', '  github:', '    teams: [backend]']),
    'roles/sre.yaml': yaml(['id: sre', 'grants:', '  github:', '    teams: [sre]']),
    'roles/owner.yaml': yaml(['id: owner', 'grants:', '  github:', '    org_role: admin']),
    'people/owner.yaml': people('owner', [
      'status: active',
      'roles: [owner]',
      'accounts:',
      '  github: acme-owner'
    ]),
    'people/alice.yaml': people('alice', [
      'status: active',
      'roles: [backend]',
      'accounts:',
      '  github: alice-gh'
    ]),
    'people/dave.yaml': people('dave', [
      'status: active',
      'roles: [backend]',
      'accounts:',
      '  github: DaveK'
    ]),
    'people/carol.yaml': people('carol', [
      'status: active',
      'roles: [sre]',
      'accounts:',
      '  github: carol-n'
    ]),
    'people/frank.yaml': people('frank', [
      'status: departed',
      'departed_on: 2026-11-20',
      'roles: [backend]',
      'accounts:',
      '  github: frank-gh'
    ])
  }
  for (const [rel, text] of Object.entries(files)) {
    const file = join(cwd, 'access', rel)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return cwd
}

/** The organization: an undeclared member, the departed member still present, Alice in a
 *  team no role of hers gives, an invitation nobody declares, and Carol's invitation. */
export function driftedOrg(): GithubSimState {
  const state = newGithubState(ORG)
  const users: [string, 'admin' | 'member', ('User' | 'Bot')?][] = [
    ['acme-owner', 'admin'],
    ['acme-bot', 'admin'],
    ['alice-gh', 'member'],
    ['davek', 'member'],
    ['frank-gh', 'member'],
    ['mallory', 'member'],
    ['renovate[bot]', 'member', 'Bot']
  ]
  users.forEach(([login, role, type], i) => {
    state.users.push({ login, id: 100 + i, email: null, type: type ?? 'User' })
    state.members.push({ login, role, state: 'active' })
  })
  state.teams.push(
    {
      id: 1,
      slug: 'backend',
      name: 'Backend',
      members: ['alice-gh', 'davek', 'frank-gh'].map(login => ({ login, role: 'member' as const }))
    },
    { id: 2, slug: 'sre', name: 'SRE', members: [{ login: 'alice-gh', role: 'member' }] }
  )
  const invite = (id: number, login: string | null, email: string | null) =>
    state.invitations.push({
      id,
      login,
      email,
      role: 'direct_member',
      created_at: '2026-11-01T00:00:00Z',
      inviter: 'acme-owner'
    })
  invite(1, 'carol-n', null)
  invite(2, null, 'stranger@else.example')
  state.repos.push(newGithubRepo(REPO))
  return state
}

/** Brings the organization in line with the tree: what an owner would do by hand. */
export function fix(state: GithubSimState): void {
  const gone = new Set(['frank-gh', 'mallory'])
  state.members = state.members.filter(m => !gone.has(m.login))
  for (const t of state.teams) t.members = t.members.filter(m => !gone.has(m.login))
  state.teams.find(t => t.slug === 'sre')!.members = []
  state.invitations = state.invitations.filter(i => i.login === 'carol-n')
}
