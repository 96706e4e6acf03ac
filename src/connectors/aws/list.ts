// Every IAM user for the audit, in a handful of requests whatever the number of users:
// groups and attached policies from GetAccountAuthorizationDetails (1000 users a page),
// keys and console passwords from the credential report. Per-user reads only where the
// report cannot answer: users newer than the report, and all users when there is no report.
// The report has no key ids: its keys are named by slot and creation date (`key 1`).
import {
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  paginateGetAccountAuthorizationDetails,
  type IAMClient,
  type UserDetail
} from '@aws-sdk/client-iam'
import { mapLimit } from '../../concurrency.js'
import type {
  Grant,
  Holding,
  Inventory,
  ListedAccount,
  ListedCredential,
  PlatformName
} from '../connector.js'
import { inventory, listing } from '../shared/results.js'
import { errorText, iamClient, shortId, type Iam } from './client.js'
import { accessKeys, loginProfile } from './discover.js'
import { DENY_ALL_POLICY } from './policies.js'

/** How many users are read one by one at the same time when the report cannot answer. */
const PER_USER_CONCURRENCY = 8
const REPORT_WAIT_MS = 60_000

export async function list(iam: Iam): Promise<Inventory> {
  const problem = await iam.credentials()
  if (problem) return { ...inventory(iam.platform), status: 'not_checked', reason: problem }
  // Its own client, so that concurrent calls do not mix their request counts.
  const counter = { requests: 0 }
  const client = iamClient(iam.ctx, {
    readOnly: iam.readOnly,
    onRequest: () => counter.requests++,
    credentials: iam.client.config.credentials
  })
  return listing(
    iam.platform,
    counter,
    notes => listIamUsers(client, iam.platform, notes),
    err =>
      `could not list IAM users: ${errorText(err)} (the role needs the read-only policy in docs/aws.md)`
  )
}

async function listIamUsers(
  client: IAMClient,
  platform: PlatformName,
  notes: string[]
): Promise<ListedAccount[]> {
  const [users, report] = await Promise.all([
    authorizationDetails(client),
    credentialReport(client)
  ])
  const rows = typeof report === 'string' ? new Map<string, ReportRow>() : report
  const accounts = await mapLimit(users, PER_USER_CONCURRENCY, async u => {
    const name = u.UserName!
    const row = rows.get(name)
    const credentials = row
      ? reportCredentials(row)
      : (await Promise.all([accessKeys(client, name), loginProfile(client, name)]))
          .flat()
          .map(listedCredential)
    return account(u, platform, credentials)
  })
  if (typeof report === 'string')
    notes.push(`credential report unavailable (${report}): keys and passwords read user by user`)
  else {
    const missing = users.filter(u => !rows.has(u.UserName!)).length
    if (missing) notes.push(`${missing} user(s) newer than the credential report: read one by one`)
  }
  return accounts
}

/** What the audit keeps of a user's details: the SDK's pages carry inline policy documents,
 *  tags and dates besides. */
type User = Pick<UserDetail, 'UserName' | 'UserId' | 'GroupList'> & {
  AttachedManagedPolicies: { PolicyArn?: string }[]
  UserPolicyList: { PolicyName?: string }[]
}

async function authorizationDetails(client: IAMClient): Promise<User[]> {
  const users: User[] = []
  const pages = paginateGetAccountAuthorizationDetails(
    { client, pageSize: 1000 },
    { Filter: ['User'] }
  )
  for await (const page of pages)
    for (const u of page.UserDetailList ?? [])
      users.push({
        UserName: u.UserName,
        UserId: u.UserId,
        GroupList: u.GroupList,
        AttachedManagedPolicies: (u.AttachedManagedPolicies ?? []).map(p => ({
          PolicyArn: p.PolicyArn
        })),
        UserPolicyList: (u.UserPolicyList ?? []).map(p => ({ PolicyName: p.PolicyName }))
      })
  return users
}

function account(u: User, platform: PlatformName, credentials: ListedCredential[]): ListedAccount {
  const grants: Grant[] = [
    ...(u.GroupList ?? []).map(g => ({
      platform,
      kind: 'aws_group',
      value: g
    })),
    ...u.AttachedManagedPolicies.map(p => ({
      platform,
      kind: 'aws_policy',
      value: p.PolicyArn!
    }))
  ]
  return {
    platform,
    account: u.UserName!,
    id: u.UserId,
    kind: 'user',
    // A user this tool disabled keeps existing, but cannot do anything.
    active: !u.UserPolicyList.some(p => p.PolicyName === DENY_ALL_POLICY),
    grants,
    credentials
  }
}

type ReportRow = Record<string, string>

