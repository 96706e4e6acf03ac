// The one place the Google connector writes: one step at a time, each one call. A write that
// Google answers 404 is read back, and only a read showing the thing gone makes the step
// already_absent; otherwise it fails and says why. A protected account, an account found by
// lookup that another person declares, and the last active super admin are refused here
// again, whatever the plan says.
import type { ConnectorContext, Outcome, Step } from '../connector.js'
import { refuseCrossed } from '../shared/lookup.js'
import { absentOn404, describeError, statusOf, type GoogleClient } from './client.js'
import { isProtected, protectedReason } from './declared.js'
import { countOtherSuperAdmins, getUser, groupsOf } from './discover.js'
import { lastSuperAdminReason } from './plan.js'
import { customerId, type GoogleConfig } from './types.js'

export interface PerformContext {
  client: GoogleClient
  config: GoogleConfig
  claims: ConnectorContext['claims']
  maskSecret: (value: string) => void
}

type Params = Record<string, unknown>

interface Action {
  /** The write; its 404 is read back with `stillThere`. */
  run(c: PerformContext, userKey: string, p: Params): Promise<Outcome>
  /** Whether what the step removes is still there, read live. */
  stillThere(c: PerformContext, userKey: string, p: Params): Promise<boolean>
  /** What is gone when the read shows it, for messages. */
  what: string
}

const revoked = (detail = ''): Outcome => ({ result: 'revoked', detail })

const userExists = async (c: PerformContext, userKey: string) =>
  (await getUser(c.client, userKey)) !== undefined

export async function performGoogle(c: PerformContext, step: Step): Promise<Outcome> {
  const p = step.params
  const email = String(p.user ?? '')
  const userKey = String(p.user_id ?? '')
  if (isProtected(c.config, email))
    return { result: 'skipped', detail: protectedReason(c.config, email) }
  const crossed = refuseCrossed(c.claims, step, email)
  if (crossed) return crossed
  const act = ACTIONS[step.action]
  if (!act) return { result: 'failed', detail: `google: unknown action ${step.action}` }
  try {
    if (p.super_admin === true) {
      const others = await countOtherSuperAdmins(c.client, c.config.customer_id, userKey)
      if (others === 0) return { result: 'skipped', detail: lastSuperAdminReason(email, 0) }
    }
    return await act.run(c, userKey, p)
  } catch (err) {
    if (statusOf(err) !== 404) return { result: 'failed', detail: describeError(err) }
    try {
      if (!(await act.stillThere(c, userKey, p)))
        return { result: 'already_absent', detail: 'Google answered 404; read back: gone' }
    } catch (readErr) {
      return {
        result: 'failed',
        detail: `${describeError(err)}, and reading back whether ${act.what} is gone failed: ${describeError(readErr)}`
      }
    }
    return {
      result: 'failed',
      detail: `Google answered 404 but ${act.what} (${step.target}) is still there: google.admin may lack the privilege to change it`
    }
  }
}

