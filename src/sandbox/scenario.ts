// The sandbox scenario: who actually holds what on the simulated platforms beyond what the
// access declarations grant (credentials, leftovers of departed people, strays, bots). The
// format is YAML, checked against schemas/scenario.schema.json (assembled from each
// platform's part) and against the declarations, every problem reported at its line. The
// bundled one is sandbox/scenario.yaml.
import { readFileSync } from 'node:fs'
import { formatDiagnostic } from '../declarations/load.js'
import { schemaProblems } from '../declarations/schema.js'
import type { Declarations, Diagnostic } from '../declarations/types.js'
import { loadCarefulParser, parseYaml, type YamlPath } from '../declarations/yaml.js'
import { declaredAccount } from '../grants.js'
import { FaultSyntaxError, parseFault } from './faults.js'
import { sandboxPlatforms, type Scenario } from './registry.js'
import type { ScenarioCheck } from './shared/scenario.js'

export type { Scenario } from './registry.js'

/** A scenario that does not parse, or does not fit the declarations. */
export class ScenarioError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `the sandbox scenario has ${diagnostics.length === 1 ? 'a problem' : `${diagnostics.length} problems`}:\n` +
        diagnostics.map(formatDiagnostic).join('\n')
    )
    this.name = 'ScenarioError'
  }
}

/** Where the bundled scenario is reported from. */
export const BUNDLED_SCENARIO = 'sandbox/scenario.yaml'

/** The bundled scenario's text. ncc sees this literal URL and copies the file next to the
 *  bundle, so the command line finds it after bundling too. */
export function bundledScenarioText(): Buffer {
  return readFileSync(new URL('../../sandbox/scenario.yaml', import.meta.url))
}

/** Parses and checks a scenario; throws ScenarioError with every problem found. */
export async function parseScenario(
  text: Buffer | string,
  file: string,
  decl: Declarations
): Promise<Scenario> {
  // One file, and its problems need exact positions: always the careful parser.
  await loadCarefulParser()
  const { parsed, problems } = parseYaml(file, Buffer.from(text))
  if (!parsed) throw new ScenarioError(problems)
  const schema = schemaProblems('scenario', parsed)
  if (schema.length > 0) throw new ScenarioError(schema)
  const scenario = parsed.value as Scenario
  const found = crossCheck(scenario, decl)
  if (found.length > 0)
    throw new ScenarioError(
      found
        .map(f => ({ file, ...parsed.locate(f.path, { key: f.atKey }), message: f.message }))
        .sort((a, b) => a.line - b.line || a.column - b.column)
    )
  return scenario
}

interface Problem {
  path: YamlPath
  atKey?: boolean
  message: string
}

/** The checks a schema cannot make: the scenario must fit the declarations it seeds with.
 *  Each platform checks its part; the people and the faults are checked here. */
function crossCheck(s: Scenario, decl: Declarations): Problem[] {
  const out: Problem[] = []
  const problem = (path: YamlPath, message: string, atKey?: boolean) =>
    out.push({ path, atKey, message })
  const people: ScenarioCheck<Scenario>['people'] = []
  for (const [id, holds] of Object.entries(s.people ?? {})) {
    const person = decl.people.get(id)
    if (person) people.push({ id, person, holds })
    else
      problem(
        ['people', id],
        `no person "${id}" in the declarations: use a person id, or list the account under others`,
        true
      )
  }
  const unconfigured = (path: YamlPath, block: string) =>
    problem(path, `platforms.yaml has no ${block} block: remove this, or configure ${block}`, true)
  const check: ScenarioCheck<Scenario> = {
    scenario: s,
    decl,
    people,
    problem,
    unconfigured,
    needsAccount(id, block, configured, account, what) {
      if (!configured) unconfigured(['people', id, block], block)
      else if (!account)
        problem(
          ['people', id, block],
          `${id} declares no accounts.${block}: the scenario needs ${what} to seed`,
          true
        )
    },
    notDeclared(platform, names, key, fold = name => name) {
      const accounts = [...decl.people.values()].flatMap(p => declaredAccount(p, platform) ?? [])
      const declared = new Set(accounts.map(fold))
      names.forEach((name, i) => {
        const k = fold(name)
        if (declared.has(k))
          problem(
            ['others', platform, i, key],
            `${name} is declared for a person: describe it under people instead`
          )
        declared.add(k)
      })
    }
  }
  for (const platform of sandboxPlatforms) platform.check(check)

  const servers = sandboxPlatforms.flatMap(p => p.servers(decl))
  ;(s.faults ?? []).forEach((text, i) => {
    try {
      const { server } = parseFault(text)
      if (!servers.includes(server))
        problem(
          ['faults', i],
          `no server "${server}" in this sandbox: the servers are ${servers.join(', ')}`
        )
    } catch (err) {
      if (!(err instanceof FaultSyntaxError)) throw err
      problem(['faults', i], err.message)
    }
  })
  return out
}
