// What an Okta plan holds for what discovery found (a pure function), and what the core will
// learn of Okta through its descriptor: the block's defaults and checks, its schema parts, how
// roles and people name groups and logins.
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { Discovery, Holding, Scope } from '../src/connectors/connector.js'
import { OK } from '../src/connectors/okta/discover.js'
import { isProtected, planOktaSteps } from '../src/connectors/okta/plan.js'
import schema from '../src/connectors/okta/schema.json' with { type: 'json' }
import {
  credentialsProblem,
  oktaConfig,
  readScopes,
  type OktaBlock
} from '../src/connectors/okta/types.js'
import { OKTA, OKTA_GROUP } from '../src/connectors/okta/vocabulary.js'
import { descriptorOf } from '../src/connectors/registry.js'
import { declaredAccount, foldAccount, roleGrants } from '../src/grants.js'
import { person, platforms, role } from './support/declarations.js'

const departure: Scope = { kind: 'departure' }
const config = (block: Partial<OktaBlock> = {}) =>
  oktaConfig({ org_url: 'https://acme.okta.com', token_env: 'OKTA_API_TOKEN', ...block })

function found(
  status = 'ACTIVE',
  extra: Holding[] = [],
  details: Record<string, unknown> = {}
): Discovery {
  return {
    platform: OKTA,
    person: 'alice',
    status: 'checked',
    notes: [],
    holdings: [
      {
        kind: OK.user,
        id: '00u1',
        label: 'user',
        details: {
          login: 'alice@acme.example',
          status,
          super_admin: false,
          super_admins: null,
          ...details
        }
      },
      ...extra
    ]
  }
}
const group = (id: string, name: string, type = 'OKTA_GROUP'): Holding => ({
  kind: OK.group,
  id,
  label: name,
  details: { name, type }
})
const HOLDS = [
  group('00g1', 'Engineering'),
  group('00g2', 'AD Staff', 'APP_GROUP'),
  { kind: OK.grant, id: 'oag1', label: '', details: { client_id: '0oac1', scope: 'openid' } },
  { kind: OK.tokens, id: '0oac1', label: '', details: { name: 'Expenses' } }
]
/** `action target <- after actions` for each step, `first:` when it is a containment step
 *  (run before any platform's other steps), and its mode when manual. */
const shape = (steps: ReturnType<typeof planOktaSteps>['steps']) =>
  steps.map(
    s =>
      `${s.contain ? 'first: ' : ''}${s.action} ${s.target}${s.mode === 'manual' ? ' (manual)' : ''}${s.after.length ? ` <- ${s.after.map(id => id.split('/')[2]).join(',')}` : ''}`
  )

