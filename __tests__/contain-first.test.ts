import { describe, expect, it } from '@jest/globals'
import type {
  Discovery,
  Holding,
  Outcome,
  PlatformWriter,
  Step
} from '../src/connectors/connector.js'
import { planAws } from '../src/connectors/aws/plan.js'
import { descriptorOf } from '../src/connectors/registry.js'
import { planScimApp } from '../src/connectors/scim/plan.js'
import { planSlack } from '../src/connectors/slack/plan.js'
import type { AwsConfig, ScimAppConfig, SlackConfig } from '../src/declarations/types.js'
import { execute } from '../src/execute.js'
import { fakeWriter, planOf, sleep } from './support/plan.js'

const departure = { kind: 'departure' as const }
const found = (platform: string, holdings: Holding[], arn?: string): Discovery => ({
  platform,
  person: 'alice',
  status: 'checked',
  account: { id: 'AIDA1', display: 'alice', ...(arn ? { arn } : {}) },
  holdings,
  notes: []
})
const settings = <T>(platform: string, raw: unknown): T => descriptorOf(platform).settings(raw) as T

const aws = planAws(
  found(
    'aws',
    [
      { kind: 'access_key', id: 'AKIAEXAMPLE0001', label: 'key', details: { active: true } },
      { kind: 'access_key', id: 'AKIAEXAMPLE0002', label: 'old key', details: { active: false } },
      { kind: 'login_profile', id: 'login', label: 'console password' },
      { kind: 'group', id: 'dev', label: 'group dev' },
      { kind: 'managed_policy', id: 'arn:aws:iam::aws:policy/ReadOnlyAccess', label: 'policy' }
    ],
    'arn:aws:iam::123456789012:user/alice'
  ),
  departure,
  { config: settings<AwsConfig>('aws', {}) }
).steps
const slack = planSlack(
  found('slack', [{ kind: 'member', id: 'U1', label: 'alice', details: { team_id: 'T1' } }]),
  departure,
  settings<SlackConfig>('slack', { deactivate_with: 'scim' })
).steps
const jira = settings<ScimAppConfig[]>('scim', [
  { name: 'jira', base_url: 'https://jira.example/scim/v2', token_env: 'JIRA_TOKEN' }
])[0]
const scim = planScimApp(
  'scim:jira',
  jira,
  found('scim:jira', [
    { kind: 'app_account', id: 'u-1', label: 'alice', details: { active: true, userName: 'alice' } }
  ]),
  departure
).steps

describe('containment first on AWS, Slack and SCIM', () => {
  it('marks what ends sign-in and credentials, and nothing that only cleans up', () => {
    const contained = (steps: Step[]) => steps.filter(s => s.contain).map(s => s.action)
    expect(contained(aws).sort()).toEqual([
      'deactivate_access_key',
      'delete_login_profile',
      'revoke_sessions'
    ])
    expect(contained(slack)).toEqual(['reset_sessions', 'deactivate_user'])
    expect(contained(scim)).toEqual(['deactivate_user'])
    // A reduction contains nothing: the person keeps signing in.
    const reduced = planScimApp(
      'scim:jira',
      jira,
      found('scim:jira', [{ kind: 'app_account', id: 'u-1', label: 'alice', details: {} }]),
      { kind: 'reduction', remove: [{ platform: 'scim:jira', kind: 'scim_app', value: 'jira' }] }
    )
    expect(reduced.steps.map(s => [s.action, s.contain ?? false])).toEqual([
      ['deactivate_user', false]
    ])
  })

  it("runs each platform's containment before its clean-up, the Slack reset before its deactivation", async () => {
    const events: string[] = []
    const run = async (s: Step): Promise<Outcome> => {
      events.push(`start ${s.id}`)
      await sleep(20)
      events.push(`end ${s.id}`)
      return { result: 'revoked', detail: '' }
    }
    const writers = new Map<string, PlatformWriter>(
      ['aws', 'slack', 'scim:jira'].map(p => [p, fakeWriter(p, run)])
    )
    const steps = [...aws, ...slack, ...scim]
    const done = await execute(planOf(steps), writers)
    expect(done.counts.failed).toBe(0)
    const at = (e: string) => events.indexOf(e)
    for (const own of [aws, slack, scim]) {
      const lastContained = Math.max(...own.filter(s => s.contain).map(s => at(`end ${s.id}`)))
      const cleanUp = own.filter(s => !s.contain).map(s => at(`start ${s.id}`))
      expect(lastContained).toBeLessThan(Math.min(Infinity, ...cleanUp))
    }
    // Every platform's containment starts at once: none waits for another's.
    const contained = steps.filter(s => s.contain && s.after.length === 0)
    expect(Math.max(...contained.map(s => at(`start ${s.id}`)))).toBeLessThan(
      Math.min(...steps.map(s => at(`end ${s.id}`)))
    )
    const [reset, deactivate] = slack
    expect(at(`end ${reset.id}`)).toBeLessThan(at(`start ${deactivate.id}`))
  })
})
