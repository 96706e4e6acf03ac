// For tests of "no AWS credentials": nothing for the SDK's default chain to find, and no
// instance metadata to ask, during each test of the calling describe block.
import { afterEach, beforeEach } from '@jest/globals'

export function withoutAwsCredentials(): void {
  const saved = { ...process.env }
  beforeEach(() => {
    for (const name of Object.keys(process.env))
      if (name.startsWith('AWS_')) delete process.env[name]
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config'
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials'
  })
  afterEach(() => {
    process.env = { ...saved }
  })
}
