// The one place the Okta SDK (`@okta/okta-sdk-nodejs`) is reached: its typed calls and its
// Link-header paging, over offboard's own HTTP layer (http.ts says why the SDK's cannot serve),
// turned into plain data. The SDK's GET cache is off: a read-back after a write must see
// Okta, not the cache. The SDK also reads okta.yaml and OKTA_CLIENT_* variables: every setting
// is passed explicitly, so neither can change where requests go or which key signs them. It
// is loaded on first use: loading it takes a while, and most runs have no Okta to reach.
import type { Client as SdkClient, Collection, RequestExecutor } from '@okta/okta-sdk-nodejs'
import { mapLimit } from '../../concurrency.js'
import type { RetryBudget } from '../shared/retry-budget.js'
import { OktaError, statusOf, type ErrorContext } from './errors.js'
import { OktaExecutor } from './http.js'

export type OktaAuth =
  | { kind: 'token'; token: string; env: string }
  | {
      kind: 'app'
      clientId: string
      privateKey: string
      keyId?: string
      scopes: string[]
      env: string
    }

export interface OktaClientOptions {
  orgUrl: string
  auth: OktaAuth
  mode: 'read' | 'write'
  budget: RetryBudget
  log: (line: string) => void
  maskSecret: (value: string) => void
  sleep?: (ms: number) => Promise<void>
}

export interface OktaUser {
  id: string
  login: string
  email?: string
  name?: string
  /** ACTIVE, SUSPENDED, DEPROVISIONED, STAGED, PROVISIONED, RECOVERY, LOCKED_OUT, ... */
  status: string
  /** Set while Okta is still changing the status (deactivation runs in the background). */
  transitioningToStatus?: string
  lastLogin?: string
}

export interface OktaGroup {
  id: string
  name: string
  /** OKTA_GROUP (managed in Okta), APP_GROUP (imported, e.g. from AD), BUILT_IN (Everyone). */
  type: string
}

export interface OktaAppLink {
  appId: string
  label: string
  appName: string
}

export interface OktaFactor {
  id: string
  type: string
  provider: string
  status: string
}

export interface OktaConsentGrant {
  id: string
  clientId: string
  scope: string
}

export interface OktaAppClient {
  clientId: string
  name: string
}

export interface OktaRole {
  id: string
  type: string
  label: string
  /** USER (assigned to the user) or GROUP (through a group the user is in). */
  assignmentType: string
}

/** The largest pages Okta serves, per collection (its API description). */
const PAGE = { users: 200, groups: 10000, groupUsers: 1000, grants: 200, assignees: 100 }
/** Users whose roles and status are read at once when counting super admins. */
const ROLE_READS = 8

type Row = Record<string, unknown>
const row = (v: unknown): Row => (typeof v === 'object' && v !== null ? (v as Row) : {})
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : undefined

let sdkModule: Promise<typeof import('@okta/okta-sdk-nodejs')> | undefined
/** The SDK, imported once per process, however many clients use it. */
const loadSdk = () => (sdkModule ??= import('@okta/okta-sdk-nodejs'))

export class OktaClient {
  private readonly executor: OktaExecutor
  private sdk: Promise<SdkClient> | undefined

  constructor(private readonly opts: OktaClientOptions) {
    const { auth } = opts
    const errors: ErrorContext =
      auth.kind === 'token'
        ? { auth: 'token', credentialEnv: auth.env }
        : { auth: 'app', credentialEnv: auth.env, clientId: auth.clientId }
    this.executor = new OktaExecutor({ ...opts, ...errors, origin: new URL(opts.orgUrl).origin })
  }

  /** HTTP requests sent, retries and token requests included. */
  get requests(): number {
    return this.executor.requests
  }