const REPORT_COLUMNS = new Set([
  'user',
  'password_enabled',
  'password_last_changed',
  'password_last_used',
  ...[1, 2].flatMap(n => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`
  ])
])

/** user name -> report row, or why there is no report. */
async function credentialReport(client: IAMClient): Promise<Map<string, ReportRow> | string> {
  try {
    // Generating returns COMPLETE at once when a report under 4 hours old exists.
    for (let waited = 0, wait = 250; ; waited += wait, wait = Math.min(wait * 2, 5000)) {
      const gen = await client.send(new GenerateCredentialReportCommand({}))
      if (gen.State === 'COMPLETE') break
      if (waited >= REPORT_WAIT_MS) return `not ready after ${REPORT_WAIT_MS / 1000} s`
      await new Promise(resolve => setTimeout(resolve, wait))
    }
    const get = new GetCredentialReportCommand({})
    const content = reportContent(get)
    const res = await client.send(get)
    return parseReport(Buffer.from(content() ?? res.Content ?? new Uint8Array()).toString('utf8'))
  } catch (err) {
    return errorText(err)
  }
}

/** The report's contents, taken from the answer before the SDK parses it. The SDK's XML
 *  parser builds a text one character at a time, so the base64 of a 20,000-user report (7 MB)
 *  would become a chain of millions of string pieces, about 200 MB at once; the SDK is left
 *  to parse the rest of the answer (and every error), and where the answer holds no Content
 *  element its own reading stands. */
function reportContent(command: GetCredentialReportCommand): () => Buffer | undefined {
  let content: Buffer | undefined
  // Low in the deserialize step: between the HTTP answer and the SDK's parser of it.
  command.middlewareStack.add(
    next => async args => {
      const out = await next(args)
      const res = out.response as { statusCode?: number; body?: unknown }
      if (res.statusCode !== 200 || !isReadable(res.body)) return out
      const chunks: Buffer[] = []
      for await (const chunk of res.body) chunks.push(Buffer.from(chunk as Uint8Array))
      const bytes = Buffer.concat(chunks)
      const xml = bytes.toString('utf8')
      const open = xml.indexOf(CONTENT_OPEN)
      const close = xml.indexOf(CONTENT_CLOSE, open)
      if (open < 0 || close < 0) res.body = bytes
      else {
        content = Buffer.from(xml.slice(open + CONTENT_OPEN.length, close), 'base64')
        res.body = Buffer.from(xml.slice(0, open) + xml.slice(close + CONTENT_CLOSE.length))
      }
      return out
    },
    { step: 'deserialize', priority: 'low', name: 'offboardCredentialReportContent' }
  )
  return () => content
}

const CONTENT_OPEN = '<Content>'
const CONTENT_CLOSE = '</Content>'

const isReadable = (body: unknown): body is AsyncIterable<unknown> =>
  typeof body === 'object' && body !== null && Symbol.asyncIterator in body

/** The report's CSV by user. A row that does not parse cleanly is left out, so that user is
 *  read one by one instead of being misread. */
function parseReport(csv: string): Map<string, ReportRow> {
  const [header, ...lines] = csv.split(/\r?\n/).filter(l => l.trim())
  const columns = splitCsvLine(header ?? '')
  // Only the columns read (reportCredentials): a row has twenty-odd.
  const wanted = columns.flatMap((c, i) => (REPORT_COLUMNS.has(c) ? [i] : []))
  const rows = new Map<string, ReportRow>()
  for (const line of lines) {
    const cells = splitCsvLine(line)
    if (cells.length !== columns.length) continue
    const row: ReportRow = {}
    for (const c of wanted) row[columns[c]!] = cells[c]!
    if (row.user && row.user !== '<root_account>') rows.set(row.user, row)
  }
  return rows
}

function splitCsvLine(line: string): string[] {
  // Only a quoted cell needs the pattern: user names and dates have no commas.
  if (!line.includes('"')) return line.split(',')
  const cells: string[] = []
  for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const cell = m[1]!
    cells.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)
  }
  return cells
}

/** A report timestamp as YYYY-MM-DD; null for N/A (never); undefined when unknown. */
function reportDay(value: string | undefined): string | null | undefined {
  if (value === 'N/A') return null
  return value && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : undefined
}

function reportCredentials(row: ReportRow): ListedCredential[] {
  const out: ListedCredential[] = []
  if (row.password_enabled === 'true')
    out.push({
      kind: 'console_password',
      id: 'password',
      status: 'active',
      created: reportDay(row.password_last_changed) ?? undefined,
      lastUsed: reportDay(row.password_last_used)
    })
  for (const n of [1, 2]) {
    const created = reportDay(row[`access_key_${n}_last_rotated`])
    if (!created) continue
    out.push({
      kind: 'access_key',
      // The report's slot: ids would take one ListAccessKeys per user.
      id: `key ${n}`,
      status: row[`access_key_${n}_active`] === 'true' ? 'active' : 'inactive',
      created,
      lastUsed: reportDay(row[`access_key_${n}_last_used_date`])
    })
  }
  return out
}

function listedCredential(h: Holding): ListedCredential {
  const d = h.details ?? {}
  const created = typeof d.created === 'string' ? d.created : undefined
  if (h.kind === 'login_profile')
    return { kind: 'console_password', id: 'password', status: 'active', created }
  return {
    kind: h.kind,
    id: shortId(h.id),
    status: d.active === true ? 'active' : 'inactive',
    created,
    lastUsed: d.lastUsed === undefined ? undefined : (d.lastUsed as string | null)
  }
}
