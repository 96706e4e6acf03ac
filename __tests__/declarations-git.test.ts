import { describe, expect, it } from '@jest/globals'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadFromDirectory, loadFromGit, newLoadCache } from '../src/declarations/load.js'
import { commitAll, initRepo } from './support/git.js'
import { scratchTree } from './support/tree.js'

describe('declarations at a git commit', () => {
  it('reads the tree of a commit, not the working tree', async () => {
    const cwd = scratchTree()
    const first = initRepo(cwd)
    const alice = join(cwd, 'access/people/alice.yaml')
    writeFileSync(
      alice,
      '# edited\n' +
        'id: alice\nname: Alice\nemail: alice@acme.example\nstatus: departed\ndeparted_on: 2026-11-20\n'
    )
    commitAll(cwd, 'alice leaves')
    writeFileSync(alice, 'broken: [\n') // uncommitted: never seen by a git read

    const atFirst = await loadFromGit(first, 'access', cwd)
    const atSecond = await loadFromGit('HEAD', 'access', cwd)
    expect(atFirst.diagnostics).toEqual([])
    expect(atFirst.declarations.people.get('alice')?.status).toBe('active')
    expect(atSecond.diagnostics).toEqual([])
    expect(atSecond.declarations.people.get('alice')).toMatchObject({
      status: 'departed',
      at: { file: 'access/people/alice.yaml', line: 2 }
    })
    expect(atSecond.declarations.origin).toBe('git:HEAD')

    const working = await loadFromDirectory('access', cwd)
    expect(working.diagnostics[0]).toMatchObject({ file: 'access/people/alice.yaml', line: 2 })
  })

  it('reads two revisions through one cache: what differs is read again, the rest is shared', async () => {
    const cwd = scratchTree()
    const first = initRepo(cwd)
    const alice = join(cwd, 'access/people/alice.yaml')
    writeFileSync(
      alice,
      'id: alice\nname: Alice\nemail: alice@acme.example\nstatus: departed\ndeparted_on: 2026-11-20\n'
    )
    commitAll(cwd, 'alice leaves')
    const cache = newLoadCache()
    const base = await loadFromGit(first, 'access', cwd, cache)
    const head = await loadFromGit('HEAD', 'access', cwd, cache)
    expect(head.declarations.people.get('alice')?.status).toBe('departed')
    expect(base.declarations.people.get('alice')?.status).toBe('active')
    expect(head.declarations.people.get('bob')).toBe(base.declarations.people.get('bob'))

    // The working tree, edited and not committed: the edit is read, the rest found by contents.
    writeFileSync(alice, 'broken: [\n')
    const working = await loadFromDirectory('access', cwd, cache)
    expect(working.diagnostics[0]).toMatchObject({ file: 'access/people/alice.yaml' })
    expect(working.declarations.people.get('bob')).toBe(base.declarations.people.get('bob'))
    // A file that was wrong stays reported when it is met again.
    const again = await loadFromDirectory('access', cwd, cache)
    expect(again.diagnostics).toEqual(working.diagnostics)
  })

  it('sees a deleted person gone, and a renamed file under its new name', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    renameSync(join(cwd, 'access/people/carol.yaml'), join(cwd, 'access/people/caroline.yaml'))
    commitAll(cwd, 'rename')
    const { declarations, diagnostics } = await loadFromGit('HEAD', 'access', cwd)
    expect(declarations.people.has('carol')).toBe(true) // the id inside the file stays carol
    expect(diagnostics.map(d => d.message)).toEqual([
      'id "carol" differs from the file name: set id: caroline, or rename the file to carol.yaml'
    ])
  })

  it('reports paths relative to the working directory, also from a subfolder', async () => {
    const cwd = scratchTree()
    mkdirSync(join(cwd, 'sub'))
    writeFileSync(join(cwd, 'sub/.keep'), '')
    initRepo(cwd)
    const { declarations, diagnostics } = await loadFromGit('HEAD', '../access', join(cwd, 'sub'))
    expect(diagnostics).toEqual([])
    expect(declarations.people.get('bob')?.at.file).toBe('../access/people/bob.yaml')
  })

  it('fails with a hint when the ref does not exist', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    await expect(loadFromGit('no-such-ref', 'access', cwd)).rejects.toThrow(
      /"no-such-ref" is not a commit in this repository: fetch it/
    )
  })

  it('reports a missing access directory at that commit', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    const { diagnostics } = await loadFromGit('HEAD', 'nothing-here', cwd)
    expect(diagnostics[0].message).toMatch(/no access directory "nothing-here" \(in git:HEAD\)/)
  })
})
