// The audit's findings: their kinds and severities, and how a drift is judged (what fails
// --fail-on-drift and keeps the drift issue open).
import type { PlatformName } from '../connectors/connector.js'

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export type DriftKind =
  | 'departed_still_active'
  | 'account_conflict'
  | 'undeclared_account'
  | 'declared_account_missing'
  | 'extra_grant'
  | 'stale_credential'
  | 'undeclared_invitation'
  | 'missing_grant'
  | 'manual_step_pending'
  | 'late_revocation'
  | 'stale_session_deny'

const SEVERITY_OF: Record<DriftKind, Severity> = {
  departed_still_active: 'critical',
  account_conflict: 'high',
  late_revocation: 'high',
  undeclared_account: 'high',
  // high for a departed person's account found renamed (see missingAccount)
  declared_account_missing: 'medium',
  extra_grant: 'medium',
  stale_credential: 'medium',
  manual_step_pending: 'medium',
  // It grants nothing, but each takes room in a permission set's inline policy, which the next
  // departure's deny needs: cleaning it up is work to do, like a manual step.
  stale_session_deny: 'medium',
  undeclared_invitation: 'low',
  missing_grant: 'info'
}

/** `--fail-on-drift` and the drift issue count findings of this severity or above. */
export const FAIL_AT: Severity = 'medium'

export interface Finding {
  kind: DriftKind
  severity: Severity
  platform: PlatformName
  /** The account as the platform lists it (login, user name, member id, userName, email of
   *  an invitation); for a declared account that is absent, the declared one. */
  account: string
  /** Person id, when the account belongs to a declared person. */
  person?: string
  /** The grant or credential concerned, e.g. `github_team backend`, `access_key AKIA...WXYZ`. */
  target?: string
  /** One sentence for reviewers; never a secret. */
  detail: string
}

export interface PlatformResult {
  platform: PlatformName
  status: 'checked' | 'not_checked'
  reason?: string
  /** Accounts the platform listed. */
  accounts: number
  /** API requests the listing made. */
  requests: number
  notes: string[]
}

export interface Drift {
  /** When the audit ran (ISO); stale credentials are measured from it. */
  at: string
  /** After how many days unused a credential is stale: the first platform's that ages its
   *  credentials (aws.stale_key_days), else 90. */
  staleKeyDays: number
  platforms: PlatformResult[]
  /** Sorted: most severe first, then platform, account, kind, target. */
  findings: Finding[]
}

export function atLeast(severity: Severity, floor: Severity = FAIL_AT): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor)
}

/** Findings at or above FAIL_AT: what fails `--fail-on-drift` and keeps the drift issue open. */
export const blocking = (drift: Drift): Finding[] => drift.findings.filter(f => atLeast(f.severity))

export function finding(
  kind: DriftKind,
  where: Omit<Finding, 'kind' | 'severity' | 'detail'>,
  detail: string,
  severity: Severity = SEVERITY_OF[kind]
): Finding {
  return { kind, severity, ...where, detail }
}

export function byImportance(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.platform.localeCompare(b.platform) ||
    a.account.localeCompare(b.account) ||
    a.kind.localeCompare(b.kind) ||
    (a.target ?? '').localeCompare(b.target ?? '')
  )
}
