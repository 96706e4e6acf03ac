import type { Revision } from '../engine.js'
import type { LogAppender } from '../log/store.js'
import { plural } from '../report/words.js'
import { reportApplied, waitOption, warnInDoubt } from './apply.js'
import {
  connectorEnvironment,
  dirOption,
  EXIT,
  reportInvalid,
  type Command,
  type Io,
  type Values
} from './command.js'

export const sweep: Command = {
  name: 'sweep',
  summary: "revoke what departed people still hold, under their merged departure's review",
  usage: `offboard sweep [--person ID] [--dir access] [--json] [--wait SECONDS]

For every person departed in the committed declarations at HEAD (or only --person), discovers
on every platform what they still hold (a step that failed, a key created after the
revocation, a re-invitation) and revokes it as their departure did, then verifies. No new
review: the departure was reviewed and merged, so only what HEAD commits counts (uncommitted
changes are not read; when the checkout has origin's default branch, HEAD must be on it), only
people whose departure the log records are swept, and only the identity that departure
revoked: a person whose file changed since is refused. Protected accounts and the last owner
are refused as always; policy.max_sweep_per_run (default 5) caps the people one sweep revokes
anything for. Its log records carry change.kind "sweep" and the departure's pull request.
Nothing left means one verified record per person and platform, and no write.
Locks <dir>/log/.lock as apply does (--wait, default 300 s). --json prints the plan, what was
logged and who was not swept.
Exit: 0 everything revoked or already gone, and verified; 1 some step, read or verification
failed, or a person was refused (the rest is swept, the log is still written); 2 invalid
declarations, a person named who is not departed at HEAD or whose departure the log does not
record, a sweep refused by policy.max_sweep_per_run, HEAD off the default branch, or a broken
log (nothing revoked or logged).`,
  options: {
    ...dirOption,
    person: { type: 'string' },
    json: { type: 'boolean', default: false },
    wait: { type: 'string' }
  },
  async run(values, io) {
    const waitMs = waitOption(values.wait)
    const dir = String(values.dir)
    const revision = await committedHead(dir, io)
    if (!revision) return EXIT.invalid
    const { withLockedLog } = await import('../log/lock.js')
    const say = (line: string) => io.err(`offboard: ${line}`)
    const lock = { command: 'sweep', waitMs, onWait: say, onNotice: say }
    return withLockedLog(dir, io.cwd, lock, log => sweepLogged(revision, log, values, io))
  }
}

/** HEAD's committed declarations, valid and on the default branch; undefined once what is
 *  wrong has been printed. */
async function committedHead(
  dir: string,
  io: Io
): Promise<(Revision & { commit: string }) | undefined> {
  const { commitTime, git, resolveCommit } = await import('../declarations/files.js')
  const { loadFromGit } = await import('../declarations/load.js')
  const commit = await resolveCommit('HEAD', io.cwd)
  const label = `HEAD (${commit.slice(0, 7)})`
  // A branch not merged is a change nobody approved: refuse it when the default branch is known.
  const origin = await git(io.cwd, 'rev-parse', '--verify', '-q', 'refs/remotes/origin/HEAD').then(
    out => out.trim(),
    () => undefined
  )
  if (origin) {
    const merged = await git(io.cwd, 'merge-base', '--is-ancestor', commit, origin).then(
      () => true,
      () => false
    )
    if (!merged) {
      io.err(
        `offboard sweep: ${label} is not on origin's default branch (origin/HEAD, ${origin.slice(0, 7)}): a sweep revokes only what the default branch holds, never a branch not merged. Check out the default branch, pull, and rerun`
      )
      return undefined
    }
  }
  const [loaded, committedAt] = await Promise.all([
    loadFromGit(commit, dir, io.cwd),
    commitTime(commit, io.cwd)
  ])
  if (loaded.diagnostics.length) {
    reportInvalid(
      io,
      loaded.diagnostics,
      `offboard: the declarations at ${label} have ${plural(loaded.diagnostics.length, 'problem')}: fix them first (offboard validate)`
    )
    return undefined
  }
  return { label, commit, committedAt, declarations: loaded.declarations }
}

async function sweepLogged(
  revision: Revision & { commit: string },
  log: LogAppender,
  values: Values,
  io: Io
): Promise<number> {
  const { sweep: sweepPeople } = await import('../sweep.js')
  const { readLog } = await import('../log/store.js')
  const { progressLine } = await import('../report/applied.js')
  const dir = String(values.dir)
  const json = values.json === true
  warnInDoubt('sweep', log, io)
  const swept = await sweepPeople(
    {
      revision,
      log: await readLog(dir, io.cwd),
      ...(typeof values.person === 'string' ? { person: values.person } : {}),
      dir,
      cwd: io.cwd
    },
    connectorEnvironment(io),
    {
      actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
      onOutcome: o => (json ? undefined : io.out(`  ${progressLine(o)}`)),
      onRecord: entry => log.append(entry),
      inDoubt: log.unanswered
    }
  )
  if (json) {
    io.out(
      JSON.stringify(
        {
          version: 1,
          commit: revision.commit,
          plan: swept.plan,
          unswept: swept.unswept,
          records: log.records,
          failed: swept.failed
        },
        null,
        2
      )
    )
    if (swept.plan.refused) io.err(`offboard: refused: ${swept.plan.refused.message}`)
    return swept.plan.refused ? EXIT.invalid : log.failure || swept.failed ? EXIT.failed : EXIT.ok
  }
  for (const u of swept.unswept) io.out(`  not swept: ${u.person}: ${u.why}`)
  if (!swept.plan.refused && swept.plan.people.length === 0) {
    io.out(`offboard sweep: ${revision.label}: no departed person to sweep`)
    return EXIT.ok
  }
  return reportApplied('sweep', swept, log, io)
}
