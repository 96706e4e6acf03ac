#!/usr/bin/env node
// The `offboard` executable (bundled to dist/cli/index.js).
import { runCli } from './cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env
})
