// Google Workspace as the core sees it: a customer (google:), a person's primary email
// (accounts.google, or found by email or alias), a role's groups by email (grants.google).
// What it imports from this folder is used inside functions only: the registry reads
// descriptors lazily (see registry.ts).
import { lazily, singleInstance, type OneInstance, type PlatformDescriptor } from '../descriptor.js'
import {
  CREDENTIALS,
  foldAccount,
  GOOGLE_GROUP,
  GROUP_LABEL,
  groupGrant,
  isProtected,
  LOOKS_UP_BY_EMAIL,
  transferDriveProblem
} from './declared.js'
import { googleConfig, type GoogleBlock, type GoogleConfig } from './types.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { GoogleConfig }
export interface GoogleGrants {
  groups: string[]
}

export const google: PlatformDescriptor<OneInstance<'google', GoogleConfig, GoogleGrants>> = {
  key: 'google',
  title: 'Google Workspace',
  settings: raw => (raw === undefined ? undefined : googleConfig(raw as GoogleBlock)),
  grants: raw => ({ groups: (raw as Partial<GoogleGrants>).groups ?? [] }),
  ...singleInstance<'google', GoogleConfig>('google'),
  accountLabel: () => 'Google user',
  foldAccount: account => foldAccount(account),
  isProtected: (config, email) => isProtected(config, email),
  lookupByEmail: LOOKS_UP_BY_EMAIL,
  roleGrants: grants => grants.groups.map(groupGrant),
  grantKinds: { [GOOGLE_GROUP]: GROUP_LABEL },
  // Group emails compare without regard to case.
  foldGrantValue: value => value.toLowerCase(),
  credentials: CREDENTIALS,
  checkPeople(config, people, report) {
    const problem = config && transferDriveProblem(config, people)
    if (problem) report(['google', 'transfer_drive_to'], problem)
  },
  connector: async instance => (await connectorModule()).googleConnector(instance.settings)
}
