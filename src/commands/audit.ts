import { loadFromDirectory } from '../declarations/load.js'
import { collectGarbageSooner } from '../heap.js'
import { plural } from '../report/words.js'
import {
  connectorEnvironment,
  dirOption,
  EXIT,
  reportInvalid,
  type Command,
  type Io
} from './command.js'

export const audit: Command = {
  name: 'audit',
  summary: 'compare declared with actual access on every platform',
  usage: `offboard audit [--dir access] [--json] [--fail-on-drift]

Lists every configured platform (read-only) and compares what it holds with the
declarations: departed people still active, undeclared accounts, grants no role gives,
stale AWS access keys, undeclared GitHub invitations, deploy keys apply left to a human
(read back from the log, until they are gone), and declared grants not held.
Protected accounts and bots are never drift. A platform without credentials is reported
as "not checked", never as clean. --json prints the shape documented in docs/audit.md.
Exit: 0; 3 with --fail-on-drift when a finding of severity medium or above exists;
2 when the declarations are invalid.`,
  options: {
    ...dirOption,
    json: { type: 'boolean', default: false },
    'fail-on-drift': { type: 'boolean', default: false }
  },
  async run(values, io: Io) {
    collectGarbageSooner()
    const dir = String(values.dir)
    const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd)
    if (diagnostics.length > 0)
      return reportInvalid(
        io,
        diagnostics,
        `offboard: ${plural(diagnostics.length, 'problem')} in ${dir}: run "offboard validate" and fix them before auditing`
      )
    // The connectors (and their SDKs) load only for the commands that use them.
    const { auditDeclarations } = await import('../engine.js')
    const { blocking } = await import('../audit/index.js')
    const { auditJson, auditText } = await import('../report/audit.js')
    const drift = await auditDeclarations(declarations, connectorEnvironment(io), {
      dir,
      cwd: io.cwd
    })
    io.out(values.json ? JSON.stringify(auditJson(drift, dir), null, 2) : auditText(drift, dir))
    return values['fail-on-drift'] && blocking(drift).length > 0 ? EXIT.drift : EXIT.ok
  }
}
