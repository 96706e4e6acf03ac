// Marking a person departed edits two lines of their file and nothing else.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DepartError, markDeparted } from '../src/declarations/depart.js'
import { loadDeclarations } from '../src/declarations/load.js'
import { directorySource, withContents } from '../src/declarations/files.js'
import { repoRoot } from './support/tree.js'

const changedLines = (before: string, after: string) => {
  const a = before.split('\n')
  return after.split('\n').filter(line => !a.includes(line))
}

describe('markDeparted', () => {
  it('sets status and adds departed_on right after it, keeping comments and layout', () => {
    const text = readFileSync(join(repoRoot, 'access/people/alice.yaml'), 'utf8')
    const out = markDeparted(text, '2026-11-26', 'access/people/alice.yaml')
    expect(changedLines(text, out)).toEqual(['status: departed', 'departed_on: 2026-11-26'])
    expect(out.split('\n').length).toBe(text.split('\n').length + 1)
    expect(out).toContain('# yaml-language-server: $schema=../../schemas/person.schema.json\n')
    expect(out.indexOf('status: departed\ndeparted_on: 2026-11-26\n')).toBeGreaterThan(0)
  })

  it('keeps a comment on the status line and quoting elsewhere', () => {
    const text =
      '# top\nid: x\nname: "X, Y"   # quoted\nstatus: active # set by HR\nroles:\n  - a   # r\naccounts: {github: x}\n'
    const out = markDeparted(text, '2026-01-02', 'x.yaml')
    expect(out).toBe(
      '# top\nid: x\nname: "X, Y"   # quoted\nstatus: departed # set by HR\ndeparted_on: 2026-01-02\nroles:\n  - a   # r\naccounts: {github: x}\n'
    )
  })

  it('gives a file that validates as departed', async () => {
    const rel = 'people/bob.yaml'
    const source = directorySource('access', repoRoot)
    const text = readFileSync(join(repoRoot, 'access', rel), 'utf8')
    const edited = markDeparted(text, '2026-11-26', rel)
    const { declarations, diagnostics } = await loadDeclarations(
      withContents(source, new Map([[rel, Buffer.from(edited)]]))
    )
    expect(diagnostics).toEqual([])
    expect(declarations.people.get('bob')).toMatchObject({
      status: 'departed',
      departed_on: '2026-11-26'
    })
    expect(declarations.people.get('alice')?.status).toBe('active')
  })

  it('keeps CRLF line endings, and replaces a leftover departed_on', () => {
    expect(markDeparted('id: x\r\nstatus: active\r\nroles: []\r\n', '2026-01-02', 'x.yaml')).toBe(
      'id: x\r\nstatus: departed\r\ndeparted_on: 2026-01-02\r\nroles: []\r\n'
    )
    expect(markDeparted('status: "active"\ndeparted_on: 2020-01-01', '2026-01-02', 'x.yaml')).toBe(
      'status: departed\ndeparted_on: 2026-01-02'
    )
    expect(markDeparted('id: x\nstatus: active', '2026-01-02', 'x.yaml')).toBe(
      'id: x\nstatus: departed\ndeparted_on: 2026-01-02\n'
    )
  })

  it.each([
    ['status: departed\ndeparted_on: 2026-01-01\n', /already departed/],
    ['- a\n- b\n', /not a person mapping/],
    ['id: x\nname: x\n', /no "status" to change/],
    ['id: [x\n', /fix the file/],
    ['{id: x, status: active}\n', /one key per line/]
  ])('refuses %j with a clear message', (text, message) => {
    expect(() => markDeparted(text, '2026-11-26', 'x.yaml')).toThrow(DepartError)
    expect(() => markDeparted(text, '2026-11-26', 'x.yaml')).toThrow(message)
  })
})
