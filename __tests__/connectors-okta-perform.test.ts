// The Okta connector's writes and its audit listing against nock: each step's one call, what
// an answer that may mean "nothing left to do" is read back as, the guards perform keeps
// (protected logins, crossed lookups, the last super administrator), and list()'s paging.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { OKTA, OKTA_GROUP } from '../src/connectors/okta/vocabulary.js'
import { NOT_FOUND, connector, oktaError, ORG, SSWS, step, user } from './support/okta-nock.js'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

const FORBIDDEN = oktaError(
  'E0000006',
  'You do not have permission to perform the requested action'
)

describe('perform', () => {
  it('makes each step its one call', async () => {
    nock(ORG, SSWS)
      .delete('/api/v1/users/00u1/sessions')
      .query({ oauthTokens: 'true' })
      .reply(204)
      .post('/api/v1/users/00u1/lifecycle/suspend')
      .reply(200)
      .delete('/api/v1/users/00u1/grants')
      .reply(204)
      .delete('/api/v1/users/00u1/clients/0oac1/tokens')
      .reply(204)
      .delete('/api/v1/groups/00g1/users/00u1')
      .reply(204)
      .post('/api/v1/users/00u1/lifecycle/deactivate')
      .query({ sendEmail: 'false' })
      .reply(200)
    const { writer } = connector()
    for (const s of [
      step('clear_sessions'),
      step('suspend_user'),
      step('revoke_consent_grants'),
      step('revoke_app_tokens', { client_id: '0oac1' }),
      step('remove_from_group', { group_id: '00g1' }),
      step('deactivate_user')
    ])
      expect(await writer.perform(s)).toEqual({ result: 'revoked', detail: '' })
  })

  it('deletes only a deactivated user, read first', async () => {
    nock(ORG)
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice@acme.example', 'DEPROVISIONED'))
      .delete('/api/v1/users/00u1')
      .query({ sendEmail: 'false' })
      .reply(204)
      .get('/api/v1/users/00u1')
      .reply(200, { ...user('00u1', 'alice@acme.example'), transitioningToStatus: 'DEPROVISIONED' })
      .get('/api/v1/users/00u1')
      .reply(404, NOT_FOUND)
    const { writer } = connector({ on_departure: 'delete' })
    expect((await writer.perform(step('delete_user'))).result).toBe('revoked')
    expect(await writer.perform(step('delete_user'))).toEqual({
      result: 'failed',
      detail:
        'okta: alice@acme.example is active (becoming deprovisioned), not deactivated: Okta would only deactivate it; run apply again once it is deactivated'
    })
    expect(await writer.perform(step('delete_user'))).toEqual({
      result: 'already_absent',
      detail: 'no such user'
    })
  })

  it('reads back a 404: Okta answers so for a user it has deactivated already', async () => {
    nock(ORG)
      .post('/api/v1/users/00u1/lifecycle/deactivate')
      .query(true)
      .reply(404, NOT_FOUND)
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice@acme.example', 'DEPROVISIONED'))
      .post('/api/v1/users/00u1/lifecycle/deactivate')
      .query(true)
      .reply(404, NOT_FOUND)
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice@acme.example'))
    const { writer } = connector()
    expect(await writer.perform(step('deactivate_user'))).toEqual({
      result: 'already_absent',
      detail: 'Okta answered 404; read back: already deactivated'
    })
    expect(await writer.perform(step('deactivate_user'))).toEqual({
      result: 'failed',
      detail:
        'okta: POST /api/v1/users/{id}/lifecycle/deactivate answered 404 (E0000007 Not found: Resource not found: 00u1 (User)); read back: the user is not deactivated'
    })
  })

  it('reads back a suspension Okta refuses (400): done only if the user is no longer active', async () => {
    const refused = { ...oktaError('E0000001', 'Api validation failed: lifecycle') }
    nock(ORG)
      .post('/api/v1/users/00u1/lifecycle/suspend')
      .reply(400, refused)
      .get('/api/v1/users/00u1')
      .reply(200, user('00u1', 'alice@acme.example', 'SUSPENDED'))
    expect(await connector().writer.perform(step('suspend_user'))).toEqual({
      result: 'already_absent',
      detail: 'Okta answered 400; read back: already suspended'
    })
  })

  it('takes a 404 for a gone user only once a read shows no user, for every user step', async () => {
    nock(ORG)
      .delete('/api/v1/users/00u1/sessions')
      .query(true)
      .reply(404, NOT_FOUND)
      .get('/api/v1/users/00u1')
      .reply(404, NOT_FOUND)
      .delete('/api/v1/groups/00g1/users/00u1')
      .reply(404, oktaError('E0000007', 'Not found: Resource not found: 00g1 (UserGroup)'))
      .get('/api/v1/users/00u1/groups')
      .reply(200, [])
      .delete('/api/v1/users/00u1/clients/0oac1/tokens')
      .reply(404, NOT_FOUND)
      .get('/api/v1/users/00u1/clients')
      .reply(200, [{ client_id: '0oac1', client_name: 'Expenses' }])
    const { writer } = connector()
    expect(await writer.perform(step('clear_sessions'))).toEqual({
      result: 'already_absent',
      detail: 'Okta answered 404; read back: no such user'
    })
    expect(await writer.perform(step('remove_from_group', { group_id: '00g1' }))).toEqual({
      result: 'already_absent',
      detail: 'Okta answered 404; read back: not a member'
    })
    expect(await writer.perform(step('revoke_app_tokens', { client_id: '0oac1' }))).toMatchObject({
      result: 'failed',
      detail: expect.stringMatching(/read back: the app still holds the user's grants or tokens$/)
    })
  })

  it('fails a 403 with the permission it lacks, without reading back', async () => {
    nock(ORG).delete('/api/v1/groups/00g1/users/00u1').reply(403, FORBIDDEN)
    expect(
      await connector().writer.perform(step('remove_from_group', { group_id: '00g1' }))
    ).toEqual({
      result: 'failed',
      detail:
        'okta: DELETE /api/v1/groups/{id}/users/{id} answered 403 (E0000006 You do not have permission to perform the requested action); the admin the API token in OKTA_API_TOKEN acts for has no role that allows this (okta.groups.manage): see docs/okta.md'
    })
  })

  it('never touches a protected login, nor an account found by lookup that someone declares', async () => {
    const guarded = connector({ protected: ['Alice@acme.example'] })
    expect((await guarded.writer.perform(step('deactivate_user'))).detail).toBe(
      'alice@acme.example is protected (okta.protected in platforms.yaml): the tool never touches it'
    )
    const { ctx, writer } = connector()
    ctx.claims = new Map([[OKTA, new Map([['bob@acme.example', ['bob']]])]])
    const crossed = step('clear_sessions', { login: 'bob@acme.example', found_by: 'lookup' })
    expect(await writer.perform(crossed)).toEqual({
      result: 'failed',
      detail:
        "refused: bob@acme.example was found by lookup for alice, but bob declares it: nothing was changed; declare alice's own account as accounts.okta"
    })
  })

  it('counts the super administrators live before deactivating one, and keeps the last', async () => {
    const admin = [{ id: 'ra1', type: 'SUPER_ADMIN', label: 'Super Administrator' }]
    const count = (ids: string[]) => {
      nock(ORG)
        .get('/api/v1/iam/assignees/users')
        .query(true)
        .reply(200, { value: ids.map(id => ({ id })), _links: {} })
      for (const id of ids)
        nock(ORG)
          .get(`/api/v1/users/${id}/roles`)
          .reply(200, admin)
          .get(`/api/v1/users/${id}`)
          .reply(200, user(id, `${id}@acme.example`))
    }
    const self = () =>
      nock(ORG)
        .get('/api/v1/users/00u1/roles')
        .reply(200, admin)
        .get('/api/v1/users/00u1')
        .reply(200, user('00u1', 'alice@acme.example'))
    self()
    count(['00u1'])
    const { writer } = connector()
    const last = step('deactivate_user', { super_admin: true })
    expect(await writer.perform(last)).toEqual({
      result: 'skipped',
      detail: expect.stringMatching(/^alice@acme.example is the last active super administrator/)
    })
    self()
    count(['00u1', '00u2'])
    nock(ORG).post('/api/v1/users/00u1/lifecycle/deactivate').query(true).reply(200)
    expect((await writer.perform(last)).result).toBe('revoked')
  })
})

describe('list', () => {
  it('lists every user, active and deactivated, with the declared groups each is in', async () => {
    nock(ORG)
      .get('/api/v1/users')
      .query({ limit: '200' })
      .reply(200, [
        user('00u1', 'alice@acme.example'),
        user('00u2', 'bob@acme.example', 'SUSPENDED')
      ])
      .get('/api/v1/users')
      .query({ filter: 'status eq "DEPROVISIONED"', limit: '200' })
      .reply(200, [user('00u3', 'carol@acme.example', 'DEPROVISIONED')])
      .get('/api/v1/groups')
      .query({ limit: '10000' })
      .reply(200, [
        { id: '00g1', type: 'OKTA_GROUP', profile: { name: 'Engineering' } },
        { id: '00g2', type: 'OKTA_GROUP', profile: { name: 'Sales' } }
      ])
      .get('/api/v1/groups/00g1/users')
      .query({ limit: '1000' })
      .reply(200, [user('00u1', 'alice@acme.example')])
    const { reader } = connector()
    const declared = ['Engineering', 'Support'].map(value => ({
      platform: OKTA,
      kind: OKTA_GROUP,
      value
    }))
    const inventory = await reader.list(declared)
    expect(inventory).toMatchObject({
      status: 'checked',
      requests: 4,
      notes: ['declared Okta group Support not found']
    })
    expect(
      inventory.accounts.map(a => [a.account, a.id, a.active, a.grants.map(g => g.value)])
    ).toEqual([
      ['alice@acme.example', '00u1', true, ['Engineering']],
      ['bob@acme.example', '00u2', false, []],
      ['carol@acme.example', '00u3', false, []]
    ])
  })

  it('is not checked when a listing fails, never clean', async () => {
    nock(ORG).get('/api/v1/users').query(true).times(2).reply(403, FORBIDDEN)
    const inventory = await connector().reader.list([])
    expect(inventory.status).toBe('not_checked')
    expect(inventory.reason).toMatch(/GET \/api\/v1\/users answered 403/)
  })
})
