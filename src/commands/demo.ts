import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { configuredInstances } from '../connectors/registry.js'
import { git } from '../declarations/files.js'
import { apply } from './apply.js'
import { audit } from './audit.js'
import { evidence } from './evidence.js'
import { dirOption, EXIT, reportInvalid, runCommand, type Command, type Io } from './command.js'
import { plan } from './plan.js'
import { sweep } from './sweep.js'
import { validate } from './validate.js'
import { verifyLogCommand } from './verify-log.js'

const LEAVER = 'alice'

export const demo: Command = {
  name: 'demo',
  summary: 'the whole flow on the bundled sandbox, no credentials needed',
  usage: `offboard demo [--dir access]

Tells the whole story on simulated platforms, with no credentials and no network: starts the
sandbox seeded from <dir> and the bundled scenario, copies the access tree into a scratch git
repository, marks ${LEAVER} departed, then runs validate, plan, apply (with progress and a
verified record per platform), verify-log, audit, evidence (alice's time to revoke), and a
sweep that revokes a key re-created for alice after her departure. Cleans up after itself.
Exit: 0 when every step did what it should.`,
  options: dirOption,
  async run(values, io) {
    const dir = String(values.dir)
    const { loadSandboxInputs } = await import('../sandbox/inputs.js')
    const { startSandbox } = await import('../sandbox/index.js')
    const { readAccessTree } = await import('../sandbox/seed.js')
    const { markDeparted } = await import('../declarations/depart.js')

    const inputs = await loadSandboxInputs(dir, io.cwd)
    if (!inputs.ok) return reportInvalid(io, inputs.diagnostics, `offboard demo: ${inputs.message}`)
    const step = (n: number, text: string) => io.out(`\n[${n}/8] ${text}`)
    io.out(
      'offboard demo: access revoked by pull request, on simulated platforms (no credentials, no network)'
    )

    // The platforms the tree configures, as people name them.
    const titles = [
      ...new Set(configuredInstances(inputs.declarations.platforms).map(c => c.platform.title))
    ]
    const listed =
      titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles.join('')
    step(1, `Start simulated ${listed}, seeded from ${dir}/ and ${inputs.scenarioName}`)
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
      const run = async (command: Command, args: string[] = []) => {
        io.out(`      $ offboard ${[command.name, ...args].join(' ')}`)
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
        return runCommand(command, args, sub)
      }

      step(2, 'A scratch copy of the access repository, validated')
      cpSync(resolve(io.cwd, dir), join(scratch, 'access'), { recursive: true })
      await git(scratch, 'init', '-q', '-b', 'main')
      await commit(scratch, 'the access tree')
      if ((await run(validate)) !== EXIT.ok) return EXIT.failed

      step(
        3,
        `${LEAVER} leaves: a pull request marks her departed, and the plan shows reviewers what will be revoked`
      )
      const file = join(scratch, 'access/people', `${LEAVER}.yaml`)
      const today = new Date().toISOString().slice(0, 10)
      writeFileSync(file, markDeparted(readFileSync(file, 'utf8'), today, file))
      await commit(scratch, `${LEAVER} leaves`)
      if ((await run(plan, ['--base', 'HEAD~1', '--head', 'HEAD'])) !== EXIT.ok) return EXIT.failed

      step(
        4,
        'The pull request is merged: apply discovers again, revokes step by step, reads every platform back to verify, and appends the log'
      )
      const applied = await run(apply, ['--base', 'HEAD~1', '--head', 'HEAD'])

      step(5, "An auditor checks the log's hash chain")
      const verified = await run(verifyLogCommand)

      step(
        6,
        'The daily audit compares declared with actual access; the scenario planted strays for it to find'
      )
      await run(audit)

      step(7, `An auditor samples ${LEAVER}'s departure: requested when, revoked and verified when`)
      const evidenced = await run(evidence)

      step(
        8,
        `Later, a script re-creates ${LEAVER}'s IAM user with an access key; the scheduled sweep revokes it under her departure, no new review, and logs it`
      )
      // A tree without AWS IAM: the sweep then only finds nothing left.
      if (sandbox.env.AWS_ENDPOINT_URL_IAM) {
        io.out(
          `      (an admin's script: aws iam create-user ${LEAVER}; aws iam create-access-key)`
        )
        await recreateKey(env, LEAVER)
      }
      const swept = await run(sweep)

      if ([applied, verified, evidenced, swept].some(code => code !== EXIT.ok)) {
        io.out(
          '\nThe demo did not finish as it should: see the apply, verify-log, evidence and sweep output above.'
        )
        return EXIT.failed
      }
      io.out(
        `\nDone: ${LEAVER}'s access and credentials were revoked and verified gone on every platform, the log verifies, the audit lists what nobody declared (and the deploy key left to a human), the evidence shows how long revoking took, and the key that appeared after her departure was swept.`
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

/** What a script that still lists the person does after the departure: their IAM user made
 *  again with an access key, on the sandbox's IAM (whose secret is dropped unseen). */
async function recreateKey(env: Record<string, string | undefined>, user: string): Promise<void> {
  const { CreateAccessKeyCommand, CreateUserCommand, IAMClient } =
    await import('@aws-sdk/client-iam')
  const iam = new IAMClient({
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_IAM,
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? ''
    }
  })
  await iam.send(new CreateUserCommand({ UserName: user }))
  await iam.send(new CreateAccessKeyCommand({ UserName: user }))
}
