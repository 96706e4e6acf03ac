// offboard's own inline policies on an IAM user: their names and documents. Plan orders them,
// perform writes them, discover checks that ours is intact, and the audit counts a user that
// holds the deny-all policy as disabled.

/** Inline policy the tool writes on a disabled user: denies everything. */
export const DENY_ALL_POLICY = 'offboard-deny-all'
/** Inline policy that ends sessions issued before it was written (what the console's
 *  "revoke active sessions" does for roles). */
export const REVOKE_SESSIONS_POLICY = 'offboard-revoke-sessions'

/** The policy document that denies every action (`issuedBefore`: only to older sessions). */
export function denyAllDocument(issuedBefore?: Date): string {
  const condition = issuedBefore
    ? { Condition: { DateLessThan: { 'aws:TokenIssueTime': issuedBefore.toISOString() } } }
    : {}
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', ...condition }]
  })
}

export function isDenyAll(doc: string): boolean {
  try {
    const parsed = JSON.parse(doc) as { Statement?: unknown }
    const statements = [parsed.Statement].flat() as Record<string, unknown>[]
    return statements.some(
      s =>
        s.Effect === 'Deny' &&
        [s.Action].flat().includes('*') &&
        [s.Resource].flat().includes('*') &&
        s.Condition === undefined
    )
  } catch {
    return false
  }
}
