// AWS IAM's part of the fault table (table.ts): docs/aws.md's endpoints, on the `aws-iam`
// server.
import type { RecordedRequest } from '../../../src/sandbox/shared/server.js'
import { departs, probe, type FaultPlatform } from './table.js'

/** IAM writes whose NoSuchEntity leaves nothing behind that a later step or the verification
 *  would not find: a deactivation before the deletion, the session policy and the boundary of
 *  a user deleted next, and a virtual MFA device no longer assigned to anyone (which cannot
 *  sign anyone in, and IAM no longer lists with the user: docs/aws.md). */
const TAKEN_AT_ITS_WORD = new Set([
  'PutUserPolicy',
  'UpdateAccessKey',
  'UpdateSigningCertificate',
  'UpdateSSHPublicKey',
  'UpdateServiceSpecificCredential',
  'DeleteVirtualMFADevice',
  'DeleteUserPermissionsBoundary'
])
/** IAM writes whose leftover DeleteUser finds (DeleteConflict): that step then fails. */
const BLOCKS_DELETE_USER = new Set([
  'DeleteAccessKey',
  'DeleteSigningCertificate',
  'DeleteSSHPublicKey',
  'DeleteServiceSpecificCredential',
  'DeleteLoginProfile',
  'DeactivateMFADevice',
  'DeleteUserPolicy',
  'DetachUserPolicy',
  'RemoveUserFromGroup'
])

export const aws: FaultPlatform = {
  key: 'aws',
  docs: ['docs/aws.md'],
  logged: server => (server === 'aws-iam' ? 'aws' : undefined),
  variants: [
    {
      // alice (every credential type) departs; bob loses sre.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // IAM users disabled, not deleted; one already holding the deny-all policy.
      name: 'other settings',
      platforms: p => ({ ...p, aws: { ...p.aws!, on_departure: 'disable' } }),
      head: people => {
        departs(people, 'alice')
        departs(people, 'dave')
      },
      scenario: s => (s.people!.alice.aws!.inline_policies = ['offboard-deny-all'])
    }
  ],
  stillThere(s, e, run) {
    const iam = s.sandbox.states.iam!
    const [userName, what = ''] = e.target.split(/\/(.*)/)
    const user = iam.users.get(userName)
    if (!user) return false // deleted, with everything it held
    // Credentials are logged by the last 4 characters of their id.
    const credentials: Record<string, [string, string][]> = {
      access_key: user.accessKeys.map(k => [k.accessKeyId, k.status]),
      signing_certificate: user.signingCertificates.map(c => [c.certificateId, c.status]),
      ssh_public_key: user.sshPublicKeys.map(k => [k.sshPublicKeyId, k.status]),
      service_credential: user.serviceSpecificCredentials.map(c => [
        c.serviceSpecificCredentialId,
        c.status
      ])
    }
    const credential = /^(deactivate|delete)_(\w+)$/.exec(e.action)
    if (credential && credential[2] in credentials) {
      const last4 = /\.\.\.(\w{4})$/.exec(e.target)?.[1] ?? '?'
      return credentials[credential[2]].some(
        ([id, status]) => id.endsWith(last4) && (credential[1] === 'delete' || status === 'Active')
      )
    }
    return probe(
      {
        delete_user: () => true,
        // The session policy stays until a later step of the run deletes it, before the user.
        revoke_sessions: () =>
          !('offboard-revoke-sessions' in user.inlinePolicies) &&
          !run.some(r => r.action === 'delete_inline_policy' && r.target === e.target),
        put_deny_all_policy: () => !('offboard-deny-all' in user.inlinePolicies),
        tag_user: () => !user.tags.some(t => t.Key === 'offboard:offboarded-at'),
        delete_login_profile: () => user.loginProfile !== undefined,
        deactivate_mfa_device: () => user.mfaDevices.length > 0,
        delete_mfa_device: () =>
          [...iam.virtualMfaDevices.keys()].some(k => k.endsWith(`/${what}`)),
        delete_inline_policy: () => what in user.inlinePolicies,
        detach_managed_policy: () => user.attachedPolicyArns.includes(what),
        remove_from_group: () => user.groupNames.includes(what),
        delete_permissions_boundary: () => user.permissionsBoundaryArn !== undefined
      },
      e
    )
  },
  /** The Action with its ids: policy documents and tag values carry times. */
  writeKey(server: string, r: RecordedRequest) {
    const form = new URLSearchParams(r.body)
    for (const k of [...form.keys()])
      if (k === 'PolicyDocument' || /^Tags\./.test(k)) form.delete(k)
    return `${server} ${form.toString()}`
  },
  // The session policy goes with the user (put first, deleted right before DeleteUser): a
  // rerun while the user is still there puts it again, as the user may have signed in meanwhile.
  containAgain: [
    /^aws-iam Action=(PutUserPolicy|DeleteUserPolicy)&.*PolicyName=offboard-revoke-sessions/
  ],
  causes: { '500': /ServiceFailure/, '403': /AccessDenied/, '404': /NoSuchEntity/ },
  // What a later step deletes, or what verification reads back (docs/aws.md).
  succeeds: (e, fault) =>
    fault === '404' && TAKEN_AT_ITS_WORD.has(e.operation)
      ? 'NoSuchEntity taken at its word'
      : undefined,
  // A 404 IAM took for gone: DeleteUser names what is left.
  failingSteps: (e, fault) =>
    fault === '404' && BLOCKS_DELETE_USER.has(e.operation) ? ['delete_user'] : undefined
}
