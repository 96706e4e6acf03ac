// The fault table: every read and write a connector makes, failed in turn on the sandbox.
// One platform's table is the `Endpoints` list of its docs page(s); a clean run of each of the
// platform's settings must send exactly what that list says, so that the docs, the table and
// the connector cannot drift apart. Each row fails one operation (500, 403, 404 on writes, 429
// with a long Retry-After, a dropped connection, an answer slower than the call's time) and
// checks that apply fails with a failed record for the step or the platform that names the
// cause (or succeeds where the answer means "nothing to do", verified), that nothing it
// reports revoked is still there, and that a rerun with the fault cleared succeeds, verifies
// the platform, and repeats no write that succeeded.
//
// What is the platform's own (its docs, servers, settings, probes of the sandbox's state, the
// rows that succeed by design) is its FaultPlatform module beside this one; each
// `__tests__/integration/faults-<key>.test.ts` runs `faultTable(<its module>)`.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyChange } from '../../../src/apply.js'
import { auditPlatforms } from '../../../src/audit/index.js'
import { openReaders } from '../../../src/connectors/index.js'
import { platformDescriptors, settingsOf } from '../../../src/connectors/registry.js'
import type { ConnectorEnvironment } from '../../../src/engine.js'
import type { Declarations, Platforms } from '../../../src/declarations/types.js'
import type { KnownAccountIds } from '../../../src/log/known-ids.js'
import type { Entry } from '../../../src/log/record.js'
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js'
import { loadSandboxInputs } from '../../../src/sandbox/inputs.js'
import type { Scenario } from '../../../src/sandbox/scenario.js'
import type { FaultRule, RecordedRequest } from '../../../src/sandbox/shared/server.js'
import { repoRoot } from '../tree.js'

// ---------------------------------------------------------------- what a platform brings

export type Fault = '500' | '403' | '404' | '429' | 'drop' | 'slow'

export interface Endpoint {
  /** As the docs name it: github, aws-iam, slack, slack-scim, scim:<app>, aws-sso. */
  server: string
  operation: string
  kind: 'read' | 'write'
  /** discover, apply, audit, or the step actions whose write it is. */
  usedBy: string[]
}

type People = Declarations['people']

/** One setting of the platform: a change and the sandbox it runs on. */
export interface Variant {
  name: string
  /** platforms.yaml as the setting has it (only the platform's block is configured). */
  platforms?: (p: Platforms) => Platforms
  /** Changes to the example tree at base, then the change itself (head). */
  base?: (people: People) => void
  head: (people: People) => void
  /** Changes to the bundled scenario. */
  scenario?: (s: Scenario) => void
  /** Faults that are part of the setting (not of the row), as sandbox fault texts. */
  faults?: string[]
  /** Changes to the seeded state. */
  prepare?(sandbox: Sandbox): void
  /** The account ids base's revocation log records (a renamed account is found by them). */
  knownIds?: KnownAccountIds
}

export interface FaultPlatform {
  /** Its key in platforms.yaml and the registry (`faults-<key>.test.ts`). */
  key: string
  /** The docs pages whose `Endpoints` tables list its servers' operations. */
  docs: string[]
  /** The platform a server's records are logged under (`scim:jira`), or undefined for a
   *  server that is not this platform's (a page can list two platforms). */
  logged(server: string): string | undefined
  /** A server as the docs name it, when that differs (`scim:<app>` for `scim:jira`). */
  documented?(server: string): string
  /** The settings whose clean runs together send every endpoint the docs list. */
  variants: Variant[]
  /** Per setting, what must differ between settings that run at once in one process. */
  isolate?(platforms: Platforms, n: number): Platforms
  /** Whether what a `revoked` entry revoked is still there, read from the sandbox's state
   *  (`probe` below throws for an action it has no probe for). */
  stillThere(s: Setting, e: Entry, run: Entry[]): boolean
  /** A write as the platform saw it, to find one repeated (default: method, path and body). */
  writeKey?(server: string, r: RecordedRequest): string
  /** Writes a rerun repeats on purpose, as writeKey gives them, and why (in a comment). */
  containAgain: RegExp[]
  /** How each fault shows in its records beside the status itself: the platform's name for
   *  the error. */
  causes?: Partial<Record<Fault, RegExp>>
  /** Rows where apply succeeds by design, and why: the answer means "nothing to do here",
   *  and the verification after apply shows nothing is left. */
  succeeds?(e: Endpoint, fault: Fault): string | undefined
  /** The steps a failing write makes fail, when not those that send it (default: those, and
   *  for a 404 the verification, which finds what is left). */
  failingSteps?(e: Endpoint, fault: Fault): string[] | undefined
  /** Listed endpoints no clean run sends (a step no command plans yet), and why. Each is
   *  checked to stay unsent, and has no rows. */
  unsent?: Record<string, string>
}

