// Entra ID's part of the sandbox scenario: what the declared groups are like (and groups of the
// scenario's own, for nesting), which Graph permissions the app holds, what a person holds in
// the tenant beyond their roles' groups, and the users nobody declares; and the checks its
// schema part (scenario-schema.json) cannot make.
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'
import type { MethodType } from './state.js'
import { ENTRA, entraConfigOf, foldEntraAccount } from '../../connectors/entra/vocabulary.js'

export interface EntraGroupScenario {
  /** Object id (a GUID). */
  id: string
  name?: string
  /** Dynamic membership: its rule decides, no one can be removed. */
  dynamic?: boolean
  /** Synchronized from on-premises Active Directory. */
  synced?: boolean
  /** A distribution list (mail-enabled, Exchange's to change). */
  exchange?: boolean
  role_assignable?: boolean
  /** Ids of groups that are members of this one (nesting). */
  groups?: string[]
}

export interface EntraHolds {
  /** Sign-in allowed (default true for active people, false for departed ones). */
  enabled?: boolean
  /** Synchronized from on-premises Active Directory. */
  synced?: boolean
  /** More groups (object ids) they are a direct member of. */
  groups?: string[]
  /** Directory roles by display name, e.g. Global Administrator. */
  directory_roles?: string[]
  /** Apps (by display name) the user is assigned to directly. */
  app_roles?: string[]
  /** Registered authentication methods besides the password. */
  methods?: MethodType[]
}

export interface OtherEntraUser extends EntraHolds {
  userPrincipalName: string
  name?: string
  mail?: string
}

export interface EntraScenario {
  entra?: { groups?: EntraGroupScenario[]; permissions?: string[] }
  people?: Record<string, { entra?: EntraHolds }>
  others?: { entra?: OtherEntraUser[] }
}

export function checkEntra(c: ScenarioCheck<ScenarioBase & EntraScenario>): void {
  const configured = entraConfigOf(c.decl.platforms) !== undefined
  if (c.scenario.entra && !configured) c.unconfigured(['entra'], 'entra')
  for (const { id, holds } of c.people)
    if (holds.entra && !configured) c.unconfigured(['people', id, 'entra'], 'entra')
  const others = c.scenario.others?.entra
  if (others && !configured) c.unconfigured(['others', 'entra'], 'entra')
  c.notDeclared(
    ENTRA,
    (others ?? []).map(u => u.userPrincipalName),
    'userPrincipalName',
    foldEntraAccount
  )
  const groups = c.scenario.entra?.groups ?? []
  const ids = new Set(groups.map(g => g.id.toLowerCase()))
  groups.forEach((g, i) => {
    for (const inner of g.groups ?? [])
      if (!ids.has(inner.toLowerCase()))
        c.problem(
          ['entra', 'groups', i, 'groups'],
          `group ${inner} is not among entra.groups: describe it there to nest it`
        )
  })
}
