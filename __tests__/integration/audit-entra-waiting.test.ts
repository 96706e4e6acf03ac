// A departure's Entra steps left to a human (a dynamic group's membership) are read back by
// the audit from the log's records: manual_step_pending while Graph still shows them, gone
// once it does not, on the simulated tenant of the example tree.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { applyChange } from '../../src/apply.js'
import { auditPlatforms } from '../../src/audit/index.js'
import { openReaders } from '../../src/connectors/index.js'
import { platformDescriptors } from '../../src/connectors/registry.js'
import type { Declarations } from '../../src/declarations/types.js'
import { chain } from '../../src/log/record.js'
import { waitingSteps } from '../../src/log/waiting.js'
import { findGroup } from '../../src/sandbox/entra/index.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../src/sandbox/inputs.js'
import { repoRoot } from '../support/tree.js'

/** The scenario's dynamic group alice is in ("All engineers"). */
const DYNAMIC = '2b7f4c1e-8a3d-4f6b-9c2e-1d5a7b3c9e03'

let sandbox: Sandbox
let base: Declarations
let head: Declarations
beforeAll(async () => {
  const loaded = await loadSandboxInputs('access', repoRoot)
  if (!loaded.ok) throw new Error(loaded.message)
  const { declarations, scenario } = loaded
  // Entra ID only, sign-in blocked and the user kept: she stays in the dynamic group.
  base = {
    ...declarations,
    platforms: {
      ...declarations.platforms,
      // The other platforms as absent blocks leave them.
      ...Object.fromEntries(platformDescriptors().map(d => [d.key, d.settings(undefined)])),
      entra: { ...declarations.platforms.entra!, on_departure: 'disable' }
    },
    people: new Map(declarations.people)
  }
  head = { ...base, people: new Map(base.people) }
  head.people.set('alice', {
    ...head.people.get('alice')!,
    status: 'departed',
    departed_on: '2026-11-25'
  })
  sandbox = await startSandbox(base, scenario)
})
afterAll(() => sandbox?.close())

it('reports the dynamic group membership as manual_step_pending until Graph shows it gone', async () => {
  const env = { env: { ...sandbox.env }, maskSecret: () => {}, log: () => {} }
  const applied = await applyChange(
    { label: 'base', declarations: base },
    { label: 'head', declarations: head },
    env,
    { change: { base: 'b', head: 'h', pr: null, approvers: [] }, actor: 'test' }
  )
  expect(applied.entries.filter(e => e.result === 'failed')).toEqual([])
  const text = chain(applied.entries)
    .map(r => JSON.stringify(r))
    .join('\n')
  const waiting = waitingSteps([{ path: 'access/log/2026.jsonl', text }])
  expect(waiting).toEqual([
    expect.objectContaining({
      platform: 'entra',
      action: 'remove_group_member',
      target: `alice@acme.onmicrosoft.com/All engineers (${DYNAMIC})`,
      account_id: expect.any(String)
    })
  ])
  const pending = async () =>
    (
      await auditPlatforms(head, await openReaders({ ...env, platforms: head.platforms }), {
        waiting
      })
    ).findings.filter(f => f.kind === 'manual_step_pending')

  expect(await pending()).toEqual([
    expect.objectContaining({
      platform: 'entra',
      person: 'alice',
      account: 'alice@acme.onmicrosoft.com',
      target: `alice@acme.onmicrosoft.com/All engineers (${DYNAMIC})`,
      detail: expect.stringMatching(/still a member: .*rule/)
    })
  ])

  // A human changes the rule: Graph drops her from the group.
  const group = findGroup(sandbox.states.entra!, DYNAMIC)!
  const user = sandbox.states.entra!.users.find(
    u => u.userPrincipalName === 'alice@acme.onmicrosoft.com'
  )!
  group.members = group.members.filter(m => m !== user.id)
  expect(await pending()).toEqual([])
}, 60_000)
