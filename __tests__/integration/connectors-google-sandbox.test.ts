// The Google Workspace connector against the simulated Admin SDK and token services, through
// @googleapis/admin and google-auth-library: discover, plan, perform every step, and a rerun
// that finds nothing; both ways to credentials (a service account key, and keyless workload
// identity federation from the GitHub OIDC token); the audit's listing with its strays. Every
// request is checked against Google's discovery documents, and every outcome read back from
// the simulator's state.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Scope } from '../../src/connectors/connector.js'
import { googleConnector } from '../../src/connectors/google/connector.js'
import { GOOGLE, groupGrant } from '../../src/connectors/google/declared.js'
import type { GoogleBlock } from '../../src/connectors/google/types.js'
import {
  createGooglePlatform,
  findUser,
  sandboxCredentials,
  seedGoogle,
  type GoogleSimState
} from '../../src/sandbox/google/index.js'
import { startSimServer, type SimServer } from '../../src/sandbox/shared/server.js'
import { planWith, resultsByAction, revokeWith } from '../support/connectors.js'
import { createGoogleDiscoveryCheck } from '../support/google-discovery-check.js'
import { alice, config, googleContext, seedInput } from '../support/google-fixture.js'

const departure: Scope = { kind: 'departure' }
const check = createGoogleDiscoveryCheck()
const servers: SimServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

async function sandbox(block: Partial<GoogleBlock> = {}, state = seedGoogle(seedInput())) {
  const cfg = config(block)
  const creds = sandboxCredentials(state, cfg, prefix => `${prefix}sandbox-token`)
  const sim = createGooglePlatform(state, {
    oidcRequestToken: creds.tokens.oidcRequestToken,
    checkRequest: check.request
  })
  const server = await startSimServer(sim.platform)
  servers.push(server)
  const env = {
    ...creds.env(server.url),
    OFFBOARD_GOOGLE_API_URL: server.url,
    OFFBOARD_GOOGLE_AUTH_URL: server.url
  }
  const { ctx, masked } = googleContext(env)
  const factory = googleConnector(cfg, { sleep: async () => undefined })
  return {
    state,
    sim,
    server,
    ctx,
    masked,
    reader: factory.reader(ctx),
    writer: factory.writer(ctx)
  }
}

const user = (state: GoogleSimState, email: string) => findUser(state, email)
const memberOf = (state: GoogleSimState, email: string) =>
  state.groups.filter(g => g.members.some(m => m.email === email)).map(g => g.email)

