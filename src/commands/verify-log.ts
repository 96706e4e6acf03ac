import { readLog } from '../log/store.js'
import { verifyLog } from '../log/verify.js'
import { plural } from '../report/words.js'
import { dirOption, EXIT, type Command } from './command.js'

export const verifyLogCommand: Command = {
  name: 'verify-log',
  summary: "check the revocation log's hash chain",
  usage: `offboard verify-log [--dir access]

Recomputes every record's hash and link in <dir>/log/<YYYY>.jsonl, files in year order, and
lists the writes still in doubt: "started" records that no later record of the same step
answers (the run stopped before the platform answered, and no apply has checked since).
Exit: 0 intact, 1 broken (the first broken record is named as file:line, with what is wrong).`,
  options: dirOption,
  async run(values, io) {
    const files = await readLog(String(values.dir), io.cwd)
    const checked = verifyLog(files)
    if (!checked.ok) {
      io.out(`${checked.where}: ${checked.problem}`)
      io.err(
        'offboard: the revocation log is broken: restore the file from git history (git log -p -- <file>)'
      )
      return EXIT.failed
    }
    const last = checked.head ? `, last hash ${checked.head.hash} (seq ${checked.head.seq})` : ''
    io.out(
      `intact: ${plural(checked.records, 'record')} in ${plural(checked.files, 'file')}${last}`
    )
    const doubt = checked.unanswered ?? []
    if (doubt.length > 0) {
      io.out(
        `in doubt: ${plural(doubt.length, 'write')} started and never answered (a run stopped first); the next apply of the change checks each again:`
      )
      for (const r of doubt)
        io.out(`  seq ${r.seq}  ${r.at}  ${r.person}  ${r.platform}  ${r.action}  ${r.target}`)
    }
    return EXIT.ok
  }
}
