// Pure: the session deny as it lives in a permission set's inline policy. A departure adds one
// statement per user to every permission set the user can use, denying everything to the role
// sessions whose `identitystore:userId` is theirs (AWS's documented way to end a permission
// set's live sessions for one user, see docs/aws-sso.md); the statement's Sid says it is
// offboard's and when it was put, so that it can be found and removed once every session it
// held off has expired.

/** Identity Center issues role sessions of at most 12 hours (a permission set's
 *  SessionDuration is PT1H..PT12H). */
export const MAX_SESSION_HOURS = 12
/** A deny is stale this long after it was put: the longest session, plus an hour for the run
 *  that put it to remove the assignments (a session issued in between starts after the put). */
export const STALE_AFTER_MS = (MAX_SESSION_HOURS + 1) * 3_600_000

const SID_PREFIX = 'OffboardSessionDeny'
const CONDITION_KEY = 'identitystore:userId'

/** One of offboard's deny statements found in a policy. */
export interface DenyEntry {
  sid: string
  userId: string
  /** When it was put (ISO), from its Sid. */
  at: string
}

interface Statement {
  Sid?: unknown
  Effect?: unknown
  Condition?: { StringEquals?: Record<string, unknown> }
  [key: string]: unknown
}

interface Document {
  Version?: string
  Statement: Statement[]
  [key: string]: unknown
}

/** Sids allow letters and digits only: the user id without dashes, the time without
 *  separators (`...At20261126T050000Z`). */
export function denySid(userId: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
  return `${SID_PREFIX}${userId.replace(/[^A-Za-z0-9]/g, '')}At${stamp}`
}

function stampOf(sid: string): string | undefined {
  const m = /At(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sid)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined
}

/** The policy text as a document; an absent or empty policy is an empty document. Throws a
 *  clear error for text that is not a JSON policy (the inline policy was edited by hand). */
function parse(text: string | undefined): Document {
  if (!text?.trim()) return { Version: '2012-10-17', Statement: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error('its inline policy is not JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('its inline policy is not a JSON policy document')
  const doc = parsed as { Statement?: unknown }
  const statements = doc.Statement === undefined ? [] : [doc.Statement].flat()
  if (!statements.every(s => typeof s === 'object' && s !== null))
    throw new Error('its inline policy has a statement that is not an object')
  return { ...doc, Statement: statements as Statement[] }
}

function entryOf(s: Statement): DenyEntry | undefined {
  if (typeof s.Sid !== 'string' || !s.Sid.startsWith(SID_PREFIX) || s.Effect !== 'Deny') return
  const userId = s.Condition?.StringEquals?.[CONDITION_KEY]
  const at = stampOf(s.Sid)
  return typeof userId === 'string' && at ? { sid: s.Sid, userId, at } : undefined
}

/** offboard's deny statements in a policy (none when it is not a JSON policy). */
export function denyEntries(text: string | undefined): DenyEntry[] {
  let doc: Document
  try {
    doc = parse(text)
  } catch {
    return []
  }
  return doc.Statement.flatMap(s => entryOf(s) ?? [])
}

/** The policy with this user's deny put at `at` (an older one of theirs replaced), every
 *  other statement kept as it was. */
export function withDeny(text: string | undefined, userId: string, at: Date): string {
  const doc = parse(text)
  const others = doc.Statement.filter(s => entryOf(s)?.userId !== userId)
  const deny: Statement = {
    Sid: denySid(userId, at),
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { StringEquals: { [CONDITION_KEY]: userId } }
  }
  return JSON.stringify({ ...doc, Statement: [...others, deny] })
}

/** The policy without the statement `sid`; undefined when nothing is left of it (the inline
 *  policy is then deleted, as it was before the deny was put). */
export function withoutDeny(text: string | undefined, sid: string): string | undefined {
  const doc = parse(text)
  const rest = doc.Statement.filter(s => s.Sid !== sid)
  return rest.length ? JSON.stringify({ ...doc, Statement: rest }) : undefined
}
