// The simulated tenant seeded from plain typed data: the app registration (its credentials per
// platforms.yaml and its permissions), the declared and described groups, a user per person
// with an account there (in their roles' groups, plus what the scenario adds), and the users
// nobody declares. Every tenant has a Global Administrator role; someone should hold it.
import { createHash, randomBytes } from 'node:crypto'
import type { EntraCredentials } from '../../connectors/entra/types.js'
import { sandboxKeyPair } from '../shared/keys.js'
import type { EntraGroupScenario, EntraHolds, OtherEntraUser } from './scenario.js'
import {
  entraState,
  GLOBAL_ADMINISTRATOR,
  guid,
  type EntraSimState,
  type GroupSeed,
  type UserSeed
} from './state.js'

/** What the tenant is seeded from, already read out of the declarations and the scenario. */
export interface EntraSeed {
  tenantId: string
  clientId: string
  /** The read-only app of plan and audit (platforms.yaml's read_client_id), if any. */
  readClientId?: string
  credentials: EntraCredentials
  /** People with an account in the tenant. */
  people: EntraPersonSeed[]
  /** Group ids any role grants (they exist, whatever the scenario says of them). */
  declaredGroups: string[]
  groups?: EntraGroupScenario[]
  others?: OtherEntraUser[]
  /** The app's Graph permissions (default WRITER_PERMISSIONS). */
  permissions?: string[]
  /** Directory roles the app holds (default Privileged Authentication Administrator, which
   *  disabling an administrator needs). */
  appRoles?: string[]
  /** When accounts were created. */
  created?: string
}

export interface EntraPersonSeed {
  upn: string
  name: string
  email: string
  active: boolean
  /** Groups their roles grant (for active people). */
  groups: string[]
  holds?: EntraHolds
}

/** What docs/entra.md has the read-only app of plan and audit hold. */
export const READER_PERMISSIONS = [
  'User.Read.All',
  'GroupMember.Read.All',
  'RoleManagement.Read.Directory',
  'UserAuthenticationMethod.Read.All'
]

/** What docs/entra.md has the writer's app hold: every call offboard makes. */
export const WRITER_PERMISSIONS = [
  ...READER_PERMISSIONS,
  'User.EnableDisableAccount.All',
  'User.RevokeSessions.All',
  'GroupMember.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'User.DeleteRestore.All'
]

/** The credential material the sandbox hands out (a made-up secret or certificate). */
export interface Handed {
  secret?: string
  certificatePem?: string
}

export interface SeededEntra extends Handed {
  state: EntraSimState
  /** The read-only app's, when there is one. */
  reader?: Handed
}

export function seedEntra(seed: EntraSeed): SeededEntra {
  const groups = new Map<string, GroupSeed>()
  const group = (id: string) => {
    const key = id.toLowerCase()
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { id: key, displayName: `Group ${key.slice(0, 8)}`, members: [] }))
    return g
  }
  for (const id of seed.declaredGroups) group(id)
  for (const s of seed.groups ?? []) {
    const g = group(s.id)
    Object.assign(g, {
      displayName: s.name ?? g.displayName,
      groupTypes: s.dynamic ? ['DynamicMembership'] : [],
      membershipRule: s.dynamic ? 'user.department -eq "Engineering"' : null,
      onPremisesSyncEnabled: s.synced ? true : null,
      mailEnabled: s.exchange === true,
      securityEnabled: s.exchange !== true,
      isAssignableToRole: s.role_assignable === true
    })
    for (const inner of s.groups ?? []) g.members!.push(group(inner).id!)
  }
  const roles = new Map<string, string[]>([['Global Administrator', []]])
  const users: UserSeed[] = []
  const assignments: { principalId: string; resourceDisplayName: string }[] = []
  const add = (
    upn: string,
    name: string,
    mail: string | null,
    enabled: boolean,
    h: EntraHolds,
    granted: string[]
  ) => {
    const id = guid(`user:${upn.toLowerCase()}`)
    users.push({
      userPrincipalName: upn,
      displayName: name,
      mail,
      accountEnabled: h.enabled ?? enabled,
      onPremisesSyncEnabled: h.synced ? true : null,
      methods: [
        { type: 'password' },
        ...(h.methods ?? []).map(type => ({
          type,
          displayName: type === 'microsoftAuthenticator' ? `${name}'s phone` : undefined
        }))
      ]
    })
    for (const g of new Set([...granted, ...(h.groups ?? [])].map(x => x.toLowerCase())))
      group(g).members!.push(id)
    for (const r of h.directory_roles ?? []) roles.set(r, [...(roles.get(r) ?? []), id])
    for (const app of h.app_roles ?? [])
      assignments.push({ principalId: id, resourceDisplayName: app })
  }
  for (const p of seed.people)
    add(p.upn, p.name, p.email, p.active, p.holds ?? {}, p.active ? p.groups : [])
  for (const o of seed.others ?? [])
    add(
      o.userPrincipalName,
      o.name ?? o.userPrincipalName.split('@')[0],
      o.mail ?? o.userPrincipalName,
      true,
      o,
      []
    )

  const writer = credentialMaterial(seed.credentials)
  const reader = seed.readClientId ? credentialMaterial(seed.credentials) : undefined
  const state = entraState({
    tenantId: seed.tenantId,
    created: seed.created,
    apps: [
      {
        clientId: seed.clientId,
        permissions: seed.permissions ?? WRITER_PERMISSIONS,
        directoryRoles: seed.appRoles ?? ['Privileged Authentication Administrator'],
        ...writer.app
      },
      ...(reader && seed.readClientId
        ? [{ clientId: seed.readClientId, permissions: READER_PERMISSIONS, ...reader.app }]
        : [])
    ],
    users,
    groups: [...groups.values()],
    roles: [...roles].map(([displayName, members]) => ({
      displayName,
      members,
      ...(displayName === 'Global Administrator' ? { roleTemplateId: GLOBAL_ADMINISTRATOR } : {})
    })),
    appRoleAssignments: assignments
  })
  return { state, ...writer.handed, ...(reader ? { reader: reader.handed } : {}) }
}

/** The app's credential of the kind platforms.yaml names, made up for this tenant. */
function credentialMaterial(c: EntraCredentials) {
  if (c.type === 'client_secret') {
    // Recognisably the sandbox's, different on every run.
    const secret = `sandbox-entra-secret-${randomBytes(18).toString('base64url')}`
    return { app: { secret }, handed: { secret } }
  }
  if (c.type === 'certificate') {
    const { publicKey, privateKey } = sandboxKeyPair('entra certificate')
    // Entra ID keeps the certificate's thumbprint and public key; any DER in the PEM block
    // stands in for the certificate here, as the thumbprint is a hash of its bytes.
    const der = publicKey.export({ type: 'spki', format: 'der' })
    const body = der
      .toString('base64')
      .replace(/(.{64})/g, '$1\n')
      .trim()
    const certificatePem = `${privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()}\n-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`
    const thumbprintSha256 = createHash('sha256').update(der).digest('hex').toUpperCase()
    return {
      app: {
        certificate: {
          thumbprintSha256,
          publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
        }
      },
      handed: { certificatePem }
    }
  }
  return { app: { federated: { audience: c.audience } }, handed: {} }
}
