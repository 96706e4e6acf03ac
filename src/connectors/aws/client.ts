// The IAM client every AWS step and listing goes through: an AWS SDK client as every AWS
// platform's is (shared/aws-sdk.ts: credentials, retries within the budget, timeouts, masking),
// at the configured endpoint, and for plan and audit refusing any command that could change
// something. In a member account of aws.accounts it signs with the role assumed there
// (assume.ts).
import { IAMClient } from '@aws-sdk/client-iam'
import type { ConnectorContext, PlatformName } from '../connector.js'
import {
  credentialProblem,
  errorText,
  guarded,
  sdkConfig,
  type ClientOptions
} from '../shared/aws-sdk.js'
import { retryBudget } from '../shared/retry-budget.js'
import { AssumeRoleError, assumedRole } from './assume.js'
import type { AwsInstanceConfig } from './settings.js'

export { errorText }

/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(Get|List)[A-Za-z]*Command$|^GenerateCredentialReportCommand$/

/** What AWS's discover, list and perform work with: one account's IAM. The credentials are
 *  resolved once, by whichever comes first: `problem` is why there are none, known from then
 *  on. */
export interface Iam {
  ctx: ConnectorContext
  /** `aws`, or `aws:<id>` for a member account: what its discoveries, steps and listings name. */
  platform: PlatformName
  config: AwsInstanceConfig
  client: IAMClient
  readOnly: boolean
  credentials(): Promise<string | undefined>
  problem?: string
}

const DEFAULTS: AwsInstanceConfig = {
  on_departure: 'delete',
  revoke_sessions: true,
  protected: [],
  stale_key_days: 90
}

/** `instance` absent: the credentials' own account, as platforms.yaml's aws block says. */
export function connectIam(
  ctx: ConnectorContext,
  readOnly: boolean,
  instance?: { name: PlatformName; settings: AwsInstanceConfig }
): Iam {
  const config: AwsInstanceConfig = instance?.settings ?? ctx.platforms.aws ?? DEFAULTS
  const budget = retryBudget(ctx.platforms, config.retry)
  const role = config.assume && assumedRole(ctx, config.assume, budget, readOnly)
  const client = iamClient(ctx, { readOnly, credentials: role?.provider })
  const problem = async () => {
    if (!role) return credentialProblem(client)
    // The run's own credentials first: without them the answer is "no credentials".
    const own = await credentialProblem(role.sts)
    if (own) return own
    try {
      await client.config.credentials()
      return undefined
    } catch (err) {
      return `not checked: ${err instanceof AssumeRoleError ? err.message : errorText(err)}`
    }
  }
  let checked: Promise<string | undefined> | undefined
  const iam: Iam = {
    ctx,
    platform: instance?.name ?? 'aws',
    config,
    client,
    readOnly,
    credentials: () => (checked ??= problem().then(p => (iam.problem = p)))
  }
  return iam
}

export function iamClient(ctx: ConnectorContext, opts: ClientOptions): IAMClient {
  const env = ctx.env
  const budget = retryBudget(ctx.platforms, ctx.platforms.aws?.retry)
  const client = new IAMClient({
    ...sdkConfig(ctx, budget, opts.credentials),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint: env.AWS_ENDPOINT_URL_IAM ?? env.AWS_ENDPOINT_URL
  })
  return guarded(client, ctx, budget, {
    readOnly: opts.readOnly ? { allowed: READ_ONLY, service: 'AWS IAM' } : undefined,
    onRequest: opts.onRequest
  })
}

/** Ids of keys and certificates as shown and logged: the last 4 characters, after the
 *  prefix that only says what kind of id it is (AKIA access key, APKA SSH key, ...). */
export function shortId(id: string): string {
  const kind = /^(AKIA|ASIA|APKA|ACCA)/.exec(id)?.[1] ?? ''
  return `${kind}...${id.slice(-4)}`
}
