// The AWS IAM connector: finds what an IAM user holds, plans its revocation (see
// aws-iam-plan.ts for the order), performs one step at a time, and lists users for audits.
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
import type { AwsConfig } from '../declarations/types.js'
import type {
  ConnectorContext,
  ConnectorFactory,
  Discovery,
  Grant,
  Identity,
  Inventory,
  Outcome,
  PlatformPlan,
  PlatformReader,
  PlatformWriter,
  Scope,
  Step
} from './connector.js'
import { runSteps } from '../execute.js'
import { credentialProblem, errorText, iamClient } from './aws-iam-client.js'
import {
  DENY_ALL_POLICY,
  denyAllDocument,
  discoverUser,
  REVOKE_SESSIONS_POLICY
} from './aws-iam-discover.js'
import { listIamUsers } from './aws-iam-list.js'
import {
  planAws,
  TAG_CHANGE,
  TAG_OFFBOARDED_AT,
  type PlanSettings,
  type StepParams
} from './aws-iam-plan.js'

export { planDepth } from '../execute.js'

const DEFAULTS: AwsConfig = {
  on_departure: 'delete',
  revoke_sessions: true,
  protected: [],
  stale_key_days: 90
}

class AwsReader implements PlatformReader {
  readonly platform = 'aws' as const
  protected readonly config: AwsConfig
  protected readonly client: IAMClient
  private problem?: string
  private checked?: Promise<string | undefined>

  constructor(
    protected readonly ctx: ConnectorContext,
    private readonly readOnly: boolean
  ) {
    this.config = ctx.platforms.aws ?? DEFAULTS
    this.client = iamClient(ctx, { readOnly })
  }

  /** Known once the credentials were first resolved (by discover, list or perform). */
  get unavailable(): string | undefined {
    return this.problem
  }

  /** Resolves the credentials once; the reason when there are none. */
  protected credentials(): Promise<string | undefined> {
    this.checked ??= credentialProblem(this.client).then(p => (this.problem = p))
    return this.checked
  }

  async discover(who: Identity, scope: Scope): Promise<Discovery> {
    const base: Discovery = {
      platform: 'aws',
      person: who.person,
      status: 'checked',
      holdings: [],
      notes: []
    }
    if (!who.account)
      return { ...base, status: 'no_account', reason: 'no IAM user declared (accounts.aws)' }
    const problem = await this.credentials()
    if (problem) return { ...base, status: 'not_checked', reason: problem }
    try {
      const found = await discoverUser(this.client, who.account, scope.kind === 'reduction')
      if (!found)
        return { ...base, status: 'no_account', reason: `no IAM user named ${who.account}` }
      return { ...base, ...found }
    } catch (err) {
      return {
        ...base,
        status: 'not_checked',
        reason: `could not read IAM user ${who.account}: ${errorText(err)} (the role needs the read-only policy in docs/aws.md)`
      }
    }
  }

  planSteps(found: Discovery, scope: Scope): PlatformPlan {
    return planAws(found, scope, this.settings())
  }

  protected settings(): PlanSettings {
    return { config: this.config, change: this.ctx.change }
  }

  async list(_declared: Grant[]): Promise<Inventory> {
    let requests = 0
    const base: Inventory = {
      platform: 'aws',
      status: 'checked',
      accounts: [],
      requests,
      notes: []
    }
    const problem = await this.credentials()
    if (problem) return { ...base, status: 'not_checked', reason: problem }
    // Its own client, so that concurrent calls do not mix their request counts.
    const client = iamClient(this.ctx, {
      readOnly: this.readOnly,
      onRequest: () => requests++,
      credentials: this.client.config.credentials
    })
    try {
      const listing = await listIamUsers(client)
      return { ...base, ...listing, requests }
    } catch (err) {
      return {
        ...base,
        status: 'not_checked',
        reason: `could not list IAM users: ${errorText(err)} (the role needs the read-only policy in docs/aws.md)`,
        requests
      }
    }
  }
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

class AwsWriter extends AwsReader implements PlatformWriter {
  async perform(step: Step): Promise<Outcome> {
    const p = step.params as unknown as StepParams
    const problem = await this.credentials()
    if (problem)
      return { result: 'failed', detail: `AWS IAM: ${problem.replace('not checked: ', '')}` }
    try {
      if (step.action === 'delete_user') return await this.deleteUser(p)
      const call = CALLS[step.action]
      if (!call) return { result: 'failed', detail: `AWS IAM: unknown action ${step.action}` }
      await call(this.client, p)
      return { result: 'revoked', detail: '' }
    } catch (err) {
      if (err instanceof NoSuchEntityException) return { result: 'already_absent', detail: '' }
      return { result: 'failed', detail: failure(step, p, err) }
    }
  }

  /** DeleteUser; if AWS still finds something attached, remove what is left and retry once. */
  private async deleteUser(p: StepParams): Promise<Outcome> {
    const del = () => this.client.send(new DeleteUserCommand({ UserName: p.user }))
    try {
      await del()
      return { result: 'revoked', detail: '' }
    } catch (err) {
      if (!(err instanceof DeleteConflictException)) throw err
    }
    const removed = await this.removeLeftovers(p.user)
    try {
      await del()
      return { result: 'revoked', detail: `removed leftovers first: ${removed.join(', ')}` }
    } catch (err) {
      if (!(err instanceof DeleteConflictException)) throw err
      const still = await discoverUser(this.client, p.user, false)
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
  private async removeLeftovers(user: string): Promise<string[]> {
    const found = await discoverUser(this.client, user, false)
    if (!found) return []
    const discovery: Discovery = { platform: 'aws', person: user, status: 'checked', ...found }
    const config: AwsConfig = { ...this.config, on_departure: 'delete', revoke_sessions: false }
    const { steps } = planAws(discovery, { kind: 'departure' }, { config })
    await runSteps(
      steps.filter(s => s.action !== 'delete_user'),
      s => this.perform(s)
    )
    return found.holdings.filter(h => h.kind !== 'tag').map(h => h.label)
  }
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

export const aws: ConnectorFactory = {
  reader: ctx => new AwsReader(ctx, true),
  writer: ctx => new AwsWriter(ctx, false)
}

export default aws
