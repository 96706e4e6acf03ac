// IAM Identity Center as the core sees it: one instance and its identity store (aws_sso:), a
// person's Identity Store user name (accounts.aws_sso, or found by email), a role's groups and
// direct account assignments (grants.aws_sso). What it imports from its folder is used inside
// functions only: the registry reads descriptors lazily to break an import loop.
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import { AWS_CONCURRENCY } from '../shared/aws-sdk.js'
import { foldAccount, isProtected, roleGrants } from './rules.js'
import {
  awsSsoConfig,
  awsSsoGrants,
  type AwsSsoConfig,
  type AwsSsoGrants,
  type RawAwsSsoConfig
} from './types.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { AwsSsoConfig, AwsSsoGrants }

export const awsSso: PlatformDescriptor<OneInstance<'aws_sso', AwsSsoConfig, AwsSsoGrants>> = {
  key: 'aws_sso',
  title: 'AWS IAM Identity Center',
  settings: raw => (raw === undefined ? undefined : awsSsoConfig(raw as RawAwsSsoConfig)),
  grants: raw => awsSsoGrants(raw as Partial<AwsSsoGrants>),
  ...singleInstance<'aws_sso', AwsSsoConfig>('aws_sso', s => s.identity_store_id),
  accountLabel: () => 'Identity Center user',
  foldAccount: userName => foldAccount(userName),
  isProtected: (config, userName) => isProtected(userName, config),
  // The user is used only when exactly one Identity Store user has the email and nobody else
  // declares it (connector.ts).
  lookupByEmail: true,
  roleGrants: grants => roleGrants(grants),
  grantKinds: {
    aws_sso_group: 'Identity Center group',
    aws_sso_assignment: 'Identity Center assignment'
  },
  credentials: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role)',
  concurrency: AWS_CONCURRENCY,
  connector: async instance => (await connectorModule()).awsSsoConnector(instance.settings)
}
