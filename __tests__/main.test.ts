import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { scratchTree } from './support/tree.js'

const inputs: Record<string, string> = {}
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  error: jest.fn(),
  info: jest.fn(),
  setFailed: jest.fn(),
  setSecret: jest.fn()
}
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')
const { context } = await import('@actions/github')

describe('action', () => {
  beforeEach(() => {
    jest.clearAllMocks()
    for (const k of Object.keys(inputs)) delete inputs[k]
    context.eventName = 'schedule'
  })

  it('turns every invalid declaration into an annotation on its file and line', async () => {
    const cwd = scratchTree({
      'people/zed.yaml': 'id: zed\nname: Z\nemail: nope\nstatus: active\n'
    })
    inputs.mode = 'audit'
    inputs['access-dir'] = `${cwd}/access`
    await run()
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/email "nope" is not an email address/),
      expect.objectContaining({
        file: `${cwd}/access/people/zed.yaml`,
        startLine: 3,
        startColumn: 8
      })
    )
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^1 problem\(s\) in .*: see the annotations/)
    )
  })

  it('refuses pull_request_target, and a mode started by an event it does not run on, before reading anything', async () => {
    // An access directory that does not exist: reading it would fail another way.
    inputs['access-dir'] = '/nonexistent/access'
    context.eventName = 'pull_request_target'
    for (const mode of ['plan', 'apply', 'audit', 'offboard', 'sweep']) {
      inputs.mode = mode
      await run()
    }
    expect(core.setFailed.mock.calls.map(c => c[0])).toEqual(
      Array(5).fill(
        expect.stringMatching(
          /^offboard refuses pull_request_target: .* Run mode "plan" on pull_request instead/
        )
      )
    )
    jest.clearAllMocks()
    context.eventName = 'pull_request'
    inputs.mode = 'apply'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'mode "apply" does not run on "pull_request": run it on: push to the default branch (plan on pull_request, apply on push, audit and sweep on schedule, offboard on dispatch)'
    )
    expect(core.error).not.toHaveBeenCalled()
  })

  it('runs a sweep on no pull request and on no branch but the default one', async () => {
    inputs['access-dir'] = '/nonexistent/access'
    context.eventName = 'pull_request'
    inputs.mode = 'sweep'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'mode "sweep" does not run on "pull_request": run it on: schedule or workflow_dispatch (plan on pull_request, apply on push, audit and sweep on schedule, offboard on dispatch)'
    )
    jest.clearAllMocks()
    // A workflow_dispatch run on another branch: its declarations are that branch's.
    context.eventName = 'workflow_dispatch'
    Object.assign(context, {
      ref: 'refs/heads/depart-everyone',
      payload: { repository: { default_branch: 'main', name: 'access', owner: { login: 'acme' } } }
    })
    inputs['access-dir'] = `${scratchTree()}/access`
    inputs['repo-token'] = 'ghs_job'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^offboard: mode "sweep" runs on the default branch \(main\), but this run is on refs\/heads\/depart-everyone: a sweep revokes without a new review/
      )
    )
  })

  it('refuses an unknown mode with the list of modes', async () => {
    inputs.mode = 'destroy'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'offboard: input "mode" is "destroy": use one of plan, apply, audit, offboard, sweep'
    )
  })
})
