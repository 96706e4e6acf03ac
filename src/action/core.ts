// The action's output boundary: the parts of @actions/core the action uses, each scrubbing
// what it writes (log lines, annotations, failures, outputs, group names, the job summary) of
// every secret registered by then (log/redact). The action imports these, never
// @actions/core itself; what it writes to the repository is scrubbed by repoClient.
import * as core from '@actions/core'
import { redact, registerSecret, secretsInEnvironment } from '../log/redact.js'

export { getInput } from '@actions/core'

/** Masked in the job log by the runner, and scrubbed from everything offboard writes. */
export function setSecret(value: string): void {
  registerSecret(value)
  core.setSecret(value)
}

/** The secrets of the job's environment, registered before anything runs: the tokens, the
 *  AWS keys, the OIDC request token, private keys (see secretsInEnvironment). */
export function registerEnvironmentSecrets(): void {
  for (const secret of secretsInEnvironment(process.env)) setSecret(secret)
}

export const debug = (message: string) => core.debug(redact(message))
export const info = (message: string) => core.info(redact(message))
export const setFailed = (message: string) => core.setFailed(redact(message))
export const setOutput = (name: string, value: string | number) =>
  core.setOutput(name, typeof value === 'string' ? redact(value) : value)
export const group = <T>(name: string, fn: () => Promise<T>) => core.group(redact(name), fn)

type Annotate = (message: string, properties?: core.AnnotationProperties) => void
const annotation =
  (write: () => Annotate): Annotate =>
  (message, properties) =>
    properties
      ? write()(redact(message), {
          ...properties,
          title: properties.title && redact(properties.title)
        })
      : write()(redact(message))
export const error = annotation(() => core.error)
export const warning = annotation(() => core.warning)
export const notice = annotation(() => core.notice)

/** The job summary. What is added is scrubbed when write() appends it to the summary file,
 *  so a secret registered in between is scrubbed too. */
const pending: (() => void)[] = []
export const summary = {
  addRaw(text: string, addEOL?: boolean) {
    pending.push(() => core.summary.addRaw(redact(text), addEOL))
    return summary
  },
  addHeading(text: string, level?: number) {
    pending.push(() => core.summary.addHeading(redact(text), level))
    return summary
  },
  async write() {
    for (const add of pending.splice(0)) add()
    await core.summary.write()
    return summary
  }
}
