// What a change may not decide for itself. A pull request's author can push anything to its
// head, so everything that says where a credential goes, which credential is used, and who a
// departure revokes is read from base, which reviewers already approved:
// - the connectors get base's platforms.yaml, each `protected` list the union of base and
//   head; head's other differences are shown as taking effect after merge, never used;
// - a departure revokes the identity declared at base, and a change that alters it (or
//   unprotects one of the person's accounts) is refused for that person.
// Pure functions over declarations; plan.ts and engine.ts apply them.
import type { PlatformDescriptor, TrustNotes } from './connectors/descriptor.js'
import { instancesNamed, platformDescriptors, settingsOf } from './connectors/registry.js'
import type { Person, Platforms } from './declarations/types.js'
import { accountsKey, declaredAccounts, type PlatformName } from './grants.js'
import type { PersonRefusal, SettingNotice } from './plan-types.js'

export interface TrustedSettings {
  /** What the connectors get: base's platforms.yaml, protected lists from base and head. */
  platforms: Platforms
  /** Head's differences from base, none of them used by this change. */
  afterMerge: SettingNotice[]
  /** Platforms base configures and head no longer does: planned for departures only. */
  droppedByHead: PlatformName[]
}

const LATER = 'takes effect after merge'
const DROPPED =
  'this change still revokes its departures there (not its reductions); unmanaged after merge'

const show = (v: unknown): string =>
  v === undefined ? '(not set)' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v)

/** Base's settings for the connectors, and head's differences as notices. */
export function trustedSettings(base: Platforms, head: Platforms): TrustedSettings {
  const afterMerge: SettingNotice[] = []
  const droppedByHead: PlatformName[] = []
  const notice = (setting: string, message: string) => afterMerge.push({ setting, message })
  const compare = (path: string, b: object, h: object, skip: string[] = []) => {
    const keys = new Set([...Object.keys(b), ...Object.keys(h)])
    for (const key of keys) {
      if (skip.includes(key)) continue
      const [bv, hv] = [(b as Record<string, unknown>)[key], (h as Record<string, unknown>)[key]]
      if (JSON.stringify(bv) !== JSON.stringify(hv))
        notice(`${path}.${key}`, `head sets ${show(hv)} (this change uses ${show(bv)}): ${LATER}`)
    }
  }

  const notes: TrustNotes = {
    compare,
    dropped(setting, what, ...instances) {
      notice(setting, `${what}: ${DROPPED}`)
      droppedByHead.push(...instances)
    },
    added: (setting, what) => notice(setting, `${what}: not planned in this change; ${LATER}`),
    notice
  }
  const blocks: Record<string, unknown> = {}
  for (const d of platformDescriptors()) {
    const [b, h] = [settingsOf(base, d), settingsOf(head, d)]
    const standard = (skip: string[] = []) => trustedBlock(d, b, h, notes, skip)
    const trusted = d.trust ? d.trust(b, h, notes, standard) : standard()
    if (trusted !== undefined) blocks[d.key] = trusted
  }
  compare('policy', base.policy, head.policy)
  return { platforms: { ...base, ...blocks } as Platforms, afterMerge, droppedByHead }
}

/** A platform's block, when its descriptor has no rule of its own: base's, its `protected`
 *  list the union of base's and head's; head adding or removing the block is a notice. Keys
 *  in `skip` are the descriptor's to compare. */
function trustedBlock(
  d: PlatformDescriptor,
  b: unknown,
  h: unknown,
  notes: TrustNotes,
  skip: string[] = []
): unknown {
  if (b && !h) notes.dropped(d.key, 'head removes this block', ...d.instances(b).map(i => i.name))
  else if (!b && h) notes.added(d.key, 'head adds this block')
  if (!b || !h) return b
  notes.compare(d.key, b, h, ['protected', ...skip])
  const [bp, hp] = [protectedList(b), protectedList(h)]
  const inHead = new Set(hp.map(a => d.foldAccount(a)))
  const inBase = new Set(bp.map(a => d.foldAccount(a)))
  const removed = bp.filter(a => !inHead.has(d.foldAccount(a)))
  if (removed.length)
    notes.notice(
      `${d.key}.protected`,
      `head removes ${removed.join(', ')}: still protected in this change; ${LATER}`
    )
  if (!('protected' in (b as object))) return b
  return { ...(b as object), protected: [...bp, ...hp.filter(a => !inBase.has(d.foldAccount(a)))] }
}

