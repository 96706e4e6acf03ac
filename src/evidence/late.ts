// The audit's `late_revocation` findings: a departure the log records whose access is, past
// its due time (policy.revoke_within after the request, or after the start of departed_on),
// still not verified gone on some platform. One finding per such platform. A departure
// verified late is history, not drift: `offboard evidence` reports it. Records without
// `requested_at` (written before offboard recorded it) give no finding: no clock started.
import type { Finding } from '../audit/index.js'
import type { PlatformName } from '../connectors/connector.js'
import type { Declarations } from '../declarations/types.js'
import { declaredAccount } from '../grants.js'
import type { LogRecord } from '../log/record.js'
import { loggedChanges } from './departures.js'
import { dueBy } from './timing.js'

export function lateRevocations(
  decl: Declarations,
  records: readonly LogRecord[],
  now: Date
): Finding[] {
  const within = decl.platforms.policy.revoke_within
  return loggedChanges(records).flatMap(d => {
    const person = decl.people.get(d.person)
    // Back to active (rehired): their access is declared again, not late.
    if (!d.requestedAt || d.refused || person?.status === 'active') return []
    const due = dueBy(d.requestedAt, person?.departed_on, within)
    if (now.getTime() <= Date.parse(due)) return []
    return d.platforms
      .filter(p => !p.verified)
      .map(p => {
        const platform = p.platform as PlatformName
        return {
          kind: 'late_revocation' as const,
          severity: 'high' as const,
          platform,
          account: (person && declaredAccount(person, platform)) || d.person,
          person: d.person,
          detail: `${d.person}'s departure was requested ${d.requestedAt} and due by ${due} (policy.revoke_within ${within}), but ${platform} is still not verified gone: ${p.lastVerify ?? 'no verification recorded'} (log seq ${d.seq[0]}-${d.seq[1]}); rerun the apply of the change`
        }
      })
  })
}
