// The one place IAM is changed: one call per step. NoSuchEntity (the thing is gone, seen by
// AWS itself) is already_absent. DeleteUser that AWS refuses because something is still
// attached removes what is left, planned and run like any departure, and tries once more.
import {
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteConflictException,
  DeleteLoginProfileCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachUserPolicyCommand,
  NoSuchEntityException,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UpdateServiceSpecificCredentialCommand,
  UpdateSigningCertificateCommand,
  UpdateSSHPublicKeyCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import type { AwsConfig } from '../../declarations/types.js'
import { runSteps } from '../../graph.js'
import type { Discovery, Outcome, Step } from '../connector.js'
import { errorText, type Iam } from './client.js'
import { discoverUser } from './discover.js'
import { planAws, TAG_CHANGE, TAG_OFFBOARDED_AT, type StepParams } from './plan.js'
import { DENY_ALL_POLICY, denyAllDocument, REVOKE_SESSIONS_POLICY } from './policies.js'

export async function perform(iam: Iam, step: Step): Promise<Outcome> {
  const p = step.params as unknown as StepParams
  const problem = await iam.credentials()
  if (problem)
    return { result: 'failed', detail: `AWS IAM: ${problem.replace('not checked: ', '')}` }
  try {
    if (step.action === 'delete_user') return await deleteUser(iam, p)
    const call = CALLS[step.action]
    if (!call) return { result: 'failed', detail: `AWS IAM: unknown action ${step.action}` }
    await call(iam.client, p)
    return { result: 'revoked', detail: '' }
  } catch (err) {
    if (err instanceof NoSuchEntityException) return { result: 'already_absent', detail: '' }
    return { result: 'failed', detail: failure(step, p, err) }
  }
}

/** DeleteUser; if AWS still finds something attached, remove what is left and retry once. */
async function deleteUser(iam: Iam, p: StepParams): Promise<Outcome> {
  const del = () => iam.client.send(new DeleteUserCommand({ UserName: p.user }))
  try {
    await del()
    return { result: 'revoked', detail: '' }
  } catch (err) {
    if (!(err instanceof DeleteConflictException)) throw err
  }
  const removed = await removeLeftovers(iam, p.user)
  try {
    await del()
    return { result: 'revoked', detail: `removed leftovers first: ${removed.join(', ')}` }
  } catch (err) {
    if (!(err instanceof DeleteConflictException)) throw err
    const still = await discoverUser(iam.client, p.user, false)
    const left = (still?.holdings ?? []).filter(h => h.kind !== 'tag').map(h => h.label)
    return {
      result: 'failed',
      detail:
        `AWS IAM account ${p.account}: DeleteUser ${p.user} refused (DeleteConflict), ` +
        `still attached: ${left.join(', ') || 'nothing IAM lists'}. Remove them and rerun apply.`
    }
  }
}

/** Plans and performs the removal of whatever is still attached; returns their labels. */
async function removeLeftovers(iam: Iam, user: string): Promise<string[]> {
  const found = await discoverUser(iam.client, user, false)
  if (!found) return []
  const discovery: Discovery = { platform: iam.platform, person: user, status: 'checked', ...found }
  const config: AwsConfig = { ...iam.config, on_departure: 'delete', revoke_sessions: false }
  const { steps } = planAws(discovery, { kind: 'departure' }, { config })
  await runSteps(
    steps.filter(s => s.action !== 'delete_user'),
    s => perform(iam, s)
  )
  return found.holdings.filter(h => h.kind !== 'tag').map(h => h.label)
}

type Call = (client: IAMClient, p: StepParams) => Promise<unknown>

/** Each action's one API call (delete_user, which may need more, is handled apart). */
const CALLS: Record<string, Call> = {
  revoke_sessions: (c, p) =>
    c.send(
      new PutUserPolicyCommand({
        UserName: p.user,
        PolicyName: REVOKE_SESSIONS_POLICY,
        PolicyDocument: denyAllDocument(new Date())
      })
    ),
  put_deny_all_policy: (c, p) =>
    c.send(
      new PutUserPolicyCommand({
        UserName: p.user,
        PolicyName: DENY_ALL_POLICY,
        PolicyDocument: denyAllDocument()
      })
    ),
  tag_user: (c, p) =>
    c.send(new TagUserCommand({ UserName: p.user, Tags: offboardTags(p, new Date()) })),
  deactivate_access_key: (c, p) =>
    c.send(new UpdateAccessKeyCommand({ UserName: p.user, AccessKeyId: p.id, Status: 'Inactive' })),
  delete_access_key: (c, p) =>
    c.send(new DeleteAccessKeyCommand({ UserName: p.user, AccessKeyId: p.id })),
  deactivate_signing_certificate: (c, p) =>
    c.send(
      new UpdateSigningCertificateCommand({
        UserName: p.user,
        CertificateId: p.id,
        Status: 'Inactive'
      })
    ),
  delete_signing_certificate: (c, p) =>
    c.send(new DeleteSigningCertificateCommand({ UserName: p.user, CertificateId: p.id })),
  deactivate_ssh_public_key: (c, p) =>
    c.send(
      new UpdateSSHPublicKeyCommand({ UserName: p.user, SSHPublicKeyId: p.id, Status: 'Inactive' })
    ),
  delete_ssh_public_key: (c, p) =>
    c.send(new DeleteSSHPublicKeyCommand({ UserName: p.user, SSHPublicKeyId: p.id })),
  deactivate_service_credential: (c, p) =>
    c.send(
      new UpdateServiceSpecificCredentialCommand({
        UserName: p.user,
        ServiceSpecificCredentialId: p.id,
        Status: 'Inactive'
      })
    ),
  delete_service_credential: (c, p) =>
    c.send(
      new DeleteServiceSpecificCredentialCommand({
        UserName: p.user,
        ServiceSpecificCredentialId: p.id
      })
    ),
  delete_login_profile: (c, p) => c.send(new DeleteLoginProfileCommand({ UserName: p.user })),
  deactivate_mfa_device: (c, p) =>
    c.send(new DeactivateMFADeviceCommand({ UserName: p.user, SerialNumber: p.id })),
  delete_mfa_device: (c, p) => c.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: p.id })),
  delete_inline_policy: (c, p) =>
    c.send(new DeleteUserPolicyCommand({ UserName: p.user, PolicyName: p.id })),
  detach_managed_policy: (c, p) =>
    c.send(new DetachUserPolicyCommand({ UserName: p.user, PolicyArn: p.id })),
  remove_from_group: (c, p) =>
    c.send(new RemoveUserFromGroupCommand({ UserName: p.user, GroupName: p.id })),
  delete_permissions_boundary: (c, p) =>
    c.send(new DeleteUserPermissionsBoundaryCommand({ UserName: p.user }))
}

/** Tag values allow letters, digits, spaces and _.:/=+-@ only. */
function offboardTags(p: StepParams, now: Date) {
  const tags = [{ Key: TAG_OFFBOARDED_AT, Value: now.toISOString() }]
  if (p.change) {
    const pr = p.change.pr ? `pr ${p.change.pr} ` : ''
    tags.push({ Key: TAG_CHANGE, Value: `${pr}${p.change.base}..${p.change.head}` })
  }
  return tags
}

function failure(step: Step, p: StepParams, err: unknown): string {
  const name = err instanceof Error ? err.name : ''
  const hint = /AccessDenied|Unauthorized/.test(name)
    ? 'the apply role needs the write policy in docs/aws.md'
    : /Throttl|LimitExceeded/.test(name)
      ? 'AWS kept throttling after retries: rerun apply later, it resumes where it stopped'
      : 'rerun apply: it resumes where it stopped'
  return `AWS IAM account ${p.account}: ${step.action} ${step.target} failed: ${errorText(err)} (${hint})`
}
