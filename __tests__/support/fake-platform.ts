// A platform that exists only in tests: a made-up directory of users in groups. It has what
// every platform folder has (a descriptor, its part of the schemas, a connector), and is
// registered through the same registry as the built-in platforms: what adding one takes.
import type {
  ConnectorFactory,
  ConnectorContext,
  Discovery,
  Identity,
  Inventory,
  Outcome,
  PlatformPlan,
  Scope,
  Step
} from '../../src/connectors/connector.js'
import {
  singleInstance,
  type OneInstance,
  type PlatformDescriptor
} from '../../src/connectors/descriptor.js'

export interface FakeConfig {
  tenant: string
  protected: string[]
}

export interface FakeGrants {
  groups: string[]
}

export interface FakeUser {
  email: string
  active: boolean
  groups: string[]
}

/** The directory's users by name: what the connector reads and changes. */
export type FakeTenant = Map<string, FakeUser>

/** Its part of the schemas, as src/connectors/<platform>/schema.json holds one. */
export const fakeSchemaPart = {
  key: 'fake',
  platform: {
    type: 'object',
    description: 'A made-up directory.',
    additionalProperties: false,
    required: ['tenant'],
    properties: {
      tenant: { type: 'string', minLength: 1, description: 'the tenant name' },
      protected: {
        type: 'array',
        uniqueItems: true,
        description: 'user names never touched',
        items: { type: 'string', minLength: 1 }
      }
    }
  },
  account: {
    type: 'string',
    pattern: '^[a-z][a-z0-9.]*$',
    description: 'a user name in lowercase, e.g. alice'
  },
  grants: {
    type: 'object',
    additionalProperties: false,
    properties: {
      groups: {
        type: 'array',
        uniqueItems: true,
        description: 'group names',
        items: { type: 'string', minLength: 1 }
      }
    }
  }
}

export const FAKE_CREDENTIALS = 'FAKE_TOKEN'

export function fakePlatform(
  tenant: FakeTenant
): PlatformDescriptor<OneInstance<'fake', FakeConfig, FakeGrants>> {
  return {
    key: 'fake',
    title: 'Fake directory',
    settings: raw =>
      raw === undefined
        ? undefined
        : { protected: [], ...(raw as Partial<FakeConfig> & { tenant: string }) },
    grants: raw => ({ groups: [], ...(raw as Partial<FakeGrants>) }),
    ...singleInstance<'fake', FakeConfig>('fake', s => s.tenant),
    accountLabel: () => 'fake user',
    foldAccount: s => s.toLowerCase(),
    isProtected: (config, user) => config.protected.includes(user.toLowerCase()),
    lookupByEmail: false,
    roleGrants: grants =>
      grants.groups.map(value => ({ platform: 'fake', kind: 'fake_group', value })),
    grantKinds: { fake_group: 'fake group' },
    credentials: FAKE_CREDENTIALS,
    connector: async instance => fakeConnector(instance.settings, tenant)
  }
}

function fakeConnector(config: FakeConfig, tenant: FakeTenant): ConnectorFactory {
  const reader = (ctx: ConnectorContext) => ({
    platform: 'fake',
    unavailable: ctx.env[FAKE_CREDENTIALS] ? undefined : `not checked: set ${FAKE_CREDENTIALS}`,
    async discover(who: Identity): Promise<Discovery> {
      const user = who.account === undefined ? undefined : tenant.get(who.account)
      const found = { platform: 'fake', person: who.person, notes: [] }
      if (!user || !who.account) return { ...found, status: 'no_account', holdings: [] }
      const account = who.account
      return {
        ...found,
        status: 'checked',
        account: { id: account, display: account },
        // A deactivated user holds nothing.
        holdings: user.active
          ? [
              { kind: 'user', id: account, label: `user ${account}` },
              ...user.groups.map(g => ({ kind: 'group', id: g, label: `group ${g}` }))
            ]
          : []
      }
    },
    planSteps(found: Discovery, scope: Scope): PlatformPlan {
      const user = found.account?.display ?? ''
      const step = (action: string, target: string, after: string[] = []): Step => ({
        id: `fake/${found.person}/${action}/${target}`,
        platform: 'fake',
        person: found.person,
        action,
        target,
        reason: scope.kind,
        after,
        mode: 'auto',
        params: { user, target }
      })
      if (config.protected.includes(user))
        return {
          steps: [],
          refused: [{ platform: 'fake', person: found.person, target: user, reason: 'protected' }]
        }
      const groups = found.holdings
        .filter(h => h.kind === 'group')
        .filter(h => scope.kind === 'departure' || scope.remove.some(g => g.value === h.id))
        .map(h => step('remove_group', h.id))
      const deactivate = found.holdings.some(h => h.kind === 'user')
        ? [
            step(
              'deactivate',
              user,
              groups.map(s => s.id)
            )
          ]
        : []
      return { steps: [...groups, ...(scope.kind === 'departure' ? deactivate : [])], refused: [] }
    },
    async list(): Promise<Inventory> {
      return {
        platform: 'fake',
        status: 'checked',
        accounts: [...tenant].map(([account, u]) => ({
          platform: 'fake',
          account,
          id: account,
          email: u.email,
          kind: 'user' as const,
          active: u.active,
          grants: u.groups.map(value => ({ platform: 'fake', kind: 'fake_group', value })),
          credentials: []
        })),
        requests: 1,
        notes: []
      }
    }
  })
  return {
    reader,
    writer: ctx => ({
      ...reader(ctx),
      async perform(s: Step): Promise<Outcome> {
        const user = tenant.get(String(s.params.user))
        if (!user) return { result: 'already_absent', detail: 'no such user' }
        if (s.action === 'deactivate') {
          if (!user.active) return { result: 'already_absent', detail: 'already deactivated' }
          user.active = false
          return { result: 'revoked', detail: 'deactivated' }
        }
        const before = user.groups.length
        user.groups = user.groups.filter(g => g !== s.params.target)
        return user.groups.length < before
          ? { result: 'revoked', detail: 'removed from the group' }
          : { result: 'already_absent', detail: 'not in the group' }
      }
    })
  }
}
