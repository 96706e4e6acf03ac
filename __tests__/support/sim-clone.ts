// A real git repository that mirrors a simulated GitHub repository, as the runner's checkout
// does: fetch() copies every object the simulator holds (the same SHAs: its objects are git's)
// and points refs/remotes/origin/<branch> at each branch.
import { execFileSync } from 'node:child_process'
import { gitObjects } from '../../src/sandbox/github/git.js'
import type { GhRepo } from '../../src/sandbox/github/state.js'
import { git } from './git.js'

export interface SimClone {
  cwd: string
  /** Copies what the simulated repository gained since the last fetch. */
  fetch(): void
}

export function simClone(repo: GhRepo, cwd: string): SimClone {
  git(cwd, 'init', '-q', '-b', 'main')
  const copied = new Set<string>()
  return {
    cwd,
    fetch() {
      for (const o of gitObjects(repo.git)) {
        if (copied.has(o.sha)) continue
        const sha = execFileSync('git', ['hash-object', '-w', '-t', o.type, '--stdin'], {
          cwd,
          input: o.content,
          encoding: 'utf8'
        }).trim()
        if (sha !== o.sha) throw new Error(`${o.type} ${o.sha} was stored as ${sha}`)
        copied.add(sha)
      }
      for (const [ref, sha] of Object.entries(repo.git.refs))
        if (ref.startsWith('refs/heads/'))
          git(cwd, 'update-ref', ref.replace('refs/heads/', 'refs/remotes/origin/'), sha)
    }
  }
}
