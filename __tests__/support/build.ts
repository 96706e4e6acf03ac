// The command line and the action as runnable JavaScript, for tests that need a real process
// to kill, to run several at once, or to run as the runner runs the action. Built from src/ as it is now, never from dist/ (which is rebuilt only
// for releases): each TypeScript file is transpiled on its own (no type check: `npm run
// build` does that), which takes a second or two, into a temporary folder that also links
// package.json, schemas/ and node_modules/ so the imports resolve as in the repository.
import { spawn, type ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'
import { repoRoot } from './tree.js'

export interface BuiltCli {
  /** The executable's entry point (src/bin.ts, transpiled). */
  bin: string
  /** The action's entry point (src/index.ts, transpiled: what dist/index.js bundles). */
  action: string
  remove(): void
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) yield* files(path)
    else yield path
  }
}

export function buildCli(): BuiltCli {
  const out = mkdtempSync(join(tmpdir(), 'offboard-cli-'))
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    isolatedModules: true,
    esModuleInterop: true,
    resolveJsonModule: true
  }
  for (const file of files(join(repoRoot, 'src'))) {
    const target = join(out, relative(repoRoot, file))
    mkdirSync(dirname(target), { recursive: true })
    if (file.endsWith('.d.ts')) continue
    if (file.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: options,
        fileName: file
      })
      writeFileSync(target.replace(/\.ts$/, '.js'), outputText)
    } else copyFileSync(file, target)
  }
  for (const name of ['package.json', 'schemas', 'node_modules'])
    symlinkSync(join(repoRoot, name), join(out, name))
  return {
    bin: join(out, 'src', 'bin.js'),
    action: join(out, 'src', 'index.js'),
    remove: () => rmSync(out, { recursive: true, force: true })
  }
}

export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  out: string
  err: string
}

/** Starts the built command line in `cwd`; `done` resolves when the process has ended. */
export const runBuilt = (
  cli: BuiltCli,
  argv: string[],
  cwd: string,
  env: Record<string, string>
): { child: ChildProcess; done: Promise<Finished> } => runScript(cli.bin, argv, cwd, env)

/** Starts a built entry point (`bin` or `action`) in `cwd`. */
export function runScript(
  script: string,
  argv: string[],
  cwd: string,
  env: Record<string, string>
): { child: ChildProcess; done: Promise<Finished> } {
  const inherited = { ...process.env }
  // Jest's own flags are not the command line's.
  delete inherited.NODE_OPTIONS
  const child = spawn(process.execPath, [script, ...argv], {
    cwd,
    env: { ...inherited, NODE_NO_WARNINGS: '1', AWS_EC2_METADATA_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
  const done = new Promise<Finished>(resolve =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err }))
  )
  return { child, done }
}
