import type { Applied } from '../apply.js'
import type { Revision } from '../engine.js'
import type { LogAppender } from '../log/store.js'
import { plural } from '../report/words.js'
import {
  connectorEnvironment,
  dirOption,
  EXIT,
  loadChange,
  UsageError,
  type Command,
  type Io,
  type Values
} from './command.js'

export const apply: Command = {
  name: 'apply',
  summary: 'revoke what the change removes and append the revocation log',
  usage: `offboard apply --base REF [--head REF] [--dir access] [--wait SECONDS]

Plans the change as "offboard plan" does (discovering live access again), revokes every step
with the platforms' write credentials, prints each step as it finishes, discovers everyone
again to verify that nothing is left, and appends its records to <dir>/log/<YYYY>.jsonl as
they happen: one per failed read, a "started" record, on disk, before each write is sent, the
outcome when it is answered, and one per person and platform verified. Steps left to a human
(deploy keys) are listed as waiting. Rerunning finishes what failed: what is already gone is
found absent and costs no write.
While it runs it holds <dir>/log/.lock: another apply on the same checkout waits for it (up
to --wait seconds, default 300) before planning. It refuses to start on a log whose chain is
broken or which cannot be written.
Exit: 0 every step revoked, already absent or skipped, and everything verified; 1 some step,
read or verification failed, or a departure was refused for its person (the rest is applied,
the log is still written); 2 invalid declarations, a change refused by the guards, a broken or
unwritable log, or a lock held too long (nothing revoked or logged).`,
  options: {
    ...dirOption,
    base: { type: 'string' },
    head: { type: 'string' },
    wait: { type: 'string' }
  },
  async run(values, io) {
    const waitMs = waitOption(values.wait)
    const revisions = await loadChange('apply', values, io)
    if (!revisions) return EXIT.invalid
    const dir = String(values.dir)
    const { withLockedLog } = await import('../log/lock.js')
    const say = (line: string) => io.err(`offboard: ${line}`)
    const lock = { command: 'apply', waitMs, onWait: say, onNotice: say }
    return withLockedLog(dir, io.cwd, lock, log => applyLogged(revisions, log, values, io))
  }
}

/** The --wait option in milliseconds, or the lock's default. */
export function waitOption(value: Values[string]): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (String(value).trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new UsageError(`apply: --wait takes a number of seconds (0 or more), not "${value}"`)
  return seconds * 1000
}

async function applyLogged(
  revisions: { base: Revision; head: Revision },
  log: LogAppender,
  values: Values,
  io: Io
): Promise<number> {
  const { applyChange } = await import('../apply.js')
  const { progressLine } = await import('../report/applied.js')
  warnInDoubt('apply', log, io)
  const applied = await applyChange(revisions.base, revisions.head, connectorEnvironment(io), {
    change: {
      // loadRevisions resolved both; the working tree has no commit.
      base: revisions.base.commit ?? String(values.base),
      head: revisions.head.commit ?? 'working tree',
      pr: null,
      approvers: []
    },
    actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
    onOutcome: o => io.out(`  ${progressLine(o)}`),
    onRecord: entry => log.append(entry),
    inDoubt: log.unanswered
  })
  if (!applied.plan.refused && applied.entries.length === 0) {
    io.out(`offboard apply: ${revisions.base.label} -> ${revisions.head.label}: nothing to revoke`)
    return EXIT.ok
  }
  return reportApplied('apply', applied, log, io)
}

/** Says that earlier runs left writes in doubt, which this one settles. */
export function warnInDoubt(command: string, log: LogAppender, io: Io): void {
  if (log.unanswered.length > 0)
    io.err(
      `offboard: an earlier run stopped before ${plural(log.unanswered.length, 'write')} ${log.unanswered.length === 1 ? 'was' : 'were'} answered (log seq ${log.unanswered.map(r => r.seq).join(', ')}): this ${command} discovers again what is left, finishes it, and logs each one found done as already absent`
    )
}

/** What an apply or a sweep did, after its progress lines: the checks and verify entries, the
 *  tally, what waits for a human, the times, the records logged; its exit code. */
export async function reportApplied(
  command: string,
  applied: Applied,
  log: LogAppender,
  io: Io
): Promise<number> {
  const { outcomeLine, revocationTimes, tally, waitingLines } = await import('../report/applied.js')
  const { plan } = applied
  if (plan.refused) {
    io.err(`offboard: refused: ${plan.refused.message}`)
    return EXIT.invalid
  }
  for (const c of [...applied.checks, ...applied.verify]) io.out(`  ${outcomeLine(c)}`)
  const { records } = log
  io.out(
    `offboard ${command}: ${plan.people.length === 1 ? '1 person' : `${plan.people.length} people`} (plan ${plan.hash.slice(0, 12)}): ${tally(applied.entries)}`
  )
  for (const line of waitingLines(applied.entries)) io.out(line)
  for (const line of revocationTimes(plan, records)) io.out(`time to revoke: ${line}`)
  if (records.length > 0)
    io.out(
      `log: ${plural(records.length, 'record')} appended to ${log.folder} (seq ${records[0].seq}-${records[records.length - 1].seq}); check it with offboard verify-log`
    )
  if (log.failure) {
    io.err(
      `offboard: ${log.failure.message}. Not in the log either: ${plural(applied.unrecorded.length, 'outcome')} printed above${applied.unrecorded.length ? ` (${applied.unrecorded.map(e => `${e.platform} ${e.action} ${e.target} ${e.result}`).join('; ')})` : ''}; the writes after it were not attempted`
    )
    return EXIT.failed
  }
  if (applied.failed > 0) {
    io.err(
      `offboard: ${applied.failed} failed: see the lines marked failed above; fix the cause and run ${command} again (it resumes where it stopped)`
    )
    return EXIT.failed
  }
  return EXIT.ok
}
