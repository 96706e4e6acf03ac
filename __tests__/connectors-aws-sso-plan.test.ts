// IAM Identity Center's pure parts: the plan's order and depth, the session deny as a policy
// statement, what the declarations give (grants, account, protection, defaults), and the
// schema parts' checks (12-digit account ids among them), compiled as the registry will.
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import schema from '../src/connectors/aws_sso/schema.json' with { type: 'json' }
import platformsSchema from '../schemas/platforms.schema.json' with { type: 'json' }
import { denyEntries, denySid, withDeny, withoutDeny } from '../src/connectors/aws_sso/deny.js'
import { planAwsSso, planDenyCleanup, USER_KIND } from '../src/connectors/aws_sso/plan.js'
import { foldAccount, isProtected, roleGrants } from '../src/connectors/aws_sso/rules.js'
import { awsSsoConfig, awsSsoGrants } from '../src/connectors/aws_sso/types.js'
import type { Discovery, Holding } from '../src/connectors/connector.js'
import { planDepth } from '../src/graph.js'
import { declaredAccount } from '../src/grants.js'
import { person } from './support/declarations.js'

const config = awsSsoConfig({
  instance_arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
  identity_store_id: 'd-1234567890',
  region: 'eu-west-1'
})
const PS = (n: string) => `arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-${n}`

const user = (details: Record<string, string | null> = {}): Holding => ({
  kind: USER_KIND,
  id: 'uid-1',
  label: 'Identity Center user alice',
  details: { userName: 'alice', status: 'ENABLED', ...details }
})
const assignment = (account: string, set: string): Holding => ({
  kind: 'account_assignment',
  id: `${account}/${PS(set)}`,
  label: '',
  details: { account, permission_set_arn: PS(set), permission_set: set }
})
const membership = (group: string): Holding => ({
  kind: 'group_membership',
  id: `m-${group}`,
  label: '',
  details: { group_id: `g-${group}`, group }
})
const viaGroup = (group: string, account: string, set: string): Holding => ({
  ...assignment(account, set),
  kind: 'group_assignment',
  id: `g-${group}/${account}/${PS(set)}`
})

const found = (holdings: Holding[]): Discovery => ({
  platform: 'aws_sso' as Discovery['platform'],
  person: 'alice',
  status: 'checked',
  holdings,
  notes: []
})
const ALL = [
  user(),
  assignment('111122223333', 'Deploy'),
  membership('ops'),
  viaGroup('ops', '111122223333', 'Admin'),
  viaGroup('ops', '444455556666', 'Deploy')
]

describe('plan', () => {
  it('denies each set the user can use once, removes what is theirs, then deletes: depth 3', () => {
    const { steps } = planAwsSso(found(ALL), { kind: 'departure' }, config)
    expect(steps.map(s => `${s.action} ${s.target}`)).toEqual([
      'deny_sessions alice/Deploy',
      'deny_sessions alice/Admin',
      'remove_account_assignment alice/111122223333/Deploy',
      'remove_group_membership alice/ops',
      'delete_user alice'
    ])
    expect(planDepth(steps)).toBe(3)
    expect(steps.find(s => s.action === 'delete_user')!.after).toHaveLength(2)
    // The denies are containment: the executor runs them before any platform's other steps.
    expect(steps.filter(s => s.contain).map(s => s.action)).toEqual([
      'deny_sessions',
      'deny_sessions'
    ])
  })

  it('leaves the deny out without revoke_sessions, and waits for a human with disable', () => {
    const plain = planAwsSso(
      found(ALL),
      { kind: 'departure' },
      { ...config, revoke_sessions: false }
    )
    expect(plain.steps.some(s => s.action === 'deny_sessions')).toBe(false)
    expect(planDepth(plain.steps)).toBe(2)
    const disable = planAwsSso(
      found(ALL),
      { kind: 'departure' },
      { ...config, on_departure: 'disable' }
    )
    expect(disable.steps.filter(s => s.mode === 'manual').map(s => s.action)).toEqual([
      'disable_user'
    ])
    const disabled = planAwsSso(
      found([user({ status: 'DISABLED' })]),
      { kind: 'departure' },
      {
        ...config,
        on_departure: 'disable'
      }
    )
    expect(disabled.steps).toEqual([])
  })

  it('a reduction removes only the named group and direct assignment, and denies nothing', () => {
    const { steps } = planAwsSso(
      found(ALL),
      {
        kind: 'reduction',
        remove: [
          { platform: 'aws_sso', kind: 'aws_sso_group', value: 'ops' },
          {
            platform: 'aws_sso',
            kind: 'aws_sso_assignment',
            value: '111122223333/Deploy'
          },
          {
            platform: 'aws_sso',
            kind: 'aws_sso_assignment',
            value: '444455556666/Deploy'
          },
          { platform: 'aws', kind: 'aws_group', value: 'ops' }
        ]
      },
      config
    )
    expect(steps.map(s => s.action)).toEqual([
      'remove_group_membership',
      'remove_account_assignment'
    ])
    expect(planDepth(steps)).toBe(1)
  })

  it('refuses a protected user and marks steps of a user found by email', () => {
    expect(
      planAwsSso(found(ALL), { kind: 'departure' }, { ...config, protected: ['ALICE'] })
    ).toEqual({
      steps: [],
      refused: [
        expect.objectContaining({ target: 'alice', reason: expect.stringContaining('protected') })
      ]
    })
    const looked = planAwsSso(found([user({ found_by: 'lookup' })]), { kind: 'departure' }, config)
    expect(looked.steps.map(s => s.params.found_by)).toEqual(['lookup'])
  })

  it('plans the removal of stale denies, one independent step each', () => {
    const steps = planDenyCleanup(
      [
        {
          permissionSet: 'Deploy',
          permissionSetArn: PS('Deploy'),
          sid: 'OffboardSessionDenyX',
          userId: 'uid-1'
        }
      ],
      () => 'alice'
    )
    expect(steps).toEqual([
      expect.objectContaining({
        action: 'remove_session_deny',
        target: 'uid-1/Deploy',
        after: [],
        params: expect.objectContaining({
          sid: 'OffboardSessionDenyX',
          permission_set_arn: PS('Deploy')
        })
      })
    ])
  })
})

