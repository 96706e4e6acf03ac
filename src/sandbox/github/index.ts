// The simulated GitHub: its descriptor for the sandbox (one server, the access repository's
// host), and what the tests and the benchmarks use of it.
import type { SandboxPlatform } from '../shared/descriptor.js'
import { createGithubPlatform, type GithubPlatformOptions } from './platform.js'
import { checkGithub, type GithubScenario } from './scenario.js'
import { seedGithub, type SeededGithub } from './seed.js'
import type { GithubSimState } from './state.js'

export * from './platform.js'
export * from './state.js'
export { commitFiles } from './git.js'
export type { RateBudget } from './http.js'
export type { SeededGithub } from './seed.js'

export interface GithubSandboxOptions {
  /** Checks each GitHub request against a contract (tests pass GitHub's OpenAPI check). */
  checkGithubRequest?: GithubPlatformOptions['checkRequest']
}

export const github: SandboxPlatform<{
  key: 'github'
  scenario: GithubScenario
  seeded: SeededGithub | undefined
  state: GithubSimState | undefined
  tokens: string | undefined
  options: GithubSandboxOptions
}> = {
  key: 'github',
  name: 'github',
  servers: decl => (decl.platforms.github ? ['github'] : []),
  seed: seedGithub,
  state: seeded => seeded?.state,
  start({ state, tokenOwner }, { options, token }) {
    const t = token('ghp_')
    const { platform } = createGithubPlatform(state, {
      tokens: { [t]: tokenOwner },
      checkRequest: options.checkGithubRequest
    })
    // The GitHub connector spaces writes 1 s apart by default, as GitHub asks of
    // integrations; the sandbox has no secondary limit unless a knob injects one, so the
    // command line skips the spacing here, and code that drives the sandbox in-process uses
    // createGithubConnector({ paceWrites: false }).
    const env = (url: string) => ({
      GITHUB_API_URL: url,
      GITHUB_TOKEN: t,
      OFFBOARD_GITHUB_PACE_WRITES: 'false'
    })
    return { tokens: t, servers: [{ platform, env }] }
  },
  check: checkGithub,
  accessRepo: seeded =>
    seeded && {
      owner: seeded.state.org.login,
      repo: seeded.accessRepo.name,
      branch: seeded.accessRepo.default_branch
    }
}
