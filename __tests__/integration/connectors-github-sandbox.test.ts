// The GitHub connector against the simulated GitHub: every request it sends is checked against
// GitHub's REST description, and every outcome is read back from the simulator's state.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGithubConnector } from '../../src/connectors/github/connector.js'
import type { Identity, PlatformReader, Scope } from '../../src/connectors/connector.js'
import type { GithubConfig } from '../../src/declarations/types.js'
import type { Grant } from '../../src/grants.js'
import { runSteps } from '../../src/graph.js'
import { startSimServer, type Knobs, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  createGithubPlatform,
  newGithubRepo,
  newGithubState,
  type GhCredentialAuthorization,
  type GhPatGrant,
  type GithubSim,
  type GithubSimState
} from '../../src/sandbox/github/index.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { planWith, resultsByAction, revokeWith, connectorContext } from '../support/connectors.js'

const ORG = 'acme'
const check = createGithubOpenapiCheck()
const connector = createGithubConnector({ paceWrites: false })
const departure: Scope = { kind: 'departure' }

const who = (login: string, email = `${login}@acme.example`): Identity => ({
  person: login.replace(/-gh$/, ''),
  name: login,
  email,
  account: login
})
const team = (value: string): Grant => ({ platform: 'github', kind: 'github_team', value })
const ownerGrant: Grant = { platform: 'github', kind: 'github_org_admin', value: ORG }

function sso(
  credential_id: number,
  login: string,
  type: 'personal access token' | 'SSH key'
): GhCredentialAuthorization {
  return {
    credential_id,
    login,
    credential_type: type,
    ...(type === 'SSH key'
      ? { fingerprint: 'SHA256:3f9c0a7e1b2d4c6e8f0a1b2c3d4e5f60718293a4' }
      : { token_last_eight: `tok${credential_id}` }),
    credential_authorized_at: '2025-01-01T00:00:00Z',
    credential_accessed_at: '2025-03-01T00:00:00Z',
    authorized_credential_id: credential_id + 1
  }
}

/** What a fine-grained token grant and a token request share. */
function token(id: number, owner: string): Omit<GhPatGrant, 'access_granted_at'> {
  return {
    id,
    owner,
    token_id: 9000 + id,
    token_name: `token ${id}`,
    repository_selection: 'all',
    repositories: [],
    permissions: { repository: { contents: 'read' } },
    token_expired: false,
    token_expires_at: '2026-12-01T00:00:00Z',
    token_last_used_at: null
  }
}

const pat = (id: number, owner: string): GhPatGrant => ({
  ...token(id, owner),
  access_granted_at: '2025-02-01T00:00:00Z'
})

/** Two owners (acme-owner, erin-gh), members in teams, an outside collaborator, a protected
 *  bot, and a departing member (dave-gh) holding one of every credential GitHub has. */