describe('Google connector on the simulated Workspace, with a service account key', () => {
  it('plans a departure read-only: sign-out first, then containment, delete last', async () => {
    const { reader, server, sim, masked, state } = await sandbox({
      on_departure: 'delete',
      transfer_drive_to: 'bob'
    })
    const { found, plan } = await planWith(reader, alice, departure)
    expect(found).toMatchObject({ status: 'checked', account: { display: 'alice@acme.example' } })
    expect(found.unread).toBeUndefined()
    expect(found.holdings.map(h => h.kind).sort()).toEqual(
      [
        'admin_role',
        'app_password',
        'backup_codes',
        'drive_files',
        'google_user',
        'group_membership',
        'group_membership',
        'oauth_token',
        'oauth_token'
      ].sort()
    )
    expect(found.notes).toEqual([
      expect.stringMatching(/^admin roles \(Groups Admin\) are not removed/)
    ])
    // The backup codes themselves were read: masked, and in no holding.
    const codes = user(state, 'alice@acme.example')!.backupCodes
    expect(masked).toEqual(expect.arrayContaining(codes))
    expect(JSON.stringify(found)).not.toContain(codes[0])

    const byAction = Object.fromEntries(plan.steps.map(s => [s.action, s]))
    expect(byAction.sign_out.after).toEqual([])
    for (const s of plan.steps.filter(s => s.action !== 'sign_out'))
      expect(s.after.length).toBeGreaterThan(0)
    expect(byAction.suspend_user.after).toEqual([byAction.sign_out.id])
    expect(byAction.transfer_drive.after).toEqual([byAction.suspend_user.id])
    expect(byAction.delete_user.after).toEqual(plan.steps.slice(0, -1).map(s => s.id))
    expect(plan.refused).toEqual([])
    // Plan read, and never wrote (token requests change nothing).
    expect(server.writes()).toEqual([])
    expect(sim.violations).toEqual([])
  })

  it('revokes everything, transfers the Drive files, deletes the account; a rerun finds nothing', async () => {
    const { writer, state, sim, server } = await sandbox({
      on_departure: 'delete',
      transfer_drive_to: 'bob'
    })
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect(resultsByAction(plan, outcomes)).toEqual({
      sign_out: ['revoked'],
      suspend_user: ['revoked'],
      delete_oauth_token: ['revoked', 'revoked'],
      delete_app_password: ['revoked'],
      invalidate_backup_codes: ['revoked'],
      remove_group_membership: ['revoked', 'revoked'],
      transfer_drive: ['revoked'],
      delete_user: ['revoked']
    })
    expect(user(state, 'alice@acme.example')).toBeUndefined()
    expect(user(state, 'bob@acme.example')!.driveFiles).toBe(5)
    expect(state.transfers.map(t => t.status)).toEqual(['completed'])
    expect(sim.violations).toEqual([])

    server.resetRecord()
    const again = await revokeWith(writer, alice, departure)
    expect(again.found).toMatchObject({ status: 'no_account' })
    expect(again.plan.steps).toEqual([])
    expect(server.writes()).toEqual([])
  })

  it('deletes only once the Drive transfer has completed: the rerun finishes it', async () => {
    const state = seedGoogle(seedInput())
    state.transferReads = 2
    const { writer } = await sandbox({ on_departure: 'delete', transfer_drive_to: 'bob' }, state)
    const first = await revokeWith(writer, alice, departure)
    const deleted = first.plan.steps.find(s => s.action === 'delete_user')!
    expect(first.outcomes.get(deleted.id)).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /^not deleted yet: the Drive transfer is inProgress; rerun apply/
      )
    })
    expect(user(state, 'alice@acme.example')).toMatchObject({ suspended: true, tokens: [] })

    const second = await revokeWith(writer, alice, departure)
    expect(resultsByAction(second.plan, second.outcomes)).toEqual({
      transfer_drive: ['already_absent'],
      delete_user: ['revoked']
    })
    expect(state.transfers).toHaveLength(1)
    expect(user(state, 'alice@acme.example')).toBeUndefined()
  })

  it('lists every user with the declared groups they are in, strays included', async () => {
    const { reader, state } = await sandbox()
    const inv = await reader.list([groupGrant('eng@acme.example'), groupGrant('gone@acme.example')])
    expect(inv).toMatchObject({ platform: GOOGLE, status: 'checked' })
    expect(inv.notes).toEqual(['group gone@acme.example is declared but does not exist'])
    const byEmail = Object.fromEntries(inv.accounts.map(a => [a.account, a]))
    expect(Object.keys(byEmail).sort()).toEqual([
      'admin@acme.example',
      'alice@acme.example',
      'bob@acme.example',
      'mallory@acme.example'
    ])
    expect(byEmail['mallory@acme.example']).toMatchObject({
      id: user(state, 'mallory@acme.example')!.id,
      kind: 'user',
      active: true,
      grants: [groupGrant('eng@acme.example')]
    })
    expect(byEmail['admin@acme.example'].grants).toEqual([])
    expect(inv.requests).toBe(3)
  })
})

describe('Google connector on the simulated Workspace, keyless (workload identity federation)', () => {
  const keyless: Partial<GoogleBlock> = {
    credentials: {
      workload_identity: {
        audience:
          '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/offboard',
        service_account: 'offboard@acme-ops.iam.gserviceaccount.com'
      }
    }
  }

  it('suspends, and revokes what a suspension only pauses; a rerun plans nothing', async () => {
    const { writer, state, masked, server } = await sandbox(keyless)
    const { plan, outcomes } = await revokeWith(writer, alice, departure)
    expect([...outcomes.values()].every(o => o.result === 'revoked')).toBe(true)
    expect(plan.steps.map(s => s.action)).not.toContain('delete_user')
    expect(user(state, 'alice@acme.example')).toMatchObject({
      suspended: true,
      sessions: 0,
      tokens: [],
      asps: [],
      backupCodes: [],
      driveFiles: 5
    })
    expect(memberOf(state, 'alice@acme.example')).toEqual([])
    // The OIDC request token, the federated token, the signed assertion and the access token.
    expect(masked).toContain('ghoidc-sandbox-token')
    expect(masked.filter(m => m.startsWith('ya29.'))).toHaveLength(2)
    const ops = new Set(server.requests.map(r => r.operation))
    for (const op of ['actions.idtoken', 'sts.token', 'iamcredentials.signJwt', 'oauth2.token'])
      expect(ops).toContain(op)

    const again = await planWith(writer, alice, departure)
    expect(again.found.notes).toContain('alice@acme.example is already suspended')
    expect(again.plan.steps).toEqual([])
  })
})
