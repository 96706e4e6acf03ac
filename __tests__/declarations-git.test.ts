import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import type { AccountClaims } from '../src/connectors/connector.js'
import { configuredInstances } from '../src/connectors/registry.js'
import { checkAcrossFiles } from '../src/declarations/checks.js'
import { loadFromDirectory, loadFromGit, newLoadCache } from '../src/declarations/load.js'
import { loadRevisions } from '../src/engine.js'
import { claimsOn, declaredClaims } from '../src/grants.js'
import { gitSource, readAll } from '../src/declarations/files.js'
import { commitAll, git, initRepo } from './support/git.js'
import { markDeparted, scratchTree } from './support/tree.js'

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

  // Head is checked across files against base (only the people who differ, with those who
  // claim what they claim): what it reports must be what a check of head alone reports.
  const person = (id: string, lines: string) =>
    `id: ${id}\nname: ${id}\nemail: ${id}@acme.example\nstatus: active\n${lines}`
  const edits: Record<string, (cwd: string) => void> = {
    'a new person sorting first claims a login another holds': cwd =>
      writeFileSync(
        join(cwd, 'access/people/aaron.yaml'),
        person('aaron', 'accounts:\n  github: ALICE-gh\n')
      ),
    'a new person sorting last claims an email and a Slack id': cwd =>
      writeFileSync(
        join(cwd, 'access/people/zed.yaml'),
        'id: zed\nname: Zed\nemail: BOB@acme.example\nstatus: active\naccounts:\n  slack: U0ALICE01\n'
      ),
    'two new people claim the same account': cwd => {
      writeFileSync(join(cwd, 'access/people/xena.yaml'), person('xena', 'accounts:\n  aws: x1\n'))
      writeFileSync(join(cwd, 'access/people/yuri.yaml'), person('yuri', 'accounts:\n  aws: X1\n'))
    },
    'a changed person names a missing role and departs holding a protected account': cwd =>
      markDeparted(cwd, 'carol', text =>
        text
          .replace(/roles: \[[^\]]*\]/, 'roles: [backend, no-such-role]')
          .replace(/ {2}aws: \S+/, '  aws: breakglass')
      ),
    'a deleted person frees the login a new one claims (not the Slack id)': cwd => {
      rmSync(join(cwd, 'access/people/alice.yaml'))
      writeFileSync(
        join(cwd, 'access/people/zoe.yaml'),
        person('zoe', 'accounts:\n  github: alice-gh\n  slack: U0CAROL01\n')
      )
    },
    'a role unchanged people hold is deleted': cwd =>
      rmSync(join(cwd, 'access/roles/backend.yaml')),
    'platforms.yaml changes': cwd => {
      const file = join(cwd, 'access/platforms.yaml')
      writeFileSync(file, readFileSync(file, 'utf8').replace('breakglass,', 'alice, breakglass,'))
      markDeparted(cwd, 'alice')
    }
  }
  it.each(Object.keys(edits))(
    'checks head against base as head alone is checked: %s',
    async name => {
      const cwd = scratchTree()
      const first = initRepo(cwd)
      edits[name](cwd)
      commitAll(cwd, name)
      const cache = newLoadCache()
      expect((await loadFromGit(first, 'access', cwd, cache)).diagnostics).toEqual([])
      const against = await loadFromGit('HEAD', 'access', cwd, cache)
      const alone = await loadFromGit('HEAD', 'access', cwd)
      expect(alone.diagnostics.length).toBeGreaterThan(0)
      expect(against.diagnostics).toEqual(alone.diagnostics)
    }
  )

  it("gives the plan the claims of both revisions from base's checked index, as going through every person gives them", async () => {
    const platforms = (cwd: string) => join(cwd, 'access/platforms.yaml')
    const cwd = scratchTree()
    // Two AWS accounts: a bare accounts.aws claims the user in each.
    writeFileSync(
      platforms(cwd),
      readFileSync(platforms(cwd), 'utf8').replace(
        /^aws:\n/m,
        'aws:\n  accounts:\n    - { id: "111111111111", role_arn: "arn:aws:iam::111111111111:role/offboard" }\n    - { id: "222222222222", role_arn: "arn:aws:iam::222222222222:role/offboard" }\n'
      )
    )
    initRepo(cwd)
    // Head renames alice's login, deletes bob and adds zed.
    const alice = join(cwd, 'access/people/alice.yaml')
    writeFileSync(
      alice,
      readFileSync(alice, 'utf8').replace('github: alice-gh', 'github: Alice-New')
    )
    rmSync(join(cwd, 'access/people/bob.yaml'))
    writeFileSync(
      join(cwd, 'access/people/zed.yaml'),
      person('zed', 'accounts:\n  github: zed-gh\n  aws: zed\n')
    )
    commitAll(cwd, 'edits')
    const revisions = await loadRevisions({ cwd, dir: 'access', base: 'HEAD~1', head: 'HEAD' })
    if (!revisions.ok) throw new Error(JSON.stringify(revisions.diagnostics))
    const { base, head } = revisions
    expect(base.claims).toBeDefined()
    const both = [base.declarations, head.declarations]
    const indexed = declaredClaims(both, base.claims)
    const full = declaredClaims(both)
    const sorted = (claims: AccountClaims) =>
      [...claims].map(([account, ids]) => [account, [...ids].sort()]).sort()
    const instances = configuredInstances(base.declarations.platforms).map(c => c.instance.name)
    expect(instances).toEqual(expect.arrayContaining(['aws:111111111111', 'github', 'scim:jira']))
    for (const instance of instances) {
      const [a, b] = [claimsOn(indexed, instance), claimsOn(full, instance)]
      expect([instance, sorted(a)]).toEqual([instance, sorted(b)])
      for (const [account] of b) expect(a.get(account)).toEqual(b.get(account))
    }
    expect(claimsOn(indexed, 'github').get('alice-gh')).toEqual(['alice'])
    expect(claimsOn(indexed, 'github').get('alice-new')).toEqual(['alice'])
    expect(claimsOn(indexed, 'aws:222222222222').get('bob')).toEqual(['bob'])
    expect(claimsOn(indexed, 'aws:111111111111').get('zed')).toEqual(['zed'])
  })

  it('checks across files only the people who differ from a clean revision', async () => {
    const cwd = scratchTree({
      'people/zed.yaml': 'id: zed\nname: Zed\nemail: bob@acme.example\nstatus: active\n'
    })
    const { declarations: decl } = await loadFromDirectory('access', cwd)
    const full = checkAcrossFiles(decl, [])
    expect(full.diagnostics.map(d => d.file)).toEqual(['access/people/zed.yaml'])
    // Checked against itself, nobody differs: the conflict among unchanged people is not
    // looked for again (a clean revision has none).
    expect(checkAcrossFiles(decl, [], { decl, claims: new Map() }).diagnostics).toEqual([])
  })
})

