// Every simulated platform's state from the declarations plus a scenario: the baseline (each
// active person holds exactly what their roles grant) and what the scenario adds.
import { stringify } from 'yaml'
import { directorySource, readAll } from '../declarations/files.js'
import type { Declarations } from '../declarations/types.js'
import { sandboxPlatforms, type Scenario, type SeededStates } from './registry.js'
import type { SeedInput } from './shared/seeding.js'

export type { SeededStates } from './registry.js'

export interface SeedOptions {
  /** The access tree's files (paths relative to it) for the access repository; default the
   *  declarations written back as YAML. */
  accessFiles?: Record<string, string | Buffer>
  /** Makes minted ids the same on every run. */
  seed?: number
  now?: Date
}

export function seedStates(
  decl: Declarations,
  scenario: Scenario,
  options: SeedOptions = {}
): SeededStates {
  const input: SeedInput<Scenario> = {
    decl,
    scenario,
    now: options.now ?? new Date(),
    seed: options.seed ?? 1,
    accessFiles: options.accessFiles ?? accessFiles(decl)
  }
  return Object.fromEntries(sandboxPlatforms.map(p => [p.key, p.seed(input)])) as SeededStates
}

/** The files of an access tree on disk, for the access repository (regular files only). */
export async function readAccessTree(dir: string, cwd?: string): Promise<Record<string, Buffer>> {
  const source = directorySource(dir, cwd)
  return Object.fromEntries(
    await readAll(
      source,
      source.files.filter(f => !f.irregular)
    )
  )
}

/** The declarations written back as an access tree (for generated declarations, which have
 *  no files of their own). */
export function accessFiles(decl: Declarations): Record<string, string> {
  // Positions are the loader's bookkeeping, not part of a file.
  const yaml = (value: object) =>
    stringify(Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'at')), {
      lineWidth: 0
    })
  const files: Record<string, string> = { 'platforms.yaml': yaml(decl.platforms) }
  for (const person of decl.people.values()) files[`people/${person.id}.yaml`] = yaml(person)
  for (const role of decl.roles.values()) files[`roles/${role.id}.yaml`] = yaml(role)
  return files
}
