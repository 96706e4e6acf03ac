// The action's inputs: one typed settings object, and a clear error for each bad input.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const inputs: Record<string, string> = {}
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  setSecret: jest.fn()
}
jest.unstable_mockModule('@actions/core', () => core)
const { readSettings } = await import('../src/action/settings.js')
const { pathInRepository } = await import('../src/action/repo.js')

const NOW = new Date('2026-11-26T10:00:00Z')
const read = (given: Record<string, string>) => {
  for (const k of Object.keys(inputs)) delete inputs[k]
  Object.assign(inputs, given)
  return readSettings(NOW)
}

describe('action settings', () => {
  beforeEach(() => {
    jest.clearAllMocks()
  })

  it('defaults what it can and masks the token', () => {
    expect(read({ mode: 'plan', 'repo-token': ' ghs_x ' })).toEqual({
      mode: 'plan',
      accessDir: 'access',
      repoToken: 'ghs_x'
    })
    expect(core.setSecret).toHaveBeenCalledWith('ghs_x')
  })

  it('reads an offboard request, the date defaulting to today', () => {
    expect(read({ mode: 'offboard', person: ' alice@acme.example ' }).offboard).toEqual({
      person: 'alice@acme.example',
      departedOn: '2026-11-26',
      reason: '',
      urgent: false,
      label: 'offboarding'
    })
    expect(
      read({
        mode: 'offboard',
        person: 'alice',
        'departed-on': '2026-11-20',
        reason: 'contract ended',
        urgent: 'True',
        label: 'leaver'
      }).offboard
    ).toEqual({
      person: 'alice',
      departedOn: '2026-11-20',
      reason: 'contract ended',
      urgent: true,
      label: 'leaver'
    })
  })

  it.each([
    [{ person: '' }, /input "person" is empty: mode "offboard" needs the id or email/],
    [
      { 'departed-on': '26/11/2026' },
      /input "departed-on" is "26\/11\/2026": give the departure date as YYYY-MM-DD, or leave it empty for today \(2026-11-26\)/
    ],
    [{ 'departed-on': '2026-02-30' }, /"2026-02-30": give the departure date as YYYY-MM-DD/],
    [{ urgent: 'yes' }, /input "urgent" is "yes": use true or false/],
    [
      { urgent: 'true', 'departed-on': '2026-12-01' },
      /input "departed-on" is 2026-12-01, after today \(2026-11-26\), but "urgent" revokes now/
    ],
    [{ reason: 'x'.repeat(1001) }, /input "reason" has 1001 characters: keep it under 1000/],
    [{ label: 'l'.repeat(51) }, /input "label" is longer than 50 characters/]
  ])('refuses %j', (given, message) => {
    expect(() => read({ mode: 'offboard', person: 'alice', ...given })).toThrow(message)
  })

  it('ignores offboard inputs in other modes', () => {
    expect(read({ mode: 'audit', urgent: 'maybe' }).offboard).toBeUndefined()
  })

  it('turns the access directory into the path the git data API needs, inside the repository', () => {
    expect(pathInRepository('access')).toBe('access')
    expect(pathInRepository('./config/access/')).toBe('config/access')
    expect(pathInRepository(`${process.cwd()}/access`)).toBe('access')
    expect(() => pathInRepository('../elsewhere')).toThrow(
      'input "access-dir" is "../elsewhere": it must be a directory inside the repository'
    )
    expect(() => pathInRepository('.')).toThrow(/inside the repository/)
  })
})
