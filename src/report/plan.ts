// The plan for people: terminal text, Markdown (pull request comment, job summary), JSON.
import { plural } from '../commands/command.js'
import type { Step } from '../connectors/connector.js'
import { describeGrant } from '../plan.js'
import type { PersonPlan, Plan, PlatformSection } from '../plan-types.js'
import { cell } from './markdown.js'

/** Marks the pull request comment offboard owns, so it is updated in place. */
export const PLAN_COMMENT_MARKER = '<!-- offboard:plan -->'

const shortHash = (plan: Plan) => plan.hash.slice(0, 12)

function counts(plan: Plan): string {
  const departures = plan.people.filter(p => p.kind === 'departure').length
  const reductions = plan.people.filter(p => p.kind === 'reduction').length
  const parts = [plural(departures, 'departure'), plural(reductions, 'reduction')]
  if (plan.additions.length)
    parts.push(`${plural(plan.additions.length, 'addition')} (not applied)`)
  return parts.join(', ')
}

function sectionState(s: PlatformSection): string {
  if (s.status === 'not_checked' || s.status === 'declared_only') return s.reason ?? s.status
  if (s.status === 'no_account') return 'no account'
  const auto = s.steps.filter(st => st.mode === 'auto').length
  const manual = s.steps.length - auto
  const parts = [auto === 0 ? 'nothing to revoke' : plural(auto, 'step')]
  if (manual) parts.push(`${manual} for a human`)
  if (s.refused.length) parts.push(`${s.refused.length} refused`)
  return parts.join(', ')
}

const stepLine = (st: Step) =>
  `${st.mode === 'manual' ? 'needs a human: ' : ''}${st.action} ${st.target}${st.reason ? ` (${st.reason})` : ''}`

const accountLabel = (s: PlatformSection) =>
  s.account
    ? ` ${s.account.display}${s.account.display !== s.account.id ? ` (id ${s.account.id})` : ''}`
    : ''

export function planText(plan: Plan): string {
  const out = [
    `offboard plan: ${plan.base} -> ${plan.head}: ${counts(plan)}; plan ${shortHash(plan)}`
  ]
  if (plan.declaredOnly)
    out.push('DECLARED ONLY: no credentials were used; live access was not discovered.')
  if (plan.refused) out.push('', `REFUSED (${plan.refused.guard}): ${plan.refused.message}`)
  for (const p of plan.people) {
    out.push('', `${p.person} (${p.name} <${p.email}>): ${p.kind}, ${p.why}`)
    for (const s of p.platforms) {
      out.push(`  ${s.platform}${accountLabel(s)}: ${sectionState(s)}`)
      for (const st of s.steps) out.push(`    - ${stepLine(st)}`)
      for (const r of s.refused) out.push(`    ! refused ${r.target}: ${r.reason}`)
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
  return out.join('\n')
}

export function planMarkdown(plan: Plan): string {
  const out = [PLAN_COMMENT_MARKER, `### offboard plan: ${counts(plan)}`, '']
  if (plan.declaredOnly)
    out.push(
      '> [!NOTE]',
      '> **Declared only**: this pull request comes from a fork, so no credentials were used. What follows is what the declarations imply; apply discovers live access after merge.',
      ''
    )
  if (plan.refused)
    out.push(
      '> [!CAUTION]',
      `> **Refused** by \`policy.${plan.refused.guard}\`: ${plan.refused.message}`,
      ''
    )
  const platforms = [...new Set(plan.people.flatMap(p => p.platforms.map(s => s.platform)))]
  if (plan.people.length && platforms.length) {
    out.push(
      `| Person | Change | ${platforms.join(' | ')} |`,
      `|---|---|${platforms.map(() => '---|').join('')}`
    )
    for (const p of plan.people)
      out.push(
        `| ${p.person} | ${p.kind} | ${platforms
          .map(name => {
            const s = p.platforms.find(x => x.platform === name)
            return s ? cell(sectionState(s)) : ''
          })
          .join(' | ')} |`
      )
    out.push('')
  }
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
  out.push(`Plan \`${plan.hash}\` (${plan.base} -> ${plan.head})`)
  return out.join('\n')
}

function personDetails(p: PersonPlan): string[] {
  const steps = p.platforms.reduce((n, s) => n + s.steps.length, 0)
  const out = [
    `<details><summary><b>${p.person}</b> (${cell(p.name)}): ${p.kind}, ${cell(p.why)}; ${plural(steps, 'step')}</summary>`,
    ''
  ]
  for (const s of p.platforms) {
    out.push(`**${s.platform}**${accountLabel(s)}: ${sectionState(s)}`, '')
    for (const st of s.steps)
      out.push(
        `- ${st.mode === 'manual' ? ':warning: ' : ''}\`${st.action}\` ${st.target}${st.reason ? `: ${st.reason}` : ''}`
      )
    for (const r of s.refused) out.push(`- :no_entry: refused \`${r.target}\`: ${r.reason}`)
    for (const n of s.notes) out.push(`- _${n}_`)
    out.push('')
  }
  out.push('</details>')
  return out
}

/** The documented, stable JSON shape (`offboard plan --json`, action output `plan-json`). */
export const planJson = (plan: Plan): string => JSON.stringify({ version: 1, ...plan }, null, 2)