describe('a departure', () => {
  it('blocks the person out first, then revokes the rest at once, then deactivates', () => {
    const plan = planOktaSteps(found('ACTIVE', HOLDS), departure, config())
    expect(shape(plan.steps)).toEqual([
      'first: clear_sessions alice@acme.example',
      'first: suspend_user alice@acme.example',
      'revoke_consent_grants alice@acme.example consent grants <- clear_sessions,suspend_user',
      'first: revoke_app_tokens tokens of app Expenses <- clear_sessions,suspend_user',
      'remove_from_group group Engineering <- clear_sessions,suspend_user',
      'remove_from_group group AD Staff (manual) <- clear_sessions,suspend_user',
      'deactivate_user alice@acme.example <- clear_sessions,suspend_user,revoke_consent_grants,revoke_app_tokens,remove_from_group'
    ])
    expect(plan.steps[5].reason).toMatch(
      /imported from a directory \(APP_GROUP\): remove alice@acme.example from it there/
    )
    expect(plan.steps[0].params).toEqual({
      user_id: '00u1',
      login: 'alice@acme.example',
      super_admin: false
    })
  })

  it('deletes only after deactivating, and a deactivated user only loses groups and is deleted', () => {
    expect(
      shape(planOktaSteps(found('ACTIVE'), departure, config({ on_departure: 'delete' })).steps)
    ).toEqual([
      'first: clear_sessions alice@acme.example',
      'first: suspend_user alice@acme.example',
      'deactivate_user alice@acme.example <- clear_sessions,suspend_user',
      'delete_user alice@acme.example <- deactivate_user'
    ])
    const gone = found('DEPROVISIONED', [group('00g1', 'Engineering')])
    expect(shape(planOktaSteps(gone, departure, config({ on_departure: 'delete' })).steps)).toEqual(
      ['remove_from_group group Engineering', 'delete_user alice@acme.example <- remove_from_group']
    )
    expect(planOktaSteps(gone, departure, config()).steps.map(s => s.action)).toEqual([
      'remove_from_group'
    ])
  })

  it('with on_departure: suspend, stops at the suspension, and asks a human when Okta cannot suspend', () => {
    expect(
      shape(planOktaSteps(found('ACTIVE'), departure, config({ on_departure: 'suspend' })).steps)
    ).toEqual([
      'first: clear_sessions alice@acme.example',
      'first: suspend_user alice@acme.example'
    ])
    const locked = planOktaSteps(
      found('LOCKED_OUT'),
      departure,
      config({ on_departure: 'suspend' })
    )
    expect(shape(locked.steps)).toEqual([
      'first: clear_sessions alice@acme.example',
      'suspend_user alice@acme.example (manual)'
    ])
    expect(locked.steps[1].reason).toMatch(
      /Okta suspends only active users and alice@acme.example is LOCKED_OUT/
    )
    // Already suspended: nothing more to block.
    expect(
      planOktaSteps(found('SUSPENDED'), departure, config({ on_departure: 'suspend' })).steps.map(
        s => s.action
      )
    ).toEqual(['clear_sessions'])
  })

  it('refuses everything for a protected login', () => {
    const plan = planOktaSteps(
      found('ACTIVE', HOLDS),
      departure,
      config({ protected: ['ALICE@acme.example'] })
    )
    expect(plan.steps).toEqual([])
    expect(plan.refused).toHaveLength(7)
    expect(plan.refused[0].reason).toBe(
      'alice@acme.example is protected (okta.protected in platforms.yaml): the tool never touches it'
    )
  })

  it('keeps the last active super administrator in the org and in their groups, but signs them out', () => {
    const last = found('ACTIVE', HOLDS, { super_admin: true, super_admins: 1 })
    const plan = planOktaSteps(last, departure, config())
    expect(shape(plan.steps)).toEqual([
      'first: clear_sessions alice@acme.example',
      'revoke_consent_grants alice@acme.example consent grants <- clear_sessions',
      'first: revoke_app_tokens tokens of app Expenses <- clear_sessions'
    ])
    expect(plan.refused.map(r => r.target)).toEqual([
      'alice@acme.example',
      'group Engineering',
      'group AD Staff',
      'alice@acme.example'
    ])
    // Not counted (the read failed) or one of several: planned, perform counts again.
    for (const super_admins of [null, 2])
      expect(
        planOktaSteps(found('ACTIVE', [], { super_admin: true, super_admins }), departure, config())
          .refused
      ).toEqual([])
  })

  it('plans nothing for a discovery that was not checked', () => {
    expect(planOktaSteps({ ...found(), status: 'not_checked' }, departure, config())).toEqual({
      steps: [],
      refused: []
    })
  })
})

describe('a reduction', () => {
  it('leaves exactly the groups no role grants any more', () => {
    const remove = [{ platform: OKTA, kind: OKTA_GROUP, value: 'Engineering' }]
    const plan = planOktaSteps(found('ACTIVE', HOLDS), { kind: 'reduction', remove }, config())
    expect(shape(plan.steps)).toEqual(['remove_from_group group Engineering'])
    expect(plan.steps[0].reason).toBe('no role grants this Okta group any more')
  })
})

