// IAM actions on a user's credentials: access keys, console password (login profile), MFA
// devices, signing certificates, SSH public keys, service-specific credentials, and the
// credential report that audits them all.
import { createHash, X509Certificate } from 'node:crypto'
import { IamError, pageOf, truncation, type Params, type XmlValue } from './protocol.js'
import { quota, type IamContext } from './context.js'
import { path, type Action } from './identities.js'
import { userArn, type CredentialStatus, type IamSimUser } from './state.js'

// AWS quotas (IAM and STS quotas page, defaults).
const ACCESS_KEYS_PER_USER = 2
const CERTIFICATES_PER_USER = 2
const SSH_KEYS_PER_USER = 5
const SERVICE_CREDENTIALS_PER_SERVICE = 2
const MFA_DEVICES_PER_USER = 8
const SERVICES = ['codecommit.amazonaws.com', 'cassandra.amazonaws.com', 'bedrock.amazonaws.com']

const STATUSES: readonly CredentialStatus[] = ['Active', 'Inactive']
export const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const HEX_UPPER = '0123456789ABCDEF'

/** A credential list on a user, with the id AWS names it by and its NoSuchEntity wording. */
interface Kind<T extends { status: CredentialStatus }> {
  of: (u: IamSimUser) => T[]
  idParam: string
  id: (t: T) => string
  missing: (id: string) => string
}

function find<T extends { status: CredentialStatus }>(
  kind: Kind<T>,
  u: IamSimUser,
  id: string
): number {
  const i = kind.of(u).findIndex(t => kind.id(t) === id)
  if (i < 0) throw new IamError('NoSuchEntity', kind.missing(id))
  return i
}

/** Update<Kind>: set Status on one credential. */
const updater =
  <T extends { status: CredentialStatus }>(kind: Kind<T>): Action =>
  (ctx, p) => {
    const u = ctx.userParam(p)
    const item = kind.of(u)[find(kind, u, p.required(kind.idParam))]
    item.status = p.oneOf('Status', STATUSES)
    return undefined
  }

/** Delete<Kind>: remove one credential. */
const deleter =
  <T extends { status: CredentialStatus }>(kind: Kind<T>): Action =>
  (ctx, p) => {
    const u = ctx.userParam(p)
    kind.of(u).splice(find(kind, u, p.required(kind.idParam)), 1)
    return undefined
  }

/** List<Kind>: one page of a user's credentials, in id order. */
function listPage<T extends { status: CredentialStatus }>(
  kind: Kind<T>,
  ctx: IamContext,
  p: Params,
  shape: (t: T, u: IamSimUser) => XmlValue
) {
  const u = ctx.userParam(p)
  const byId = new Map(kind.of(u).map(t => [kind.id(t), t]))
  const page = pageOf(p, [...byId.keys()].sort(), id => shape(byId.get(id) as T, u))
  return { items: page.items, ...truncation(page) }
}

const accessKeys: Kind<IamSimUser['accessKeys'][number]> = {
  of: u => u.accessKeys,
  idParam: 'AccessKeyId',
  id: k => k.accessKeyId,
  missing: id => `The Access Key with id ${id} cannot be found.`
}
const certificates: Kind<IamSimUser['signingCertificates'][number]> = {
  of: u => u.signingCertificates,
  idParam: 'CertificateId',
  id: c => c.certificateId,
  missing: id => `The Certificate with id ${id} cannot be found.`
}
const sshKeys: Kind<IamSimUser['sshPublicKeys'][number]> = {
  of: u => u.sshPublicKeys,
  idParam: 'SSHPublicKeyId',
  id: k => k.sshPublicKeyId,
  missing: id => `The Public Key with id ${id} cannot be found.`
}
const serviceCredentials: Kind<IamSimUser['serviceSpecificCredentials'][number]> = {
  of: u => u.serviceSpecificCredentials,
  idParam: 'ServiceSpecificCredentialId',
  id: c => c.serviceSpecificCredentialId,
  missing: id => `No such credential ${id} exists.`
}

