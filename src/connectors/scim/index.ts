// SCIM 2.0 apps as the core sees them: one instance per app of platforms.yaml's `scim:` list,
// named `scim:<app>`; a person's userName in each (accounts.scim.<app>, or found by email); a
// role's apps (grants.scim).
import { didYouMean } from '../../declarations/suggest.js'
import type { YamlPath } from '../../declarations/yaml.js'
import type { PlatformName } from '../../grants.js'
import { lazily, type PlatformDescriptor } from '../descriptor.js'
import { scimSettings, type ScimAppConfig } from './settings.js'

const connectorModule = lazily(() => import('./connector.js'))

export type { ScimAppConfig }

// Each app's instance name and account path, made once: every person declares them.
const appNames = new Map<string, { instance: PlatformName; path: YamlPath }>()
const appEntry = (app: string) => {
  let entry = appNames.get(app)
  if (!entry) appNames.set(app, (entry = { instance: `scim:${app}`, path: [app] }))
  return entry
}
const instanceOf = (app: string): PlatformName => appEntry(app).instance
const appOf = (instance: PlatformName) => instance.slice('scim:'.length)

export const scim: PlatformDescriptor<{
  key: 'scim'
  settings: ScimAppConfig[]
  instance: ScimAppConfig
  /** App name -> userName in that app. */
  account: Record<string, string>
  /** App names. */
  grants: string[]
}> = {
  key: 'scim',
  title: 'SCIM apps',
  settings: raw => scimSettings(raw as Parameters<typeof scimSettings>[0]),
  grants: raw => raw as string[],
  instances: apps => apps.map(settings => ({ name: instanceOf(settings.name), settings })),
  declaredAccounts: accounts =>
    Object.entries(accounts).map(([app, account]) => {
      const { instance, path } = appEntry(app)
      return { instance, account, path }
    }),
  accountPath: instance => [appOf(instance)],
  accountLabel: instance => `${appOf(instance)} user`,
  // userNames are case-insensitive (RFC 7643 caseExact: false).
  foldAccount: s => s.toLowerCase(),
  isProtected: () => false,
  lookupByEmail: true,
  roleGrants: apps =>
    apps.map(app => ({ platform: instanceOf(app), kind: 'scim_app', value: app })),
  grantedInstances: apps => apps.map((app, i) => ({ instance: instanceOf(app), path: [i] })),
  grantKinds: { scim_app: 'account in' },
  credentials: "the token variable the SCIM app's entry in platforms.yaml names",
  unconfigured(instance, apps, remedy) {
    const app = appOf(instance)
    const names = apps.map(a => a.name)
    return `SCIM app "${app}" is not configured in platforms.yaml${didYouMean(app, names) || `: add it under scim:, or ${remedy}`}`
  },
  checkSettings(apps, report) {
    const seen = new Set<string>()
    apps.forEach((app, i) => {
      if (seen.has(app.name))
        report(
          ['scim', i, 'name'],
          `SCIM app "${app.name}" is configured twice: give each app its own name`
        )
      seen.add(app.name)
    })
  },
  trust(base, head, notes) {
    const headApps = new Map(head.map(a => [a.name, a]))
    const baseApps = new Set(base.map(a => a.name))
    for (const app of base) {
      const h = headApps.get(app.name)
      if (h) notes.compare(`scim[${app.name}]`, app, h)
      else notes.dropped(`scim[${app.name}]`, 'head removes this SCIM app', instanceOf(app.name))
    }
    for (const app of head)
      if (!baseApps.has(app.name))
        notes.added(
          `scim[${app.name}]`,
          `head adds this SCIM app (base_url ${app.base_url}, token_env ${app.token_env})`
        )
    return base
  },
  connector: async instance => (await connectorModule()).scimApp(instance.settings)
}
