// The simulated Google Workspace's descriptor, as registering it will use it: seeding from the
// declarations and the scenario, its part of the scenario schema and the checks the schema
// cannot make, and servers whose environment gives the connector its credentials either way
// (a service account key, or the GitHub OIDC token of workload identity federation).
import { afterEach, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { googleConnector } from '../src/connectors/google/connector.js'
import { googleBlock } from '../src/connectors/google/declared.js'
import { googleConfig } from '../src/connectors/google/types.js'
import type { YamlPath } from '../src/declarations/yaml.js'
import { findUser, google, googleSeedInput, seedGoogle } from '../src/sandbox/google/index.js'
import { checkGoogle, type GoogleScenario } from '../src/sandbox/google/scenario.js'
import part from '../src/sandbox/google/scenario-schema.json' with { type: 'json' }
import type { ScenarioBase, ScenarioCheck } from '../src/sandbox/shared/scenario.js'
import { startSimServer, type SimServer } from '../src/sandbox/shared/server.js'
import { connectorContext } from './support/connectors.js'
import { ADMIN, alice, googleDeclarations } from './support/google-fixture.js'

type Scenario = ScenarioBase & GoogleScenario

const decl = googleDeclarations(
  { customer_id: 'my_customer' },
  [
    { id: 'alice', google: 'alice@acme.example', roles: ['eng'] },
    { id: 'bob', roles: ['eng'] },
    { id: 'judy', departed: true }
  ],
  { eng: ['eng@acme.example'] }
)
const seedOf = (scenario: Scenario, d = decl) =>
  google.seed({ decl: d, scenario, now: new Date(), seed: 1, accessFiles: {} })

let server: SimServer | undefined
afterEach(() => server?.close())

describe('seeding the simulated Workspace', () => {
  it("puts active people in their roles' groups, departed ones only with what they kept", () => {
    const scenario: Scenario = {
      version: 1,
      people: { judy: { google: { oauth_apps: ['Slack'] } } },
      others: { google: [{ email: 'stray@acme.example', super_admin: true }] }
    }
    const input = googleSeedInput({ decl, scenario, now: new Date(), seed: 1, accessFiles: {} })
    expect(input).toMatchObject({
      customerId: 'C0sandbox',
      domain: 'acme.example',
      declaredGroups: ['eng@acme.example']
    })
    const state = seedGoogle(input!)
    const eng = state.groups.find(g => g.email === 'eng@acme.example')!
    expect(eng.members.map(m => m.email)).toEqual(['alice@acme.example', 'bob@acme.example'])
    expect(findUser(state, 'judy@acme.example')!.tokens.map(t => t.displayText)).toEqual(['Slack'])
    expect(findUser(state, 'stray@acme.example')).toMatchObject({ isAdmin: true })
    expect(findUser(state, ADMIN)).toMatchObject({ isAdmin: true, suspended: false })
  })

  it('has a server only where platforms.yaml has a google block', () => {
    expect(google.servers(decl)).toEqual(['google'])
    const none = googleDeclarations(undefined, [])
    expect(google.servers(none)).toEqual([])
    expect(seedOf({ version: 1 }, none)).toBeUndefined()
  })
})

describe("the simulated Workspace's part of the scenario schema", () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true })
  ;(addFormatsModule as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['email'])
  const person = ajv.compile({ $defs: part.$defs, ...part.person })
  const others = ajv.compile({ $defs: part.$defs, ...part.others.google })

  it('takes what a person may hold, and the users nobody declares', () => {
    const holds = {
      groups: ['incident@acme.example'],
      aliases: ['a@acme.example'],
      oauth_apps: ['Slack'],
      app_passwords: ['Mail'],
      backup_codes: true,
      super_admin: false,
      admin_roles: ['Groups Admin'],
      suspended: false,
      drive_files: 3
    }
    expect([person(holds), person.errors]).toEqual([true, null])
    expect(others([{ email: 'stray@acme.example', name: 'Stray', ...holds }])).toBe(true)
  })

  it('refuses unknown keys, and others without an email', () => {
    expect(person({ tokens: ['Slack'] })).toBe(false)
    expect(person({ groups: ['not-an-email'] })).toBe(false)
    expect(others([{ name: 'Stray' }])).toBe(false)
  })
})

describe("the simulated Workspace's scenario checks", () => {
  function problems(scenario: Scenario, configured = true) {
    const out: string[] = []
    const check: ScenarioCheck<Scenario> = {
      scenario,
      decl,
      people: Object.entries(scenario.people ?? {}).map(([id, holds]) => ({
        id,
        person: decl.people.get(id)!,
        holds
      })),
      problem: (path: YamlPath, message: string) => out.push(`${path.join('.')}: ${message}`),
      unconfigured: (path: YamlPath, block: string) => out.push(`${path.join('.')}: no ${block}`),
      needsAccount: () => {},
      notDeclared: () => {}
    }
    checkGoogle(check, configured)
    return out
  }

  it("names unknown admin roles, and others that are someone's account or listed twice", () => {
    expect(
      problems({
        version: 1,
        people: { alice: { google: { admin_roles: ['Owner'] } } },
        others: {
          google: [
            { email: 'BOB@acme.example' },
            { email: 'x@acme.example' },
            { email: 'x@acme.example' }
          ]
        }
      })
    ).toEqual([
      expect.stringMatching(
        /^people.alice.google.admin_roles.0: no admin role "Owner": use one of Super Admin, /
      ),
      "others.google.0.email: BOB@acme.example is bob's Google account: describe it under people.bob.google instead",
      'others.google.2.email: x@acme.example is listed twice'
    ])
  })

  it('says when platforms.yaml has no google block', () => {
    expect(
      problems(
        {
          version: 1,
          people: { alice: { google: {} } },
          others: { google: [{ email: 'x@acme.example' }] }
        },
        false
      )
    ).toEqual(['people.alice.google: no google', 'others.google: no google'])
  })
})

describe("the simulated Workspace's servers and the connector's credentials", () => {
  const keyless = {
    workload_identity: {
      audience:
        '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/offboard',
      service_account: 'offboard@acme-ops.iam.gserviceaccount.com'
    }
  }

  it.each([
    ['a service account key', {}, ['GOOGLE_SERVICE_ACCOUNT_KEY']],
    [
      'workload identity federation',
      { credentials: keyless },
      ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']
    ]
  ])('hand over %s through the environment', async (_how, block, names) => {
    const d = googleDeclarations({ customer_id: 'my_customer', ...block }, [
      { id: 'alice', google: 'alice@acme.example' }
    ])
    const seeded = seedOf({ version: 1 }, d)!
    const started = google.start(seeded, {
      decl: d,
      options: {},
      seed: 1,
      token: p => `${p}made-up`
    })
    const [{ platform, env }] = started.servers
    server = await startSimServer(platform)
    const vars = env(server.url)
    expect(Object.keys(vars).sort()).toEqual(
      [...names, 'OFFBOARD_GOOGLE_API_URL', 'OFFBOARD_GOOGLE_AUTH_URL'].sort()
    )
    const { ctx } = connectorContext({}, vars)
    const reader = googleConnector(googleConfig(googleBlock(d.platforms)!)).reader(ctx)
    const found = await reader.discover(alice, { kind: 'departure' })
    expect(found).toMatchObject({ status: 'checked', account: { display: 'alice@acme.example' } })
    expect(found.unread).toBeUndefined()
  })
})
