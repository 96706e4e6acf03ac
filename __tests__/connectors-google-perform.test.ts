// The Google Workspace connector's writes against nock: one call per step and its answers
// (a 404 read back before it counts as gone, 403, a retried 5xx), the refusals perform makes
// again whatever the plan says (protected, crossed lookups, the last super admin), and the
// Drive transfer and the deletion that waits for it.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Step } from '../src/connectors/connector.js'
import { scopesFor } from '../src/connectors/google/auth.js'
import { GOOGLE } from '../src/connectors/google/declared.js'
import { ADMIN } from './support/google-fixture.js'
import {
  ACCESS_TOKEN,
  aliceUser,
  api,
  assertionClaims,
  D,
  googleError,
  OAUTH,
  setup,
  tokenEndpoint
} from './support/google-nock.js'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

const T = '/admin/datatransfer/v1'
const step = (action: string, params: Record<string, unknown> = {}): Step => ({
  id: `google/alice/${action}/x`,
  platform: GOOGLE,
  person: 'alice',
  action,
  target: 'alice@acme.example',
  reason: 'departure',
  after: [],
  mode: 'auto',
  params: { user_id: '111', user: 'alice@acme.example', ...params }
})

describe('google perform: one call per step', () => {
  it.each([
    ['sign_out', {}, () => api().post(`${D}/users/111/signOut`).reply(204)],
    [
      'suspend_user',
      {},
      () =>
        api()
          .put(`${D}/users/111`, { suspended: true })
          .reply(200, aliceUser({ suspended: true }))
    ],
    [
      'delete_oauth_token',
      { client_id: 'c1' },
      () => api().delete(`${D}/users/111/tokens/c1`).reply(204)
    ],
    ['delete_app_password', { code_id: 7 }, () => api().delete(`${D}/users/111/asps/7`).reply(204)],
    [
      'invalidate_backup_codes',
      {},
      () => api().post(`${D}/users/111/verificationCodes/invalidate`).reply(204)
    ],
    [
      'remove_group_membership',
      { group: 'eng@acme.example' },
      () => api().delete(`${D}/groups/eng%40acme.example/members/111`).reply(204)
    ],
    ['delete_user', {}, () => api().delete(`${D}/users/111`).reply(204)]
  ])('%s', async (action, params, mock) => {
    tokenEndpoint()
    mock()
    expect(await setup().writer.perform(step(action, params))).toEqual({
      result: 'revoked',
      detail: ''
    })
  })

  it('asks for the write scopes, and the Data Transfer API only when Drive files move', async () => {
    let scope = ''
    nock(OAUTH)
      .post('/token', (b: Record<string, string>) => !!(scope = String(assertionClaims(b).scope)))
      .reply(200, { access_token: ACCESS_TOKEN, expires_in: 3599 })
    api().post(`${D}/users/111/signOut`).reply(204)
    await setup({ transfer_drive_to: 'bob' }).writer.perform(step('sign_out'))
    expect(scope.split(' ')).toEqual(scopesFor('write', true))
    expect(scope).toContain('admin.directory.user ')
    expect(scope).toMatch(/admin\.datatransfer$/)
  })

  it('retries a server error, even of a POST (signing out twice is signing out)', async () => {
    tokenEndpoint()
    api()
      .post(`${D}/users/111/signOut`)
      .reply(500, googleError(500, 'backendError'))
      .post(`${D}/users/111/signOut`)
      .reply(204)
    const { writer, waits } = setup()
    expect((await writer.perform(step('sign_out'))).result).toBe('revoked')
    expect(waits).toEqual([500])
  })

  it('fails a 403 with what to change', async () => {
    tokenEndpoint()
    api()
      .delete(`${D}/users/111`)
      .reply(403, googleError(403, 'forbidden', 'Not Authorized to access this resource/api'))
    expect(await setup().writer.perform(step('delete_user'))).toEqual({
      result: 'failed',
      detail:
        'google: directory.users.delete 111 answered 403 (forbidden: Not Authorized to access this resource/api); admin@acme.example (google.admin) may not do this, or the scope is not delegated to the service account: see docs/google.md'
    })
  })
})

