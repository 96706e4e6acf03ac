// The IAM client every AWS step and listing goes through: default credential chain (or keys
// from the given environment), the configured endpoint, adaptive retries, and for plan and
// audit a guard that refuses any command that could change something.
import { IAMClient } from '@aws-sdk/client-iam'
import type { ConnectorContext } from './connector.js'

/** Enough attempts that throttling (adaptive mode slows down instead) never fails a revocation;
 *  AWS_MAX_ATTEMPTS, the SDK's own setting, overrides it. */
const MAX_ATTEMPTS = 10

/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(Get|List)[A-Za-z]*Command$|^GenerateCredentialReportCommand$/

export interface ClientOptions {
  readOnly: boolean
  /** Called once per HTTP attempt (retries included), to count requests. */
  onRequest?: () => void
  /** Another client's credential provider, so that credentials are resolved only once. */
  credentials?: IAMClient['config']['credentials']
}

export function iamClient(ctx: ConnectorContext, opts: ClientOptions): IAMClient {
  const env = ctx.env
  const client = new IAMClient({
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint: env.AWS_ENDPOINT_URL_IAM ?? env.AWS_ENDPOINT_URL,
    credentials: opts.credentials ?? envCredentials(ctx),
    retryMode: 'adaptive',
    maxAttempts: Number(env.AWS_MAX_ATTEMPTS) || MAX_ATTEMPTS
  })
  if (opts.readOnly)
    client.middlewareStack.add(
      (next, context) => async args => {
        const name = context.commandName ?? 'unknown command'
        if (!READ_ONLY.test(name))
          throw new Error(
            `AWS IAM: refused ${name.replace(/Command$/, '')}: this client only reads (plan and audit never write)`
          )
        return next(args)
      },
      { step: 'initialize', name: 'offboardReadOnly', priority: 'high' }
    )
  const onRequest = opts.onRequest
  if (onRequest)
    client.middlewareStack.add(
      next => async args => {
        onRequest()
        return next(args)
      },
      // deserialize is the innermost step: it runs once per attempt.
      { step: 'deserialize', name: 'offboardRequestCount' }
    )
  return client
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

/** Resolves the client's credentials once; a reason string when there are none. */
export async function credentialProblem(client: IAMClient): Promise<string | undefined> {
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

/** An SDK error as one line: its code and message, never request data. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const msg = err.message.split('\n')[0]
    return err.name && err.name !== 'Error' && !msg.startsWith(err.name)
      ? `${err.name}: ${msg}`
      : msg
  }
  return String(err)
}

/** Ids of keys and certificates as shown and logged: the last 4 characters, after the
 *  prefix that only says what kind of id it is (AKIA access key, APKA SSH key, ...). */
export function shortId(id: string): string {
  const kind = /^(AKIA|ASIA|APKA|ACCA)/.exec(id)?.[1] ?? ''
  return `${kind}...${id.slice(-4)}`
}
