// Two GitHub organizations and their enterprise, end to end against the simulated GitHub with
// GitHub's REST description checked on every request: a departure revokes in both
// organizations (each with its own token and last-owner guard), the enterprise comes after
// every organization (its membership removed last, through GraphQL), and an EMU user is
// deprovisioned through SCIM.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGithubConnector } from '../../src/connectors/github/connector.js'
import type { Identity, Outcome, Scope, Step } from '../../src/connectors/connector.js'
import type { GithubConfig } from '../../src/declarations/types.js'
import { runSteps } from '../../src/graph.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  addGithubOrg,
  createGithubPlatform,
  newGithubState,
  type GithubSim,
  type GithubSimState
} from '../../src/sandbox/github/index.js'
import { createGithubOpenapiCheck } from '../support/github-openapi-check.js'
import { connectorContext } from '../support/connectors.js'

const check = createGithubOpenapiCheck()
const connector = createGithubConnector({ paceWrites: false })
const departure: Scope = { kind: 'departure' }
const alice: Identity = {
  person: 'alice',
  name: 'Alice',
  email: 'alice@acme.example',
  account: 'alice-gh'
}
const TOKENS = {
  GITHUB_TOKEN_ACME: 'ghs_acmeinstallation',
  GITHUB_TOKEN_BETA: 'ghs_betainstallation',
  GITHUB_ENTERPRISE_TOKEN: 'ghp_enterpriseowner'
}

/** acme (alice a member with a Copilot seat) and beta (alice an owner beside `betaOwners`),
 *  in the enterprise acme-co, which assigns alice a Copilot seat of its own. */
function seed(betaOwners: string[], emu = false): GithubSimState {
  const state = newGithubState('acme', { copilot: true })
  for (const [i, login] of ['root', 'alice-gh', 'carol'].entries())
    state.users.push({ login, id: 100 + i, email: `${login}@acme.example` })
  state.members.push(
    { login: 'root', role: 'admin', state: 'active' },
    { login: 'alice-gh', role: 'member', state: 'active' }
  )
  const seat = {
    login: 'alice-gh',
    created_at: '2025-01-01T00:00:00Z',
    pending_cancellation_date: null,
    last_activity_at: null,
    last_activity_editor: null
  }
  state.copilotSeats.push({ ...seat })
  const beta = addGithubOrg(state, 'beta')
  beta.members.push(
    { login: 'alice-gh', role: 'admin', state: 'active' },
    ...betaOwners.map(login => ({ login, role: 'admin' as const, state: 'active' as const }))
  )
  state.enterprise = {
    slug: 'acme-co',
    members: ['root', 'alice-gh', 'carol'].map(login => ({ login, roles: ['Member'] })),
    copilot: true,
    copilotSeats: [{ ...seat }],
    ...(emu
      ? {
          scimUsers: [
            {
              id: 'c0ffee00-0000-4000-8000-000000000001',
              userName: 'alice@acme.example',
              externalId: 'idp-1',
              displayName: 'Alice',
              email: 'alice@acme.example',
              active: true,
              login: 'alice-gh'
            }
          ]
        }
      : {})
  }
  return state
}

let sim: GithubSim
let server: SimServer

async function start(state: GithubSimState, github: Partial<GithubConfig>) {
  // Each token acts as an owner of its organization: root, or in beta its first owner (alice
  // herself when she is the last).
  const betaOwner = state.moreOrgs![0].members.find(m => m.role === 'admin')!.login
  sim = createGithubPlatform(state, {
    checkRequest: check,
    tokens: {
      [TOKENS.GITHUB_TOKEN_ACME]: 'root',
      [TOKENS.GITHUB_TOKEN_BETA]: betaOwner,
      [TOKENS.GITHUB_ENTERPRISE_TOKEN]: 'root'
    }
  })
  server = await startSimServer(sim.platform)
  const { ctx } = connectorContext(
    {
      github: {
        orgs: ['acme', 'beta'],
        enterprise: 'acme-co',
        protected: [],
        repository_scan_limit: 10,
        ...github
      }
    },
    { ...TOKENS, GITHUB_API_URL: server.url }
  )
  return { reader: connector.reader(ctx), writer: connector.writer(ctx) }
}

afterEach(async () => {
  expect(sim.violations).toEqual([])
  await server.close()
})

