// The SCIM apps' part of the sandbox scenario: the state of a person's account in each app,
// and the users nobody declares; and the checks its schema part (scenario-schema.json) cannot
// make.
import type { YamlPath } from '../../declarations/yaml.js'
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'

export interface ScimScenario {
  /** SCIM app name -> the state of the person's account there. */
  people?: Record<string, { scim?: Record<string, 'active' | 'inactive'> }>
  others?: { scim?: Record<string, { userName: string; active?: boolean }[]> }
}

export function checkScim(c: ScenarioCheck<ScenarioBase & ScimScenario>): void {
  const apps = new Set(c.decl.platforms.scim.map(a => a.name))
  const checkApps = (path: YamlPath, names: string[]) => {
    for (const app of names)
      if (!apps.has(app))
        c.problem(
          [...path, app],
          `no SCIM app "${app}" in platforms.yaml (configured: ${[...apps].join(', ') || 'none'})`,
          true
        )
  }
  for (const { id, holds } of c.people)
    checkApps(['people', id, 'scim'], Object.keys(holds.scim ?? {}))
  checkApps(['others', 'scim'], Object.keys(c.scenario.others?.scim ?? {}))
}
