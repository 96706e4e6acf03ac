// What every IAM action works with: the state, the clock, id minting, lookups that answer
// NoSuchEntity as AWS words it, and the indexes that keep lists and key lookups O(page)/O(1).
import { seededRandom, type SimRequest } from '../shared/server.js'
import { IamError, sortedInsert, sortedRemove, type Params, type XmlValue } from './protocol.js'
import type { IamSimGroup, IamSimState, IamSimUser } from './state.js'
import { groupArn, userArn } from './state.js'

export interface IamPlatformOptions {
  /** The simulated clock (default: the real one). */
  now?: () => Date
  /** Makes minted ids (user ids, key ids, ...) the same on every run. */
  seed?: number
}

/** Names of a Map's keys, sorted, kept in step with the platform's own writes. A caller that
 *  adds or removes entries directly is noticed by the size check and the index is rebuilt. */
export class SortedKeys {
  private sorted: string[] = []
  constructor(private readonly map: Map<string, unknown>) {}

  get keys(): readonly string[] {
    if (this.sorted.length !== this.map.size) this.sorted = [...this.map.keys()].sort(byCodePoint)
    return this.sorted
  }
  add(key: string): void {
    if (this.sorted.length === this.map.size - 1) sortedInsert(this.sorted, key)
  }
  remove(key: string): void {
    if (this.sorted.length === this.map.size + 1) sortedRemove(this.sorted, key)
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export class IamContext {
  readonly users: SortedKeys
  readonly groups: SortedKeys
  readonly policies: SortedKeys
  readonly virtualMfa: SortedKeys
  private readonly random: () => number
  /** Access key id -> user name; checked on use, rebuilt when a key is not found in it. */
  private keyOwners = new Map<string, string>()
  /** users.size at the last rebuild: an unknown key rescans only when users came or went. */
  private scannedUsers = -1

  constructor(
    readonly state: IamSimState,
    private readonly options: IamPlatformOptions = {}
  ) {
    this.users = new SortedKeys(state.users)
    this.groups = new SortedKeys(state.groups)
    this.policies = new SortedKeys(state.policies)
    this.virtualMfa = new SortedKeys(state.virtualMfaDevices)
    this.random = options.seed === undefined ? Math.random : seededRandom(options.seed)
  }

  /** Now, as AWS writes timestamps (ISO 8601, UTC). */
  now(): string {
    return (this.options.now?.() ?? new Date()).toISOString()
  }

  /** An id shaped like AWS's: a type prefix (AIDA, AKIA, ...) and upper-case characters. */
  mintId(prefix: string, length: number, alphabet = ID_CHARS): string {
    let out = prefix
    while (out.length < length) out += alphabet[Math.floor(this.random() * alphabet.length)]
    return out
  }

  user(name: string): IamSimUser {
    const u = this.state.users.get(name)
    if (!u) throw new IamError('NoSuchEntity', `The user with name ${name} cannot be found.`)
    return u
  }

  group(name: string): IamSimGroup {
    const g = this.state.groups.get(name)
    if (!g) throw new IamError('NoSuchEntity', `The group with name ${name} cannot be found.`)
    return g
  }

  /** The user named by UserName. */
  userParam(p: Params): IamSimUser {
    return this.user(p.required('UserName'))
  }

  /** The user that owns an access key, or undefined. */
  keyOwner(accessKeyId: string): IamSimUser | undefined {
    const owns = (u: IamSimUser | undefined) =>
      u?.accessKeys.some(k => k.accessKeyId === accessKeyId)
    const cached = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '')
    if (owns(cached)) return cached
    // Not indexed (seeded directly, or gone): one scan, which also refreshes the index. Keys
    // that are simply unknown (dummy credentials signing every request) do not rescan.
    if (this.scannedUsers === this.state.users.size) return undefined
    this.scannedUsers = this.state.users.size
    this.keyOwners = new Map()
    for (const u of this.state.users.values())
      for (const k of u.accessKeys) this.keyOwners.set(k.accessKeyId, u.userName)
    const found = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '')
    return owns(found) ? found : undefined
  }

  noteKey(accessKeyId: string, userName: string): void {
    this.keyOwners.set(accessKeyId, userName)
  }

  /** The user whose access key signed the request, if any. */
  caller(req: SimRequest): IamSimUser | undefined {
    const id = signingKey(req)
    return id ? this.keyOwner(id) : undefined
  }

  // ---- the shapes AWS answers with ----

  userXml(u: IamSimUser, full: boolean): XmlValue {
    return {
      Path: u.path,
      UserName: u.userName,
      UserId: u.userId,
      Arn: userArn(this.state, u),
      CreateDate: u.createDate,
      PasswordLastUsed: u.loginProfile?.passwordLastUsed,
      // ListUsers leaves these out; GetUser answers them (AWS's documented difference).
      PermissionsBoundary: full ? boundaryXml(u) : undefined,
      Tags: full && u.tags.length ? u.tags : undefined
    }
  }

  groupXml(g: IamSimGroup): XmlValue {
    return {
      Path: g.path,
      GroupName: g.groupName,
      GroupId: g.groupId,
      Arn: groupArn(this.state, g),
      CreateDate: g.createDate
    }
  }

  /** An AttachedPolicy entry. */
  attached(arn: string): XmlValue {
    return {
      PolicyName: this.state.policies.get(arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1),
      PolicyArn: arn
    }
  }
}

/** The access key id that signed a request (SigV4 Credential=AKID/...). */
export const signingKey = (req: SimRequest): string | undefined =>
  /Credential=([^/,\s]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]

/** A user's PermissionsBoundary element, or undefined when it has none. */
export const boundaryXml = (u: IamSimUser): XmlValue =>
  u.permissionsBoundaryArn
    ? {
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
        PermissionsBoundaryArn: u.permissionsBoundaryArn
      }
    : undefined

/** Quota check with AWS's wording. */
export function quota(count: number, limit: number, name: string): void {
  if (count >= limit)
    throw new IamError('LimitExceeded', `Cannot exceed quota for ${name}: ${limit}`)
}

/** Policy documents travel URL-encoded in IAM answers (GetUserPolicy, authorization details). */
export const encodeDocument = (doc: string) => encodeURIComponent(doc)

/** A JSON policy document, as AWS validates it before storing. */
export function checkDocument(doc: string): void {
  try {
    const parsed = JSON.parse(doc) as { Statement?: unknown }
    if (parsed && typeof parsed === 'object' && parsed.Statement !== undefined) return
  } catch {
    // reported below
  }
  throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.')
}
