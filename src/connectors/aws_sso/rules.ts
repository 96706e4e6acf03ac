// What the descriptor (index.ts) and the connector share of IAM Identity Center: its name, the
// grant kinds roles declare and their values, how user names compare, which are protected.
//
// User names fold without regard to case. Identity Store keeps UserName unique in a store
// but its reference does not say whether the comparison heeds case; identity providers fill it
// through Identity Center's SCIM interface, whose userName RFC 7643 makes not case-exact. So
// `Alice` and `alice` are taken as one user, which is the safe direction either way: in
// claims folding can only stop a lookup (two people declaring them conflict), and in
// `protected` it can only protect more.
import type { Grant } from '../connector.js'
import type { AwsSsoConfig, AwsSsoGrants } from './types.js'

export const AWS_SSO = 'aws_sso'
export const GROUP_KIND = 'aws_sso_group'
export const ASSIGNMENT_KIND = 'aws_sso_assignment'

/** An assignment grant's value: `<account>/<permission set name>`. */
export const assignmentValue = (account: string, permissionSet: string): string =>
  `${account}/${permissionSet}`

/** User names as Identity Store compares them. */
export const foldAccount = (userName: string): string => userName.toLowerCase()

export function isProtected(userName: string, config: Pick<AwsSsoConfig, 'protected'>): boolean {
  const folded = foldAccount(userName)
  return config.protected.some(p => foldAccount(p) === folded)
}

/** Every grant one role's `grants.aws_sso` gives. */
export function roleGrants(grants: AwsSsoGrants): Grant[] {
  return [
    ...grants.groups.map(value => ({ platform: AWS_SSO, kind: GROUP_KIND, value })),
    ...grants.assignments.map(a => ({
      platform: AWS_SSO,
      kind: ASSIGNMENT_KIND,
      value: assignmentValue(a.account, a.permission_set)
    }))
  ]
}
