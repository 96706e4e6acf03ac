// The IAM listing reads keys and passwords from the credential report, whose contents it takes
// from the answer itself rather than from the SDK's parser of it (aws/list.ts): against the
// simulated IAM over HTTP, the report's rows arrive whole, and error answers stay the SDK's.
import { afterEach, describe, expect, it } from '@jest/globals'
import { aws } from '../src/connectors/aws/connector.js'
import {
  createIamPlatform,
  emptyIamState,
  joinGroup,
  newIamGroup,
  newIamUser
} from '../src/sandbox/aws-iam/index.js'
import { startSimServer, type FaultRule, type SimServer } from '../src/sandbox/shared/server.js'
import { awsConfig, platforms } from './support/declarations.js'

const DAY = 86_400_000
const day = (ago: number) => new Date(Date.now() - ago * DAY).toISOString().replace(/\.\d+Z$/, 'Z')

let server: SimServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function listed(users: number, faults: FaultRule[] = []) {
  const state = emptyIamState()
  const group = newIamGroup('dev')
  state.groups.set('dev', group)
  for (let i = 0; i < users; i++) {
    const u = newIamUser(`user-${i}`)
    u.accessKeys.push({
      accessKeyId: `AKIA${String(i).padStart(16, '0')}`,
      status: i % 2 ? 'Inactive' : 'Active',
      createDate: day(400),
      lastUsed: { date: day(i % 3 ? 2 : 120), serviceName: 's3', region: 'us-east-1' }
    })
    joinGroup(u, group)
    state.users.set(u.userName, u)
  }
  // A report exists, so generating answers COMPLETE at once.
  state.credentialReport = { generatedTime: day(0), csv: '' }
  server = await startSimServer(createIamPlatform(state), { knobs: { faults } })
  const reader = aws.reader({
    platforms: platforms({ aws: awsConfig() }),
    env: {
      AWS_ENDPOINT_URL_IAM: server.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIATESTING000000000',
      AWS_SECRET_ACCESS_KEY: 'testing'
    },
    maskSecret: () => {},
    log: () => {}
  })
  return { inventory: await reader.list([]), counts: server.counts() }
}

describe('IAM listing from the credential report', () => {
  it('reads every user’s key from the report, in three requests, whatever the number of users', async () => {
    const { inventory, counts } = await listed(1500)
    expect(inventory.status).toBe('checked')
    expect(inventory.notes).toEqual([])
    expect(inventory.accounts).toHaveLength(1500)
    // Two pages of authorization details, the report generated and fetched: no per-user read.
    expect(counts).toEqual({
      GetAccountAuthorizationDetails: 2,
      GenerateCredentialReport: 1,
      GetCredentialReport: 1
    })
    const byName = new Map(inventory.accounts.map(a => [a.account, a]))
    expect(byName.get('user-0')!.credentials).toEqual([
      {
        kind: 'access_key',
        id: 'key 1',
        status: 'active',
        created: day(400).slice(0, 10),
        lastUsed: day(120).slice(0, 10)
      }
    ])
    expect(byName.get('user-1499')!.credentials).toEqual([
      expect.objectContaining({ status: 'inactive', lastUsed: day(2).slice(0, 10) })
    ])
    expect(byName.get('user-1499')!.grants).toEqual([
      { platform: 'aws', kind: 'aws_group', value: 'dev' }
    ])
  })

  it('leaves a failed report answer to the SDK, which retries it, and reads the retried one', async () => {
    const { inventory, counts } = await listed(3, [
      { operation: 'GetCredentialReport', status: 500, times: 1 }
    ])
    expect(counts.GetCredentialReport).toBe(2)
    expect(inventory.notes).toEqual([])
    expect(inventory.accounts.map(a => a.credentials.map(c => `${c.id} ${c.status}`))).toEqual([
      ['key 1 active'],
      ['key 1 inactive'],
      ['key 1 active']
    ])
  })
})
