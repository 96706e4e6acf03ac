// The plan for people: terminal text, Markdown (pull request comment, job summary), JSON.
import type { Step } from '../connectors/connector.js'
import { describeGrant } from '../plan.js'
import type { PersonPlan, Plan, PlatformSection } from '../plan-types.js'
import { cell } from './markdown.js'
import { planMarker, type PlanMarker } from './plan-marker.js'
import { printable } from './printable.js'
import { plural } from './words.js'

const shortHash = (plan: Plan) => plan.hash.slice(0, 12)

/** People whose departure this change may not make (src/trust.ts). */
export const refusedPeople = (plan: Plan): PersonPlan[] => plan.people.filter(p => p.refused)

function counts(plan: Plan): string {
  const departures = plan.people.filter(p => p.kind === 'departure').length
  const reductions = plan.people.filter(p => p.kind === 'reduction').length
  const refused = refusedPeople(plan).length
  const parts = [
    `${plural(departures, 'departure')}${refused ? ` (${refused} refused)` : ''}`,
    plural(reductions, 'reduction')
  ]
  if (plan.additions.length)
    parts.push(`${plural(plan.additions.length, 'addition')} (not applied)`)
  return parts.join(', ')
}

/** Each person's platform that could not be looked at (no credentials, discovery failed),
 *  one line each, shown escaped (the action makes each line an annotation). */
export const notChecked = (plan: Plan): string[] =>
  plan.people.flatMap(p =>
    p.platforms
      .filter(s => s.status === 'not_checked')
      .map(s => printable(`${p.person} ${s.platform}: ${s.reason ?? 'not checked'}`))
  )

/** Each secondary read that failed on a platform that was looked at, one line each. */
export const failedReads = (plan: Plan): string[] =>
  plan.people.flatMap(p =>
    p.platforms.flatMap(s =>
      (s.unread ?? []).map(u =>
        printable(`${p.person} ${s.platform}: could not read ${u.what}: ${u.error}`)
      )
    )
  )

/** Everything the plan could not see, not checked first: apply fails until each one can be
 *  read. */
export const planWarnings = (plan: Plan): string[] => [...notChecked(plan), ...failedReads(plan)]

const notCheckedHead = (plan: Plan) => {
  const platforms = [
    ...new Set(
      plan.people.flatMap(p =>
        p.platforms.filter(s => s.status === 'not_checked').map(s => s.platform)
      )
    )
  ]
  return `not checked: ${platforms.join(', ')}: what ${platforms.length === 1 ? 'it holds' : 'they hold'} is not in this plan, and apply fails (exit 1) there until ${platforms.length === 1 ? 'it' : 'they'} can be read`
}

const warningHead = (n: number) =>
  `${n === 1 ? 'a read failed' : `${n} reads failed`}: what ${n === 1 ? 'it' : 'they'} would have found is not in this plan, and apply fails (exit 1) until ${n === 1 ? 'it succeeds' : 'they succeed'}`

function sectionState(s: PlatformSection): string {
  if (s.status === 'declared_only')
    return s.holdings.length
      ? `declared only: ${plural(s.holdings.length, 'declared item')}`
      : 'declared only: nothing declared'
  if (s.status === 'not_checked') return s.reason ?? s.status
  if (s.status === 'no_account') return 'no account'
  const auto = s.steps.filter(st => st.mode === 'auto').length
  const manual = s.steps.length - auto
  const parts = [auto === 0 ? 'nothing to revoke' : plural(auto, 'step')]
  if (manual) parts.push(`${manual} for a human`)
  if (s.refused.length) parts.push(`${s.refused.length} refused`)
  if (s.unread?.length) parts.push(`${plural(s.unread.length, 'read')} failed`)
  return parts.join(', ')
}

const stepLine = (st: Step) =>
  `${st.mode === 'manual' ? 'needs a human: ' : ''}${st.contain ? 'first: ' : ''}${st.action} ${st.target}${st.reason ? ` (${st.reason})` : ''}`

const AFTER_MERGE_HEADING =
  'platforms.yaml settings head changes: none is used by this change, each takes effect after merge'

const accountLabel = (s: PlatformSection) =>
  s.account
    ? ` ${s.account.display}${s.account.display !== s.account.id ? ` (id ${s.account.id})` : ''}`
    : ''

/** What a section lists under it: the steps, then refusals, failed reads and notes; for a
 *  declared-only section, what the declarations hold. */
const declaredItems = (s: PlatformSection) => (s.status === 'declared_only' ? s.holdings : [])