export const departs = (people: People, id: string) =>
  people.set(id, { ...people.get(id)!, status: 'departed', departed_on: '2026-11-25' })

/** The probe of the entry's action; an action without one is an error of the table. */
export function probe(probes: Record<string, () => boolean>, e: Entry): boolean {
  const check = probes[e.action]
  if (!check) throw new Error(`no probe for ${e.platform} ${e.action}: add one to its fault module`)
  return check()
}

// ---------------------------------------------------------------- the budget

/** A small budget keeps the table fast: one retry, 4 s per call. An attempt may take 3 s,
 *  far more than the sandbox needs even with both CPUs busy (2 s was seen to run out then):
 *  only a fault slows it down. */
const RETRY = { retries: 1, seconds: 4, attempt_seconds: 3 }

/** The most calls a row waits out one after another, each for at most its budget, over
 *  both applies: the failing call in discovery, again in the verification, and the reads and
 *  writes that must come after it. The most measured is GitHub's member list answering too
 *  slowly: about six calls' worth (19 s alone, 31 s on a machine busy with other work). */
const CALLS_IN_A_ROW = 8
/** A row: those calls plus starting the sandbox and the clean parts of both applies, and as
 *  much again for a busy machine (jest runs `maxConcurrency` rows of a file at once). */
const ROW_TIMEOUT_MS = 2 * (CALLS_IN_A_ROW * RETRY.seconds * 1000 + 10_000)

// ---------------------------------------------------------------- the table

