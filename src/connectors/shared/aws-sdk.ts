// What every AWS SDK v3 client of offboard is, whatever its service (IAM, Identity Store, SSO
// admin, STS): keys from the given environment or the SDK's default chain, the SDK's adaptive
// retries asked first whether the retry budget (retry-budget.ts) allows each retry, every call
// and every attempt cut off when its time is up, for plan and audit a guard that refuses
// commands a reader must not send, a request count, and the credentials it signs with masked.
// Each platform's client.ts adds its region, its endpoint and its reader's allowed commands.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore'
import type { SSOAdminClient } from '@aws-sdk/client-sso-admin'
import type { STSClient } from '@aws-sdk/client-sts'
import type { ConnectorContext } from '../connector.js'
import { CallBudget, gaveUpPrefix, isTimeout, type RetryBudget } from './retry-budget.js'

export type SdkClient = IAMClient | IdentitystoreClient | SSOAdminClient | STSClient

/** Any client's middleware stack: they differ only in their commands' types, which the
 *  middleware below does not look at. */
const stackOf = (client: SdkClient) =>
  client.middlewareStack as unknown as IdentitystoreClient['middlewareStack']

/** What a platform's client.ts is asked for. */
export interface ClientOptions {
  readOnly: boolean
  /** Called once per HTTP attempt (retries included), to count requests. */
  onRequest?: () => void
  /** Another client's credential provider, so that credentials are resolved only once. */
  credentials?: SdkClient['config']['credentials']
}

/** Steps of an AWS platform apply runs at once: the SDK's socket pool (its HTTP handler's
 *  maxSockets), which more would only queue for; its adaptive retry mode slows the client
 *  down when AWS throttles. */
export const AWS_CONCURRENCY = 50

/** What a client is constructed with besides its region and endpoint. */
export function sdkConfig(
  ctx: ConnectorContext,
  budget: RetryBudget,
  credentials?: SdkClient['config']['credentials']
) {
  const attemptMs = budget.attempt_seconds * 1000
  return {
    credentials: credentials ?? envCredentials(ctx),
    // Set here, so that AWS_MAX_ATTEMPTS and AWS_RETRY_MODE meant for other tools do not apply.
    retryMode: 'adaptive',
    maxAttempts: budget.retries + 1,
    requestHandler: {
      connectionTimeout: attemptMs,
      requestTimeout: attemptMs,
      throwOnRequestTimeout: true
    }
  }
}

export interface Guards {
  /** A reader's client: the commands it may send (all of them only read), and the service as
   *  its refusals name it. Absent: a writer's. */
  readOnly?: { allowed: RegExp; service: string }
  /** Called once per HTTP attempt (retries included), to count requests. */
  onRequest?: () => void
}

/** A constructed client with the budget, the reader's guard, the count and the masking. */
export function guarded<C extends SdkClient>(
  client: C,
  ctx: ConnectorContext,
  budget: RetryBudget,
  guards: Guards
): C {
  withinBudget(client, budget)
  if (guards.readOnly) readOnly(client, guards.readOnly.allowed, guards.readOnly.service)
  if (guards.onRequest) countRequests(client, guards.onRequest)
  maskCredentials(client, ctx)
  return client
}

/** The budget of the call being sent, for the retry strategy the SDK consults. */
const current = new AsyncLocalStorage<{ call: CallBudget; last?: unknown }>()

/** Throttling and transient failures: the only ones the SDK's strategies retry. */
const RETRYABLE = new Set(['THROTTLING', 'TRANSIENT'])

/** The SDK's retry strategy, asked first whether the budget allows the retry (Retry-After
 *  included), and every call cut off when its time is up. */
