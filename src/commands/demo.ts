import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { git } from '../declarations/files.js'
import { dirOption, EXIT, reportInvalid, type Command, type Io } from './command.js'

const LEAVER = 'alice'

export const demo: Command = {
  name: 'demo',
  summary: 'the whole flow on the bundled sandbox, no credentials needed',
  usage: `offboard demo [--dir access]

Tells the whole story on simulated platforms, with no credentials and no network: starts the
sandbox seeded from <dir> and the bundled scenario, copies the access tree into a scratch git
repository, marks ${LEAVER} departed, then runs validate, plan, apply (with progress),
verify-log and audit. Cleans up after itself.
Exit: 0 when every step did what it should.`,
  options: dirOption,
  async run(values, io) {
    const dir = String(values.dir)
    const { loadSandboxInputs } = await import('../sandbox/inputs.js')
    const { startSandbox } = await import('../sandbox/index.js')
    const { readAccessTree } = await import('../sandbox/seed.js')
    const { runCli } = await import('../cli.js')
    const { markDeparted } = await import('../declarations/depart.js')

    const inputs = await loadSandboxInputs(dir, io.cwd)
    if (!inputs.ok) return reportInvalid(io, inputs.diagnostics, `offboard demo: ${inputs.message}`)
    const step = (n: number, text: string) => io.out(`\n[${n}/6] ${text}`)
    io.out(
      'offboard demo: access revoked by pull request, on simulated platforms (no credentials, no network)'
    )

    step(
      1,
      `Start simulated GitHub, AWS IAM, Slack and SCIM apps, seeded from ${dir}/ and ${inputs.scenarioName}`
    )
    const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
      accessFiles: await readAccessTree(dir, io.cwd)
    })
    const scratch = mkdtempSync(join(tmpdir(), 'offboard-demo-'))
    try {
      for (const s of Object.values(sandbox.servers)) io.out(`      ${s.name.padEnd(16)}${s.url}`)
      const env = {
        ...io.env,
        ...sandbox.env,
        AWS_EC2_METADATA_DISABLED: 'true',
        OFFBOARD_ACTOR: 'demo'
      }
      const run = async (args: string[]) => {
        io.out(`      $ offboard ${args.join(' ')}`)
        const indent = (line: string) =>
          line
            .split('\n')
            .map(l => `      ${l}`)
            .join('\n')
        const sub: Io = {
          out: l => io.out(indent(l)),
          err: l => io.out(indent(l)),
          cwd: scratch,
          env
        }
        return runCli(args, sub)
      }

      step(2, 'A scratch copy of the access repository, validated')
      cpSync(resolve(io.cwd, dir), join(scratch, 'access'), { recursive: true })
      await git(scratch, 'init', '-q', '-b', 'main')
      await commit(scratch, 'the access tree')
      if ((await run(['validate'])) !== EXIT.ok) return EXIT.failed

      step(
        3,
        `${LEAVER} leaves: a pull request marks her departed, and the plan shows reviewers what will be revoked`
      )
      const file = join(scratch, 'access/people', `${LEAVER}.yaml`)
      const today = new Date().toISOString().slice(0, 10)
      writeFileSync(file, markDeparted(readFileSync(file, 'utf8'), today, file))
      await commit(scratch, `${LEAVER} leaves`)
      if ((await run(['plan', '--base', 'HEAD~1', '--head', 'HEAD'])) !== EXIT.ok)
        return EXIT.failed

      step(
        4,
        'The pull request is merged: apply discovers again, revokes step by step, and appends the log'
      )
      const applied = await run(['apply', '--base', 'HEAD~1', '--head', 'HEAD'])

      step(5, "An auditor checks the log's hash chain")
      const verified = await run(['verify-log'])

      step(
        6,
        'The daily audit compares declared with actual access; the scenario planted strays for it to find'
      )
      await run(['audit'])

      if (applied !== EXIT.ok || verified !== EXIT.ok) {
        io.out('\nThe demo did not finish as it should: see the apply and verify-log output above.')
        return EXIT.failed
      }
      io.out(
        `\nDone: ${LEAVER}'s access and credentials were revoked on every platform, the log verifies, and the audit lists what nobody declared.`
      )
      return EXIT.ok
    } finally {
      await sandbox.close()
      rmSync(scratch, { recursive: true, force: true })
    }
  }
}

async function commit(cwd: string, message: string): Promise<void> {
  await git(cwd, 'add', '-A')
  await git(
    cwd,
    '-c',
    'user.name=offboard demo',
    '-c',
    'user.email=demo@offboard.invalid',
    'commit',
    '-q',
    '-m',
    message
  )
}
