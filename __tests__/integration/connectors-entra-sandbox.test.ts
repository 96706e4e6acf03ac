// The Entra ID connector against the simulated tenant, end to end through @azure/identity and
// the Graph SDK: sign-in with each kind of credential, discover, plan, perform every step (read
// back from the simulator's state), a rerun that plans and writes nothing more, the audit's
// listing with strays, and readers that never write. Every Graph request is checked against
// Microsoft's description of Graph v1.0 (entra-metadata-check.ts).
import { afterEach, describe, expect, it } from '@jest/globals'
import { entraConnector } from '../../src/connectors/entra/connector.js'
import {
  entraDefaults,
  type EntraBlock,
  type EntraCredentials
} from '../../src/connectors/entra/types.js'
import { entraGroupGrant } from '../../src/connectors/entra/vocabulary.js'
import type { Identity, Scope } from '../../src/connectors/connector.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import {
  createEntraPlatform,
  entraEnv,
  findUser,
  seedEntra,
  type EntraSeed
} from '../../src/sandbox/entra/index.js'
import type { EntraPersonSeed } from '../../src/sandbox/entra/seed.js'
import type { EntraHolds } from '../../src/sandbox/entra/scenario.js'
import { connectorContext, planWith, resultsByAction, revokeWith } from '../support/connectors.js'
import { createEntraMetadataCheck } from '../support/entra-metadata-check.js'
import { ALICE, ALL, CLIENT, DYN, ENG, OPS, TENANT, alice, departure } from '../support/entra.js'

const bob: Identity = {
  person: 'bob',
  name: 'Bob',
  email: 'bob@acme.example',
  account: 'bob@acme.onmicrosoft.com'
}

const check = createEntraMetadataCheck()
const servers: SimServer[] = []
const sims: ReturnType<typeof createEntraPlatform>[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
  expect(sims.splice(0).flatMap(s => s.violations)).toEqual([])
})

/** A departed person who still holds an enabled account and `holds`. */
const departed = (who: Identity, holds: EntraHolds): EntraPersonSeed => ({
  upn: who.account!,
  name: who.name,
  email: who.email,
  active: false,
  groups: [],
  holds: { enabled: true, ...holds }
})

function seed(over: Partial<EntraSeed>): EntraSeed {
  return {
    tenantId: TENANT,
    clientId: CLIENT,
    credentials: { type: 'github_oidc', audience: 'api://AzureADTokenExchange' },
    declaredGroups: [ENG, OPS],
    groups: [
      { id: ENG, name: 'Engineering' },
      { id: OPS, name: 'Operations' },
      { id: DYN, name: 'All engineers', dynamic: true },
      { id: ALL, name: 'Everyone', groups: [ENG] }
    ],
    people: [
      departed(alice, {
        groups: [ENG, DYN],
        app_roles: ['Salesforce'],
        methods: ['microsoftAuthenticator', 'fido2']
      }),
      {
        upn: 'bob@acme.onmicrosoft.com',
        name: 'Bob',
        email: 'bob@acme.example',
        active: true,
        groups: [ENG, OPS]
      }
    ],
    others: [
      {
        userPrincipalName: 'breakglass@acme.onmicrosoft.com',
        directory_roles: ['Global Administrator']
      },
      { userPrincipalName: 'stray@acme.onmicrosoft.com', groups: [OPS] }
    ],
    ...over
  }
}

async function tenant(
  over: Partial<EntraSeed> = {},
  block: Omit<Partial<EntraBlock>, 'credentials'> = {},
  credentials: EntraCredentials = { type: 'github_oidc', audience: 'api://AzureADTokenExchange' }
) {
  const seeded = seedEntra(seed({ credentials, ...over }))
  const sim = createEntraPlatform(seeded.state, { checkRequest: check })
  const server = await startSimServer(sim.platform)
  servers.push(server)
  sims.push(sim)
  const config = entraDefaults({ tenant_id: TENANT, client_id: CLIENT, ...block, credentials })
  const env = entraEnv(config, seeded, server.url)
  const { ctx, masked, lines } = connectorContext({}, env)
  const factory = entraConnector(config, { sleep: async () => undefined })
  return {
    state: seeded.state,
    server,
    env,
    masked,
    lines,
    reader: factory.reader(ctx),
    writer: factory.writer(ctx),
    seeded
  }
}

const user = (t: { state: Parameters<typeof findUser>[0] }, upn: string) => findUser(t.state, upn)!
const inGroup = (t: Awaited<ReturnType<typeof tenant>>, group: string, upn: string) =>
  t.state.groups.find(g => g.id === group)!.members.includes(user(t, upn).id)

