// The sandbox's git objects must be the ones git itself would write: same SHAs for the same
// content, so that ancestry and content addressing behave as on GitHub.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildTree, commitFiles, isAncestor, listTree } from '../src/sandbox/github/git.js'
import { newGithubRepo } from '../src/sandbox/github/state.js'

const AUTHOR = {
  name: 'Ada Lovelace',
  email: 'ada@acme.example',
  date: '2026-11-20T10:00:00+02:00'
}

// Names chosen to exercise git's ordering: 'a-b' < 'a.txt' < 'a/' < 'a0'.
const FILES: Record<string, string> = {
  'a.txt': 'top\n',
  'a/b.txt': 'nested\n',
  'a/deeper/c.yaml': 'id: c\n',
  'a-b': 'dash\n',
  a0: 'zero\n'
}

/** The commit SHA real git gives the same files, author and date. */
function gitCommitSha(files: Record<string, string>, message: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-git-'))
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: AUTHOR.name,
          GIT_AUTHOR_EMAIL: AUTHOR.email,
          GIT_AUTHOR_DATE: AUTHOR.date,
          GIT_COMMITTER_NAME: AUTHOR.name,
          GIT_COMMITTER_EMAIL: AUTHOR.email,
          GIT_COMMITTER_DATE: AUTHOR.date
        }
      }).trim()
    git('init', '-q')
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    git('add', '-A')
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '--cleanup=verbatim', '-m', message)
    return git('rev-parse', 'HEAD')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('sandbox git objects', () => {
  it('names blobs, trees and commits exactly as git does', () => {
    const repo = newGithubRepo('access')
    const sha = commitFiles(repo, { files: FILES, message: 'Seed\n', author: AUTHOR })
    expect(sha).toBe(gitCommitSha(FILES, 'Seed\n'))
    expect(repo.git.refs['refs/heads/main']).toBe(sha)
  })

  it('applies nested changes over a base tree, dropping folders left empty', () => {
    const repo = newGithubRepo('access')
    commitFiles(repo, { files: FILES, message: 'Seed', author: AUTHOR })
    const base = repo.git.commits[repo.git.refs['refs/heads/main']].tree
    const tree = buildTree(repo.git, base, [
      { path: 'a/deeper/c.yaml', mode: '100644', type: 'blob', sha: null },
      { path: 'x/y/z.txt', mode: '100644', type: 'blob', content: 'new\n' }
    ])
    const paths = listTree(repo.git, tree, true).map(e => e.path)
    expect(paths).toEqual(['a-b', 'a.txt', 'a', 'a/b.txt', 'a0', 'x', 'x/y', 'x/y/z.txt'])

    const expected: Record<string, string> = { ...FILES, 'x/y/z.txt': 'new\n' }
    delete expected['a/deeper/c.yaml']
    const again = newGithubRepo('same-content')
    commitFiles(again, { files: expected, message: 'Seed', author: AUTHOR })
    expect(again.git.commits[again.git.refs['refs/heads/main']].tree).toBe(tree)
  })

  it('knows ancestry through parents', () => {
    const repo = newGithubRepo('access')
    const first = commitFiles(repo, { files: { f: '1' }, message: 'one', author: AUTHOR })
    const second = commitFiles(repo, { files: { f: '2' }, message: 'two', author: AUTHOR })
    const side = commitFiles(repo, {
      branch: 'side',
      files: { g: '3' },
      message: 'three',
      author: AUTHOR
    })
    expect(isAncestor(repo.git, first, second)).toBe(true)
    expect(isAncestor(repo.git, second, first)).toBe(false)
    expect(isAncestor(repo.git, second, side)).toBe(true)
    expect(repo.git.refs['refs/heads/main']).toBe(second)
  })

  it('refuses a change that names an object the repository does not hold', () => {
    const repo = newGithubRepo('access')
    const missing = '0'.repeat(40)
    expect(() =>
      buildTree(repo.git, undefined, [{ path: 'f', mode: '100644', type: 'blob', sha: missing }])
    ).toThrow(/not a valid blob/)
    expect(() => buildTree(repo.git, missing, [])).toThrow(/not a tree/)
  })
})
