import { isDate } from '../duration.js'
import { logPath, readLog } from '../log/store.js'
import { dirOption, EXIT, reportInvalid, UsageError, type Command, type Values } from './command.js'

const FORMATS = ['md', 'json', 'csv'] as const

export const evidence: Command = {
  name: 'evidence',
  summary: 'time to revoke per departure, for an auditor, from the log and git history',
  usage: `offboard evidence [--since DATE] [--until DATE] [--format md|json|csv] [--dir access]

One row per departure the revocation log records: who, departed_on, when it was requested,
the pull request and its approvers, urgent or not, first and last revocation, when every
platform was verified gone, the time to revoke, whether that was within policy.revoke_within,
the steps by result and the manual steps still open; then the median and worst time to
revoke and how many were late. A departure is in the period by the UTC day it was
requested; --since and --until (YYYY-MM-DD, UTC) are both included. Reads only
<dir>/log/<YYYY>.jsonl, git history and policy.revoke_within in <dir>/platforms.yaml: no
platform is asked anything. The chain is checked first, and the report names its head hash.
See docs/evidence.md.
Exit: 0; 1 the log's chain is broken (no report); 2 a wrong option or invalid declarations.`,
  options: {
    ...dirOption,
    since: { type: 'string' },
    until: { type: 'string' },
    format: { type: 'string', default: 'md' }
  },
  async run(values, io) {
    const dir = String(values.dir)
    const format = String(values.format)
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`evidence: --format is "${format}": use md, json or csv`)
    const since = dateOption(values, 'since')
    const until = dateOption(values, 'until')
    if (since && until && since > until)
      throw new UsageError(`evidence: --since ${since} is after --until ${until}`)
    const { loadFromDirectory } = await import('../declarations/load.js')
    const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd)
    if (diagnostics.length)
      return reportInvalid(
        io,
        diagnostics,
        `offboard: ${dir} has problems (policy.revoke_within is read from it): fix them first (offboard validate)`
      )
    const { buildEvidence } = await import('../evidence/evidence.js')
    const report = await buildEvidence({
      files: await readLog(dir, io.cwd),
      dir,
      cwd: io.cwd,
      revokeWithin: declarations.platforms.policy.revoke_within,
      now: new Date(),
      ...(since ? { since } : {}),
      ...(until ? { until } : {})
    })
    if (!('rows' in report)) {
      io.out(`${report.where}: ${report.problem}`)
      io.err(
        `offboard: the revocation log in ${logPath(dir)} is broken, so it is no evidence: restore the file from git history (git log -p -- <file>), check it with offboard verify-log, then run evidence again`
      )
      return EXIT.failed
    }
    const { evidenceCsv, evidenceJson, evidenceMarkdown, evidenceTotals } =
      await import('../report/evidence.js')
    if (format === 'json') io.out(evidenceJson(report))
    else if (format === 'md') io.out(evidenceMarkdown(report))
    else {
      io.out(evidenceCsv(report).replace(/\r\n$/, ''))
      io.err(`offboard evidence: ${evidenceTotals(report)}`)
    }
    return EXIT.ok
  }
}

/** A YYYY-MM-DD option that is a real date, or undefined when not given. */
function dateOption(values: Values, name: string): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  const text = String(value)
  if (!isDate(text))
    throw new UsageError(`evidence: --${name} is "${text}": give a date as YYYY-MM-DD (UTC)`)
  return text
}
