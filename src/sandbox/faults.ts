// Fault rules written as text, for `offboard sandbox --fault` and the scenario's `faults:`:
//
//   SERVER OPERATION = EFFECT ...
//
//   github GET /orgs/{org}/credential-authorizations = 500
//   aws-iam ListAccessKeys = 429 retry-after=30 times=2
//   slack users.info = drop
//   scim:jira PATCH /Users/{id} = delay=5000
//   slack admin.users.session.reset = 200 code=user_not_found
//
// An effect is an HTTP status, `drop`, or `name=value` (delay in ms, retry-after in seconds,
// code, rate, times). See docs/sandbox.md.
import type { FaultRule } from './shared/server.js'

export interface ServerFault {
  /** The server's name: github, aws-iam, slack, slack-scim, scim:<app>. */
  server: string
  rule: FaultRule
}

export class FaultSyntaxError extends Error {}

const NUMBERS = {
  delay: 'delayMs',
  'retry-after': 'retryAfterSeconds',
  rate: 'rate',
  times: 'times'
} as const

export function parseFault(text: string): ServerFault {
  const fail = (why: string): never => {
    throw new FaultSyntaxError(
      `fault "${text}": ${why}; write SERVER OPERATION = EFFECT..., e.g. "github GET /orgs/{org}/members = 500" or "aws-iam ListAccessKeys = drop times=1"`
    )
  }
  const eq = text.indexOf('=')
  if (eq < 0) fail('no "=" between the operation and its effect')
  const [server = '', ...operation] = text.slice(0, eq).trim().split(/\s+/)
  if (!server || operation.length === 0) fail('name the server, then the operation')
  const rule: FaultRule = { operation: operation.join(' ') }
  const effects = text
    .slice(eq + 1)
    .split(/[\s,]+/)
    .filter(Boolean)
  if (effects.length === 0) fail('no effect after "="')
  for (const effect of effects) {
    const [name, value] = effect.split('=', 2)
    if (/^\d{3}$/.test(effect)) rule.status = Number(effect)
    else if (effect === 'drop') rule.drop = true
    else if (name === 'code' && value) rule.code = value
    else if (Object.hasOwn(NUMBERS, name) && value && Number.isFinite(Number(value)))
      rule[NUMBERS[name as keyof typeof NUMBERS]] = Number(value)
    else
      fail(
        `"${effect}" is not an effect: use a status (500), drop, delay=MS, retry-after=S, code=NAME, rate=0..1 or times=N`
      )
  }
  return { server, rule }
}