function seed(): GithubSimState {
  const state = newGithubState(ORG, { samlSso: true, copilot: true })
  const people: [string, 'admin' | 'member'][] = [
    ['acme-owner', 'admin'],
    ['erin-gh', 'admin'],
    ['dave-gh', 'member'],
    ['frank-gh', 'member'],
    ['acme-bot', 'member']
  ]
  people.forEach(([login, role], i) => {
    state.users.push({ login, id: 100 + i, email: `${login}@acme.example`, name: login })
    state.members.push({ login, role, state: 'active' })
  })
  state.users.push({ login: 'olive-ext', id: 200, email: null })
  state.outsideCollaborators.push({ login: 'olive-ext', repos: ['service'] })
  state.teams.push(
    {
      id: 1,
      slug: 'backend',
      name: 'Backend',
      members: [
        { login: 'dave-gh', role: 'maintainer' },
        { login: 'erin-gh', role: 'member' },
        { login: 'frank-gh', role: 'member' }
      ]
    },
    {
      id: 2,
      slug: 'frontend',
      name: 'Frontend',
      members: [
        { login: 'dave-gh', role: 'member' },
        { login: 'erin-gh', role: 'member' }
      ]
    },
    { id: 3, slug: 'platform', name: 'Platform', members: [{ login: 'erin-gh', role: 'member' }] }
  )
  const invitation = { role: 'direct_member' as const, created_at: '2025-04-01T00:00:00Z' }
  state.invitations.push(
    { ...invitation, id: 501, login: 'dave-gh', email: null, inviter: 'acme-owner' },
    { ...invitation, id: 502, login: null, email: 'dave-gh@acme.example', inviter: 'erin-gh' },
    { ...invitation, id: 503, login: null, email: 'newhire@acme.example', inviter: 'erin-gh' }
  )
  state.credentialAuthorizations.push(
    sso(7001, 'dave-gh', 'personal access token'),
    sso(7002, 'dave-gh', 'SSH key'),
    sso(7003, 'frank-gh', 'personal access token')
  )
  state.patGrants.push(pat(31, 'dave-gh'), pat(32, 'dave-gh'), pat(33, 'frank-gh'))
  state.patRequests.push({
    ...token(41, 'dave-gh'),
    reason: 'local scripts',
    created_at: '2025-05-01T00:00:00Z'
  })
  for (const login of ['dave-gh', 'frank-gh'])
    state.copilotSeats.push({
      login,
      created_at: '2025-01-01T00:00:00Z',
      pending_cancellation_date: null,
      last_activity_at: '2025-05-01T00:00:00Z',
      last_activity_editor: 'vscode'
    })
  state.repos.push(newGithubRepo('service'))
  return state
}

let sim: GithubSim
let server: SimServer

async function start(
  state = seed(),
  knobs: Partial<Knobs> = {},
  github: Partial<GithubConfig> = {}
) {
  sim = createGithubPlatform(state, { checkRequest: check })
  server = await startSimServer(sim.platform, { knobs })
  const { ctx, lines } = connectorContext(
    { github: { org: ORG, protected: ['acme-bot'], repository_scan_limit: 50, ...github } },
    { GITHUB_TOKEN: 'ghs_sandboxinstallation', GITHUB_API_URL: server.url }
  )
  return {
    state,
    lines,
    reader: connector.reader(ctx),
    writer: connector.writer(ctx)
  }
}

afterEach(async () => {
  // No request the connector sent may break GitHub's published contract.
  expect(sim.violations).toEqual([])
  await server.close()
})

const logins = (list: { login: string }[]) => list.map(m => m.login).sort()
const teamOf = (state: GithubSimState, slug: string) =>
  logins(state.teams.find(t => t.slug === slug)?.members ?? [])

