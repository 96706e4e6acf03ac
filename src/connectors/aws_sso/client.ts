// The two clients every IAM Identity Center step and listing goes through: Identity Store
// (users, groups, memberships) and SSO admin (permission sets, account assignments), both in
// the instance's home region, on the default credential chain (or keys from the given
// environment), at the endpoints AWS_ENDPOINT_URL_IDENTITYSTORE / AWS_ENDPOINT_URL_SSO_ADMIN
// name (moto, the sandbox), with the SDK's adaptive retries within the retry budget and, for
// plan and audit, a guard that refuses any command that could change something.
import { IdentitystoreClient } from '@aws-sdk/client-identitystore'
import { SSOAdminClient } from '@aws-sdk/client-sso-admin'
import type { ConnectorContext } from '../connector.js'
import {
  credentialProblem as problemOf,
  errorText,
  guarded,
  sdkConfig,
  type ClientOptions
} from '../shared/aws-sdk.js'
import { retryBudget, type RetryBudget } from '../shared/retry-budget.js'
import type { AwsSsoConfig } from './types.js'

export { errorText }

/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(List|Describe|Get|IsMember)[A-Za-z]*Command$/

export interface SsoClients {
  store: IdentitystoreClient
  admin: SSOAdminClient
  /** The call budget both use, for the waits on asynchronous requests too. */
  budget: RetryBudget
}

export function ssoClients(
  ctx: ConnectorContext,
  config: AwsSsoConfig,
  opts: ClientOptions
): SsoClients {
  const env = ctx.env
  const budget = retryBudget(ctx.platforms, config.retry)
  const common = { ...sdkConfig(ctx, budget, opts.credentials), region: config.region }
  const store = new IdentitystoreClient({
    ...common,
    endpoint: env.AWS_ENDPOINT_URL_IDENTITYSTORE ?? env.AWS_ENDPOINT_URL
  })
  const admin = new SSOAdminClient({
    ...common,
    // The store's provider: the chain is walked once for both.
    credentials: opts.credentials ?? store.config.credentials,
    endpoint: env.AWS_ENDPOINT_URL_SSO_ADMIN ?? env.AWS_ENDPOINT_URL
  })
  const guards = (service: string) => ({
    readOnly: opts.readOnly ? { allowed: READ_ONLY, service } : undefined,
    onRequest: opts.onRequest
  })
  return {
    store: guarded(store, ctx, budget, guards('AWS Identity Store')),
    admin: guarded(admin, ctx, budget, guards('AWS SSO admin')),
    budget
  }
}

/** Resolves the clients' credentials once; a reason when there are none. */
export const credentialProblem = (clients: SsoClients): Promise<string | undefined> =>
  problemOf(clients.store)

/** The error's name, when it is an AWS service answer. */
export const errorName = (err: unknown): string => (err instanceof Error ? err.name : '')

/** What an error answer asks of the user: the policy to grant, or to rerun. */
export function hint(err: unknown, policy: 'read-only' | 'write'): string {
  const name = errorName(err)
  if (/AccessDenied|Unauthorized|UnrecognizedClient/.test(name))
    return `the role needs the ${policy} policy in docs/aws-sso.md`
  if (/Throttl|TooManyRequests/.test(name))
    return 'AWS kept throttling within the retry budget: rerun later, it resumes where it stopped'
  return 'rerun: it resumes where it stopped'
}
