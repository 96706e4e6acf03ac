// The action as the runner runs it: an entry point (src/index.ts transpiled by build.ts, or
// the bundle dist/index.js) in a process of its own, given its inputs, the event and the runner's
// files through the environment, and read back as GitHub reads it: workflow commands on
// stdout (annotations; a failure is an error annotation and exit code 1), the outputs file and
// the job summary file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runScript } from './build.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** `title`, `file`, `line`, `col`, ... as the command carries them. */
  properties: Record<string, string>
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  annotations: Annotation[]
  outputs: Record<string, string>
  /** The job summary as written, empty when none was. */
  summary: string
}

export interface ActionEvent {
  name: string
  payload: Record<string, unknown>
}

const unescape = (s: string, property = false) => {
  const out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  return (property ? out.replace(/%3A/g, ':').replace(/%2C/g, ',') : out).replace(/%25/g, '%')
}

/** `::warning title=x,file=y::message` lines. */
function annotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map(p => {
          const i = p.indexOf('=')
          return [p.slice(0, i), unescape(p.slice(i + 1), true)]
        })
    )
    out.push({ level: m[1] as Annotation['level'], message: unescape(m[3]), properties })
  }
  return out
}

/** The `name<<delimiter` blocks @actions/core writes to $GITHUB_OUTPUT. */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/** Runs the action's `entry` once in `cwd`, as a step `uses:` it with `inputs` on `event`. */
export async function runAction(
  entry: string,
  run: {
    cwd: string
    inputs: Record<string, string>
    event: ActionEvent
    env?: Record<string, string>
  }
): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'offboard-runner-'))
  const [eventPath, outputPath, summaryPath] = ['event.json', 'output', 'summary.md'].map(f =>
    join(files, f)
  )
  writeFileSync(eventPath, JSON.stringify(run.event.payload))
  for (const f of [outputPath, summaryPath]) writeFileSync(f, '')
  const inputs = Object.fromEntries(
    Object.entries(run.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  const { done } = runScript(entry, [], run.cwd, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: run.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: run.cwd,
    RUNNER_TEMP: files,
    ...inputs,
    ...run.env
  })
  const finished = await done
  return {
    code: finished.code,
    stdout: finished.out,
    stderr: finished.err,
    annotations: annotations(finished.out),
    outputs: outputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8')
  }
}
