// The simulated Entra ID: its descriptor for the sandbox (one server: the identity platform and
// Graph), and what the tests and the benchmarks use of it. Its seed reads the declarations
// through the connector's vocabulary (the `entra` block, accounts.entra, grants.entra) into the
// plain EntraSeed that seed.ts turns into a tenant.
import {
  declaredEntraAccount,
  ENTRA_GROUP,
  entraConfigOf,
  entraRoleGrants
} from '../../connectors/entra/vocabulary.js'
import {
  AUTHORITY_URL_ENV,
  GRAPH_URL_ENV,
  OIDC_TOKEN_ENV,
  OIDC_URL_ENV,
  type EntraConfig
} from '../../connectors/entra/types.js'
import type { SandboxPlatform } from '../shared/descriptor.js'
import type { ScenarioBase } from '../shared/scenario.js'
import { seededPeople, SEED_CREATED, valuesOf, type SeedInput } from '../shared/seeding.js'
import { OIDC_PATH } from './login.js'
import { createEntraPlatform, type EntraPlatformOptions } from './platform.js'
import { checkEntra, type EntraScenario } from './scenario.js'
import { seedEntra, type EntraSeed, type SeededEntra } from './seed.js'
import type { EntraSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { seedEntra, WRITER_PERMISSIONS, type EntraSeed, type SeededEntra } from './seed.js'

type Input = SeedInput<ScenarioBase & EntraScenario>

export interface EntraSandboxOptions {
  /** Checks each Graph request against a contract (tests pass the metadata check). */
  checkEntraRequest?: EntraPlatformOptions['checkRequest']
}

/** The plain seed of the tenant platforms.yaml's `entra` block names. */
export function entraSeedOf(input: Input, config: EntraConfig): EntraSeed {
  const declaredGroups = [...input.decl.roles.values()].flatMap(r =>
    entraRoleGrants(r).map(g => g.value)
  )
  const people = seededPeople(input).flatMap(p => {
    const groups = valuesOf(p.grants, ENTRA_GROUP)
    const account = declaredEntraAccount(p.person)
    const holds = p.holds.entra
    if (!holds && !(p.active && (account || groups.length))) return []
    return [
      {
        upn: account ?? p.person.email,
        name: p.person.name,
        email: p.person.email,
        active: p.active,
        groups,
        holds
      }
    ]
  })
  return {
    tenantId: config.tenant_id,
    clientId: config.client_id,
    ...(config.read_client_id ? { readClientId: config.read_client_id } : {}),
    credentials: config.credentials,
    people,
    declaredGroups: [...new Set(declaredGroups)],
    groups: input.scenario.entra?.groups,
    others: input.scenario.others?.entra,
    permissions: input.scenario.entra?.permissions,
    created: SEED_CREATED
  }
}

/** The environment that points the connector at the simulated tenant and hands it the
 *  credential platforms.yaml says it uses. */
export function entraEnv(
  config: EntraConfig,
  seeded: SeededEntra,
  url: string
): Record<string, string> {
  const env: Record<string, string> = { [GRAPH_URL_ENV]: url, [AUTHORITY_URL_ENV]: url }
  const c = config.credentials
  if (c.type === 'client_secret') env[c.secret_env] = seeded.secret ?? ''
  else if (c.type === 'certificate') env[c.certificate_env] = seeded.certificatePem ?? ''
  else {
    env[OIDC_URL_ENV] = `${url}${OIDC_PATH}?api-version=2.0`
    env[OIDC_TOKEN_ENV] = seeded.state.oidc.requestToken
  }
  return env
}

export const entra: SandboxPlatform<{
  key: 'entra'
  scenario: EntraScenario
  seeded: SeededEntra | undefined
  state: EntraSimState | undefined
  tokens: never
  options: EntraSandboxOptions
}> = {
  key: 'entra',
  name: 'entra',
  servers: decl => (entraConfigOf(decl.platforms) ? ['entra'] : []),
  seed: input => {
    const config = entraConfigOf(input.decl.platforms)
    return config ? seedEntra(entraSeedOf(input, config)) : undefined
  },
  state: seeded => seeded?.state,
  start(seeded, { decl, options }) {
    const config = entraConfigOf(decl.platforms)!
    return {
      servers: [
        {
          platform: createEntraPlatform(seeded.state, { checkRequest: options.checkEntraRequest })
            .platform,
          env: url => entraEnv(config, seeded, url)
        }
      ]
    }
  },
  check: checkEntra
}
