// AWS IAM as the core sees it: IAM users (aws:) in the credentials' own account, instance `aws`,
// or with aws.accounts in each member account, instance `aws:<id>`, reached through the role
// assumed there; a person's IAM user name (accounts.aws: the same name in every account, or
// one per account id); a role's groups and managed policies (grants.aws, in every account).
import type { PlatformName } from '../../grants.js'
import { lazily, NO_PATH, type Instance, type PlatformDescriptor } from '../descriptor.js'
import { AWS_CONCURRENCY } from '../shared/aws-sdk.js'
import {
  awsGrants,
  awsSettings,
  isProtected,
  type AwsConfig,
  type AwsGrants,
  type AwsInstanceConfig,
  type AwsMemberAccount
} from './settings.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { AwsConfig, AwsGrants, AwsInstanceConfig, AwsMemberAccount }

const instanceOf = (id: string): PlatformName => `aws:${id}`
/** The member account an instance works in; undefined for `aws`. */
const accountOf = (instance: PlatformName): string | undefined =>
  instance.startsWith('aws:') ? instance.slice('aws:'.length) : undefined
/** The account id in a role ARN (arn:aws:iam::123456789012:role/offboard). */
const arnAccount = (arn: string) => arn.split(':')[4]

function instances(config: AwsConfig | undefined): Instance<AwsInstanceConfig>[] {
  if (!config) return []
  if (!config.accounts) return [{ name: 'aws', settings: config }]
  return config.accounts.map(assume => ({
    name: instanceOf(assume.id),
    settings: { ...config, assume },
    detail: assume.role_arn
  }))
}

export const aws: PlatformDescriptor<{
  key: 'aws'
  settings: AwsConfig | undefined
  instance: AwsInstanceConfig
  /** One IAM user name for every account, or account id -> name. */
  account: string | Record<string, string>
  grants: AwsGrants
}> = {
  key: 'aws',
  title: 'AWS IAM',
  settings: raw => awsSettings(raw as Partial<AwsConfig> | undefined),
  grants: raw => awsGrants(raw as Partial<AwsGrants>),
  instances,
  // A name alone is declared under the key: in every account of aws.accounts (registry.ts
  // instancesNamed), or in the credentials' own account without them.
  declaredAccounts: account =>
    typeof account === 'string'
      ? [{ instance: 'aws', account, path: NO_PATH }]
      : Object.entries(account).map(([id, name]) => ({
          instance: instanceOf(id),
          account: name,
          path: [id]
        })),
  accountPath: () => [],
  accountLabel: instance => {
    const id = accountOf(instance)
    return id ? `account ${id} IAM user` : 'IAM user'
  },
  // IAM refuses both "Bob" and "bob" in one account.
  foldAccount: s => s.toLowerCase(),
  // One protected list for every account.
  isProtected: (config, user) => isProtected(user, config),
  lookupByEmail: false,
  // In every account; without an aws block, as `aws` (validate reports the block missing).
  roleGrants: (grants, config) =>
    (config ? instances(config).map(i => i.name) : ['aws']).flatMap(platform => [
      ...grants.groups.map(value => ({ platform, kind: 'aws_group', value })),
      ...grants.policies.map(value => ({ platform, kind: 'aws_policy', value }))
    ]),
  grantedInstances: () => [{ instance: 'aws', path: [] }],
  grantKinds: { aws_group: 'IAM group', aws_policy: 'IAM policy' },
  credentials:
    'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role; with aws.accounts, ones that may assume each role)',
  concurrency: AWS_CONCURRENCY,
  staleCredentials: { kind: 'access_key', days: settings => settings?.stale_key_days },
  unconfigured(instance, config, remedy) {
    const id = accountOf(instance)
    if (!id || !config) return undefined
    return `AWS account ${id} is not in aws.accounts of platforms.yaml: add it there ({ id: "${id}", role_arn: ... }), or ${remedy}`
  },
  checkSettings(config, report) {
    const seen = new Set<string>()
    config?.accounts?.forEach((account, i) => {
      const at = ['aws', 'accounts', i]
      if (seen.has(account.id))
        report(
          [...at, 'id'],
          `AWS account ${account.id} is listed twice in aws.accounts: keep one entry per account`
        )
      seen.add(account.id)
      for (const key of ['role_arn', 'read_role_arn'] as const) {
        const arn = account[key]
        const roleIn = arn && arnAccount(arn)
        if (roleIn && roleIn !== account.id)
          report(
            [...at, key],
            `${key} ${arn} is a role in account ${roleIn}, not in ${account.id}: name the role offboard assumes in account ${account.id} (arn:aws:iam::${account.id}:role/...)`
          )
      }
    })
  },
  trust(base, head, notes, standard) {
    if (base && head) trustAccounts(base, head, notes)
    return standard(['accounts'])
  },
  connector: async instance => (await connectorModule()).awsConnector(instance)
}

/** Where credentials go is base's to say: head's differences in aws.accounts are notices. */
function trustAccounts(
  base: AwsConfig,
  head: AwsConfig,
  notes: Parameters<NonNullable<(typeof aws)['trust']>>[2]
): void {
  const [b, h] = [base.accounts, head.accounts]
  const ids = (list: AwsMemberAccount[]) => list.map(a => a.id).join(', ')
  if (!b && h)
    return notes.added(
      'aws.accounts',
      `head assumes roles in AWS accounts ${ids(h)} (this change works in the credentials' own account)`
    )
  if (b && !h)
    return notes.dropped(
      'aws.accounts',
      `head removes aws.accounts (${ids(b)}), leaving the credentials' own account`,
      ...b.map(a => instanceOf(a.id))
    )
  if (!b || !h) return
  const inHead = new Map(h.map(a => [a.id, a]))
  const inBase = new Set(b.map(a => a.id))
  for (const account of b) {
    const other = inHead.get(account.id)
    const setting = `aws.accounts[${account.id}]`
    if (other) notes.compare(setting, account, other)
    else notes.dropped(setting, 'head removes this AWS account', instanceOf(account.id))
  }
  for (const account of h)
    if (!inBase.has(account.id))
      notes.added(
        `aws.accounts[${account.id}]`,
        `head adds AWS account ${account.id} (role ${account.role_arn})`
      )
}
