// The simulated GitHub org seeded from the declarations and the scenario: users, members and
// owners, teams, the extras the scenario gives (invitations, SSO credentials, fine-grained
// tokens, Copilot seats, deploy keys), and the access repository holding the tree as a commit.
import { commitFiles } from './git.js'
import { orgsOf, teamRef } from '../../connectors/github/settings.js'
import {
  addGithubOrg,
  newGithubRepo,
  newGithubState,
  nextId,
  sameLogin,
  type GhEnterprise,
  type GhRepo,
  type GithubSimState
} from './state.js'
import type { ScenarioBase } from '../shared/scenario.js'
import type { EnterpriseHolds, GithubHolds, GithubPersonHolds, GithubScenario } from './scenario.js'
import {
  daysBefore,
  declaredValues,
  digest,
  SEED_CREATED,
  seededPeople,
  sshPublicKey,
  union,
  valuesOf,
  type Seeded,
  type SeedInput
} from '../shared/seeding.js'

export interface SeededGithub {
  state: GithubSimState
  /** Login the sandbox token acts as. */
  tokenOwner: string
  accessRepo: GhRepo
}

/** Seeds the org; the access tree is committed under `access/` on the access repository's
 *  default branch. */
export function seedGithub(
  input: SeedInput<ScenarioBase & GithubScenario>
): SeededGithub | undefined {
  const config = input.decl.platforms.github
  if (!config) return undefined
  const sc = input.scenario.github ?? {}
  const [first, ...more] = orgsOf(config)
  const state = newGithubState(first, {
    samlSso: sc.saml_sso ?? false,
    copilot: sc.copilot ?? false
  })
  const recent = daysBefore(input.now, 1)

  const accessRepo = newGithubRepo(sc.access_repo ?? 'access', {
    description: 'Access as code: people, roles and platforms'
  })
  state.repos.push(accessRepo, ...(sc.repos ?? []).map(name => newGithubRepo(name)))
  commitFiles(accessRepo, {
    files: Object.fromEntries(
      Object.entries(input.accessFiles).map(([rel, body]) => [`access/${rel}`, body])
    ),
    message: 'Access declarations',
    author: { name: 'Sandbox', email: 'sandbox@example.test', date: SEED_CREATED }
  })

  const addUser = (login: string, fields: { email?: string; name?: string; bot?: boolean }) =>
    state.users.push({
      login,
      id: 5000 + state.users.length + 1,
      email: fields.email ?? null,
      name: fields.name ?? null,
      type: fields.bot ? 'Bot' : 'User'
    })
  const team = (slug: string, st = state) => {
    let t = st.teams.find(x => sameLogin(x.slug, slug))
    if (!t) {
      t = { id: 7000 + st.teams.length + 1, slug, name: slug, privacy: 'closed', members: [] }
      st.teams.push(t)
    }
    return t
  }
  const moreOrgs = more.map(org =>
    addGithubOrg(state, org, { samlSso: sc.saml_sso ?? false, copilot: sc.copilot ?? false })
  )
  // A role's team is `org/slug` in another organization than the first (settings.ts).
  const teamsIn = (values: string[], st: GithubSimState) =>
    values.flatMap(v => {
      const { org, slug } = teamRef(v, config)
      return sameLogin(org, st.org.login) ? [slug] : []
    })
  for (const st of [state, ...moreOrgs])
    for (const slug of teamsIn(declaredValues(input.decl, 'github_team'), st)) team(slug, st)

  /** A pending invitation by email, sent by the token's owner. */
  const invite = (email: string | null, role: 'direct_member' | 'admin', st = state) =>
    st.invitations.push({
      id: nextId(
        st.invitations.map(i => i.id),
        9000
      ),
      login: null,
      email,
      role,
      created_at: daysBefore(input.now, 3),
      inviter: tokenOwner
    })

  /** One account: membership, teams, and every extra the scenario gives it. */
  const hold = (
    login: string,
    email: string | undefined,
    role: 'member' | 'admin' | 'none',
    teams: string[],
    h: GithubHolds,
    st = state
  ) => {
    if (role !== 'none') st.members.push({ login, role, state: 'active' })
    for (const slug of teams) team(slug, st).members.push({ login, role: 'member' })
    if (h.invitation) invite(email ?? null, h.invitation, st)
    for (const type of h.sso_authorizations ?? []) {
      const id = nextId(
        st.credentialAuthorizations.map(c => c.credential_id),
        3000
      )
      const material = digest(`sso:${login}:${id}`)
      st.credentialAuthorizations.push({
        credential_id: id,
        login,
        credential_type: type === 'token' ? 'personal access token' : 'SSH key',
        ...(type === 'token'
          ? { token_last_eight: material.toString('hex').slice(0, 8), scopes: ['repo', 'read:org'] }
          : { fingerprint: `SHA256:${material.toString('base64').replace(/=+$/, '')}` }),
        credential_authorized_at: SEED_CREATED,
        credential_accessed_at: recent,
        authorized_credential_id: id + 100000,
        authorized_credential_title: type === 'token' ? null : `${login} laptop`
      })
    }
    const token = (name: string) => {
      const id = nextId(
        [...st.patGrants, ...st.patRequests].map(t => t.id),
        4000
      )
      return {
        id,
        owner: login,
        token_id: id + 50000,
        token_name: name,
        repository_selection: 'all' as const,
        repositories: [],
        permissions: { repository: { contents: 'read', metadata: 'read' } },
        token_expired: false,
        token_expires_at: daysBefore(input.now, -60),
        token_last_used_at: recent
      }
    }
    for (const name of h.token_grants ?? [])
      st.patGrants.push({ ...token(name), access_granted_at: SEED_CREATED })
    for (const name of h.token_requests ?? [])
      st.patRequests.push({
        ...token(name),
        reason: 'sync scripts',
        created_at: daysBefore(input.now, 2)
      })
    if (h.copilot)
      st.copilotSeats.push({
        login,
        created_at: SEED_CREATED,
        pending_cancellation_date: null,
        last_activity_at: recent,
        last_activity_editor: 'vscode/1.95.0/copilot/1.250.0',
        plan_type: 'business'
      })
    for (const name of h.deploy_keys ?? []) {
      const repo = st.repos.find(r => r.name === name)!
      repo.deployKeys.push({
        id: nextId(
          st.repos.flatMap(r => r.deployKeys.map(k => k.id)),
          8000
        ),
        title: `${login} deploy key`,
        key: sshPublicKey(`${login}@${name}`).split(' ').slice(0, 2).join(' '),
        read_only: false,
        added_by: login,
        created_at: SEED_CREATED,
        last_used: recent,
        verified: true
      })
    }
  }

  const people = seededPeople(input).filter(p => p.person.accounts.github)
  const others = input.scenario.others?.github ?? []
  for (const { person } of people)
    addUser(person.accounts.github!, { email: person.email, name: person.name })
  for (const a of others) addUser(a.login, a)

  // Owners are known before any extra is seeded: invitations name who sent them.
  const roles = new Map<string, 'member' | 'admin' | 'none'>()
  for (const p of people) {
    const h = p.holds.github
    const granted = valuesOf(p.grants, 'github_org_admin').length > 0 ? 'admin' : 'member'
    roles.set(p.person.id, h?.role ?? (p.active ? granted : h ? 'member' : 'none'))
  }
  const owners = [
    ...people.filter(p => roles.get(p.person.id) === 'admin').map(p => p.person.accounts.github!),
    ...others.filter(a => a.role === 'admin').map(a => a.login)
  ]
  const tokenOwner = input.scenario.github?.token_owner ?? owners[0]
  if (!tokenOwner)
    throw new Error(
      'the sandbox GitHub org has no owner: give a role org_role: admin, or add an account with role: admin under others.github in the scenario'
    )

  for (const p of people) {
    const h = p.holds.github ?? {}
    const teams = union(valuesOf(p.grants, 'github_team'), h.teams)
    hold(p.person.accounts.github!, p.person.email, roles.get(p.person.id)!, teams, h)
  }
  for (const a of others) hold(a.login, a.email, a.role ?? 'member', a.teams ?? [], a)
  // The other organizations: the token's owner owns each; a person holds there what
  // `github.orgs.<org>` gives, and the teams their roles grant there.
  for (const st of moreOrgs) {
    st.members.push({ login: tokenOwner, role: 'admin', state: 'active' })
    for (const p of people) {
      const login = p.person.accounts.github!
      if (sameLogin(login, tokenOwner)) continue
      const h = p.holds.github?.orgs?.[st.org.login]
      const teams = union(teamsIn(valuesOf(p.grants, 'github_team'), st), h?.teams)
      if (h || (p.active && teams.length))
        hold(
          login,
          p.person.email,
          h?.role ?? (p.active ? roles.get(p.person.id)! : 'member'),
          teams,
          h ?? {},
          st
        )
    }
  }
  if (config.enterprise !== undefined)
    state.enterprise = seedEnterprise(input, state, people, sc, recent)
  for (const inv of input.scenario.others?.github_invitations ?? [])
    invite(inv.email, inv.role ?? 'direct_member')
  return { state, tokenOwner, accessRepo }
}

