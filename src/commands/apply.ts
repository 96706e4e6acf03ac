import {
  connectorEnvironment,
  dirOption,
  EXIT,
  loadChange,
  plural,
  type Command
} from './command.js'

export const apply: Command = {
  name: 'apply',
  summary: 'revoke what the change removes and append the revocation log',
  usage: `offboard apply --base REF [--head REF] [--dir access]

Plans the change as "offboard plan" does (discovering live access again), revokes every step
with the platforms' write credentials, prints each step as it finishes, and appends one
record per step to <dir>/log/<YYYY>.jsonl. Rerunning finishes what failed: what is already
gone is found absent and costs no write.
Exit: 0 every step revoked, already absent or skipped; 1 some step failed (the log is still
written); 2 invalid declarations or a change refused by the guards (nothing revoked or logged).`,
  options: {
    ...dirOption,
    base: { type: 'string' },
    head: { type: 'string' }
  },
  async run(values, io) {
    const revisions = await loadChange('apply', values, io)
    if (!revisions) return EXIT.invalid
    const dir = String(values.dir)
    const { applyChange } = await import('../apply.js')
    const { appendToLog } = await import('../log/store.js')
    const { outcomeLine, progressLine } = await import('../execute.js')
    const { tally } = await import('../report/applied.js')
    const applied = await applyChange(revisions.base, revisions.head, connectorEnvironment(io), {
      change: {
        // loadRevisions resolved both; the working tree has no commit.
        base: revisions.base.commit ?? String(values.base),
        head: revisions.head.commit ?? 'working tree',
        pr: null,
        approvers: []
      },
      actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
      onOutcome: o => io.out(`  ${progressLine(o)}`)
    })
    const { plan } = applied
    if (plan.refused) {
      io.err(`offboard: ${plan.refused.message}`)
      return EXIT.invalid
    }
    if (applied.entries.length === 0) {
      io.out(
        `offboard apply: ${revisions.base.label} -> ${revisions.head.label}: nothing to revoke`
      )
      return EXIT.ok
    }
    for (const c of applied.checks) io.out(`  ${outcomeLine(c)}`)
    const records = await appendToLog(dir, io.cwd, applied.entries)
    io.out(
      `offboard apply: ${plan.people.length === 1 ? '1 person' : `${plan.people.length} people`} (plan ${plan.hash.slice(0, 12)}): ${tally(applied.entries)}`
    )
    io.out(
      `log: ${plural(records.length, 'record')} appended to ${dir}/log (seq ${records[0].seq}-${records[records.length - 1].seq}); check it with offboard verify-log`
    )
    if (applied.failed > 0) {
      io.err(
        `offboard: ${applied.failed} failed: see the lines marked failed above; fix the cause and run apply again (it resumes where it stopped)`
      )
      return EXIT.failed
    }
    return EXIT.ok
  }
}