export function faultTable(platform: FaultPlatform): void {
  const logged = (server: string) => {
    const p = platform.logged(server)
    if (p === undefined) throw new Error(`server ${server} is not ${platform.key}'s`)
    return p
  }
  const documented = (server: string) => platform.documented?.(server) ?? server
  /** An endpoint's name in the docs' lists. */
  const listedAs = (x: { server: string; operation: string }) =>
    `${documented(x.server)} ${x.operation}`
  const endpoints = documentedEndpoints(platform)
  const unsent = new Set(Object.keys(platform.unsent ?? {}))

  // -------------------------------------------------------------- running a setting

  const settings = { count: 0 }
  async function setting(variant: Variant): Promise<Setting> {
    const { declarations, scenario: bundled } = await loadInputs()
    const only = onlyPlatform(declarations.platforms, platform.key)
    const configured = platform.isolate?.(only, ++settings.count) ?? only
    const base: Declarations = {
      ...declarations,
      platforms: (variant.platforms ?? (p => p))(configured),
      people: new Map(declarations.people)
    }
    variant.base?.(base.people)
    const head: Declarations = { ...base, people: new Map(base.people) }
    variant.head(head.people)
    const scenario = structuredClone(bundled)
    variant.scenario?.(scenario)
    const sandbox = await startSandbox(base, scenario, { faults: variant.faults })
    variant.prepare?.(sandbox)
    const env = { env: { ...sandbox.env }, maskSecret: () => {}, log: () => {} }
    return { variant, built: { base, head, scenario }, sandbox, env }
  }

  /** The revoked entries of a run whose target the sandbox still holds. */
  const notRevoked = (s: Setting, entries: Entry[]) =>
    entries
      .filter(e => e.result === 'revoked' && platform.stillThere(s, e, entries))
      .map(e => `${e.platform} ${e.action} ${e.target}`)

  const writeKey = (server: string, r: RecordedRequest) =>
    platform.writeKey?.(server, r) ?? `${server} ${r.method} ${r.path} ${r.body}`
  const succeededWrites = (requests: Record<string, RecordedRequest[]>) =>
    new Set(
      Object.entries(requests).flatMap(([server, list]) =>
        list.filter(r => r.write && r.status >= 200 && r.status < 300).map(r => writeKey(server, r))
      )
    )
  const allWrites = (requests: Record<string, RecordedRequest[]>) =>
    Object.entries(requests).flatMap(([server, list]) =>
      list.filter(r => r.write).map(r => writeKey(server, r))
    )

  /** The platforms a setting's departures and reductions are verified on. */
  const verifiedPlatforms = (s: Setting) => [...new Set(Object.keys(s.sandbox.servers).map(logged))]

  // -------------------------------------------------------------- what a clean run sends

  /** What each setting's clean apply and audit send, and apply's records. */
  interface Observed {
    variant: Variant
    apply: Sent[]
    audit: Sent[]
    entries: Entry[]
    platforms: string[]
  }

  let observed: Observed[] = []
  beforeAll(async () => {
    observed = []
    for (const variant of platform.variants) {
      const s = await setting(variant)
      try {
        const applied = await apply(s)
        const failed = applied.entries.filter(e => e.result === 'failed')
        if (failed.length > 0)
          throw new Error(`${variant.name} fails without a fault: ${failed[0].detail}`)
        const sentByApply = sentIn(s)
        for (const srv of Object.values(s.sandbox.servers)) srv.resetRecord()
        await auditPlatforms(
          s.built.head,
          await openReaders({ ...s.env, platforms: s.built.head.platforms })
        )
        observed.push({
          variant,
          apply: sentByApply,
          audit: sentIn(s),
          entries: applied.entries,
          platforms: verifiedPlatforms(s)
        })
      } finally {
        await s.sandbox.close()
      }
    }
    // Clean runs take well under a second each; a busy machine gets ten times that.
  }, platform.variants.length * 10_000)

  describe('the endpoint lists and the connectors agree', () => {
    it('every request a clean apply or audit sends is listed, with its kind and use', () => {
      const listed = new Map(endpoints.map(e => [listedAs(e), e]))
      const problems: string[] = []
      for (const o of observed) {
        for (const x of o.apply) {
          const e = listed.get(listedAs(x))
          const kind = x.write ? 'write' : 'read'
          if (!e) problems.push(`${x.server} ${x.operation} (${kind}, apply) is not listed`)
          else if (e.kind !== kind)
            problems.push(`${listedAs(x)} is a ${kind}, listed as a ${e.kind}`)
          // Sent by discovery, right before a write, or by a step (its read-back).
          else if (kind === 'read' && e.usedBy.every(u => u === 'audit'))
            problems.push(
              `${listedAs(x)} is sent by apply, listed as used by ${e.usedBy.join(', ')}`
            )
        }
        for (const x of o.audit)
          if (!listed.get(listedAs(x))?.usedBy.includes('audit'))
            problems.push(`${listedAs(x)} is sent by audit, not listed as used by audit`)
      }
      expect(problems).toEqual([])
    })

    it('every listed endpoint is sent by some clean run of the table', () => {
      const sent = new Set(observed.flatMap(o => [...o.apply, ...o.audit].map(listedAs)))
      expect(endpoints.map(listedAs).filter(k => !sent.has(k) && !unsent.has(k))).toEqual([])
      // A step that starts being planned gets its rows: drop it from `unsent`.
      expect([...unsent].filter(k => sent.has(k))).toEqual([])
    })
  })

  // -------------------------------------------------------------- the rows

  const causeOf = (fault: Fault) => {
    const own = platform.causes?.[fault]
    return own ? new RegExp(`${CAUSE[fault].source}|${own.source}`) : CAUSE[fault]
  }

  /** The first clean run that sends the endpoint: its setting hosts the endpoint's rows. */
  function hostOf(e: Endpoint) {
    for (const o of observed) {
      const x = o.apply.find(x => listedAs(x) === listedAs(e))
      if (x) return { variant: o.variant, server: x.server }
    }
    return undefined
  }

  /** Every fault of every endpoint apply sends (audit-only endpoints fail audits, not
   *  applies). */
  const rows = endpoints
    .filter(e => e.usedBy.some(u => u !== 'audit') && !unsent.has(listedAs(e)))
    .flatMap(e =>
      (e.kind === 'read' ? READ_FAULTS : WRITE_FAULTS).map(fault => {
        const ok = platform.succeeds?.(e, fault)
        const name = `${e.server} ${e.operation} fails with ${fault}`
        return { e, fault, ok, name: ok ? `${name} (apply succeeds: ${ok})` : name }
      })
    )

  describe('each endpoint failing in turn', () => {
    it.concurrent.each(rows)(
      '$name',
      async ({ e, fault, ok }) => {
        const host = hostOf(e)
        if (!host) throw new Error(`no setting of the table sends ${e.server} ${e.operation}`)
        const s = await setting(host.variant)
        try {
          const server = s.sandbox.servers[host.server]
          const base = [...server.knobs.faults]
          server.knobs.faults = [rule(e.operation, fault), ...base]

          const first = await apply(s)
          // A slow answer can still change the state after its client gave up.
          for (const srv of Object.values(s.sandbox.servers)) await srv.idle()
          const firstRequests = received(s)
          expect(firstRequests[host.server].map(r => r.operation)).toContain(e.operation)
          const failed = first.entries.filter(x => x.result === 'failed')
          const platforms = verifiedPlatforms(s)
          if (ok) {
            expect(failed.map(x => `${x.action} ${x.detail}`)).toEqual([])
            expectVerified(first.entries, platforms)
          } else if (e.kind === 'write') {
            // The step whose write failed says so (for a 404 taken for gone: the verification,
            // which finds what is left, or the platform's own choice).
            const steps =
              platform.failingSteps?.(e, fault) ??
              (fault === '404' ? [...e.usedBy, 'verify'] : e.usedBy)
            expect(failed.map(x => x.action)).toEqual(
              expect.arrayContaining([expect.stringMatching(new RegExp(`^(${steps.join('|')})$`))])
            )
          }
          // A failed read is a failed discovery of the platform, naming what could not be read.
          else expect(failed.map(x => x.platform)).toContain(logged(host.server))
          // ... and the records say why.
          if (!ok)
            expect(failed.map(x => x.detail)).toContainEqual(expect.stringMatching(causeOf(fault)))
          expect(notRevoked(s, first.entries)).toEqual([])

          // The fault clears; a rerun finishes the job and repeats no write that succeeded.
          server.knobs.faults = base
          for (const srv of Object.values(s.sandbox.servers)) srv.resetRecord()
          const second = await apply(s)
          expect(second.entries.filter(x => x.result === 'failed')).toEqual([])
          expect(notRevoked(s, second.entries)).toEqual([])
          expectVerified(second.entries, platforms)
          const done = succeededWrites(firstRequests)
          expect(
            allWrites(received(s)).filter(
              w => done.has(w) && !platform.containAgain.some(c => c.test(w))
            )
          ).toEqual([])
        } finally {
          await s.sandbox.close()
        }
      },
      ROW_TIMEOUT_MS
    )
  })

  describe('after a clean run', () => {
    it('each platform has a verified record', () => {
      expect(observed.map(o => o.variant.name)).toEqual(platform.variants.map(v => v.name))
      for (const o of observed) expectVerified(o.entries, o.platforms)
    })
  })
}