/** Runs the plan as apply does, noting the order the steps finished in. */
async function apply(steps: Step[], perform: (s: Step) => Promise<Outcome>) {
  const finished: string[] = []
  const outcomes = await runSteps(steps, async s => {
    const o = await perform(s)
    finished.push(s.target)
    return o
  })
  return { finished, outcomes }
}

const memberOf = (state: GithubSimState, login: string) =>
  [state, ...(state.moreOrgs ?? [])]
    .filter(o => o.members.some(m => m.login === login))
    .map(o => o.org.login)

describe('a departure across two organizations and the enterprise', () => {
  it('revokes in both organizations, then in the enterprise', async () => {
    const state = seed(['root', 'carol'])
    const { writer } = await start(state, {})
    const found = await writer.discover(alice, departure)
    expect(found.unread).toBeUndefined()
    const plan = writer.planSteps(found, departure)
    expect(plan.refused).toEqual([])
    const { finished, outcomes } = await apply(plan.steps, s => writer.perform(s))

    expect(memberOf(state, 'alice-gh')).toEqual([])
    expect(state.copilotSeats[0].pending_cancellation_date).not.toBeNull()
    expect(state.enterprise!.copilotSeats[0].pending_cancellation_date).not.toBeNull()
    // The enterprise's steps finish after every organization's; acme's Copilot seat ends with
    // the membership, so it gets no step of its own.
    const firstEnterprise = finished.findIndex(t => t.startsWith('enterprise acme-co: '))
    expect(finished.slice(0, firstEnterprise).sort()).toEqual(['acme: alice-gh', 'beta: alice-gh'])
    // The enterprise membership goes last, through GraphQL.
    expect(finished.slice(firstEnterprise).sort()).toEqual([
      'enterprise acme-co: alice-gh',
      'enterprise acme-co: alice-gh copilot seat'
    ])
    expect(finished.at(-1)).toBe('enterprise acme-co: alice-gh')
    expect([...outcomes.values()].map(o => o.result)).toEqual(Array(4).fill('revoked'))
    expect(state.enterprise!.members.map(m => m.login)).toEqual(['root', 'carol'])

    // Nothing is left: a rerun plans nothing.
    expect(writer.planSteps(await writer.discover(alice, departure), departure).steps).toEqual([])
  })

  it('keeps the last owner of one organization and revokes in the other', async () => {
    const state = seed([])
    const { writer } = await start(state, {})
    const plan = writer.planSteps(await writer.discover(alice, departure), departure)
    // Leaving the enterprise would take her out of beta too.
    expect(plan.refused.map(r => r.target)).toEqual([
      'beta: alice-gh',
      'enterprise acme-co: alice-gh'
    ])
    expect(plan.refused[1].reason).toMatch(/they are the last owner of beta: make someone else/)
    await apply(plan.steps, s => writer.perform(s))
    expect(memberOf(state, 'alice-gh')).toEqual(['beta'])
    expect(state.enterprise!.members.some(m => m.login === 'alice-gh')).toBe(true)
  })

  it('lists both organizations and the enterprise for the audit', async () => {
    const state = seed(['root', 'carol'])
    const { reader } = await start(state, {})
    const inv = await reader.list([])
    expect(inv.status).toBe('checked')
    expect(inv.accounts.filter(a => a.account === 'carol').map(a => a.where)).toEqual([
      'in beta',
      'in enterprise acme-co'
    ])
  })
})

describe('Enterprise Managed Users', () => {
  it('deprovisions the managed user through SCIM, which ends every membership', async () => {
    const state = seed(['root', 'carol'], true)
    const { writer } = await start(state, { emu: true })
    const found = await writer.discover(alice, departure)
    const plan = writer.planSteps(found, departure)
    expect(plan.steps.map(s => s.action).sort()).toEqual([
      'deprovision_scim_user',
      'remove_copilot_seat',
      'remove_enterprise_copilot_seat'
    ])
    const { outcomes } = await apply(plan.steps, s => writer.perform(s))
    expect([...outcomes.values()].every(o => o.result === 'revoked')).toBe(true)
    expect(state.enterprise!.scimUsers![0].active).toBe(false)
    expect(memberOf(state, 'alice-gh')).toEqual([])

    // Nothing is left: a rerun plans nothing.
    const again = await writer.discover(alice, departure)
    expect(writer.planSteps(again, departure).steps).toEqual([])
    expect(again.notes).toContain(
      'enterprise acme-co: the SCIM identity alice@acme.example is already deactivated'
    )
  })
})
