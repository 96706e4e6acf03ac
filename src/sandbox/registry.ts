// The simulated platforms the sandbox runs, in the order their servers start (fixed ports
// count in this order) and their parts appear in schemas/scenario.schema.json. Adding one is
// its folder under src/sandbox/ plus its import and its entry here (see docs/sandbox.md);
// scripts/scenario-schema.mjs reads the folder names from the imports, so they list the
// platforms in the same order as the entries.
import { github } from './github/index.js'
import { awsIam } from './aws-iam/index.js'
import { slack } from './slack/index.js'
import { scim } from './scim/index.js'
import { awsSso } from './aws-sso/index.js'
import { okta } from './okta/index.js'
import { entra } from './entra/index.js'
import { google } from './google/index.js'
import type { PlatformTypes, SandboxPlatform } from './shared/descriptor.js'
import type { ScenarioBase } from './shared/scenario.js'

export const SANDBOX_PLATFORMS = [github, awsIam, slack, scim, awsSso, okta, entra, google] as const

// What the platforms bring together, derived from their descriptors' types (PlatformTypes),
// so that a new platform needs no edit here but its line above.
type TypesOf<P> = P extends SandboxPlatform<infer T> ? T : never
type Each = TypesOf<(typeof SANDBOX_PLATFORMS)[number]>
/** A | B | C -> A & B & C. */
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never
type Keyed<T extends PlatformTypes, Field extends keyof PlatformTypes> = {
  [P in T as [P[Field]] extends [never] ? never : P['key']]: P[Field]
}

/** The whole scenario: what every scenario has, and every platform's part. */
export type Scenario = ScenarioBase & Intersect<Each['scenario']>
/** What seeding gives, by platform key (`github`, `iam`, `slack`, `scim`). */
export type SeededStates = Keyed<Each, 'seeded'>
/** A sandbox's live states, by platform key. */
export type SandboxStates = Keyed<Each, 'state'>
/** The tokens a sandbox's servers accept, by platform key (for those that take any). */
export type SandboxTokens = Keyed<Each, 'tokens'>
/** The options of startSandbox that one platform reads. */
export type PlatformOptions = Intersect<Each['options']>

/** The registry as the shared code loops over it, without each platform's own types. */
export const sandboxPlatforms: readonly SandboxPlatform[] = SANDBOX_PLATFORMS