describe("a commit's listing worked out from another's", () => {
  /** A repository whose second commit adds, deletes, edits, renames and retypes files of
   *  `dir`, and the listing of each commit, whole and worked out from the first's. */
  async function listings(dir: string, cwdBelow = '') {
    const repo = scratchTree()
    mkdirSync(join(repo, 'access/people/folder'), { recursive: true })
    mkdirSync(join(repo, 'other'), { recursive: true })
    writeFileSync(join(repo, 'access/people/folder/x.yaml'), 'id: x\n')
    writeFileSync(join(repo, 'access/people/to-link.yaml'), 'id: to-link\n')
    writeFileSync(join(repo, 'access/people/mode.yaml'), 'id: mode\n')
    writeFileSync(join(repo, 'other/outside.yaml'), 'id: outside\n')
    mkdirSync(join(repo, cwdBelow), { recursive: true })
    const first = initRepo(repo)
    writeFileSync(join(repo, 'access/people/alice.yaml'), 'id: alice\nname: Alice Edited\n')
    rmSync(join(repo, 'access/people/bob.yaml'))
    renameSync(join(repo, 'access/people/carol.yaml'), join(repo, 'access/people/caroline.yaml'))
    rmSync(join(repo, 'access/people/to-link.yaml'))
    symlinkSync('alice.yaml', join(repo, 'access/people/to-link.yaml'))
    symlinkSync('/etc/passwd', join(repo, 'access/people/new-link.yaml'))
    chmodSync(join(repo, 'access/people/mode.yaml'), 0o755)
    // Added at the start, the middle and the end of git's order, in folders, and named so
    // that byte order and UTF-16 order differ (U+E000 sorts before U+1F600 in UTF-16 only).
    for (const name of [
      '0-first.yaml',
      'a-b.yaml',
      'a/inner.yaml',
      'zz.yaml',
      'é.yaml',
      '\ue000.yaml',
      '😀.yaml'
    ]) {
      mkdirSync(dirname(join(repo, 'access/people', name)), { recursive: true })
      writeFileSync(join(repo, 'access/people', name), 'id: added\n')
    }
    writeFileSync(join(repo, 'other/outside.yaml'), 'id: outside-edited\n')
    commitAll(repo, 'change')
    // A submodule, as a gitlink entry, that .gitmodules asks diffs to ignore: it is listed all
    // the same.
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${first},access/people/sub`)
    writeFileSync(
      join(repo, '.gitmodules'),
      '[submodule "sub"]\n\tpath = access/people/sub\n\turl = ./sub\n\tignore = all\n'
    )
    git(repo, 'add', '.gitmodules')
    git(repo, 'commit', '-q', '-m', 'submodule')
    const cwd = join(repo, cwdBelow)
    const base = await gitSource(first, dir, cwd)
    const whole = await gitSource('HEAD', dir, cwd)
    const worked = await gitSource('HEAD', dir, cwd, base.listing)
    return { base, whole, worked }
  }

  it('lists what a whole listing lists, in the same order, sharing the files left alone', async () => {
    const { base, whole, worked } = await listings('access')
    expect(worked.files).toEqual(whole.files)
    const paths = worked.files.map(f => f.path)
    expect(paths).toEqual(
      expect.arrayContaining(['access/people/sub', 'access/people/new-link.yaml'])
    )
    expect(paths).not.toContain('access/people/bob.yaml')
    expect(worked.files.find(f => f.path === 'access/people/to-link.yaml')?.irregular).toBe(
      'symlink'
    )
    expect(worked.files.find(f => f.path === 'access/people/sub')?.irregular).toBe('submodule')
    const dave = base.files.find(f => f.path === 'access/people/dave.yaml')
    expect(worked.files.find(f => f.path === 'access/people/dave.yaml')).toBe(dave)
  })

  it('from a subfolder and with the dir spelled otherwise, lists what a whole listing lists', async () => {
    for (const [dir, below] of [
      ['./access/', ''],
      ['.', 'access'],
      ['people', 'access'],
      ['../access', 'sub']
    ] as const) {
      const { whole, worked } = await listings(dir, below)
      expect({ dir, files: worked.files }).toEqual({ dir, files: whole.files })
      expect(whole.files.length).toBeGreaterThan(5)
    }
  })

  it('is the same listing when nothing differs, and a whole one for another dir', async () => {
    const cwd = scratchTree()
    initRepo(cwd)
    const base = await gitSource('HEAD', 'access', cwd)
    expect((await gitSource('HEAD', 'access', cwd, base.listing)).files).toBe(base.files)
    const other = await gitSource('HEAD', 'access/people', cwd, base.listing)
    expect(other.files.map(f => f.rel)).toContain('alice.yaml')
  })
})

describe("a commit's files as git hands them over", () => {
  it("keeps each file whole when all are held at once, over many reads of git's output", async () => {
    // Each file is a view of git's output, not a copy: held together, over far more than one
    // read's worth (64 KiB), each must still be its own contents.
    const repo = scratchTree()
    const contents = new Map<string, string>()
    for (let i = 0; i < 400; i++) {
      const text = `id: p-${i}\n# ${String(i).repeat(400 + (i % 97))}\n`
      contents.set(`people/p-${i}.yaml`, text)
      writeFileSync(join(repo, `access/people/p-${i}.yaml`), text)
    }
    initRepo(repo)
    const source = await gitSource('HEAD', 'access', repo)
    const wanted = source.files.filter(f => contents.has(f.rel))
    const held = await readAll(source, wanted)
    expect(held.size).toBe(400)
    for (const [rel, text] of contents) expect(held.get(rel)?.toString('utf8')).toBe(text)
  })
})
