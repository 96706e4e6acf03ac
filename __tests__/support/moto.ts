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

/** The AWS retry budget of every test against moto, set explicitly: moto answers 500 to
 *  ListServiceSpecificCredentials (it does not implement it), which every discover retries;
 *  one retry keeps that cheap, and the default budget is not what these tests are about. */
export const MOTO_RETRY = { retries: 1, seconds: 10, attempt_seconds: 5 }

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