describe('the session deny statement', () => {
  const at = new Date('2026-11-26T05:00:00.123Z')
  const others = {
    Version: '2012-10-17',
    Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' }
  }

  it('is added beside what the policy says, once per user, and found again with its time', () => {
    const once = withDeny(JSON.stringify(others), 'abc-123', new Date('2026-01-01T00:00:00Z'))
    const twice = withDeny(once, 'abc-123', at)
    const doc = JSON.parse(twice) as { Statement: unknown[] }
    expect(doc.Statement).toEqual([
      others.Statement,
      {
        Sid: 'OffboardSessionDenyabc123At20261126T050000Z',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { 'identitystore:userId': 'abc-123' } }
      }
    ])
    expect(denyEntries(twice)).toEqual([
      { sid: denySid('abc-123', at), userId: 'abc-123', at: '2026-11-26T05:00:00Z' }
    ])
  })

  it('is removed alone, and an inline policy left empty is dropped', () => {
    const both = withDeny(JSON.stringify(others), 'abc-123', at)
    expect(JSON.parse(withoutDeny(both, denySid('abc-123', at))!)).toEqual({
      ...others,
      Statement: [others.Statement]
    })
    expect(withoutDeny(withDeny('', 'abc-123', at), denySid('abc-123', at))).toBeUndefined()
  })

  it('refuses a policy that is not JSON, and finds no deny in one', () => {
    expect(() => withDeny('{', 'u', at)).toThrow('its inline policy is not JSON')
    expect(denyEntries('{')).toEqual([])
    // A statement named like ours but allowing, or without the user condition, is not ours.
    const lookalike = JSON.stringify({ Statement: [{ Sid: denySid('u', at), Effect: 'Allow' }] })
    expect(denyEntries(lookalike)).toEqual([])
  })
})

describe('declarations', () => {
  it('fills defaults and gives each role grant its kind and value', () => {
    expect(config).toEqual({
      instance_arn: config.instance_arn,
      identity_store_id: 'd-1234567890',
      region: 'eu-west-1',
      on_departure: 'delete',
      revoke_sessions: true,
      protected: []
    })
    const grants = awsSsoGrants({
      assignments: [{ account: '012345678901', permission_set: 'Deploy' }]
    })
    expect(roleGrants(grants)).toEqual([
      { platform: 'aws_sso', kind: 'aws_sso_assignment', value: '012345678901/Deploy' }
    ])
    expect(roleGrants(awsSsoGrants({}))).toEqual([])
  })

  it('compares user names without regard to case', () => {
    expect(foldAccount('Alice.Liddell')).toBe('alice.liddell')
    expect(isProtected('BreakGlass', { protected: ['breakglass'] })).toBe(true)
    expect(declaredAccount(person('alice', { accounts: { aws_sso: 'alice' } }), 'aws_sso')).toBe(
      'alice'
    )
  })
})

describe('schema parts', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  const check = (part: object) =>
    ajv.compile({ ...part, $defs: { retry: platformsSchema.$defs.retry } })
  const platform = check(schema.platform)
  const grants = check(schema.grants)
  const account = check(schema.account)

  it('requires the connection settings and refuses unknown keys', () => {
    const ok = {
      instance_arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
      identity_store_id: 'd-1234567890',
      region: 'eu-west-1'
    }
    expect(platform({ ...ok, on_departure: 'disable', retry: { retries: 1 } })).toBe(true)
    expect(platform({ ...ok, region: undefined })).toBe(false)
    expect(platform({ ...ok, identity_store_id: 'd-XYZ' })).toBe(false)
    expect(platform({ ...ok, revoke: true })).toBe(false)
  })

  it('takes only 12-digit account ids, as strings', () => {
    const one = (a: unknown) => grants({ assignments: [{ account: a, permission_set: 'Deploy' }] })
    expect(one('012345678901')).toBe(true)
    for (const bad of ['12345678901', '1234567890123', '12345678901a', 123456789012])
      expect(one(bad)).toBe(false)
    expect(grants({ assignments: [{ account: '012345678901' }] })).toBe(false)
    expect(grants({ groups: ['Developers'], extra: [] })).toBe(false)
    expect(account('alice@acme.example')).toBe(true)
    expect(account('')).toBe(false)
  })
})
