// The simulated Google Workspace: its descriptor for the sandbox (one server, the Admin SDK and
// the token services), and what the tests use of it. Registering it is its line in
// src/sandbox/registry.ts (and node scripts/compile-schemas.mjs for its scenario part).
import { scopesFor } from '../../connectors/google/auth.js'
import {
  declaredAccount,
  foldAccount,
  googleBlock,
  roleGrants
} from '../../connectors/google/declared.js'
import {
  API_URL_ENV,
  AUTH_URL_ENV,
  googleConfig,
  type GoogleConfig
} from '../../connectors/google/types.js'
import { byName } from '../../declarations/names.js'
import type { SandboxPlatform } from '../shared/descriptor.js'
import { sandboxKeyPem } from '../shared/keys.js'
import type { SeedInput } from '../shared/seeding.js'
import type { ScenarioBase } from '../shared/scenario.js'
import { createGooglePlatform, type GooglePlatformOptions } from './platform.js'
import { checkGoogle, type GoogleScenario } from './scenario.js'
import { seedGoogle, type GoogleSeedInput } from './seed.js'
import type { GoogleSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { seedGoogle, type GoogleSeedInput } from './seed.js'

export interface GoogleSandboxOptions {
  /** Checks each Admin SDK request against a contract (tests pass the discovery check). */
  checkGoogleRequest?: GooglePlatformOptions['checkRequest']
}

/** The customer id the sandbox answers for `my_customer`. */
export const SANDBOX_CUSTOMER = 'C0sandbox'
const SERVICE_ACCOUNT = 'offboard@offboard-sandbox.iam.gserviceaccount.com'

/** The Google part of the declarations and the scenario, as seedGoogle takes it. */
export function googleSeedInput(
  input: SeedInput<ScenarioBase & GoogleScenario>
): GoogleSeedInput | undefined {
  const { decl, scenario } = input
  const block = googleBlock(decl.platforms)
  if (!block) return undefined
  const config = googleConfig(block)
  const groupsOf = (roles: string[]) => [
    ...new Map(
      roles
        .flatMap(r => {
          const role = decl.roles.get(r)
          return role ? roleGrants(role) : []
        })
        .map(g => [foldAccount(g.value), g.value])
    ).values()
  ]
  return {
    customerId: config.customer_id === 'my_customer' ? SANDBOX_CUSTOMER : config.customer_id,
    domain: config.domain ?? config.admin.split('@')[1].toLowerCase(),
    admin: config.admin,
    people: [...decl.people.values()].map(p => ({
      id: p.id,
      name: p.name,
      email: declaredAccount(p) ?? p.email,
      active: p.status === 'active',
      groups: p.status === 'active' ? groupsOf(p.roles) : [],
      holds: byName(scenario.people, p.id)?.google
    })),
    declaredGroups: groupsOf([...decl.roles.keys()]),
    others: scenario.others?.google ?? [],
    now: input.now
  }
}

/** What the sandbox's credentials are made of: a service account key, or for workload
 *  identity federation the OIDC request token of the simulated GitHub Actions. */
export interface GoogleSandboxTokens {
  serviceAccountKey?: string
  oidcRequestToken?: string
}

export const google: SandboxPlatform<{
  key: 'google'
  scenario: GoogleScenario
  seeded: GoogleSimState | undefined
  state: GoogleSimState | undefined
  tokens: GoogleSandboxTokens | undefined
  options: GoogleSandboxOptions
}> = {
  key: 'google',
  name: 'google',
  servers: decl => (googleBlock(decl.platforms) ? ['google'] : []),
  seed: input => {
    const plain = googleSeedInput(input)
    return plain && seedGoogle(plain)
  },
  state: seeded => seeded,
  start(state, { decl, options, token }) {
    const config = googleConfig(googleBlock(decl.platforms)!)
    const { tokens, env } = sandboxCredentials(state, config, token)
    const { platform } = createGooglePlatform(state, {
      oidcRequestToken: tokens.oidcRequestToken,
      checkRequest: options.checkGoogleRequest
    })
    return {
      tokens,
      servers: [
        {
          platform,
          env: url => ({ ...env(url), [API_URL_ENV]: url, [AUTH_URL_ENV]: url })
        }
      ]
    }
  },
  check: c => checkGoogle(c, googleBlock(c.decl.platforms) !== undefined)
}

/** A service account delegated every scope offboard asks for, and the environment that hands
 *  its credentials to the connector the way platforms.yaml says they come. */
export function sandboxCredentials(
  state: GoogleSimState,
  config: Pick<GoogleConfig, 'credentials'>,
  token: (prefix: string) => string
): { tokens: GoogleSandboxTokens; env: (url: string) => Record<string, string> } {
  const { credentials } = config
  const { publicKey, privateKey } = sandboxKeyPem('google service account')
  const delegatedScopes = [...new Set([...scopesFor('read', true), ...scopesFor('write', true)])]
  const clientId = '100000000000000000042'
  if ('workload_identity' in credentials) {
    const { audience, service_account } = credentials.workload_identity
    state.serviceAccounts.push({
      email: service_account,
      clientId,
      publicKey,
      privateKey,
      delegatedScopes
    })
    state.pools.push({ audience, serviceAccounts: [service_account] })
    const oidcRequestToken = token('ghoidc-')
    return {
      tokens: { oidcRequestToken },
      env: url => ({
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_actions/idtoken?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcRequestToken
      })
    }
  }
  state.serviceAccounts.push({ email: SERVICE_ACCOUNT, clientId, publicKey, delegatedScopes })
  const serviceAccountKey = JSON.stringify({
    type: 'service_account',
    project_id: 'offboard-sandbox',
    private_key_id: token('').slice(0, 40),
    private_key: privateKey,
    client_email: SERVICE_ACCOUNT,
    client_id: clientId,
    token_uri: 'https://oauth2.googleapis.com/token'
  })
  return {
    tokens: { serviceAccountKey },
    env: () => ({ [credentials.key_env]: serviceAccountKey })
  }
}
