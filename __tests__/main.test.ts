import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { scratchTree } from './support/tree.js'

const inputs: Record<string, string> = {}
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  error: jest.fn(),
  info: jest.fn(),
  setFailed: jest.fn()
}
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

describe('action', () => {
  beforeEach(() => {
    jest.clearAllMocks()
    for (const k of Object.keys(inputs)) delete inputs[k]
  })

  it('turns every invalid declaration into an annotation on its file and line', async () => {
    const cwd = scratchTree({
      'people/zed.yaml': 'id: zed\nname: Z\nemail: nope\nstatus: active\n'
    })
    inputs.mode = 'plan'
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

  it('refuses an unknown mode with the list of modes', async () => {
    inputs.mode = 'destroy'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'offboard: input "mode" is "destroy": use one of plan, apply, audit, offboard'
    )
  })
})
