// What the benchmarks share for talking to the child process that serves the simulators.
import type { ChildProcess } from 'node:child_process'

/** The child's next message; rejected if the child ends first (its error is on stderr). */
export function message<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const ended = (code: number | null) =>
      reject(new Error(`the simulators' process ended (exit code ${code}) before it answered`))
    child.once('exit', ended)
    child.once('message', m => {
      child.off('exit', ended)
      resolve(m as T)
    })
  })
}
