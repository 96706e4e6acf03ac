// The simulated IAM account seeded from the declarations and the scenario: the declared
// groups and policies, a user per declared person (active ones with their roles' groups and
// policies, one access key and a console password), and every credential the scenario adds.
import { IamContext } from './context.js'
import { sshFingerprint } from './credentials.js'
import {
  emptyIamState,
  joinGroup,
  newIamGroup,
  newIamUser,
  type IamSimState,
  type IamSimUser
} from './state.js'
import type { ScenarioBase } from '../shared/scenario.js'
import type { AwsHolds, AwsKeySpec, AwsScenario } from './scenario.js'
import {
  dayOf,
  daysBefore,
  declaredValues,
  digest,
  SEED_CREATED,
  seededPeople,
  sshPublicKey,
  union,
  valuesOf,
  type SeedInput
} from '../shared/seeding.js'
import { declaredAccount } from '../../grants.js'

const HEX_UPPER = '0123456789ABCDEF'
const DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
})

export function seedIam(input: SeedInput<ScenarioBase & AwsScenario>): IamSimState | undefined {
  if (!input.decl.platforms.aws) return undefined
  const state = emptyIamState()
  // Mints ids as the platform does (same seed, same ids on every run).
  const ids = new IamContext(state, { seed: input.seed })
  const recent = daysBefore(input.now, 1)

  const group = (name: string) => {
    let g = state.groups.get(name)
    if (!g) state.groups.set(name, (g = newIamGroup(name)))
    return g
  }
  /** A managed policy: AWS's exist; a customer one is created on first mention. */
  const policy = (arn: string) => {
    if (state.policies.has(arn)) return
    const slash = arn.lastIndexOf('/')
    state.policies.set(arn, {
      arn,
      policyName: arn.slice(slash + 1),
      policyId: ids.mintId('ANPA', 21),
      path: '/',
      document: DOCUMENT,
      createDate: SEED_CREATED,
      awsManaged: false
    })
  }
  for (const name of declaredValues(input.decl, 'aws_group')) group(name)
  for (const arn of declaredValues(input.decl, 'aws_policy')) policy(arn)

  const key = (u: IamSimUser, spec: AwsKeySpec) =>
    u.accessKeys.push({
      accessKeyId: ids.mintId('AKIA', 20),
      status: spec.status ?? 'Active',
      createDate: spec.created ? dayOf(spec.created) : SEED_CREATED,
      lastUsed: {
        date: spec.last_used ? dayOf(spec.last_used) : recent,
        serviceName: 's3',
        region: 'us-east-1'
      }
    })

  /** A user holding `h` (and the groups and policies given). */
  const user = (name: string, h: AwsHolds, groups: string[], policies: string[]) => {
    const u = newIamUser(name)
    state.users.set(name, u)
    for (const g of union(groups, h.groups)) joinGroup(u, group(g))
    for (const arn of union(policies, h.policies)) {
      policy(arn)
      u.attachedPolicyArns.push(arn)
    }
    for (const spec of h.access_keys ?? []) key(u, spec)
    if (h.password)
      u.loginProfile = {
        createDate: SEED_CREATED,
        passwordResetRequired: false,
        passwordLastUsed: recent
      }
    if (h.mfa) {
      const serialNumber = `arn:aws:iam::${state.accountId}:mfa/${name}`
      state.virtualMfaDevices.set(serialNumber, {
        serialNumber,
        userName: name,
        enableDate: SEED_CREATED
      })
      u.mfaDevices.push({ serialNumber, enableDate: SEED_CREATED })
    }
    for (let i = 0; i < (h.ssh_keys ?? 0); i++) {
      const body = sshPublicKey(`${name}-${i + 1}`)
      u.sshPublicKeys.push({
        sshPublicKeyId: ids.mintId('APKA', 21),
        sshPublicKeyBody: body,
        fingerprint: sshFingerprint(body),
        status: 'Active',
        uploadDate: SEED_CREATED
      })
    }
    for (let i = 0; i < (h.signing_certificates ?? 0); i++)
      u.signingCertificates.push({
        certificateId: ids.mintId('', 32, HEX_UPPER),
        certificateBody: placeholderCertificate(`${name}-${i + 1}`),
        status: 'Active',
        uploadDate: SEED_CREATED
      })
    for (const serviceName of h.service_credentials ?? [])
      u.serviceSpecificCredentials.push({
        serviceSpecificCredentialId: ids.mintId('ACCA', 21),
        serviceName,
        serviceUserName: `${name}-at-${state.accountId}`,
        status: 'Active',
        createDate: SEED_CREATED
      })
    for (const p of h.inline_policies ?? []) u.inlinePolicies[p] = DOCUMENT
    if (h.permissions_boundary) {
      policy(h.permissions_boundary)
      u.permissionsBoundaryArn = h.permissions_boundary
    }
    return u
  }

  for (const p of seededPeople(input)) {
    const name = declaredAccount(p.person, 'aws')
    const h = p.holds.aws
    if (!name || (!p.active && !h)) continue
    // An active person signs in to the console and uses one key; the scenario adds to that.
    const baseline: AwsHolds = p.active
      ? { access_keys: [{}, ...(h?.access_keys ?? [])], password: true }
      : {}
    user(
      name,
      { ...h, ...baseline },
      valuesOf(p.grants, 'aws_group'),
      valuesOf(p.grants, 'aws_policy')
    )
  }
  for (const o of input.scenario.others?.aws ?? []) user(o.user, o, [], [])
  return state
}

/** A PEM-shaped stand-in for a signing certificate: the sandbox never parses stored ones. */
function placeholderCertificate(name: string): string {
  const body = Buffer.concat([digest(`cert:${name}`), digest(`cert2:${name}`)]).toString('base64')
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`
}
