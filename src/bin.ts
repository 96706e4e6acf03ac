#!/usr/bin/env node
// The `offboard` executable: dist/cli/index.js reaches it through the bundle (src/index.ts cli).
import { runCli } from './cli.js'

// offboard supports Node 20 on purpose; the AWS SDK's notice about its future minimum is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

process.exitCode = await runCli(process.argv.slice(2), {
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env
})
