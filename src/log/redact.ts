// Keeps secrets out of anything logged or shown: whatever looks like a credential is dropped,
// AWS key and credential ids are cut to their last 4 characters. Connectors already avoid secrets;
// this is the last line of defence for text that came from elsewhere (error messages).

const REDACTED = '[redacted]'

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

/** The text with secrets dropped and AWS key ids shortened (`AKIA...WXYZ`, `APKA...WXYZ`). */
export function redact(text: string): string {
  let out = text
  for (const pattern of DROP) out = out.replace(pattern, REDACTED)
  for (const pattern of VALUES) out = out.replace(pattern, `$1${REDACTED}`)
  return out.replace(AWS_KEY_ID, '$1...$2')
}