  private api(): Promise<SdkClient> {
    this.sdk ??= loadSdk().then(({ Client }) => {
      const { auth, orgUrl } = this.opts
      const app = auth.kind === 'app' ? auth : undefined
      return new Client({
        orgUrl: new URL(orgUrl).origin,
        authorizationMode: app ? 'PrivateKey' : 'SSWS',
        token: auth.kind === 'token' ? auth.token : '',
        clientId: app?.clientId ?? '',
        scopes: app?.scopes ?? [],
        privateKey: app?.privateKey ?? '',
        keyId: app?.keyId ?? '',
        cacheMiddleware: null,
        // Only its fetch is called; the SDK's type asks for its own class.
        requestExecutor: this.executor as unknown as RequestExecutor
      })
    })
    return this.sdk
  }

  // ------------------------------------------------------------------ reads

  /** A user by id or login (Okta also resolves an unambiguous login shortname); undefined
   *  when Okta answers 404. */
  async user(idOrLogin: string): Promise<OktaUser | undefined> {
    const api = await this.api()
    return absentOn404(api.userApi.getUser({ userId: idOrLogin }).then(toUser))
  }

  /** Users whose email is `email` (Okta's search compares values without regard to case). */
  async usersByEmail(email: string): Promise<OktaUser[]> {
    const api = await this.api()
    const search = `profile.email eq ${JSON.stringify(email)}`
    return (await all(api.userApi.listUsers({ search, limit: PAGE.users }))).map(toUser)
  }

  /** Every user, deactivated ones included (Okta's plain listing leaves them out). */
  async users(): Promise<OktaUser[]> {
    const api = await this.api()
    const [live, deprovisioned] = await Promise.all([
      all(api.userApi.listUsers({ limit: PAGE.users })),
      all(api.userApi.listUsers({ filter: 'status eq "DEPROVISIONED"', limit: PAGE.users }))
    ])
    return [...live, ...deprovisioned].map(toUser)
  }

  async userGroups(userId: string): Promise<OktaGroup[]> {
    const api = await this.api()
    return (await all(api.userApi.listUserGroups({ userId }))).map(toGroup)
  }

  async appLinks(userId: string): Promise<OktaAppLink[]> {
    const api = await this.api()
    return (await all(api.userApi.listAppLinks({ userId }))).map(l => {
      const r = row(l)
      return {
        appId: str(r.appInstanceId) ?? '',
        label: str(r.label) ?? '',
        appName: str(r.appName) ?? ''
      }
    })
  }

  async factors(userId: string): Promise<OktaFactor[]> {
    const api = await this.api()
    return (await all(api.userFactorApi.listFactors({ userId }))).map(f => {
      const r = row(f)
      return {
        id: str(r.id) ?? '',
        type: str(r.factorType) ?? 'unknown',
        provider: str(r.provider) ?? '',
        status: str(r.status) ?? ''
      }
    })
  }

  async consentGrants(userId: string): Promise<OktaConsentGrant[]> {
    const api = await this.api()
    return (await all(api.userApi.listUserGrants({ userId, limit: PAGE.grants }))).map(g => {
      const r = row(g)
      return { id: str(r.id) ?? '', clientId: str(r.clientId) ?? '', scope: str(r.scopeId) ?? '' }
    })
  }

  /** The apps (OAuth clients) holding the user's grants or tokens. */
  async appClients(userId: string): Promise<OktaAppClient[]> {
    const api = await this.api()
    return (await all(api.userApi.listUserClients({ userId }))).map(c => {
      const r = row(c)
      const clientId = str(r.client_id) ?? ''
      return { clientId, name: str(r.client_name) ?? clientId }
    })
  }

  async roles(userId: string): Promise<OktaRole[]> {
    const api = await this.api()
    return (await all(api.roleAssignmentApi.listAssignedRolesForUser({ userId }))).map(x => {
      const r = row(x)
      return {
        id: str(r.id) ?? '',
        type: str(r.type) ?? '',
        label: str(r.label) ?? str(r.type) ?? '',
        assignmentType: str(r.assignmentType) ?? 'USER'
      }
    })
  }

