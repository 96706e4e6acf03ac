// For the Identity Center tests with both SDKs mocked (aws-sdk-client-mock): the mocks, a clock
// the connector's waits move instead of sleeping, the SDK's error answers, a connector and the
// steps it performs, and a permission set whose inline policy the mock keeps as AWS would.
import { beforeEach } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  AccessDeniedException,
  IdentitystoreClient,
  ResourceNotFoundException as StoreNotFound,
  ThrottlingException
} from '@aws-sdk/client-identitystore'
import {
  ConflictException,
  DeleteInlinePolicyFromPermissionSetCommand,
  GetInlinePolicyForPermissionSetCommand,
  PutInlinePolicyToPermissionSetCommand,
  ResourceNotFoundException,
  SSOAdminClient
} from '@aws-sdk/client-sso-admin'
import { awsSsoConnector } from '../../src/connectors/aws_sso/connector.js'
import { awsSsoConfig } from '../../src/connectors/aws_sso/types.js'
import type { ConnectorContext, Step } from '../../src/connectors/connector.js'
import { KEYS } from './aws-sso.js'
import { connectorContext } from './connectors.js'

export const store = mockClient(IdentitystoreClient)
export const admin = mockClient(SSOAdminClient)

export const START = Date.parse('2026-11-26T05:00:00Z')
export const clock = { now: START }
/** The waits take no time: the clock moves by what they would have waited. */
const timing = { now: () => clock.now, sleep: async (ms: number) => void (clock.now += ms) }

/** Each test starts with mocks that answer nothing and the clock at START. */
export function resetEachTest(): void {
  beforeEach(() => {
    store.reset()
    admin.reset()
    clock.now = START
  })
}

const meta = { $metadata: {} }
export const storeNotFound = (type: string) =>
  new StoreNotFound({ ...meta, message: `${type} not found.`, ResourceType: type as never })
export const notFound = () => new ResourceNotFoundException({ ...meta, message: 'not found' })
export const denied = () => new AccessDeniedException({ ...meta, message: 'not authorized' })
export const throttled = () => new ThrottlingException({ ...meta, message: 'Rate exceeded' })
export const conflict = () =>
  new ConflictException({ ...meta, message: 'provisioning in progress' })

export const config = awsSsoConfig({
  instance_arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
  identity_store_id: 'd-1234567890',
  region: 'eu-west-1',
  retry: { retries: 0, seconds: 30 }
})
export const USER_ID = '906722c6df-4a4a9f8c-0b6a-5d3e-2f1a-0b1c2d3e4f5a'
export const PS = 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef'
export const ctx = (): ConnectorContext => connectorContext({}, KEYS).ctx
export const writer = (c: ConnectorContext = ctx()) => awsSsoConnector(config, timing).writer(c)
export const reader = () => awsSsoConnector(config).reader(ctx())
export const who = { person: 'alice', name: 'Alice', email: 'alice@acme.example', account: 'alice' }

export function step(action: string, params: Record<string, unknown> = {}): Step {
  return {
    id: `aws_sso/alice/${action}`,
    platform: 'aws_sso',
    person: 'alice',
    action,
    target: 'alice',
    reason: 'test',
    after: [],
    mode: 'auto',
    params: {
      user_id: USER_ID,
      user_name: 'alice',
      permission_set_arn: PS,
      permission_set: 'Deploy',
      account: '111122223333',
      membership_id: 'm-1',
      group_id: 'g-1',
      ...params
    }
  }
}

/** A permission set whose inline policy the mock keeps, as AWS would; returns a reader of it. */
export function permissionSetPolicy(initial?: string) {
  let policy = initial
  admin.on(GetInlinePolicyForPermissionSetCommand).callsFake(async () => ({ InlinePolicy: policy }))
  admin.on(PutInlinePolicyToPermissionSetCommand).callsFake(async input => {
    policy = input.InlinePolicy
    return {}
  })
  admin.on(DeleteInlinePolicyFromPermissionSetCommand).callsFake(async () => {
    policy = undefined
    return {}
  })
  return () => policy
}

export const provisioning = (status: string, extra = {}) => ({
  PermissionSetProvisioningStatus: { Status: status, RequestId: 'req-1', ...extra } as never
})
