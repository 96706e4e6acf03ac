import { describe, expect, it } from '@jest/globals'
import { redactingIo } from '../src/commands/command.js'
import { chain, recordHash } from '../src/log/record.js'
import {
  MIN_SECRET_LENGTH,
  redact,
  redactDeep,
  registerSecret,
  secretsInEnvironment
} from '../src/log/redact.js'
import { cell } from '../src/report/markdown.js'

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

describe('redaction by value', () => {
  // Each test registers its own secrets: the registry is process-wide, as core.setSecret is.
  const made = (label: string) => `${label}:${tail(10)}|"<x>'/+${tail(6, 'qrstuvwxyz0123')}=`

  it('scrubs a registered secret in every form an echo gives it back', () => {
    const secret = made('scim')
    registerSecret(secret)
    const json = JSON.stringify(secret).slice(1, -1)
    const shown = [
      `raw ${secret} end`,
      `json {"detail":"${json}"} end`,
      `json twice ${JSON.stringify(JSON.stringify({ detail: secret }))} end`,
      `url ?token=${encodeURIComponent(secret)}&x=1 end`,
      `form ${new URLSearchParams({ token: secret }).toString()} end`,
      `lowercase hex ${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, h => h.toLowerCase())} end`,
      `basic Authorization: Basic ${Buffer.from(`alice:${secret}`).toString('base64')} end`,
      `base64url ${Buffer.from(`x${secret}`).toString('base64url')} end`,
      `glued auth=Basic${Buffer.from(`bob:${secret}`).toString('base64')} end`,
      `markdown | ${cell(secret)} | end`,
      `quoted '${secret.replace(/[\\'"]/g, c => `\\${c}`)}' end`,
      `shell '${secret.replace(/'/g, `'\\''`)}' end`
    ]
    for (const text of shown) {
      const out = redact(text)
      expect(out).toContain('[redacted]')
      expect(out).toMatch(/ end$/)
      expect(out).not.toContain(secret.slice(-8))
      expect(out).not.toContain(json.slice(-8))
    }
    expect(redact(`raw ${secret} end`)).toBe('raw [redacted] end')
    // Scrubbed JSON is still JSON.
    const parsed = JSON.parse(redact(JSON.stringify({ detail: `a ${secret} b` })))
    expect(parsed).toEqual({ detail: 'a [redacted] b' })
  })

  it('ignores values too short to be secrets, so normal text survives', () => {
    for (const short of ['admin', 'alice', '1234567', '', '   x   ']) registerSecret(short)
    registerSecret(undefined)
    const text = 'alice is an admin of acme since 1234567'
    expect(redact(text)).toBe(text)
    expect(MIN_SECRET_LENGTH).toBe(8)
    registerSecret('8charsOK')
    expect(redact('token 8charsOK here')).toBe('token [redacted] here')
  })

  it('leaves no tail of secrets that overlap or contain one another', () => {
    const a = `ovl-${tail(12)}`
    const b = `${a.slice(-8)}-${tail(9, 'mnopqrstu')}`
    const inner = a.slice(2, 12)
    for (const s of [a, b, inner]) registerSecret(s)
    expect(redact(`x ${a.slice(0, -8)}${b} y`)).toBe('x [redacted] y')
    expect(redact(`x ${a} ${inner} y`)).toBe('x [redacted] [redacted] y')
  })

  it('scrubs text produced before the secret was registered, at output time', () => {
    const secret = made('late')
    const text = `GitHub answered 401: Bad credentials (authorization: token ${secret})`
    const lines: string[] = []
    const io = redactingIo({ out: l => lines.push(l), err: l => lines.push(l), cwd: '.', env: {} })
    expect(redact(text)).toContain(secret)
    registerSecret(secret)
    io.out(text)
    expect(lines).toEqual([
      'GitHub answered 401: Bad credentials (authorization: token [redacted])'
    ])
  })

  it('registers a private key whole and line by line, keeping its armour lines', () => {
    const body = [tail(64), tail(64, 'QRSTUVWXYZabcdef0123'), tail(20, 'ghijk456')]
    const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`
    registerSecret(pem)
    expect(redact(`line ${body[1]} leaked`)).toBe('line [redacted] leaked')
    expect(redact(`json ${JSON.stringify(pem)}`)).toBe('json "[redacted]"')
    expect(redact('-----END OPENSSH PRIVATE KEY-----')).toBe('-----END OPENSSH PRIVATE KEY-----')
  })

  it('finds the secrets of an environment by name or by content', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${tail(40)}\n-----END RSA PRIVATE KEY-----`
    const env = {
      GITHUB_TOKEN: 'gh-value',
      SLACK_TOKEN: 'slack-value',
      JIRA_SCIM_TOKEN: 'jira-value',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      AWS_SESSION_TOKEN: 'aws-session',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-value',
      'INPUT_REPO-TOKEN': 'repo-token-value',
      DB_PASSWORD: 'db-value',
      OFFBOARD_APP_PRIVATE_KEY: 'app-key',
      SOME_API_KEY: 'api-value',
      DEPLOY_KEY_PEM: pem,
      // Not secrets: addresses, files, ids, ordinary settings.
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x',
      AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      TOKEN_ENV: 'JIRA_SCIM_TOKEN',
      SECRET_NAME: 'production',
      HOME: '/home/runner',
      EMPTY_TOKEN: ''
    }
    expect(secretsInEnvironment(env).sort()).toEqual(
      [
        'gh-value',
        'slack-value',
        'jira-value',
        'aws-secret',
        'aws-session',
        'oidc-value',
        'repo-token-value',
        'db-value',
        'app-key',
        'api-value',
        pem
      ].sort()
    )
  })

  it('redacts every string inside plain data, and only strings', () => {
    const secret = made('deep')
    registerSecret(secret)
    expect(
      redactDeep({ a: `x ${secret}`, n: 3, ok: true, none: null, list: [secret, 2, { b: secret }] })
    ).toEqual({
      a: 'x [redacted]',
      n: 3,
      ok: true,
      none: null,
      list: ['[redacted]', 2, { b: '[redacted]' }]
    })
  })

  it('is applied to every string field of a record, the change and account id included', () => {
    const secret = made('record')
    registerSecret(secret)
    const [record] = chain([
      {
        at: '2026-11-26T05:00:00.000Z',
        person: 'alice',
        change: { base: 'a', head: 'b', pr: 1, approvers: [`x${secret}`] },
        actor: `actor ${secret}`,
        platform: 'scim:jira',
        action: 'deactivate_user',
        target: 'alice@acme.example',
        result: 'failed',
        detail: `401 (authorization: Bearer ${secret})`,
        account_id: secret
      }
    ])
    expect(JSON.stringify(record)).not.toContain(secret.slice(-8))
    expect(record.detail).toBe('401 (authorization: Bearer [redacted])')
    expect(record.actor).toBe('actor [redacted]')
    expect(record.account_id).toBe('[redacted]')
    expect(record.hash).toBe(recordHash({ ...record }))
  })
})
