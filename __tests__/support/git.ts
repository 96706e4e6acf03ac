// Temporary git repositories for tests that read declarations at a commit.
import { execFileSync } from 'node:child_process'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  }).trim()
}

/** Makes `cwd` a repository whose first commit holds everything in it. */
export function initRepo(cwd: string): string {
  git(cwd, 'init', '-q', '-b', 'main')
  return commitAll(cwd, 'initial access tree')
}

export function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '--allow-empty', '-m', message)
  return git(cwd, 'rev-parse', 'HEAD')
}
