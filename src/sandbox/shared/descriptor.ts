// One simulated platform as the sandbox drives it: what seeding, the scenario checks and
// startSandbox need of it, so that they loop over the registry (registry.ts) and name no
// platform. Each platform's folder exports one from its index.ts; its part of the scenario
// schema is scenario-schema.json beside it.
import type { Declarations } from '../../declarations/types.js'
import type { ScenarioBase, ScenarioCheck } from './scenario.js'
import type { SeedInput } from './seeding.js'
import type { Platform } from './server.js'

/** The types a platform brings: the registry derives the whole scenario, the seeded states,
 *  a sandbox's `states`, `tokens` and startSandbox's options from them. */
export interface PlatformTypes {
  /** Its name in seedStates(), and in a sandbox's `states` and `tokens`. */
  key: string
  /** Its part of the scenario: its block, its key under `people.<id>`, its lists under
   *  `others` (as in github/scenario.ts). */
  scenario: object
  /** What seeding gives; undefined when platforms.yaml does not configure it. */
  seeded: unknown
  /** The live state its servers change, as a sandbox's `states` shows it. */
  state: unknown
  /** The made-up tokens its servers accept; `never` when they take none. */
  tokens: unknown
  /** The options of startSandbox that only this platform reads. */
  options: object
}

/** One server to start: the platform it serves, and the environment variables that point the
 *  command line at it once it listens on `url`. */
export interface ServerStart {
  platform: Platform
  env(url: string): Record<string, string>
}

export interface StartContext<T extends PlatformTypes> {
  decl: Declarations
  options: T['options']
  /** Makes minted ids the same on every run. */
  seed: number
  /** A made-up token with this prefix: recognisably the sandbox's, different on every run. */
  token(prefix: string): string
}

/** Where the access tree lives, on the platform that hosts repositories. */
export interface AccessRepo {
  owner: string
  repo: string
  branch: string
}

export interface SandboxPlatform<T extends PlatformTypes = PlatformTypes> {
  key: T['key']
  /** Its folder under src/sandbox/. */
  name: string
  /** The servers it runs for these declarations, in start order: the names fault rules and
   *  knobs use. */
  servers(decl: Declarations): string[]
  seed(input: SeedInput<ScenarioBase & T['scenario']>): T['seeded']
  state(seeded: T['seeded']): T['state']
  /** Its platforms, with made-up tokens. Called only when seeding gave something. */
  start(
    seeded: NonNullable<T['seeded']>,
    context: StartContext<T>
  ): { tokens?: T['tokens']; servers: ServerStart[] }
  /** The checks of the scenario that its schema part cannot make. */
  check(check: ScenarioCheck<ScenarioBase & T['scenario']>): void
  /** Where the access tree lives, when this platform hosts it. */
  accessRepo?(seeded: T['seeded']): AccessRepo | undefined
}
