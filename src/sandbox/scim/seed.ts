// The simulated SCIM apps' users, seeded from the declarations and the scenario: in each app,
// the active people its roles grant it to and the people the scenario gives an account there,
// and the users nobody declares.
import { byName } from '../../declarations/names.js'
import { declaredAccount } from '../../grants.js'
import type { ScenarioBase } from '../shared/scenario.js'
import { seededPeople, valuesOf, type SeedInput } from '../shared/seeding.js'
import { scimState, type ScimSimState, type ScimUserSeed } from './platform.js'
import type { ScimScenario } from './scenario.js'

/** Every configured app's state, by app name. */
export function seedScim(
  input: SeedInput<ScenarioBase & ScimScenario>
): Record<string, ScimSimState> {
  return Object.fromEntries(
    input.decl.platforms.scim.map(app => [app.name, seedApp(input, app.name)])
  )
}

function seedApp(input: SeedInput<ScenarioBase & ScimScenario>, app: string): ScimSimState {
  const users: ScimUserSeed[] = []
  for (const p of seededPeople(input)) {
    const held = byName(p.holds.scim, app)
    if (!held && !valuesOf(p.grants, 'scim_app').includes(app)) continue
    users.push({
      userName: declaredAccount(p.person, `scim:${app}`) ?? p.person.email,
      displayName: p.person.name,
      emails: [{ value: p.person.email, primary: true }],
      active: held !== 'inactive'
    })
  }
  for (const o of byName(input.scenario.others?.scim, app) ?? [])
    users.push({ userName: o.userName, active: o.active ?? true })
  return scimState(users)
}
