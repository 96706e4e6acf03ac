// Okta as the core sees it: an org (okta:), a person's login (accounts.okta, or found by
// email), a role's groups (grants.okta). What it uses of this folder it reads inside functions:
// the registry reads descriptors while the core's modules may still be loading.
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import { isProtected } from './plan.js'
import { credentialsProblem, oktaConfig, type OktaBlock, type OktaConfig } from './types.js'
import type { OktaRoleGrants } from './types.js'
import { foldAccount } from './vocabulary.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { OktaConfig, OktaRoleGrants }

export const okta: PlatformDescriptor<OneInstance<'okta', OktaConfig, OktaRoleGrants>> = {
  key: 'okta',
  title: 'Okta',
  settings: raw => (raw === undefined ? undefined : oktaConfig(raw as OktaBlock)),
  grants: raw => ({ groups: (raw as Partial<OktaRoleGrants>).groups ?? [] }),
  ...singleInstance<'okta', OktaConfig>('okta', s => s.org_url),
  accountLabel: () => 'Okta login',
  foldAccount: login => foldAccount(login),
  isProtected: (config, login) => isProtected(config, login),
  lookupByEmail: true,
  roleGrants: grants =>
    grants.groups.map(value => ({ platform: 'okta', kind: 'okta_group', value })),
  grantKinds: { okta_group: 'Okta group' },
  credentials:
    'the API token in the variable okta.token_env names (or the service app key okta.private_key_env names)',
  // The schema cannot say "exactly one way of signing in" as clearly.
  checkSettings(config, report) {
    const problem = config && credentialsProblem(config)
    if (problem) report(['okta'], problem)
  },
  connector: async instance => (await connectorModule()).oktaConnector(instance.settings)
}
