// Names are data: control characters, line breaks and escape sequences in any declared string
// are refused at their line and column; ids a Windows checkout (or a branch name) cannot hold
// are refused with the reason.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cli, exampleAccess, scratchTree } from './support/tree.js'

const example = (rel: string) => readFileSync(join(exampleAccess, rel), 'utf8')
const alice = example('people/alice.yaml')
const platforms = example('platforms.yaml')

// [name, file, its new text, "line:col", what the message names]
const controls: [string, string, string, string, RegExp][] = [
  [
    'an ANSI escape in a name',
    'people/alice.yaml',
    alice.replace(
      'name: Alice Liddell',
      'name: "Alice\\e[2K\\r  alice  aws  delete_user  x  revoked"'
    ),
    '3:7',
    /^name contains U\+001B \(ESC, which starts terminal escape sequences\) and 1 more control character: declarations are shown in plans, logs and terminals/
  ],
  [
    'a CSI in a GitHub login, which its pattern refuses as well',
    'people/alice.yaml',
    alice.replace('github: alice-gh', 'github: "alice\\u009b2J"'),
    '8:11',
    /^accounts\.github contains U\+009B \(CSI/
  ],
  [
    'NUL in an email',
    'people/alice.yaml',
    alice.replace('email: alice@acme.example', 'email: "alice@acme.example\\0"'),
    '4:8',
    /^email contains U\+0000 \(NUL\)/
  ],
  [
    'a line break in a SCIM userName',
    'people/alice.yaml',
    alice.replace('jira: alice@acme.example', 'jira: "alice@acme.example\\nrevoked"'),
    '12:11',
    /^accounts\.scim\.jira contains U\+000A \(line break\)/
  ],
  [
    'a control character in a key',
    'people/alice.yaml',
    alice.replace('jira: alice@acme.example', '"ji\\x1bra": alice@acme.example'),
    '12:5',
    /^the key "ji\\u001bra" contains U\+001B/
  ],
  [
    'CSI (C1) in a name',
    'people/alice.yaml',
    alice.replace('name: Alice Liddell', 'name: "Alice\\u009b2K"'),
    '3:7',
    /^name contains U\+009B \(CSI/
  ],
  [
    'DEL in a name',
    'people/alice.yaml',
    alice.replace('name: Alice Liddell', 'name: "Alice\\x7f"'),
    '3:7',
    /^name contains U\+007F \(DEL\)/
  ],
  [
    'a right-to-left override in a name',
    'people/alice.yaml',
    alice.replace('name: Alice Liddell', 'name: "Alice \\u202eLiddell"'),
    '3:7',
    /^name contains U\+202E/
  ],
  [
    'a tab in a role description',
    'roles/backend.yaml',
    example('roles/backend.yaml').replace(
      'description: Backend engineers',
      'description: "Backend\\tengineers"'
    ),
    '3:14',
    /^description contains U\+0009 \(tab\)/
  ],
  [
    'a folded description that ends in a line break',
    'roles/backend.yaml',
    example('roles/backend.yaml').replace(
      'description: Backend engineers',
      'description: >\n  Backend engineers'
    ),
    '3:14',
    /^description contains U\+000A \(line break\)/
  ],
  [
    'an escape in a protected login',
    'platforms.yaml',
    platforms.replace(
      'protected: [acme-bot, acme-release-bot]',
      'protected: [acme-bot, "\\e]8;;http://x\\e\\\\"]'
    ),
    '5:25',
    /^github\.protected\[1\] contains U\+001B/
  ],
  [
    'an escape in a SCIM token_env',
    'platforms.yaml',
    platforms.replace('token_env: JIRA_SCIM_TOKEN', 'token_env: "JIRA\\e[0m"'),
    // Its line moves as platform blocks are added above it.
    `${platforms.split('\n').findIndex(l => l.includes('token_env: JIRA_SCIM_TOKEN')) + 1}:16`,
    /^scim\[0\]\.token_env contains U\+001B/
  ]
]

describe('what validation prints', () => {
  it('shows a file name holding an escape sequence escaped', async () => {
    const { code, out } = await cli(
      ['validate'],
      scratchTree({ 'people/a\u001b[2Kb.yaml': 'id: x\n' })
    )
    expect(code).toBe(2)
    expect(out).toMatch(
      /^access\/people\/a\\u001b\[2Kb\.yaml:1:1: "a\\u001b\[2Kb" is not a valid person id/m
    )
  })
})

describe('control characters are refused in every declared string', () => {
  it.each(controls)('%s', async (_name, rel, text, at, message) => {
    const { code, out } = await cli(['validate'], scratchTree({ [rel]: text }))
    expect(code).toBe(2)
    const here = out
      .split('\n')
      .filter(l => l.startsWith(`access/${rel}:${at}: `))
      .map(l => l.slice(`access/${rel}:${at}: `.length))
    expect(here).toContainEqual(expect.stringMatching(message))
    // What validation prints holds no control character, the values it quotes included.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
  })
})

describe('ids a checkout cannot hold', () => {
  const person = (id: string) =>
    `id: ${id}\nname: Test\nemail: ${id}@acme.example\nstatus: active\nroles: [backend]\n`
  it.each([
    [
      'con',
      /Windows reserves CON as a device name, so a checkout on Windows cannot hold con\.yaml/,
      'con-1'
    ],
    ['aux', /Windows reserves AUX/, 'aux-1'],
    ['prn', /Windows reserves PRN/, 'prn-1'],
    ['com0', /Windows reserves COM0/, 'com0-1'],
    ['com9', /Windows reserves COM9/, 'com9-1'],
    ['lpt1', /Windows reserves LPT1/, 'lpt1-1'],
    [
      'con.old',
      /Windows reserves CON as a device name, so a checkout on Windows cannot hold con\.old\.yaml/,
      'con-1.old'
    ],
    ['nul.tar', /Windows reserves NUL/, 'nul-1.tar'],
    ['alice.', /may not end in "\.": Windows drops a trailing dot/, 'alice'],
    ['a..b', /git refuses the branch offboard\/a\.\.b/, 'a.b'],
    ['x.lock', /git refuses the branch offboard\/x\.lock/, 'x-lock'],
    // Upper case is no id at all, so it is refused by the id rule first.
    ['NUL', /"NUL" is not a valid person id/, undefined]
  ])('person %s', async (id, message, instead) => {
    const { code, out } = await cli(
      ['validate'],
      scratchTree({ [`people/${id}.yaml`]: person(id) })
    )
    expect(code).toBe(2)
    const line = out.split('\n').find(l => l.startsWith(`access/people/${id}.yaml:1:1: `))
    expect(line).toMatch(message)
    if (instead)
      expect(line).toContain(
        `Choose another id (e.g. ${instead}), rename the file and set id: to match`
      )
  })

  it('a role id too, while names that merely start like one are fine', async () => {
    const role = (id: string) => `id: ${id}\ngrants: {}\n`
    const { code, out } = await cli(
      ['validate'],
      scratchTree({
        'roles/lpt3.yaml': role('lpt3'),
        'roles/console.yaml': role('console'),
        'roles/com10.yaml': role('com10'),
        'people/connor.yaml': person('connor')
      })
    )
    expect(code).toBe(2)
    expect(out.split('\n').filter(l => l.startsWith('access/'))).toEqual([
      expect.stringMatching(
        /^access\/roles\/lpt3\.yaml:1:1: "lpt3" cannot be a role id: Windows reserves LPT3/
      )
    ])
  })
})
