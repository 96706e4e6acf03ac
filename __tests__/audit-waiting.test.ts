// Manual steps apply left to a human (deploy keys) are read back from the log, checked one by
// one on the platform, and reported as manual_step_pending until they are gone.
import { useNock } from './support/nock.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { auditPlatforms } from '../src/audit/index.js'
import type {
  Inventory,
  PlatformReader,
  WaitingCheck,
  WaitingStep
} from '../src/connectors/connector.js'
import { chain, type Entry } from '../src/log/record.js'
import { waitingSteps } from '../src/log/waiting.js'
import { answer, connector, context } from './support/connectors-github-fixtures.js'
import { declarations, githubConfig, person, platforms } from './support/declarations.js'

useNock()
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})

const entry = (fields: Partial<Entry>): Entry => ({
  at: '2026-11-26T05:00:00.000Z',
  person: 'alice',
  change: { base: 'a', head: 'b', pr: 3, approvers: [] },
  actor: 'ci',
  platform: 'github',
  action: 'remove_org_membership',
  target: 'alice-gh',
  result: 'revoked',
  detail: '',
  ...fields
})
const keyRecord = (target: string, at = '2026-11-26T05:00:00.000Z') =>
  entry({
    at,
    action: 'review_deploy_key',
    target,
    result: 'skipped',
    detail: 'needs a human: deploy key added by alice-gh'
  })
const logText = (entries: Entry[]) =>
  chain(entries)
    .map(r => JSON.stringify(r))
    .join('\n')

describe('waiting steps in the log', () => {
  it('are the skipped manual records, once each, whatever else the log holds', () => {
    const files = [
      {
        path: 'access/log/2026.jsonl',
        text: `${logText([
          entry({}),
          keyRecord('api deploy key 42 "ci"'),
          entry({ result: 'skipped', action: 'refuse', detail: 'protected' }),
          keyRecord('api deploy key 42 "ci"', '2026-11-27T05:00:00.000Z'),
          keyRecord('web deploy key "old" (...1234)')
        ])}\n{"truncated":\n`
      }
    ]
    expect(waitingSteps(files)).toEqual([
      {
        person: 'alice',
        platform: 'github',
        action: 'review_deploy_key',
        target: 'api deploy key 42 "ci"',
        at: '2026-11-26T05:00:00.000Z'
      },
      {
        person: 'alice',
        platform: 'github',
        action: 'review_deploy_key',
        target: 'web deploy key "old" (...1234)',
        at: '2026-11-26T05:00:00.000Z'
      }
    ])
  })
})

const waiting = (target: string, action = 'review_deploy_key'): WaitingStep => ({
  person: 'alice',
  platform: 'github',
  action,
  target,
  at: '2026-11-26T05:00:00.000Z'
})

describe('github: deploy keys left to a human, read back', () => {
  const key = { id: 42, title: 'ci', read_only: false, last_used: '2026-11-30T10:00:00Z' }

  it('reads each key by its id: there is pending, 404 is done, an error stays pending', async () => {
    answer({
      'GET /repos/acme/api/keys/42': [200, key],
      'GET /repos/acme/web/keys/7': [404, { message: 'Not Found' }],
      'GET /repos/acme/ops/keys/9': [403, { message: 'Resource not accessible by integration' }]
    })
    const checks = await connector.reader(context().ctx).stillWaiting!([
      waiting('api deploy key 42 "ci"'),
      waiting('web deploy key 7 "old"'),
      waiting('ops deploy key 9 "x"')
    ])
    expect(checks.map(c => [c.step.target, c.pending, c.detail])).toEqual([
      [
        'api deploy key 42 "ci"',
        true,
        "still there (read-write, last used 2026-11-30): rotate or delete it in the repository's settings"
      ],
      ['web deploy key 7 "old"', false, 'gone'],
      [
        'ops deploy key 9 "x"',
        true,
        expect.stringMatching(/^could not be read back: GitHub answered 403/)
      ]
    ])
  })

  it('keys logged by the last 4 digits of their id are found by title in the repository', async () => {
    answer({
      'GET /repos/acme/api/keys': [
        200,
        [
          { ...key, id: 551234 },
          { ...key, id: 9, title: 'x' }
        ]
      ],
      'GET /repos/acme/web/keys': [200, [{ ...key, id: 9991234, title: 'other' }]]
    })
    const checks = await connector.reader(context().ctx).stillWaiting!([
      waiting('api deploy key "ci" (...1234)'),
      waiting('web deploy key "ci" (...1234)')
    ])
    expect(checks.map(c => c.pending)).toEqual([true, false])
  })

  it('a manual step it does not know stays pending, to be checked by hand', async () => {
    const [check] = await connector.reader(context().ctx).stillWaiting!([
      waiting('U1', 'deactivate_user')
    ])
    expect(check).toMatchObject({ pending: true, detail: expect.stringMatching(/by hand/) })
  })
})

describe('audit: manual_step_pending', () => {
  const decl = declarations(
    platforms({ github: githubConfig('acme', []) }),
    [
      person('alice', {
        status: 'departed',
        departed_on: '2026-11-25',
        accounts: { github: 'alice-gh' }
      })
    ],
    []
  )
  const empty: Inventory = {
    platform: 'github',
    status: 'checked',
    accounts: [],
    requests: 1,
    notes: []
  }
  const reader = (checks: (steps: WaitingStep[]) => WaitingCheck[]): PlatformReader => ({
    platform: 'github',
    discover: async () => {
      throw new Error('not used')
    },
    planSteps: () => ({ steps: [], refused: [] }),
    list: async () => empty,
    stillWaiting: async steps => checks(steps)
  })

  it('reports each key still there as medium drift, until the platform shows it gone', async () => {
    const steps = [waiting('api deploy key 42 "ci"'), waiting('web deploy key 7 "old"')]
    const drift = await auditPlatforms(
      decl,
      [
        reader(s =>
          s.map(step => ({
            step,
            pending: step.target.startsWith('api'),
            detail: step.target.startsWith('api') ? 'still there (read-write)' : 'gone'
          }))
        )
      ],
      { waiting: steps }
    )
    expect(drift.findings).toEqual([
      {
        kind: 'manual_step_pending',
        severity: 'medium',
        platform: 'github',
        account: 'alice-gh',
        person: 'alice',
        target: 'api deploy key 42 "ci"',
        detail:
          'api deploy key 42 "ci": left to a human by apply on 2026-11-26 (review_deploy_key); still there (read-write)'
      }
    ])
  })

  it('a read-back that throws leaves every step pending; platforms that cannot check are left out', async () => {
    const failing = reader(() => {
      throw new Error('boom')
    })
    const drift = await auditPlatforms(decl, [failing], {
      waiting: [waiting('api deploy key 42 "ci"'), { ...waiting('U1'), platform: 'slack' }]
    })
    expect(drift.findings.map(f => [f.kind, f.platform, f.detail])).toEqual([
      ['manual_step_pending', 'github', expect.stringMatching(/could not be read back: boom$/)]
    ])
  })
})
