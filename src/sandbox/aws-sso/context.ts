// What every simulated Identity Store and SSO admin action works with: the state, the clock,
// id minting, and lookups that answer ResourceNotFound as the services word it.
import { seededRandom } from '../shared/server.js'
import { missing, notFound, type Input } from './protocol.js'
import type { SsoSimGroup, SsoSimPermissionSet, SsoSimState, SsoSimUser } from './state.js'

export interface SsoPlatformOptions {
  /** The simulated clock in milliseconds (default: the real one). */
  now?: () => number
  /** Makes minted ids the same on every run. */
  seed?: number
  /** How long an asynchronous request stays IN_PROGRESS (default 0: the first status read
   *  after the answer sees it done, though the answer itself says IN_PROGRESS, as AWS's
   *  does). While one provisioning of a permission set runs, another answers Conflict. */
  asyncMs?: number
}

export type Action = (ctx: SsoContext, input: Input) => object

export class SsoContext {
  private readonly random: () => number

  constructor(
    readonly state: SsoSimState,
    readonly options: SsoPlatformOptions = {}
  ) {
    this.random = options.seed === undefined ? Math.random : seededRandom(options.seed)
  }

  now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** A random UUID, from the seeded generator. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join(
      ''
    )
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }

  /** The request names this store (an unknown one is not found). */
  store(input: Input): void {
    if (input.required('IdentityStoreId') !== this.state.identityStoreId)
      throw notFound('IDENTITY_STORE', 'IDENTITY_STORE not found.')
  }

  /** The request names this instance. */
  instance(input: Input): void {
    if (input.required('InstanceArn') !== this.state.instanceArn)
      throw missing(`Could not find Instance with arn ${input.optional('InstanceArn')}`)
  }

  user(userId: string): SsoSimUser {
    const u = this.state.users.get(userId)
    if (!u) throw notFound('USER')
    return u
  }

  group(groupId: string): SsoSimGroup {
    const g = this.state.groups.get(groupId)
    if (!g) throw notFound('GROUP')
    return g
  }

  permissionSet(input: Input): SsoSimPermissionSet {
    this.instance(input)
    const arn = input.required('PermissionSetArn')
    const ps = this.state.permissionSets.get(arn)
    if (!ps) throw missing(`Could not find PermissionSet with id ${arn.split('/').pop()}`)
    return ps
  }
}

/** Timestamps travel as epoch seconds in the JSON protocol. */
export const seconds = (ms: number) => ms / 1000
