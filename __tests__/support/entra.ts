// What the Entra ID tests share: a tenant, an app, groups by object id, and alice.
import type { Identity, Scope } from '../../src/connectors/connector.js'

export const TENANT = '11111111-2222-4333-8444-555555555555'
export const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
/** Group object ids: Engineering, Operations, a dynamic group, and one holding Engineering. */
export const ENG = '0e9b8c1a-0000-4000-8000-000000000001'
export const OPS = '0e9b8c1a-0000-4000-8000-000000000002'
export const DYN = '0e9b8c1a-0000-4000-8000-000000000003'
export const ALL = '0e9b8c1a-0000-4000-8000-000000000004'
export const ALICE = 'alice@acme.onmicrosoft.com'

export const departure: Scope = { kind: 'departure' }
export const alice: Identity = {
  person: 'alice',
  name: 'Alice',
  email: 'alice@acme.example',
  account: ALICE
}
