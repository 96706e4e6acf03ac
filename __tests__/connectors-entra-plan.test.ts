// The Entra ID plan as pure data (what is found -> the steps, their order and what is left to a
// human or refused), and the schema parts and defaults of the `entra` declarations.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { planDepth } from '../src/graph.js'
import type { Discovery, Holding, Scope } from '../src/connectors/connector.js'
import { planEntra } from '../src/connectors/entra/plan.js'
import { entraDefaults, type EntraConfig } from '../src/connectors/entra/types.js'
import {
  entraGroupGrant,
  entraRoleGrants,
  foldEntraAccount
} from '../src/connectors/entra/vocabulary.js'
import type { Role } from '../src/declarations/types.js'

const UPN = 'alice@acme.onmicrosoft.com'
const G1 = '0e9b8c1a-0000-4000-8000-000000000001'
const G2 = '0e9b8c1a-0000-4000-8000-000000000002'
const config = (over: Partial<EntraConfig> = {}): EntraConfig => ({
  ...entraDefaults({
    tenant_id: 'acme.onmicrosoft.com',
    client_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
  }),
  ...over
})
const departure: Scope = { kind: 'departure' }

function found(user: Record<string, unknown> = {}, ...more: Holding[]): Discovery {
  return {
    platform: 'entra' as Discovery['platform'],
    person: 'alice',
    status: 'checked',
    notes: [],
    holdings: [
      {
        kind: 'user',
        id: 'u-alice',
        label: 'user',
        details: {
          upn: UPN,
          enabled: true,
          synced: false,
          created: '2024-01-01T00:00:00Z',
          sessions_valid_from: '2024-01-01T00:00:00Z',
          ...user
        }
      },
      ...more
    ]
  }
}
const group = (id: string, details: Record<string, unknown> = {}): Holding => ({
  kind: 'group_membership',
  id,
  label: 'group',
  details: {
    name: `name-${id.slice(-1)}`,
    dynamic: false,
    synced: false,
    exchange: false,
    role_assignable: false,
    rule: null,
    ...details
  }
})
const appRole: Holding = {
  kind: 'app_role_assignment',
  id: 'ara1',
  label: 'app',
  details: { app: 'Salesforce' }
}
const role: Holding = {
  kind: 'directory_role',
  id: 'r1',
  label: 'role',
  details: { name: 'Exchange Administrator' }
}

const summary = (d: Discovery, scope: Scope = departure, c = config()) =>
  planEntra(d, scope, c).steps.map(
    s => `${s.action} ${s.mode}${s.after.length ? ` after ${s.after.length}` : ''}`
  )

describe('an Entra departure plan', () => {
  it('blocks sign-in and revokes sessions first, then everything else, in two round trips', () => {
    const plan = planEntra(found({}, group(G1), appRole, role), departure, config())
    expect(plan.steps.map(s => `${s.action} ${s.mode} after ${s.after.length}`)).toEqual([
      'disable_sign_in auto after 0',
      'revoke_sign_in_sessions auto after 0',
      'remove_group_member auto after 2',
      'remove_app_role_assignment auto after 2',
      'remove_directory_role manual after 2'
    ])
    expect(planDepth(plan.steps)).toBe(2)
    // Containment: the executor runs them before any platform's other steps.
    expect(plan.steps.filter(s => s.contain).map(s => s.action)).toEqual([
      'disable_sign_in',
      'revoke_sign_in_sessions'
    ])
    expect(plan.steps[2]).toMatchObject({
      id: `entra/alice/remove_group_member/${G1}`,
      target: `${UPN}/name-1 (${G1})`,
      params: { user_id: 'u-alice', upn: UPN, group_id: G1 }
    })
  })

  it('deletes last with on_departure: delete: depth 3', () => {
    const plan = planEntra(found({}, group(G1)), departure, config({ on_departure: 'delete' }))
    const del = plan.steps.at(-1)!
    expect(del).toMatchObject({ action: 'delete_user', mode: 'auto' })
    expect(del.after).toEqual(plan.steps.slice(0, -1).map(s => s.id))
    expect(planDepth(plan.steps)).toBe(3)
  })

  it('leaves to a human what Graph cannot change, and says who can', () => {
    const reasons = planEntra(
      found(
        {},
        group(G1, { dynamic: true, rule: 'user.department -eq "Sales"' }),
        group(G2, { synced: true }),
        group('0e9b8c1a-0000-4000-8000-000000000003', { exchange: true }),
        group('0e9b8c1a-0000-4000-8000-000000000004', { role_assignable: true })
      ),
      departure,
      config()
    )
      .steps.filter(s => s.mode === 'manual')
      .map(s => s.reason)
    expect(reasons).toEqual([
      expect.stringMatching(
        /has dynamic membership \(rule: user.department -eq "Sales"\): its rule decides/
      ),
      expect.stringMatching(
        /is synchronized from on-premises Active Directory: remove the member there/
      ),
      expect.stringMatching(/remove the member in Exchange Online/),
      expect.stringMatching(
        /is role-assignable: removing a member needs RoleManagement\.ReadWrite\.Directory/
      )
    ])
  })

  it('leaves app role assignments to an administrator when configured so', () => {
    expect(
      summary(found({}, appRole), departure, config({ app_role_assignments: 'manual' }))
    ).toContain('remove_app_role_assignment manual after 2')
  })

  it('plans nothing for a user whose sign-in is blocked and sessions revoked since it was created', () => {
    expect(summary(found({ enabled: false, sessions_valid_from: '2026-11-20T09:00:00Z' }))).toEqual(
      []
    )
  })

  it('still revokes the sessions of a blocked user that were never revoked', () => {
    expect(summary(found({ enabled: false }))).toEqual(['revoke_sign_in_sessions auto'])
  })

  it('leaves a synchronized user’s sign-in and deletion to on-premises AD, and revokes sessions here', () => {
    expect(summary(found({ synced: true }), departure, config({ on_departure: 'delete' }))).toEqual(
      ['disable_sign_in manual', 'revoke_sign_in_sessions auto', 'delete_user manual after 1']
    )
  })

  it('refuses to block or delete the last Global Administrator, or one it could not count', () => {
    const last = planEntra(
      found({ global_admin: true, other_global_admins: 0 }),
      departure,
      config({ on_departure: 'delete' })
    )
    expect(last.steps.map(s => s.action)).toEqual(['revoke_sign_in_sessions'])
    expect(last.refused).toEqual([
      {
        platform: 'entra',
        person: 'alice',
        target: UPN,
        reason: expect.stringMatching(/is the last enabled Global Administrator of the tenant/)
      }
    ])
    const unknown = planEntra(
      found({ global_admin: true, other_global_admins: null }),
      departure,
      config()
    )
    expect(unknown.refused[0].reason).toMatch(
      /could not read the tenant's other Global Administrators/
    )
    expect(
      planEntra(found({ global_admin: true, other_global_admins: 2 }), departure, config()).refused
    ).toEqual([])
  })

  it('touches nothing of a protected user, by UPN or object id, whatever the case', () => {
    for (const p of ['ALICE@acme.onmicrosoft.com', 'U-ALICE']) {
      const plan = planEntra(found({}, group(G1)), departure, config({ protected: [p] }))
      expect(plan.steps).toEqual([])
      expect(plan.refused[0].reason).toMatch(
        /is protected \(entra.protected in platforms.yaml\): never touched/
      )
    }
  })

  it('plans nothing for a discovery that is not checked', () => {
    expect(
      planEntra({ ...found({}, group(G1)), status: 'not_checked' }, departure, config())
    ).toEqual({ steps: [], refused: [] })
  })
})

