// A member account's credentials (aws.accounts): the role named there (for plan and audit its
// read-only role, if one is named), assumed with the run's own credentials through STS. One
// session per connector, renewed by the SDK before it expires; its name says offboard and the
// run, so the member account's CloudTrail says who acted.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { ConnectorContext } from '../connector.js'
import { errorText, guarded, sdkConfig } from '../shared/aws-sdk.js'
import type { RetryBudget } from '../shared/retry-budget.js'
import type { AwsMemberAccount } from './settings.js'

/** STS is asked for nothing else, by a reader or a writer (assuming a role changes nothing). */
const ASSUME_ONLY = /^AssumeRoleCommand$/

/** A failed AssumeRole, as plans and records say it: the role, the account, what to fix. */
export class AssumeRoleError extends Error {
  override name = 'AssumeRoleError'
}

/** The role session's keys, and when they expire (the SDK renews them shortly before). */
interface SessionCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration?: Date
}

export interface AssumedRole {
  /** Base credentials' STS client: `credentialProblem` of it says when there are none. */
  sts: STSClient
  provider: () => Promise<SessionCredentials>
}

export function assumedRole(
  ctx: ConnectorContext,
  account: AwsMemberAccount,
  budget: RetryBudget,
  readOnly: boolean
): AssumedRole {
  const env = ctx.env
  const sts = guarded(
    new STSClient({
      ...sdkConfig(ctx, budget),
      region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      endpoint: env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL
    }),
    ctx,
    budget,
    { readOnly: { allowed: ASSUME_ONLY, service: 'AWS STS' } }
  )
  // Plan and audit assume the read-only role where there is one.
  const role = (readOnly && account.read_role_arn) || account.role_arn
  const provider = async (): Promise<SessionCredentials> => {
    let answer
    try {
      answer = await sts.send(
        new AssumeRoleCommand({
          RoleArn: role,
          RoleSessionName: sessionName(ctx, readOnly),
          ...(account.external_id ? { ExternalId: account.external_id } : {})
        })
      )
    } catch (err) {
      throw new AssumeRoleError(
        `could not assume ${role} in AWS account ${account.id}: ${errorText(err)} (${assumeHint(err, account)})`
      )
    }
    const c = answer.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new AssumeRoleError(
        `could not assume ${role} in AWS account ${account.id}: STS answered without credentials (rerun once STS answers)`
      )
    ctx.maskSecret(c.SecretAccessKey)
    ctx.maskSecret(c.SessionToken)
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      ...(c.Expiration ? { expiration: c.Expiration } : {})
    }
  }
  return { sts, provider }
}

function assumeHint(err: unknown, account: AwsMemberAccount): string {
  const name = err instanceof Error ? err.name : ''
  if (/AccessDenied|Unauthorized/.test(name))
    return (
      `the role's trust policy must let the principal offboard runs as call sts:AssumeRole` +
      (account.external_id ? ' with this external id' : '') +
      ', and that principal may need sts:AssumeRole on the role in its own policy: docs/aws.md, "Several accounts"'
    )
  if (/NoSuchEntity|MalformedPolicy|ValidationError|InvalidParameter/.test(name))
    return `check the role's ARN for ${account.id} in aws.accounts of platforms.yaml`
  return 'rerun once STS answers'
}

/** `offboard-apply-run1234-1`, `offboard-read-pr17`: AssumeRole's session name, which the
 *  member account logs with every call ([\w+=,.@-], at most 64 characters). */
export function sessionName(ctx: ConnectorContext, readOnly: boolean): string {
  const { GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = ctx.env
  const which = run
    ? `run${run}${attempt ? `-${attempt}` : ''}`
    : ctx.change
      ? ctx.change.pr
        ? `pr${ctx.change.pr}`
        : ctx.change.head.slice(0, 12)
      : 'local'
  return `offboard-${readOnly ? 'read' : 'apply'}-${which}`
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64)
}
