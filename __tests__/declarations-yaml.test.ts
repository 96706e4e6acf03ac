import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import jsYaml from 'js-yaml'
import { isDeepStrictEqual } from 'node:util'
import { parseYaml } from '../src/declarations/yaml.js'

/** What js-yaml reads (the reader the plain one stands in for), or why it cannot. */
function jsYamlReads(text: string): { value: unknown } | { error: true } {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) }
  } catch {
    return { error: true }
  }
}

// The careful parser is never loaded here: a file comes back parsed only from the plain reader
// or js-yaml, and either way it must be what js-yaml reads.
const expectAsJsYaml = (text: string) => {
  const { parsed } = parseYaml('access/people/x.yaml', Buffer.from(text))
  const read = jsYamlReads(text)
  // Not toStrictEqual: it compares the objects' `constructor`, a key like any other here.
  if (parsed) expect(isDeepStrictEqual(read, { value: parsed.value }) || { text, read }).toBe(true)
  else
    expect(
      'error' in read ||
        read.value === null ||
        typeof read.value !== 'object' ||
        Array.isArray(read.value)
    ).toBe(true)
}

const keys = ['id', 'roles', 'accounts', 'a_b', 'x-y', 'constructor', '__proto__', 'True']
const keysToo = ['null', 'NULL', 'y', 'no', 'on', 'a b', 'é', '1', 'k ', '-k', '"k"', 'k#']
const values = ['person-1', 'Person 1', 'person-1@acme.example', '2026-11-20', 'U00000001']
const valuesToo = [
  '',
  ' ',
  '123',
  '0x1f',
  '1_000',
  '+1',
  '.inf',
  '.nan',
  'True',
  'FALSE',
  'null',
  'Null',
  '~',
  'yes',
  'Off',
  'a #b',
  'a# b',
  'a: b',
  'a:b',
  'https://jira.example/scim',
  "O'Brien",
  '"quoted"',
  "'single'",
  'é',
  'a\u00a0',
  '\u00a0a',
  '-x',
  '- x',
  '[a, b]',
  '[a,b]',
  '[a, b,]',
  '[]',
  '[ ]',
  '[a, [b]]',
  '[a b, c]',
  '{a: b}',
  '2026-13-45',
  '20261120',
  '12:30',
  'a  b',
  'x.'
]

const line = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '    '),
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...keys, ...keysToo), fc.constantFrom(...values, ...valuesToo))
        .map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom(...keys, ...keysToo).map(k => `${k}:`),
      fc.constantFrom(...values, ...valuesToo).map(v => `- ${v}`),
      fc.constantFrom('# a comment', '', '-', 'plain', 'k:v')
    )
  )
  .map(([indent, content]) => indent + content)

describe('parseYaml: the plain reader', () => {
  it('reads what js-yaml reads, or leaves the file to it', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), lines =>
        expectAsJsYaml(`${lines.join('\n')}\n`)
      ),
      { numRuns: 3000 }
    )
  })

  it('reads the usual person file, nested mappings and lists included', () => {
    for (const text of [
      'id: alice\nname: Alice Liddell\nemail: alice@acme.example\nstatus: active\nroles: [backend, oncall]\naccounts:\n  github: alice-gh\n  scim:\n    jira: alice@acme.example\n',
      'id: bob\n# departed\nstatus: departed\ndeparted_on: 2026-11-20\nroles:\n- backend\n- oncall\naccounts:\n    aws:\n      "123456789012": bob\n',
      'id: carol\nroles:\n  - backend\naccounts:\nname: Carol   \n',
      'id: dave\naccounts:\n  github: dave\n    extra\n',
      'id: erin\nid: erin\n',
      'id: frank\r\nname: Frank\r\n',
      // A carriage return alone ends a line: what follows it is no comment.
      'id: grace\n# a note\rname: Grace\n',
      '# nothing but a comment\n'
    ])
      expectAsJsYaml(text)
  })
})

/** Every string of a parsed value, keys included. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [k, ...stringsOf(v)])
        : []

describe('parseYaml: a plainly read file holds no control character', () => {
  // The loader does not look for control characters in a file the plain reader read: no
  // string it returns may hold one, however the file spells it.
  const hostile = [
    'a\u0007b',
    '"a\\u0007b"',
    '"\\e[2J"',
    'x\u2028y',
    'a\u202eb',
    'a\u0085',
    '\u001b'
  ]
  it('says so only when it is true', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            line,
            fc
              .tuple(fc.constantFrom(...keys, ...hostile), fc.constantFrom(...values, ...hostile))
              .map(([k, v]) => `${k}: ${v}`),
            fc.constantFrom(...hostile).map(v => `- ${v}`)
          ),
          { minLength: 1, maxLength: 8 }
        ),
        lines => {
          const { parsed, plain } = parseYaml('access/people/x.yaml', Buffer.from(lines.join('\n')))
          // eslint-disable-next-line no-control-regex -- matching control characters is the point
          const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
          if (plain) expect(stringsOf(parsed!.value).filter(s => control.test(s))).toEqual([])
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('reads the usual person file plainly', () => {
    const text =
      'id: alice\nname: Alice Liddell\nemail: alice@acme.example\nstatus: active\nroles: [backend, oncall]\naccounts:\n  github: alice-gh\n'
    expect(parseYaml('access/people/alice.yaml', Buffer.from(text)).plain).toBe(true)
    expect(
      parseYaml('access/people/alice.yaml', Buffer.from(`${text}name2: "A\\u0007"\n`)).plain
    ).toBeUndefined()
  })
})
