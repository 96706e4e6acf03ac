// The simulated AWS IAM: its descriptor for the sandbox (one server, which checks no
// signature), and what the tests and the benchmarks use of it.
import type { SandboxPlatform } from '../shared/descriptor.js'
import { createIamPlatform } from './platform.js'
import { checkAws, type AwsScenario } from './scenario.js'
import { seedIam } from './seed.js'
import type { IamSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export type { IamPlatformOptions } from './context.js'

export const awsIam: SandboxPlatform<{
  key: 'iam'
  scenario: AwsScenario
  seeded: IamSimState | undefined
  state: IamSimState | undefined
  tokens: never
  options: object
}> = {
  key: 'iam',
  name: 'aws-iam',
  servers: decl => (decl.platforms.aws ? ['aws-iam'] : []),
  seed: seedIam,
  state: seeded => seeded,
  start: (state, { seed }) => ({
    servers: [
      {
        platform: createIamPlatform(state, { seed }),
        env: url => ({
          AWS_ENDPOINT_URL_IAM: url,
          // STS too: a role assumed in a member account of aws.accounts (sts.ts).
          AWS_ENDPOINT_URL_STS: url,
          AWS_REGION: 'us-east-1',
          // The sandbox checks no signature: any key signs.
          AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
          AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
        })
      }
    ]
  }),
  check: checkAws
}