/** OpenSSH `ssh-rsa AAAA... comment` (or ed25519): the key blob, checked as AWS does. */
function sshKeyBlob(body: string): Buffer {
  const [type, b64] = body.trim().split(/\s+/)
  if (!type || !b64 || !['ssh-rsa', 'ssh-ed25519'].includes(type))
    throw new IamError('UnrecognizedPublicKeyEncoding', 'Unrecognized public key encoding.')
  const blob = Buffer.from(b64, 'base64')
  const len = blob.length >= 4 ? blob.readUInt32BE(0) : 0
  if (blob.subarray(4, 4 + len).toString('latin1') !== type)
    throw new IamError('InvalidPublicKey', 'The public key is not valid.')
  return blob
}

/** IAM's fingerprint of an SSH public key: the MD5 of its key blob, as colon-separated hex. */
export const sshFingerprint = (body: string): string =>
  createHash('md5')
    .update(sshKeyBlob(body))
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:')

function loginProfileXml(u: IamSimUser): XmlValue {
  const lp = u.loginProfile
  if (!lp)
    throw new IamError('NoSuchEntity', `Login Profile for User ${u.userName} cannot be found.`)
  return {
    UserName: u.userName,
    CreateDate: lp.createDate,
    PasswordResetRequired: lp.passwordResetRequired
  }
}

function userMfa(ctx: IamContext, u: IamSimUser, serial: string): number {
  const i = u.mfaDevices.findIndex(d => d.serialNumber === serial)
  if (i < 0)
    throw new IamError(
      'NoSuchEntity',
      `MFA Device with serial number ${serial} does not exist for user ${u.userName} in account ${ctx.state.accountId}.`
    )
  return i
}

// ---- the credential report: AWS's columns, one row per user after the root account's ----

const REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated'
]

/** Report dates are written `2026-11-20T09:12:00+00:00`. */
const reportDate = (iso: string | undefined, none = 'N/A') =>
  iso ? iso.replace(/\.\d{3}Z$|Z$/, '+00:00') : none

function reportRow(ctx: IamContext, u: IamSimUser): string {
  const lp = u.loginProfile
  const cells = [
    u.userName,
    userArn(ctx.state, u),
    reportDate(u.createDate),
    String(lp !== undefined),
    lp ? reportDate(lp.passwordLastUsed, 'no_information') : 'N/A',
    lp ? reportDate(lp.createDate) : 'N/A',
    'N/A',
    String(u.mfaDevices.length > 0)
  ]
  for (const k of [u.accessKeys[0], u.accessKeys[1]])
    cells.push(
      String(k?.status === 'Active'),
      reportDate(k?.createDate),
      reportDate(k?.lastUsed?.date),
      k?.lastUsed?.region ?? 'N/A',
      k?.lastUsed?.serviceName ?? 'N/A'
    )
  for (const c of [u.signingCertificates[0], u.signingCertificates[1]])
    cells.push(String(c?.status === 'Active'), reportDate(c?.uploadDate))
  return cells.join(',')
}

function credentialReport(ctx: IamContext): string {
  const root = [
    '<root_account>',
    `arn:aws:iam::${ctx.state.accountId}:root`,
    '2015-02-06T18:39:46+00:00',
    'not_supported',
    'no_information',
    'not_supported',
    'not_supported',
    'false',
    'false',
    'N/A',
    'N/A',
    'N/A',
    'N/A',
    'false',
    'N/A',
    'N/A',
    'N/A',
    'N/A',
    'false',
    'N/A',
    'false',
    'N/A'
  ].join(',')
  const rows = [REPORT_COLUMNS.join(','), root]
  for (const name of ctx.users.keys) {
    const u = ctx.state.users.get(name)
    if (u) rows.push(reportRow(ctx, u))
  }
  return rows.join('\n')
}

