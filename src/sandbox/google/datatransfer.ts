// The simulated Data Transfer API: the applications whose data can change owner (Drive and
// Docs, Calendar), and transfers, which complete after `state.transferReads` reads (moving
// the Drive files to their new owner) so that a test can see a deletion wait for one.
import { etag, invalid, list, ok, type Handler } from './directory.js'
import { findUser, mintId, type GoogleSimState, type SimTransfer } from './state.js'

const renderTransfer = (t: SimTransfer) => ({
  kind: 'admin#datatransfer#DataTransfer',
  etag: etag(t.id + t.status),
  id: t.id,
  oldOwnerUserId: t.oldOwnerUserId,
  newOwnerUserId: t.newOwnerUserId,
  applicationDataTransfers: [
    {
      applicationId: t.applicationId,
      applicationTransferParams: t.params,
      applicationTransferStatus: t.status
    }
  ],
  overallTransferStatusCode: t.status,
  requestTime: t.requestTime
})

/** A transfer in progress moves on with each read; done, the files change owner. */
function advance(state: GoogleSimState, t: SimTransfer): void {
  if (t.status !== 'inProgress') return
  if (t.readsLeft-- > 0) return
  const [from, to] = [findUser(state, t.oldOwnerUserId), findUser(state, t.newOwnerUserId)]
  if (!from || !to) {
    t.status = 'failed'
    return
  }
  to.driveFiles += from.driveFiles
  from.driveFiles = 0
  t.status = 'completed'
}

export const DATATRANSFER: Record<string, Handler> = {
  'datatransfer.applications.list': call => {
    const apps = call.state.applications.map(a => ({
      kind: 'admin#datatransfer#ApplicationResource',
      etag: etag(a.id),
      id: a.id,
      name: a.name,
      transferParams: a.params
    }))
    return list('admin#datatransfer#applicationsList', 'applications', call, apps, 500, 100)
  },
  'datatransfer.transfers.list': call => {
    const { state, query } = call
    const [from, to, status] = ['oldOwnerUserId', 'newOwnerUserId', 'status'].map(k => query.get(k))
    for (const t of state.transfers) advance(state, t)
    const found = state.transfers.filter(
      t =>
        (!from || t.oldOwnerUserId === from) &&
        (!to || t.newOwnerUserId === to) &&
        (!status || t.status === status)
    )
    return list(
      'admin#datatransfer#dataTransfersList',
      'dataTransfers',
      call,
      found.map(renderTransfer),
      100
    )
  },
  'datatransfer.transfers.insert': call => {
    const { state } = call
    const b = call.body as {
      oldOwnerUserId?: unknown
      newOwnerUserId?: unknown
      applicationDataTransfers?: { applicationId?: unknown; applicationTransferParams?: unknown }[]
    }
    const from = typeof b?.oldOwnerUserId === 'string' && findUser(state, b.oldOwnerUserId)
    const to = typeof b?.newOwnerUserId === 'string' && findUser(state, b.newOwnerUserId)
    if (!from) return invalid('oldOwnerUserId')
    if (!to || to.suspended) return invalid('newOwnerUserId')
    const app = b.applicationDataTransfers?.[0]
    const known = state.applications.find(a => a.id === String(app?.applicationId))
    if (!app || !known || b.applicationDataTransfers!.length !== 1)
      return invalid('applicationDataTransfers')
    const t: SimTransfer = {
      id: `AKrEtIb${mintId(state, 12)}`,
      oldOwnerUserId: from.id,
      newOwnerUserId: to.id,
      applicationId: known.id,
      params: Array.isArray(app.applicationTransferParams)
        ? (app.applicationTransferParams as SimTransfer['params'])
        : [],
      status: 'inProgress',
      requestTime: new Date().toISOString(),
      readsLeft: state.transferReads
    }
    state.transfers.push(t)
    return ok(renderTransfer(t))
  }
}