describe('departure of a member', () => {
  it('revokes every credential and the membership, and a rerun finds nothing to do', async () => {
    const { state, writer, reader } = await start()
    const { found, plan, outcomes } = await revokeWith(writer, who('dave-gh'), departure)

    expect(found.status).toBe('checked')
    expect(found.holdings.map(h => h.kind).sort()).toEqual([
      'copilot_seat',
      'invitation',
      'invitation',
      'org_membership',
      'sso_authorization',
      'sso_authorization',
      'token_grant',
      'token_grant',
      'token_request'
    ])
    expect(plan.refused).toEqual([])
    expect(resultsByAction(plan, outcomes)).toEqual({
      cancel_invitation: ['revoked'],
      revoke_token_grant: ['revoked', 'revoked'],
      deny_token_request: ['revoked'],
      remove_org_membership: ['revoked']
    })
    // The membership goes first and ends the SSO authorizations, the Copilot seat and the
    // invitation to the login itself; the one to the email is cancelled.
    const removal = plan.steps.find(s => s.action === 'remove_org_membership')!
    expect(removal.contain).toBe(true)
    expect(removal.reason).toMatch(/2 SAML SSO credential authorizations, its Copilot seat/)
    // One write per kind: both token grants go in one request.
    expect(
      server
        .writes()
        .map(w => w.operation)
        .sort()
    ).toEqual([
      'DELETE /orgs/{org}/invitations/{invitation_id}',
      'DELETE /orgs/{org}/memberships/{username}',
      'POST /orgs/{org}/personal-access-token-requests',
      'POST /orgs/{org}/personal-access-tokens'
    ])

    expect(logins(state.members)).toEqual(['acme-bot', 'acme-owner', 'erin-gh', 'frank-gh'])
    expect(state.invitations.map(i => i.id)).toEqual([503])
    expect(state.credentialAuthorizations.map(c => c.login)).toEqual(['frank-gh'])
    expect(state.patGrants.map(p => p.owner)).toEqual(['frank-gh'])
    expect(state.patRequests).toEqual([])
    for (const t of state.teams) expect(logins(t.members)).not.toContain('dave-gh')
    expect(teamOf(state, 'backend')).toEqual(['erin-gh', 'frank-gh'])
    // A cancelled seat is billed to the end of the cycle, then ends; frank keeps his.
    const seat = (login: string) => state.copilotSeats.find(s => s.login === login)
    expect(seat('dave-gh')?.pending_cancellation_date).toMatch(/^\d{4}-\d{2}-01$/)
    expect(seat('frank-gh')?.pending_cancellation_date).toBeNull()

    server.resetRecord()
    const again = await planWith(reader, who('dave-gh'), departure)
    expect(again.plan).toEqual({ steps: [], refused: [] })
    await runSteps(again.plan.steps, s => writer.perform(s))
    expect(server.writes()).toEqual([])
  })

  it('finds an invitation sent to the email of a person with no GitHub login', async () => {
    const { state, writer } = await start()
    const person = { person: 'dave', name: 'Dave', email: 'dave-gh@acme.example' }
    const { found, plan, outcomes } = await revokeWith(writer, person, departure)
    expect(found.holdings.map(h => `${h.kind} ${h.id}`)).toEqual(['invitation 502'])
    expect(resultsByAction(plan, outcomes)).toEqual({ cancel_invitation: ['revoked'] })
    expect(state.invitations.map(i => i.id)).toEqual([501, 503])
  })
})

describe('departures planned together', () => {
  /** A deploy key on the service repository, added by `login`. */
  const keyBy = (id: number, login: string) => ({
    id,
    title: `${login} key`,
    key: `ssh-ed25519 AAAA${id}`,
    read_only: true,
    added_by: login,
    created_at: '2025-01-01T00:00:00Z',
    last_used: null
  })
  const seededWithKeys = () => {
    const state = seed()
    state.repos
      .find(r => r.name === 'service')!
      .deployKeys.push(keyBy(1, 'dave-gh'), keyBy(2, 'frank-gh'))
    return state
  }
  /** Three departures discovered at once, as one plan discovers them. */
  const discoverEach = (reader: Pick<PlatformReader, 'discover'>) =>
    Promise.all(['dave-gh', 'frank-gh', 'erin-gh'].map(l => reader.discover(who(l), departure)))
  const count = (operation: string) => server.requests.filter(r => r.operation === operation).length
  const ORG_WIDE = [
    'GET /orgs/{org}/invitations',
    'GET /orgs/{org}/repos',
    'GET /repos/{owner}/{repo}/keys',
    'GET /orgs/{org}/members'
  ]

  it('read the organization-wide listings once per plan, and each person finds only their own', async () => {
    const { reader } = await start(seededWithKeys())
    const found = await discoverEach(reader)
    const held = (kind: string) =>
      found.map(f => f.holdings.filter(h => h.kind === kind).map(h => h.id))
    expect(held('deploy_key')).toEqual([['service/1'], ['service/2'], []])
    expect(held('invitation')).toEqual([['501', '502'], [], []])
    // erin-gh is one of two owners: counted from the one owner listing.
    const membership = found[2].holdings.find(h => h.kind === 'org_membership')!
    expect(membership.details?.owners).toBe(2)
    expect(Object.fromEntries(ORG_WIDE.map(o => [o, count(o)]))).toEqual(
      Object.fromEntries(ORG_WIDE.map(o => [o, 1]))
    )
  })

  it('a new plan, and a writer, read them afresh', async () => {
    const { reader, writer, state } = await start(seededWithKeys())
    await discoverEach(reader)
    // What changed since is seen by the next plan's reader and by a writer.
    state.repos.find(r => r.name === 'service')!.deployKeys.push(keyBy(3, 'frank-gh'))
    server.resetRecord()
    const fresh = connector.reader(
      connectorContext(
        { github: { org: ORG, protected: ['acme-bot'], repository_scan_limit: 50 } },
        { GITHUB_TOKEN: 'ghs_sandboxinstallation', GITHUB_API_URL: server.url }
      ).ctx
    )
    const again = await fresh.discover(who('frank-gh'), departure)
    expect(again.holdings.filter(h => h.kind === 'deploy_key').map(h => h.id)).toEqual([
      'service/2',
      'service/3'
    ])
    server.resetRecord()
    await discoverEach(writer)
    expect(count('GET /orgs/{org}/invitations')).toBe(3)
  })
})

