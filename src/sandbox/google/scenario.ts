// Google Workspace's part of the sandbox scenario: what a person holds there beyond their
// roles' groups, and the users nobody declares; and the checks its schema part
// (scenario-schema.json) cannot make.
import { declaredAccount, foldAccount } from '../../connectors/google/declared.js'
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'
import { PREBUILT_ROLES } from './state.js'

export interface GoogleHolds {
  /** More groups (emails) than the roles grant. */
  groups?: string[]
  aliases?: string[]
  /** Third-party apps holding an OAuth token, by name. */
  oauth_apps?: string[]
  /** Application-specific passwords, by name. */
  app_passwords?: string[]
  /** Backup verification codes (10, as Google generates them). */
  backup_codes?: boolean
  super_admin?: boolean
  /** Prebuilt admin roles, by name. */
  admin_roles?: string[]
  suspended?: boolean
  /** Files owned in Drive. */
  drive_files?: number
}

export interface OtherGoogleUser extends GoogleHolds {
  email: string
  name?: string
}

export interface GoogleScenario {
  people?: Record<string, { google?: GoogleHolds }>
  others?: { google?: OtherGoogleUser[] }
}

export function checkGoogle(
  c: ScenarioCheck<ScenarioBase & GoogleScenario>,
  configured: boolean
): void {
  const roles = (path: (string | number)[], holds: GoogleHolds) =>
    (holds.admin_roles ?? []).forEach((r, i) => {
      if (!PREBUILT_ROLES.includes(r))
        c.problem(
          [...path, 'admin_roles', i],
          `no admin role "${r}": use one of ${PREBUILT_ROLES.join(', ')}`
        )
    })
  for (const { id, holds } of c.people) {
    if (!holds.google) continue
    if (!configured) c.unconfigured(['people', id, 'google'], 'google')
    roles(['people', id, 'google'], holds.google)
  }
  const others = c.scenario.others?.google ?? []
  if (others.length && !configured) c.unconfigured(['others', 'google'], 'google')
  // A person's account is the one they declare, or their email: an other may be neither.
  const people = new Map(
    [...c.decl.people.values()].map(p => [foldAccount(declaredAccount(p) ?? p.email), p.id])
  )
  const seen = new Set<string>()
  others.forEach((o, i) => {
    roles(['others', 'google', i], o)
    const email = foldAccount(o.email)
    const person = people.get(email)
    if (person || seen.has(email))
      c.problem(
        ['others', 'google', i, 'email'],
        person
          ? `${o.email} is ${person}'s Google account: describe it under people.${person}.google instead`
          : `${o.email} is listed twice`
      )
    seen.add(email)
  })
}