describe('a departure on the simulated tenant', () => {
  it('blocks sign-in and revokes sessions first, leaves groups and apps, and a rerun writes nothing', async () => {
    const t = await tenant()
    const { found, plan } = await planWith(t.reader, alice, departure)
    expect(t.server.writes()).toEqual([])
    expect(found).toMatchObject({ status: 'checked', account: { display: ALICE } })
    expect(found.holdings.map(h => h.label)).toEqual([
      `Entra user ${ALICE} (sign-in allowed)`,
      'member of group "Engineering"',
      'member of group "All engineers" (dynamic)',
      'assigned to app "Salesforce"',
      'authentication method: password, added 2024-01-01',
      `authentication method: microsoftAuthenticator "Alice's phone", added 2024-01-01`,
      'authentication method: fido2, added 2024-01-01'
    ])
    expect(found.notes).toContain(
      'through nested groups, also in: "Everyone" (these end with the direct memberships)'
    )
    // One $batch reads everything a declared user holds.
    expect(t.server.counts()).toMatchObject({ 'POST /$batch': 1 })

    const first = plan.steps.filter(s => s.after.length === 0).map(s => s.action)
    expect(first).toEqual(['disable_sign_in', 'revoke_sign_in_sessions'])
    for (const s of plan.steps.filter(s => s.after.length))
      expect(s.after).toEqual([
        `entra/alice/disable_sign_in/${ALICE}`,
        `entra/alice/revoke_sign_in_sessions/${ALICE}`
      ])

    const before = user(t, ALICE).signInSessionsValidFromDateTime
    const run = await revokeWith(t.writer, alice, departure)
    expect(resultsByAction(run.plan, run.outcomes)).toEqual({
      disable_sign_in: ['revoked'],
      revoke_sign_in_sessions: ['revoked'],
      remove_group_member: ['revoked', 'skipped'],
      remove_app_role_assignment: ['revoked']
    })
    const after = user(t, ALICE)
    expect(after.accountEnabled).toBe(false)
    expect(after.signInSessionsValidFromDateTime > before).toBe(true)
    expect(inGroup(t, ENG, ALICE)).toBe(false)
    expect(inGroup(t, DYN, ALICE)).toBe(true)
    expect(t.state.appRoleAssignments.filter(a => a.principalId === after.id)).toEqual([])

    t.server.resetRecord()
    const rerun = await revokeWith(t.writer, alice, departure)
    expect(rerun.plan.steps.map(s => `${s.action} ${s.mode}`)).toEqual([
      'remove_group_member manual'
    ])
    expect(t.server.writes()).toEqual([])
  })

  it('deletes the user last with on_departure: delete, signed in with a client secret', async () => {
    const t = await tenant(
      {},
      { on_departure: 'delete' },
      { type: 'client_secret', secret_env: 'ENTRA_SECRET' }
    )
    const run = await revokeWith(t.writer, alice, departure)
    const del = run.plan.steps.find(s => s.action === 'delete_user')!
    expect(del.after.sort()).toEqual(
      run.plan.steps
        .filter(s => s !== del && s.mode === 'auto')
        .map(s => s.id)
        .sort()
    )
    expect(run.outcomes.get(del.id)).toEqual({ result: 'revoked', detail: '' })
    expect(findUser(t.state, ALICE)).toBeUndefined()
    expect(t.state.deleted.map(u => u.userPrincipalName)).toEqual([ALICE])
    expect(t.masked).toContain(t.seeded.secret)
    expect(await t.reader.discover(alice, departure)).toMatchObject({ status: 'no_account' })
  })

  it('signs plan and audit in as the read-only app, which Graph lets read only', async () => {
    const reader = 'cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee'
    const t = await tenant({ readClientId: reader }, { read_client_id: reader })
    const { plan } = await planWith(t.reader, alice, departure)
    expect(await t.reader.list([entraGroupGrant(ENG)])).toMatchObject({ status: 'checked' })
    expect([...t.state.issued.values()].map(i => i.clientId)).toEqual([reader])
    const app = t.state.apps.find(a => a.clientId === reader)!
    expect(app.permissions.some(p => /Write|EnableDisable|Revoke|Delete/.test(p))).toBe(false)
    // The writer signs in as the other app, whose permissions the steps need.
    const outcomes = await Promise.all(
      plan.steps.filter(s => s.mode === 'auto').map(s => t.writer.perform(s))
    )
    expect(outcomes.map(o => o.result)).not.toContain('failed')
    expect(new Set([...t.state.issued.values()].map(i => i.clientId))).toEqual(
      new Set([reader, CLIENT])
    )
  })

  it('signs in with a certificate', async () => {
    const t = await tenant({}, {}, { type: 'certificate', certificate_env: 'ENTRA_CERT' })
    expect(await t.reader.discover(bob, departure)).toMatchObject({ status: 'checked' })
    expect(t.masked).toContain(t.seeded.certificatePem)
  })

  it('masks the OIDC request token, the OIDC token and every Graph token, and logs none', async () => {
    const t = await tenant()
    await revokeWith(t.writer, alice, departure)
    const graphTokens = [...t.state.issued.keys()]
    // One sign-in (one OIDC token, one Graph token) serves the whole departure.
    expect(graphTokens).toHaveLength(1)
    expect(t.server.counts()['GET /_actions/idtoken']).toBe(1)
    for (const token of [t.state.oidc.requestToken, ...graphTokens])
      expect(t.masked).toContain(token)
    // The OIDC token is a JWT signed by the simulated Actions endpoint.
    expect(t.masked.some(m => m.split('.').length === 3)).toBe(true)
    const written = JSON.stringify(t.lines)
    for (const secret of t.masked) expect(written).not.toContain(secret)
  })
})

