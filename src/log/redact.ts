// Keeps secrets out of everything offboard writes: the terminal, JSON, Markdown, the job
// summary, annotations, action outputs, commit messages and the log. Two nets, applied at the
// output boundaries (the command line's io, the action's core and repository client, the
// log's chain):
// - by value: every secret offboard reads is registered here (process-wide, as core.setSecret
//   is) and scrubbed in the forms an echo gives it back: as is, JSON-escaped (once or twice),
//   URL-encoded, escaped for Markdown or a quoted string, and inside base64 (Basic auth's
//   `user:secret`);
// - by shape: whatever looks like a credential is dropped, AWS key and credential ids are cut
//   to their last 4 characters, for text from elsewhere that holds secrets offboard never read.
import { cell } from '../report/markdown.js'

const REDACTED = '[redacted]'

/** Shorter values are not registered: scrubbing every "admin" or "12345" would wreck normal
 *  text, and no real token is this short. */
export const MIN_SECRET_LENGTH = 8

const DROP: RegExp[] = [
  // PEM private keys, whole.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  // GitHub tokens: classic (ghp_), OAuth (gho_), user-to-server (ghu_), app (ghs_), refresh
  // (ghr_), fine-grained (github_pat_).
  /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  // Slack bot, user, app-level, refresh and rotating tokens.
  /\bxox[abeoprs](?:\.xox[a-z])?-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  // JSON Web Tokens.
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  // Long base64 runs with upper, lower and digits: AWS secret keys and session tokens, bearer
  // tokens. Git SHAs (lowercase hex) and names broken by '-', '_' or ':' stay.
  /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+=]{40,}(?![A-Za-z0-9/+=])/g
]

/** `Authorization: Bearer x`, `password=x`, `"token": "x"`: the name stays, the value goes. */
const VALUES: RegExp[] = [
  /\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?token|client[_-]?secret)["']?\s*[=:]\s*["']?)[^\s"',;&}]+/gi
]

// Access keys (AKIA, ASIA), SSH public keys (APKA), service-specific credentials (ACCA): the
// same kinds connectors shorten with shortId, in text they did not write (AWS error messages).
const AWS_KEY_ID = /\b(AKIA|ASIA|APKA|ACCA)[A-Z0-9]{12,}([A-Z0-9]{4})\b/g

/** Runs of base64 (standard or URL-safe) long enough to hold a secret of the minimum length. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g

/** The registered secrets (as text and as UTF-8 bytes, for base64), and every form of them
 *  to look for. */
const secrets = new Map<string, Buffer>()
let forms: string[] = []

/** Registers a secret for every later redaction. Values shorter than MIN_SECRET_LENGTH are
 *  ignored; a multi-line value (a PEM key) is registered whole and line by line. */
export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== 'string') return
  const lines = value.split(/\r?\n|\\n/)
  // A PEM's armour lines (-----BEGIN ... KEY-----) are no secret.
  const body = lines.map(l => l.trim()).filter(l => !/^-----(BEGIN|END) /.test(l))
  let added = false
  for (const part of [value, value.trim(), ...(lines.length > 1 ? body : [])]) {
    if (part.length < MIN_SECRET_LENGTH || secrets.has(part)) continue
    secrets.set(part, Buffer.from(part, 'utf8'))
    added = true
  }
  if (added) forms = [...new Set([...secrets.keys()].flatMap(formsOf))]
}

/** How a value reads once echoed back by a server and shown again by offboard. */
function formsOf(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1)
  const url = [encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]
  return [
    value,
    json,
    JSON.stringify(json).slice(1, -1),
    ...url,
    ...url.map(u => u.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase())),
    cell(value),
    // In a single- or double-quoted string with backslash escapes, and in sh single quotes.
    value.replace(/[\\'"]/g, c => `\\${c}`),
    value.replace(/'/g, `'\\''`)
  ]
}

/** Environment variables that hold secrets by their name (`*_TOKEN`, `*_SECRET`, `*_PASSWORD`,
 *  `*_SECRET_ACCESS_KEY`, `*_PRIVATE_KEY`, `*_API_KEY`; the action's `INPUT_REPO-TOKEN`), and
 *  any whose value is a private key. */
const SECRET_NAME = /[_-](TOKEN|SECRET|PASSWORD|PASSWD|SECRET_ACCESS_KEY|PRIVATE_KEY|API_KEY)$/i
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/

/** The values of the environment that are secrets, by name or by content. */
export function secretsInEnvironment(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value && (SECRET_NAME.test(name) || PRIVATE_KEY.test(value)))
    .map(([, value]) => value!)
}

/** The text with every registered secret (in any of its forms) and whatever looks like a
 *  credential dropped, and AWS key ids shortened (`AKIA...WXYZ`, `APKA...WXYZ`). */
export function redact(text: string): string {
  let out = dropSecrets(text)
  for (const pattern of DROP) out = out.replace(pattern, REDACTED)
  for (const pattern of VALUES) out = out.replace(pattern, `$1${REDACTED}`)
  return out.replace(AWS_KEY_ID, '$1...$2')
}

/** Every string inside plain data (records, JSON values) redacted; the rest as it was. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map(redactDeep) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T
  return value
}

/** Registered secrets out: every place any form of one occurs, overlaps merged, becomes one
 *  REDACTED, so that a secret overlapping another leaves no tail of either. */
function dropSecrets(text: string): string {
  if (secrets.size === 0) return text
  const spans: [number, number][] = []
  for (const form of forms)
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
      spans.push([at, at + form.length])
  for (const run of text.matchAll(BASE64_RUN))
    if (holdsSecret(run[0])) spans.push([run.index, run.index + run[0].length])
  if (spans.length === 0) return text
  spans.sort((a, b) => a[0] - b[0])
  let out = ''
  let done = 0
  for (let i = 0; i < spans.length;) {
    const start = spans[i][0]
    let end = spans[i][1]
    for (i++; i < spans.length && spans[i][0] <= end; i++) end = Math.max(end, spans[i][1])
    out += text.slice(done, start) + REDACTED
    done = end
  }
  return out + text.slice(done)
}

/** Whether a base64 run decodes to text holding a secret (`Basic base64(user:secret)`); each of
 *  the four alignments is tried, for a run glued to the characters before it. */
function holdsSecret(run: string): boolean {
  for (let skip = 0; skip < 4; skip++) {
    const decoded = Buffer.from(run.slice(skip), 'base64')
    for (const bytes of secrets.values()) if (decoded.includes(bytes)) return true
  }
  return false
}
