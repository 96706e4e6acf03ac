// What GitHub's answers mean, per endpoint: the answers it documents as "this does not exist
// here" (notes, not failures), the kind of token an endpoint serves, and for each write the
// permission a token answered 404 probably lacks (GitHub answers 404 for both). docs/github.md
// has the same tables. Also how an error reads in a note, an unread read or a failed step.
import { describeError, statusOf, type TokenKind } from './client.js'

/** An answer GitHub documents as "this does not exist here" for one read (or as "this kind of
 *  token can never call it"): it becomes a note. Any other error is a failed read. */
export interface Absence {
  status: number
  /** Only when the token is of one of these kinds. */
  tokens?: TokenKind[]
  note: string
}

/** The documented absences per read; docs/github.md has the same table. */
export function absences(org: string, login: string, pendingMember: boolean) {
  const appsOnly = (what: string): Absence => ({
    status: 403,
    tokens: ['classic', 'fine_grained', 'oauth'],
    note: `${what}: not readable with a personal access token (GitHub serves these endpoints to GitHub Apps only); use a GitHub App token to see them`
  })
  return {
    sso: [
      {
        status: 404,
        note: `SAML SSO credential authorizations: not applicable (${org} does not use SAML single sign-on)`
      },
      {
        status: 403,
        tokens: ['installation', 'fine_grained'],
        note: `SAML SSO credential authorizations: not readable with this kind of token (GitHub lists them to an owner's classic token only); GitHub removes them with the membership`
      }
    ],
    tokenGrants: [appsOnly('fine-grained token grants')],
    tokenRequests: [appsOnly('fine-grained token requests')],
    copilot: [
      { status: 404, note: `Copilot: ${login} has no seat in ${org}` },
      // GitHub answers 422 both when Copilot is off and for someone only invited.
      {
        status: 422,
        note: pendingMember
          ? `Copilot: ${login} has a pending invitation to ${org}, no seat`
          : `Copilot: not enabled in ${org}, or seats are not managed per user`
      }
    ]
  } satisfies Record<string, Absence[]>
}

/** The note of the documented absence an error is, for a token of kind `token`, if any. */
export const absenceNote =
  (absent: Absence[], token: TokenKind) =>
  (error: unknown): string | undefined =>
    absent.find(a => a.status === statusOf(error) && (!a.tokens || a.tokens.includes(token)))?.note

/** What each write removes, and the permission a token answered 404 probably lacks. */
const MEMBERS_WRITE = 'the GitHub App permission "Members: write" (classic token: admin:org)'
export const AFTER_404: Record<string, { what: string; permission: string }> = {
  deny_token_request: {
    what: 'the fine-grained token request',
    permission: 'the GitHub App permission "Personal access token requests: write"'
  },
  revoke_token_grant: {
    what: 'the fine-grained token grant',
    permission: 'the GitHub App permission "Personal access tokens: write"'
  },
  revoke_sso_authorization: {
    what: 'the SAML SSO authorization',
    permission: "admin:org (an organization owner's classic token)"
  },
  cancel_invitation: { what: 'the invitation', permission: MEMBERS_WRITE },
  remove_copilot_seat: {
    what: 'the Copilot seat',
    permission:
      'the GitHub App permission "GitHub Copilot Business: write" (classic token: manage_billing:copilot)'
  },
  remove_team_membership: { what: 'the team membership', permission: MEMBERS_WRITE },
  remove_outside_collaborator: {
    what: 'the outside collaborator access',
    permission: MEMBERS_WRITE
  },
  remove_org_membership: { what: 'the membership', permission: MEMBERS_WRITE },
  demote_org_admin: { what: 'the owner role', permission: MEMBERS_WRITE }
}

/** The error described, with what to do about a rejected token or a missing permission. */
export function withHint(error: unknown): string {
  const status = statusOf(error)
  const described = describeError(error)
  if (status === 401) return `${described} (the token is invalid or expired: check GITHUB_TOKEN)`
  if (status === 403)
    return `${described} (the token lacks a permission this call needs: see the GitHub permissions)`
  return described
}

/** The answer's data, or undefined when GitHub says 404 (not a member, no such user). */
export async function absentOn404<T>(call: Promise<{ data: T }>): Promise<T | undefined> {
  try {
    return (await call).data
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}