export const credentialActions: Record<string, Action> = {
  // ---- access keys ----

  CreateAccessKey(ctx, p) {
    const u = ctx.userParam(p)
    quota(u.accessKeys.length, ACCESS_KEYS_PER_USER, 'AccessKeysPerUser')
    const key = {
      accessKeyId: ctx.mintId('AKIA', 20),
      status: 'Active' as const,
      createDate: ctx.now()
    }
    u.accessKeys.push(key)
    ctx.noteKey(key.accessKeyId, u.userName)
    return {
      AccessKey: {
        UserName: u.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        // Handed out once, as AWS does; the state never keeps it.
        SecretAccessKey: ctx.mintId('', 40, SECRET_CHARS),
        CreateDate: key.createDate
      }
    }
  },

  ListAccessKeys(ctx, p) {
    const { items, ...rest } = listPage(accessKeys, ctx, p, (k, u) => ({
      UserName: u.userName,
      AccessKeyId: k.accessKeyId,
      Status: k.status,
      CreateDate: k.createDate
    }))
    return { AccessKeyMetadata: items, ...rest }
  },

  UpdateAccessKey: updater(accessKeys),
  DeleteAccessKey: deleter(accessKeys),

  GetAccessKeyLastUsed(ctx, p) {
    const id = p.required('AccessKeyId')
    const u = ctx.keyOwner(id)
    const key = u?.accessKeys.find(k => k.accessKeyId === id)
    if (!u || !key) throw new IamError('NoSuchEntity', accessKeys.missing(id))
    return {
      UserName: u.userName,
      AccessKeyLastUsed: {
        LastUsedDate: key.lastUsed?.date,
        ServiceName: key.lastUsed?.serviceName ?? 'N/A',
        Region: key.lastUsed?.region ?? 'N/A'
      }
    }
  },

  // ---- console password ----

  CreateLoginProfile(ctx, p) {
    const u = ctx.userParam(p)
    if (u.loginProfile)
      throw new IamError(
        'EntityAlreadyExists',
        `Login Profile for user ${u.userName} already exists.`
      )
    // The default account password policy: at least 8 characters. Never stored.
    if ((p.optional('Password') ?? '').length < 8)
      throw new IamError('PasswordPolicyViolation', 'Password should have a minimum length of 8')
    u.loginProfile = {
      createDate: ctx.now(),
      passwordResetRequired: p.bool('PasswordResetRequired')
    }
    return { LoginProfile: loginProfileXml(u) }
  },

  GetLoginProfile: (ctx, p) => ({ LoginProfile: loginProfileXml(ctx.userParam(p)) }),

  DeleteLoginProfile(ctx, p) {
    const u = ctx.userParam(p)
    loginProfileXml(u)
    delete u.loginProfile
    return undefined
  },

  // ---- MFA ----

  CreateVirtualMFADevice(ctx, p) {
    const deviceName = p.required('VirtualMFADeviceName')
    const serial = `arn:aws:iam::${ctx.state.accountId}:mfa${path(p)}${deviceName}`
    if (ctx.state.virtualMfaDevices.has(serial))
      throw new IamError(
        'EntityAlreadyExists',
        'MFADevice entity at the same path and name already exists.'
      )
    ctx.state.virtualMfaDevices.set(serial, { serialNumber: serial })
    ctx.virtualMfa.add(serial)
    // The TOTP seed is returned once (base32 text, as a blob); the state never keeps it.
    const seed = ctx.mintId('', 64)
    return { VirtualMFADevice: { SerialNumber: serial, Base32StringSeed: Buffer.from(seed) } }
  },

  EnableMFADevice(ctx, p) {
    const u = ctx.userParam(p)
    const serial = p.required('SerialNumber')
    for (const f of ['AuthenticationCode1', 'AuthenticationCode2'])
      if (!/^\d{6}$/.test(p.required(f)))
        throw new IamError(
          'InvalidAuthenticationCode',
          'Authentication code for device is not valid.'
        )
    const device = ctx.state.virtualMfaDevices.get(serial)
    if (!device)
      throw new IamError(
        'NoSuchEntity',
        `VirtualMFADevice with serial number ${serial} doesn't exist.`
      )
    if (device.userName) throw new IamError('EntityAlreadyExists', 'MFA Device is already in use.')
    quota(u.mfaDevices.length, MFA_DEVICES_PER_USER, 'MFADevicesPerUser')
    const enableDate = ctx.now()
    Object.assign(device, { userName: u.userName, enableDate })
    u.mfaDevices.push({ serialNumber: serial, enableDate })
    return undefined
  },

  DeactivateMFADevice(ctx, p) {
    const u = ctx.userParam(p)
    const serial = p.required('SerialNumber')
    u.mfaDevices.splice(userMfa(ctx, u, serial), 1)
    const device = ctx.state.virtualMfaDevices.get(serial)
    if (device) {
      delete device.userName
      delete device.enableDate
    }
    return undefined
  },

  ListMFADevices(ctx, p, req) {
    const named = p.optional('UserName')
    // Without UserName AWS lists the caller's devices.
    const u = named ? ctx.user(named) : ctx.caller(req)
    const devices = new Map((u?.mfaDevices ?? []).map(d => [d.serialNumber, d]))
    const page = pageOf(p, [...devices.keys()].sort(), s => ({
      UserName: u?.userName,
      SerialNumber: s,
      EnableDate: devices.get(s)?.enableDate
    }))
    return { MFADevices: page.items, ...truncation(page) }
  },

  ListVirtualMFADevices(ctx, p) {
    const status = p.optional('AssignmentStatus') ?? 'Any'
    const page = pageOf(p, ctx.virtualMfa.keys, s => {
      const d = ctx.state.virtualMfaDevices.get(s)
      const user = d?.userName ? ctx.state.users.get(d.userName) : undefined
      if (!d || (status === 'Assigned' && !user) || (status === 'Unassigned' && user))
        return undefined
      return {
        SerialNumber: s,
        User: user && ctx.userXml(user, false),
        EnableDate: user && d.enableDate
      }
    })
    return { VirtualMFADevices: page.items, ...truncation(page) }
  },

  DeleteVirtualMFADevice(ctx, p) {
    const serial = p.required('SerialNumber')
    const device = ctx.state.virtualMfaDevices.get(serial)
    if (!device)
      throw new IamError(
        'NoSuchEntity',
        `VirtualMFADevice with serial number ${serial} doesn't exist.`
      )
    // AWS refuses while the device is enabled: DeactivateMFADevice first.
    if (device.userName) throw new IamError('DeleteConflict', 'MFA device is still in use.')
    ctx.state.virtualMfaDevices.delete(serial)
    ctx.virtualMfa.remove(serial)
    return undefined
  },

  // ---- signing certificates ----

  UploadSigningCertificate(ctx, p) {
    const u = ctx.userParam(p)
    const body = p.required('CertificateBody')
    try {
      new X509Certificate(body)
    } catch {
      throw new IamError(
        'MalformedCertificate',
        'Unable to parse certificate. Please ensure the certificate is in PEM format.'
      )
    }
    if (u.signingCertificates.some(c => c.certificateBody.trim() === body.trim()))
      throw new IamError(
        'DuplicateCertificate',
        'The request was rejected because the same certificate is associated with an IAM user in the account.'
      )
    quota(u.signingCertificates.length, CERTIFICATES_PER_USER, 'CertificatesPerUser')
    const cert = {
      certificateId: ctx.mintId('', 32, HEX_UPPER),
      certificateBody: body,
      status: 'Active' as const,
      uploadDate: ctx.now()
    }
    u.signingCertificates.push(cert)
    return {
      Certificate: {
        UserName: u.userName,
        CertificateId: cert.certificateId,
        CertificateBody: body,
        Status: cert.status,
        UploadDate: cert.uploadDate
      }
    }
  },

  ListSigningCertificates(ctx, p) {
    const { items, ...rest } = listPage(certificates, ctx, p, (c, u) => ({
      UserName: u.userName,
      CertificateId: c.certificateId,
      CertificateBody: c.certificateBody,
      Status: c.status,
      UploadDate: c.uploadDate
    }))
    return { Certificates: items, ...rest }
  },

  UpdateSigningCertificate: updater(certificates),
  DeleteSigningCertificate: deleter(certificates),

  // ---- SSH public keys ----

  UploadSSHPublicKey(ctx, p) {
    const u = ctx.userParam(p)
    const body = p.required('SSHPublicKeyBody')
    const fingerprint = sshFingerprint(body)
    if (u.sshPublicKeys.some(k => k.fingerprint === fingerprint))
      throw new IamError(
        'DuplicateSSHPublicKey',
        'The SSH public key is already associated with the specified IAM user.'
      )
    quota(u.sshPublicKeys.length, SSH_KEYS_PER_USER, 'PublicKeysPerUser')
    const key = {
      sshPublicKeyId: ctx.mintId('APKA', 21),
      sshPublicKeyBody: body,
      fingerprint,
      status: 'Active' as const,
      uploadDate: ctx.now()
    }
    u.sshPublicKeys.push(key)
    return {
      SSHPublicKey: {
        UserName: u.userName,
        SSHPublicKeyId: key.sshPublicKeyId,
        Fingerprint: fingerprint,
        SSHPublicKeyBody: body,
        Status: key.status,
        UploadDate: key.uploadDate
      }
    }
  },

  ListSSHPublicKeys(ctx, p) {
    const { items, ...rest } = listPage(sshKeys, ctx, p, (k, u) => ({
      UserName: u.userName,
      SSHPublicKeyId: k.sshPublicKeyId,
      Status: k.status,
      UploadDate: k.uploadDate
    }))
    return { SSHPublicKeys: items, ...rest }
  },

  UpdateSSHPublicKey: updater(sshKeys),
  DeleteSSHPublicKey: deleter(sshKeys),

  // ---- service-specific credentials (CodeCommit Git, Keyspaces, Bedrock) ----

  CreateServiceSpecificCredential(ctx, p) {
    const u = ctx.userParam(p)
    const serviceName = p.required('ServiceName')
    if (!SERVICES.includes(serviceName))
      throw new IamError(
        'NotSupportedService',
        `Service ${serviceName} is not supported for service-specific credentials.`
      )
    quota(
      u.serviceSpecificCredentials.filter(c => c.serviceName === serviceName).length,
      SERVICE_CREDENTIALS_PER_SERVICE,
      'ServiceSpecificCredentialsPerUserPerService'
    )
    const cred = {
      serviceSpecificCredentialId: ctx.mintId('ACCA', 21),
      serviceName,
      serviceUserName: `${u.userName}-at-${ctx.state.accountId}`,
      status: 'Active' as const,
      createDate: ctx.now()
    }
    u.serviceSpecificCredentials.push(cred)
    return {
      ServiceSpecificCredential: {
        CreateDate: cred.createDate,
        ServiceName: serviceName,
        ServiceUserName: cred.serviceUserName,
        // Handed out once; the state never keeps it.
        ServicePassword: ctx.mintId('', 44, SECRET_CHARS),
        ServiceSpecificCredentialId: cred.serviceSpecificCredentialId,
        UserName: u.userName,
        Status: cred.status
      }
    }
  },

  ListServiceSpecificCredentials(ctx, p) {
    const only = p.optional('ServiceName')
    const { items, ...rest } = listPage(serviceCredentials, ctx, p, (c, u) =>
      only && c.serviceName !== only
        ? undefined
        : {
            UserName: u.userName,
            Status: c.status,
            ServiceUserName: c.serviceUserName,
            CreateDate: c.createDate,
            ServiceSpecificCredentialId: c.serviceSpecificCredentialId,
            ServiceName: c.serviceName
          }
    )
    return { ServiceSpecificCredentials: items, ...rest }
  },

  UpdateServiceSpecificCredential: updater(serviceCredentials),
  DeleteServiceSpecificCredential: deleter(serviceCredentials),

  // ---- credential report ----

  GenerateCredentialReport(ctx) {
    const existed = ctx.state.credentialReport !== undefined
    // Regenerated on every request (AWS waits 4 hours): sandbox state changes within seconds,
    // and GeneratedTime says which snapshot a reader got.
    ctx.state.credentialReport = { generatedTime: ctx.now(), csv: credentialReport(ctx) }
    return existed
      ? { State: 'COMPLETE', Description: 'Report generated' }
      : { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' }
  },

  GetCredentialReport(ctx) {
    const report = ctx.state.credentialReport
    if (!report)
      throw new IamError(
        'ReportNotPresent',
        'Credential report not present. Call GenerateCredentialReport first.'
      )
    return {
      Content: Buffer.from(report.csv, 'utf8'),
      ReportFormat: 'text/csv',
      GeneratedTime: report.generatedTime
    }
  }
}
