import { describe, expect, it } from '@jest/globals'
import { departureRefusal, trustedSettings } from '../src/trust.js'
import { allPlatforms, awsConfig, githubConfig, person } from './support/declarations.js'

describe('trustedSettings', () => {
  const base = allPlatforms({
    github: githubConfig('acme', ['acme-bot']),
    aws: awsConfig({ protected: ['breakglass'] }),
    slack: { deactivate_with: 'scim', protected: ['U0ADMIN01'] }
  })

  it('gives the connectors base, with each protected list the union of base and head as the platform compares names', () => {
    const head = allPlatforms({
      github: githubConfig('acme', ['ACME-BOT', 'release-bot']),
      aws: awsConfig({ protected: ['BreakGlass', 'terraform-ci'] }),
      slack: { deactivate_with: 'scim', protected: ['u0admin01'] }
    })
    const { platforms, afterMerge } = trustedSettings(base, head)
    expect(platforms.github?.protected).toEqual(['acme-bot', 'release-bot'])
    expect(platforms.aws?.protected).toEqual(['breakglass', 'terraform-ci'])
    // Slack member ids compare exactly: u0admin01 is another id.
    expect(platforms.slack?.protected).toEqual(['U0ADMIN01', 'u0admin01'])
    expect(afterMerge).toEqual([
      {
        setting: 'slack.protected',
        message: 'head removes U0ADMIN01: still protected in this change; takes effect after merge'
      }
    ])
  })

  it('keeps every other setting of base, and lists what head changes', () => {
    const head = allPlatforms({
      github: githubConfig('evilcorp', ['acme-bot']),
      aws: awsConfig({ protected: ['breakglass'], on_departure: 'disable' }),
      slack: undefined,
      scim: [
        {
          name: 'jira',
          base_url: 'http://127.0.0.1:9/scim',
          token_env: 'SLACK_TOKEN',
          on_departure: 'delete'
        },
        {
          name: 'evil',
          base_url: 'http://127.0.0.1:9/',
          token_env: 'GITHUB_TOKEN',
          on_departure: 'deactivate'
        }
      ],
      policy: { max_departures_per_change: 50, max_departure_ratio: 0.5, revoke_within: '24h' }
    })
    const trusted = trustedSettings(base, head)
    expect(trusted.platforms).toEqual(base)
    expect(trusted.droppedByHead).toEqual(['slack'])
    expect(trusted.afterMerge.map(n => `${n.setting}: ${n.message}`)).toEqual([
      'github.org: head sets evilcorp (this change uses acme): takes effect after merge',
      'aws.on_departure: head sets disable (this change uses delete): takes effect after merge',
      'slack: head removes this block: this change still revokes its departures there (not its reductions); unmanaged after merge',
      'scim[jira].base_url: head sets http://127.0.0.1:9/scim (this change uses https://jira.test/scim/v2): takes effect after merge',
      'scim[jira].token_env: head sets SLACK_TOKEN (this change uses JIRA): takes effect after merge',
      'scim[jira].on_departure: head sets delete (this change uses deactivate): takes effect after merge',
      'scim[evil]: head adds this SCIM app (base_url http://127.0.0.1:9/, token_env GITHUB_TOKEN): not planned in this change; takes effect after merge',
      'policy.max_departures_per_change: head sets 50 (this change uses 5): takes effect after merge'
    ])
  })

  it('does not plan a block head adds, and drops nothing when head keeps everything', () => {
    const bare = allPlatforms({ slack: undefined, scim: [] })
    const trusted = trustedSettings(bare, base)
    expect(trusted.platforms.slack).toBeUndefined()
    expect(trusted.platforms.scim).toEqual([])
    expect(trusted.afterMerge.map(n => n.setting)).toEqual(['slack', 'scim[jira]'])
    expect(trustedSettings(base, base)).toEqual({
      platforms: base,
      afterMerge: [],
      droppedByHead: []
    })
  })
})

describe('departureRefusal', () => {
  const platforms = allPlatforms({ aws: awsConfig({ protected: ['breakglass'] }) })
  const alice = person('alice', {
    accounts: { github: 'alice-gh', aws: 'alice', scim: { jira: 'alice@acme.example' } }
  })
  const departed = { status: 'departed' as const, departed_on: '2026-11-20' }
  const refuse = (head: Parameters<typeof departureRefusal>[1], headPlatforms = platforms) =>
    departureRefusal(alice, head, platforms, headPlatforms)

  it('lets a departure through that changes nothing else, or only the case of a name', () => {
    expect(refuse({ ...alice, ...departed })).toBeUndefined()
    expect(refuse(undefined)).toBeUndefined()
    const recased = {
      ...alice,
      ...departed,
      email: 'Alice@ACME.example',
      accounts: { github: 'Alice-GH', aws: 'ALICE', scim: { jira: 'ALICE@acme.example' } }
    }
    expect(refuse(recased)).toBeUndefined()
  })

  it.each([
    ['a changed account', { aws: 'old-contractor' }, 'accounts.aws alice -> old-contractor'],
    ['an added account', { slack: 'U0CAROL01' }, 'accounts.slack added (U0CAROL01)'],
    ['a removed SCIM account', { scim: {} }, 'accounts.scim.jira removed (alice@acme.example)'],
    [
      'the accounts block deleted',
      null,
      'accounts.github removed (alice-gh); accounts.aws removed (alice); accounts.scim.jira removed (alice@acme.example)'
    ]
  ])('refuses %s, saying what changed', (_name, change, said) => {
    const accounts = change === null ? {} : { ...alice.accounts, ...change }
    const r = refuse({ ...alice, ...departed, accounts })
    expect(r?.rule).toBe('departure_identity_changed')
    expect(r?.message).toContain(`changes alice's identity (${said})`)
    expect(r?.message).toMatch(/in a pull request of its own first, then depart alice\.$/)
  })

  it('refuses a changed email', () => {
    expect(refuse({ ...alice, ...departed, email: 'mallory@acme.example' })?.message).toContain(
      'email alice@acme.example -> mallory@acme.example'
    )
  })

  it('refuses unprotecting an account the person declares at base or at head, or dropping the block that protects it', () => {
    const owner = person('ops', { accounts: { aws: 'BreakGlass' } })
    const unprotected = allPlatforms({ aws: awsConfig({ protected: [] }) })
    const deleted = departureRefusal(owner, undefined, platforms, unprotected)
    expect(deleted).toEqual({
      rule: 'departure_unprotects_account',
      message: expect.stringMatching(
        /^this change departs ops and removes IAM user BreakGlass from aws\.protected, which ops declares\./
      )
    })
    expect(
      departureRefusal(owner, undefined, platforms, allPlatforms({ aws: undefined }))?.rule
    ).toBe('departure_unprotects_account')
    // Declared at head only: both rules apply, and the message says both.
    const both = departureRefusal(
      alice,
      { ...alice, ...departed, accounts: { ...alice.accounts, aws: 'breakglass' } },
      platforms,
      unprotected
    )
    expect(both?.rule).toBe('departure_identity_changed')
    expect(both?.message).toContain(
      "changes alice's identity (accounts.aws alice -> breakglass), and removes IAM user breakglass from aws.protected"
    )
  })
})