export function planText(plan: Plan): string {
  const out = [
    `offboard plan: ${plan.base} -> ${plan.head}: ${counts(plan)}; plan ${shortHash(plan)}`
  ]
  if (plan.declaredOnly)
    out.push('DECLARED ONLY: no credentials were used; live access was not discovered.')
  if (plan.refused)
    out.push(
      '',
      `REFUSED (${plan.refused.guard}): ${plan.refused.message}`,
      'Every step below is what the change would run; none runs.'
    )
  for (const p of refusedPeople(plan))
    out.push('', `REFUSED for ${p.person} (${p.refused!.rule}): ${p.refused!.message}`)
  const unchecked = notChecked(plan)
  if (unchecked.length)
    out.push('', `WARNING: ${notCheckedHead(plan)}:`, ...unchecked.map(w => `  ${w}`))
  const failed = failedReads(plan)
  if (failed.length)
    out.push('', `WARNING: ${warningHead(failed.length)}:`, ...failed.map(w => `  ${w}`))
  if (plan.afterMerge.length) {
    out.push('', `${AFTER_MERGE_HEADING}:`)
    for (const n of plan.afterMerge) out.push(`  ${n.setting}: ${n.message}`)
  }
  for (const n of plan.notices ?? []) out.push(`NOTICE: ${n}`)
  for (const p of plan.people) {
    out.push('', `${p.person} (${p.name} <${p.email}>): ${p.kind}, ${p.why}`)
    const due = deadline(plan, p)
    if (due) out.push(`  ${due}`)
    if (p.refused)
      out.push(`  REFUSED: nothing is discovered or revoked for ${p.person} (see above)`)
    for (const s of p.platforms) {
      out.push(`  ${s.platform}${accountLabel(s)}: ${sectionState(s)}`)
      for (const h of declaredItems(s)) out.push(`    - ${h.label}`)
      for (const st of s.steps) out.push(`    - ${stepLine(st)}`)
      for (const r of s.refused) out.push(`    ! refused ${r.target}: ${r.reason}`)
      for (const u of s.unread ?? []) out.push(`    ! could not read ${u.what}: ${u.error}`)
      for (const n of s.notes) out.push(`    note: ${n}`)
    }
  }
  if (plan.additions.length) {
    out.push('', 'Not applied (provisioning is not part of offboard):')
    for (const a of plan.additions)
      out.push(
        `  ${a.person.id}: ${a.how.replace('_', ' ')}: ${a.add.map(describeGrant).join(', ') || 'no grants'}`
      )
  }
  if (plan.people.length === 0 && !plan.refused) out.push('', 'Nothing to revoke.')
  return out.map(printable).join('\n')
}

/** The commits a plan was computed for, when the caller knows them (the action: the pull
 *  request's base and head, never GitHub's merge commit). */
export type PlanCommits = Omit<PlanMarker, 'hash'>

const short = (sha: string) => sha.slice(0, 12)

/** `for head `1a2b…` against base `3c4d…``, or the plan's own labels. */
function computedFor(plan: Plan, commits: PlanCommits, full = false): string {
  const name = (sha: string | undefined, label: string) =>
    sha ? `\`${full ? sha : short(sha)}\`` : cell(label)
  return `for head ${name(commits.head, plan.head)} against base ${name(commits.base, plan.base)}`
}

/** The pull request comment (and job summary): its hidden first line (plan-marker.ts)
 *  carries the plan's hash and `commits`, the base and head it was computed for, and the
 *  first line of text names them too. */
