import { readLog } from '../log/store.js'
import { verifyLog } from '../log/verify.js'
import { dirOption, EXIT, plural, type Command } from './command.js'

export const verifyLogCommand: Command = {
  name: 'verify-log',
  summary: "check the revocation log's hash chain",
  usage: `offboard verify-log [--dir access]

Recomputes every record's hash and link in <dir>/log/<YYYY>.jsonl, files in year order.
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
    return EXIT.ok
  }
}