function withinBudget(client: SdkClient, budget: RetryBudget): void {
  type Strategy = Awaited<ReturnType<IdentitystoreClient['config']['retryStrategy']>>
  type V2 = Extract<Strategy, { refreshRetryTokenForRetry: unknown }>
  const sdkStrategy = client.config.retryStrategy as () => Promise<Strategy>
  let wrapped: Promise<Strategy> | undefined
  const strategy = () =>
    (wrapped ??= sdkStrategy().then((inner): Strategy => {
      if (!('refreshRetryTokenForRetry' in inner)) return inner
      const v2 = inner as V2
      const budgeted: V2 = {
        ...v2,
        acquireInitialRetryToken: scope => {
          current.getStore()?.call.attemptTimeoutMs() // the call's clock starts
          return v2.acquireInitialRetryToken(scope)
        },
        refreshRetryTokenForRetry: async (token, info) => {
          const state = current.getStore()
          if (!state || !RETRYABLE.has(info.errorType))
            return v2.refreshRetryTokenForRetry(token, info)
          state.last = info.error
          const hintMs = info.retryAfterHint ? info.retryAfterHint.getTime() - Date.now() : 0
          if (!state.call.retry(Math.max(0, hintMs), hintMs > 0)) {
            state.call.mark(info.error)
            throw info.error
          }
          try {
            return await v2.refreshRetryTokenForRetry(token, info)
          } catch (refused) {
            // Out of attempts or of the SDK's retry quota: given up all the same.
            state.call.stopped = true
            state.call.mark(info.error)
            throw refused
          }
        },
        recordSuccess: token => v2.recordSuccess(token)
      }
      return budgeted
    }))
  ;(client.config as { retryStrategy: unknown }).retryStrategy = strategy
  const send = client.send.bind(client) as (c: unknown, o?: unknown) => Promise<unknown>
  ;(client as { send: unknown }).send = async (command: unknown, options?: object) => {
    const state = { call: new CallBudget(budget), last: undefined as unknown }
    const deadline = AbortSignal.timeout(budget.seconds * 1000)
    try {
      return await current.run(state, () => send(command, { abortSignal: deadline, ...options }))
    } catch (err) {
      if (!deadline.aborted && !isTimeout(err)) {
        // The SDK may throw a wrapper of the error the strategy marked.
        if (state.call.stopped) state.call.mark(err)
        throw err
      }
      // The call's time ran out (during a wait, its last error stands), or its last attempt
      // got no answer: say so, not "aborted" or the HTTP handler's own words.
      const last = deadline.aborted ? state.last : err
      const failure =
        last !== undefined && !isTimeout(last)
          ? last
          : Object.assign(new Error(state.call.noAnswer()), { name: 'TimeoutError' })
      state.call.stopped = true
      state.call.mark(failure)
      throw failure
    }
  }
}

/** Refuses, before anything is sent, every command whose name `allowed` does not match. */
function readOnly(client: SdkClient, allowed: RegExp, service: string): void {
  stackOf(client).add(
    (next, context) => async args => {
      const name = context.commandName ?? 'unknown command'
      if (!allowed.test(name))
        throw new Error(
          `${service}: refused ${name.replace(/Command$/, '')}: this client only reads (plan and audit never write)`
        )
      return next(args)
    },
    { step: 'initialize', name: 'offboardReadOnly', priority: 'high' }
  )
}

/** Calls `onRequest` once per HTTP attempt, retries included. */
function countRequests(client: SdkClient, onRequest: () => void): void {
  stackOf(client).add(
    next => async args => {
      onRequest()
      return next(args)
    },
    // deserialize is the innermost step: it runs once per attempt.
    { step: 'deserialize', name: 'offboardRequestCount' }
  )
}

/** Whatever an attempt is signed with (credentials the default chain resolves and refreshes
 *  included) goes to maskSecret before it is sent. */
function maskCredentials(client: SdkClient, ctx: ConnectorContext): void {
  stackOf(client).add(
    next => async args => {
      const { secretAccessKey, sessionToken } = await client.config.credentials()
      ctx.maskSecret(secretAccessKey)
      if (sessionToken) ctx.maskSecret(sessionToken)
      return next(args)
    },
    { step: 'deserialize', name: 'offboardMaskCredentials' }
  )
}

/** Keys given in the environment win; otherwise undefined lets the SDK use its default chain
 *  (profiles, SSO, web identity from aws-actions/configure-aws-credentials, containers, EC2). */
function envCredentials(ctx: ConnectorContext) {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = ctx.env
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) return undefined
  ctx.maskSecret(AWS_SECRET_ACCESS_KEY)
  if (AWS_SESSION_TOKEN) ctx.maskSecret(AWS_SESSION_TOKEN)
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    sessionToken: AWS_SESSION_TOKEN
  }
}

/** Resolves a client's credentials once; the reason, as plans and audits say it, when there
 *  are none. */
export async function credentialProblem(client: SdkClient): Promise<string | undefined> {
  try {
    await client.config.credentials()
    return undefined
  } catch (err) {
    return (
      `not checked: no credentials (${errorText(err)}; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY ` +
      'or AWS_PROFILE, or assume a role with aws-actions/configure-aws-credentials)'
    )
  }
}

/** An SDK error as one line: its code and message, never request data; and whether the
 *  retry budget gave up on it. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const msg = err.message.split('\n')[0]
    return (
      gaveUpPrefix(err) +
      (err.name && err.name !== 'Error' && !msg.startsWith(err.name) ? `${err.name}: ${msg}` : msg)
    )
  }
  return String(err)
}
