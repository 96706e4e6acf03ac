// The simulated SCIM apps: their descriptor for the sandbox (a server per app platforms.yaml
// configures), and what the tests and the benchmarks use of them.
import { scimUrlEnv } from '../../endpoints.js'
import type { SandboxPlatform } from '../shared/descriptor.js'
import { createScimPlatform, type ScimSimState } from './platform.js'
import { checkScim, type ScimScenario } from './scenario.js'
import { seedScim } from './seed.js'

export * from './platform.js'

export const scim: SandboxPlatform<{
  key: 'scim'
  scenario: ScimScenario
  /** By app name. */
  seeded: Record<string, ScimSimState>
  state: Record<string, ScimSimState>
  tokens: Record<string, string>
  options: object
}> = {
  key: 'scim',
  name: 'scim',
  servers: decl => decl.platforms.scim.map(app => `scim:${app.name}`),
  seed: seedScim,
  state: seeded => seeded,
  start(states, { decl, token }) {
    const tokens: Record<string, string> = {}
    const servers = decl.platforms.scim.map(app => {
      const t = (tokens[app.name] = token(`scim-${app.name}-`))
      return {
        platform: createScimPlatform(states[app.name], { name: `scim:${app.name}`, tokens: [t] }),
        env: (url: string) => ({ [app.token_env]: t, [scimUrlEnv(app.name)]: `${url}/scim/v2` })
      }
    })
    return { tokens, servers }
  },
  check: checkScim
}