describe('the descriptor', () => {
  it('reads grants.okta, accounts.okta and the okta block, and folds logins', () => {
    const decl = { platforms: platforms({ okta: config() }) }
    const r = role('eng', { okta: { groups: ['Engineering', 'Oncall'] } })
    expect(roleGrants(r, decl)).toEqual([
      { platform: 'okta', kind: 'okta_group', value: 'Engineering' },
      { platform: 'okta', kind: 'okta_group', value: 'Oncall' }
    ])
    expect(roleGrants(role('none', {}), decl)).toEqual([])
    expect(
      declaredAccount(person('alice', { accounts: { okta: 'Alice@acme.example' } }), OKTA)
    ).toBe('Alice@acme.example')
    expect(foldAccount(OKTA, 'Alice@ACME.example')).toBe('alice@acme.example')
    const okta = descriptorOf(OKTA)
    expect(okta.grantKinds[OKTA_GROUP]).toBe('Okta group')
    expect(okta.lookupByEmail).toBe(true)
    expect(okta.settings(undefined)).toBeUndefined()
    expect(okta.instances(undefined)).toEqual([])
    expect(
      okta.isProtected(
        config({ protected: ['BreakGlass@acme.example'] }),
        'breakglass@acme.example'
      )
    ).toBe(true)
    expect(
      isProtected(config({ protected: ['breakglass@acme.example'] }), 'BreakGlass@acme.example')
    ).toBe(true)
  })

  it('reports a block that cannot sign in as a problem of platforms.yaml', () => {
    const problems: unknown[] = []
    const report = (path: unknown, message: string) => problems.push([path, message])
    const okta = descriptorOf(OKTA)
    okta.checkSettings?.(okta.settings({ org_url: 'https://acme.okta.com' }), report)
    okta.checkSettings?.(undefined, report)
    okta.checkSettings?.(config(), report)
    expect(problems).toEqual([[['okta'], expect.stringMatching(/^no credentials: set token_env/)]])
  })

  it('fills the defaults, asks plan for read scopes, and says what credentials are missing', () => {
    expect(config()).toMatchObject({
      on_departure: 'deactivate',
      protected: [],
      scopes: ['okta.users.manage', 'okta.groups.manage', 'okta.roles.read']
    })
    expect(readScopes(['okta.users.manage', 'okta.users.read', 'okta.groups.manage'])).toEqual([
      'okta.users.read',
      'okta.groups.read'
    ])
    const url = { org_url: 'https://acme.okta.com' }
    expect(credentialsProblem({ ...url, token_env: 'T' })).toBeUndefined()
    expect(credentialsProblem({ ...url, client_id: '0oa1', private_key_env: 'K' })).toBeUndefined()
    expect(credentialsProblem(url)).toMatch(/^no credentials: set token_env/)
    expect(credentialsProblem({ ...url, client_id: '0oa1' })).toBe(
      'a service app needs both client_id and private_key_env (private_key_env is missing)'
    )
  })

  it('has schema parts for the block, the account and the grants', () => {
    const ajv = new Ajv2020({ allErrors: true })
    ;(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv)
    const block = ajv.compile({ ...schema.platform, $defs: { retry: { type: 'object' } } })
    expect(
      block({
        org_url: 'https://acme.okta.com',
        client_id: '0oaservice1',
        private_key_env: 'OKTA_KEY',
        scopes: ['okta.users.manage'],
        on_departure: 'delete'
      })
    ).toBe(true)
    expect(block({ org_url: 'http://acme.okta.com', token_env: 'T' })).toBe(false)
    expect(block({ org_url: 'https://acme.okta.com', client_id: '0oaservice1' })).toBe(false)
    expect(block({ org_url: 'https://acme.okta.com', token_env: 'T', on_departure: 'erase' })).toBe(
      false
    )
    const account = ajv.compile(schema.account)
    expect(['alice@acme.example', 'alice'].map(a => account(a))).toEqual([true, true])
    expect(['..', 'a/b', 'a b', ''].map(a => account(a))).toEqual([false, false, false, false])
    const grants = ajv.compile(schema.grants)
    expect(grants({ groups: ['Engineering'] })).toBe(true)
    expect(grants({ groups: ['Engineering', 'Engineering'] })).toBe(false)
    expect(grants({ teams: [] })).toBe(false)
  })
})