  /** Ids of the active users holding the super administrator role (directly or through a
   *  group): every user with a role assignment, each one's roles and status read. */
  async activeSuperAdmins(): Promise<string[]> {
    const api = await this.api()
    const ids: string[] = []
    let after: string | undefined
    do {
      const page = row(
        await api.roleAssignmentApi.listUsersWithRoleAssignments({ after, limit: PAGE.assignees })
      )
      for (const u of Array.isArray(page.value) ? page.value : []) ids.push(str(row(u).id) ?? '')
      const next = str(row(row(page._links).next).href)
      after = next ? (new URL(next).searchParams.get('after') ?? undefined) : undefined
    } while (after)
    const checked = await mapLimit(ids, ROLE_READS, async id => {
      const [roles, user] = await Promise.all([this.roles(id), this.user(id)])
      return roles.some(r => r.type === 'SUPER_ADMIN') && user?.status === 'ACTIVE' ? id : ''
    })
    return checked.filter(Boolean)
  }

  async groups(): Promise<OktaGroup[]> {
    const api = await this.api()
    return (await all(api.groupApi.listGroups({ limit: PAGE.groups }))).map(toGroup)
  }

  /** Ids of the group's members; undefined when the group is gone (404). */
  async groupMembers(groupId: string): Promise<string[] | undefined> {
    const api = await this.api()
    const members = await absentOn404(
      all(api.groupApi.listGroupUsers({ groupId, limit: PAGE.groupUsers }))
    )
    return members?.map(u => str(row(u).id) ?? '')
  }

  // ------------------------------------------------------------------ writes

  /** Ends every Okta session of the user and revokes the OpenID Connect and OAuth tokens Okta
   *  issued them (`oauthTokens=true`). */
  async clearSessions(userId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.revokeUserSessions({ userId, oauthTokens: true })
  }

  /** Revokes every consent grant the user gave to apps. */
  async revokeGrants(userId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.revokeUserGrants({ userId })
  }

  /** Revokes every refresh token one app holds for the user. */
  async revokeClientTokens(userId: string, clientId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.revokeTokensForUserAndClient({ userId, clientId })
  }

  async removeFromGroup(groupId: string, userId: string): Promise<void> {
    const api = await this.api()
    await api.groupApi.unassignUserFromGroup({ groupId, userId })
  }

  async suspend(userId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.suspendUser({ userId })
  }

  async deactivate(userId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.deactivateUser({ userId, sendEmail: false })
  }

  /** Deletes a deactivated user (on any other user Okta's delete deactivates instead). */
  async deleteUser(userId: string): Promise<void> {
    const api = await this.api()
    await api.userApi.deleteUser({ userId, sendEmail: false })
  }
}

async function all<T>(collection: Promise<Collection<T>>): Promise<T[]> {
  const items: T[] = []
  for await (const item of await collection) if (item) items.push(item)
  return items
}

/** The answer, or undefined when Okta answers 404. */
export async function absentOn404<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read
  } catch (err) {
    if (statusOf(err) === 404) return undefined
    throw err
  }
}

function toUser(u: unknown): OktaUser {
  const r = row(u)
  const profile = row(r.profile)
  const name =
    str(profile.displayName) ??
    ([str(profile.firstName), str(profile.lastName)].filter(Boolean).join(' ') || undefined)
  return {
    id: str(r.id) ?? '',
    login: str(profile.login) ?? '',
    email: str(profile.email),
    name,
    status: str(r.status) ?? 'UNKNOWN',
    transitioningToStatus: str(r.transitioningToStatus),
    lastLogin: str(r.lastLogin)
  }
}

function toGroup(g: unknown): OktaGroup {
  const r = row(g)
  return { id: str(r.id) ?? '', name: str(row(r.profile).name) ?? '', type: str(r.type) ?? '' }
}

export { OktaError }
