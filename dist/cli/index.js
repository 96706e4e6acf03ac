#!/usr/bin/env node
// The `offboard` command: the engine is dist/index.js.
await (await import('../index.js')).cli()
