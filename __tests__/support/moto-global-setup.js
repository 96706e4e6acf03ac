// Jest global setup: make a real IAM emulator (moto) available to the integration tests.
// .ci/run starts one and sets OFFBOARD_MOTO_URL; a plain `npm test` starts its own here.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })

async function waitUntilUp(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/moto-api/`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 100))
  }
  throw new Error(`moto_server did not answer at ${url} within 10 s`)
}

export default async function globalSetup() {
  // Without credentials the AWS SDK's default chain would probe the EC2 metadata address;
  // tests only ever talk to loopback.
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  if (process.env.OFFBOARD_MOTO_URL) return
  if (spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).error) {
    // Tests that need moto fail with this hint (see __tests__/support/moto.ts); others run.
    process.env.OFFBOARD_MOTO_MISSING =
      'moto_server not found: install it with: pip install "moto[server]"'
    return
  }
  const port = await freePort()
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' })
  globalThis.__OFFBOARD_MOTO__ = child
  process.env.OFFBOARD_MOTO_URL = `http://127.0.0.1:${port}`
  await waitUntilUp(process.env.OFFBOARD_MOTO_URL)
}
