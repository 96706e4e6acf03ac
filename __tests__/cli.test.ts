import { describe, expect, it } from '@jest/globals'
import { cli, scratchTree } from './support/tree.js'
import pkg from '../package.json' with { type: 'json' }

describe('offboard command line', () => {
  const cwd = scratchTree()

  it('prints help and the version', async () => {
    const help = await cli(['--help'], cwd)
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/Usage: offboard <command>/)
    expect(help.out).toMatch(/validate\s+check the access declarations/)
    expect((await cli(['--version'], cwd)).out).toBe(pkg.version)
    const sub = await cli(['validate', '--help'], cwd)
    expect(sub.code).toBe(0)
    expect(sub.out).toMatch(/offboard validate \[--dir access\]/)
  })

  it('without a command, shows help and exits 2', async () => {
    const none = await cli([], cwd)
    expect(none.code).toBe(2)
    expect(none.out).toMatch(/Commands:/)
  })

  it('refuses an unknown command with a suggestion', async () => {
    const r = await cli(['valdate'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown command "valdate": did you mean "validate"\?/)
  })

  it('refuses an unknown flag and shows the usage', async () => {
    const r = await cli(['validate', '--dri', 'x'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/Unknown option '--dri'/)
    expect(r.err).toMatch(/Usage: offboard validate/)
  })

  it("scrubs the environment's secrets from every line it prints", async () => {
    const secret = 'not-a-ref:s3cr3t-value'
    const r = await cli(['plan', '--base', secret], cwd, { DEPLOY_API_TOKEN: secret })
    expect(r.code).toBe(2)
    expect(r.err).toContain('[redacted]')
    expect(r.out + r.err).not.toContain('s3cr3t-value')
  })

  it('refuses stray arguments', async () => {
    const r = await cli(['validate', 'access'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/Unexpected argument 'access'/)
  })
})