/** The enterprise: every account of an organization holds one of its licenses (unless the
 *  scenario says `enterprise.member: false`); with EMU each person's managed user has a SCIM
 *  identity whose userName is their email. */
function seedEnterprise(
  input: SeedInput<ScenarioBase & GithubScenario>,
  state: GithubSimState,
  people: Seeded<{ github?: GithubPersonHolds }>[],
  sc: NonNullable<GithubScenario['github']>,
  recent: string
): GhEnterprise {
  const config = input.decl.platforms.github!
  const inOrg = new Set(
    [state, ...(state.moreOrgs ?? [])].flatMap(o => o.members.map(m => m.login.toLowerCase()))
  )
  const e: GhEnterprise = {
    slug: config.enterprise!,
    members: [],
    copilot: sc.enterprise?.copilot ?? false,
    copilotSeats: [],
    ...(config.emu ? { scimUsers: [] } : {})
  }
  const add = (
    login: string,
    name: string | null,
    email: string | undefined,
    holds: EnterpriseHolds
  ) => {
    if (holds.member ?? inOrg.has(login.toLowerCase()))
      e.members.push({ login, name, roles: ['Member'] })
    if (holds.copilot)
      e.copilotSeats.push({
        login,
        created_at: SEED_CREATED,
        pending_cancellation_date: null,
        last_activity_at: recent,
        last_activity_editor: 'vscode/1.95.0/copilot/1.250.0',
        plan_type: 'enterprise'
      })
    if (e.scimUsers && email)
      e.scimUsers.push({
        id: digest(`scim:${login}`).toString('hex').slice(0, 8) + '-0000-4000-8000-000000000000',
        userName: email,
        externalId: digest(`idp:${email}`).toString('hex').slice(0, 12),
        displayName: name,
        email,
        active: true,
        login
      })
  }
  for (const p of people)
    add(p.person.accounts.github!, p.person.name, p.person.email, p.holds.github?.enterprise ?? {})
  for (const a of input.scenario.others?.github ?? [])
    add(a.login, a.name ?? null, a.email, a.enterprise ?? {})
  return e
}