/** The accounts a block protects (its `protected` list). */
const protectedList = (block: unknown): string[] => {
  const list = (block as { protected?: unknown }).protected
  return Array.isArray(list) ? (list as string[]) : []
}

/** Why a departure is refused for this person, if it is: the change alters the email or
 *  accounts it would revoke, or unprotects an account the person declares (at base or head).
 *  `atHead` is the person at head (absent when the file is deleted). */
export function departureRefusal(
  atBase: Person,
  atHead: Person | undefined,
  base: Platforms,
  head: Platforms
): PersonRefusal | undefined {
  const drift = identityDrift(atBase, atHead, base, head)
  if (!drift) return undefined
  const id = atBase.id
  return {
    rule: drift.rule,
    message: `this change departs ${id} and ${drift.what}. A departure revokes only the email and accounts reviewers approved at base, and never a protected account, so nothing is revoked for ${id} in this change: make that edit in a pull request of its own first, then depart ${id}.`
  }
}

/** How a person's identity differs between two revisions, as far as revoking goes: the email
 *  or accounts changed (`changes alice's identity (...)`), or an account the person declares
 *  no longer protected (`removes ..., which alice declares`); undefined when neither. */
export function identityDrift(
  atBase: Person,
  atHead: Person | undefined,
  base: Platforms,
  head: Platforms
): { rule: PersonRefusal['rule']; what: string } | undefined {
  const changed = atHead ? identityChanges(atBase, atHead) : []
  const unprotected = unprotectedAccounts(atBase, atHead, base, head)
  if (!changed.length && !unprotected.length) return undefined
  const id = atBase.id
  const what = [
    ...(changed.length ? [`changes ${id}'s identity (${changed.join('; ')})`] : []),
    ...unprotected.map(u => `removes ${u}, which ${id} declares`)
  ].join(', and ')
  return {
    rule: changed.length ? 'departure_identity_changed' : 'departure_unprotects_account',
    what
  }
}

const lower = (s: string) => s.toLowerCase()

/** `accounts.aws alice -> old-contractor`, `accounts.github removed (alice-gh)`, ... */
function identityChanges(b: Person, h: Person): string[] {
  const out: string[] = []
  const compare = (
    field: string,
    from: string | undefined,
    to: string | undefined,
    fold: (s: string) => string
  ) => {
    if (from === undefined && to !== undefined) out.push(`${field} added (${to})`)
    else if (to === undefined && from !== undefined) out.push(`${field} removed (${from})`)
    else if (from !== undefined && to !== undefined && fold(from) !== fold(to))
      out.push(`${field} ${from} -> ${to}`)
  }
  compare('email', b.email, h.email, lower)
  for (const d of platformDescriptors()) {
    const [bs, hs] = [accountsOn(b, d), accountsOn(h, d)]
    for (const instance of new Set([...bs.keys(), ...hs.keys()]))
      compare(accountsKey(instance), bs.get(instance), hs.get(instance), d.foldAccount)
  }
  return out
}

/** A person's accounts on one platform, by instance. */
const accountsOn = (p: Person, d: PlatformDescriptor): Map<PlatformName, string> =>
  new Map(declaredAccounts(p).flatMap(a => (a.platform === d ? [[a.instance, a.account]] : [])))

/** `IAM user breakglass from aws.protected`, for each account the person declares (at base or
 *  head) that base protects and head does not. */
function unprotectedAccounts(
  atBase: Person,
  atHead: Person | undefined,
  base: Platforms,
  head: Platforms
): string[] {
  const out: string[] = []
  for (const d of platformDescriptors()) {
    const accounts = new Map<string, { instance: PlatformName; account: string }>()
    for (const p of [atBase, atHead])
      for (const [instance, account] of p ? accountsOn(p, d) : [])
        accounts.set(`${instance}|${d.foldAccount(account)}`, { instance, account })
    const protects = (platforms: Platforms, instance: PlatformName, account: string) =>
      instancesNamed(platforms, instance).some(i => d.isProtected(i.settings, account))
    for (const { instance, account } of accounts.values())
      if (protects(base, instance, account) && !protects(head, instance, account))
        out.push(`${d.accountLabel(instance)} ${account} from ${d.key}.protected`)
  }
  return out
}
