// Shared by the Google tests: a small Workspace customer (alice holds every kind of credential,
// bob is who her Drive files go to, a stray nobody declares), the connector's settings, the
// people as the plan sees them, and a context whose claims say who declares which account.
import type { AccountClaims, Identity } from '../../src/connectors/connector.js'
import type { Declarations, Person, Platforms, Role } from '../../src/declarations/types.js'
import { GOOGLE } from '../../src/connectors/google/declared.js'
import { googleConfig, type GoogleBlock } from '../../src/connectors/google/types.js'
import type { GoogleSeedInput } from '../../src/sandbox/google/index.js'
import { connectorContext } from './connectors.js'
import { declarations, person, platforms, role } from './declarations.js'

export const ADMIN = 'admin@acme.example'

export const seedInput = (over: Partial<GoogleSeedInput> = {}): GoogleSeedInput => ({
  customerId: 'C0sandbox',
  domain: 'acme.example',
  admin: ADMIN,
  declaredGroups: ['eng@acme.example', 'ops@acme.example'],
  people: [
    {
      id: 'alice',
      name: 'Alice Liddell',
      email: 'alice@acme.example',
      active: true,
      groups: ['eng@acme.example'],
      holds: {
        groups: ['incident@acme.example'],
        aliases: ['a.liddell@acme.example'],
        oauth_apps: ['Slack', 'Zoom'],
        app_passwords: ['Thunderbird'],
        backup_codes: true,
        admin_roles: ['Groups Admin'],
        drive_files: 5
      }
    },
    {
      id: 'bob',
      name: 'Bob',
      email: 'bob@acme.example',
      active: true,
      groups: ['eng@acme.example']
    }
  ],
  others: [{ email: 'mallory@acme.example', groups: ['eng@acme.example'] }],
  now: new Date('2026-11-20T00:00:00Z'),
  ...over
})

export const config = (over: Partial<GoogleBlock> = {}) =>
  googleConfig({ admin: ADMIN, customer_id: 'C0sandbox', ...over })

/** Who declares which Google account: alice and bob by email, the admin as `admin`. */
export const claims: AccountClaims = new Map([
  ['alice@acme.example', ['alice']],
  ['bob@acme.example', ['bob']],
  [ADMIN, ['admin']]
])

export const alice: Identity = {
  person: 'alice',
  name: 'Alice Liddell',
  email: 'alice@acme.example',
  account: 'alice@acme.example',
  claims
}

/** A connector context with `env` and the claims writers check. */
export function googleContext(env: Record<string, string | undefined>) {
  const made = connectorContext({}, env)
  made.ctx.claims = new Map([[GOOGLE, claims]])
  return made
}

/** Declarations with a `google:` block, `accounts.google` and `grants.google`, which the core's
 *  types name only once the connector registry does: the casts are here, and nowhere else in
 *  the tests. */
export function googleDeclarations(
  block: Partial<GoogleBlock> | undefined,
  people: { id: string; google?: string; roles?: string[]; departed?: boolean }[],
  roles: Record<string, string[]> = {}
): Declarations {
  return declarations(
    { ...platforms(), ...(block ? { google: { admin: ADMIN, ...block } } : {}) } as Platforms,
    people.map(p =>
      person(p.id, {
        roles: p.roles ?? [],
        accounts: (p.google ? { google: p.google } : {}) as Person['accounts'],
        ...(p.departed ? { status: 'departed' as const, departed_on: '2026-01-01' } : {})
      })
    ),
    Object.entries(roles).map(([id, groups]) => role(id, { google: { groups } } as Role['grants']))
  )
}