describe('departure of an invited member', () => {
  it('removes the pending membership, and GitHub cancels the invitation with it', async () => {
    const state = seed()
    state.users.push({ login: 'gina-gh', id: 300, email: 'gina@acme.example' })
    state.members.push({ login: 'gina-gh', role: 'member', state: 'pending' })
    state.invitations.push({
      id: 504,
      login: 'gina-gh',
      email: 'gina@acme.example',
      role: 'direct_member',
      created_at: '2025-06-01T00:00:00Z',
      inviter: 'acme-owner'
    })
    const { writer } = await start(state)
    const gina = who('gina-gh', 'gina@acme.example')
    const { found, plan, outcomes } = await revokeWith(writer, gina, departure)
    expect(found.holdings.map(h => h.label)).toEqual([
      'pending member of acme',
      expect.stringMatching(/^pending invitation as direct_member/)
    ])
    expect(found.notes).toContain('Copilot: gina-gh has a pending invitation to acme, no seat')
    expect(resultsByAction(plan, outcomes)).toEqual({ remove_org_membership: ['revoked'] })
    expect(plan.steps[0].reason).toMatch(/also drops the invitation to the login,/)
    expect(logins(state.members)).not.toContain('gina-gh')
    expect(state.invitations.map(i => i.id)).toEqual([501, 502, 503])
  })
})

describe('Copilot seats', () => {
  it('leaving the organization leaves a seat pending cancellation, no longer found', async () => {
    const { state, writer } = await start()
    const { plan } = await planWith(writer, who('frank-gh'), departure)
    const removal = plan.steps.find(s => s.action === 'remove_org_membership')!
    expect(await writer.perform(removal)).toEqual({ result: 'revoked', detail: '' })
    const seat = state.copilotSeats.find(s => s.login === 'frank-gh')
    expect(seat?.pending_cancellation_date).toMatch(/^\d{4}-\d{2}-01$/)
    const again = await planWith(writer, who('frank-gh'), departure)
    expect(again.found.holdings.map(h => h.kind)).not.toContain('copilot_seat')
    expect(again.found.notes).toContain('Copilot: frank-gh has no seat in acme')
  })

  it('says so when the organization has no Copilot subscription', async () => {
    const state = seed()
    state.org.copilot = false
    const { reader } = await start(state)
    const { found } = await planWith(reader, who('dave-gh'), departure)
    expect(found.holdings.map(h => h.kind)).not.toContain('copilot_seat')
    expect(found.notes).toContain('Copilot: not enabled in acme, or seats are not managed per user')
  })
})

