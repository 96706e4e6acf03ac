// How the simulated Okta finds users as its paths name them, writes users and groups as JSON,
// and matches the `search` and `filter` expressions offboard and the tests use.
import type { Call } from './answers.js'
import type { OktaSimGroup, OktaSimUser } from './state.js'

/** A user by id, login, or a login shortname that names exactly one user. */
export function resolveUser(call: Call, key: string): OktaSimUser | undefined {
  const users = call.state.users
  const lower = key.toLowerCase()
  const byShort = users.filter(u => u.profile.login.toLowerCase().split('@')[0] === lower)
  return (
    users.find(u => u.id === key) ??
    users.find(u => u.profile.login.toLowerCase() === lower) ??
    (byShort.length === 1 ? byShort[0] : undefined)
  )
}

export function renderUser(call: Call, u: OktaSimUser) {
  return {
    id: u.id,
    status: u.status,
    created: u.created,
    activated: u.status === 'STAGED' ? null : u.created,
    statusChanged: u.created,
    lastLogin: u.lastLogin ?? null,
    lastUpdated: u.created,
    type: { id: 'otySANDBOX0000000000' },
    profile: { ...u.profile },
    credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
    _links: { self: { href: `${call.base}/api/v1/users/${u.id}` } }
  }
}

/** `attr op "value"` terms joined by `and`/`or` (left to right, no parentheses): as far as
 *  offboard and the tests search. Undefined when the expression is not one. */
export function matcher(
  expression: string,
  attributes: Record<string, (item: never) => string>,
  caseless: boolean
): ((item: never) => boolean) | undefined {
  const term = /^\s*([\w.]+)\s+(eq|sw|co)\s+"((?:[^"\\]|\\.)*)"\s*(?:(and|or)\b|$)/i
  const terms: { get: (item: never) => string; op: string; value: string; join?: string }[] = []
  for (let rest = expression; rest.trim();) {
    const m = term.exec(rest)
    const get = m && attributes[m[1]]
    if (!m || !get) return undefined
    terms.push({ get, op: m[2].toLowerCase(), value: m[3].replace(/\\(.)/g, '$1'), join: m[4] })
    rest = rest.slice(m[0].length)
    if (m[4] && !rest.trim()) return undefined
  }
  if (terms.length === 0) return undefined
  const fold = (s: string) => (caseless ? s.toLowerCase() : s)
  return item =>
    terms.reduce<boolean | undefined>((acc, t, i) => {
      const v = fold(t.get(item))
      const want = fold(t.value)
      const hit = t.op === 'eq' ? v === want : t.op === 'sw' ? v.startsWith(want) : v.includes(want)
      return i === 0 ? hit : terms[i - 1].join?.toLowerCase() === 'or' ? acc || hit : acc && hit
    }, undefined) === true
}

export function renderGroup(call: Call, g: OktaSimGroup) {
  return {
    id: g.id,
    created: '2024-01-01T00:00:00.000Z',
    lastUpdated: '2024-01-01T00:00:00.000Z',
    lastMembershipUpdated: '2024-01-01T00:00:00.000Z',
    objectClass: [g.type === 'APP_GROUP' ? 'okta:windows_security_principal' : 'okta:user_group'],
    type: g.type,
    profile: { name: g.name, description: null },
    _links: {
      self: { href: `${call.base}/api/v1/groups/${g.id}` },
      users: { href: `${call.base}/api/v1/groups/${g.id}/users` }
    }
  }
}
