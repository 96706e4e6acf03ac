// Which events each mode runs on, checked before anything is read: a mode started by another
// event would read the wrong revisions, or hand a pull request's code the job's secrets.
import type { Mode } from './settings.js'

const EVENTS: Record<Mode, { events: readonly string[]; use: string }> = {
  plan: { events: ['pull_request'], use: 'on: pull_request' },
  apply: { events: ['push'], use: 'on: push to the default branch' },
  audit: { events: ['schedule', 'workflow_dispatch'], use: 'on: schedule or workflow_dispatch' },
  offboard: {
    events: ['workflow_dispatch', 'repository_dispatch'],
    use: 'on: workflow_dispatch or repository_dispatch'
  },
  // Never pull_request: a sweep revokes without review, from the default branch only.
  sweep: { events: ['schedule', 'workflow_dispatch'], use: 'on: schedule or workflow_dispatch' }
}

/** Why `mode` must not run on `event`; undefined when it may (or when `mode` is none:
 *  the settings say so). */
export function refusedEvent(mode: string, event: string): string | undefined {
  if (event === 'pull_request_target')
    return `offboard refuses pull_request_target: it hands the repository's secrets to a job acting for a pull request nobody has reviewed (a fork's included), and it checks out the default branch, not the pull request. Run mode "plan" on pull_request instead: pull requests from forks then get a plan from the declarations alone, with no secrets`
  const rule = EVENTS[mode as Mode] as (typeof EVENTS)[Mode] | undefined
  if (!rule || rule.events.includes(event)) return undefined
  const { use } = rule
  return `mode "${mode}" does not run on "${event || 'an unknown event'}": run it ${use} (plan on pull_request, apply on push, audit and sweep on schedule, offboard on dispatch)`
}