describe('departure of an outside collaborator', () => {
  it('removes them from every repository of the organization', async () => {
    const { state, writer } = await start()
    const { found, plan, outcomes } = await revokeWith(
      writer,
      who('olive-ext', 'olive@example.test'),
      departure
    )
    expect(found.holdings.map(h => h.kind)).toEqual(['outside_collaborator'])
    expect(resultsByAction(plan, outcomes)).toEqual({ remove_outside_collaborator: ['revoked'] })
    expect(state.outsideCollaborators).toEqual([])
    expect(logins(state.members)).toHaveLength(5)
  })
})

describe('reduction', () => {
  it('removes only the dropped teams and demotes the owner', async () => {
    const { state, writer } = await start()
    const scope: Scope = {
      kind: 'reduction',
      remove: [team('backend'), team('Frontend'), ownerGrant]
    }
    const { plan, outcomes } = await revokeWith(writer, who('erin-gh'), scope)
    expect(plan.refused).toEqual([])
    expect(resultsByAction(plan, outcomes)).toEqual({
      remove_team_membership: ['revoked', 'revoked'],
      demote_org_admin: ['revoked']
    })
    expect(state.members.find(m => m.login === 'erin-gh')).toMatchObject({
      role: 'member',
      state: 'active'
    })
    expect(teamOf(state, 'backend')).toEqual(['dave-gh', 'frank-gh'])
    expect(teamOf(state, 'frontend')).toEqual(['dave-gh'])
    expect(teamOf(state, 'platform')).toEqual(['erin-gh'])
  })
})

describe('refusals', () => {
  it("refuses to remove the organization's last owner, saying what to do", async () => {
    const state = seed()
    state.members = state.members.filter(m => m.login !== 'erin-gh')
    const { reader } = await start(state)
    const { plan } = await planWith(reader, who('acme-owner'), departure)
    expect(plan.steps.map(s => s.action)).not.toContain('remove_org_membership')
    expect(plan.refused).toEqual([
      expect.objectContaining({
        target: 'acme-owner',
        reason: expect.stringMatching(/last owner of acme.*make someone else an owner first/)
      })
    ])
    expect(server.writes()).toEqual([])
  })

  it('keeps an owner when every owner leaves in one change: the later one stays, their credentials still go', async () => {
    const state = seed()
    state.credentialAuthorizations.push(sso(7004, 'erin-gh', 'personal access token'))
    state.patGrants.push(pat(34, 'erin-gh'))
    const { reader } = await start(state)
    const each = await Promise.all(
      [who('acme-owner'), who('erin-gh')].map(async w => ({
        ...(await planWith(reader, w, departure)),
        scope: departure
      }))
    )
    // Alone, each plan removes its owner: the other one is still there.
    for (const { plan } of each) expect(plan.refused).toEqual([])
    const [owner, erin] = reader.planTogether!(each)
    expect(owner.steps.map(s => s.action)).toContain('remove_org_membership')
    expect(owner.refused).toEqual([])
    expect(erin.steps.map(s => s.action)).not.toContain('remove_org_membership')
    expect(erin.refused).toEqual([
      {
        person: 'erin',
        platform: 'github',
        target: 'erin-gh',
        reason:
          'acme-owner, erin-gh are all the owners of acme and all leave in this change: erin-gh stays an owner so that the organization keeps one; make someone else an owner first, then run again'
      }
    ])
    // Staying an owner (who reaches every repository, teams or not), erin-gh still loses
    // every credential.
    expect(erin.steps.map(s => [s.action, s.target])).toEqual([
      ['revoke_sso_authorization', 'sso credential 7004 (personal access token ...7004)'],
      ['revoke_token_grant', 'token grant 34 "token 34"']
    ])
    // One owner leaving with members is no concern of the change's.
    const alone = reader.planTogether!([
      each[1],
      { ...(await planWith(reader, who('dave-gh'), departure)), scope: departure }
    ])
    expect(alone[0]).toEqual(each[1].plan)
  })

  it('re-checks the owners when performing: an owner who became the last one stays', async () => {
    const { state, writer } = await start()
    const { plan } = await planWith(writer, who('erin-gh'), departure)
    const removal = plan.steps.find(s => s.action === 'remove_org_membership')!
    expect(removal).toBeDefined()
    // After the plan, the other owner steps down.
    state.members.find(m => m.login === 'acme-owner')!.role = 'member'
    const outcome = await writer.perform(removal)
    expect(outcome).toEqual({
      result: 'skipped',
      detail: expect.stringContaining('erin-gh is the last owner of acme')
    })
    expect(state.members.find(m => m.login === 'erin-gh')?.role).toBe('admin')
    expect(server.writes()).toEqual([])
  })

  it('refuses a protected login and never writes to it', async () => {
    const { state, writer } = await start()
    const { plan, outcomes } = await revokeWith(writer, who('acme-bot'), departure)
    expect(plan.steps).toEqual([])
    expect(plan.refused).toEqual([
      expect.objectContaining({
        target: 'acme-bot',
        reason: expect.stringContaining('acme-bot is protected (github.protected')
      })
    ])
    expect(outcomes.size).toBe(0)
    expect(server.writes()).toEqual([])
    expect(logins(state.members)).toContain('acme-bot')
  })
})

