// Okta's part of the sandbox scenario: whom the API token acts for, which groups a directory
// imports, what a person holds in the org beyond their roles' groups, and the users nobody
// declares; and the checks its schema part (scenario-schema.json) cannot make.
import { foldAccount, OKTA, sameLogin } from '../../connectors/okta/vocabulary.js'
import type { Person } from '../../declarations/types.js'
import type { ScenarioBase, ScenarioCheck } from '../shared/scenario.js'

/** What a user holds, beyond the groups their roles grant. */
export interface OktaHolds {
  /** Default active; a departed person described here keeps an account in this status. */
  status?: 'active' | 'suspended' | 'deprovisioned' | 'locked_out' | 'staged' | 'recovery'
  /** More groups (created as Okta groups unless okta.app_groups names them). */
  groups?: string[]
  /** Apps assigned to the user directly, by label. */
  apps?: string[]
  /** Enrolled factors: push, sms, call, email, totp, webauthn, question. */
  factors?: string[]
  /** Okta sessions still open (default 1 for an active user). */
  sessions?: number
  /** OAuth apps the user gave consent grants to, by name. */
  grants?: string[]
  /** OAuth apps holding refresh tokens for the user, by name. */
  tokens?: string[]
  /** Admin roles: super_admin, org_admin, read_only_admin, ... */
  admin?: string[]
}

export interface OtherOktaUser extends OktaHolds {
  login: string
  email?: string
  name?: string
}

export interface OktaScenario {
  okta?: {
    /** Login of the super administrator the sandbox's API token acts for (default the first). */
    token_owner?: string
    /** Groups imported from a directory (APP_GROUP): Okta cannot change their members. */
    app_groups?: string[]
  }
  people?: Record<string, { okta?: OktaHolds }>
  others?: { okta?: OtherOktaUser[] }
}

/** The scenario's Okta part against the declarations: `configured` when platforms.yaml has an
 *  okta block, `account` the login a person declares. */
export function checkOkta(
  c: ScenarioCheck<ScenarioBase & OktaScenario>,
  configured: boolean,
  account: (person: Person) => string | undefined
): void {
  // Seeding names a person without a declared login by their email: no account is needed.
  for (const { id, holds } of c.people)
    if (holds.okta && !configured) c.unconfigured(['people', id, 'okta'], 'okta')
  const others = c.scenario.others?.okta
  if (others && !configured) c.unconfigured(['others', 'okta'], 'okta')
  if (c.scenario.okta && !configured) c.unconfigured(['okta'], 'okta')
  c.notDeclared(
    OKTA,
    (others ?? []).map(o => o.login),
    'login',
    foldAccount
  )
  const owner = c.scenario.okta?.token_owner
  const admins = [
    ...(others ?? []).filter(o => o.admin?.includes('super_admin')).map(o => o.login),
    ...c.people
      .filter(p => p.holds.okta?.admin?.includes('super_admin'))
      .map(p => account(p.person) ?? p.person.email)
  ]
  if (owner !== undefined && !admins.some(a => sameLogin(a, owner)))
    c.problem(
      ['okta', 'token_owner'],
      `${owner} is not an Okta super administrator in the scenario: name a user with admin: [super_admin]`
    )
}
