// What a simulated platform sees of the sandbox scenario: the part every scenario has, the
// platform's own part on top of it (its block, its key under each person, its lists under
// `others`: see <platform>/scenario.ts), and what its checks report problems with.
import type { Declarations, Person } from '../../declarations/types.js'
import type { YamlPath } from '../../declarations/yaml.js'
import type { PlatformName } from '../../grants.js'

/** What every scenario has, whatever the platforms. */
export interface ScenarioBase {
  version: 1
  /** By person id: what each holds beyond what their roles grant, under each platform's key. */
  people?: Record<string, object>
  /** Accounts no declaration names, in each platform's lists. */
  others?: object
  /** Fault rules for the servers, as text (see faults.ts). */
  faults?: string[]
}

/** What one person holds in a scenario of type S. */
export type HoldsOf<S extends ScenarioBase> = NonNullable<S['people']>[string]

/** A person the scenario describes, found in the declarations. */
export interface DescribedPerson<H> {
  id: string
  person: Person
  holds: H
}

/** A platform's checks of the scenario, for what its schema part cannot say: the scenario must
 *  fit the declarations it seeds with. Problems are reported at their YAML path. */
export interface ScenarioCheck<S extends ScenarioBase> {
  scenario: S
  decl: Declarations
  /** The people the scenario describes that the declarations have (the others are reported
   *  once, for every platform). */
  people: DescribedPerson<HoldsOf<S>>[]
  /** A problem at `path`: at its key when `atKey`, else at its value. */
  problem(path: YamlPath, message: string, atKey?: boolean): void
  /** The scenario describes `block`, which platforms.yaml does not configure. */
  unconfigured(path: YamlPath, block: string): void
  /** Person `id` is described on `block`: platforms.yaml must configure it, and the person
   *  declare `accounts.<block>` (`account`), since seeding needs `what` (e.g. "a GitHub
   *  login"). */
  needsAccount(
    id: string,
    block: string,
    configured: boolean,
    account: string | undefined,
    what: string
  ): void
  /** Accounts listed under `others.<platform>` (by their `key` field) that a person declares on
   *  the platform, or that the list repeats: they belong under people. `fold` is how the
   *  platform compares names. */
  notDeclared(
    platform: PlatformName,
    names: string[],
    key: string,
    fold?: (name: string) => string
  ): void
}