describe('what the plan refuses or leaves to a human', () => {
  it('never blocks the last Global Administrator, and re-counts them when it performs', async () => {
    const admin: EntraHolds = { directory_roles: ['Global Administrator'] }
    const carol: Identity = {
      person: 'carol',
      name: 'Carol',
      email: 'carol@acme.example',
      account: 'carol@acme.onmicrosoft.com'
    }
    const t = await tenant({
      others: [],
      people: [departed(alice, admin), departed(carol, admin)]
    })
    // Each sees the other: both are planned, and only one may go.
    const [a, c] = await Promise.all([
      planWith(t.writer, alice, departure),
      planWith(t.writer, carol, departure)
    ])
    expect(a.plan.refused).toEqual([])
    const disable = (p: typeof a) => p.plan.steps.find(s => s.action === 'disable_sign_in')!
    const outcomes = await Promise.all([t.writer.perform(disable(a)), t.writer.perform(disable(c))])
    expect(outcomes.map(o => o.result).sort()).toEqual(['revoked', 'skipped'])
    expect(outcomes.find(o => o.result === 'skipped')!.detail).toMatch(
      /is the last enabled Global Administrator/
    )
    expect(t.state.users.filter(u => u.accountEnabled).map(u => u.userPrincipalName)).toHaveLength(
      1
    )

    const last =
      t.state.users.find(u => u.accountEnabled)!.userPrincipalName === ALICE ? alice : carol
    const again = await planWith(t.reader, last, departure)
    expect(again.plan.refused.map(r => r.reason)).toEqual([
      expect.stringMatching(
        /is the last enabled Global Administrator of the tenant: sign-in is not blocked/
      )
    ])
    expect(again.plan.steps.map(s => s.action)).toEqual([
      'revoke_sign_in_sessions',
      'remove_directory_role'
    ])
  })

  it('leaves the sign-in and deletion of a user synchronized from on-premises AD to a human', async () => {
    const people = seed({}).people
    people[0].holds = { ...people[0].holds, synced: true }
    const t = await tenant({ people }, { on_departure: 'delete' })
    const { plan } = await planWith(t.reader, alice, departure)
    const modes = Object.fromEntries(plan.steps.map(s => [s.action, s.mode]))
    expect(modes).toMatchObject({
      disable_sign_in: 'manual',
      revoke_sign_in_sessions: 'auto',
      delete_user: 'manual'
    })
    expect(plan.steps.find(s => s.action === 'disable_sign_in')!.reason).toMatch(/disable it there/)
  })

  it('refuses a protected user outright', async () => {
    const t = await tenant({}, { protected: ['ALICE@acme.onmicrosoft.com'] })
    const { plan } = await planWith(t.reader, alice, departure)
    expect(plan.steps).toEqual([])
    expect(plan.refused[0].reason).toMatch(/is protected \(entra.protected in platforms.yaml\)/)
  })

  it('fails a step the app lacks the permission for, and says which one', async () => {
    const t = await tenant({
      permissions: [
        'User.Read.All',
        'GroupMember.Read.All',
        'RoleManagement.Read.Directory',
        'User.EnableDisableAccount.All',
        'User.RevokeSessions.All'
      ]
    })
    const { found } = await planWith(t.reader, alice, departure)
    expect(found.unread).toEqual([
      {
        what: 'authentication methods',
        error: expect.stringContaining(
          'answered 403 (Authorization_RequestDenied: Insufficient privileges to complete the operation.); the app probably lacks UserAuthenticationMethod.Read.All'
        )
      }
    ])
    const run = await revokeWith(t.writer, alice, departure)
    const leave = run.plan.steps.find(s => s.action === 'remove_group_member' && s.mode === 'auto')!
    expect(run.outcomes.get(leave.id)!.detail).toMatch(
      /the app probably lacks GroupMember\.ReadWrite\.All/
    )
    expect(user(t, ALICE).accountEnabled).toBe(false)
  })
})