describe('an Entra reduction plan', () => {
  it('leaves only the groups the scope removes, and refuses one held through nesting', () => {
    const scope: Scope = {
      kind: 'reduction',
      remove: [entraGroupGrant(G1.toUpperCase()), entraGroupGrant(G2)]
    }
    const nested: Holding = {
      kind: 'nested_group_membership',
      id: G2,
      label: 'nested',
      details: { name: 'Everyone' }
    }
    const plan = planEntra(
      found({}, group(G1), group('0e9b8c1a-0000-4000-8000-000000000009'), nested),
      scope,
      config()
    )
    expect(plan.steps.map(s => [s.action, s.params.group_id, s.after])).toEqual([
      ['remove_group_member', G1, []]
    ])
    expect(plan.refused.map(r => r.target)).toEqual([`${UPN}/Everyone (${G2})`])
  })
})

describe('the entra declarations', () => {
  const parts = JSON.parse(
    readFileSync(new URL('../src/connectors/entra/schema.json', import.meta.url), 'utf8')
  )
  const platforms = JSON.parse(
    readFileSync(new URL('../schemas/platforms.schema.json', import.meta.url), 'utf8')
  )
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  const compile = (part: string) => ajv.compile({ $defs: platforms.$defs, ...parts[part] })
  const platform = compile('platform')
  const account = compile('account')
  const grants = compile('grants')
  const block = {
    tenant_id: 'acme.onmicrosoft.com',
    client_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
  }

  it('accepts each kind of credential, by the name of its variable only', () => {
    for (const credentials of [
      undefined,
      { type: 'github_oidc', audience: 'api://AzureADTokenExchange' },
      { type: 'client_secret', secret_env: 'ENTRA_SECRET' },
      { type: 'certificate', certificate_env: 'ENTRA_CERT' }
    ])
      expect(
        platform({
          ...block,
          credentials,
          on_departure: 'delete',
          protected: ['root@acme.onmicrosoft.com'],
          retry: { retries: 5 }
        })
      ).toBe(true)
    for (const bad of [
      { ...block, credentials: { type: 'client_secret' } },
      { ...block, credentials: { type: 'client_secret', secret: 'abc' } },
      { ...block, credentials: { type: 'client_secret', secret_env: 'not a name' } },
      { ...block, base_url: 'https://evil.example' },
      { ...block, client_id: 'offboard-app' },
      { ...block, on_departure: 'suspend' },
      {
        ...block,
        read_client_id: 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        credentials: { type: 'client_secret', secret_env: 'ENTRA_SECRET' }
      }
    ])
      expect(platform(bad)).toBe(false)
    expect(platform({ ...block, read_client_id: 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee' })).toBe(
      true
    )
  })

  it('names groups by object id, and the account by user principal name', () => {
    expect(grants({ groups: [G1] })).toBe(true)
    expect(grants({ groups: ['Engineering'] })).toBe(false)
    expect(account(UPN)).toBe(true)
    expect(account('alice')).toBe(false)
  })

  it('fills in defaults: federated credentials, sign-in blocked, the user kept', () => {
    expect(entraDefaults(block)).toEqual({
      ...block,
      credentials: { type: 'github_oidc', audience: 'api://AzureADTokenExchange' },
      on_departure: 'disable',
      app_role_assignments: 'remove',
      protected: []
    })
  })

  it('grants one group however a role spells its id, and folds UPNs', () => {
    const role = { id: 'r', grants: { entra: { groups: [G1.toUpperCase()] } } } as unknown as Role
    expect(entraRoleGrants(role)).toEqual([{ platform: 'entra', kind: 'entra_group', value: G1 }])
    expect(foldEntraAccount('Alice@Acme.OnMicrosoft.com')).toBe(UPN)
  })
})
