// The platforms offboard manages, in the order plans, audits and the schemas list them. Adding
// one is its folder under src/connectors/ (its descriptor in index.ts, its schema.json) plus its
// import and its entry below; scripts/access-schemas.mjs reads the folder names from the
// imports, so they list the platforms in the same order as the entries.
import { github } from './github/index.js'
import { aws } from './aws/index.js'
import { slack } from './slack/index.js'
import { scim } from './scim/index.js'
import { awsSso } from './aws_sso/index.js'
import { entra } from './entra/index.js'
import { google } from './google/index.js'
import { okta } from './okta/index.js'
import type { Platforms } from '../declarations/types.js'
import type { PlatformName } from '../grants.js'
import type { Instance, PlatformDescriptor, PlatformTypes } from './descriptor.js'

// A function, not a constant: connectors import the core, which imports this registry, so the
// descriptors are read when first asked for, never while the modules are still loading.
const builtIn = () => [github, aws, slack, scim, awsSso, entra, google, okta] as const

type TypesOf<P> = P extends PlatformDescriptor<infer T> ? T : never
/** What the built-in platforms bring, one member each: declarations/types.ts derives the
 *  declarations' types from it. */
export type BuiltInTypes = TypesOf<ReturnType<typeof builtIn>[number]>

let registered: Map<string, PlatformDescriptor> | undefined
const registry = () =>
  (registered ??= new Map(builtIn().map((p): [string, PlatformDescriptor] => [p.key, p])))

/** Every platform, in registry order. */
export const platformDescriptors = (): PlatformDescriptor[] => [...registry().values()]

/** Adds a platform after the built-in ones (tests register a fake one this way); returns what
 *  removes it again. */
export function registerPlatform<T extends PlatformTypes>(platform: PlatformDescriptor<T>) {
  if (registry().has(platform.key))
    throw new Error(`platform "${platform.key}" is registered twice`)
  registry().set(platform.key, platform as unknown as PlatformDescriptor)
  return () => void registry().delete(platform.key)
}

/** The platform an instance name belongs to: `scim:jira` is SCIM's. */
export function descriptorOf(instance: PlatformName): PlatformDescriptor {
  const colon = instance.indexOf(':')
  const platform = registry().get(colon < 0 ? instance : instance.slice(0, colon))
  if (!platform) throw new Error(`no platform "${instance}" is registered`)
  return platform
}

/** A platform's block of platforms.yaml, as its descriptor's settings() gave it. */
export const settingsOf = (platforms: Platforms, platform: PlatformDescriptor): unknown =>
  (platforms as unknown as Record<string, unknown>)[platform.key]

export interface Configured {
  platform: PlatformDescriptor
  instance: Instance
}

/** Every instance platforms.yaml configures, in registry order. */
export const configuredInstances = (platforms: Platforms): Configured[] =>
  platformDescriptors().flatMap(platform =>
    platform.instances(settingsOf(platforms, platform)).map(instance => ({ platform, instance }))
  )

/** The configured instances `name` stands for where accounts and grants are declared: the
 *  instance of that name, or, for the bare key of a platform whose instances are named
 *  `<key>:<name>`, every one of them (`accounts.aws: alice` with aws.accounts: alice in each
 *  AWS account). */
export function instancesNamed(platforms: Platforms, name: PlatformName): Instance[] {
  const platform = descriptorOf(name)
  const all = platform.instances(settingsOf(platforms, platform))
  const exact = all.filter(i => i.name === name)
  return exact.length || name !== platform.key ? exact : all
}

/** One configured instance, if platforms.yaml configures it. */
export function configuredInstance(platforms: Platforms, name: PlatformName): Instance | undefined {
  const platform = descriptorOf(name)
  return platform.instances(settingsOf(platforms, platform)).find(i => i.name === name)
}
