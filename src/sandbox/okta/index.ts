// The simulated Okta: its descriptor for the sandbox (one server, the org's Management API and
// token endpoint), and what the tests and the benchmarks use of it.
import { OKTA_URL_ENV, type OktaConfig } from '../../connectors/okta/types.js'
import { OKTA } from '../../connectors/okta/vocabulary.js'
import { declaredAccount } from '../../grants.js'
import type { SandboxPlatform } from '../shared/descriptor.js'
import { sandboxKeyPem } from '../shared/keys.js'
import { createOktaPlatform } from './platform.js'
import { checkOkta, type OktaScenario } from './scenario.js'
import { oktaSeedInput, seedOkta, type SeededOkta } from './seed.js'
import type { OktaSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { seedOkta, oktaSeedInput, type OktaSeedInput, type SeededOkta } from './seed.js'
export type { OktaScenario, OktaHolds, OtherOktaUser } from './scenario.js'

export const okta: SandboxPlatform<{
  key: 'okta'
  scenario: OktaScenario
  seeded: (SeededOkta & { block: OktaConfig }) | undefined
  state: OktaSimState | undefined
  /** The API token, or the service app's private key (PEM). */
  tokens: string | undefined
  options: object
}> = {
  key: 'okta',
  name: 'okta',
  servers: decl => (decl.platforms.okta ? ['okta'] : []),
  seed: input => {
    const block = input.decl.platforms.okta
    const plain = oktaSeedInput(input)
    return block && plain ? { ...seedOkta(plain), block } : undefined
  },
  state: seeded => seeded?.state,
  start({ state, tokenOwner, block }, { token }) {
    const env: Record<string, string> = {}
    let secret: string
    if (block.client_id && block.private_key_env) {
      // A service app as the block names it, with a key pair made up for this run.
      const pair = sandboxKeyPem('okta service app')
      secret = pair.privateKey
      state.serviceApps.push({
        clientId: block.client_id,
        publicKey: pair.publicKey,
        scopes: [
          'okta.users.manage',
          'okta.users.read',
          'okta.groups.manage',
          'okta.groups.read',
          'okta.roles.read'
        ]
      })
      env[block.private_key_env] = secret
    } else {
      secret = token('00')
      state.apiTokens.push({ token: secret, userId: tokenOwner })
      if (block.token_env) env[block.token_env] = secret
    }
    return {
      tokens: secret,
      servers: [
        {
          platform: createOktaPlatform(state),
          env: url => ({ ...env, [OKTA_URL_ENV]: url })
        }
      ]
    }
  },
  check: c => checkOkta(c, c.decl.platforms.okta !== undefined, p => declaredAccount(p, OKTA))
}
