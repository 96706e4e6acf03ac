// The simulated IAM Identity Center: its descriptor for the sandbox (one server for both
// Identity Store and SSO admin, which checks no signature), and what the tests use of it.
// Registering it is its line in src/sandbox/registry.ts.
import type { SandboxPlatform } from '../shared/descriptor.js'
import { createSsoPlatform } from './platform.js'
import { checkSso, type SsoScenario } from './scenario.js'
import { seedSso, ssoSeedOf } from './seed.js'
import type { SsoSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { seedSso, type SsoSeed, type SsoSeedUser } from './seed.js'

export const awsSso: SandboxPlatform<{
  key: 'sso'
  scenario: SsoScenario
  seeded: SsoSimState | undefined
  state: SsoSimState | undefined
  tokens: never
  options: object
}> = {
  key: 'sso',
  name: 'aws-sso',
  servers: decl => (decl.platforms.aws_sso ? ['aws-sso'] : []),
  seed: input => {
    const seed = ssoSeedOf(input)
    return seed && seedSso(seed)
  },
  state: seeded => seeded,
  start: (state, { seed }) => ({
    servers: [
      {
        platform: createSsoPlatform(state, { seed }),
        env: url => ({
          AWS_ENDPOINT_URL_IDENTITYSTORE: url,
          AWS_ENDPOINT_URL_SSO_ADMIN: url,
          // The sandbox checks no signature: any key signs.
          AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
          AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
        })
      }
    ]
  }),
  check: checkSso
}