describe('google perform: a 404 counts as gone only when a read shows it gone', () => {
  it('a token the list no longer shows is already absent', async () => {
    tokenEndpoint()
    api()
      .delete(`${D}/users/111/tokens/c1`)
      .reply(404, googleError(404, 'notFound'))
      .get(`${D}/users/111/tokens`)
      .reply(200, { items: [{ clientId: 'other' }] })
    expect(await setup().writer.perform(step('delete_oauth_token', { client_id: 'c1' }))).toEqual({
      result: 'already_absent',
      detail: 'Google answered 404; read back: gone'
    })
  })

  it('a token the list still shows fails, and says so', async () => {
    tokenEndpoint()
    api()
      .delete(`${D}/users/111/tokens/c1`)
      .reply(404, googleError(404, 'notFound'))
      .get(`${D}/users/111/tokens`)
      .reply(200, { items: [{ clientId: 'c1' }] })
    const out = await setup().writer.perform(step('delete_oauth_token', { client_id: 'c1' }))
    expect(out).toEqual({
      result: 'failed',
      detail: expect.stringMatching(
        /^Google answered 404 but the OAuth token \(alice@acme.example\) is still there/
      )
    })
  })

  it('a membership of a user that is gone is already absent', async () => {
    tokenEndpoint()
    api()
      .delete(`${D}/groups/eng%40acme.example/members/111`)
      .reply(404, googleError(404, 'notFound', 'Resource Not Found: memberKey'))
      .get(`${D}/groups`)
      .query(true)
      .reply(404, googleError(404, 'notFound', 'Resource Not Found: userKey'))
    const out = await setup().writer.perform(
      step('remove_group_membership', { group: 'eng@acme.example' })
    )
    expect(out.result).toBe('already_absent')
  })

  it('a sign-out whose read-back fails is a failure naming both answers', async () => {
    tokenEndpoint()
    api()
      .post(`${D}/users/111/signOut`)
      .reply(404, googleError(404, 'notFound'))
      .get(`${D}/users/111`)
      .query(true)
      .reply(403, googleError(403, 'forbidden'))
    const out = await setup().writer.perform(step('sign_out'))
    expect(out.result).toBe('failed')
    expect(out.detail).toMatch(
      /signOut 111 answered 404 .*, and reading back whether the user is gone failed: .*users.get 111 answered 403/
    )
  })
})

describe('google perform: refusals made again at the last moment', () => {
  it('skips the admin offboard acts as and protected accounts, without a call', async () => {
    const { writer } = setup({ protected: ['alice@acme.example'] })
    expect(
      await writer.perform({ ...step('delete_user'), params: { user_id: '9', user: ADMIN } })
    ).toMatchObject({
      result: 'skipped',
      detail: expect.stringMatching(/is the admin offboard acts as/)
    })
    expect((await writer.perform(step('suspend_user'))).result).toBe('skipped')
  })

  it('refuses an account found by lookup that someone else declares', async () => {
    const { writer } = setup()
    const crossed = { ...step('sign_out', { found_by: 'lookup' }), person: 'eve' }
    expect(await writer.perform(crossed)).toMatchObject({
      result: 'failed',
      detail: expect.stringMatching(
        /^refused: alice@acme.example was found by lookup for eve, but alice declares it/
      )
    })
  })

  it('re-counts the super admins live before suspending one', async () => {
    tokenEndpoint()
    api()
      .get(`${D}/users`)
      .query({ customer: 'C0sandbox', query: 'isAdmin=true isSuspended=false', maxResults: 3 })
      .reply(200, { users: [{ id: '111' }] })
    expect(await setup().writer.perform(step('suspend_user', { super_admin: true }))).toMatchObject(
      {
        result: 'skipped',
        detail: expect.stringMatching(/last active super admin/)
      }
    )
  })
})

describe('google perform: Drive transfer, and the deletion that waits for it', () => {
  const transfer = { to_id: '222', to: 'bob@acme.example', application_id: '55656082996' }
  const list = () =>
    api()
      .get(`${T}/transfers`)
      .query({ customerId: 'C0sandbox', oldOwnerUserId: '111', newOwnerUserId: '222' })

  it('requests the transfer of private and shared files', async () => {
    tokenEndpoint()
    list().reply(200, {})
    api()
      .post(`${T}/transfers`, {
        oldOwnerUserId: '111',
        newOwnerUserId: '222',
        applicationDataTransfers: [
          {
            applicationId: '55656082996',
            applicationTransferParams: [{ key: 'PRIVACY_LEVEL', value: ['PRIVATE', 'SHARED'] }]
          }
        ]
      })
      .reply(200, { id: 'tr1', overallTransferStatusCode: 'inProgress' })
    expect(await setup().writer.perform(step('transfer_drive', transfer))).toEqual({
      result: 'revoked',
      detail: 'transfer tr1 to bob@acme.example: inProgress'
    })
  })

  it('requests none when one exists already', async () => {
    tokenEndpoint()
    list().reply(200, { dataTransfers: [{ id: 'tr1', overallTransferStatusCode: 'completed' }] })
    expect((await setup().writer.perform(step('transfer_drive', transfer))).result).toBe(
      'already_absent'
    )
  })

  it('deletes nothing while the transfer has not completed', async () => {
    tokenEndpoint()
    list().reply(200, { dataTransfers: [{ id: 'tr1', overallTransferStatusCode: 'inProgress' }] })
    expect(await setup().writer.perform(step('delete_user', { transfer_to_id: '222' }))).toEqual({
      result: 'failed',
      detail:
        'not deleted yet: the Drive transfer is inProgress; rerun apply once it has completed, and the account is deleted then'
    })
  })
})