export function planMarkdown(plan: Plan, commits: PlanCommits = {}): string {
  const out = [
    planMarker({ hash: plan.hash, ...commits }),
    `### offboard plan: ${counts(plan)}`,
    '',
    `Plan \`${shortHash(plan)}\` ${computedFor(plan, commits)}.`,
    ''
  ]
  if (plan.declaredOnly)
    out.push(
      '> [!NOTE]',
      '> **Declared only**: this pull request comes from a fork, so no credentials were used. What follows is what the declarations imply; apply discovers live access after merge.',
      ''
    )
  if (plan.refused)
    out.push(
      '> [!CAUTION]',
      `> **Refused** by \`policy.${plan.refused.guard}\`: ${cell(plan.refused.message)}`,
      '>',
      '> Every step below is what this change would run: none of them runs.',
      ''
    )
  for (const p of refusedPeople(plan))
    out.push(
      '> [!CAUTION]',
      `> **Refused for ${p.person}** (\`${p.refused!.rule}\`): ${cell(p.refused!.message)}`,
      ''
    )
  const unchecked = notChecked(plan)
  if (unchecked.length)
    out.push(
      '> [!WARNING]',
      `> **${notCheckedHead(plan)}.** Give the job their credentials, then push again to refresh this plan.`,
      '>',
      ...unchecked.map(w => `> - ${cell(w)}`),
      ''
    )
  const failed = failedReads(plan)
  if (failed.length)
    out.push(
      '> [!WARNING]',
      `> **${warningHead(failed.length)}.** Fix the cause, then push again to refresh this plan.`,
      '>',
      ...failed.map(w => `> - ${cell(w)}`),
      ''
    )
  if (plan.afterMerge.length)
    out.push(
      '> [!WARNING]',
      `> **${AFTER_MERGE_HEADING}.**`,
      ...plan.afterMerge.map(n => `> - \`${n.setting}\`: ${cell(n.message)}`),
      ''
    )
  for (const n of plan.notices ?? []) out.push('> [!WARNING]', `> ${cell(n)}`, '')
  const platforms = [...new Set(plan.people.flatMap(p => p.platforms.map(s => s.platform)))]
  if (plan.people.length && platforms.length) {
    out.push(
      `| Person | Change | ${platforms.join(' | ')} |`,
      `|---|---|${platforms.map(() => '---|').join('')}`
    )
    for (const p of plan.people)
      out.push(
        `| ${p.person} | ${p.refused ? `${p.kind}, **refused**` : p.kind} | ${platforms
          .map(name => {
            const s = p.platforms.find(x => x.platform === name)
            return s ? cell(sectionState(s)) : ''
          })
          .join(' | ')} |`
      )
    out.push('')
  }
  const deadlines = plan.people.flatMap(p => {
    const due = deadline(plan, p)
    return due ? [`- **${p.person}**: ${due}`] : []
  })
  if (deadlines.length) out.push(...deadlines, '')
  for (const p of plan.people) out.push(...personDetails(p), '')
  if (plan.additions.length) {
    out.push(
      '<details><summary>Not applied: additions (provisioning is not part of offboard)</summary>',
      ''
    )
    for (const a of plan.additions)
      out.push(
        `- **${a.person.id}** (${a.how.replace('_', ' ')}): ${a.add.map(describeGrant).join(', ') || 'no grants'}`
      )
    out.push('', '</details>', '')
  }
  if (plan.people.length === 0 && !plan.refused) out.push('Nothing to revoke.', '')
  out.push(`Plan \`${plan.hash}\` ${computedFor(plan, commits, true)}`)
  return out.map(printable).join('\n')
}

/** By when a departure must be revoked and verified (policy.revoke_within), or undefined for
 *  what is not a departure to revoke. */
function deadline(plan: Plan, p: PersonPlan): string | undefined {
  if (p.kind !== 'departure' || p.refused || plan.refused) return undefined
  const sla = `policy.revoke_within ${plan.revokeWithin}`
  return p.dueBy
    ? `to be revoked and verified by ${p.dueBy} (requested ${p.requestedAt}; ${sla})`
    : `to be revoked and verified within ${plan.revokeWithin} of the merge (${sla})`
}

/** The comment that replaces the plan when the declarations at `which` are invalid: its
 *  marker names the commits and carries no plan hash (there is no plan to approve), then
 *  every problem. */
export function noPlanMarkdown(
  problems: string[],
  commits: { base: string; head: string },
  which: 'base' | 'head'
): string {
  return [
    planMarker(commits),
    `### offboard plan: no plan for \`${short(commits.head)}\``,
    '',
    `> [!CAUTION]`,
    `> **The declarations at ${which} \`${commits[which]}\` are invalid**: there is no plan for head \`${commits.head}\`, and any plan shown here before no longer applies. Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and push again:`,
    '>',
    ...problems.map(p => `> - ${cell(p)}`)
  ]
    .map(printable)
    .join('\n')
}

function personDetails(p: PersonPlan): string[] {
  const steps = p.platforms.reduce((n, s) => n + s.steps.length, 0)
  const out = [
    `<details><summary><b>${p.person}</b> (${cell(p.name)}): ${p.kind}, ${cell(p.why)}; ${plural(steps, 'step')}</summary>`,
    ''
  ]
  if (p.refused) out.push(`Refused: nothing is discovered or revoked for ${p.person}.`, '')
  // What platforms named goes through cell(): it may hold HTML or Markdown of its own.
  for (const s of p.platforms) {
    out.push(`**${s.platform}**${cell(accountLabel(s))}: ${cell(sectionState(s))}`, '')
    for (const h of declaredItems(s)) out.push(`- ${cell(h.label)}`)
    for (const st of s.steps)
      out.push(
        `- ${st.mode === 'manual' ? ':warning: ' : ''}${st.contain ? '**first** ' : ''}\`${st.action}\` ${cell(st.target)}${st.reason ? `: ${cell(st.reason)}` : ''}`
      )
    for (const r of s.refused) out.push(`- :no_entry: refused ${cell(r.target)}: ${cell(r.reason)}`)
    for (const u of s.unread ?? [])
      out.push(`- :warning: could not read ${cell(u.what)}: ${cell(u.error)}`)
    for (const n of s.notes) out.push(`- _${cell(n)}_`)
    out.push('')
  }
  out.push('</details>')
  return out
}

/** The documented, stable JSON shape (`offboard plan --json`, action output `plan-json`). */
export const planJson = (plan: Plan): string => JSON.stringify({ version: 1, ...plan }, null, 2)
