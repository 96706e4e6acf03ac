// Secrets echoed back by the platforms never reach what the command line prints or logs: for
// every platform, plan (text and --json), apply (with its log) and audit (text and --json)
// run against servers whose error answers repeat the request's credentials, query and body.
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  departAlice,
  ECHO_ROWS,
  leaks,
  localLog,
  startEchoSandbox,
  type EchoSetup
} from '../support/echo.js'
import { cli } from '../support/tree.js'

let setup: EchoSetup | undefined
afterEach(async () => {
  await setup?.sandbox.close()
  setup = undefined
})

describe('the command line against servers that echo secrets', () => {
  it.each(ECHO_ROWS)('$platform: $how', async row => {
    setup = await startEchoSandbox(row)
    const { cwd, env, secrets } = setup
    departAlice(cwd)

    const runs: [string, string[]][] = [
      ['plan', ['plan', '--base', 'HEAD~1', '--head', 'HEAD']],
      ['plan --json', ['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--json']],
      ['audit', ['audit']],
      ['audit --json', ['audit', '--json']],
      ['apply', ['apply', '--base', 'HEAD~1', '--head', 'HEAD']],
      ['audit after apply', ['audit', '--json']]
    ]
    const found: string[] = []
    const shown: string[] = []
    for (const [name, argv] of runs) {
      const { out, err } = await cli(argv, cwd, env)
      found.push(...leaks(`${name} stdout`, out, secrets), ...leaks(`${name} stderr`, err, secrets))
      shown.push(out, err)
    }
    found.push(...leaks('the log', localLog(cwd), secrets))

    expect(found).toEqual([])
    // The echo reached the output, scrubbed: the test looked where a secret would be.
    if (row.echoes) expect(shown.join('\n')).toMatch(/\(request [A-Z]+ [^)]*\[redacted\]/)
  })
})
