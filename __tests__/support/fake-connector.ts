// A connector over plain data, for testing the stages around connectors.
import type {
  Discovery,
  Holding,
  Identity,
  Inventory,
  PlatformName,
  PlatformPlan,
  PlatformReader,
  Scope
} from '../../src/connectors/connector.js'

export interface FakeReader extends PlatformReader {
  discovered: { who: Identity; scope: Scope }[]
}

/** Holds `holdings[personId]`; refuses accounts listed in `protectedAccounts`. */
export function fakeReader(
  platform: PlatformName,
  holdings: Record<string, Holding[]>,
  options: { unavailable?: string; protectedAccounts?: string[]; fail?: string } = {}
): FakeReader {
  const discovered: FakeReader['discovered'] = []
  return {
    platform,
    unavailable: options.unavailable,
    discovered,
    async discover(who, scope): Promise<Discovery> {
      discovered.push({ who, scope })
      if (options.fail) throw new Error(options.fail)
      const held = holdings[who.person] ?? []
      return {
        platform,
        person: who.person,
        status: held.length ? 'checked' : 'no_account',
        ...(held.length
          ? { account: { id: `id-${who.account}`, display: who.account ?? who.email } }
          : {}),
        holdings: held,
        notes: []
      }
    },
    planSteps(found, scope): PlatformPlan {
      const account = found.account?.display ?? ''
      if (options.protectedAccounts?.includes(account))
        return {
          steps: [],
          refused: [
            {
              platform,
              person: found.person,
              target: account,
              reason: 'protected in platforms.yaml'
            }
          ]
        }
      const wanted =
        scope.kind === 'departure'
          ? found.holdings
          : found.holdings.filter(h => scope.remove.some(g => g.value === h.id))
      const steps = wanted.map(h => ({
        id: `${platform}/${found.person}/remove/${h.id}`,
        platform,
        person: found.person,
        action: `remove_${h.kind}`,
        target: `${account}/${h.id}`,
        reason: '',
        after: [],
        mode: 'auto' as const,
        params: { id: h.id }
      }))
      return { steps, refused: [] }
    },
    async list(): Promise<Inventory> {
      return { platform, status: 'checked', accounts: [], requests: 0, notes: [] }
    }
  }
}
