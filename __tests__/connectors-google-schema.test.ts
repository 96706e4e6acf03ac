// What the Google connector brings to the declarations: its parts of the access tree's schemas
// (src/connectors/google/schema.json), which compile the way scripts/compile-schemas.mjs
// compiles the others (ajv strict mode) and accept and refuse what docs/google.md says, and the
// cross-file check of transfer_drive_to.
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { transferDriveProblem } from '../src/connectors/google/declared.js'
import { loadFromDirectory } from '../src/declarations/load.js'
import parts from '../src/connectors/google/schema.json' with { type: 'json' }
import platformsSchema from '../schemas/platforms.schema.json' with { type: 'json' }
import { googleDeclarations } from './support/google-fixture.js'
import { exampleAccess, scratchTree } from './support/tree.js'

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true })
;(addFormatsModule as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['email', 'date', 'uri'])
const $defs = { retry: platformsSchema.$defs.retry }
const platform = ajv.compile({ ...parts.platform, $defs })
const account = ajv.compile(parts.account)
const grants = ajv.compile(parts.grants)

const AUDIENCE =
  '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/offboard'

describe('the google: block', () => {
  it.each([
    { admin: 'admin@acme.example' },
    {
      admin: 'admin@acme.example',
      customer_id: 'C01abc2de',
      domain: 'acme.example',
      credentials: { key_env: 'GOOGLE_KEY' },
      on_departure: 'delete',
      transfer_drive_to: 'bob',
      protected: ['breakglass@acme.example'],
      retry: { retries: 2 }
    },
    {
      admin: 'admin@acme.example',
      credentials: {
        workload_identity: {
          audience: AUDIENCE,
          service_account: 'offboard@acme-ops.iam.gserviceaccount.com'
        }
      }
    }
  ])('accepts %j', block => {
    expect([platform(block), platform.errors]).toEqual([true, null])
  })

  it.each([
    ['no admin', {}],
    ['an unknown key', { admin: 'a@acme.example', org: 'acme' }],
    [
      'a key itself instead of its variable',
      { admin: 'a@acme.example', credentials: { key_env: '{"private_key": "x"}' } }
    ],
    [
      'two kinds of credentials',
      { admin: 'a@acme.example', credentials: { key_env: 'K', workload_identity: {} } }
    ],
    [
      'an audience that is no workload identity provider',
      {
        admin: 'a@acme.example',
        credentials: {
          workload_identity: {
            audience: 'https://evil.example',
            service_account: 'offboard@p.iam.gserviceaccount.com'
          }
        }
      }
    ],
    ['another departure', { admin: 'a@acme.example', on_departure: 'deactivate' }],
    ['a customer id of another shape', { admin: 'a@acme.example', customer_id: 'acme' }]
  ])('refuses %s', (_what, block) => {
    expect(platform(block)).toBe(false)
  })
})

describe('accounts.google and grants.google', () => {
  it('takes a primary email, and group emails', () => {
    expect(account('alice@acme.example')).toBe(true)
    expect(account('alice')).toBe(false)
    expect(grants({ groups: ['eng@acme.example'] })).toBe(true)
    expect(grants({ groups: ['eng'] })).toBe(false)
    expect(grants({ groups: ['eng@acme.example', 'eng@acme.example'] })).toBe(false)
    expect(grants({ teams: [] })).toBe(false)
  })
})

describe('transfer_drive_to', () => {
  const { people } = googleDeclarations({}, [
    { id: 'bob', google: 'bob@acme.example' },
    { id: 'carol' },
    { id: 'dave', google: 'dave@acme.example', departed: true }
  ])
  it('names an active person with a Google account', () => {
    expect(transferDriveProblem({}, people)).toBeUndefined()
    expect(transferDriveProblem({ transfer_drive_to: 'bob' }, people)).toBeUndefined()
    expect(transferDriveProblem({ transfer_drive_to: 'bbo' }, people)).toBe(
      'google.transfer_drive_to names no person "bbo": did you mean "bob"?'
    )
    expect(transferDriveProblem({ transfer_drive_to: 'carol' }, people)).toBe(
      'google.transfer_drive_to names carol, who declares no accounts.google: declare the account the Drive files go to in people/carol.yaml'
    )
    expect(transferDriveProblem({ transfer_drive_to: 'dave' }, people)).toMatch(
      /dave, who is departed/
    )
  })
})

describe('offboard validate', () => {
  /** The example tree's diagnostics, with `transfer_drive_to: <to>` in its google: block. */
  async function validated(to: string) {
    const text = readFileSync(join(exampleAccess, 'platforms.yaml'), 'utf8')
    const lines = text.split('\n')
    const at = lines.indexOf('google:') + 1
    lines.splice(at, 0, `  transfer_drive_to: ${to}`)
    const { diagnostics } = await loadFromDirectory(
      'access',
      scratchTree({ 'platforms.yaml': lines.join('\n') })
    )
    return { line: at + 1, said: diagnostics.map(d => `${d.file}:${d.line}: ${d.message}`) }
  }

  it('accepts transfer_drive_to naming an active person with a Google account', async () => {
    expect((await validated('alice')).said).toEqual([])
  })

  it.each([
    ['nobody declared', 'alcie', 'names no person "alcie": did you mean "alice"?'],
    ['a departed person', 'judy', 'names judy, who is departed: name an active person'],
    [
      'a person without accounts.google',
      'bob',
      'names bob, who declares no accounts.google: declare the account the Drive files go to in people/bob.yaml'
    ]
  ])('refuses transfer_drive_to naming %s, at its line', async (_what, to, message) => {
    const { line, said } = await validated(to)
    expect(said).toEqual([`access/platforms.yaml:${line}: google.transfer_drive_to ${message}`])
  })
})
