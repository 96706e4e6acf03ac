// Broken and hostile input: each is reported with its file and line, exit code 2, no stack trace.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { cli, scratchTree } from './support/tree.js'

const valid = (id: string) =>
  `id: ${id}\nname: Test\nemail: ${id}@acme.example\nstatus: active\nroles: [backend]\n`
const bomb =
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'

// [name, files to write, expected "file:line", message pattern]
const broken: [string, Record<string, string | Buffer | null>, string, RegExp][] = [
  [
    'YAML syntax error',
    { 'people/zed.yaml': 'id: zed\nname: [unclosed\n' },
    'people/zed.yaml:3',
    /YAML syntax error/
  ],
  [
    'unterminated quote',
    { 'people/zed.yaml': 'id: "zed\nname: x\n' },
    'people/zed.yaml:1',
    /YAML syntax error/
  ],
  [
    'duplicate key',
    { 'people/zed.yaml': valid('zed') + 'name: Again\n' },
    'people/zed.yaml:6',
    /duplicate key/
  ],
  [
    'alias expansion bomb',
    { 'people/zed.yaml': bomb },
    'people/zed.yaml:1',
    /anchors and aliases expand too much/
  ],
  [
    'file over 1 MiB',
    { 'people/zed.yaml': valid('zed') + '#'.repeat(1024 * 1024) },
    'people/zed.yaml:1',
    /over the 1 MiB limit/
  ],
  [
    'non-UTF-8 bytes',
    {
      'people/zed.yaml': Buffer.concat([
        Buffer.from(valid('zed')),
        Buffer.from([0x6e, 0x3a, 0x20, 0xff, 0xfe, 0x0a])
      ])
    },
    'people/zed.yaml:6',
    /not valid UTF-8/
  ],
  ['empty file', { 'people/zed.yaml': '' }, 'people/zed.yaml:1', /the file is empty/],
  [
    'only comments',
    { 'people/zed.yaml': '# nobody here\n' },
    'people/zed.yaml:1',
    /the file is empty/
  ],
  [
    'a list where a mapping belongs',
    { 'people/zed.yaml': '- id: zed\n' },
    'people/zed.yaml:1',
    /must be a mapping.*found a list/
  ],
  [
    'a scalar where a mapping belongs',
    { 'roles/x.yaml': 'just text\n' },
    'roles/x.yaml:1',
    /must be a mapping.*found text/
  ],
  [
    'tab indentation',
    { 'people/zed.yaml': 'id: zed\naccounts:\n\tgithub: zed\n' },
    'people/zed.yaml:3',
    /tab character used for indentation/
  ],
  [
    'id differs from file name',
    { 'people/zed.yaml': valid('zack') },
    'people/zed.yaml:1',
    /differs from the file name/
  ],
  [
    'id that escapes the directory',
    { 'people/zed.yaml': valid('../../etc/passwd') },
    'people/zed.yaml:1',
    /id "..\/..\/etc\/passwd" is not valid/
  ],
  [
    'file name that is not an id',
    { 'people/Zed Smith.yaml': valid('zed') },
    'people/Zed Smith.yaml:1',
    /not a valid person id/
  ],
  [
    '.yml next to .yaml',
    { 'people/zed.yml': valid('zed') },
    'people/zed.yml:1',
    /rename this file to zed.yaml/
  ],
  [
    'platforms.yml',
    { 'platforms.yml': 'version: 1\n' },
    'platforms.yml:1',
    /rename this file to platforms.yaml/
  ],
  [
    'a stray file',
    { 'people/notes.txt': 'hello' },
    'people/notes.txt:1',
    /holds only <id>.yaml files/
  ],
  [
    'a nested folder',
    { 'people/team/zed.yaml': valid('zed') },
    'people/team/zed.yaml:1',
    /no folders/
  ],
  [
    'platforms.yaml missing',
    { 'platforms.yaml': null },
    'platforms.yaml:1',
    /platforms.yaml is missing/
  ],
  [
    'two documents in one file',
    { 'people/zed.yaml': valid('zed') + '---\n' + valid('zed') },
    'people/zed.yaml:6',
    /more than one YAML document/
  ],
  [
    'a custom tag',
    { 'people/zed.yaml': 'id: !!python/object zed\n' },
    'people/zed.yaml:1',
    /unsupported tag|YAML syntax error/
  ],
  [
    'unknown top-level key in platforms.yaml',
    { 'platforms.yaml': 'version: 1\ngithubb: {org: acme}\n' },
    'platforms.yaml:2',
    /unknown key "githubb".*did you mean "github"/
  ],
  [
    'unknown role',
    { 'people/zed.yaml': valid('zed').replace('[backend]', '[backnd]') },
    'people/zed.yaml:5',
    /role "backnd" does not exist/
  ],
  [
    'account claimed twice',
    { 'people/zed.yaml': valid('zed') + 'accounts:\n  aws: alice\n' },
    'people/zed.yaml:7',
    /already claimed by alice/
  ],
  [
    'departed without date',
    { 'people/zed.yaml': valid('zed').replace('active', 'departed') },
    'people/zed.yaml:1',
    /add departed_on/
  ],
  [
    'protected account departing',
    {
      'people/zed.yaml':
        valid('zed').replace('status: active', 'status: departed\ndeparted_on: 2026-11-20') +
        'accounts:\n  github: ACME-BOT\n'
    },
    'people/zed.yaml:8',
    /is protected/
  ],
  [
    'a number as a name',
    { 'people/zed.yaml': valid('zed').replace('name: Test', 'name: 42') },
    'people/zed.yaml:2',
    /name must be text, found a number/
  ],
  [
    'null value',
    { 'people/zed.yaml': valid('zed').replace('name: Test', 'name:') },
    'people/zed.yaml:2',
    /name must be text, found nothing/
  ],
  [
    'BOM and CRLF are fine, but a bad value still points at its line',
    { 'people/zed.yaml': '\uFEFF' + valid('zed').replace(/\n/g, '\r\n').replace('active', 'gone') },
    'people/zed.yaml:4',
    /status must be one of/
  ]
]

describe('offboard validate on broken input', () => {
  it.each(broken)('%s', async (_name, files, where, message) => {
    const { code, out, err } = await cli(['validate'], scratchTree(files))
    expect(code).toBe(2)
    const line = out.split('\n').find(l => l.startsWith(`access/${where}:`))
    expect(line).toMatch(message)
    expect(`${out}\n${err}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/) // no stack trace
    expect(err).toMatch(/problems? in \d+ files?: fix them/)
  })

  it('rejects a symbolic link instead of following it outside the tree', async () => {
    const cwd = scratchTree()
    symlinkSync('/etc/hostname', join(cwd, 'access/people/zed.yaml'))
    const { code, out } = await cli(['validate'], cwd)
    expect(code).toBe(2)
    expect(out).toMatch(/^access\/people\/zed.yaml:1:1: symbolic links are not read/m)
  })

  it('says so when the access directory does not exist', async () => {
    const cwd = scratchTree()
    mkdirSync(join(cwd, 'elsewhere'))
    const { code, out } = await cli(['validate', '--dir', 'elsewhere/access'], cwd)
    expect(code).toBe(2)
    expect(out).toMatch(/no access directory "elsewhere\/access"/)
  })

  it('accepts the example tree', async () => {
    const { code, out } = await cli(['validate'], scratchTree())
    expect(code).toBe(0)
    expect(out).toMatch(/access: valid: 10 people \(9 active\), 5 roles/)
  })
})
