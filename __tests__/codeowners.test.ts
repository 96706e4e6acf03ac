// CODEOWNERS read as GitHub reads it: the reviewers an offboarding pull request asks for.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asReviewers, ownersOf, parseCodeowners, readCodeowners } from '../src/action/codeowners.js'

const owners = (text: string, path: string) =>
  ownersOf({ file: 'CODEOWNERS', rules: parseCodeowners(text) }, path)?.owners

describe('CODEOWNERS', () => {
  it.each([
    // pattern, path, matches
    ['*', 'access/people/alice.yaml', true],
    ['*.yaml', 'access/people/alice.yaml', true],
    ['*.md', 'access/people/alice.yaml', false],
    ['/access/', 'access/people/alice.yaml', true],
    ['/access/', 'sub/access/people/alice.yaml', false],
    ['access/', 'sub/access/people/alice.yaml', true],
    ['access', 'access/people/alice.yaml', true],
    ['access/people/*', 'access/people/alice.yaml', true],
    ['access/*', 'access/people/alice.yaml', false],
    ['/access/**', 'access/people/alice.yaml', true],
    ['**/people', 'x/access/people/alice.yaml', true],
    ['access/**/alice.yaml', 'access/people/alice.yaml', true],
    ['/access/people/al?ce.yaml', 'access/people/alice.yaml', true],
    ['/access/people/alice.yaml', 'access/people/alice.yaml.bak', false],
    ['people/alice.yaml', 'access/people/alice.yaml', false]
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(owners(`${pattern} @o`, path) !== undefined).toBe(expected)
  })

  it('takes the last matching line, with comments and lines without owners', () => {
    const text = [
      '# Access changes need security review',
      '*            @acme/platform',
      '/access/     @acme/security @carol   # inline comment',
      '/access/log/',
      '\\#weird    @x'
    ].join('\n')
    expect(owners(text, 'access/people/alice.yaml')).toEqual(['@acme/security', '@carol'])
    expect(owners(text, 'access/log/2026.jsonl')).toEqual([])
    expect(owners(text, 'README.md')).toEqual(['@acme/platform'])
    expect(owners(text, '#weird')).toEqual(['@x'])
  })

  it('reads the first of .github/, the root and docs/', () => {
    const root = mkdtempSync(join(tmpdir(), 'offboard-codeowners-'))
    expect(readCodeowners(root)).toBeUndefined()
    mkdirSync(join(root, 'docs'))
    writeFileSync(join(root, 'docs/CODEOWNERS'), '* @docs\n')
    expect(readCodeowners(root)?.file).toBe('docs/CODEOWNERS')
    writeFileSync(join(root, 'CODEOWNERS'), '* @root\n')
    mkdirSync(join(root, '.github'))
    writeFileSync(join(root, '.github/CODEOWNERS'), '* @github\n')
    const found = readCodeowners(root)!
    expect(found.file).toBe('.github/CODEOWNERS')
    expect(ownersOf(found, 'x')?.owners).toEqual(['@github'])
  })

  it('asks users and teams of the organization, never the author or the person who leaves', () => {
    expect(
      asReviewers(
        ['@acme/security', '@Carol', '@Alice-GH', '@other/team', 'dana@acme.example', '@bot'],
        'ACME',
        ['alice-gh', 'bot']
      )
    ).toEqual({
      users: ['Carol'],
      teams: ['security'],
      skipped: [
        '@Alice-GH (excluded)',
        '@other/team (a team of another organization)',
        'dana@acme.example (an email: name the GitHub login instead)',
        '@bot (excluded)'
      ]
    })
  })
})