describe('lookups by email', () => {
  const noAccount = { ...alice, account: undefined }

  it('finds the one user carrying the email in its other mails', async () => {
    const people = seed({}).people
    Object.assign(people[0], { upn: 'a.liddell@acme.onmicrosoft.com' })
    const t = await tenant({ people })
    t.state.users[0].mail = null
    t.state.users[0].otherMails = ['Alice@acme.example']
    const { found, plan } = await planWith(t.reader, noAccount, departure)
    expect(found).toMatchObject({
      status: 'checked',
      account: { display: 'a.liddell@acme.onmicrosoft.com' }
    })
    expect(plan.steps[0].params).toMatchObject({ found_by: 'lookup' })
  })

  it('uses none of two users carrying the email, nor one another person declares', async () => {
    const t = await tenant()
    t.state.users[1].otherMails = ['alice@acme.example']
    const two = await t.reader.discover(noAccount, departure)
    expect(two.reason).toMatch(/2 Entra users carry alice@acme.example/)
    t.state.users[1].otherMails = []
    const claims = new Map([[ALICE, ['mallory']]])
    const crossed = await t.reader.discover({ ...noAccount, claims }, departure)
    expect(crossed).toMatchObject({
      status: 'not_checked',
      reason: expect.stringMatching(/which mallory declares/)
    })
  })
})

describe('a reduction and the audit', () => {
  it('leaves only the group no role grants any more, and refuses one held through nesting', async () => {
    const t = await tenant()
    const scope: Scope = { kind: 'reduction', remove: [entraGroupGrant(OPS), entraGroupGrant(ALL)] }
    const run = await revokeWith(t.writer, bob, scope)
    expect(run.plan.steps.map(s => s.target)).toEqual([
      `bob@acme.onmicrosoft.com/Operations (${OPS})`
    ])
    expect(run.plan.refused.map(r => r.target)).toEqual([
      `bob@acme.onmicrosoft.com/Everyone (${ALL})`
    ])
    expect(inGroup(t, OPS, 'bob@acme.onmicrosoft.com')).toBe(false)
    expect(inGroup(t, ENG, 'bob@acme.onmicrosoft.com')).toBe(true)
  })

  it('lists every user with the declared groups each is in, strays included, read-only', async () => {
    const t = await tenant()
    const inventory = await t.reader.list([
      entraGroupGrant(ENG),
      entraGroupGrant(ALL),
      entraGroupGrant(OPS)
    ])
    expect(t.server.writes()).toEqual([])
    expect(inventory).toMatchObject({ status: 'checked', notes: [] })
    const grants = Object.fromEntries(
      inventory.accounts.map(a => [a.account, a.grants.map(g => g.value).sort()])
    )
    expect(grants).toEqual({
      [ALICE]: [ENG, ALL],
      'bob@acme.onmicrosoft.com': [ENG, OPS, ALL].sort(),
      'breakglass@acme.onmicrosoft.com': [],
      'stray@acme.onmicrosoft.com': [OPS]
    })
    expect(inventory.requests).toBe(2)
  })

  it('says a declared group does not exist', async () => {
    const t = await tenant()
    const missing = '0e9b8c1a-0000-4000-8000-00000000dead'
    const inventory = await t.reader.list([entraGroupGrant(missing)])
    expect(inventory.notes).toEqual([
      `Entra group ${missing} is declared but does not exist in the tenant`
    ])
  })
})

describe('faults', () => {
  it('waits out a throttled $batch and a dropped write, and finishes', async () => {
    const t = await tenant()
    t.server.knobs.faults = [
      { operation: 'POST /$batch', status: 429, retryAfterSeconds: 1, times: 1 },
      { operation: 'PATCH /users/{id}', drop: true, times: 1 }
    ]
    const run = await revokeWith(t.writer, alice, departure)
    expect(run.outcomes.get(`entra/alice/disable_sign_in/${ALICE}`)).toEqual({
      result: 'revoked',
      detail: ''
    })
    expect(t.lines.join('\n')).toMatch(/answered 429, retrying in 1000 ms/)
    expect(user(t, ALICE).accountEnabled).toBe(false)
  })

  it('reports a tenant it cannot read as not checked, never as clean', async () => {
    const t = await tenant()
    t.server.knobs.faults = [{ operation: 'POST /$batch', status: 503 }]
    const found = await t.reader.discover(alice, departure)
    expect(found).toMatchObject({ status: 'not_checked', holdings: [] })
    expect(found.reason).toMatch(/gave up after 3 retries/)
  })
})
