import { describe, expect, it } from '@jest/globals'
import { chain } from '../src/log/record.js'
import { redact } from '../src/log/redact.js'

// Built at run time so that secret scanners do not flag this file.
const tail = (n: number, alphabet = 'aB3dE5gH7jK9mN1pQ2sT4vW6yZ8') =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('')

describe('redact', () => {
  it('shortens AWS access key ids to their last 4 characters', () => {
    expect(redact('deleted AKIAIOSFODNN7EXAMPLE of alice')).toBe('deleted AKIA...MPLE of alice')
    expect(redact('session ASIAY34FZKBOKMUTVV7A expired')).toBe('session ASIA...VV7A expired')
    // SSH key and service-specific credential ids, as IAM quotes them in its errors.
    expect(redact('SSH key APKAEIBAERJR2EXAMPLE is not found')).toBe(
      'SSH key APKA...MPLE is not found'
    )
    expect(redact('credential ACCAEXAMPLE123EXAMPLE in use')).toBe('credential ACCA...MPLE in use')
    // Already short, or not a key id: unchanged.
    expect(redact('alice/AKIA...WXYZ')).toBe('alice/AKIA...WXYZ')
    expect(redact('AIDAJQABLZS4A3QDU576Q is a user id')).toBe('AIDAJQABLZS4A3QDU576Q is a user id')
  })

  it('drops GitHub, Slack and JWT tokens wherever they appear', () => {
    const tokens = [
      `ghp_${tail(36)}`,
      `gho_${tail(36)}`,
      `ghs_${tail(36)}`,
      `github_pat_11ABCDEFG0_${tail(59)}`,
      `xoxb-1234567890-1234567890123-${tail(24)}`,
      `xoxp-1234-5678-9012-${tail(32)}`,
      `xoxe.xoxp-1-${tail(40)}`,
      `xapp-1-A0123-456-${tail(30)}`,
      `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.${tail(43)}`
    ]
    for (const token of tokens) {
      const shown = redact(`request failed (token ${token}): 401`)
      expect(shown).toBe('request failed (token [redacted]): 401')
    }
  })

  it('drops the values of credentials named in text, keeping the names', () => {
    expect(redact('Authorization: Bearer s3cr3t-scim-token-value')).toBe(
      'Authorization: Bearer [redacted]'
    )
    expect(redact('login failed: password=hunter2hunter2; user=alice')).toBe(
      'login failed: password=[redacted]; user=alice'
    )
    expect(redact('{"client_secret": "abc123def456"}')).toBe('{"client_secret": "[redacted]"}')
  })

  it('drops AWS secret keys, session tokens and private keys', () => {
    const secret = `wJalrXUtnFEMI/K7MDENG/bPxRfiCY${tail(10)}`
    expect(redact(`secret key ${secret} leaked`)).toBe('secret key [redacted] leaked')
    const session = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ${tail(80)}`
    expect(redact(`session ${session} expired`)).toBe('session [redacted] expired')
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIE${tail(60)}\n-----END RSA PRIVATE KEY-----`
    expect(redact(`key was ${pem} here`)).toBe('key was [redacted] here')
  })

  it('keeps what is not secret: commit SHAs, ARNs, names, ordinary words', () => {
    const keep = [
      'base 3f786850e387550fdab836ed7e6dc881de23001b head 89e6c98d92887913cadf06b2adb97f26cde4849b',
      'arn:aws:iam::123456789012:policy/service-role/AWSCodePipelineServiceRole-us-east-1-deploy',
      'removed alice-gh from team backend-platform-engineering-oncall-rotation',
      'token expired; secret santa; password policy unchanged',
      'deactivate_user U012AB3CD already deactivated'
    ]
    for (const text of keep) expect(redact(text)).toBe(text)
  })

  it('is applied to every record written, target and detail alike', () => {
    const [record] = chain([
      {
        at: '2026-11-26T05:00:00.000Z',
        person: 'alice',
        change: { base: 'a', head: 'b', pr: 1, approvers: [] },
        actor: 'github-actions',
        platform: 'aws',
        action: 'delete_access_key',
        target: 'alice/AKIAIOSFODNN7EXAMPLE',
        result: 'failed',
        detail: `InvalidClientTokenId for ghp_${tail(36)}`
      }
    ])
    expect(record.target).toBe('alice/AKIA...MPLE')
    expect(record.detail).toBe('InvalidClientTokenId for [redacted]')
  })
})
