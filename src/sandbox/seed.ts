// Every simulated platform's state from the declarations plus a scenario: the baseline (each
// active person holds exactly what their roles grant) and what the scenario adds.
import { stringify } from 'yaml'
import { directorySource } from '../declarations/files.js'
import type { Declarations } from '../declarations/types.js'
import type { Scenario } from './scenario.js'
import { scimState, type ScimSimState, type ScimUserSeed } from './scim.js'
import { seededPeople, valuesOf, type SeedInput } from './seed-common.js'
import { seedIam } from './seed-aws.js'
import { seedGithub, type SeededGithub } from './seed-github.js'
import { seedSlack, type SeededSlack } from './seed-slack.js'
import type { IamSimState } from './aws-iam.js'

export interface SeededStates {
  github?: SeededGithub
  iam?: IamSimState
  slack?: SeededSlack
  /** By SCIM app name. */
  scim: Record<string, ScimSimState>
}

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
  const input: SeedInput = { decl, scenario, now: options.now ?? new Date() }
  return {
    github: seedGithub(input, options.accessFiles ?? accessFiles(decl)),
    iam: seedIam(input, options.seed ?? 1),
    slack: seedSlack(input),
    scim: Object.fromEntries(decl.platforms.scim.map(app => [app.name, seedScim(input, app.name)]))
  }
}

/** One SCIM app's users: active people its roles grant it to, and the scenario's. */
function seedScim(input: SeedInput, app: string): ScimSimState {
  const users: ScimUserSeed[] = []
  for (const p of seededPeople(input)) {
    const held = p.holds.scim?.[app]
    if (!held && !valuesOf(p.grants, 'scim_app').includes(app)) continue
    users.push({
      userName: p.person.accounts.scim?.[app] ?? p.person.email,
      displayName: p.person.name,
      emails: [{ value: p.person.email, primary: true }],
      active: held !== 'inactive'
    })
  }
  for (const o of input.scenario.others?.scim?.[app] ?? [])
    users.push({ userName: o.userName, active: o.active ?? true })
  return scimState(users)
}

/** The files of an access tree on disk, for the access repository (regular files only). */
export async function readAccessTree(dir: string, cwd?: string): Promise<Record<string, Buffer>> {
  const source = directorySource(dir, cwd)
  return Object.fromEntries(await source.read(source.files.filter(f => !f.irregular)))
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