// ---------------------------------------------------------------- shared pieces

/** The rows of the table under each doc's "Endpoints" heading that are the platform's. */
function documentedEndpoints(platform: FaultPlatform): Endpoint[] {
  return platform.docs.flatMap(doc => {
    const lines = readFileSync(join(repoRoot, doc), 'utf8').split('\n')
    const start = lines.findIndex(l => /^#+ Endpoints$/.test(l))
    if (start < 0) throw new Error(`${doc} has no Endpoints section`)
    const rows: Endpoint[] = []
    for (const line of lines.slice(start + 1)) {
      if (/^#/.test(line)) break
      const cells = line
        .split('|')
        .slice(1, -1)
        .map(c => c.trim())
      if (cells.length !== 5 || !cells[0].startsWith('`')) continue
      const [server, operation, kind, usedBy] = cells
      rows.push({
        server: server.replace(/`/g, ''),
        operation: operation.replace(/`/g, ''),
        kind: kind as Endpoint['kind'],
        usedBy: usedBy.split(',').map(u => u.trim().replace(/`/g, ''))
      })
    }
    const own = rows.filter(r => platform.logged(r.server) !== undefined)
    if (own.length === 0) throw new Error(`${doc} lists no endpoint of ${platform.key}`)
    return own
  })
}

let loading: Promise<{ declarations: Declarations; scenario: Scenario }> | undefined
/** The example tree and the bundled scenario, read once per file. */
const loadInputs = () =>
  (loading ??= loadSandboxInputs('access', repoRoot).then(loaded => {
    if (!loaded.ok) throw new Error(loaded.message)
    return loaded
  }))

/** Only `key` configured (every other platform as its block being absent leaves it): the
 *  others cost time and are not under test. */
function onlyPlatform(p: Platforms, key: string): Platforms {
  const blocks = Object.fromEntries(
    platformDescriptors().map(d => [
      d.key,
      d.key === key ? settingsOf(p, d) : d.settings(undefined)
    ])
  )
  return { ...p, ...blocks, policy: { ...p.policy, max_departure_ratio: 0.5, retry: RETRY } }
}

const CHANGE = { base: 'b', head: 'h', pr: null, approvers: [] }

export interface Setting {
  variant: Variant
  built: { base: Declarations; head: Declarations; scenario: Scenario }
  sandbox: Sandbox
  env: ConnectorEnvironment
}

const apply = (s: Setting) =>
  applyChange(
    { label: 'base', declarations: s.built.base, knownIds: s.variant.knownIds },
    { label: 'head', declarations: s.built.head },
    s.env,
    { change: CHANGE, actor: 'fault-table' }
  )

/** What each server received, by server name, since the last reset. */
const received = (s: Setting) =>
  Object.fromEntries(Object.values(s.sandbox.servers).map(srv => [srv.name, [...srv.requests]]))

/** One operation a server received. */
interface Sent {
  server: string
  operation: string
  write: boolean
}

/** The distinct operations of a run. */
function sentIn(s: Setting): Sent[] {
  const seen = new Map<string, Sent>()
  for (const [server, list] of Object.entries(received(s)))
    for (const r of list)
      seen.set(`${server} ${r.operation}`, { server, operation: r.operation, write: r.write })
  return [...seen.values()]
}

const READ_FAULTS: Fault[] = ['500', '403', '429', 'drop', 'slow']
const WRITE_FAULTS: Fault[] = ['500', '403', '404', '429', 'drop', 'slow']

/** How each fault shows in the failed records: the answer, or what the client made of it
 *  (a platform adds its own names for the error: FaultPlatform.causes). */
const CAUSE: Record<Fault, RegExp> = {
  '500': /\b500\b/,
  '403': /\b403\b/,
  '404': /\b404\b|still there/,
  '429': /asked to wait 600 s/,
  drop: /could not reach|socket hang up|ECONNRESET/,
  slow: /no answer within/
}

function rule(operation: string, fault: Fault): FaultRule {
  if (fault === 'drop') return { operation, drop: true }
  // Slower than the call may take: every attempt times out.
  if (fault === 'slow') return { operation, delayMs: RETRY.seconds * 1000 + 500 }
  if (fault === '429') return { operation, status: 429, retryAfterSeconds: 600 }
  return { operation, status: Number(fault) }
}

/** One `verify` record, result `verified`, per platform: apply discovers every departing
 *  person again after the steps ran, and finds nothing left. */
function expectVerified(entries: Entry[], platforms: string[]) {
  const verified = new Set(
    entries.filter(e => e.action === 'verify' && e.result === 'verified').map(e => e.platform)
  )
  expect(platforms.filter(p => !verified.has(p))).toEqual([])
}
