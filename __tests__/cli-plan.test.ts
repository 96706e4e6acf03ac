// offboard plan as a user runs it: in a repository, against the previous commit.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { commitAll, initRepo } from './support/git.js'
import { departIn as depart } from './support/sandbox-tree.js'
import { cli, scratchTree } from './support/tree.js'

describe('offboard plan', () => {
  it('shows a departure per platform, and what could not be checked', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    depart(cwd, 'alice')
    const { code, out } = await cli(['plan', '--base', 'HEAD'], cwd)
    expect(code).toBe(0)
    expect(out).toMatch(
      /^offboard plan: HEAD \([0-9a-f]{7}\) -> working tree: 1 departure, 0 reductions; plan [0-9a-f]{12}/
    )
    expect(out).toMatch(/alice \(Alice Liddell <alice@acme.example>\): departure, marked departed/)
    for (const platform of ['github', 'aws', 'slack', 'scim:jira', 'scim:pagerduty'])
      expect(out).toMatch(new RegExp(`\\n  ${platform}: not checked: no credentials`))
  })

  it('compares two commits, and prints the documented JSON', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    rmSync(join(cwd, 'access/people/dave.yaml'))
    commitAll(cwd, 'dave leaves')
    const { code, out } = await cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], cwd)
    expect(code).toBe(0)
    const plan = JSON.parse(out)
    expect(plan).toMatchObject({
      version: 1,
      declaredOnly: false,
      people: [{ person: 'dave', kind: 'departure', why: 'file deleted' }]
    })
    expect(plan.base).toMatch(/^HEAD~1 \([0-9a-f]{7}\)$/)
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses three departures among nine active people when the ratio is 0.3, exit 2', async () => {
    const cwd = scratchTree()
    const platforms = join(cwd, 'access/platforms.yaml')
    writeFileSync(
      platforms,
      readFileSync(platforms, 'utf8').replace(
        'max_departure_ratio: 0.2',
        'max_departure_ratio: 0.3'
      )
    )
    initRepo(cwd)
    for (const id of ['alice', 'carol', 'dave']) depart(cwd, id)
    const { code, out, err } = await cli(['plan', '--base', 'HEAD'], cwd)
    expect(code).toBe(2)
    expect(out).toMatch(/REFUSED \(max_departure_ratio\)/)
    expect(err).toMatch(
      /departs 3 of 9 active people \(33%: alice, carol, dave\); policy.max_departure_ratio allows 30%. Nothing is revoked/
    )
  })

  it('refuses to plan from invalid declarations, printing the problems', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    writeFileSync(join(cwd, 'access/people/zed.yaml'), 'id: zed\n')
    const { code, out, err } = await cli(['plan', '--base', 'HEAD'], cwd)
    expect(code).toBe(2)
    expect(out).toMatch(
      /^access\/people\/zed.yaml:1:1: the file is missing the required key "name"/m
    )
    expect(err).toMatch(/the declarations at head have \d+ problems?: fix them first/)
  })

  it('needs --base, and names an unknown ref', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    expect((await cli(['plan'], cwd)).err).toMatch(/--base REF is required/)
    const unknown = await cli(['plan', '--base', 'nope'], cwd)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/"nope" is not a commit in this repository/)
  })
})
