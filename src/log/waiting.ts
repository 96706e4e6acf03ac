// The manual steps the log recorded as left to a human (a deploy key the departed person
// added), for the audit to read back on the platform until they are done.
import type { PlatformName, WaitingStep } from '../connectors/connector.js'
import { isWaiting } from '../graph.js'
import type { LogFile } from './verify.js'

/** Every distinct waiting step in the log, the first record of each (a rerun logs it again).
 *  Lines that do not parse are passed over: verify-log is the one that reports them. */
export function waitingSteps(files: LogFile[]): WaitingStep[] {
  const steps = new Map<string, WaitingStep>()
  for (const file of files)
    for (const line of file.text.split('\n')) {
      const r = parse(line)
      if (!r || !isWaiting(r)) continue
      const key = JSON.stringify([r.platform, r.action, r.target])
      if (!steps.has(key))
        steps.set(key, {
          person: r.person,
          platform: r.platform as PlatformName,
          action: r.action,
          target: r.target,
          ...(r.account_id ? { account_id: r.account_id } : {}),
          at: r.at
        })
    }
  return [...steps.values()]
}

type Fields = Record<
  'person' | 'platform' | 'action' | 'target' | 'result' | 'detail' | 'at',
  string
> & { account_id?: string }

function parse(line: string): Fields | undefined {
  if (!line.trim()) return undefined
  try {
    const r = JSON.parse(line) as (Partial<Fields> & { account_id?: unknown }) | null
    const fields = ['person', 'platform', 'action', 'target', 'result', 'detail', 'at'] as const
    if (!r || !fields.every(f => typeof r[f] === 'string')) return undefined
    return {
      ...(r as Fields),
      account_id: typeof r.account_id === 'string' ? r.account_id : undefined
    }
  } catch {
    return undefined
  }
}
