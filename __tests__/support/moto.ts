// For IAM integration tests: the URL of the running moto server. Never skips silently:
// without moto the test fails and says how to install it.
import { randomBytes } from 'node:crypto'

export function motoUrl(): string {
  const url = process.env.OFFBOARD_MOTO_URL
  if (!url)
    throw new Error(
      process.env.OFFBOARD_MOTO_MISSING ??
        'No IAM emulator: install moto (pip install "moto[server]") or set OFFBOARD_MOTO_URL'
    )
  return url
}

/** Settings for an IAM client pointed at moto. Tests share one moto: use uniqueName(). */
export function motoClientConfig() {
  return {
    region: 'us-east-1',
    endpoint: motoUrl(),
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
}

/** A name no other test uses, so that test files can share one moto without resets. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`
}
