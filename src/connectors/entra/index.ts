// Microsoft Entra ID as the core sees it: a tenant (entra:), a person's userPrincipalName
// (accounts.entra, or found by email), a role's groups by object id (grants.entra). What it
// imports from this folder is used inside functions only: the registry reads descriptors
// lazily (see registry.ts).
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import { entraDefaults, type EntraBlock, type EntraConfig } from './types.js'
import {
  ENTRA_GROUP,
  ENTRA_GROUP_LABEL,
  entraGrants,
  foldEntraAccount,
  isProtected
} from './vocabulary.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { EntraConfig }
export interface EntraGrants {
  groups: string[]
}

export const entra: PlatformDescriptor<OneInstance<'entra', EntraConfig, EntraGrants>> = {
  key: 'entra',
  title: 'Entra ID',
  settings: raw => (raw === undefined ? undefined : entraDefaults(raw as EntraBlock)),
  grants: raw => ({ groups: (raw as Partial<EntraGrants>).groups ?? [] }),
  ...singleInstance<'entra', EntraConfig>('entra'),
  accountLabel: () => 'Entra user',
  foldAccount: account => foldEntraAccount(account),
  isProtected: (config, upn) => isProtected(config, upn),
  lookupByEmail: true,
  roleGrants: grants => entraGrants(grants),
  grantKinds: { [ENTRA_GROUP]: ENTRA_GROUP_LABEL },
  credentials:
    "the Entra app's credentials: the GitHub OIDC token (id-token: write), or the secret or certificate variable the entra block names",
  connector: async instance => (await connectorModule()).entraConnector(instance.settings)
}