const ACTIONS: Record<string, Action> = {
  sign_out: {
    what: 'the user',
    run: async ({ client }, userKey) => {
      await client.call(`directory.users.signOut ${userKey}`, o =>
        client.directory.users.signOut({ userKey }, o)
      )
      return revoked()
    },
    stillThere: userExists
  },
  suspend_user: {
    what: 'the user',
    run: async ({ client }, userKey) => {
      await client.call(`directory.users.update ${userKey} suspended`, o =>
        client.directory.users.update({ userKey, requestBody: { suspended: true } }, o)
      )
      return revoked()
    },
    stillThere: userExists
  },
  delete_oauth_token: {
    what: 'the OAuth token',
    run: async ({ client }, userKey, p) => {
      const clientId = String(p.client_id)
      await client.call(`directory.tokens.delete ${userKey} ${clientId}`, o =>
        client.directory.tokens.delete({ userKey, clientId }, o)
      )
      return revoked()
    },
    stillThere: async ({ client }, userKey, p) => {
      const list = await absentOn404(
        client.call(`directory.tokens.list ${userKey}`, o =>
          client.directory.tokens.list({ userKey }, o)
        )
      )
      return !!list?.items?.some(t => t.clientId === p.client_id)
    }
  },
  delete_app_password: {
    what: 'the app password',
    run: async ({ client }, userKey, p) => {
      const codeId = Number(p.code_id)
      await client.call(`directory.asps.delete ${userKey} ${codeId}`, o =>
        client.directory.asps.delete({ userKey, codeId }, o)
      )
      return revoked()
    },
    stillThere: async ({ client }, userKey, p) => {
      const list = await absentOn404(
        client.call(`directory.asps.list ${userKey}`, o =>
          client.directory.asps.list({ userKey }, o)
        )
      )
      return !!list?.items?.some(a => a.codeId === Number(p.code_id))
    }
  },
  invalidate_backup_codes: {
    what: 'the backup codes',
    run: async ({ client }, userKey) => {
      await client.call(`directory.verificationCodes.invalidate ${userKey}`, o =>
        client.directory.verificationCodes.invalidate({ userKey }, o)
      )
      return revoked()
    },
    stillThere: async ({ client, maskSecret }, userKey) => {
      const list = await absentOn404(
        client.call(`directory.verificationCodes.list ${userKey}`, o =>
          client.directory.verificationCodes.list({ userKey }, o)
        )
      )
      const codes = (list?.items ?? []).map(v => v.verificationCode).filter(Boolean) as string[]
      codes.forEach(maskSecret)
      return codes.length > 0
    }
  },
  remove_group_membership: {
    what: 'the membership',
    run: async ({ client }, userKey, p) => {
      const groupKey = String(p.group)
      await client.call(`directory.members.delete ${groupKey} ${userKey}`, o =>
        client.directory.members.delete({ groupKey, memberKey: userKey }, o)
      )
      return revoked()
    },
    stillThere: async ({ client }, userKey, p) => {
      const groups = await absentOn404(groupsOf(client, userKey))
      return !!groups?.some(g => g.email?.toLowerCase() === String(p.group).toLowerCase())
    }
  },
  transfer_drive: {
    what: 'the user',
    run: async (c, userKey, p) => {
      const existing = (await transfers(c, userKey, String(p.to_id))).find(
        t => t.overallTransferStatusCode !== 'failed'
      )
      if (existing)
        return {
          result: 'already_absent',
          detail: `a Drive transfer to ${p.to} exists already (${existing.overallTransferStatusCode ?? 'status unknown'})`
        }
      const { client } = c
      const made = await client.call(`datatransfer.transfers.insert ${userKey}`, o =>
        client.datatransfer.transfers.insert(
          {
            requestBody: {
              oldOwnerUserId: userKey,
              newOwnerUserId: String(p.to_id),
              applicationDataTransfers: [
                {
                  applicationId: String(p.application_id),
                  applicationTransferParams: [
                    { key: 'PRIVACY_LEVEL', value: ['PRIVATE', 'SHARED'] }
                  ]
                }
              ]
            }
          },
          o
        )
      )
      return revoked(
        `transfer ${made.id} to ${p.to}: ${made.overallTransferStatusCode ?? 'requested'}`
      )
    },
    stillThere: userExists
  },
  delete_user: {
    what: 'the user',
    run: async (c, userKey, p) => {
      if (typeof p.transfer_to_id === 'string') {
        const all = await transfers(c, userKey, p.transfer_to_id)
        if (!all.some(t => t.overallTransferStatusCode === 'completed'))
          return {
            result: 'failed',
            detail: `not deleted yet: the Drive transfer is ${all.at(-1)?.overallTransferStatusCode ?? 'not found'}; rerun apply once it has completed, and the account is deleted then`
          }
      }
      const { client } = c
      await client.call(`directory.users.delete ${userKey}`, o =>
        client.directory.users.delete({ userKey }, o)
      )
      return revoked()
    },
    stillThere: userExists
  }
}

/** Transfers of the user's data to `to`, oldest first. */
function transfers(c: PerformContext, from: string, to: string) {
  const { client, config } = c
  return client.all(
    `datatransfer.transfers.list ${from}`,
    (pageToken, o) =>
      client.datatransfer.transfers.list(
        { ...customerId(config), oldOwnerUserId: from, newOwnerUserId: to, pageToken },
        o
      ),
    d => d.dataTransfers
  )
}