describe('reading', () => {
  it('plan mode writes nothing: discover, plan and list send only GET requests', async () => {
    const { reader } = await start()
    for (const login of ['dave-gh', 'olive-ext', 'erin-gh', 'acme-owner'])
      await planWith(reader, who(login), departure)
    await planWith(reader, who('erin-gh'), { kind: 'reduction', remove: [team('backend')] })
    await reader.list([team('backend')])
    expect(server.requests.length).toBeGreaterThan(20)
    expect(server.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(server.writes()).toEqual([])
  })

  it('lists members with roles, outside collaborators, invitations and declared teams', async () => {
    const { reader } = await start()
    server.resetRecord()
    const inventory = await reader.list([team('backend'), team('Platform'), team('ghost')])
    expect(inventory.status).toBe('checked')
    expect(inventory.requests).toBe(server.requests.length)
    const listed = inventory.accounts
      .map(a => `${a.kind} ${a.account}: ${a.grants.map(g => `${g.kind}:${g.value}`).sort()}`)
      .sort()
    expect(listed).toEqual([
      'invitation dave-gh: ',
      'invitation dave-gh@acme.example: ',
      'invitation newhire@acme.example: ',
      'member acme-bot: ',
      'member acme-owner: github_org_admin:acme',
      'member dave-gh: github_team:backend',
      'member erin-gh: github_org_admin:acme,github_team:backend,github_team:platform',
      'member frank-gh: github_team:backend',
      'outside_collaborator olive-ext: '
    ])
    expect(inventory.notes).toEqual(['team ghost is declared but does not exist in acme'])
  })
})

describe('rate limits', () => {
  it('waits out secondary rate limits and still completes the departure', async () => {
    let faults = 0
    const { state, writer, lines } = await start(seed(), {
      throttleRate: 1,
      retryAfterSeconds: 1,
      // Three refusals: one read, two writes.
      faultOnly: c => (c.operation === 'GET /orgs/{org}/invitations' || c.write) && faults++ < 3
    })
    const { outcomes } = await revokeWith(writer, who('dave-gh'), departure)
    expect([...outcomes.values()].map(o => o.result)).toEqual(Array(outcomes.size).fill('revoked'))
    expect(server.requests.filter(r => r.status === 403)).toHaveLength(3)
    expect(lines.filter(l => /secondary rate limit: waiting 1s/.test(l))).toHaveLength(3)
    expect(logins(state.members)).not.toContain('dave-gh')
  })
})
